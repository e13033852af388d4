"""Kinds of name and address mistakes the twenty-second and twenty-third blind sets showed, in sentences of our own
(every value is made up): a message signed with the bare name after its address, Japanese addresses written from the
prefecture down or with a building and room in Japanese script, 'surname is' after another cue in one sentence,
short given names before a known family name after 'my <relative>' and ending before what the relative did, family
names said after a transcribed name, a locality opening with its initial ('t nagar') and an Indian PIN code read as
'six hundred oh ...'; and what is no person: a product's colour, the words of a script without capitals or of 'I
live at' in other languages before an address."""

from __future__ import annotations

import pytest

from analyzers.pii.conversation import detect_conversation
from analyzers.pii.spoken import normalise_spoken


def _values(turns: list[str], turn: int, entity: str) -> list[str]:
    found = detect_conversation(turns)
    return [turns[turn][d.start:d.end] for d in found[turn] if d.entity_type == entity]


NAMES = [
    # the bare name signing the message off after the address's full stop
    (["Post goes to Apt 4, 19 Heronsgate Way, Swords, Dublin, K67 W2R4. Fionnuala Ó Dálaigh"], 0,
     "Fionnuala Ó Dálaigh"),
    (["My address: Via Garibaldi 31, int. 6, 10122 Torino TO. Carmela Lo Presti"], 0, "Carmela Lo Presti"),
    # 'surname is' after a first cue in the same sentence, its Gaelic particle included
    (["it's orlaith and the surname is ó murchú"], 0, "ó murchú"),
    # given names of two short syllables after a relative, closed by a known family name
    (["my sister ha na lee asked me to call about her plan"], 0, "ha na lee"),
    # family names said after a name in a transcript, up to a common word
    (["hi its me minh chau nguyen at the old address"], 0, "minh chau nguyen"),
]


@pytest.mark.parametrize(("turns", "turn", "value"), NAMES)
def test_names_found(turns: list[str], turn: int, value: str) -> None:
    assert value in _values(turns, turn, "PERSON")


ADDRESSES = [
    (["Please post it to Apt 4, 19 Heronsgate Way, Swords, Dublin, K67 W2R4. Fionnuala Ó Dálaigh"], 0,
     "Apt 4, 19 Heronsgate Way, Swords, Dublin, K67 W2R4"),
    (["Statement address: Osaka-fu, Kita-ku, Nakazaki 4-7-12, Room 305, 530-0016"], 0,
     "Osaka-fu, Kita-ku, Nakazaki 4-7-12, Room 305, 530-0016"),
    (["送付先は〒530-0016 大阪府大阪市北区中崎4-7-12 コーポ中崎305です"], 0,
     "〒530-0016 大阪府大阪市北区中崎4-7-12 コーポ中崎305"),
    (["the address is nine nehru road k k nagar madurai six hundred oh two five"], 0,
     "nine nehru road k k nagar madurai six hundred oh two five"),
]


@pytest.mark.parametrize(("turns", "turn", "value"), ADDRESSES)
def test_addresses_whole(turns: list[str], turn: int, value: str) -> None:
    assert value in _values(turns, turn, "STREET_ADDRESS")


NOT_PERSONS = [
    ["The Midnight Blue finish tablet, order 55120, was returned."],
    ["Is the Rose Gold colour one still on the plan?"],
    ["it's orlaith and the surname is wrong on the letter"],
]


@pytest.mark.parametrize("turns", NOT_PERSONS)
def test_no_person(turns: list[str]) -> None:
    found = _values(turns, 0, "PERSON")
    assert not [v for v in found if v.lower() != "orlaith"]


@pytest.mark.parametrize("turns", [["제 주소는 부산광역시 해운대구 해운대로 77, 301호입니다"],
                                   ["mieszkam na twelve oak lane henley"]])
def test_no_person_before_address(turns: list[str]) -> None:
    assert _values(turns, 0, "PERSON") == []


@pytest.mark.parametrize(("said", "digits"), [("six hundred oh oh four", "600004"),
                                              ("six hundred zero one seven", "600017"),
                                              ("one hundred and five", "105"), ("six hundred oh", "600")])
def test_hundred_then_zeros_is_a_code(said: str, digits: str) -> None:
    assert normalise_spoken(said).text == digits


@pytest.mark.parametrize(("text", "value"), [("my nephew tavita leaupepe gave me his card details", "tavita leaupepe"),
                                             ("my aunt wairimu njoroge passed away in june", "wairimu njoroge")])
def test_relative_name_ends_before_what_they_did(text: str, value: str) -> None:
    assert _values([text], 0, "PERSON") == [value]
