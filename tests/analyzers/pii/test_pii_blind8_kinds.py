"""Kinds of error first seen on blind set 8, with sentences of our own: a written sign-off with a patronymic or
particle name ('bin', 'binti', 'a/l', 'van der'), the answer to 'your name and address' that runs from the name
straight into the street, and 'is that <name>' questions with Irish and other particles ('o', 'mac', 'de').
Every value is made up."""

from __future__ import annotations

import pytest
from pii_helpers import found_of_types

from analyzers.pii.conversation import detect_conversation
from analyzers.pii.recognizers.name_and_address import name_before_street


def _conv(turns: list[str]) -> list[list[tuple[str, str]]]:
    return [[(t[d.start:d.end], d.entity_type) for d in dets]
            for t, dets in zip(turns, detect_conversation(turns), strict=True)]


@pytest.mark.parametrize(("text", "name"), [
    ("please send the statement to Lot 5, Jalan Melur 3, 81200 Johor Bahru, Johor regards, Siti Aminah binti Yusof",
     "Siti Aminah binti Yusof"),
    ("I have moved, new address is 14 Kingfisher Road, Leeds LS6 2BX. Thanks, Ahmad Faizal bin Rahman",
     "Ahmad Faizal bin Rahman"),
    ("Can you stop the calls until Friday please. Kind regards, Ravi Kumar a/l Subramaniam",
     "Ravi Kumar a/l Subramaniam"),
    ("Payment went out this morning. Cheers, Pieter van der Merwe", "Pieter van der Merwe"),
    ("I will call back tomorrow. Best regards, Sigríður Helgadóttir", "Sigríður Helgadóttir"),
])
def test_sign_off_name_with_particles_is_one_person(text: str, name: str) -> None:
    found = found_of_types(text, {"PERSON", "STREET_ADDRESS"})
    assert (name, "PERSON") in found
    assert not any(t == "STREET_ADDRESS" and name in v for v, t in found)


def test_sign_off_does_not_take_an_address_part() -> None:
    text = "please update it to No. 3, Jalan Anggerik 7, 40150 Shah Alam, Selangor thanks, Farah binti Hassan"
    found = found_of_types(text, {"PERSON", "STREET_ADDRESS"})
    assert ("No. 3, Jalan Anggerik 7, 40150 Shah Alam, Selangor", "STREET_ADDRESS") in found
    assert ("Farah binti Hassan", "PERSON") in found


def test_thanks_without_a_name_is_no_person() -> None:
    assert found_of_types("I paid the balance yesterday. Thanks, Regards", {"PERSON"}) == []


@pytest.mark.parametrize(("turns", "name", "street"), [
    (["could you confirm your full name and address please",
      "kari nordmann olav kyrres gate fourteen a bergen five zero one five"],
     "kari nordmann", "olav kyrres gate fourteen a bergen five zero one five"),
    (["can i have your name and address",
      "yeah it's daniel price twenty two mill lane sheffield"],
     "daniel price", "twenty two mill lane sheffield"),
    (["and your name and address for the letter",
      "lucia fernandes rua augusta forty two lisboa"],
     "lucia fernandes", "rua augusta forty two lisboa"),
])
def test_name_running_into_the_address(turns: list[str], name: str, street: str) -> None:
    out = _conv(turns)
    assert (name, "PERSON") in out[1]
    assert any(t == "STREET_ADDRESS" and v.endswith(street.split()[-1]) and name not in v for v, t in out[1])


def test_address_only_answer_has_no_name() -> None:
    out = _conv(["can you confirm your name and address", "karl johans gate nine oslo"])
    assert not any(t == "PERSON" for _, t in out[1])


@pytest.mark.parametrize(("words", "n"), [
    ("ingrid berg thorvald meyers gate 7 oslo".split(), 2),
    ("oliver hale 9 park road".split(), 2),
    ("maria da silva avenida paulista 100".split(), 3),
    ("9 park road leeds".split(), 0),
    ("the one on the corner".split(), 0),
])
def test_name_before_street_split(words: list[str], n: int) -> None:
    assert name_before_street(words) == n


@pytest.mark.parametrize(("turns", "name"), [
    (["hello is that siobhan o neill", "yes speaking"], "siobhan o neill"),
    (["good morning is that ciaran mac giolla", "it is who's this"], "ciaran mac giolla"),
    (["am i speaking to joost van der berg", "yeah that's me"], "joost van der berg"),
    (["hi is this ana de souza", "yes"], "ana de souza"),
    (["Hello, is that Liam O Brien?", "Yes, who is calling?"], "Liam O Brien"),
])
def test_identity_question_names_with_particles(turns: list[str], name: str) -> None:
    out = _conv(turns)
    assert (name, "PERSON") in out[0]


@pytest.mark.parametrize("text", [
    "is that okay with you", "is that the full amount", "is that right", "is that something you can do",
    "is that alright for friday", "Is that Visa card still active?", "is that cheaper than before",
])
def test_is_that_questions_without_a_name(text: str) -> None:
    assert found_of_types(text, {"PERSON"}) == []
