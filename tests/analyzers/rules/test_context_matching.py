"""The rule context finds the same phrase hits as the matcher applied turn by turn.

RuleContext scores a fuzzy phrase against many turns in one rapidfuzz call and caches results per phrase list;
these tests pin that the shortcuts change only the speed, never which turns match or where.
"""

from __future__ import annotations

import pytest

from analyzers.document import SpeakerRole
from analyzers.rules.context import RuleContext, StatementSpec
from analyzers.rules.engine import document_from_turns
from analyzers.rules.text_match import match_utterance, normalise_phrase, prepare

TURNS = [
    "this is a tempt to collect a dept and any information obtain will be used for that purpose",
    "We will take you to court if it isn't paid.",
    "Nobody is going to take you to court over this.",
    "They said we'd take you to court, which isn't true.",
    "Please stop calling me at work.",
    "please stop calling me",
    "ok",
    "Your balance is forty nine dollars.",
    "we'll be taking your house next week",
]
PHRASES = [
    "this is an attempt to collect a debt",  # fuzzy, long: ASR errors
    "take you to court",  # fuzzy, short: word by word
    "stop calling me",
    "taking your house",
    "sue",  # exact
    "balance is",
]


def _ctx() -> RuleContext:
    turns = [{"speaker": "agent" if i % 2 == 0 else "customer", "text": t} for i, t in enumerate(TURNS)]
    return RuleContext(document_from_turns(turns, {"channel": "voice"}), semantic=False)


@pytest.mark.parametrize("min_score", [None, 80.0, 95.0])
def test_batched_scoring_finds_exactly_what_the_matcher_finds_turn_by_turn(min_score: float | None) -> None:
    ctx = _ctx()
    everywhere = {u.index for u in ctx.utterances}
    for phrase in PHRASES:
        pn = normalise_phrase(phrase)
        found = ctx._phrase_hits(pn, min_score, everywhere)
        for u in ctx.utterances:
            assert found.get(u.index) == match_utterance(pn, prepare(u.text), u.index, min_score), (phrase, u.text)


def test_statement_hits_match_a_brute_force_search_whatever_the_order_of_questions() -> None:
    spec = StatementSpec(phrases=PHRASES, speakers=[SpeakerRole.agent, SpeakerRole.customer])
    fresh = _ctx()
    expected = []
    for u in fresh.utterances:
        mt = prepare(u.text)
        hits = [h for p in PHRASES if (h := match_utterance(normalise_phrase(p), mt, u.index)) and h.affirmed]
        if hits:
            expected.append(max(hits, key=lambda h: h.score))
    got = fresh.statement_hits(spec)
    assert [(h.utterance, h.phrase, h.char_start, h.char_end) for h in got] == [
        (h.utterance, h.phrase, h.char_start, h.char_end) for h in expected
    ]
    assert {h.utterance for h in got} == {0, 1, 4, 5, 7, 8}  # the denial and the report are not statements
    # a window asked for first, then everything: the cache fills the rest without losing a hit
    warmed = _ctx()
    assert [h.utterance for h in warmed.statement_hits(spec, after=3)] == [4, 5, 7, 8]
    assert warmed.statement_hits(spec) == got


def test_lists_with_the_same_words_keep_their_own_results() -> None:
    ctx = _ctx()
    customer = [SpeakerRole.customer]
    plain = StatementSpec(phrases=["stop calling me"], speakers=customer)
    at_work = StatementSpec(phrases=["stop calling me"], speakers=customer, unless=["at work"])
    assert [h.utterance for h in ctx.statement_hits(plain)] == [5]  # turn 4 is the agent's
    agent_and_customer = [SpeakerRole.agent, SpeakerRole.customer]
    plain_all = StatementSpec(phrases=["stop calling me"], speakers=agent_and_customer)
    at_work_all = StatementSpec(phrases=["stop calling me"], speakers=agent_and_customer, unless=["at work"])
    assert [h.utterance for h in ctx.statement_hits(plain_all)] == [4, 5]
    assert [h.utterance for h in ctx.statement_hits(at_work_all)] == [5]  # "at work" excepts turn 4 only
    assert [h.utterance for h in ctx.statement_hits(at_work)] == [5]
