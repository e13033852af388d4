"""Structured logs that never carry transcript text or PII.

Log calls pass ids, counts and codes only; as a second line of defence, a processor drops any field whose
name suggests content (text, transcript, turns, body...) and truncates long string values.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import structlog

_CONTENT_KEYS = frozenset({"text", "transcript", "turns", "body", "payload", "content", "utterance", "excerpt",
                           "message_text", "metadata", "value"})
_MAX_VALUE = 200
_NOISY = ("httpx", "httpx2", "httpcore", "alembic", "faster_whisper", "presidio_analyzer",
          "sentence_transformers", "pyannote", "speechbrain", "lightning", "pytorch_lightning", "numexpr")


def _scrub(_: Any, __: str, event: dict[str, Any]) -> dict[str, Any]:
    for key in list(event):
        if key in _CONTENT_KEYS:
            event[key] = "[dropped]"
        elif isinstance(event[key], str) and len(event[key]) > _MAX_VALUE and key != "event":
            event[key] = event[key][:_MAX_VALUE] + "…"
    return event


def configure_logging(level: str = "INFO", json: bool = True) -> None:
    """Set up structlog and route stdlib logging through it."""
    logging.basicConfig(format="%(message)s", stream=sys.stderr, level=level.upper(), force=True)
    # Libraries that log per request or per model load at INFO (request URLs, audio durations, recognizers).
    for noisy in _NOISY:
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level.upper())))
    # presidio warns once per non-English recognizer it skips; English-only registries are intended here.
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    renderer: Any = structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer(colors=False)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            _scrub,
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=False,
    )


def get_logger(name: str) -> Any:
    """A structured logger bound to a component name."""
    return structlog.get_logger(component=name)
