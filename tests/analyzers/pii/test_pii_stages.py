"""pii_redact and pii_verify on whole conversations: cross-turn numbers, policies, words and times, entities."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from pii_helpers import make_doc, pii_pipeline, redact, run_turns
from pydantic import ValidationError

from analyzers.document import SpeakerRole
from analyzers.errors import PipelineConfigError
from analyzers.pii.stages import PiiRedact, PiiRedactParams, PiiVerify
from analyzers.pipeline import load_profile

SECRET = "tenant-secret-0123456789"

CROSS_TURN = [
    # (turns, indexes of turns that must carry a CREDIT_CARD tag)
    ([("agent", "Can I take the card number?"), ("customer", "four five three two"),
      ("customer", "oh one five one"), ("customer", "one two eight three"), ("customer", "oh three six six")],
     [1, 2, 3, 4]),
    # the agent echoes each group back
    ([("agent", "The long number on the card please"), ("customer", "It's 4532 0151"), ("agent", "4532 0151, yes"),
      ("customer", "1283 0366")], [1, 2, 3]),
    # acknowledgements between the groups
    ([("customer", "my card is four one one one"), ("agent", "mm-hmm"), ("customer", "one one one one"),
      ("agent", "okay go on"), ("customer", "one one one one, one one one one")], [0, 2, 4]),
    # no card cue at all: Luhn and the scheme carry it
    ([("customer", "5555 5555"), ("agent", "yes"), ("customer", "5555 4444")], [0, 2]),
]


@pytest.mark.parametrize(("turns", "carded"), CROSS_TURN)
def test_card_split_across_turns_is_redacted_in_every_turn(turns: list[tuple[str, str]], carded: list[int]) -> None:
    doc = redact(turns)
    for i in carded:
        assert "<CREDIT_CARD>" in doc.utterances[i].text, doc.utterances[i].text
        assert not any(ch.isdigit() for ch in doc.utterances[i].text)
    assert doc.residual_pii == []


def test_digits_in_unrelated_turns_are_not_joined() -> None:
    doc = redact([("agent", "You have 3 payments left"), ("customer", "I can pay 2 now"),
                  ("agent", "Your balance is 120 dollars")])
    assert [u.text for u in doc.utterances] == ["You have 3 payments left", "I can pay 2 now",
                                                "Your balance is 120 dollars"]


def test_security_code_cue_in_the_previous_turn() -> None:
    doc = redact([("agent", "And the three digit code on the back of the card?"), ("customer", "seven three nine")])
    assert doc.utterances[1].text == "<CARD_SECURITY_CODE>"
    ent = doc.entities[0]
    assert (ent.entity_type, ent.utterance, ent.speaker_role) == ("CARD_SECURITY_CODE", 1, SpeakerRole.customer)


def test_words_take_the_tag_and_keep_their_times() -> None:
    doc = redact([("customer", "card is four one one one one one one one one one one one one one one one ok")],
                  with_words=True)
    u = doc.utterances[0]
    assert u.text == "card is <CREDIT_CARD> ok"
    tagged = [w for w in u.words if w.text == "<CREDIT_CARD>"]
    assert len(tagged) == 16
    assert all(u.text[w.char_start:w.char_end] == w.text for w in u.words)
    red = doc.redactions[0]
    assert (red.start, red.end) == (tagged[0].start, tagged[-1].end)
    assert u.text[red.char_start:red.char_end] == "<CREDIT_CARD>"
    assert red.recognizer and red.score > 0.5


def test_redactions_and_entities_never_hold_the_value() -> None:
    doc = redact([("customer", "my card is 4111 1111 1111 1111 and my email is jo@example.com")])
    dumped = doc.model_dump_json()
    assert "4111" not in dumped and "jo@example.com" not in dumped
    assert doc.redacted is True
    assert {r.entity_type for r in doc.redactions} == {"CREDIT_CARD", "EMAIL_ADDRESS"}


@pytest.mark.parametrize(
    ("params", "text", "expected"),
    [
        ({}, "card 4111 1111 1111 1111", "card <CREDIT_CARD>"),
        ({"default_policy": "mask"}, "card 4111 1111 1111 1111", "card ************1111"),
        ({"policy": {"CREDIT_CARD": "mask"}}, "card four one one one one one one one one one one one one one one two",
         "card ************1112"),
        ({"default_policy": "mask"}, "email jo@example.com", "email **************"),
        ({"policy": {"CREDIT_CARD": "mask"}}, "cvv 123", "cvv <CARD_SECURITY_CODE>"),
    ],
)
def test_policies(params: dict[str, object], text: str, expected: str) -> None:
    assert redact([("customer", text)], **params).utterances[0].text == expected


def test_hash_links_the_same_value_across_interactions_and_forms() -> None:
    written = redact([("customer", "card 4111 1111 1111 1111")], default_policy="hash", hash_secret=SECRET)
    spoken = redact([("customer", "card four one one one one one one one one one one one one one one one")],
                    default_policy="hash", hash_secret=SECRET)
    other = redact([("customer", "card 4111 1111 1111 1111")], default_policy="hash", hash_secret=SECRET + "x")
    tag = written.utterances[0].text.split(" ", 1)[1]
    digest = hmac.new(SECRET.encode(), b"CREDIT_CARD:4111111111111111", hashlib.sha256).hexdigest()[:16]
    assert tag == f"<CREDIT_CARD:{digest}>"
    assert spoken.utterances[0].text == written.utterances[0].text
    assert other.utterances[0].text != written.utterances[0].text
    assert written.residual_pii == []  # hex digits inside the tag are not residue


@pytest.mark.parametrize("params", [{"default_policy": "hash"}, {"policy": {"PERSON": "hash"}, "hash_secret": "short"},
                                    {"default_policy": "shred"}])
def test_bad_policy_params_fail_at_build_time(params: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        PiiRedactParams(**params)
    with pytest.raises(PipelineConfigError):
        pii_pipeline(overrides={"pii_redact": params})


def test_text_profile_runs_redaction_then_verification() -> None:
    names = [s.stage for s in load_profile("text").stages]
    assert names.index("normalise_text") < names.index("pii_redact") < names.index("pii_verify")
    doc = run_turns([("agent", "What is your date of birth?"),
                     ("customer", "March 3rd, 1985, and my SSN is 123-45-6789")])
    assert doc.utterances[1].text == "<DATE_OF_BIRTH>, and my SSN is <US_SSN>"
    assert doc.redacted and doc.residual_pii == []


def test_verifier_catches_a_planted_miss() -> None:
    doc = make_doc([("customer", "hello"), ("agent", "fine")])
    doc = PiiRedact()(doc)
    # plant residue the way a recognizer bug would leave it
    doc.utterances[0].text = "my card 4111 1111 1111 1111 and mail jo@example.com and four four five five six six seven"
    doc = PiiVerify()(doc)
    assert len(doc.residual_pii) == 3
    assert all("<RESIDUAL_PII>" in e.excerpt and e.utterance == 0 for e in doc.residual_pii)
    assert "4111" not in doc.utterances[0].text and "jo@example.com" not in doc.utterances[0].text
    assert [f.category for f in doc.findings] == ["pci.pan_exposed"]
    assert doc.findings[0].evidence and "4111" not in doc.findings[0].model_dump_json()
    # the residue is also a redaction (so audio muting covers it) pointing at its tag
    residual = [r for r in doc.redactions if r.entity_type == "RESIDUAL_PII"]
    assert [doc.utterances[0].text[r.char_start:r.char_end] for r in residual] == ["<RESIDUAL_PII>"] * 3


def test_verifier_can_only_report() -> None:
    doc = make_doc([("customer", "order 99 and 4111111111111111")])
    doc = PiiVerify(PiiVerify.Params(redact_residual=False))(doc)
    assert len(doc.residual_pii) == 1
    assert "4111" not in doc.residual_pii[0].excerpt
    assert "4111" in doc.utterances[0].text


@pytest.mark.parametrize(
    "text",
    [
        "<CREDIT_CARD> <US_SSN> <PHONE_NUMBER:0123456789abcdef>",
        "************1111",
        "your order number is 12345678",
        "the balance is $12,500.00",
        "we spoke on 12/05/2024 at 3:30",
    ],
)
def test_verifier_leaves_placeholders_and_non_pii(text: str) -> None:
    doc = PiiVerify()(make_doc([("agent", text)]))
    assert doc.residual_pii == [] and doc.utterances[0].text == text


def test_verifier_catches_a_card_left_in_pieces_across_turns() -> None:
    doc = make_doc([("agent", "go ahead"), ("customer", "4111 1111"), ("agent", "mm-hmm"),
                    ("customer", "1111 1111"), ("agent", "thanks, and how many payments?"), ("customer", "three")])
    doc = PiiVerify()(doc)
    assert [e.utterance for e in doc.residual_pii] == [1, 3]
    assert "4111" not in doc.utterances[1].text
    assert doc.utterances[5].text == "three"
    assert [f.category for f in doc.findings] == ["pci.pan_exposed"]
