"""Kinds of mistakes the thirteenth blind set showed, in sentences of our own (every value is made up): cues as an
ASR writes them without apostrophes ('its', 'im', 'thats'), fillers after a greeting, the name the account is in,
the name one goes by, a name answering 'who am I speaking to' followed by who the speaker is, a name read back for
confirmation, initials opening a sign-off, a French 'c'est' before a full name, a courtesy word before a name that
is no brand; Japanese, Turkish and Indian sector addresses; and look-alikes: a card's 'ending' digits, what a name
on an account is said to be, apostrophe-less contractions, another language's word before 'address'."""

from __future__ import annotations

import pytest
from pii_helpers import found_of_types

from analyzers.pii.conversation import detect_conversation
from tests.analyzers.pii.pii_cases import found_of

TYPES = {"PERSON", "STREET_ADDRESS"}


SPOKEN_NAMES = [
    (["hi its aoife o'donnell ringing about the overdue bill"], "aoife o'donnell"),
    (["im li mei hua and i moved house last month"], "li mei hua"),
    (["hi yeah its thandeka ndlovu i got your letter"], "thandeka"),
    (["the name on the account is inti mamani but i pay it"], "inti mamani"),
    (["my names bolat nurpeisov"], "bolat nurpeisov"),
    (["okay who am i speaking to", "aroha te whata ngata im his daughter"], "aroha te whata ngata"),
    (["this is for losa fifita she asked me to call"], "losa fifita"),
    (["okay so i have hemi walker is that correct"], "hemi walker"),
]


@pytest.mark.parametrize(("turns", "name"), SPOKEN_NAMES)
def test_spoken_names_after_asr_cues(turns: list[str], name: str) -> None:
    persons = found_of(turns, len(turns) - 1, "PERSON")
    assert any(p.startswith(name) for p in persons), persons


def test_name_one_goes_by() -> None:
    assert "tupi" in found_of(["the name on the account is tupac huaman but he goes by tupi"], 0, "PERSON")


def test_contraction_is_never_a_name() -> None:
    assert found_of(["who am i speaking with", "its just aroha"], 1, "PERSON") == ["aroha"]


SPOKEN_NOT_NAMES = [
    "its about my bill from march",
    "im calling about the payment plan",
    "im unemployed right now so its hard",
    "the name on the account is wrong",
    "the name on the account is misspelled on the letter",
    "so thats two hundred right",
    "its for the car loan",
]


@pytest.mark.parametrize("text", SPOKEN_NOT_NAMES)
def test_spoken_look_alikes_are_no_names(text: str) -> None:
    assert found_of([text], 0, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Regards, J.-P. Delacroix", "J.-P. Delacroix"),
    ("Hi, Wiratmoko here, the form keeps rejecting my single name.", "Wiratmoko"),
    ("Bonsoir, c'est Anne-Sophie Gagnon, je voulais payer demain.", "Anne-Sophie Gagnon"),
])
def test_written_names(text: str, name: str) -> None:
    assert (name, "PERSON") in found_of_types(text, TYPES)


ADDRESSES = [
    ("Yes, it's 4-8-2 Nishi-Ogikubo, Suginami-ku, Tokyo 167-0053.", "4-8-2 Nishi-Ogikubo, Suginami-ku"),
    ("please post it to three chome eight banchi two chuo ku sapporo zero six zero zero zero four two",
     "three chome eight banchi two chuo ku sapporo"),
    ("Yeni adresim Cumhuriyet Mah. Lale Sok. No:14 D:5, 06420 Çankaya/Ankara.", "Cumhuriyet Mah. Lale Sok. No:14"),
    ("ok so its b one hundred and four sector twenty two gurgaon one two two zero one five",
     "b one hundred and four sector twenty two gurgaon"),
    ("Please send it to C-118, Sector 62, Noida 201309.", "C-118, Sector 62, Noida 201309"),
]


@pytest.mark.parametrize(("text", "part"), ADDRESSES)
def test_regional_address_shapes(text: str, part: str) -> None:
    found = found_of_types(text, TYPES)
    assert any(t == "STREET_ADDRESS" and part in v for v, t in found), found


def test_word_before_another_languages_address_is_no_name() -> None:
    found = found_of_types("Yeni adresim Cumhuriyet Mah. Lale Sok. No:14 D:5, 06420 Çankaya/Ankara.", TYPES)
    assert [v for v, t in found if t == "PERSON"] == [], found


def test_one_capitalised_word_after_cest_is_no_name() -> None:
    assert [v for v, t in found_of_types("C'est Lyon qui a le dossier, pas nous.", TYPES) if t == "PERSON"] == []


def test_card_ending_digits_are_no_security_code() -> None:
    found = detect_conversation(["can you confirm the last four digits of the card ending three eight one six"])
    assert found == [[]], found
