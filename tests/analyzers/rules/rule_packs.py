"""One-rule packs for detector tests: the YAML a rule author would write, around one detection."""

from __future__ import annotations

from typing import Any

import yaml


def one_rule_pack(kind: str, params: dict[str, Any], category: str,
                  applicability: dict[str, Any] | None = None) -> str:
    """A pack holding one rule that runs detector `kind` with `params`."""
    rule: dict[str, Any] = {
        "id": "t.rule",
        "version": 1,
        "title": "test rule",
        "category": category,
        "severity": "high",
        "citation": "test",
        "detection": {"kind": kind, "params": params},
    }
    if applicability:
        rule["applicability"] = applicability
    return yaml.safe_dump({"id": "t", "title": "t", "version": 1, "rules": [rule]})
