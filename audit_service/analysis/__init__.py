"""Runs the analyzers' pipelines on stored interactions and persists their (redacted) results."""
