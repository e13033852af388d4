"""API keys: hashed, scoped, optionally bound to one brand."""
