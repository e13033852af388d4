"""Cross-cutting pieces: settings, errors, database, logging, metrics."""
