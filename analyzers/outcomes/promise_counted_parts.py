"""Several equal parts paid together ("ill pay both missed ones on the 20th", "I'll clear all three instalments
Friday"): after the agent priced each part ("2 of your installments missed ($31.25 each)"), the customer's amount is
the count times that price, though the customer names no figure."""

from __future__ import annotations

import re

from analyzers.document import SpeakerRole, Utterance
from analyzers.outcomes.money import Money
from analyzers.outcomes.numbers import parse_number
from analyzers.outcomes.promise_candidates import amounts_in
from analyzers.outcomes.promise_record import PromiseConfig

_SMALL_COUNT = r"two|three|four|five|six|[2-6]"
# The count and the parts it counts: "both missed ones", "all three instalments", "the two payments", "both of them".
COUNTED_PARTS = re.compile(rf"\b(?:(?P<both>both)|(?:all|the)\s+(?P<n>{_SMALL_COUNT}))(?:\s+of)?"
                           r"(?:\s+(?:the|them|those|my|missed|overdue|late|failed|outstanding|unpaid|bounced|"
                           r"returned|previous|last))*"
                           r"(?:\s+(?:ones|instal+ments|payments|emis|bills|months)\b|(?<=them)|(?<=those))",
                           re.IGNORECASE)
# "$31.25 each", "(£20 apiece)", "each of $31.25", "each for 20": a figure named as the price of one part.
_EACH_AFTER = re.compile(r"\s*(?:each|apiece|a\s+piece)\b", re.IGNORECASE)
_EACH_BEFORE = re.compile(r"\beach\s+(?:of\s+|for\s+|at\s+)?\(?\s*$", re.IGNORECASE)


def counted_parts_total(text: str, span: tuple[int, int], utterances: list[Utterance], pos: int,
                        cfg: PromiseConfig) -> Money | None:
    """The total of the equal parts a commitment counts ("both missed ones"), priced by the latest agent turn that
    names one figure per part; None when the commitment counts no parts or no turn prices one."""
    counted = COUNTED_PARTS.search(text, span[0], span[1])
    if counted is None:
        return None
    n = 2.0 if counted.group("both") else parse_number(counted.group("n"))
    for u in reversed(utterances[max(0, pos - 2 * cfg.context): pos]):
        if u.role != SpeakerRole.agent:
            continue
        each = [a for a in amounts_in(u.text, cfg)
                if _EACH_AFTER.match(u.text, a.end) or _EACH_BEFORE.search(u.text[max(0, a.start - 12): a.start])]
        if len({a.amount for a in each}) == 1 and n:
            part = each[0]
            return Money(round(part.amount * n, 2), part.currency, counted.start(), counted.end(),
                         explicit_currency=part.explicit_currency)
    return None
