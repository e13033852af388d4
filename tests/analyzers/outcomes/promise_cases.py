"""What the promise tests share: a short conversation on Wednesday 18 November 2026 (New York) through the
outcomes stage, and the promise it yields."""

from __future__ import annotations

from datetime import UTC, date, datetime

from analyzers.document import Document, InteractionMeta, SpeakerRole, Utterance
from analyzers.outcomes.stage import Outcomes

A, C = SpeakerRole.agent, SpeakerRole.customer
WED = date(2026, 11, 18)  # the conversation's local date, a Wednesday


def _outcomes(turns: list[tuple[SpeakerRole, str]], currency: str) -> Document:
    """The conversation through the outcomes stage."""
    doc = Document(
        meta=InteractionMeta(started_at=datetime(2026, 11, 18, 15, 0, tzinfo=UTC),
                             customer_timezones=["America/New_York"]),
        utterances=[Utterance(index=i, speaker=r.value, role=r, text=t) for i, (r, t) in enumerate(turns)],
        redacted=True,
    )
    return Outcomes(Outcomes.Params(default_currency=currency))(doc)  # type: ignore[call-arg]


def run(turns: list[tuple[SpeakerRole, str]], currency: str = "USD") -> dict[str, object] | None:
    """The promise-to-pay outcome's attributes for the turns, or None."""
    out = _outcomes(turns, currency)
    return next((o.attributes for o in out.outcomes if o.category == "outcome.promise_to_pay"), None)


def amount_and_day(got: dict[str, object] | None) -> tuple[object, object] | None:
    """(amount, due date) of a promise, or None."""
    return None if got is None else (got["amount"], got["due_date"])


def evidence_excerpts(turns: list[tuple[SpeakerRole, str]], currency: str = "USD") -> dict[int, str]:
    """The promise-to-pay outcome's evidence excerpts by utterance index (empty when there is no promise)."""
    out = _outcomes(turns, currency)
    found = next((o for o in out.outcomes if o.category == "outcome.promise_to_pay"), None)
    return {} if found is None else {e.utterance: e.excerpt for e in found.evidence if e.utterance is not None}
