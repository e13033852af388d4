"""Keyed hashes of submitted payloads: detect a changed re-post without keeping the content."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any


def payload_digest(key: bytes, payload: Any) -> str:
    """HMAC-SHA256 over canonical JSON (sorted keys, no spaces)."""
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str).encode()
    return hmac.new(key, canonical, hashlib.sha256).hexdigest()
