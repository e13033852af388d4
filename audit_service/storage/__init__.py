"""Storage of files: encrypted spool for uploads awaiting analysis, redacted audio afterwards."""
