"""Kinds of name and address mistakes the twenty-fourth and twenty-fifth blind sets showed, in sentences of our own
(every value is made up): 'parade', 'esplanade' and 'circuit' streets, Japanese block numbers read out with 'dash'
and the city after the ward, the sentence's words at an address's edges (a cue's own words, a filler, a clause or
remark after it, the closing full stop), a courtesy title before a name, a name ending before a new clause, what
the person did or a remark after a dash, Irish 'o'' family names; and what is no person: a known place one comes
back from."""

from __future__ import annotations

import pytest

from analyzers.pii.conversation import detect_conversation


def _values(turns: list[str], turn: int, entity: str) -> list[str]:
    found = detect_conversation(turns)
    return [turns[turn][d.start:d.end] for d in found[turn] if d.entity_type == entity]


ADDRESSES = [
    # 'parade', 'esplanade', 'circuit' close a street's name as 'road' does
    (["twenty two wattle parade brookvale that's the address"], 0, "twenty two wattle parade brookvale"),
    (["It's 8 Marine Esplanade, Redcliffe"], 0, "8 Marine Esplanade, Redcliffe"),
    # block and house joined by 'dash', the district, the ward and the city closing the sentence
    (["it's two chome seven dash four higashi ikebukuro toshima ku tokyo"], 0,
     "two chome seven dash four higashi ikebukuro toshima ku tokyo"),
    # the cue's own words and a filler stay out
    (["Please note my address changed to Orrgatan 7C, 41105 Göteborg"], 0, "Orrgatan 7C, 41105 Göteborg"),
    (["can you confirm the one on file is 23 Tamarind Close, Rosebank, Durban 4001."], 0,
     "23 Tamarind Close, Rosebank, Durban 4001"),
    (["my address is uh lindenstrasse forty one bremen since may"], 0, "lindenstrasse forty one bremen"),
    # a clause or a remark after the address, and the full stop closing the sentence, stay out
    (["My address is Kirkeveien 12, 0368 Oslo and I never got the letter."], 0, "Kirkeveien 12, 0368 Oslo"),
    (["Address: 5 Fale Road, Apia — not the one in Savaii"], 0, "5 Fale Road, Apia"),
    (["It's now Bahnhofstraße 9, 79098 Freiburg."], 0, "Bahnhofstraße 9, 79098 Freiburg"),
    # a flat said before the street line with a comma joins it
    (["It's Flat 2, 31 Drumlish Road, Ballymote, Co. Sligo F56 K2T9"], 0,
     "Flat 2, 31 Drumlish Road, Ballymote, Co. Sligo F56 K2T9"),
    # an Indian house numbered with 'No.' before its sector, whose letter is joined by a hyphen
    (["Send it to House No. 212, Sector 21-C, Panchkula 134116 please"], 0,
     "House No. 212, Sector 21-C, Panchkula 134116"),
    # a Japanese room number closed by 号 alone
    (["住所は〒460-0008 愛知県名古屋市中区栄3-5-12 ハイツ栄 208号"], 0,
     "〒460-0008 愛知県名古屋市中区栄3-5-12 ハイツ栄 208号"),
    # a range of house numbers does not part the address
    (["it's flat six thirty two to thirty four kowhai street"], 0, "flat six thirty two to thirty four kowhai street"),
    # Polish street words declined after a preposition
    (["mieszkam przy ulicy sosnowej osiem w toruniu"], 0, "ulicy sosnowej osiem w toruniu"),
    # a British postcode written compactly in a transcript closes the town's words
    (["yeah it's 9 mill lane great ayton middlesbrough ts9 6lb"], 0,
     "9 mill lane great ayton middlesbrough ts9 6lb"),
    # the comment word before the address: the side with the numbers is the address
    (["i used to live in chile now calle ocho forty two santiago"], 0, "calle ocho forty two santiago"),
]


@pytest.mark.parametrize(("turns", "turn", "value"), ADDRESSES)
def test_addresses_whole(turns: list[str], turn: int, value: str) -> None:
    assert value in _values(turns, turn, "STREET_ADDRESS")


NAMES = [
    # a courtesy title is said to the person, not part of the name
    (["am i speaking with mister tomas ortega villalba"], 0, "tomas ortega villalba"),
    # a new clause with its own subject ends the name
    (["i'm ringing for my son keoni makoa he's abroad"], 0, "keoni makoa"),
    # what the person did ends the name
    (["my husband arjun mehrotra set up the direct debit"], 0, "arjun mehrotra"),
    (["my father ivan petrovich sokolov passed and the loan is still open"], 0, "ivan petrovich sokolov"),
    # the Irish 'o'' makes a family name of any word after it
    (["yeah orlagh o'kennedy that's me"], 0, "orlagh o'kennedy"),
    # a dash between spaces sets off a remark after a written name
    (["It's Dorota Wilk - I phoned last week about the fee."], 0, "Dorota Wilk"),
]


@pytest.mark.parametrize(("turns", "turn", "value"), NAMES)
def test_names_exact(turns: list[str], turn: int, value: str) -> None:
    assert value in _values(turns, turn, "PERSON")


@pytest.mark.parametrize("text", ["I'll pay the rest when I get back from Melbourne",
                                  "we only got home from Toronto on Sunday"])
def test_place_come_back_from_is_no_person(text: str) -> None:
    assert _values([text], 0, "PERSON") == []


def test_person_heard_back_from_stays() -> None:
    assert _values(["I heard back from Sydney Okoro yesterday"], 0, "PERSON") == ["Sydney Okoro"]
