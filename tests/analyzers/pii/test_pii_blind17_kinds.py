"""Kinds of mistakes the seventeenth blind set showed, in sentences of our own (every value is made up): a name
that is also an English word, said again after an agent's willing reply ('of course hope ...'); a relative's
given name before the family name already found ('my aunty ... fifita'); a letter's 'Dear' and German thanks,
which are no names; and look-alikes of personal numbers: the organisation's own phone line ('call us on ...'),
the bank details a customer is told to pay to, a reference with a letter prefix ('RMA-4410-2287'), and 'the last
four digits of your card' read as no security code."""

from __future__ import annotations

import pytest

from analyzers.pii.conversation import detect_conversation
from analyzers.pii.verify import find_residuals
from tests.analyzers.pii.pii_cases import found as found_in

WORDED_NAMES_READDRESSED = [
    (["hi this is hope tembo i need a payment plan", "of course hope can you confirm your postcode"], "hope"),
    (["hi its rose mbeki calling about my bill", "no problem rose whats the question"], "rose"),
    (["hi it's grace ochieng", "certainly grace let me pull that up"], "grace"),
]


@pytest.mark.parametrize(("turns", "name"), WORDED_NAMES_READDRESSED)
def test_worded_name_after_willing_reply(turns: list[str], name: str) -> None:
    assert ("PERSON", name) in found_in(turns, 1)


NOT_PERSONAL_NUMBERS = [
    ["Please call us on 0300 555 0199 between 9am and 5pm."],
    ["You can pay by bank transfer to sort code 40-11-62 using your reference."],
    ["do you have the return number", "RMA-4410-2287"],
    ["can you confirm the last four digits of your card", "its three three eight one"],
]


@pytest.mark.parametrize("turns", NOT_PERSONAL_NUMBERS)
def test_not_personal_numbers(turns: list[str]) -> None:
    assert found_in(turns, len(turns) - 1) == []


STILL_PERSONAL = [
    (["my sort code is 40-11-62"], "UK_SORT_CODE"),
    (["call me on 07700 900555"], "PHONE_NUMBER"),
    (["whats the three digit code on the back", "four one seven"], "CARD_SECURITY_CODE"),
    (["I paid it to my account number 44120987"], "US_BANK_NUMBER"),
]


@pytest.mark.parametrize(("turns", "etype"), STILL_PERSONAL)
def test_still_personal(turns: list[str], etype: str) -> None:
    assert etype in {t for t, _ in found_in(turns, len(turns) - 1)}


NOT_NAMES = [
    (["Dear Accounts Team,\n\nI write for my aunt, Ifeoma Chukwu.", "Dear Ms Chukwu,\n\nThank you."], "Dear"),
    (["Vielen Dank, Herr Brandt. Wie kann ich helfen?"], "Vielen Dank"),
]


@pytest.mark.parametrize(("turns", "word"), NOT_NAMES)
def test_salutations_are_no_names(turns: list[str], word: str) -> None:
    found = detect_conversation(turns)
    persons = [t[d.start:d.end] for t, f in zip(turns, found, strict=True) for d in f if d.entity_type == "PERSON"]
    assert persons and not any(word in p for p in persons), persons


@pytest.mark.parametrize("text", ["The reference I have is INV-20391847.", "Please call us on 0300 555 0199 today."])
def test_verifier_leaves_codes_and_own_lines(text: str) -> None:
    assert find_residuals(text) == []


def test_verifier_still_reports_a_personal_number() -> None:
    assert find_residuals("my number is 07700 900555")


KIN_GIVEN_NAMES = [
    (["hi its ana lolohea im calling for my mum grace lolohea"], "grace lolohea"),
    (["my name is tevita kaufana im paying for my uncle hope kaufana"], "hope kaufana"),
]


@pytest.mark.parametrize(("turns", "name"), KIN_GIVEN_NAMES)
def test_relatives_given_name_before_known_family_name(turns: list[str], name: str) -> None:
    assert ("PERSON", name) in found_in(turns, 0)


def test_kin_before_a_family_name_takes_no_function_word() -> None:
    assert ("PERSON", "lolohea") in found_in(["hi its ana lolohea", "is it for my mum the lolohea account"], 1)
