"""The spoken-number normaliser: digit words become digits, and every digit maps back to what was said."""

from __future__ import annotations

import pytest

from analyzers.pii.spoken import normalise_spoken


@pytest.mark.parametrize(
    ("said", "view"),
    [
        ("four five three two", "4532"),
        ("oh eight twenty seven", "0827"),
        ("double five one", "551"),
        ("triple nine", "999"),
        ("twenty seven", "27"),
        ("twenty-seven", "27"),
        ("nineteen eighty five", "1985"),
        ("twenty twenty seven", "2027"),
        ("one hundred and twenty three main street", "123 main street"),
        ("two thousand and five", "2005"),
        ("four uh five three", "453"),
        ("4532 one one one one", "45321111"),
        ("four five three two, zero one five one", "4532, 0151"),
        ("born March third nineteen eighty five", "born March 3 1985"),
        ("the twenty first of May", "the 21 of May"),
    ],
)
def test_spoken_numbers_become_digits(said: str, view: str) -> None:
    assert normalise_spoken(said).text == view


@pytest.mark.parametrize(
    "text",
    [
        "oh, okay, one moment",  # "oh" alone is a word, not zero
        "the first thing I want",  # an ordinal that is not a day stays a word
        "double check that please",
        "hundreds of people",
        "",
        "plain text without numbers 🙂 日本語",
    ],
)
def test_words_that_are_not_numbers_stay(text: str) -> None:
    view = normalise_spoken(text).text
    assert "oh" in view or "first" in view or "double" in view or view == text or "hundreds" in view
    assert normalise_spoken(text).original == text


@pytest.mark.parametrize(
    ("text", "digits", "said"),
    [
        ("my card is four five three two thanks", "4532", "four five three two"),
        ("code: double five one.", "551", "double five one"),
        ("it's 4111 1111 ok", "4111 1111", "4111 1111"),
        ("year twenty twenty seven", "2027", "twenty twenty seven"),
    ],
)
def test_offsets_map_back_to_what_was_said(text: str, digits: str, said: str) -> None:
    norm = normalise_spoken(text)
    s = norm.text.index(digits)
    a, b = norm.to_original(s, s + len(digits))
    assert text[a:b] == said
