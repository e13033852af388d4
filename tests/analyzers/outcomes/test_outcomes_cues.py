"""Dispute, cease request, wrong number, hardship and right-party contact, with their evidence."""

from __future__ import annotations

import pytest

from analyzers.document import Document, Entity, InteractionMeta, SpeakerRole, Utterance, Word
from analyzers.outcomes.stage import Outcomes

A, C = SpeakerRole.agent, SpeakerRole.customer


def run(turns: list[tuple[SpeakerRole, str]], entities: list[Entity] | None = None) -> Document:
    doc = Document(meta=InteractionMeta(),
                   utterances=[Utterance(index=i, speaker=r.value, role=r, text=t) for i, (r, t) in enumerate(turns)],
                   entities=entities or [], redacted=True)
    return Outcomes()(doc)


def categories(doc: Document) -> set[str]:
    return {o.category for o in doc.outcomes}


@pytest.mark.parametrize(
    ("text", "category", "attribute", "value"),
    [
        ("I don't owe you anything.", "outcome.dispute", "kinds", ["not_mine"]),
        ("That's not my account, I never opened it.", "outcome.dispute", "kinds", ["not_mine"]),
        ("I already paid this in March.", "outcome.dispute", "kinds", ["already_paid"]),
        ("The amount is wrong, you charged me twice.", "outcome.dispute", "kinds", ["amount"]),
        ("I want to dispute this debt.", "outcome.dispute", "kinds", ["formal"]),
        ("Stop calling me.", "outcome.cease_request", "scope", ["all"]),
        ("Please take me off your list.", "outcome.cease_request", "scope", ["all"]),
        ("STOP", "outcome.cease_request", "scope", ["all"]),
        ("Only contact me by email from now on.", "outcome.cease_request", "scope", ["channel"]),
        ("Don't call me at work.", "outcome.cease_request", "scope", ["time_place"]),
        ("Fine. Please don't call me this late again.", "outcome.cease_request", "scope", ["time_place"]),
        ("Never ring me after 8pm.", "outcome.cease_request", "scope", ["time_place"]),
        ("Only call me in the evenings, I work days.", "outcome.cease_request", "scope", ["time_place"]),
        ("I lost my job last month.", "outcome.hardship", "kinds", ["job_loss"]),
        ("I can't afford it, money is really tight.", "outcome.hardship", "kinds", ["financial"]),
        ("My husband passed away in June.", "outcome.hardship", "kinds", ["bereavement"]),
        ("I've been in hospital with cancer.", "outcome.hardship", "kinds", ["health"]),
        ("I've been struggling with depression.", "outcome.hardship", "kinds", ["mental_health"]),
    ],
)
def test_customer_cues(text: str, category: str, attribute: str, value: list[str]) -> None:
    doc = run([(A, "I'm calling about your account."), (C, text)])
    out = next(o for o in doc.outcomes if o.category == category)
    assert out.attributes[attribute] == value
    ev = out.evidence[0]
    assert ev.utterance == 1 and ev.speaker_role == C and ev.excerpt
    assert doc.utterances[1].text[ev.char_start:ev.char_end] == ev.excerpt


@pytest.mark.parametrize(
    "text",
    ["Yes, I understand I owe the balance.", "I haven't lost my job, I just forgot.", "Okay, call me next week.",
     "I'm not disputing it.", "Thanks for calling."],
)
def test_no_cue(text: str) -> None:
    assert not categories(run([(A, "I'm calling about your account."), (C, text)])) & {
        "outcome.dispute", "outcome.cease_request", "outcome.hardship", "outcome.wrong_number"}


def test_vulnerability_is_flagged_for_health_and_bereavement() -> None:
    doc = run([(C, "My wife died and I lost my job.")])
    out = next(o for o in doc.outcomes if o.category == "outcome.hardship")
    assert out.attributes["vulnerability"] is True
    assert set(out.attributes["kinds"]) == {"job_loss", "bereavement"}


@pytest.mark.parametrize(
    "reply",
    ["Sorry, wrong number.", "There's nobody here by that name.", "I don't know who that is.",
     "You have the wrong person."],
)
def test_wrong_number_and_no_right_party(reply: str) -> None:
    doc = run([(A, "Hi, may I speak with <PERSON>?"), (C, reply)])
    assert "outcome.wrong_number" in categories(doc)
    assert "outcome.right_party_contact" not in categories(doc)


