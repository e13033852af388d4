"""Capitalised words that are not people by the words around them: greetings and sentences of other languages,
brands before goods or as the shop one is 'at', places one is 'in', buildings, payment brands listed together,
products a letter 'said'; and the names beside them that must still be found. Every value is made up."""

from __future__ import annotations

import pytest
from pii_helpers import found_of_types

from analyzers.pii.conversation import detect_conversation

NOT_PEOPLE = [
    "Guten Morgen. Ich möchte meine Rechnung heute bezahlen.",
    "I returned the Calvin Klein belt last week.",
    "I bought it at Karen Millen and Hugo Boss in March.",
    "She's staying in Florence until Friday.",
    "Call after six, I'm working at the Princess Alexandra Hospital.",
    "I pay with Klarna or Zilch.",
    "The email said Smart Saver Extra was included.",
    "My wife usually pays on Fridays.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_context_makes_it_no_person(text: str) -> None:
    assert found_of_types(text, {"PERSON"}) == []


# The name stays, the greeting or phrase of another language around it does not.
NAMES_AMID_OTHER_WORDS = [
    ("Bom dia, aqui é Renata Vasconcelos.", "Renata Vasconcelos"),
    ("Selamat pagi, nama saya Dewi Lestari.", "Dewi Lestari"),
    ("buenos dias soy pedro alvarez", "pedro alvarez"),
    # 'the <surname> <noun>' is the person unless the noun is goods
    ("The Kowalski account is overdue.", "Kowalski"),
    ("Unlike the Okafor book, this one is short.", "Okafor"),
    ("Is this Ana Lima calling?", "Ana Lima"),
]


@pytest.mark.parametrize(("text", "name"), NAMES_AMID_OTHER_WORDS)
def test_name_found_without_the_words_around_it(text: str, name: str) -> None:
    assert found_of_types(text, {"PERSON"}) == [(name, "PERSON")]


def test_name_said_before_the_street_keeps_its_own_tag() -> None:
    text = "hola soy lucia fernandez mi direccion es calle mayor twenty two madrid"
    found = found_of_types(text, {"PERSON", "STREET_ADDRESS"})
    assert found[0][1] == "PERSON" and found[0][0].startswith("lucia fernandez")
    assert ("calle mayor twenty two madrid", "STREET_ADDRESS") in found


def test_address_of_the_turn_before_does_not_run_into_a_reply() -> None:
    turns = ["My address is 5 Elm Grove, Bristol BS1 4DJ", "Great, thank you for checking."]
    assert detect_conversation(turns)[1] == []
