"""Words are given to the right speaker by time and grouped into utterances with exact character offsets."""

from __future__ import annotations

import pytest

from analyzers.document import SpeechTurn
from analyzers.speech.assemble import TimedWord, assign_speakers, build_utterances

TURNS = [SpeechTurn(speaker="A", start=0.0, end=2.0), SpeechTurn(speaker="B", start=2.2, end=4.0),
         SpeechTurn(speaker="A", start=5.0, end=6.0)]


@pytest.mark.parametrize("start,end,speaker", [
    (0.1, 0.4, "A"),
    (1.8, 2.3, "A"),  # overlaps A by 0.2 s, B by 0.1 s
    (1.95, 2.5, "B"),
    (4.2, 4.5, "B"),  # in no turn: nearest
    (4.8, 5.2, "A"),
    (9.0, 9.5, "A"),
])
def test_word_goes_to_turn_it_overlaps_most(start: float, end: float, speaker: str) -> None:
    (w,) = assign_speakers([TimedWord("x", start, end, 0.9)], TURNS)
    assert w.speaker == speaker


def _w(text: str, start: float, speaker: str) -> TimedWord:
    return TimedWord(f" {text}", start, start + 0.3, 0.8, speaker)


CASES = [
    ("speaker change splits", [_w("hello", 0, "A"), _w("there", 0.4, "A"), _w("hi", 1.0, "B")],
     [("A", "hello there"), ("B", "hi")]),
    ("long pause splits", [_w("one", 0, "A"), _w("two", 3.0, "A")], [("A", "one"), ("A", "two")]),
    ("interjection in a pause splits", [_w("so", 0, "A"), _w("yes", 0.5, "B"), _w("then", 1.0, "A")],
     [("A", "so"), ("B", "yes"), ("A", "then")]),
    ("overlapping speech keeps both utterances whole",
     [_w("I", 0, "A"), _w("think", 0.3, "A"), _w("no", 0.35, "B"), _w("so", 0.6, "A")],
     [("A", "I think so"), ("B", "no")]),
]


@pytest.mark.parametrize("label,words,expected", CASES, ids=[c[0] for c in CASES])
def test_utterances(label: str, words: list[TimedWord], expected: list[tuple[str, str]]) -> None:
    utts = build_utterances(words, max_pause_s=1.5)
    assert [(u.speaker, u.text) for u in utts] == expected
    assert [u.index for u in utts] == list(range(len(utts)))
    for u in utts:
        for w in u.words:
            assert u.text[w.char_start:w.char_end] == w.text
        assert u.start == u.words[0].start and u.end == u.words[-1].end
