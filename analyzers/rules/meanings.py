"""Meanings: sentence classifiers that compliance staff teach with examples, not phrase lists.

A phrase list only finds the wording someone thought of; every new set of real calls brings threats, stop
requests and hardship said in words nobody listed ("I'll be passing your details to the sheriff's office").
A meaning file (rulesets/meanings/<name>.yaml) holds sentences that carry the meaning and sentences that do
not, above all near misses on the same topic; a logistic regression over the sentence embeddings of those
examples recognises the meaning in other words. A rule opts in per statement (`meaning: threat`), so a hit
still passes the statement's speaker, window, negation, quotation and `unless` checks, and its evidence
names the meaning file's version and the probability.

Costs: the model is trained once per process from its file (a few hundred sentences, about a second with
the int8 encoder). At run time it reads the int8 sentence vectors the quality stage has already computed
for the same sentences (shared through the encoder's cache), so judging every sentence costs one dot
product each.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from analyzers.document import SpeakerRole
from analyzers.errors import PipelineConfigError
from analyzers.rules.text_match import NEGATION_CUES, SET_REPLY_NOUNS, prepare

MEANINGS_DIRNAME = "meanings"
DEFAULT_THRESHOLD = 0.8
# Regularisation of the logistic regression. Sentence vectors are unit length with small components, so a
# weak penalty is needed to separate topic-close sentences; chosen by cross-validation on the meaning files.
REGULARISATION_C = 16.0
NEIGHBOURS = 7
MIN_NEIGHBOUR_SHARE = 0.6  # at least 5 of the 7 nearest examples carry the meaning
# A sentence must also be close to one example of the meaning: the linear model alone is sure of itself on
# sentences unlike anything it was taught ("How would you like to pay?" scored a threat at 0.98).
MIN_SIMILARITY = 0.5
# A sentence nearly word for word one of the taught examples needs no threshold (a taught near miss: is ruled out):
# the linear model is a smooth boundary that leaves a quarter of the taught threats below its threshold (a
# harvested threat stayed missed at 0.70), and no taught threat sits this close to a taught near miss (closest 0.90).
SAME_SENTENCE = 0.95
# Below this probability a sentence is not looked up among the examples at all (keeps the lookup off most sentences).
RECALL_FLOOR = 0.6
MIN_WORDS = 4  # shorter sentences ("95 dollars.", "Lovely.") embed too vaguely to judge by meaning
_PAY_WORDS = frozenset({"pay", "paying", "paid", "payment", "payments", "settle", "settling", "settled"})
# Negations that do not deny what follows: insults ("nothing but a chancer", "don't be such a..."), and refusals of
# the customer's offer before the threat ("after christmas won't cut it, I'll have the guards out to you"), and
# dismissals of the customer's objection ("doesn't matter, we can take it anyway", "no matter what you say").
_INSULT_FRAMES = frozenset({("nothing", "but"), ("no", "wonder"), ("cant", "even"), ("dont", "be"), ("wont", "cut"),
                            ("doesnt", "matter"), ("dont", "care"), ("no", "matter"),
                            ("wont", "do"), ("not", "good"), ("isnt", "good"), ("not", "hard"), ("isnt", "hard"),
                            ("not", "difficult"), ("isnt", "difficult"), ("not", "rocket"),
                            # advice against waiting presses, it does not deny: "...gets a list from us, so I
                            # wouldn't leave it", "don't ignore this one"
                            ("wouldnt", "leave"), ("wouldnt", "wait"), ("wouldnt", "ignore"), ("dont", "leave"),
                            ("dont", "ignore")})
# A tag question ends a sentence and asks for agreement ("rubbish, isn't it?"): it denies nothing.
_TAG_SUBJECTS = frozenset({"it", "you", "they", "we", "i", "he", "she", "that", "there"})
# A condition's or a reason's own negation ("if it's not paid", "because you didn't ring back") says nothing
# about the main clause.
_CONDITIONS = frozenset({"if", "unless", "until", "whether", "because", "cause", "since"})
# "no court needed", "no questions asked": a negation that removes a safeguard makes the threat worse.
# A choice denied presses the same way: "this isn't really optional anymore", "it's not negotiable".
_WAIVED = frozenset({"needed", "required", "necessary", "asked", "optional", "negotiable"})
# "we can take it straight off without going to court": doing without a legal step is the threat, not its denial.
_LEGAL_STEPS = frozenset({"court", "judge", "judgment", "judgement", "hearing", "warning", "notice"})
# "No bank will ever lend to you again": the negated access to credit or a home is itself what is threatened.
# "for the rest of your life" says "ever" too; a phone contract is credit as much as a loan is
_FOR_GOOD = frozenset({"ever", "again", "life"})
_ACCESS = frozenset({"loan", "loans", "mortgage", "mortgages", "credit", "lend", "lender", "lenders", "borrow",
                     "finance", "contract", "contracts"})
# "won't get so much as a phone contract for the rest of your life": the words a denial of access may run to
_ACCESS_CLAUSE_WORDS = 13
_MAIN_VERBS = frozenset({"will", "ill", "well", "youll", "theyll", "going", "gonna", "then"})
# "no need to apologise", "no need to worry": a set reply whose negation denies only the apology or worry, not what
# follows ("No need to apologise, hope you're feeling better. Want me to push the due date back?")
_NEEDLESS = frozenset({"apologise", "apologize", "apologising", "apologizing", "worry", "panic", "stress", "fret"})


class MeaningFile(BaseModel):
    """A meaning as compliance staff write it: examples that carry it and near misses that do not."""

    model_config = ConfigDict(extra="forbid")

    meaning: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    speaker: SpeakerRole
    description: str = ""
    threshold: float = Field(default=DEFAULT_THRESHOLD, gt=0.0, lt=1.0,
                             description="Probability a sentence needs to carry the meaning.")
    deny_on_negation: bool = Field(
        default=True,
        description="A negation outside a condition rejects a hit (threats: 'nobody will arrest you'). Off for "
        "meanings often said with a negation ('don't ring me again', 'I'm not working'): the examples teach it.")
    means: list[str] = Field(min_length=20)
    does_not_mean: list[str] = Field(min_length=20)
    contrast: list[str] = Field(
        default_factory=list,
        description="Other meanings whose examples this one must not take for its own (a threat model taught "
        "with the abuse examples as near misses stops reading 'grow up and pay it' as a threat).")
    labelled_examples: str | None = Field(
        default=None, pattern=r"^[A-Za-z0-9_./-]+\.yaml$",
        description="A file of more examples (`means`, `does_not_mean`), relative to this one: sentences taken from "
        "labelled conversations by scripts/harvest_meaning_examples.py, kept apart so this file stays hand-written.")


class LabelledExamples(BaseModel):
    """Examples of a meaning taken from labelled conversations (what scripts/harvest_meaning_examples.py writes)."""

    model_config = ConfigDict(extra="forbid")

    meaning: str
    sources: list[str] = Field(default_factory=list, description="The labelled sets the sentences came from.")
    means: list[str] = Field(default_factory=list)
    does_not_mean: list[str] = Field(default_factory=list)

    @field_validator("means", "does_not_mean")
    @classmethod
    def _non_empty(cls, v: list[str]) -> list[str]:
        blank = [i for i, s in enumerate(v) if not str(s).strip()]
        if blank:
            raise ValueError(f"empty example(s) at position(s) {blank}")
        return [str(s).strip() for s in v]


@dataclass(frozen=True)
class Meaning:
    """A meaning file as loaded: its content, version (sha256 prefix of the file) and where it came from."""

    spec: MeaningFile
    version: str
    source: str
    contrast_examples: tuple[str, ...] = ()  # the `means` of the contrasted meanings, taught as near misses


def load_meaning(path: Path) -> Meaning:
    """One meaning file, validated; a bad file fails with its path and the problem."""
    try:
        raw = path.read_bytes()
        data = yaml.safe_load(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise PipelineConfigError(f"{path}: cannot read meaning file: {exc}") from exc
    try:
        spec = MeaningFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(x) for x in first["loc"])
        raise PipelineConfigError(f"{path}: {loc}: {first['msg']}") from exc
    if spec.meaning != path.stem:
        raise PipelineConfigError(f"{path}: meaning {spec.meaning!r} must match the file name {path.stem!r}")
    if spec.labelled_examples:
        extra_path = path.parent / spec.labelled_examples
        extra_raw, extra = _labelled_examples(extra_path, spec.meaning)
        raw += extra_raw  # the version covers both files: the extra examples are part of the model
        spec = spec.model_copy(update={
            "means": list(dict.fromkeys([*spec.means, *extra.means])),
            "does_not_mean": list(dict.fromkeys([*spec.does_not_mean, *extra.does_not_mean]))})
    return Meaning(spec=spec, version=hashlib.sha256(raw).hexdigest()[:12], source=str(path))


def _labelled_examples(path: Path, meaning: str) -> tuple[bytes, LabelledExamples]:
    try:
        raw = path.read_bytes()
        extra = LabelledExamples.model_validate(yaml.safe_load(raw.decode("utf-8")))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise PipelineConfigError(f"{path}: cannot read labelled examples: {exc}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        raise PipelineConfigError(f"{path}: {'.'.join(str(x) for x in first['loc'])}: {first['msg']}") from exc
    if extra.meaning != meaning:
        raise PipelineConfigError(f"{path}: examples of {extra.meaning!r}, expected {meaning!r}")
    return raw, extra


def load_meanings(directory: Path) -> dict[str, Meaning]:
    """Every meaning file in a directory by name (none if the directory is absent); registered for rules."""
    if not directory.is_dir():
        return {}
    out = {p.stem: load_meaning(p) for p in sorted(directory.glob("*.yaml"))}
    for name, m in list(out.items()):
        unknown = sorted(set(m.spec.contrast) - set(out) | ({name} & set(m.spec.contrast)))
        if unknown:
            raise PipelineConfigError(
                f"{m.source}: contrast: unknown or own meaning(s) {unknown} (known: {sorted(out)})")
        if m.spec.contrast:
            own = set(m.spec.means)
            extra = tuple(dict.fromkeys(t for c in m.spec.contrast for t in out[c].spec.means if t not in own))
            # the version follows the contrasted files too: their examples are part of this model
            version = hashlib.sha256((m.version + "".join(out[c].version for c in m.spec.contrast)).encode())
            out[name] = Meaning(m.spec, version.hexdigest()[:12], m.source, extra)
    for m in out.values():
        _REGISTRY[m.version] = m
    return out


_REGISTRY: dict[str, Meaning] = {}  # version -> meaning: a rule names the exact file content it was loaded with
_MODELS: dict[str, Model] = {}
_lock = threading.Lock()


class Model:
    """A trained meaning: the probability that a sentence vector carries it."""

    def __init__(self, meaning: Meaning) -> None:
        from sklearn.linear_model import LogisticRegression

        from analyzers.quality.embeddings import encode_fast

        spec = meaning.spec
        negatives = [*spec.does_not_mean, *meaning.contrast_examples]
        texts = [embeddable(t) for t in [*spec.means, *negatives]]
        x = encode_fast(texts)
        y = np.array([1] * len(spec.means) + [0] * len(negatives))
        clf = LogisticRegression(C=REGULARISATION_C, class_weight="balanced", max_iter=2000)
        clf.fit(x, y)
        self.name = spec.meaning
        self.version = meaning.version
        self.threshold = spec.threshold
        self.deny_on_negation = spec.deny_on_negation
        self.weights = clf.coef_[0].astype(np.float32)
        self.bias = float(clf.intercept_[0])
        self.examples = x.astype(np.float32)
        self.labels = y.astype(bool)
        self.positives = self.examples[self.labels]

    def neighbours_agree(self, vector: np.ndarray) -> float:
        """Share of the sentence's nearest examples that carry the meaning (0 when no example of it is close).

        The linear model extrapolates wildly on sentences unlike every example ("Hiya, is that Kelly?" scored
        as abuse); a sentence must also sit among examples of the meaning, not among the near misses.
        """
        # einsum's own loop, not BLAS: with a few thousand examples OpenBLAS wakes a second thread for this product,
        # which doubled the CPU per call (measured 57 ms instead of 29)
        sims = np.einsum("ij,j->i", self.examples, vector)
        if sims[self.labels].max() < MIN_SIMILARITY:
            return 0.0
        nearest = np.argpartition(-sims, NEIGHBOURS)[:NEIGHBOURS]
        return float(self.labels[nearest].mean())

    def recognises(self, vector: np.ndarray, probability: float, threshold: float) -> bool:
        """Whether a sentence carries the meaning: probable enough, or nearly repeating a taught example of it (a
        taught near miss it repeats rules it out), and among examples of the meaning."""
        if probability < RECALL_FLOOR:
            return False
        # below the threshold only a repeated taught example can count: look among those first (a third of the rows)
        if probability < threshold and np.einsum("ij,j->i", self.positives, vector).max() < SAME_SENTENCE:
            return False
        sims = np.einsum("ij,j->i", self.examples, vector)
        closest = int(np.argmax(sims))
        taught = sims[closest] >= SAME_SENTENCE
        if taught and not self.labels[closest]:
            return False
        # a harvested example can be an ordinary sentence of a positive call ("Shall we try again?"): repeating one
        # still needs the neighbours' agreement
        if (probability < threshold and not taught) or sims[self.labels].max() < MIN_SIMILARITY:
            return False
        nearest = np.argpartition(-sims, NEIGHBOURS)[:NEIGHBOURS]
        return float(self.labels[nearest].mean()) > MIN_NEIGHBOUR_SHARE

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """Probability per row of (n, d) int8-encoder sentence vectors."""
        if vectors.size == 0:
            return np.zeros(0, dtype=np.float32)
        return 1.0 / (1.0 + np.exp(-(np.einsum("ij,j->i", vectors, self.weights) + self.bias)))


def model(version: str) -> Model:
    """The trained model of a loaded meaning file version (trained on first use, once per process)."""
    with _lock:
        found = _MODELS.get(version)
    if found is not None:
        return found
    meaning = _REGISTRY.get(version)
    if meaning is None:
        raise PipelineConfigError(f"meaning version {version!r} is not loaded (load the ruleset first)")
    trained = Model(meaning)
    with _lock:
        return _MODELS.setdefault(version, trained)


def embeddable(text: str) -> str:
    """The text as the encoder sees it (redaction tags as words), shared with the quality stage."""
    from analyzers.rules.semantic import _embeddable

    return _embeddable(text).strip()


def denied(sentence: str) -> bool:
    """A negation cue in the sentence outside a condition's own first negation.

    "If the balance isn't cleared by Friday we'll send the sheriff" keeps its threat; "if you don't pay, nobody
    will arrest you" and "if you don't pay we won't sue" deny it. "Not paying is fraud" keeps it (the negated
    act is the subject). The classifier judges everything else.
    """
    words = prepare(sentence).norm.split()
    in_condition = False
    for i, w in enumerate(words):
        if w in _CONDITIONS:
            in_condition = True
            continue
        if w in _MAIN_VERBS:
            in_condition = False
            continue
        if w in NEGATION_CUES:
            if in_condition:
                in_condition = False  # the condition's own negation; a second one denies the main clause
                continue
            if i == len(words) - 2 and words[-1] in _TAG_SUBJECTS:
                continue
            if w == "no" and words[i + 1 : i + 2] and words[i + 1] in SET_REPLY_NOUNS:
                continue  # "no bother at all, sorry you're unwell": the set reply denies only its own noun
            if w == "no" and words[i + 1 : i + 3] == ["need", "to"] and words[i + 3 : i + 4] \
                    and words[i + 3] in _NEEDLESS | {"be"}:
                continue  # "no need to apologise, hope you're feeling better": the set reply denies only itself
            if (w, *words[i + 1 : i + 2]) in _INSULT_FRAMES:
                continue  # "nothing but a chancer", "no wonder you're broke", "can't even", "don't be such a..."
            if _PAY_WORDS & set(words[i + 1 : i + 3]):
                continue  # "not paying is fraud", "tell him you don't pay your bills": the act, not a denial
            ahead = set(words[i + 1 : i + 4])
            if ahead & _WAIVED or (w == "without" and ahead & _LEGAL_STEPS):
                continue
            clause = set(words[i + 1 : i + _ACCESS_CLAUSE_WORDS + 1])
            if clause & _FOR_GOOD and clause & _ACCESS:
                continue
            return True
    return False
