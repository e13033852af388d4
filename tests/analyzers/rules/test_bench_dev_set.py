"""The labelled development conversations of bench/rules.py, as a regression table: exactly the expected categories."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[3] / "bench" / "rules.py"
_spec = importlib.util.spec_from_file_location("bench_rules", BENCH)
assert _spec and _spec.loader
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

from analyzers.rules.loader import load_ruleset  # noqa: E402

RULESET = load_ruleset()
DEV = [c for c in bench.labelled_conversations() if c["id"].startswith("dev:")]


@pytest.mark.parametrize("conv", DEV, ids=[c["id"] for c in DEV])
def test_dev_conversation(conv: dict) -> None:
    assert bench.predict_rules_only(conv, RULESET) == conv["expect"]
