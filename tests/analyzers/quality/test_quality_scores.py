"""Empathy, politeness, rudeness, brand voice and customer sentiment, scored by meaning with the offline model."""

from __future__ import annotations

import pytest

from analyzers.document import Document, InteractionMeta, SpeakerRole, Utterance
from analyzers.errors import ModelMissingError
from analyzers.quality import embeddings, scoring
from analyzers.quality.quality_stage import BrandVoice, Quality

A, C = SpeakerRole.agent, SpeakerRole.customer
ENCODERS = ["int8", "fp32"]  # the stage's `encoder` choices: both must give the same verdicts


@pytest.fixture(scope="module")
def stage() -> Quality:
    return Quality()


def run(stage: Quality, turns: list[tuple[SpeakerRole, str]], brand: str = "") -> Document:
    doc = Document(meta=InteractionMeta(brand_name=brand), redacted=True,
                   utterances=[Utterance(index=i, speaker=r.value, role=r, text=t) for i, (r, t) in enumerate(turns)])
    return stage(doc)


EMPATHETIC = [
    "Oh, I'm sorry, that must be so hard for you and your family.",
    "That sounds exhausting. Let's find a payment that fits what you can afford.",
    "I'm sorry for the mix-up on our side, I'll sort the refund out today.",
    "I understand completely, we can pause things for a month if that helps.",
    "Thank you for sharing that with me. Would a smaller monthly amount be easier?",
]
NOT_EMPATHETIC = [
    "The payment is still due on Friday regardless.",
    "Can you read me the long number on the front of the card?",
    "That doesn't change anything, the balance is overdue.",
    "We get that excuse all the time.",
    "Your reference number is four five two.",
]


@pytest.mark.parametrize("precision", ENCODERS)
@pytest.mark.parametrize("text", EMPATHETIC)
def test_empathetic_replies_score_high(text: str, precision: str) -> None:
    assert scoring.empathy_scores(scoring.embed([text], precision=precision))[0] >= 0.5


@pytest.mark.parametrize("precision", ENCODERS)
def test_a_demand_after_the_sympathy_lowers_empathy(precision: str) -> None:
    alone = "Sorry to hear about your operation."
    pressed = alone + " The full balance of $410 still needs to be paid today by card."
    scores = scoring.empathy_scores(scoring.embed([alone, pressed], precision=precision))
    assert scores[1] <= scores[0] - 0.15


@pytest.mark.parametrize("precision", ENCODERS)
@pytest.mark.parametrize("text", NOT_EMPATHETIC)
def test_procedural_or_dismissive_replies_score_low(text: str, precision: str) -> None:
    assert scoring.empathy_scores(scoring.embed([text], precision=precision))[0] < 0.5


@pytest.mark.parametrize(
    ("polite", "impolite"),
    [
        ("Would you mind confirming your address for me, please?", "Confirm your address."),
        ("Thanks so much for your patience today.", "Why do you keep wasting my time?"),
        ("Could you possibly check the letter we sent?", "Did you even bother reading the letter?"),
    ],
)
@pytest.mark.parametrize("precision", ENCODERS)
def test_politeness_orders_pairs(polite: str, impolite: str, precision: str) -> None:
    p = scoring.politeness_scores(scoring.embed([polite, impolite], precision=precision), [polite, impolite])
    assert p[0] > p[1]


@pytest.mark.parametrize(
    ("text", "rude"),
    [
        ("Stop making excuses, you idiot.", True),
        ("Honestly, that's a pathetic excuse.", True),
        ("Shut up and let me finish.", True),
        ("Thanks for your time, have a good evening.", False),
        ("The balance is one hundred and fifty dollars.", False),
        ("I understand, let's look at a plan.", False),
    ],
)
@pytest.mark.parametrize("precision", ENCODERS)
def test_rudeness(text: str, rude: bool, precision: str) -> None:
    assert bool(scoring.rudeness_scores(scoring.embed([text], precision=precision), [text])[0] > 0.5) is rude


