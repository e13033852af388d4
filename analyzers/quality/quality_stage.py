"""The `quality` stage: empathy, politeness, rudeness, brand voice and customer sentiment, per utterance and call."""

from __future__ import annotations

from typing import ClassVar, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from analyzers.document import Document, SpeakerRole, Utterance
from analyzers.pipeline import ProgressHook, Stage, StageParams, register_stage
from analyzers.quality import empathy_model, politeness_model, scoring
from analyzers.quality import exemplars as ex
from analyzers.quality.embeddings import encoder


class BrandVoice(BaseModel):
    """How one brand wants its agents to sound, and what they must never say."""

    model_config = ConfigDict(extra="forbid")

    exemplars: list[str] = Field(default_factory=list, description="Sentences in the brand's own voice.")
    off_voice: list[str] = Field(default_factory=list, description="Sentences the brand would not say.")
    banned_phrases: list[str] = Field(default_factory=list)


class QualityParams(StageParams):
    situation_threshold: float = Field(default=0.5, ge=0, le=1, description="Customer utterances above this call "
                                       "for empathy.")
    reply_window: int = Field(default=2, ge=1, description="Agent utterances after a situation that may answer it.")
    sentiment_window: int = Field(default=2, ge=1, description="Customer utterances averaged at the start and end.")
    brands: dict[str, BrandVoice] = Field(default_factory=dict, description="Per brand name (case-insensitive); "
                                          "key 'default' applies to brands not listed.")
    banned_phrases: list[str] = Field(default_factory=list, description="Banned for every brand.")
    encoder: Literal["int8", "fp32"] = Field(
        default="int8", description="int8: about half the CPU per sentence; fp32: the torch vectors exactly. The "
        "bench figures hold with both; int8 moves single utterance scores by 0.01-0.02 on average (0.08 at most).")
    batch_size: int = Field(default=64, ge=1, description="Sentences per encoder pass for the fp32 encoder (capped "
                            "at 16); the int8 encoder runs one sentence per pass.")


