"""Kinds of name and address mistakes the thirtieth blind set showed, in sentences of our own (every value is made
up): a spoken street with no house number, proven by its town and the postcode spelt out after it, with the
house's name before it; a spoken address whose town words run up to the caller's name; a day and its month after
an address cue, which is a date; a read-back of the earlier turn's address opened by a reply word; and names in a
transcript after another language's 'my name is', closing an agent's 'is that ...', and closing the turn after
'my <relative>' (the relative's word no part of the name); a name between 'the' and goods that ends a product's
name; a house number with its 'No.' before the street line and a comma."""

from __future__ import annotations

import pytest

from analyzers.pii.conversation import detect_conversation


def _values(turns: list[str], turn: int, entity: str) -> list[str]:
    found = detect_conversation(turns)
    return [turns[turn][d.start:d.end] for d in found[turn] if d.entity_type == entity]


@pytest.mark.parametrize(("text", "value"), [
    ("its the old vicarage mill road little henby suffolk i p nine two b q",
     "the old vicarage mill road little henby suffolk i p nine two b q"),
    ("yes its primrose cottage station lane upper dunsby lincs l n eleven four t w and thats it",
     "primrose cottage station lane upper dunsby lincs l n eleven four t w"),
    ("sure its orchard way norbury dale kent c t four six r p",
     "orchard way norbury dale kent c t four six r p"),
])
def test_numberless_street_closed_by_a_spoken_postcode(text: str, value: str) -> None:
    assert _values([text], 0, "STREET_ADDRESS") == [value]


@pytest.mark.parametrize("text", [
    "i walked down the lane to the shop and back",
    "it was on church road near the station i think",
])
def test_street_word_without_postcode_is_no_address(text: str) -> None:
    assert _values([text], 0, "STREET_ADDRESS") == []


@pytest.mark.parametrize(("text", "value"), [
    ("its plot twelve nehru street k k nagar madurai six two five zero two zero and the name is devika raman",
     "plot twelve nehru street k k nagar madurai six two five zero two zero"),
    ("i live at four wattle street glebe new south wales two zero three seven name is tran van minh",
     "four wattle street glebe new south wales two zero three seven"),
])
def test_spoken_address_runs_up_to_the_callers_name(text: str, value: str) -> None:
    assert _values([text], 0, "STREET_ADDRESS") == [value]


@pytest.mark.parametrize("text", [
    "The boots went back to Brantwell Outdoors, I have the receipt dated 14 October.",
    "I sent it to Kestrel Home on 3 March.",
])
def test_day_and_month_after_an_address_cue_is_a_date(text: str) -> None:
    assert _values([text], 0, "STREET_ADDRESS") == []


def test_address_before_a_date_ends_at_the_date() -> None:
    assert _values(["Please send it to 8 Fenwick Street on 3 March."], 0, "STREET_ADDRESS") == ["8 Fenwick Street"]


@pytest.mark.parametrize(("text", "value"), [
    ("Send it to No. 17/3, Temple Road, Nugegoda, Colombo 10.", "No. 17/3, Temple Road, Nugegoda, Colombo 10"),
    ("The address is No. 88, Kovil Street, Jaffna.", "No. 88, Kovil Street, Jaffna"),
])
def test_house_number_with_no_before_the_street_line(text: str, value: str) -> None:
    assert _values([text], 0, "STREET_ADDRESS") == [value]


def test_read_back_of_the_earlier_address_leaves_the_reply_word() -> None:
    turns = ["my new address is flat nine sixty one orwell road", "okay flat nine sixty one orwell road thanks"]
    assert _values(turns, 1, "STREET_ADDRESS") == ["flat nine sixty one orwell road"]


@pytest.mark.parametrize(("turns", "value"), [
    (["meu nome é rafaela cunha borges e queria saber o saldo"], "rafaela cunha borges"),
    (["o meu nome é tiago brandao and i got a letter"], "tiago brandao"),
    (["hello is that oonagh mcbride", "yes speaking"], "oonagh mcbride"),
    (["hi there is that teodora", "yes"], "teodora"),
    (["im calling on behalf of my son anil"], "anil"),
    (["this is about the account of my husband dmitri."], "dmitri"),
])
def test_names_in_a_transcript(turns: list[str], value: str) -> None:
    assert value in _values(turns, 0, "PERSON")


@pytest.mark.parametrize(("text", "value"), [
    ("i am calling for my son tomas about his loan", "tomas"),
    ("its my nana ruth okafor who pays it", "ruth okafor"),
])
def test_relatives_word_is_no_part_of_their_name(text: str, value: str) -> None:
    assert _values([text], 0, "PERSON") == [value]


@pytest.mark.parametrize("text", [
    "is that everything",
    "is that alright",
    "i need to ask my husband first",
    "i will check with my wife tonight",
    "my wife works",
    "my husband left",
    "its for my son",
])
def test_no_name_in_a_transcript(text: str) -> None:
    assert _values([text], 0, "PERSON") == []


def test_name_ending_a_products_name_before_goods_is_no_person() -> None:
    assert _values(["The Air Jordan trainers were sent back last week."], 0, "PERSON") == []
