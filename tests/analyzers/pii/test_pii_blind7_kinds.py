"""Kinds of error first seen on blind set 7, with sentences of our own: indefinite pronouns after a cue, a name
that is an English word said again where its bearer is addressed, 'hi its X' in written text, spans with digits,
kin words of other languages, places one writes from, 'first name X', names inside an address, and the name
before 'and' answering a question for the name and more. Every value is made up."""

from __future__ import annotations

import pytest
from pii_helpers import found_of_types

from analyzers.pii.conversation import detect_conversation


def _conv(turns: list[str]) -> list[list[tuple[str, str]]]:
    return [[(t[d.start:d.end], d.entity_type) for d in dets]
            for t, dets in zip(turns, detect_conversation(turns), strict=True)]


@pytest.mark.parametrize("text", [
    "i already talked to somebody last week about the arrears",
    "yeah i spoke with anyone who picked up and nobody could help",
    "Please ask for someone in the hardship team.",
])
def test_indefinite_pronouns_are_no_people(text: str) -> None:
    found = found_of_types(text, {"PERSON"})
    assert not any(v.lower() in {"somebody", "anyone", "nobody", "someone"} for v, _ in found)


def test_common_word_name_found_again_where_addressed() -> None:
    turns = ["hi this is hope mwangala calling about my card",
             "thanks hope let me pull up the account",
             "you have a hope of clearing it by june"]
    out = _conv(turns)
    assert ("hope", "PERSON") in out[1]
    assert out[2] == []


def test_common_word_name_not_found_in_ordinary_use() -> None:
    turns = ["hello it's grace okonjo here",
             "is there a grace period on the loan",
             "no grace period i'm afraid"]
    out = _conv(turns)
    assert not any(v == "grace" for v, _ in out[1] + out[2])


def test_common_word_name_not_marked_before_it_was_said() -> None:
    turns = ["okay, grace", "hi this is grace adeyemi"]
    assert ("grace", "PERSON") not in _conv(turns)[0]


def test_written_hi_its_single_name() -> None:
    text = "hi its Wanjiru, my landlord asked me to sort this out before Friday. I can pay some now"
    assert ("Wanjiru", "PERSON") in found_of_types(text, {"PERSON"})


@pytest.mark.parametrize("text", [
    "ok please quote reference REF-40417 when you pay",
    "I am writing about invoice 55120-B. Thanks.",
])
def test_spans_with_digits_are_no_people(text: str) -> None:
    assert not any(any(ch.isdigit() for ch in v) for v, _ in found_of_types(text, {"PERSON"}))


@pytest.mark.parametrize(("text", "name"), [
    ("i'm ringing on behalf of my kuia aroha tawhiri", "aroha tawhiri"),
    ("I'm calling for my lola Corazon Dimaculangan about her loan.", "Corazon Dimaculangan"),
    ("it's about my abuela rosario quispe's account", "rosario quispe"),
])
def test_kin_words_of_many_languages_cue_names(text: str, name: str) -> None:
    found = [v for v, _ in found_of_types(text, {"PERSON"})]
    assert any(name in v for v in found), found


@pytest.mark.parametrize(("text", "name", "place"), [
    ("I'm Tomás Herrera, writing from Montevideo. Please send the statement.", "Tomás Herrera", "Montevideo"),
    ("Hi, Ngozi Eze here, calling from Port Harcourt about my balance.", "Ngozi Eze", "Port Harcourt"),
    ("Sofía Ruiz based in Guadalajara wants a payment plan.", "Sofía Ruiz", "Guadalajara"),
])
def test_place_written_from_is_no_person(text: str, name: str, place: str) -> None:
    found = [v for v, _ in found_of_types(text, {"PERSON"})]
    assert place not in found
    assert any(name in v for v in found), found


def test_brand_intro_name_kept() -> None:
    found = [v for v, _ in found_of_types("Hi, this is Darnell from Crestline Finance.", {"PERSON"})]
    assert "Darnell" in found


def test_first_name_without_is() -> None:
    turns = ["could you spell your last name please",
             "yes it's wozniakowski w o z n i a k o w s k i first name bartosz"]
    assert ("bartosz", "PERSON") in _conv(turns)[1]


def test_person_inside_address_dropped() -> None:
    text = "Yeni adresim: Bağdat Cad. No: 112 Daire: 4, 34728 Maltepe/Ankara. Teşekkürler."
    found = found_of_types(text, {"PERSON", "STREET_ADDRESS"})
    assert ("Ankara", "PERSON") not in found
    assert any(t == "STREET_ADDRESS" and v.endswith("Maltepe/Ankara") for v, t in found), found


def test_name_answer_followed_by_more_details() -> None:
    turns = ["before we start can i take your full name and date of birth",
             "sarah kelly and it's the third of june eighty four"]
    assert ("sarah kelly", "PERSON") in _conv(turns)[1]


def test_name_answer_followed_by_a_date() -> None:
    turns = ["can i confirm your full name and date of birth please",
             "tran thi mai second of july nineteen ninety"]
    assert ("tran thi mai", "PERSON") in _conv(turns)[1]


def test_spoken_town_tail_before_correct() -> None:
    text = "so that's flat two nine eighty high street carlton victoria three zero five three correct"
    found = found_of_types(text, {"STREET_ADDRESS"})
    assert any(v.endswith("three zero five three") for v, _ in found), found


def test_german_floor_in_address_tail() -> None:
    text = "Meine neue Adresse: Bergmannstraße 12, 2. OG rechts, 10961 Berlin. Danke."
    found = found_of_types(text, {"STREET_ADDRESS"})
    assert ("Bergmannstraße 12, 2. OG rechts, 10961 Berlin", "STREET_ADDRESS") in found, found


@pytest.mark.parametrize(("text", "name"), [
    ("I got a text from Florence about the bill.", "Florence"),
    ("There was a call from Sydney Walker this morning.", "Sydney Walker"),
])
def test_person_after_bare_from_kept(text: str, name: str) -> None:
    assert (name, "PERSON") in found_of_types(text, {"PERSON"})
