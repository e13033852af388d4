"""Kinds of mistakes the ninth and tenth blind sets showed, in sentences of our own (every value is made up):
look-alikes of names (a courier named in apposition, a hotel after 'at the', a firm's name before 'Consultancy', an
imperative verb opening a sentence, the first word of a sentence in another language, a verb after 'i spoke to'),
look-alikes of addresses (a reference code after a floor word, a reply that confirms an address read out), and
names and addresses said in shapes not met before."""

from __future__ import annotations

import pytest
from pii_helpers import found_of_types

from analyzers.pii.conversation import detect_conversation

TYPES = {"PERSON", "STREET_ADDRESS"}

NOT_PII = [
    "The carrier, Parcelnet, dropped the box at the sorting office in Leeds.",
    "We were booked at the Radisson in Oslo, so the letter never reached me.",
    "My wages from Mehta Technologies land on the fifth of each month.",
    "Mark them both as paid once the money clears, please.",
    "Vi kan betala resten nästa vecka om det går bra.",
    "the lady i talked to told me the fee was waived",
    "Please quote reference FL-77120934 when you pay.",
]


@pytest.mark.parametrize("text", NOT_PII)
def test_look_alikes_are_no_names_or_addresses(text: str) -> None:
    assert found_of_types(text, TYPES) == []


def test_reply_confirming_an_address_is_no_address() -> None:
    turns = ["so that is still twenty two rue des lilas sixty nine zero zero three lyon", "yes that's still right"]
    found = detect_conversation(turns)
    assert [d for d in found[1] if d.entity_type == "STREET_ADDRESS"] == []
    assert any(d.entity_type == "STREET_ADDRESS" for d in found[0])


NAMES = [
    ("yes oluwaseun adeyemi the address is nine the maltings kilkenny", "oluwaseun adeyemi"),
    ("hello this is tenzin dorji my address is four elm road reading", "tenzin dorji"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_name_said_before_the_address_cue(text: str, name: str) -> None:
    assert (name, "PERSON") in found_of_types(text, TYPES)


ADDRESSES = [
    ("please send it to rural route two site nine box four truro", "rural route two site nine box four"),
    ("i live at eight dash three laisves prospektas kaunas", "eight dash three laisves prospektas"),
    ("it's aoife byrne the address is the mill house ballyhale county kilkenny",
     "the mill house ballyhale county kilkenny"),
    ("we moved to two oh three dong eleven oh two ho sunrise apartments", "two oh three dong eleven oh two ho"),
    ("Blk 415 Bedok North Avenue 2, #05-118, Singapore 460415 is where I am.", "Blk 415 Bedok North Avenue 2"),
    ("its nine stroke three sixty king street aberdeen", "nine stroke three sixty king street"),
    ("we are at eight banksia road lot two alice springs", "eight banksia road lot two alice springs"),
]

# Floor and side parts of Denmark, Spain and Portugal, and a letter flat, keep the address running to its town.
WRITTEN_TAILS = [
    ("Skriv til Vesterbrogade 40, 2. th., 1620 København V tak.", "2. th., 1620 København V"),
    ("Envíelo a Calle Alcalá 88, 4º dcha., 28009 Madrid por favor.", "4º dcha., 28009 Madrid"),
    ("Morada: Rua Augusta 15, 1.º Dto., 1100-053 Lisboa.", "1.º Dto., 1100-053 Lisboa"),
    ("Dirección: Av. Santa Fe 1200, piso 3, depto. B, C1059ABT CABA", "depto. B, C1059ABT CABA"),
]


@pytest.mark.parametrize(("text", "tail"), WRITTEN_TAILS)
def test_floor_and_side_stay_in_the_address(text: str, tail: str) -> None:
    found = found_of_types(text, TYPES)
    assert any(t == "STREET_ADDRESS" and tail in v for v, t in found), found


def test_town_after_spanish_en_is_no_name() -> None:
    found = found_of_types("Buenas, soy Ainhoa Zubiri y vivo en Getxo.", TYPES)
    assert ("Ainhoa Zubiri", "PERSON") in found and not any(v == "Getxo" for v, _ in found), found


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_address_shapes(text: str, address: str) -> None:
    found = found_of_types(text, TYPES)
    assert any(t == "STREET_ADDRESS" and address in v for v, t in found), found


def test_hyphened_given_name_before_a_family_name_that_is_a_word() -> None:
    found = found_of_types("The card is for Min-seo Park, my cousin, not for me.", TYPES)
    assert ("Min-seo Park", "PERSON") in found, found
    assert found_of_types("Use the Check-in Desk by the Walk-in Clinic.", TYPES) == []


def test_spoken_town_before_a_closing_time_word() -> None:
    found = found_of_types("we're at nine dash two gedimino prospektas kaunas now", TYPES)
    assert ("nine dash two gedimino prospektas kaunas", "STREET_ADDRESS") in found, found
