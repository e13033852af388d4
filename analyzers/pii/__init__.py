"""PII detection and redaction for spoken and written collections conversations.

Importing this package sets TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="" before presidio loads, so the email
recognizer never reaches for the network.
"""

from __future__ import annotations

import os

os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""

from analyzers.pii.engine import ENTITIES, Detection, detect, detect_batch, get_engine  # noqa: E402
from analyzers.pii.policy import Policy, RedactionPolicy  # noqa: E402
from analyzers.pii.redact import TextRedaction, redact_text  # noqa: E402

__all__ = [
    "ENTITIES", "Detection", "Policy", "RedactionPolicy", "TextRedaction", "detect", "detect_batch",
    "get_engine", "redact_text",
]
