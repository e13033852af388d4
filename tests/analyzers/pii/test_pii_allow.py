"""Brand and company names, and ordinary words, are not redacted as names; real names still are."""

from __future__ import annotations

import pytest
from pii_helpers import make_doc

from analyzers.document import Document, InteractionMeta
from analyzers.pii.allow import drop_allowed, is_cased, plausible_name
from analyzers.pii.engine import Detection
from analyzers.pii.stages import PiiRedact, PiiRedactParams

BRAND = {"brand_name": "Kestrel Pay", "brand_aliases": ["Kestrel", "KestrelPay"]}


def _redact(turns: list[tuple[str, str]], meta: dict[str, object] | None = None, **params: object) -> Document:
    doc = make_doc(turns)
    doc.meta = InteractionMeta(**(meta or {}))
    return PiiRedact(PiiRedactParams(**params))(doc)


CASES = [
    # (turns, meta, stage params, texts expected after redaction)
    ([("agent", "Hi Luis, this is Northpoint Recovery on behalf of Kestrel Pay. Pay at pay.northpoint.example.")],
     BRAND, {"allow_list": ["Northpoint Recovery"]},
     ["Hi <PERSON>, this is Northpoint Recovery on behalf of Kestrel Pay. Pay at pay.northpoint.example."]),
    # one NER span over both names, and the brand's word "pay" used as a verb in later turns
    ([("agent", "Northpoint Recovery for Kestrel Pay. Pay $310.00 by Friday."),
      ("customer", "I thought autopay would cover it. I'll pay it next week.")],
     BRAND, {"allow_list": ["Northpoint Recovery"]},
     ["Northpoint Recovery for Kestrel Pay. Pay $310.00 by Friday.",
      "I thought autopay would cover it. I'll pay it next week."]),
    # brand aliases are allowed too, wherever they appear
    ([("agent", "This is Rick from Northpoint, calling about your Kestrel account. Is this Maria Lopez?"),
      ("customer", "Yes, it is."), ("agent", "Thanks, Maria. Your Kestrel instalment is late.")],
     BRAND, {"allow_list": ["Northpoint"]},
     ["This is <PERSON> from Northpoint, calling about your Kestrel account. Is this <PERSON>?",
      "Yes, it is.", "Thanks, <PERSON>. Your Kestrel instalment is late."]),
    ([("agent", "Hi, you've reached Lumen billing, this is Dana."),
      ("agent", "Nobody is going to arrest you over a Lumen bill.")],
     {"brand_name": "Lumen Streaming", "brand_aliases": ["Lumen", "Lumen TV"]}, {},
     ["Hi, you've reached Lumen billing, this is <PERSON>.", "Nobody is going to arrest you over a Lumen bill."]),
    # without any allow list, a company-shaped name is still not a person
    ([("agent", "This is Tanya Brooks with Northpoint Recovery.")], {}, {},
     ["This is <PERSON> with Northpoint Recovery."]),
    # a name that is also a word: the name goes, the word stays
    ([("agent", "Am I speaking with Grace Miller?"), ("customer", "Yes."),
      ("agent", "Thanks Grace, there is a grace period of ten days.")], {}, {},
     ["Am I speaking with <PERSON>?", "Yes.", "Thanks <PERSON>, there is a grace period of ten days."]),
]


@pytest.mark.parametrize(("turns", "meta", "params", "expected"), CASES)
def test_brand_company_and_words_stay_names_go(turns: list[tuple[str, str]], meta: dict[str, object],
                                               params: dict[str, object], expected: list[str]) -> None:
    doc = _redact(turns, meta, **params)
    assert [u.text for u in doc.utterances] == expected


def test_allow_list_is_a_stage_param_from_the_tenant() -> None:
    assert PiiRedactParams().allow_list == []
    assert PiiRedactParams(allow_list=["Northpoint Recovery"]).allow_list == ["Northpoint Recovery"]


@pytest.mark.parametrize(
    ("text", "cased"),
    [("Hi Luis, your balance is due.", True), ("ill pay the 15.99 on nov 24", False),
     ("PAY NOW OR ELSE", False), ("12345", False)],
)
def test_casing_is_judged_per_text(text: str, cased: bool) -> None:
    assert is_cased(text) is cased


@pytest.mark.parametrize(
    ("value", "cased", "plausible"),
    [("Maria Lopez", True, True), ("pay", True, False), ("maria lopez", False, True),
     ("Northpoint Recovery", True, False), ("Acme Collections", True, False), ("Rick", True, True)],
)
def test_plausible_name(value: str, cased: bool, plausible: bool) -> None:
    assert plausible_name(value, cased) is plausible


def test_allowed_words_are_cut_out_of_a_wider_span() -> None:
    text = "Northpoint Recovery for Kestrel Pay and Maria"
    span = Detection("PERSON", 0, len(text), 0.85, "SpacyRecognizer")
    left = drop_allowed(text, [span], ["Northpoint Recovery", "Kestrel Pay"])
    assert [text[d.start:d.end] for d in left] == ["Maria"]
    card = Detection("CREDIT_CARD", 0, 10, 1.0, "x")
    assert drop_allowed(text, [card], ["Northpoint Recovery"]) == [card]
