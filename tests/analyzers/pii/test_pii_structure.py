"""Kinds of error that blind sets kept showing, tested by mechanism: names in transcripts need a name's position,
spoken addresses in other languages are found by structure, written addresses as comma-separated parts after a
cue, the means of payment is no person, and an address stops before the name after it. Every value is made up."""

from __future__ import annotations

import pytest
from pii_helpers import found_of_types

from analyzers.pii.conversation import detect_conversation
from analyzers.pii.name_evidence import spoken_name_span


def _typed(turns: list[str], kind: str) -> list[str]:
    return [t[d.start:d.end] for t, dets in zip(turns, detect_conversation(turns), strict=True)
            for d in dets if d.entity_type == kind]


# Lower-case turns of other languages with no name in them: the NER's guesses stand where no name is said.
NO_NAME_IN_TRANSCRIPT = [
    "quiero saber cuanto debo todavia y si puedo pagar menos este mes",
    "bisa kirim lewat transfer bank nanti sore ya",
    "namaste am i late for the payment this month",
    "il faut que je paie avant vendredi sinon ils coupent",
]


@pytest.mark.parametrize("text", NO_NAME_IN_TRANSCRIPT)
def test_no_person_without_a_name_position(text: str) -> None:
    assert found_of_types(text, {"PERSON"}) == []


# The same transcripts with a name where names are said: after a cue, a title, a kinship word, as the answer.
NAME_IN_POSITION = [
    ("hola buenas tardes soy graciela mondragón llamo por la cuota", "graciela mondragón"),
    ("it's for my uncle teodoro valdivieso he can't come to the phone", "teodoro valdivieso"),
    ("am i speaking with oyelaran adebayo", "oyelaran adebayo"),
]


@pytest.mark.parametrize(("text", "name"), NAME_IN_POSITION)
def test_person_in_a_name_position(text: str, name: str) -> None:
    found = [v for v, _ in found_of_types(text, {"PERSON"})]
    assert any(name in v or v in name and len(v) > 3 for v in found), found


def test_span_evidence_directly() -> None:
    text = "la verdad compré la mesa a plazos"
    s = text.index("compré")
    assert spoken_name_span(text, s, s + len("compré la")) is None
    text = "yes this is ramona quispe"
    s = text.index("ramona")
    assert spoken_name_span(text, s, len(text)) == (s, len(text))


# Spoken addresses with house numbers in words of other languages.
SPOKEN_ADDRESSES = [
    ("mi dirección es avenida los olivos cuatrocientos doce departamento tres arequipa",
     "avenida los olivos cuatrocientos doce departamento tres arequipa"),
    ("agora moro na rua das flores duzentos e trinta casa dois recife", "rua das flores duzentos e trinta"),
    ("alamat saya jalan melati nomor tujuh belas rt dua bandung", "jalan melati nomor tujuh belas"),
    ("j'habite au cent quatre rue des lilas lyon", "rue des lilas"),
]


@pytest.mark.parametrize(("text", "part"), SPOKEN_ADDRESSES)
def test_spoken_address_by_structure(text: str, part: str) -> None:
    found = [v for v, _ in found_of_types(text, {"STREET_ADDRESS"})]
    assert any(part in v for v in found), found


def test_number_words_alone_are_no_address() -> None:
    assert found_of_types("pagué dieciocho meses sin intereses en la tienda", {"STREET_ADDRESS"}) == []


def test_comma_parts_after_a_cue() -> None:
    text = "Please send the letters to Maison Bleue, Chemin du Moulin, Ballaigues, 1338 Vaud."
    assert [v.rstrip(".") for v, _ in found_of_types(text, {"STREET_ADDRESS"})] == [
        "Maison Bleue, Chemin du Moulin, Ballaigues, 1338 Vaud"]


def test_comma_parts_as_the_answer_to_an_address_question() -> None:
    turns = ["What's the address on the account?", "Tawfiq Road 7/2, Amman 11183"]
    assert any("Tawfiq Road 7/2" in v for v in _typed(turns, "STREET_ADDRESS"))


def test_a_town_alone_is_no_address() -> None:
    assert found_of_types("We moved to Porto last spring.", {"STREET_ADDRESS"}) == []


@pytest.mark.parametrize("text", ["I usually pay by Paysello on Fridays.", "she pays with kurupay every month",
                                  "My Zenda card was declined again."])
def test_means_of_payment_is_no_person(text: str) -> None:
    assert found_of_types(text, {"PERSON"}) == []


def test_address_ends_before_the_name_after_it() -> None:
    text = "New address: Rua Augusta 88, 1100-053 Lisboa.\nIlídia Marques Serrano"
    people = [v for v, _ in found_of_types(text, {"PERSON"})]
    assert any("Ilídia" in v for v in people), people
