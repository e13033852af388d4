"""Empathy, politeness, rudeness, customer situation and brand-voice scores from sentence embeddings.

Empathy comes from a model taught by labelled replies (empathy_model.py), politeness from a model fitted to human
ratings of requests (politeness_model.py). The other scores compare an utterance
with positive and negative exemplars (mean of the k nearest of each) and map the difference to 0..1 with a
logistic curve; 0.5 means "as close to one side as the other".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analyzers.quality import exemplars as ex
from analyzers.quality.embeddings import FAST, encode_with, readouts_with
from analyzers.quality.message_parts import message_paragraphs

_TAG = re.compile(r"<([A-Z][A-Z_]*)(?::[0-9a-f]+)?>")
# Profanity and insults VADER scores mildly or not at all, but that are never acceptable from an agent.
ABUSE = re.compile(
    r"\b(f+u+c+k\w*|shit\w*|bitch\w*|bastard|asshole|dickhead|damn|crap|idiot\w*|moron\w*|stupid|dumb|pathetic"
    r"|deadbeats?|loser|shut up|piss(ed)? off|hell\b)",
    re.IGNORECASE,
)

K = 3  # nearest exemplars per side: robust to one odd exemplar, still sharp


def embeddable(text: str) -> str:
    """Text as the encoder should see it: redaction tags become plain words ('<CREDIT_CARD>' -> 'credit card')."""
    return _TAG.sub(lambda m: m.group(1).lower().replace("_", " "), text)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


def paragraphs(text: str) -> list[list[str]]:
    """Sentences of an utterance, grouped by paragraph: blank-line blocks, and a message's subject, salutation,
    body, sign-off and footer apart even where the text has lost its line breaks (message_parts.py)."""
    out = []
    for block in message_paragraphs(text):
        parts = [" ".join(p.split()) for p in _SENTENCE_END.split(block) if p.strip()]
        if parts:
            out.append(parts)
    return out or [[text.strip() or "."]]


def sentences(text: str) -> list[str]:
    """Sentences of an utterance, in order."""
    return [sent for para in paragraphs(text) for sent in para]


@dataclass(frozen=True)
class Embedded:
    """Embeddings of utterances and of their sentences, from one batched encoder pass over the sentences."""

    utterances: np.ndarray  # (n, d): the normalised mean of each utterance's sentence vectors
    sentences: np.ndarray  # (m, d)
    owner: np.ndarray  # (m,): which utterance each sentence belongs to
    # (n, d): the plain mean of each utterance's sentence layer-4 readouts (embeddings.encode_style_with), politeness'
    # input; a plain mean, not normalised, because that is what the politeness model was fitted on
    style: np.ndarray
    precision: str = FAST  # the encoder that made them: exemplars are compared through the same one
    paragraph: np.ndarray | None = None  # (m,): which paragraph of its utterance each sentence is in

    def split(self, n: int) -> tuple[Embedded, Embedded]:
        """The first n utterances and the rest, as two views."""
        first = self.owner < n
        para = self.paragraphs()
        return (Embedded(self.utterances[:n], self.sentences[first], self.owner[first], self.style[:n],
                         self.precision, para[first]),
                Embedded(self.utterances[n:], self.sentences[~first], self.owner[~first] - n, self.style[n:],
                         self.precision, para[~first]))

    def paragraphs(self) -> np.ndarray:
        """Paragraph index of each sentence within its utterance (all 0 when built without them)."""
        return self.paragraph if self.paragraph is not None else np.zeros_like(self.owner)

    def max_per_utterance(self, sentence_scores: np.ndarray) -> np.ndarray:
        """The highest sentence score of each utterance."""
        out = np.full(self.utterances.shape[0], -np.inf)
        np.maximum.at(out, self.owner, sentence_scores)
        return out


def embed(texts: Sequence[str], batch_size: int = 64, precision: str = FAST) -> Embedded:
    """Encode every sentence of every text once; utterance vectors and style readouts are pooled from their
    sentences."""
    owner: list[int] = []
    paragraph: list[int] = []
    flat: list[str] = []
    for i, t in enumerate(texts):
        for j, para in enumerate(paragraphs(embeddable(t))):
            flat.extend(para)
            owner.extend([i] * len(para))
            paragraph.extend([j] * len(para))
    read = readouts_with(precision, flat, batch_size=batch_size)
    sent_emb = read.embedding
    own = np.asarray(owner, dtype=np.int64)
    pooled = np.zeros((len(texts), sent_emb.shape[1]), dtype=np.float32)
    np.add.at(pooled, own, sent_emb)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    style = np.zeros((len(texts), read.style.shape[1]), dtype=np.float32)
    np.add.at(style, own, read.style)
    style /= np.maximum(np.bincount(own, minlength=len(texts)), 1)[:, None]
    return Embedded((pooled / np.where(norms > 0, norms, 1.0)).astype(np.float32), sent_emb, own, style, precision,
                    np.asarray(paragraph, dtype=np.int64))


@dataclass(frozen=True)
class Bank:
    """Encoded positive and negative exemplars of one quality."""

    pos: np.ndarray
    neg: np.ndarray


@lru_cache(maxsize=64)
def bank(pos: tuple[str, ...], neg: tuple[str, ...], precision: str = FAST) -> Bank:
    """Exemplars encoded once per process and encoder (cached by their text)."""
    return Bank(encode_with(precision, list(pos)), encode_with(precision, list(neg)))


def _topk(sims: np.ndarray, k: int) -> np.ndarray:
    k = min(k, sims.shape[1])
    return np.asarray(np.sort(sims, axis=1)[:, -k:].mean(axis=1))


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """All dot products of the rows of a with the rows of b (cosines for unit vectors)."""
    # einsum's own loop rather than BLAS: numpy's OpenBLAS wakes a second thread even for these small products, and
    # on a busy machine waiting for it cost 4-25 ms per call (measured), a hundred times the product itself.
    return np.einsum("ij,kj->ik", a, b)


def contrast(emb: np.ndarray, b: Bank, k: int = K) -> np.ndarray:
    """Closeness to the positive exemplars minus closeness to the negative ones, per row."""
    if emb.shape[0] == 0:
        return np.zeros(0, dtype=np.float32)
    return np.asarray(_topk(cosines(emb, b.pos), k) - _topk(cosines(emb, b.neg), k))


def logistic(x: np.ndarray | float, scale: float) -> np.ndarray:
    """Map a raw score to 0..1; `scale` sets how fast it saturates."""
    return 1.0 / (1.0 + np.exp(-scale * np.asarray(x, dtype=np.float64)))


@lru_cache(maxsize=1)
def vader() -> SentimentIntensityAnalyzer:
    """One VADER analyser per process (its lexicon ships inside the package)."""
    return SentimentIntensityAnalyzer()


# Scales chosen so that clear exemplar-like sentences land near 0.1 / 0.9 (checked by the tests' tables).
SITUATION_SCALE = 14.0
RUDENESS_SCALE = 12.0
BRAND_SCALE = 10.0


# The longest stretch of sentences judged as one reply: the empathy model was taught on replies of one to four.
EMPATHY_WINDOW = 4


def reply_passages(emb: Embedded) -> tuple[np.ndarray, np.ndarray]:
    """Pooled vectors of each utterance's passages, and the utterance each passage belongs to.

    A passage is a paragraph, or, in a paragraph longer than EMPATHY_WINDOW sentences, every run of that many
    consecutive sentences. A short chat or call reply is one passage (its own pooled vector); an email's greeting,
    body and signature are separate, so the boilerplate does not drown the body."""
    vectors: list[np.ndarray] = []
    owners: list[int] = []
    para = emb.paragraphs()
    for i in range(emb.utterances.shape[0]):
        mine = np.flatnonzero(emb.owner == i)
        for p in dict.fromkeys(para[mine].tolist()):
            run = mine[para[mine] == p]
            width = min(EMPATHY_WINDOW, len(run))
            for start in range(len(run) - width + 1):
                v = emb.sentences[run[start:start + width]].sum(axis=0)
                vectors.append(v / max(float(np.linalg.norm(v)), 1e-12))
                owners.append(i)
    if not vectors:
        return np.zeros((0, emb.utterances.shape[1]), dtype=np.float32), np.zeros(0, dtype=np.int64)
    return np.asarray(vectors, dtype=np.float32), np.asarray(owners, dtype=np.int64)


def empathy_scores(emb: Embedded) -> np.ndarray:
    """Empathy 0..1 per agent utterance: how likely its most empathetic passage acknowledges the customer's
    situation, apologises where due or offers options without overriding that with pressure
    (analyzers/quality/empathy_model.py).

    A passage is judged as a whole, not by its best sentence: "Sorry to hear that. The full $318 is due today."
    is not empathetic, and only the pooled vector of both sentences says so."""
    from analyzers.quality import empathy_model

    vectors, owners = reply_passages(emb)
    out = np.zeros(emb.utterances.shape[0], dtype=np.float64)
    if owners.size:
        np.maximum.at(out, owners, empathy_model.model(emb.precision).probabilities(vectors))
    return out


def situation_scores(emb: Embedded) -> np.ndarray:
    """How clearly each customer utterance shares a situation that calls for empathy (its clearest sentence)."""
    per_sentence = contrast(emb.sentences, bank(ex.SITUATION_POSITIVE, ex.SITUATION_NEGATIVE, emb.precision))
    return logistic(emb.max_per_utterance(per_sentence), SITUATION_SCALE)


@dataclass(frozen=True)
class Lexical:
    """Word-level signals of each text, computed once and shared by the politeness and rudeness scores."""

    compound: np.ndarray  # VADER compound, -1..1
    negative: np.ndarray  # VADER share of negative words, 0..1
    abuse: np.ndarray  # 1.0 where an abusive word occurs


def lexical(texts: Sequence[str]) -> Lexical:
    """VADER and abusive-word signals per text (VADER is the costliest step after the encoder: run it once)."""
    polarity = [vader().polarity_scores(t) for t in texts]
    return Lexical(np.array([p["compound"] for p in polarity], dtype=np.float64),
                   np.array([p["neg"] for p in polarity], dtype=np.float64),
                   np.array([1.0 if ABUSE.search(t) else 0.0 for t in texts], dtype=np.float64))


def politeness_scores(emb: Embedded, texts: Sequence[str], lex: Lexical | None = None) -> np.ndarray:
    """Politeness 0..1 per utterance, from the model fitted to the Stanford Politeness Corpus's human ratings
    (politeness_model.py): its pooled layer-4 readout, politeness strategies, VADER and abusive words.
    0.5 is the corpus's average request."""
    from analyzers.quality import politeness_model

    lex = lex if lex is not None else lexical(texts)
    return politeness_model.model(emb.precision).scores(emb.style, texts, lex)


