"""Text-speak in messages and chat is read as the words it stands for, with evidence spans on what was typed."""

from __future__ import annotations

import pytest

from analyzers.rules.text_match import match_utterance, prepare


@pytest.mark.parametrize(
    ("text", "phrase", "typed"),
    [
        ("we'll be taking ur house, no more chances", "taking your house", "taking ur house"),
        ("pls don't txt me again", "please dont text me", "pls don't txt me"),
        ("r u going to pay 2day or not", "are you going to pay today", "r u going to pay 2day"),
        ("i told u b4, stop ringing", "told you before", "told u b4"),
    ],
)
def test_text_speak_matches_the_full_words_and_points_at_what_was_typed(text: str, phrase: str, typed: str) -> None:
    hit = match_utterance(phrase, prepare(text), 0)
    assert hit is not None and hit.affirmed
    assert text[hit.char_start : hit.char_end] == typed


def test_text_speak_keeps_negation_and_leaves_other_words_alone() -> None:
    hit = match_utterance("take your house", prepare("nobody is gonna take ur house"), 0)
    assert hit is not None and hit.negated
    # words that only contain a short form are not rewritten
    assert prepare("your umbrella, our route").norm == "your umbrella our route"
    assert match_utterance("you", prepare("our route"), 0) is None
