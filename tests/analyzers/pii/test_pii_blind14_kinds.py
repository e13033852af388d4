"""Kinds of mistakes the fourteenth to sixteenth blind sets showed, in sentences of our own (every value is made up):
the person asked for ('is ... there'), a name after 'thank you for holding', a name spelt out letter by letter, a
name answering 'who am I speaking to' before the speaker's next clause, 'my name is just ...', names of four words
and with 'ul', an English greeting the NER took into a name, a name before 'new address is'; addresses said after
'i'm at' or 'i've moved to', house numbers with a letter, British outward codes and spoken Eircodes closing a turn,
districts written lower case, Japanese script, Canadian unit-civic numbers and Scottish flat positions, Italian
province codes closing a sentence, Turkish 'caddesi' and Mexican 'colonia' parts; and look-alikes: a cue in the
previous line, debt collectors, brands beside brands or holding a name, tariffs named like people."""

from __future__ import annotations

import pytest
from pii_helpers import found_of_types

from analyzers.pii.person_context import strip_greeting
from tests.analyzers.pii.pii_cases import found_of

TYPES = {"PERSON", "STREET_ADDRESS"}


SPOKEN_NAMES = [
    (["is tadhg there please", "he's out at the minute"], "tadhg"),
    (["thank you for holding chiamaka", "no bother"], "chiamaka"),
    (["and your surname", "adeyemi a d e y e m i"], "adeyemi"),
    (["who am i speaking to", "liu yanmei i have my card here"], "liu yanmei"),
    (["hi yeah niamh brennan new address is four hazel grove mullingar"], "niamh brennan"),
]


@pytest.mark.parametrize(("turns", "name"), SPOKEN_NAMES)
def test_spoken_names(turns: list[str], name: str) -> None:
    persons = found_of(turns, 0 if len(turns) == 1 or turns[0].startswith(("is ", "thank")) else 1, "PERSON")
    assert any(p.startswith(name) for p in persons), persons


def test_english_greeting_taken_into_a_name_span_is_cut_off() -> None:
    text = "hello lee min jung i moved last week"
    assert text[strip_greeting(text, 0, len("hello lee min jung")):].startswith("lee min jung")


def test_spelling_is_redacted_with_the_name() -> None:
    assert found_of(["and your surname", "adeyemi a d e y e m i"], 1, "PERSON") == ["adeyemi a d e y e m i"]


@pytest.mark.parametrize(("text", "name"), [
    ("My name is just Wiratno, one name only.", "Wiratno"),
    ("Boa tarde. My name is Ana Beatriz Moreira Cavalcanti. I want to settle the balance.",
     "Ana Beatriz Moreira Cavalcanti"),
    ("Salaam, Zia ul Hassan Mirza here. Please call me back.", "Zia ul Hassan Mirza"),
])
def test_written_names(text: str, name: str) -> None:
    assert (name, "PERSON") in found_of_types(text, TYPES)


def test_four_spoken_name_words_after_a_cue() -> None:
    assert found_of(["it's rafael dos reis carvalho my address is on the letter"], 0, "PERSON") == \
        ["rafael dos reis carvalho"]


def test_a_cue_stops_at_the_line() -> None:
    assert found_of(["and is this miss ailsa mcrae", "it's missus actually but yes"], 1, "PERSON") == []


NOT_NAMES = [
    (["I emailed twice and nobody replied", "Apologies for that, I will check now."], 1),
    (["is it there yet"], 0),
    (["hi is everyone in"], 0),
    (["is the money there"], 0),
    (["yeah so i moved house the new address is flat twelve birch road leeds l s six"], 0),
    (["street name please", "hawthorn h a w t h o r n drive"], 1),
    (["We've passed the account to Lowell, so please call them about the balance."], 0),
    (["Can I pay with Klarna or Alma? The card was declined."], 0),
    (["i still owe on the Marks and Spencer card"], 0),
    (["Is the Jasmine plan cheaper than the Albert plan?"], 0),
    (["Your Aurora Unlimited SIM plan is two months behind."], 0),
]


@pytest.mark.parametrize(("turns", "turn"), NOT_NAMES)
def test_look_alikes_are_no_names(turns: list[str], turn: int) -> None:
    assert found_of(turns, turn, "PERSON") == []


ADDRESSES = [
    ("i'm at flat three hundred and four block d lotus residency whitefield bengaluru five six zero zero six six",
     "flat three hundred and four block d lotus residency whitefield bengaluru five six zero zero six six"),
    ("my address is plot twelve c rumuola layout port harcourt", "plot twelve c rumuola layout port harcourt"),
    ("i'm at hazayit twelve apartment three haifa", "hazayit twelve apartment three haifa"),
    ("it's twenty one elm lane apartment nine c dayton ohio four five four zero two",
     "twenty one elm lane apartment nine c dayton ohio four five four zero two"),
    ("so that's forty two fernbank road leeds l s six", "forty two fernbank road leeds l s six"),
    ("fourteen church view athlone county westmeath n thirty seven x y two seven",
     "fourteen church view athlone county westmeath n thirty seven x y two seven"),
    ("Địa chỉ: Số 7 ngõ 18 phố Lò Đúc, phường Phạm Đình Hổ, quận Hai Bà Trưng, Hà Nội",
     "Số 7 ngõ 18 phố Lò Đúc, phường Phạm Đình Hổ, quận Hai Bà Trưng, Hà Nội"),
    ("新しい住所は〒530-0001 大阪府大阪市北区梅田1-2-3です", "〒530-0001 大阪府大阪市北区梅田1-2-3"),
    ("We're now at 905-120 Elm Street, Ottawa, ON K1P 5G3.", "905-120 Elm Street, Ottawa, ON K1P 5G3"),
    ("I'm at 3/2, 41 Byres Road, Glasgow G12 8AU.", "3/2, 41 Byres Road, Glasgow G12 8AU"),
    ("Her address is Via Mazzini 8, int. 3, 40121 Bologna BO. Please write.",
     "Via Mazzini 8, int. 3, 40121 Bologna BO"),
    ("my name is elif demir my address istiklal caddesi number forty two daire three beyoglu istanbul",
     "istiklal caddesi number forty two daire three beyoglu istanbul"),
    ("i'm at twelve calle hidalgo colonia del valle norte mexico city zero three one zero zero",
     "twelve calle hidalgo colonia del valle norte mexico city zero three one zero zero"),
]


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_whole_addresses(text: str, address: str) -> None:
    found = found_of_types(text, TYPES)
    assert any(t == "STREET_ADDRESS" and address in v for v, t in found), found


def test_place_at_the_end_of_an_address_is_no_name() -> None:
    found = found_of_types("My address is Số 12 ngõ 9 phố Hàng Bạc, quận Hoàn Kiếm, Hà Nội", TYPES)
    assert [v for v, t in found if t == "PERSON"] == [], found
