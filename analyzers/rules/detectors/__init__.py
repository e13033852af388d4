"""Built-in detectors. Each module registers its detectors; a new kind of rule = one detector class."""

from __future__ import annotations


def load_builtin() -> None:
    """Import every built-in detector module so each registers itself (imported lazily to avoid cycles)."""
    from analyzers.rules.detectors import (  # noqa: F401
        contact,
        conversation,
        entities,
        messaging,
        metrics,
        statements,
    )
