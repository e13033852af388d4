"""Compliance rules: YAML packs validated at load, detector plug-ins, and the engine that yields findings."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pydantic import ValidationError

from analyzers.document import Finding
from analyzers.errors import InputError
from analyzers.rules.engine import document_from_turns, evaluate
from analyzers.rules.loader import RuleSet, build_ruleset, load_ruleset, parse_pack

__all__ = ["RuleSet", "default_ruleset", "dry_run", "evaluate", "load_ruleset", "parse_pack"]

_EXTRA_META = ("metrics", "entities")


@lru_cache(maxsize=1)
def default_ruleset() -> RuleSet:
    """All packs in the repository's rulesets/ directory (loaded once)."""
    return load_ruleset()


def dry_run(turns: list[dict[str, Any]], meta: dict[str, Any], pack_yaml: str | None = None) -> list[Finding]:
    """Findings of a pack (or all default packs) on a transcript; pure, nothing stored.

    `turns`: [{speaker, text, role?, start?, end?, sent_at?}], taken as already redacted (typed tags such as
    "<CREDIT_CARD>" become entities). `meta`: InteractionMeta fields, plus optional "metrics" (name -> value)
    and "entities" (Entity dicts). A bad pack raises PipelineConfigError naming the line and problem; bad
    turns or metadata raise InputError (code "invalid_transcript").
    """
    meta = dict(meta)
    extras = {k: meta.pop(k) for k in _EXTRA_META if k in meta}
    if pack_yaml is None:
        ruleset = default_ruleset()
    else:
        pack, compiled = parse_pack(pack_yaml, "<dry-run>")
        ruleset = build_ruleset([(pack, compiled, "<dry-run>")])
    try:
        doc = document_from_turns(turns, meta, entities=extras.get("entities"), metrics=extras.get("metrics"))
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"]) or "input"
        raise InputError(f"{where}: {err['msg']}", code="invalid_transcript") from exc
    return evaluate(doc, ruleset)
