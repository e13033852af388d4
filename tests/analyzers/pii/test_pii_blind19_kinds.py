"""Kinds of address mistakes the nineteenth blind set showed, in sentences of our own (every value is made up): a
numbered flat, lot or block said before the street's own address ('flat nine c twenty two harbour parade'), a block's
letter before its number and a named building after it, a Gulf villa on a numbered street, Portuguese 'sala' and a
French floor ('2e étage') inside a written line, the particles of a town's name ('ciudad de méxico'), a British
postcode's inward letters said as one word; and the edges: words after the town ('yeah', 'last month') and the cue's
own words before the street ('to', 'still') are no part of the address. A name said before 'is my name'."""

from __future__ import annotations

import pytest
from pii_helpers import found_of_types

WHOLE_ADDRESS = [
    # a numbered unit, its letter, then house number, street name and street word
    ("okay so it's flat nine c twenty two harbour parade hove", "flat nine c twenty two harbour parade hove"),
    # a numbered lot before a rural route
    ("lot seven rural route four salmon arm", "lot seven rural route four salmon arm"),
    # a block's letter before its number, then a named building
    ("block b three one five lotus towers powai mumbai", "block b three one five lotus towers powai mumbai"),
    # a Gulf villa on a numbered street
    ("Please post it to Villa 8, Street 21a, Al Wasl 1, Dubai for now.", "Villa 8, Street 21a, Al Wasl 1, Dubai"),
    # an office's room in a Brazilian line
    ("Endereço: Rua Augusta 140, sala 5, Centro, Campinas - SP, 13010-050",
     "Rua Augusta 140, sala 5, Centro, Campinas - SP, 13010-050"),
    # a French floor
    ("Envoyez-le au 8 rue des Lilas, 2e étage, 75011 Paris.", "8 rue des Lilas, 2e étage, 75011 Paris"),
    # particles do not count as the town's place words
    ("avenida reforma quinientos colonia de la paz ciudad de méxico",
     "avenida reforma quinientos colonia de la paz ciudad de méxico"),
    # the inward half of a British postcode said as one word
    ("it's twenty mill lane bradford bd seven four xy", "twenty mill lane bradford bd seven four xy"),
]


@pytest.mark.parametrize(("text", "address"), WHOLE_ADDRESS)
def test_address_is_covered_whole(text: str, address: str) -> None:
    found = [v.rstrip(".") for v, t in found_of_types(text, {"STREET_ADDRESS"}) if t == "STREET_ADDRESS"]
    assert any(address in v for v in found), found


EXACT_EDGES = [
    ("rua das palmeiras trezentos apartamento doze recife yeah",
     "rua das palmeiras trezentos apartamento doze recife"),
    ("We moved to Prinsengracht 22-II, 1015 DV Amsterdam last month.", "Prinsengracht 22-II, 1015 DV Amsterdam"),
    ("Please change my address to Storgatan 8, lgh 1201, 111 23 Stockholm.",
     "Storgatan 8, lgh 1201, 111 23 Stockholm"),
    ("and your address is still twelve oak crescent guelph ontario", "twelve oak crescent guelph ontario"),
]


@pytest.mark.parametrize(("text", "address"), EXACT_EDGES)
def test_address_edges(text: str, address: str) -> None:
    found = [v.rstrip(".") for v, t in found_of_types(text, {"STREET_ADDRESS"}) if t == "STREET_ADDRESS"]
    assert found == [address]


NOT_ADDRESSES = [
    "the flat was six hundred a month and the lot was empty",
    "we moved the flat screen to the lot behind the shop in march",
    "it's twenty pounds at the shop on the high street ok",
    "the block was b grade last year",
]


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_units_alone_are_no_address(text: str) -> None:
    assert found_of_types(text, {"STREET_ADDRESS"}) == []


NAME_BEFORE_CUE = [
    ("tamsin oyelaran is my name o y e l a r a n", "tamsin oyelaran"),
    ("Okay, Ana Lima is my full name.", "Ana Lima"),
]


@pytest.mark.parametrize(("text", "name"), NAME_BEFORE_CUE)
def test_name_said_before_is_my_name(text: str, name: str) -> None:
    assert (name, "PERSON") in found_of_types(text, {"PERSON"})


@pytest.mark.parametrize("text", ["that is my name", "the account is my name", "it is my name on the loan"])
def test_no_name_before_is_my_name(text: str) -> None:
    assert found_of_types(text, {"PERSON"}) == []
