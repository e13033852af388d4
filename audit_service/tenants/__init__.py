"""Tenants, brands, users and agents."""
