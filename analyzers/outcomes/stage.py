"""The `outcomes` stage: what the conversation achieved or revealed, each outcome with its evidence."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from analyzers.document import Document, Outcome
from analyzers.outcomes import cues
from analyzers.outcomes.contact import right_party, scan, wrong_number
from analyzers.outcomes.currency import currencies
from analyzers.outcomes.dates import reference_date
from analyzers.outcomes.promise import PromiseConfig, confidence, find_promise
from analyzers.pipeline import ProgressHook, Stage, StageParams, register_stage

DETECTOR_VERSION = "3"


class OutcomesParams(StageParams):
    dollar_currency: str | None = Field(
        default=None, min_length=3, max_length=3,
        description="ISO code for '$'/'dollars'; unset: the default currency when it is a dollar, else the customer's "
                    "time zone's dollar (AUD in Sydney, CAD in Toronto), else USD.")
    default_currency: str | None = Field(
        default=None, min_length=3, max_length=3,
        description="For bare amounts; unset: the currency of the customer's time zone, else USD.")
    month_first: bool = Field(default=True, description="Read 3/4 as March 4th (US) rather than 3 April.")
    next_weekday_rule: Literal["following_week", "next_occurrence"] = Field(
        default="following_week", description="What 'next Friday' means when this week's Friday is still ahead.")
    context: int = Field(default=2, ge=0, le=6)


def _outcome(category: str, detector: str, conf: float, attributes: dict[str, object], ev: list) -> Outcome:  # type: ignore[type-arg]
    return Outcome(category=category, confidence=conf, detector=detector, detector_version=DETECTOR_VERSION,
                   attributes=attributes, evidence=ev)


@register_stage
class Outcomes(Stage):
    """Right-party contact, promise to pay (amount, currency, due date), dispute, cease, wrong number, hardship."""

    name: ClassVar[str] = "outcomes"
    version: ClassVar[str] = "5"  # 5: withdrawals in the same turn, pesos, retried payments, spoken logs
    needs: ClassVar[frozenset[str]] = frozenset({"utterances", "roles", "redacted"})
    adds: ClassVar[frozenset[str]] = frozenset({"outcomes"})
    Params = OutcomesParams

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        p: OutcomesParams = self.params  # type: ignore[assignment]
        utts = doc.utterances
        ref = reference_date(doc.meta.started_at, doc.meta.customer_timezones, doc.reference_date)
        found: list[Outcome] = []

        wrong = wrong_number(utts)
        if wrong.evidence:
            found.append(_outcome("outcome.wrong_number", "wrong_number_cues", 0.85, {}, wrong.evidence))
        else:
            rp = right_party(utts, doc.entities)
            if rp.identity_confirmed or rp.verified:
                conf = 0.9 if rp.identity_confirmed and rp.verified else 0.75 if rp.verified else 0.6
                found.append(_outcome("outcome.right_party_contact", "right_party_exchange", conf,
                                      {"identity_confirmed": rp.identity_confirmed, "verified": rp.verified,
                                       "checks": rp.checks}, rp.evidence))

        dollar, default = currencies(doc.meta.customer_timezones, p.default_currency and p.default_currency.upper(),
                                     p.dollar_currency and p.dollar_currency.upper())
        cfg = PromiseConfig(dollar_currency=dollar, default_currency=default,
                            month_first=p.month_first, next_weekday_rule=p.next_weekday_rule, context=p.context)
        promise = find_promise(utts, ref, cfg)
        if promise is not None:
            attrs = promise.attributes()
            attrs["currency"] = attrs["currency"] or default  # a day with no amount: the account's currency
            attrs["reference_date"] = ref.isoformat() if ref else None
            found.append(_outcome("outcome.promise_to_pay", "promise_to_pay", confidence(promise), attrs,
                                  promise.evidence))

        dispute = scan(utts, cues.DISPUTE)
        if dispute.evidence:
            found.append(_outcome("outcome.dispute", "dispute_cues", 0.8, {"kinds": dispute.kinds}, dispute.evidence))
        cease = scan(utts, cues.CEASE, negation_aware=False)  # the requests are themselves negations
        if cease.evidence:
            found.append(_outcome("outcome.cease_request", "cease_cues", 0.85, {"scope": cease.kinds},
                                  cease.evidence))
        hardship = scan(utts, cues.HARDSHIP)
        if hardship.evidence:
            vulnerable = bool(set(hardship.kinds) & cues.VULNERABLE_KINDS)
            found.append(_outcome("outcome.hardship", "hardship_cues", 0.8,
                                  {"kinds": hardship.kinds, "vulnerability": vulnerable}, hardship.evidence))
        doc.outcomes.extend(found)
        return doc
