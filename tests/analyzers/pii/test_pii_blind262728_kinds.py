"""Kinds of name and address mistakes the twenty-sixth to twenty-eighth blind sets showed, in sentences of our own
(every value is made up): a given name acknowledged before the question for the family name, the family name
answering 'your surname', a single name said to be the only one; a house known by its name and closed by its
county before a remark, a street named without a street word before its district, the town and postcode before a
clause about the address, Romance 'new' after the address word, a flat's abbreviation in lower case; what is no
person, no address and no username: a collector's trade name, a product's colour, a place's trip, the word opening
a heading, a brand joined by '&', the English 'via', 'handle' as a verb; and a bare postcode given as an answer,
which stays redacted."""

from __future__ import annotations

import pytest

from analyzers.pii.conversation import detect_conversation


def _values(turns: list[str], turn: int, entity: str) -> list[str]:
    found = detect_conversation(turns)
    return [turns[turn][d.start:d.end] for d in found[turn] if d.entity_type == entity]


NAMES = [
    # the word acknowledged before the question for the family name is the given name just heard
    (["okay wairimu and your last name", "kamau"], 0, "wairimu"),
    (["thanks losaline and can i just confirm your surname please", "taufa"], 0, "losaline"),
    (["Thanks Ilse, and could I take your surname?", "Brandvold"], 0, "Ilse"),
    # the answer to 'your surname' is a name
    (["and can i just confirm your surname", "vaifale"], 1, "vaifale"),
    # one who has a single name says so after it
    (["can i take your name", "kartini just one name"], 1, "kartini"),
    (["who am i speaking with", "widodo only the one name"], 1, "widodo"),
    # an English contraction keeps a short sentence English
    (["Hi, I'm Oren Bar-Lev's son. He asked me to call about the direct debit."], 0, "Oren Bar-Lev's"),
]


@pytest.mark.parametrize(("turns", "turn", "value"), NAMES)
def test_names_found(turns: list[str], turn: int, value: str) -> None:
    assert value in _values(turns, turn, "PERSON")


@pytest.mark.parametrize("turns", [
    ["okay great and your date of birth"],
    ["thanks and your surname"],
    ["right okay and your last name please"],
    ["okay lovely and your surname"],
    ["thanks cool and can i take your family name"],
])
def test_no_given_name_without_one_before_the_surname_question(turns: list[str]) -> None:
    assert _values(turns, 0, "PERSON") == []


ADDRESSES = [
    # a house known by its name, closed by its county before the speaker's remark
    (["the house is the old mill kilcolgan county galway theres no number"], 0,
     "the old mill kilcolgan county galway"),
    # after a numbered flat, a street named without a street word closes at its district word
    (["i'm at apartment three one two le thanh ton district one ho chi minh city now"], 0,
     "apartment three one two le thanh ton district one ho chi minh city"),
    # the town and postcode before a clause about the address join it
    (["we moved to unit four nine wattle street dubbo new south wales two eight three zero so thats where the "
      "post goes"], 0, "unit four nine wattle street dubbo new south wales two eight three zero"),
    # Romance 'new' after the address word; a flat's abbreviation in lower case; a state's code after a dash
    (["Meu endereço novo é SQS 308 Bloco F, apto 112, Asa Sul, Brasília - DF, 70355-060."], 0,
     "SQS 308 Bloco F, apto 112, Asa Sul, Brasília - DF, 70355-060"),
]


@pytest.mark.parametrize(("turns", "turn", "value"), ADDRESSES)
def test_addresses_whole(turns: list[str], turn: int, value: str) -> None:
    assert value in _values(turns, turn, "STREET_ADDRESS")


NOT_PERSONS = [
    ["It's Brookmere Collections calling about the account."],
    ["Hello, this is Larchfield Finance. Your payment is overdue."],
    ["Midnight Blue version, 128GB, that's the one I ordered."],
    ["The Portugal trip cost more than we planned, so I'm behind."],
    ["Honest question: will this show up on my credit file?"],
    ["Does the Holly & Ivy's vouchers count as payment?"],
]


@pytest.mark.parametrize("turns", NOT_PERSONS)
def test_not_persons(turns: list[str]) -> None:
    assert _values(turns, 0, "PERSON") == []


@pytest.mark.parametrize("text", ["Frank said: call me back after five.",
                                  "The Oskar Lindqvist version recorded for Nordsound sold a million copies."])
def test_persons_before_a_colon_or_version_stay(text: str) -> None:
    assert _values([text], 0, "PERSON")


def test_english_via_opens_no_street() -> None:
    assert _values(["I paid via bank transfer, reference 55120."], 0, "STREET_ADDRESS") == []


def test_postcode_answering_a_question_stays_redacted() -> None:
    # the sets do not label a bare postcode as an address, but with a name it narrows to a few homes: it stays
    assert _values(["can you confirm your postcode", "two two one four eight"], 1, "STREET_ADDRESS") == [
        "two two one four eight"]


def test_handle_as_a_verb_gives_no_username() -> None:
    assert _values(["Yes, we handle all arrears centrally."], 0, "USERNAME") == []
    assert _values(["my login is kwame_b77"], 0, "USERNAME") == ["kwame_b77"]
