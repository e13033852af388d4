"""The shipped packs on whole conversations: the opening every labelled set assumes, the usual tenants, and a
check of what the phrase rules alone flag (shared by the pack-wording tests)."""

from __future__ import annotations

from analyzers.document import FindingStatus
from analyzers.rules.context import RuleContext
from analyzers.rules.engine import document_from_turns, evaluate
from analyzers.rules.loader import load_ruleset

RULESET = load_ruleset()

OPENING = [{"speaker": "agent", "text": "Hi, this is Sam from Acme Subscriptions. This call is recorded for quality."},
           {"speaker": "customer", "text": "Hi."}]
US_CREDITOR = {"tenant_role": "creditor", "jurisdictions": ["US"], "channel": "voice", "recorded": True}
US_AGENCY = {"tenant_role": "agency", "jurisdictions": ["US"], "channel": "voice", "recorded": True}
UK_CREDITOR = {"tenant_role": "creditor", "jurisdictions": ["GB"], "channel": "voice", "recorded": True}


def phrases_flag(turns: list[dict[str, str]], meta: dict[str, object], category: str) -> bool:
    """Whether the packs' phrases alone (meaning models off) flag `category`: the models catch many wordings
    too, and the phrase rules must not lean on them."""
    doc = document_from_turns(turns, meta, metrics={})
    found = evaluate(doc, RULESET, ctx=RuleContext(doc, semantic=False))
    return any(f.status == FindingStatus.violated and f.category == category for f in found)


def conversation(lines: list[str], opening: list[dict[str, str]] = OPENING) -> list[dict[str, str]]:
    """The opening, the given 'speaker: text' lines and a courteous close."""
    said = [*lines, "agent: Thank you for your time, take care."]
    return opening + [{"speaker": s, "text": t.strip()} for s, t in (x.split(":", 1) for x in said)]