def test_empathy_counts_only_where_the_customer_shared_a_situation(stage: Quality) -> None:
    businesslike = run(stage, [(A, "Hi, can I take a payment today?"), (C, "Sure, by card."),
                               (A, "Great, what's the card number?")])
    assert businesslike.metrics["quality.empathy_opportunities"] == 0
    assert businesslike.metrics["quality.empathy"] == 1.0  # nothing called for empathy: no deficit

    missed = run(stage, [(C, "My dad died last week and I haven't been able to think about bills."),
                         (A, "Right. The payment is overdue, can you pay today?")])
    answered = run(stage, [(C, "My dad died last week and I haven't been able to think about bills."),
                           (A, "I'm so sorry about your dad. There's no rush, we can talk about this later.")])
    assert missed.metrics["quality.empathy_opportunities"] == 1
    assert missed.metrics["quality.empathy"] < 0.5 < answered.metrics["quality.empathy"]
    assert missed.utterance_scores["empathy_due"] == {1: pytest.approx(missed.utterance_scores["situation"][0])}


def test_stage_fills_contract_metrics_and_per_utterance_scores(stage: Quality) -> None:
    doc = run(stage, [(A, "Hello, thanks for taking my call."), (C, "This is ridiculous, I'm furious."),
                      (A, "I'm sorry, let me help."), (C, "Thank you, that's great, I appreciate it.")])
    for name in ("quality.empathy", "quality.politeness", "quality.rudeness", "quality.brand_voice",
                 "tone.customer_sentiment_start", "tone.customer_sentiment_end"):
        assert name in doc.metrics
        lo = -1.0 if name.startswith("tone.") else 0.0
        assert lo <= doc.metrics[name] <= 1.0
    for name in ("empathy", "politeness", "rudeness"):
        assert set(doc.utterance_scores[name]) == {0, 2}
    # the customer started angry and ended pleased: de-escalated
    assert doc.metrics["tone.customer_sentiment_start"] < 0 < doc.metrics["tone.customer_sentiment_end"]
    assert doc.metrics["tone.de_escalation"] > 0


def test_brand_voice_and_banned_phrases() -> None:
    stage = Quality(Quality.Params(brands={"Brightline": BrandVoice(
        exemplars=["Happy to help you get this sorted!", "No worries at all, we'll figure it out together."],
        banned_phrases=["final demand"])}))
    on_voice = run(stage, [(A, "No worries, we'll sort it out together, happy to help.")], brand="brightline")
    banned = run(stage, [(A, "This is a final demand for payment.")], brand="Brightline")
    assert on_voice.metrics["quality.brand_voice"] > 0.5
    assert banned.metrics["quality.brand_voice"] == 0.0
    assert banned.metrics["quality.banned_phrase_count"] == 1


def test_redaction_tags_are_read_as_words() -> None:
    assert scoring.embeddable("My card is <CREDIT_CARD> and <PERSON:ab12cd34ef>") == "My card is credit card and person"


def test_altered_model_weights_fail_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    # An export made from other weights is stale: the stage rebuilds it, and the rebuild checks the weights.
    embeddings.verified_model_dir.cache_clear()
    embeddings.encoder.cache_clear()
    monkeypatch.setattr(embeddings, "WEIGHTS_SHA256", "0" * 64)
    try:
        with pytest.raises(ModelMissingError, match=r"model\.safetensors: sha256"):
            Quality()
    finally:
        monkeypatch.undo()
        embeddings.verified_model_dir.cache_clear()
        embeddings.encoder.cache_clear()


@pytest.mark.parametrize(
    "turns",
    [
        [(C, "Hello? Who is this?")],  # customer only: tone of the customer, nothing about the agent
        [(A, "Hello, this is Brightline calling.")],  # agent only: no customer to read
        [(SpeakerRole.unknown, "Hello.")],  # roles unknown: nothing to score
    ],
)
def test_one_sided_conversations_do_not_break(stage: Quality, turns: list[tuple[SpeakerRole, str]]) -> None:
    doc = run(stage, turns)
    has_agent = any(r == A for r, _ in turns)
    has_customer = any(r == C for r, _ in turns)
    assert ("quality.politeness" in doc.metrics) is has_agent
    assert ("tone.customer_sentiment_start" in doc.metrics) is has_customer


def test_repeated_sentences_come_from_the_cache() -> None:
    embeddings.clear_cache()
    first = embeddings.encode(["This call is recorded for quality and training."])
    again = embeddings.encode(["This call is recorded for quality and training.", "Something new."])
    assert (first[0] == again[0]).all()
    assert abs(float(again[1] @ again[1]) - 1.0) < 1e-5
