"""Statement matching by meaning: sentence embeddings of a turn compared with a rule's phrases and exemplars.

Fuzzy matching (text_match) tolerates ASR errors and small rewordings; this catches a statement said in other
words ("we keep a recording of this conversation" for "this call is recorded"). A semantic hit is a whole
sentence, so negation and quotation are judged on that sentence: a negation cue the exemplar does not have,
in the clause closest in meaning to the exemplar, rejects the hit ("nobody is going to arrest you" is
close in meaning to "we will arrest you" and must never count as it).

Costs: each rule's exemplars are encoded once per process (`warm` at pack load); a turn's sentences once per
interaction, shared by every rule (RuleContext). The rules use the exact fp32 encoder and the quality stage
the int8 one, so their sentence caches are separate.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from analyzers.rules.text_match import _OWN_REPORT, _QUOTES, _REPORTED, NEGATION_CUES, prepare, reports_speech

if TYPE_CHECKING:
    from analyzers.rules.loader import RuleSet

BRAND_PLACEHOLDER = "{brand}"
# A phrase of one or two words ("pause", "payment plan") names a topic, not a statement: its embedding is
# close to any sentence on that topic. Only longer phrases serve as semantic exemplars.
MIN_EXEMPLAR_WORDS = 3
# Tuned on bench/data/rules/dev.yaml (a priori 0.70): paraphrased disclosures there score 0.72+ against the
# packs' exemplars, the closest sentences that are not disclosures 0.60-0.62.
DEFAULT_THRESHOLD = 0.65
DEFAULT_TURNS = 5

# Same sentence split and tag rewrite as the quality stage: both judge the same sentences.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
_TAG = re.compile(r"<([A-Z][A-Z_]*)(?::[0-9a-f]+)?>")
_CLAUSE_SPLIT = re.compile(r"[,;:\u2014\u2013]|\b(?:but|and|so|because|although|though|however|while)\b", re.I)

_lock = threading.Lock()
_EXEMPLAR_VECS: dict[str, np.ndarray] = {}


@dataclass(frozen=True)
class Unit:
    """One sentence of a turn: its span in the (redacted) turn text and the string given to the encoder."""

    start: int
    end: int
    text: str


def _embeddable(text: str) -> str:
    return _TAG.sub(lambda m: m.group(1).lower().replace("_", " "), text)


def sentence_units(text: str) -> list[Unit]:
    """The sentences of a turn with their character spans."""
    out: list[Unit] = []
    pos = 0
    for part in _SENTENCE_END.split(text):
        at = text.find(part, pos)
        pos = at + len(part)
        stripped = part.strip()
        if stripped:
            lead = len(part) - len(part.lstrip())
            out.append(Unit(at + lead, at + lead + len(stripped), _embeddable(stripped).strip()))
    return out


def encode(texts: list[str]) -> np.ndarray:
    """Unit-length sentence vectors (n, d) from the project's offline encoder (imported on first use)."""
    from analyzers.quality.embeddings import encode as _encode

    return np.asarray(_encode(texts), dtype=np.float32)


@lru_cache(maxsize=4096)
def exemplar_texts(phrases: tuple[str, ...], exemplars: tuple[str, ...]) -> tuple[str, ...]:
    """What a statement is compared with by meaning: phrases of 3+ words without a {brand}, and all exemplars.

    A brand phrase is left to exact matching: "calling from the billing team" means the same as "calling
    from Acme" and is exactly what a brand-identification rule must reject.
    """
    keep = [p for p in phrases if BRAND_PLACEHOLDER not in p and len(prepare(p).norm.split()) >= MIN_EXEMPLAR_WORDS]
    return tuple(dict.fromkeys([*keep, *(e for e in exemplars if e.strip())]))


@lru_cache(maxsize=1024)
def exemplar_matrix(texts: tuple[str, ...]) -> np.ndarray:
    """Vectors (k, d) of exemplars, each encoded once per process."""
    with _lock:
        missing = [t for t in dict.fromkeys(texts) if t not in _EXEMPLAR_VECS]
    if missing:
        vecs = encode(missing)
        with _lock:
            _EXEMPLAR_VECS.update(zip(missing, vecs, strict=True))
    return np.stack([_EXEMPLAR_VECS[t] for t in texts])


@lru_cache(maxsize=1024)
def exemplar_matrix_fast(texts: tuple[str, ...]) -> np.ndarray:
    """Vectors (k, d) of exemplars from the int8 encoder, for comparing with the quality stage's vectors."""
    from analyzers.quality.embeddings import encode_fast

    return np.asarray(encode_fast(list(texts)), dtype=np.float32)


def negated(sentence: str, exemplar: str, exemplar_vec: np.ndarray) -> bool:
    """The sentence denies what the exemplar states: a negation cue the exemplar lacks, in the clause closest
    in meaning to the exemplar ("because of its age we will not sue you" denies "we will sue you"; "don't
    worry, we keep a recording of this conversation" still gives the recording notice).

    Clauses are encoded only for the rare sentence that has such a cue and more than one clause.
    """
    extra_cues = NEGATION_CUES - set(prepare(exemplar).norm.split())
    clauses = [c.strip() for c in _CLAUSE_SPLIT.split(sentence) if c and prepare(c).norm]
    with_cue = [bool(set(prepare(c).norm.split()) & extra_cues) for c in clauses]
    if not any(with_cue):
        return False
    if len(clauses) == 1:
        return True
    sims = encode([_embeddable(c) for c in clauses]) @ exemplar_vec
    return with_cue[int(np.argmax(sims))]


def quoted(turn_text: str, unit: Unit, exemplar: str) -> bool:
    """The sentence is quoted or reported speech of someone else ("my friend said you'd sue me")."""
    prefix = turn_text[: unit.start]
    if prefix.count('"') % 2 == 1 or prefix.count("\u201c") > prefix.count("\u201d"):
        return True
    sentence = turn_text[unit.start : unit.end]
    if any(q in sentence for q in _QUOTES):
        return True
    low = sentence.lower().replace("\u2019", "'")
    if _REPORTED.search(exemplar.lower()):
        return False
    # a reporting verb reports only what follows it: "can you even read?" ends with one and reports nothing
    # and one whose pronoun object closes it ("you said that last month, you're a waste of my time") reports nothing
    # after it either: the rest of the sentence is the speaker's own, as the fuzzy matcher reads it
    reports = any(re.search(r"\w", low[m.end():]) and reports_speech(low, m) for m in _REPORTED.finditer(low))
    return reports and not _OWN_REPORT.search(low)


def _specs(obj: Any) -> Iterable[Any]:
    """Every statement spec inside detector parameters (intent triggers, order events...)."""
    from pydantic import BaseModel

    from analyzers.rules.context import StatementSpec

    if isinstance(obj, StatementSpec):
        yield obj
    if isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from _specs(getattr(obj, name))


def warm(ruleset: RuleSet) -> int:
    """Encode the exemplars of every rule that matches by meaning and train its meaning models (at pack load);
    returns how many exemplars."""
    from analyzers.rules.meanings import model

    texts: list[str] = []
    for c in ruleset.rules:
        for spec in _specs(c.params):
            if spec.semantic:
                texts.extend(exemplar_texts(tuple(spec.phrases), tuple(spec.exemplars)))
            if spec.meaning_version:
                model(spec.meaning_version)
    texts = list(dict.fromkeys(texts))
    if texts:
        exemplar_matrix(tuple(texts))
    return len(texts)
