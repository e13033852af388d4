"""Audit log: who did what, when (key and user creation, exports, revocations, ingest)."""
