"""Build the presidio engine once for the whole PII test session (about 3 s)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def _engine_once() -> None:
    from analyzers.pii import get_engine

    get_engine()
