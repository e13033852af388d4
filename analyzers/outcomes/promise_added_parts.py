"""A further part added to the payment already agreed for a day, with the new sum said after "so" ("and the thirty too
so three oh five monday", "plus the late fee as well, so 72.50 then"): once a day is agreed, the sum is what is paid
that day, though no paying verb is said and the figure carries no currency."""

from __future__ import annotations

import re
from datetime import date

from analyzers.outcomes.money import Money
from analyzers.outcomes.promise_candidates import amounts_in, bare_amounts, coming_dates
from analyzers.outcomes.promise_commitment import hedged, withdraws
from analyzers.outcomes.promise_record import PromiseConfig
from analyzers.outcomes.text_spans import NEGATION

# The part added: "the thirty too", "the fee as well", "plus the arrears", "and the thirty".
ADDS_PART = re.compile(r"\b(?:too|as\s+well|also|plus|on\s+top)\b|^\W*(?:ok(?:ay)?\W+)?and\s+the\b", re.IGNORECASE)
# The sum drawn from it: "so three oh five", "so that's 305", "so make it 72.50".
SO_SUM = re.compile(r"\bso\s+(?:that'?s\s+|thats\s+|it'?s\s+|make\s+it\s+)?(?=\S)", re.IGNORECASE)


def added_total(text: str, ref: date | None, cfg: PromiseConfig, agreed_day: date | None,
                promised: float | None) -> Money | None:
    """The sum a verbless customer turn gives after adding a part to the payment agreed for `agreed_day`, larger than
    the `promised` amount, with its place in the turn; None when the turn does not add up that way."""
    if agreed_day is None or promised is None or "?" in text or NEGATION.search(text) or hedged(text) \
            or withdraws(text) or any(d.value != agreed_day for d in coming_dates(text, ref, cfg)):
        return None
    cue = next((m for m in SO_SUM.finditer(text) if ADDS_PART.search(text[: m.start()])), None)
    if cue is None:
        return None
    said = [a for a in (*amounts_in(text[cue.end():], cfg), *bare_amounts(text[cue.end():], cfg)) if a.start == 0]
    if not said or said[0].amount <= promised:
        return None
    figure = said[0]
    return Money(figure.amount, figure.currency, figure.start + cue.end(), figure.end + cue.end(),
                 explicit_currency=figure.explicit_currency)
