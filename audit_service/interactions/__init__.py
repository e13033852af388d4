"""Interactions: ingest, stored analysis results (redacted only), listing and retrieval."""