@register_stage
class Quality(Stage):
    """Scores agent utterances by meaning against exemplars and sums them up per interaction."""

    name: ClassVar[str] = "quality"
    # 2: ONNX encoder, int8 by default; 3: empathy also reads the `support` meaning; 4: empathy from the reply-level
    # model (empathy_model.py); 5: politeness from the model fitted to human ratings (politeness_model.py); 6: that
    # model reads the encoder's layer-4 token mean instead of the last-layer vector (politeness scores change)
    version: ClassVar[str] = "6"
    needs: ClassVar[frozenset[str]] = frozenset({"utterances", "roles", "redacted"})
    adds: ClassVar[frozenset[str]] = frozenset({"quality"})
    Params = QualityParams

    def __init__(self, params: StageParams | None = None) -> None:
        super().__init__(params)
        # Fail at start-up on a missing or altered model, not on the first call (and export it here if absent); the
        # empathy model is trained here too, so the first call does not pay for it.
        encoder(self.params.encoder)  # type: ignore[attr-defined]
        empathy_model.model(self.params.encoder)  # type: ignore[attr-defined]
        politeness_model.model(self.params.encoder)  # type: ignore[attr-defined]

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        p: QualityParams = self.params  # type: ignore[assignment]
        scored = [u for u in doc.utterances if u.role in (SpeakerRole.agent, SpeakerRole.customer) and u.text.strip()]
        if not scored:
            return doc
        agent = [u for u in scored if u.role == SpeakerRole.agent]
        customer = [u for u in scored if u.role == SpeakerRole.customer]
        # One encoder pass for the whole conversation; agent and customer views are split from it.
        emb = scoring.embed([u.text for u in agent + customer], batch_size=p.batch_size, precision=p.encoder)
        a_emb, c_emb = emb.split(len(agent))
        a_texts = [u.text for u in agent]

        empathy = scoring.empathy_scores(a_emb)
        lex = scoring.lexical(a_texts)
        polite = scoring.politeness_scores(a_emb, a_texts, lex)
        rude = scoring.rudeness_scores(a_emb, a_texts, lex)
        situation = scoring.situation_scores(c_emb)
        scores = doc.utterance_scores
        for name, values, utts in (("empathy", empathy, agent), ("politeness", polite, agent),
                                   ("rudeness", rude, agent), ("situation", situation, customer)):
            scores.setdefault(name, {}).update({u.index: round(float(v), 4) for u, v in zip(utts, values, strict=True)})

        m = doc.metrics
        due = _empathy_due(doc.utterances, {u.index: float(s) for u, s in zip(customer, situation, strict=True)},
                           p.situation_threshold, p.reply_window)
        scores.setdefault("empathy_due", {}).update(due)
        m["quality.empathy_opportunities"] = float(_count_situations(customer, situation, p.situation_threshold))
        if agent:
            emp_by_idx = {u.index: float(v) for u, v in zip(agent, empathy, strict=True)}
            m["quality.empathy"] = _interaction_empathy(doc.utterances, customer, situation, emp_by_idx, p)
            m["quality.politeness"] = float(np.mean(polite))
            m["quality.rudeness"] = float(np.max(rude))
            voice = _brand(p, doc.meta.brand_name)
            banned = [*p.banned_phrases, *voice.banned_phrases]
            brand = scoring.brand_scores(a_emb, a_texts, tuple(voice.exemplars) or ex.DEFAULT_BRAND_VOICE,
                                         tuple(voice.off_voice) or ex.DEFAULT_OFF_BRAND, banned)
            scores.setdefault("brand_voice", {}).update(
                {u.index: round(float(v), 4) for u, v in zip(agent, brand, strict=True)})
            m["quality.brand_voice"] = float(np.mean(brand))
            m["quality.banned_phrase_count"] = float(sum(len(v) for v in scoring.banned_hits(a_texts, banned).values()))
        if customer:
            n = min(p.sentiment_window, max(1, len(customer) // 2))
            start = scoring.sentiment([u.text for u in customer[:n]])
            end = scoring.sentiment([u.text for u in customer[-n:]])
            m["tone.customer_sentiment_start"] = start
            m["tone.customer_sentiment_end"] = end
            m["tone.de_escalation"] = end - start
        return doc


def _brand(p: QualityParams, brand_name: str) -> BrandVoice:
    by_name = {k.strip().lower(): v for k, v in p.brands.items()}
    return by_name.get(brand_name.strip().lower()) or by_name.get("default") or BrandVoice()


def _count_situations(customer: list[Utterance], situation: np.ndarray, threshold: float) -> int:
    return int(sum(1 for s in situation if s >= threshold)) if len(customer) else 0


def _replies(utterances: list[Utterance], after: int, window: int) -> list[Utterance]:
    """The next agent utterances after a customer utterance, stopping at the next customer turn but one."""
    out: list[Utterance] = []
    for u in utterances:
        if u.index <= after:
            continue
        if u.role == SpeakerRole.agent:
            out.append(u)
            if len(out) >= window:
                break
    return out


def _empathy_due(utterances: list[Utterance], situation: dict[int, float], threshold: float,
                 window: int) -> dict[int, float]:
    """Agent utterances that answer a customer situation, with how strongly the situation called for empathy."""
    due: dict[int, float] = {}
    for idx, s in situation.items():
        if s < threshold:
            continue
        for r in _replies(utterances, idx, window):
            due[r.index] = max(due.get(r.index, 0.0), round(s, 4))
    return due


def _interaction_empathy(utterances: list[Utterance], customer: list[Utterance], situation: np.ndarray,
                         emp: dict[int, float], p: QualityParams) -> float:
    """Mean, over customer situations, of the best empathy in the agent's reply; 1.0 when nothing called for it.

    Empathy counts only as an answer to something the customer shared; an agent is not marked down for a
    businesslike call with a customer who raised nothing.
    """
    answers: list[float] = []
    for u, s in zip(customer, situation, strict=True):
        if s < p.situation_threshold:
            continue
        replies = _replies(utterances, u.index, p.reply_window)
        answers.append(max((emp.get(r.index, 0.0) for r in replies), default=0.0))
    return float(np.mean(answers)) if answers else 1.0
