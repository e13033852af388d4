"""Names and addresses side by side in one turn: an address ends at its sentence's full stop so the name said
next keeps its own tag, names said in a greeting or as the answer to a name question, and spoken addresses
recognised by their structure ('the crescent', numbered lots and blocks, a postcode spelt out).

Every value here is made up for the test.
"""

from __future__ import annotations

import pytest
from pii_helpers import found_of_types, hits_covering

from analyzers.pii.conversation import detect_conversation


@pytest.mark.parametrize(("text", "address", "name"), [
    ("44 Harbour View Road, Wexford, Ireland. Niamh Gallagher speaking.", "44 Harbour View Road, Wexford",
     "Niamh Gallagher"),
    ("Kungsgatan 12 lgh 1204, 411 19 Göteborg. The account is under Annika Berglund.",
     "Kungsgatan 12 lgh 1204, 411 19 Göteborg", "Annika Berglund"),
    ("Send it to House No. 3, Ring Road, Kumasi, AK-039-5521. Yaw Mensah, thanks.", "Ring Road, Kumasi", "Yaw Mensah"),
])
def test_address_stops_at_the_sentence_before_a_name(text: str, address: str, name: str) -> None:
    assert hits_covering(text, "STREET_ADDRESS", address)
    assert hits_covering(text, "PERSON", name)
    assert not hits_covering(text, "STREET_ADDRESS", name)


def test_abbreviation_dot_does_not_end_the_address() -> None:
    text = "Alamat saya Jl. Melati No. 9, RT 02/RW 07, Kel. Sukajadi, Bandung 40162."
    assert hits_covering(text, "STREET_ADDRESS", "Kel. Sukajadi, Bandung 40162")


def test_apartment_abbreviation_and_canadian_postcode() -> None:
    text = "Mon adresse: 88 rue Champlain, app. 14, Gatineau QC J8X 2K5."
    assert hits_covering(text, "STREET_ADDRESS", "88 rue Champlain, app. 14, Gatineau QC J8X 2K5")


def test_norwegian_gate_needs_its_postcode_or_town() -> None:
    assert hits_covering("Please write to Olavs gate 14, 5015 Bergen.", "STREET_ADDRESS", "Olavs gate 14, 5015 Bergen")
    assert not found_of_types("We board at Heathrow gate 22 tomorrow.", {"STREET_ADDRESS"})


@pytest.mark.parametrize(("text", "name"), [
    ("hello it's rose i'm ringing about the letter you sent", "rose"),
    ("yeah hi it's jack doyle calling back about the arrears", "jack doyle"),
])
def test_name_in_opening_greeting(text: str, name: str) -> None:
    assert hits_covering(text, "PERSON", name)


@pytest.mark.parametrize("text", ["hi it's about my bill from march", "hello it's fine i paid already"])
def test_opening_greeting_without_a_name(text: str) -> None:
    assert not found_of_types(text, {"PERSON"})


@pytest.mark.parametrize(("text", "name"), [
    ("sorry i mean sarah jennings that's the name on the loan", "sarah jennings"),
    ("the card is my wife's card sarah jennings", "sarah jennings"),
])
def test_name_spacy_and_shape_rule_agree_on_in_a_transcript(text: str, name: str) -> None:
    assert hits_covering(text, "PERSON", name)


def test_name_opening_the_answer_to_a_name_question() -> None:
    turns = ["Which name is on the account, please?", "Wiranto. Only one name, as is usual there."]
    dets = detect_conversation(turns)[1]
    assert any(d.entity_type == "PERSON" and turns[1][d.start:d.end] == "Wiranto" for d in dets)
    turns = ["What name is on the account?", "Mine. It was opened last year."]
    assert not [d for d in detect_conversation(turns)[1] if d.entity_type == "PERSON"]


@pytest.mark.parametrize(("text", "address"), [
    ("you can send it to fourteen the crescent mallow county cork", "fourteen the crescent mallow county cork"),
    ("it's block four lot nineteen barangay san roque quezon city", "block four lot nineteen barangay san roque"),
    ("the parcel went to number six church lane long melford c o ten nine d p yesterday",
     "number six church lane long melford c o ten nine d p"),
])
def test_spoken_address_by_structure(text: str, address: str) -> None:
    assert hits_covering(text, "STREET_ADDRESS", address)


@pytest.mark.parametrize("text", ["we paid fifty the way you said", "she got block three of the course done"])
def test_spoken_look_alikes_are_no_address(text: str) -> None:
    assert not found_of_types(text, {"STREET_ADDRESS"})


def test_date_of_birth_and_address_in_one_answer() -> None:
    turns = ["can i have your date of birth and address", "second of june seventy one and it's nine oak avenue leeds"]
    dets = detect_conversation(turns)[1]
    types = {turns[1][d.start:d.end]: d.entity_type for d in dets}
    assert types.get("second of june seventy one") == "DATE_OF_BIRTH"
    assert any(t == "STREET_ADDRESS" and "nine oak avenue" in v for v, t in types.items())
