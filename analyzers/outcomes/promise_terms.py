"""Payment terms beside the amount and day: the payment method and the plan (frequency, number of instalments)."""

from __future__ import annotations

from analyzers.outcomes import cues
from analyzers.outcomes.numbers import parse_number


def plan_terms(texts: list[str]) -> dict[str, object]:
    """Plan terms; a frequency alone counts only in the customer's words (texts[0]), since an agent's
    "your monthly renewal" describes the bill, not the promise."""
    plan: dict[str, object] = {}
    texts = [cues.PAY_CYCLE.sub(" ", t) for t in texts]
    joined = " ".join(texts)
    if cues.PLAN_WORDS.search(joined) or any(rx.search(texts[0]) for _, rx in cues.PLAN_FREQUENCY):
        for name, rx in cues.PLAN_FREQUENCY:
            if rx.search(joined):
                plan["frequency"] = name
                break
        m = cues.PLAN_COUNT.search(joined)
        if m:
            n = parse_number(m.group("n"))
            if n:
                plan["instalments"] = int(n)
    return plan


def payment_method(texts: list[str]) -> str | None:
    """The first payment method named in these texts, in order."""
    for text in texts:
        for name, rx in cues.METHODS:
            if rx.search(text):
                return name
    return None
