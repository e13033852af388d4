"""Kinds of error first seen on blind sets 5 and 6, with sentences of our own: hyphenated names that a greeting
or the NER cut short, a common-word name after 'hi i'm', firms and branches taken for people, spoken answers to an
address question that are only place words, '-straße' streets read with German numbers, and addresses after
'courier/send ... to'. Every value is made up."""

from __future__ import annotations

import pytest
from pii_helpers import found_of_types

from analyzers.pii.conversation import detect_conversation


@pytest.mark.parametrize(("text", "name"), [
    ("Hello Chidinma Okafor-Ellis, your next instalment is due on Friday.", "Chidinma Okafor-Ellis"),
    ("The second card holder is Seo-yeon Kim, she asked us to call back.", "Seo-yeon Kim"),
])
def test_hyphenated_names_are_whole(text: str, name: str) -> None:
    assert (name, "PERSON") in found_of_types(text, {"PERSON"})


def test_common_word_name_after_hi_im() -> None:
    text = "hi i'm hope i'm phoning about my sister's loan"
    assert ("hope", "PERSON") in found_of_types(text, {"PERSON"})


@pytest.mark.parametrize("text", [
    "I used to work for Procter & Gamble before the layoffs.",
    "My pension is with Standard Life so I can't draw on it yet.",
    "The Whitechapel branch told me to ring you instead.",
    "i think my mum paid it last week",
    "Kia ora, just checking the balance on my account.",
    "Y'all sent me two letters this month.",
])
def test_not_people(text: str) -> None:
    assert found_of_types(text, {"PERSON"}) == []


def test_two_given_names_joined_by_ampersand_stay_people() -> None:
    found = found_of_types("The account is shared by Maria & Tomasz.", {"PERSON"})
    assert ("Maria", "PERSON") in found and ("Tomasz", "PERSON") in found


@pytest.mark.parametrize("answer", [
    "plot nine sunrise gardens estate block c nairobi",
    "knockbrack lower ballymore county westmeath",
])
def test_spoken_answer_to_address_question(answer: str) -> None:
    dets = detect_conversation(["thanks and can you confirm your home address", answer])[1]
    assert [(answer[d.start:d.end], d.entity_type) for d in dets] == [(answer, "STREET_ADDRESS")]


def test_spoken_refusal_to_address_question_is_no_address() -> None:
    assert detect_conversation(["and what's the address on file", "i'd rather not give that out"])[1] == []


def test_spoken_german_street_with_german_numbers() -> None:
    text = "it's schillerstraße vier one zero one one seven berlin"
    found = found_of_types(text, {"STREET_ADDRESS", "PERSON"})
    assert found == [("schillerstraße vier one zero one one seven berlin", "STREET_ADDRESS")]


def test_address_after_courier_to_ends_before_sign_off() -> None:
    text = "pls courier the closure letter to Flat 3B, Lotus Apartments, Baner, Pune 411045 - Meera Joshi"
    found = found_of_types(text, {"STREET_ADDRESS", "PERSON"})
    assert ("Flat 3B, Lotus Apartments, Baner, Pune 411045", "STREET_ADDRESS") in found
    assert ("Meera Joshi", "PERSON") in found


def test_capital_state_code_that_is_a_word_closes_the_address() -> None:
    text = "Post it to 77 Lakeshore Road, Kingston, ON K7L 2Z4 please."
    assert found_of_types(text, {"STREET_ADDRESS"}) == [("77 Lakeshore Road, Kingston, ON K7L 2Z4",
                                                         "STREET_ADDRESS")]
