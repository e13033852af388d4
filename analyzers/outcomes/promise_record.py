"""The promise record: what was promised (amount, day, method, plan), the detector's settings, and how sure it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from analyzers.document import Evidence


@dataclass
class Promise:
    """What was promised, assembled across the utterances that state it."""

    amount: float | None = None
    currency: str | None = None
    due_date: date | None = None
    due_text: str | None = None
    full_balance: bool = False
    method: str | None = None
    plan: dict[str, object] = field(default_factory=dict)
    conditional: bool = False
    from_agreement: bool = False
    evidence: list[Evidence] = field(default_factory=list)

    def attributes(self) -> dict[str, object]:
        """Outcome attributes: amount, currency, due_date (ISO), and whatever else is known."""
        out: dict[str, object] = {
            "amount": self.amount,
            "currency": self.currency,
            "due_date": self.due_date.isoformat() if self.due_date else None,
        }
        if self.due_text:
            out["due_text"] = self.due_text
        if self.full_balance:
            out["full_balance"] = True
        if self.method:
            out["method"] = self.method
        if self.plan:
            out["plan"] = self.plan
        if self.conditional:
            out["conditional"] = True
        return out


@dataclass(frozen=True)
class PromiseConfig:
    """How the promise detector reads amounts and days: currencies, day order, "next Friday", context width."""

    dollar_currency: str = "USD"
    default_currency: str = "USD"
    month_first: bool = True
    next_weekday_rule: str = "following_week"
    context: int = 2  # utterances before/after a commitment searched for its amount, date and method


def confidence(p: Promise) -> float:
    """How sure the detector is: both amount and date extracted from the customer's own words is best."""
    score = 0.5 + 0.2 * (p.amount is not None) + 0.2 * (p.due_date is not None)
    if p.from_agreement:
        score -= 0.05
    if p.conditional:
        score -= 0.15
    return round(max(0.1, min(0.95, score)), 2)
