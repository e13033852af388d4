"""Fairline audit service: HTTP API, persistence, auth, jobs and storage around the pure analyzers."""

__version__ = "0.1.0"
