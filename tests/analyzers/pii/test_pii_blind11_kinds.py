"""Kinds of mistakes the eleventh and twelfth blind sets showed, in sentences of our own (every value is made up):
spoken names answering a name question (then who they are, or their spelling), a middle initial in 'is that ...',
an agent naming themselves ('you're through to ...', 'this is ... calling about'), a caller's greeting before a
Gaelic family name; and look-alikes: a month after a day, places travelled between or money sent from, a shop
after 'at' with a possessive, a firm headed by a family name, a word of another language opening a sentence
before a name, a reply addressing someone after an address question, 'the one' confirming an address."""

from __future__ import annotations

import pytest
from pii_helpers import found_of_types

from analyzers.pii.conversation import detect_conversation
from analyzers.pii.recognizers.name_shapes import family_shaped

TYPES = {"PERSON", "STREET_ADDRESS"}


def _persons(turns: list[str], turn: int) -> list[str]:
    found = detect_conversation(turns)
    return [turns[turn][d.start:d.end] for d in found[turn] if d.entity_type == "PERSON"]


ANSWERS = [
    (["could i take the name of the account holder please", "anjali kumari he's my brother in law actually"],
     "anjali kumari"),
    (["and your full name please", "adaeze nwosu a d a e z e"], "adaeze nwosu"),
]


@pytest.mark.parametrize(("turns", "name"), ANSWERS)
def test_name_answer_then_more(turns: list[str], name: str) -> None:
    assert name in _persons(turns, 1)


def test_middle_initial_in_identity_question() -> None:
    assert _persons(["am i speaking with tendai r moyo", "yes"], 0) == ["tendai r moyo"]


@pytest.mark.parametrize(("text", "name"), [
    ("morning you're through to priya at northgate collections what can i do for you", "priya"),
    ("hello mr dube this is ben calling about the arrears on your loan", "ben"),
])
def test_agent_names_themselves(text: str, name: str) -> None:
    assert name in _persons([text], 0)


def test_greeting_then_gaelic_family_name() -> None:
    text = "right hello it's eilidh macleod fourteen corran esplanade oban"
    assert any(p.startswith("eilidh macleod") for p in _persons([text], 0))


def test_gaelic_shape_is_no_english_word() -> None:
    assert family_shaped("mcallister") and family_shaped("macpherson")
    for word in ("machine", "macrobiotic", "mackerel", "macbook"):
        assert not family_shaped(word)


NOT_PII = [
    "Instalments fall on 3 Mar, 3 Apr and 3 Jun this year.",
    "I'm flying between Florence and Sydney all month, so email is best.",
    "We're sending the money from Jordan next week, it should clear by Friday.",
    "She has a shift at Sainsbury's tonight so she can't call.",
    "My husband works for Adeyemi Brothers Trading, paid every fourth Friday.",
]


@pytest.mark.parametrize("text", NOT_PII)
def test_look_alikes_are_no_names(text: str) -> None:
    assert [f for f in found_of_types(text, TYPES) if f[1] == "PERSON"] == []


def test_foreign_word_before_name_keeps_the_name() -> None:
    found = found_of_types("Via Roma 8, 00184 Roma. Intestato a Chiara Benedetti.", TYPES)
    assert ("Chiara Benedetti", "PERSON") in found and not any(v == "Intestato" for v, _ in found), found


def test_foreign_thanks_before_a_name_is_no_name() -> None:
    assert [f for f in found_of_types("Grazie a Luca per la pazienza.", TYPES) if f[1] == "PERSON"] == \
        [("Luca", "PERSON")]


def test_staying_at_a_persons_home_is_still_a_name() -> None:
    assert ("Maria", "PERSON") in found_of_types("Tonight I'm staying at Maria's, she lives nearby.", TYPES)


def test_reply_addressing_someone_is_no_address() -> None:
    turns = ["My address is 12 Rosebank Road, Kelso TD5 7AA.", "Yes, Mr Hume, I can see the note from Anna."]
    found = detect_conversation(turns)
    assert [d for d in found[1] if d.entity_type == "STREET_ADDRESS"] == []


def test_the_one_confirming_an_address_is_no_address() -> None:
    turns = ["so the address we have is twelve mill lane hexham", "yeah that's the one"]
    found = detect_conversation(turns)
    assert [d for d in found[1] if d.entity_type == "STREET_ADDRESS"] == []
    assert any(d.entity_type == "STREET_ADDRESS" for d in found[0])


def test_middle_name_that_is_a_word() -> None:
    assert _persons(["my name is elif can yildirim and i want to pay today"], 0) == ["elif can yildirim"]
    assert _persons(["my name is ali can i pay by card"], 0) == ["ali"]


def test_relative_named_after_my_kin_is() -> None:
    assert "naomi rosenthal" in _persons(["my aunt is naomi rosenthal i deal with her post"], 0)
    assert _persons(["my husband is unwell so i'm calling"], 0) == []


def test_name_after_daughter_of() -> None:
    turns = ["hello i'm the son of miriam adler who died in june"]
    assert "miriam adler" in _persons(turns, 0)


def test_spoken_po_box_with_office_code() -> None:
    found = found_of_types("please post it to p o box four four two one dash zero zero one zero zero nairobi", TYPES)
    assert any(t == "STREET_ADDRESS" and "dash zero zero one zero zero" in v for v, t in found), found


def test_house_number_suffix_after_a_space() -> None:
    found = found_of_types("Mijn oude adres: Lindengracht 14 hs, 1015 KH Amsterdam.", TYPES)
    assert any(t == "STREET_ADDRESS" and "1015 KH Amsterdam" in v for v, t in found), found


def test_no_name_for_a_word_before_calling_about() -> None:
    assert _persons(["this is automated calling about a missed payment"], 0) == []
