"""Per-agent coaching: the utterances that lowered an agent's scores, worst first, across interactions."""

from __future__ import annotations

from analyzers.document import Document, InteractionMeta, SpeakerRole, Utterance
from analyzers.quality.coaching import coaching_opportunities

A, C = SpeakerRole.agent, SpeakerRole.customer


def scored(interaction: str, agent: str, turns: list[tuple[SpeakerRole, str]], scores: dict[str, dict[int, float]],
           metrics: dict[str, float]) -> Document:
    return Document(meta=InteractionMeta(interaction_id=interaction, agent_ref=agent), redacted=True,
                    utterances=[Utterance(index=i, speaker=r.value, role=r, text=t, start=float(i), end=i + 0.5)
                                for i, (r, t) in enumerate(turns)],
                    utterance_scores=scores, metrics=metrics)


def test_lists_missed_empathy_and_rudeness_per_agent_worst_first() -> None:
    d1 = scored("i1", "amy", [(C, "My mum died."), (A, "The payment is overdue."), (A, "Anything else?")],
                {"empathy": {1: 0.1, 2: 0.2}, "empathy_due": {1: 0.95}, "rudeness": {1: 0.2, 2: 0.1},
                 "politeness": {1: 0.4, 2: 0.5}},
                {"quality.empathy": 0.1, "quality.rudeness": 0.2})
    d2 = scored("i2", "amy", [(C, "Hi."), (A, "Stop whining and pay.")],
                {"empathy": {1: 0.1}, "rudeness": {1: 0.97}, "politeness": {1: 0.05}},
                {"quality.empathy": 1.0, "quality.rudeness": 0.97})
    d3 = scored("i3", "bob", [(C, "Hi."), (A, "Thanks for calling, how can I help?")],
                {"empathy": {1: 0.3}, "rudeness": {1: 0.05}, "politeness": {1: 0.9}},
                {"quality.empathy": 1.0, "quality.rudeness": 0.05})
    report = {r.agent_ref: r for r in coaching_opportunities([d1, d2, d3])}
    amy = report["amy"]
    assert amy.interactions == 2
    assert amy.averages["empathy"] == 0.55
    assert [(i.interaction_id, i.utterance, i.score) for i in amy.items] == [
        ("i2", 1, "rudeness"), ("i1", 1, "empathy"), ("i2", 1, "politeness")]
    assert amy.items[0].excerpt == "Stop whining and pay." and amy.items[0].start == 1.0
    # low empathy without a customer situation (utterance 2 of i1, bob's greeting) is not a coaching point
    assert report["bob"].items == []