def test_right_party_contact_needs_identity_and_verification() -> None:
    turns = [(A, "Hi, am I speaking with <PERSON>?"), (C, "Yes, speaking."),
             (A, "For security, can you confirm your date of birth?"), (C, "It's <DATE_OF_BIRTH>."),
             (A, "Thank you for confirming.")]
    ents = [Entity(entity_type="DATE_OF_BIRTH", utterance=3, speaker_role=C, char_start=5, char_end=20)]
    out = next(o for o in run(turns, ents).outcomes if o.category == "outcome.right_party_contact")
    assert out.attributes == {"identity_confirmed": True, "verified": True, "checks": ["date_of_birth"]}
    assert out.confidence >= 0.9
    assert [e.utterance for e in out.evidence] == [0, 1, 2, 3, 4]


def test_failed_verification_is_not_verified() -> None:
    turns = [(A, "Can you confirm your date of birth?"), (C, "It's <DATE_OF_BIRTH>."),
             (A, "I'm sorry, that doesn't match what we have.")]
    assert "outcome.right_party_contact" not in categories(run(turns))


def test_identity_denied_is_not_right_party() -> None:
    doc = run([(A, "Is this <PERSON>?"), (C, "No, this is his wife.")])
    assert "outcome.right_party_contact" not in categories(doc)


def test_evidence_time_span_comes_from_words() -> None:
    text = "Stop calling me please."
    words = [Word(text=w, start=10 + i, end=10.5 + i, char_start=text.index(w), char_end=text.index(w) + len(w))
             for i, w in enumerate(text.split())]
    doc = Document(meta=InteractionMeta(), redacted=True,
                   utterances=[Utterance(index=0, speaker="c", role=C, text=text, start=10, end=14, words=words)])
    out = Outcomes()(doc).outcomes[0]
    assert (out.evidence[0].start, out.evidence[0].end) == (10, 12.5)


@pytest.mark.parametrize(
    "text",
    ["I never had a chance to pay last month.", "I'm sick of these calls.", "I broke my phone so I missed it.",
     "I don't know a lot about how this works.", "There's no problem here.", "I paid by accident twice.",
     "I don't know any more than that."],
)
def test_common_phrases_that_are_not_cues(text: str) -> None:
    cats = categories(run([(A, "I'm calling about your account."), (C, text)]))
    assert not cats & {"outcome.dispute", "outcome.hardship", "outcome.wrong_number"}, cats


@pytest.mark.parametrize("reply", ["I don't know <PERSON>.", "There's no <PERSON> here.", "Never heard of <PERSON>."])
def test_wrong_number_with_redacted_names(reply: str) -> None:
    assert "outcome.wrong_number" in categories(run([(A, "Can I speak with <PERSON>?"), (C, reply)]))


@pytest.mark.parametrize(
    ("ask", "reply", "confirmed"),
    [
        ("May I speak with <PERSON>?", "This is <PERSON>.", True),
        ("May I speak with <PERSON>?", "Speaking.", True),
        ("Is this <PERSON>?", "Yes, that's me.", True),
        ("May I speak with <PERSON>?", "It's really late. Yes, this is <PERSON>.", True),
        ("Hi, this is <PERSON> from Acme, calling for <PERSON>.", "This is <PERSON>. What's this about?", True),
        ("Hi, I'm trying to reach <PERSON>.", "Yep, you got her.", True),
        ("May I speak with <PERSON>?", "No, this is his wife.", False),
        ("May I speak with <PERSON>?", "Who's calling?", False),
        ("Hi, this is <PERSON> from Acme, calling for <PERSON>.", "She isn't here right now.", False),
        ("Thanks for calling Acme, how can I help?", "Yes, this is <PERSON>.", False),  # nobody was asked for
    ],
)
def test_right_party_identity_from_the_answer(ask: str, reply: str, confirmed: bool) -> None:
    doc = run([(A, ask), (C, reply)])
    rpc = next((o for o in doc.outcomes if o.category == "outcome.right_party_contact"), None)
    assert (rpc is not None and rpc.attributes["identity_confirmed"] is True) is confirmed
