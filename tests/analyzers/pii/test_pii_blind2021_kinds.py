"""Kinds of name and address mistakes the twentieth and twenty-first blind sets showed, in sentences of our own (every
value is made up): a name found again as a possessive an ASR writes without its apostrophe ('ingas permission'), the
person asked about holding the account ('is <name> the account holder'), 'full name' however the question puts it, a
spelling whose last 'o' runs into 'first name', the name after 'my <relative>s account', a given name said twice,
Gaelic 'mac an' inside 'is that ...', a cued name of three words ending in a facility word ('it's jae min hall'); a
street word before the house number closing the street's name said before it ('... allee'), Croatian and Polish
spoken numbers and flat words, Korean road-name addresses, a unit named by its letter alone, Indian street words
after the name; and what is no name or number: a small employer ('... Bakery'), a one-word answer to a question for a
town, a reference with a letter prefix."""

from __future__ import annotations

import pytest
from pii_helpers import found_of_types

from analyzers.pii.conversation import detect_conversation
from analyzers.pii.spoken import normalise_spoken


def _values(turns: list[str], turn: int, entity: str) -> list[str]:
    found = detect_conversation(turns)
    return [turns[turn][d.start:d.end] for d in found[turn] if d.entity_type == entity]


NAMES = [
    # a name said again as a possessive without the apostrophe
    (["its my aunt ingrid she asked me to ring", "okay we need ingrids consent first"], 1, "ingrid"),
    # whether the person asked about holds the account
    (["is farida the account holder", "yes she is"], 0, "farida"),
    # 'full name' after another detail in the same question
    (["can i have your postcode and full name", "sure its radoslav petrovich ilyin"], 1, "radoslav petrovich ilyin"),
    # the spelling's last 'o' before 'first name' is a letter, not 'zero' with 'first'
    (["spell the surname please", "its romano r o m a n o first name is liesel"], 1, "romano r o m a n o"),
    # the Gaelic article inside a patronymic
    (["hello is that ciarán nic an bhaird"], 0, "ciarán nic an bhaird"),
    # a cued name of three words that ends in 'hall' is a person's, not a building
    (["it's jae min hall and i need to move my payment"], 0, "jae min hall"),
    # the relative whose account it is, then the name
    (["im calling about my brothers account mateus hes abroad"], 0, "mateus"),
    # a given name said twice before the family name
    (["sorry its for my wife no its rafael rafael medeiros"], 0, "rafael medeiros"),
]


@pytest.mark.parametrize(("turns", "turn", "name"), NAMES)
def test_names_are_found(turns: list[str], turn: int, name: str) -> None:
    assert any(name in v for v in _values(turns, turn, "PERSON")), _values(turns, turn, "PERSON")


def test_possessive_that_is_a_word_is_no_name() -> None:
    # 'thi' of a Vietnamese name plus 's' is 'this'
    assert _values(["may i speak with tran thi mai", "yes this is mai speaking"], 1, "PERSON") == ["mai"]


def test_first_name_after_spelling_is_no_number() -> None:
    assert "first name" in normalise_spoken("its leo l e o first name is ada").text


ADDRESSES = [
    # the street's name before a street word that can open a street too
    ("it's rosenthaler allee twenty two leipzig", "rosenthaler allee twenty two leipzig"),
    # Croatian numbers and 'stan' (flat)
    ("nova adresa ulica vukovarska trideset osam stan dva split", "ulica vukovarska trideset osam stan dva split"),
    # Polish numbers and 'mieszkanie' (flat)
    ("adres to ulica polna dwanaście mieszkanie pięć", "ulica polna dwanaście mieszkanie pięć"),
    # a Korean road-name address, its side road, building number and flat
    ("새 주소는 대전광역시 유성구 대학로 7번길 15, 301호 입니다", "대전광역시 유성구 대학로 7번길 15, 301호"),
    # a unit named by its letter alone, then the town and ZIP code
    ("we're at two two one cedar road unit c salem oregon nine seven three zero one now",
     "two two one cedar road unit c salem oregon nine seven three zero one"),
    ("Send it to 14 Mill Road, Flat D, Leeds LS6 2AB please", "14 Mill Road, Flat D, Leeds LS6 2AB"),
    # an Indian street word after the name, and the town before a clause about the address
    ("plot nine tilak marg civil lines jaipur three zero two zero zero six thats where i live",
     "tilak marg civil lines jaipur three zero two zero zero six"),
]


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_addresses_are_covered_whole(text: str, address: str) -> None:
    found = [v for v, t in found_of_types(text, {"STREET_ADDRESS"}) if t == "STREET_ADDRESS"]
    assert any(address in v for v in found), found


def test_unit_article_and_clause_stay_out() -> None:
    found = [v for v, _ in found_of_types("its 12 oak street unit a lot of people", {"STREET_ADDRESS"})]
    assert found == ["12 oak street"]
    found = [v for v, _ in found_of_types("i live at 22 baker street london thats my home", {"STREET_ADDRESS"})]
    assert found == ["22 baker street london"]


def test_reference_with_a_letter_prefix_is_no_phone() -> None:
    assert found_of_types("Your reference is QR-2024-118907. Pay at any Post Office.", {"PHONE_NUMBER"}) == []


def test_street_word_after_a_cue_keeps_the_cue_out() -> None:
    found = [v for v, _ in found_of_types("its rosenthaler allee twenty two", {"STREET_ADDRESS"})]
    assert found == ["rosenthaler allee twenty two"]


@pytest.mark.parametrize("text", ["Sunrise Valley Bakery is my employer and pays on Fridays.",
                                  "I work at the Blue Door Cafe most weekends."])
def test_small_employer_is_no_person(text: str) -> None:
    assert found_of_types(text, {"PERSON"}) == []


def test_town_answer_is_no_person() -> None:
    turns = ["Which town is that in, roughly?", "It's Galway."]
    assert _values(turns, 1, "PERSON") == []


def test_name_question_with_a_town_still_names() -> None:
    turns = ["Your name and town, please?", "It's Orla."]
    assert _values(turns, 1, "PERSON") == ["Orla"]


def test_spoken_number_words_alone_are_no_address() -> None:
    assert found_of_types("i paid pet last week and the vet was fine", {"STREET_ADDRESS"}) == []
