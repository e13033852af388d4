"""Kinds of name, address and number mistakes the twenty-ninth blind set showed, in sentences of our own (every
value is made up): the person a caller lets speak or act for them; a reply of thanks or agreement in another
language after an address, which continues no address; a unit word joined to a reference code that goes on after
another hyphen; and the freephone line a firm's texts come from, which is no customer's number (a mobile there
still is), for the recogniser and the verifier alike."""

from __future__ import annotations

import pytest

from analyzers.pii.conversation import detect_conversation
from analyzers.pii.digits import is_freephone
from analyzers.pii.verify import find_residuals


def _values(turns: list[str], turn: int, entity: str) -> list[str]:
    found = detect_conversation(turns)
    return [turns[turn][d.start:d.end] for d in found[turn] if d.entity_type == entity]


@pytest.mark.parametrize(("text", "value"), [
    ("yes i'm happy for obiageli to talk for me", "obiageli"),
    ("im okay for tadeusz to deal with it on my behalf", "tadeusz"),
    ("I authorise Wiremu Tane to discuss the account with you.", "Wiremu Tane"),
    ("we give permission for ngozika to speak for us", "ngozika"),
])
def test_person_let_speak_or_act_for_the_caller(text: str, value: str) -> None:
    assert value in _values([text], 0, "PERSON")


@pytest.mark.parametrize("text", [
    "i'm happy for the bank to talk to my son",
    "I'm happy for you to speak to him about it",
    "im okay for them to deal with it",
    "i'm happy for mum to talk for me",
])
def test_no_person_let_speak_when_none_is_named(text: str) -> None:
    assert _values([text], 0, "PERSON") == []


@pytest.mark.parametrize("reply", ["perfecto gracias", "merci beaucoup", "vielen dank", "obrigada"])
def test_courtesy_reply_in_another_language_continues_no_address(reply: str) -> None:
    turns = ["the address is avenida los pinos three twenty colonia roma norte ciudad de mexico", reply]
    assert _values(turns, 0, "STREET_ADDRESS")
    assert _values(turns, 1, "STREET_ADDRESS") == []


@pytest.mark.parametrize(("turns", "town"), [
    (["i live at 27 quarry lane", "harrogate"], "harrogate"),
    # a greeting of another language inside a city's name ('salaam') is no reply
    (["my address is plot nine msasani road", "dar es salaam"], "dar es salaam"),
])
def test_town_alone_still_continues_the_address(turns: list[str], town: str) -> None:
    assert _values(turns, 1, "STREET_ADDRESS") == [town]


def test_unit_word_on_a_reference_code_is_no_address() -> None:
    assert _values(["Your reference is FL-48213-QT, please quote it."], 0, "STREET_ADDRESS") == []
    # a flat's short number joined by '-' and ending there is still the flat's
    assert "Apt-4" in "".join(_values(["I'm at Apt-4, 19 Birch Road."], 0, "STREET_ADDRESS"))


@pytest.mark.parametrize("number", ["0800 555 0142", "0808 157 0023", "1-800-555-0173", "(877) 555-0110",
                                    "+44 800 555 0142", "1300 555 017", "1800 555 017", "13 24 68"])
def test_freephone_numbers(number: str) -> None:
    assert is_freephone(number)


@pytest.mark.parametrize("number", ["07700 900318", "020 7946 0321", "1-312-555-0190", "0300 555 0101", "555-0199"])
def test_private_and_geographic_numbers_are_no_freephone(number: str) -> None:
    assert not is_freephone(number)


@pytest.mark.parametrize("text", [
    "you'll get a text from 0800 555 0142 with the link",
    "we will text you from 1-800-555-0173 tomorrow",
    "you'll receive a message from 1300 555 017",
    "a text from oh eight oh oh five five five oh one four two is us",
])
def test_firm_sending_line_is_left_and_not_residue(text: str) -> None:
    assert _values([text], 0, "PHONE_NUMBER") == []
    assert find_residuals(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("you'll get a text from 07700 900318 that's my daughter", "07700 900318"),
    ("my number is 0800 555 0142", "0800 555 0142"),
])
def test_mobile_after_text_from_and_freephone_without_the_cue_stay_redacted(text: str, number: str) -> None:
    assert _values([text], 0, "PHONE_NUMBER") == [number]
    assert find_residuals(text)