def rudeness_scores(emb: Embedded, texts: Sequence[str], lex: Lexical | None = None) -> np.ndarray:
    """Rudeness 0..1: the rudest sentence's exemplar contrast, VADER negativity and abusive words."""
    lex = lex if lex is not None else lexical(texts)
    # Acknowledging a customer's frustration uses negative words too, so empathy exemplars count as not rude.
    rude = bank(ex.RUDE_POSITIVE, ex.RUDE_NEGATIVE + ex.EMPATHY_POSITIVE, emb.precision)
    c = emb.max_per_utterance(contrast(emb.sentences, rude))
    return logistic(c - 0.06 + 0.1 * lex.negative + 0.2 * lex.abuse, RUDENESS_SCALE)


def brand_scores(emb: Embedded, texts: Sequence[str], voice: tuple[str, ...], off_voice: tuple[str, ...],
                 banned: Sequence[str]) -> np.ndarray:
    """Brand-voice alignment 0..1 per agent utterance; any banned phrase sets the utterance to 0."""
    # Plain procedure ("the balance is...") is on-voice for any brand: only what sounds like the off-voice
    # exemplars (threats, legalese, rudeness) pulls the score down.
    scores = logistic(contrast(emb.utterances, bank(voice + ex.NEUTRAL_PROCEDURE, off_voice, emb.precision)),
                      BRAND_SCALE)
    hits = banned_hits(texts, banned)
    for i in hits:
        scores[i] = 0.0
    return scores


def banned_hits(texts: Sequence[str], banned: Sequence[str]) -> dict[int, list[str]]:
    """Which banned phrases each text contains (case-insensitive, whole words)."""
    patterns = [(p, re.compile(r"\b" + re.escape(p.strip()) + r"\b", re.IGNORECASE)) for p in banned if p.strip()]
    out: dict[int, list[str]] = {}
    for i, t in enumerate(texts):
        found = [p for p, rx in patterns if rx.search(t)]
        if found:
            out[i] = found
    return out


def sentiment(texts: Sequence[str]) -> float:
    """Mean VADER compound (-1..1) over the texts; 0 when there are none."""
    if not texts:
        return 0.0
    return float(np.mean([vader().polarity_scores(t)["compound"] for t in texts]))
