"""Brands, products, organisations, places moved to and address words that the NER takes for people, judged by
category lists and the words around them; and address shapes of more regions (microdistricts, Vietnamese lanes,
Eircodes, Nordic postcodes, the Colombian grid, Caribbean parishes read out). Every value is made up."""

from __future__ import annotations

import pytest
from pii_helpers import found_of_types

NOT_PEOPLE = [
    # a BNPL brand that is also a given name, in a sentence about paying
    "I bought the sofa and paid with Tabby in four parts.",
    "Your Oney instalment of 40 euros bounced yesterday.",
    # mobile money, retail and fashion brands, an assistant ordering
    "I topped up through GCash and sent the rest via Airtel Money.",
    "The trainers were Calvin Klein from Harvey Norman and I returned them.",
    "siri ordered the charger on my card by accident",
    # a product's or plan's name, an organisation's name, an employer, a city one moves to
    "Is the Kauri Saver account still open?",
    "I paid at the Caixa Geral de Depósitos branch on Monday.",
    "My employer Petrobras has not paid me since March.",
    "We are moving to Winnipeg after the summer.",
    # address labels of other languages and a greeting of another language
    "Neue Adresse folgt morgen.",
    "Dia dhuit, I want to check my balance.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_brand_place_or_label_is_no_person(text: str) -> None:
    assert found_of_types(text, {"PERSON"}) == []


NAMES_KEPT = [
    # a given name that is also a brand stays a person when the sentence is not about paying with it
    ("I spoke with Tamara Okonkwo about my account.", "Tamara Okonkwo"),
    ("Thanks Alma, I'll call again tomorrow.", "Alma"),
    # a name before an address word keeps its tag and loses the words of the address
    ("hola soy camila reyes mi direccion es avenida sucre 45 quito", "camila reyes"),
]


@pytest.mark.parametrize(("text", "name"), NAMES_KEPT)
def test_name_beside_brand_or_address_words_is_kept(text: str, name: str) -> None:
    found = found_of_types(text, {"PERSON"})
    assert any(v.startswith(name) for v, _ in found), found


ADDRESSES = [
    ("My address is mkr. Aksay-4, d. 22, kv. 81, Almaty 050031.", "mkr. Aksay-4, d. 22, kv. 81, Almaty 050031"),
    ("Địa chỉ: Số 7, ngõ 15 Lê Thanh Nghị, Bách Khoa, Hai Bà Trưng, Hà Nội",
     "Số 7, ngõ 15 Lê Thanh Nghị, Bách Khoa, Hai Bà Trưng, Hà Nội"),
    ("Post it to Knockanore, Tallow, Co. Cork, P51 K2W9 please.", "Knockanore, Tallow, Co. Cork, P51 K2W9"),
    ("Skrifið á Bárugata 12, 101 Reykjavík takk.", "Bárugata 12, 101 Reykjavík"),
    ("Vivo en la Calle 72 # 10-34, Apto 501, Bogotá.", "Calle 72 # 10-34, Apto 501, Bogotá"),
    ("I live at Kneza Miloša 40, stan 5, 11000 Beograd", "Kneza Miloša 40, stan 5, 11000 Beograd"),
]


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_international_address_is_one_hit(text: str, address: str) -> None:
    found = [(v.rstrip("."), t) for v, t in found_of_types(text, {"STREET_ADDRESS", "PERSON"})]
    assert (address, "STREET_ADDRESS") in found, found


def test_spoken_parish_address_is_an_address_not_a_name() -> None:
    text = "send it to number four palm gap holetown saint james b b two four zero one five thanks"
    found = found_of_types(text, {"STREET_ADDRESS", "PERSON"})
    assert [t for _, t in found] == ["STREET_ADDRESS"], found
    assert found[0][0].startswith("number four palm gap")


def test_address_stops_at_a_new_sentence() -> None:
    text = "Carrera 15 # 88-20, Apto 3, Cali. Full name Andrés Murillo Rentería."
    found = found_of_types(text, {"STREET_ADDRESS", "PERSON"})
    assert ("Andrés Murillo Rentería", "PERSON") in found, found


def test_words_and_money_after_via_are_no_street() -> None:
    assert found_of_types("I sent 200 via Wave and another 300 by cash.", {"STREET_ADDRESS"}) == []
