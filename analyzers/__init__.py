"""Fairline analyzers: pure analysis of one conversation document, no database, no HTTP."""

__version__ = "0.1.0"
