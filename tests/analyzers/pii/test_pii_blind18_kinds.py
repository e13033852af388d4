"""Kinds of mistakes the eighteenth blind set showed in spoken (lower-case) names, in sentences of our own (every
value is made up): a name opening a turn that goes straight on to the address, with no cue before it; a short
answer to 'and the name on the account' or to 'can you spell the name'; two name-like words after a weak cue
('this is ...') where the given name is no name we know; and "thats <name>" closing a turn after the address,
which the address must not swallow. In writing, a name thanked at the end of a sentence ('Thanks ..., <name>.')."""

from __future__ import annotations

import pytest

from analyzers.pii.opening_name import name_opening_address
from tests.analyzers.pii.pii_cases import found as found_in

NAME_OPENING_ADDRESS = [
    ("wen li qiang and the address is block four two one toa payoh lorong two", "wen li qiang"),
    ("bryn pritchard nine heol y coed road cardiff", "bryn pritchard"),
    ("kerem ozdemir i live at lindenstrasse twenty four berlin", "kerem ozdemir"),
    ("shmuel feldbaum and its sixty one avenue m brooklyn", "shmuel feldbaum"),
    ("yes tomasz wierzbicki my address is fourteen mill lane leeds", "tomasz wierzbicki"),
    # a family name of two letters after a given name found on its own
    ("yeah harrison ho unit six station street fitzroy victoria three oh six five", "harrison ho"),
]


@pytest.mark.parametrize(("text", "name"), NAME_OPENING_ADDRESS)
def test_name_opening_a_turn_before_its_address(text: str, name: str) -> None:
    found = found_in([text], 0)
    assert ("PERSON", name) in found
    assert any(t == "STREET_ADDRESS" for t, _ in found)


NO_NAME_BEFORE_ADDRESS = [
    "yeah sure fourteen high street leeds",
    "i moved house so the new address is flat three forty two mill lane",
    "send it to twelve oak road please",
    "okay so the new address is nine elm close",
]


@pytest.mark.parametrize("text", NO_NAME_BEFORE_ADDRESS)
def test_no_name_before_an_address_without_name_words(text: str) -> None:
    assert not any(t == "PERSON" for t, _ in found_in([text], 0))


@pytest.mark.parametrize(("head", "expected"), [
    ("bryn pritchard ", "bryn pritchard"),
    ("hi this is oriel vantongeren and my address is ", "oriel vantongeren"),
    ("send it to ", None),
    ("the parcel went to ", None),
    ("fourteen ", None),
])
def test_opening_name_span(head: str, expected: str | None) -> None:
    text = head + "12 high street"
    span = name_opening_address(text, len(head))
    assert (text[span[0]:span[1]] if span else None) == expected


ANSWERED_NAMES = [
    (["okay thank you and the name on the account", "dean ashcombe"], "dean ashcombe"),
    (["and the name on the account please", "grant holloway"], "grant holloway"),
    # the whole name before its spelling, not the spelt word alone
    (["can you spell the name for me", "tran van minh m i n h"], "tran van minh m i n h"),
]


@pytest.mark.parametrize(("turns", "name"), ANSWERED_NAMES)
def test_short_answer_to_the_name_on_the_account(turns: list[str], name: str) -> None:
    assert ("PERSON", name) in found_in(turns, 1)


def test_two_name_words_after_a_weak_cue() -> None:
    text = "malo e lelei this is sela tupoumalohi i want to pay off the loan"
    assert ("PERSON", "sela tupoumalohi") in found_in([text], 0)


@pytest.mark.parametrize("text", ["ok thats perfect", "yes thats fine", "thats my husband", "ok that is everything"])
def test_thats_closing_a_turn_names_nobody_by_itself(text: str) -> None:
    assert not any(t == "PERSON" for t, _ in found_in([text], 0))


def test_thats_name_after_the_address_keeps_both() -> None:
    text = "post it to po box three ten whitehorse yukon y one a two b four thats marie eve gagnon"
    found = found_in([text], 0)
    assert ("PERSON", "marie eve gagnon") in found
    assert not any(t == "STREET_ADDRESS" and "gagnon" in v for t, v in found)


@pytest.mark.parametrize(("text", "name"), [
    ("Thanks for getting back to us, Losana. Can I take your surname?", "Losana"),
    ("Thank you for your patience, Mereana.", "Mereana"),
])
def test_written_name_thanked(text: str, name: str) -> None:
    assert ("PERSON", name) in found_in([text], 0)


@pytest.mark.parametrize("text", ["Thank you so much, Amazing.", "Thanks for your patience, Sir.",
                                  "Thanks again, Brilliant!", "Thanks for that, Everyone."])
def test_thanks_to_no_name(text: str) -> None:
    assert not any(t == "PERSON" for t, _ in found_in([text], 0))
