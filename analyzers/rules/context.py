"""What detectors see of one interaction: the redacted document plus cached, prepared utterance text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from pydantic import Field, model_validator
from rapidfuzz import fuzz, process

from analyzers.document import Document, Evidence, SpeakerRole, Utterance
from analyzers.rules import meanings
from analyzers.rules import semantic as meaning
from analyzers.rules.detectors.base import DetectorParams
from analyzers.rules.text_match import (
    EXACT_BELOW_CHARS,
    Hit,
    MatchText,
    default_min_score,
    match_utterance,
    normalise_phrase,
    prepare,
)

EXCERPT_CHARS = 160
# How far below the semantic threshold an int8 similarity may be and still send the turn to the exact encoder
# (int8 and fp32 cosines differ by 0.01-0.03 on the bench sets).
PREFILTER_MARGIN = 0.08
BRAND_PLACEHOLDER = "{brand}"
# Words too common to decide whether a fuzzy phrase could be present in an utterance.
_STOPWORDS = frozenset(
    "this that with have will what from they there about would could please going just your youre been being "
    "were when where which their them then than into over also only very some more much such here".split()
)


@lru_cache(maxsize=65536)
def _keys(word: str) -> tuple[str, ...]:
    """Index keys of a word: itself and, for longer words, its first and last four letters."""
    if len(word) < 6:
        return (word,)
    return (word, "p:" + word[:4], "s:" + word[-4:])


_NONE: frozenset[int] = frozenset()


@lru_cache(maxsize=16384)
def _index_keys(phrase_norm: str, min_score: float | None) -> tuple[bool, tuple[tuple[str, ...], ...]]:
    """The index keys that say where a phrase can match, worked out once per phrase: (True, keys per word) when
    every word must be present (exact phrases; the last word may carry an "s", see text_match._exact_pattern:
    "depression's", plurals), or (False, (keys,)) when one content word, or one sharing its first or last four
    letters ("arrested" ~ "a rested"), will do (fuzzy phrases); (False, ()) when the phrase has no content word
    and can match anywhere."""
    words = phrase_norm.split()
    thr = default_min_score(phrase_norm) if min_score is None else min_score
    if thr >= 100.0 or len(phrase_norm) < EXACT_BELOW_CHARS:
        return True, tuple((w, w + "s") if i == len(words) - 1 else (w,) for i, w in enumerate(words))
    content = [w for w in words if len(w) >= 4 and w not in _STOPWORDS]
    return False, ((tuple(k for w in content for k in _keys(w)),) if content else ())


def _sentence_span(text: str, at: int) -> tuple[int, int]:
    """The [start, end) of the sentence holding character `at`."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    nxt = _SENTENCE_END.search(text, at)
    return start, nxt.end() if nxt else len(text)


_SENTENCE_END = re.compile(r"[.!?;\n]+")
# An exception the speaker widens with an alternative no longer limits what they say: "don't call me at work or
# anywhere else", "at work or at home", "after five or at all" ask for everything, not for a time or place.
# A second exception named as the alternative ("at work or in the evening") is still found on its own.
# A request widened later in its sentence is as wide: "stop calling me, at work, at home, everywhere", "stop ringing me
# at work, just stop ringing altogether", "... actually stop ringing me full stop". A bare "just stop" closing the
# sentence takes the limit back too ("stop ringing me at work its embarrassing just stop"); "just stop calling
# there" keeps it.
_WIDENED = re.compile(
    r"^[\s,]*(?:or|and|nor)\s+(?:anywhere|everywhere|elsewhere|ever|any|at|on|in|home|otherwise)\b"
    r"|^[^.!?;\n]*?\b(?:everywhere|altogether|full stop|anywhere(?!\s+else))\b"
    r"|^[^.!?;\n]*?\bjust stop(?:\s+(?:it|now|please))?\s*(?:[.!?;\n]|$)",
    re.IGNORECASE,
)


class StatementSpec(DetectorParams):
    """A statement described by paraphrases, said by some speakers within a window of the interaction."""

    phrases: list[str] = Field(default_factory=list, description="Any one of these paraphrases.")
    all_of: list[list[str]] = Field(
        default_factory=list, description="Each group must match (any paraphrase of it) in the same utterance."
    )
    speakers: list[SpeakerRole] = Field(default_factory=lambda: [SpeakerRole.agent])
    within_seconds: float | None = Field(default=None, gt=0, description="Only utterances starting this early.")
    within_turns: int | None = Field(default=None, gt=0, description="Only the first N turns of these speakers.")
    min_score: float | None = Field(default=None, ge=50, le=100, description="Fuzzy threshold (default by length).")
    negation_aware: bool = True
    quote_aware: bool = True
    unless: list[str] = Field(
        default_factory=list,
        description="Exceptions: a hit does not count when one of these is also said in the same sentence "
        "(e.g. 'stop calling me at work' is no cease request).",
    )
    semantic: bool = Field(
        default=False,
        description="Also match by meaning (sentence embeddings): a sentence counts when its cosine similarity "
        "to a phrase of 3+ words (no {brand}) or to an exemplar reaches semantic_threshold. On by default for "
        "required statements; elsewhere switch it on per rule.",
    )
    semantic_threshold: float = Field(
        default=meaning.DEFAULT_THRESHOLD,
        ge=0.3,
        le=1.0,
        description="Cosine similarity (0..1) a sentence needs to match a phrase or exemplar by meaning.",
    )
    semantic_needs: list[str] = Field(
        default_factory=list,
        description="A sentence matched by meaning counts only when it also says one of these words (fuzzy phrase "
        "rules, lexicon references allowed): the statement's indispensable content, which a near paraphrase can "
        "lack (\"we've been trying to reach you about this debt\" is close to a Mini-Miranda but never says "
        "\"collect\").",
    )
    semantic_turns: int = Field(
        default=meaning.DEFAULT_TURNS,
        ge=1,
        description="Semantic matching reads only the first N turns of the window (the encoder costs a few ms "
        "per sentence); fuzzy matching reads all of it.",
    )
    exemplars: list[str] = Field(
        default_factory=list,
        description="Whole sentences matched by meaning only (not fuzzily), e.g. a disclosure in other words.",
    )
    meaning: str | None = Field(
        default=None,
        description="Also match sentences that a meaning file (rulesets/meanings/<name>.yaml) recognises: a "
        "classifier taught by examples, for statements said in words no phrase list has. The hit still passes "
        "the speaker, window, negation, quotation and `unless` checks.",
    )
    meaning_threshold: float | None = Field(
        default=None, gt=0.0, lt=1.0, description="Probability a sentence needs; default: the meaning file's."
    )
    meaning_version: str | None = Field(
        default=None, description="Set by the loader: the content version of the meaning file the rule uses."
    )

    @model_validator(mode="after")
    def _has_phrases(self) -> StatementSpec:
        if not self.phrases and not self.all_of and not getattr(self, "entity_types", None):
            if not (self.semantic and self.exemplars) and not self.meaning:
                raise ValueError("give phrases or all_of")
        return self


class RequiredStatementSpec(StatementSpec):
    """A statement that must be made: matched by meaning as well, unless the rule says `semantic: false`."""

    semantic: bool = Field(
        default=True,
        description="Also match by meaning (sentence embeddings): a sentence counts when its cosine similarity "
        "to a phrase of 3+ words (no {brand}) or to an exemplar reaches semantic_threshold.",
    )
    confirmed_question: bool = Field(
        default=False,
        description="Also made when the customer asks it as a question inside the window (\"Is this call "
        "recorded?\") and the speaker's next turn answers yes (\"Yes, it is.\").",
    )


class RuleContext:
    """One interaction prepared for rule evaluation; phrase matches are cached across rules."""

    def __init__(self, doc: Document, semantic: bool = True) -> None:
        self.doc = doc
        self.semantic = semantic  # False: fuzzy matching only, whatever the rules say (benchmarks, debugging)
        self.utterances: list[Utterance] = list(doc.utterances)
        self._prepared: dict[int, MatchText] = {}
        # (normalised phrase, min score) -> utterance index -> its hit, or None where it does not match
        self._hits: dict[tuple[str, float | None], dict[int, Hit | None]] = {}
        # the same, only the utterances where the phrase matched: most phrases match nowhere they are looked
        # for, and a rule reading this skips them without a step per candidate utterance
        self._found: dict[tuple[str, float | None], dict[int, Hit]] = {}
        self._rank: dict[int, int] = {}
        per_role: dict[SpeakerRole, int] = {}
        for u in self.utterances:
            self._rank[u.index] = per_role.get(u.role, 0)
            per_role[u.role] = per_role.get(u.role, 0) + 1
        self.has_times = any(u.start is not None for u in self.utterances)
        self.brand_names = [n for n in [doc.meta.brand_name, *doc.meta.brand_aliases] if n.strip()]
        self._by_index: dict[int, Utterance] = {u.index: u for u in self.utterances}
        # word -> utterances containing it: most phrases can be ruled out without scoring them
        self._postings: dict[str, set[int]] = {}
        for u in self.utterances:
            for w in set(self.prepared(u).norm.split()):
                for key in _keys(w):
                    self._postings.setdefault(key, set()).add(u.index)
        self._candidate_cache: dict[tuple[str, float | None], set[int]] = {}
        # per phrase list (by identity, the list kept alive with its entry): the expanded list, and the phrases
        # that can match somewhere in this interaction with where they can
        self._expanded: dict[int, tuple[Iterable[str], list[str]]] = {}
        self._plans: dict[tuple[int, float | None], tuple[list[str], list[tuple[str, set[int]]]]] = {}
        self._in_turn: dict[tuple[int, int], tuple[list[str], list[Hit]]] = {}
        # sentence units and their vectors, per utterance, computed on first semantic use and shared by rules
        self._units: dict[int, list[meaning.Unit]] = {}
        self._vectors: dict[int, np.ndarray] = {}
        # the same sentences through the int8 encoder, for meaning models (vectors shared with the quality stage)
        self._fast_units: dict[int, tuple[int, list[meaning.Unit]]] | None = None
        self._fast_matrix = np.zeros((0, 0), dtype=np.float32)
        self._fast_owner = np.zeros(0, dtype=np.int64)  # the utterance index of each row of _fast_matrix
        self._fast_probs: dict[str, np.ndarray] = {}
        self.sentences_embedded = 0

    def prepared(self, u: Utterance) -> MatchText:
        """The utterance prepared for matching (cached)."""
        mt = self._prepared.get(u.index)
        if mt is None:
            mt = self._prepared[u.index] = prepare(u.text)
        return mt

    def expand(self, phrases: Iterable[str]) -> list[str]:
        """Phrases with {brand} replaced by each known brand name; phrases needing an unknown brand are dropped.
        A rule's list is expanded once per interaction (rules share and re-read their lists many times)."""
        cached = self._expanded.get(id(phrases))
        if cached is not None and cached[0] is phrases:  # the same list object, held alive by the cache
            return cached[1]
        out: list[str] = []
        for p in phrases:
            if BRAND_PLACEHOLDER in p:
                out.extend(p.replace(BRAND_PLACEHOLDER, b) for b in self.brand_names)
            else:
                out.append(p)
        self._expanded[id(phrases)] = (phrases, out)
        return out

    def in_window(
        self, u: Utterance, speakers: list[SpeakerRole], within_seconds: float | None, within_turns: int | None
    ) -> bool:
        """The utterance is by one of the speakers and inside the time / turn window."""
        if speakers and u.role not in speakers:
            return False
        if within_seconds is not None and u.start is not None:
            return u.start <= within_seconds
        if within_turns is not None:
            return self._rank[u.index] < within_turns
        if within_seconds is not None:  # no times (messages): the first few turns stand in for "the start"
            return self._rank[u.index] < 3
        return True

    def hit(self, phrase: str, u: Utterance, min_score: float | None) -> Hit | None:
        """The match of one phrase in one utterance (cached)."""
        pn = normalise_phrase(phrase)
        found = self._hits.setdefault((pn, min_score), {})
        if u.index not in found:
            h = found[u.index] = match_utterance(pn, self.prepared(u), u.index, min_score)
            if h is not None:
                self._found.setdefault((pn, min_score), {})[u.index] = h
        return found[u.index]

    def _phrase_hits(self, pn: str, min_score: float | None, indices: set[int]) -> dict[int, Hit]:
        """The phrase's hits among these utterances (and any looked at before), cached; an utterance missing
        from the result has no hit. A fuzzy phrase is first scored against every utterance not seen yet in one
        call (rapidfuzz's C loop): only those reaching the threshold go through the full match with its checks,
        and the match can only succeed where that score is reached. Without this, thousands of misses per call
        each pay Python's per-call cost (bench/rules.py, speed section)."""
        key = (pn, min_score)
        seen = self._hits.setdefault(key, {})
        hits = self._found.setdefault(key, {})
        todo = indices - seen.keys()
        if not todo:
            return hits
        thr = default_min_score(pn) if min_score is None else min_score
        if len(todo) > 1 and thr < 100.0 and len(pn) >= EXACT_BELOW_CHARS:
            norms = {i: self._prepared[i].norm for i in todo}  # every utterance is prepared for the index
            reached = {i for _, _, i in process.extract(pn, norms, scorer=fuzz.partial_ratio, score_cutoff=thr,
                                                         limit=None)}
            seen.update(dict.fromkeys(todo))
            todo = reached
        for i in todo:
            h = seen[i] = match_utterance(pn, self.prepared(self._by_index[i]), i, min_score)
            if h is not None:
                hits[i] = h
        return hits

    def statement_hits(
        self,
        spec: StatementSpec,
        *,
        after: int | None = None,
        until: int | None = None,
        affirmed_only: bool = True,
        semantic: bool | None = None,
    ) -> list[Hit]:
        """Hits of a statement, one per matching utterance, in order; `after`/`until` bound utterance indices.

        Fuzzy hits first; with semantic matching (the spec's setting unless `semantic` overrides it), those of
        the first `semantic_turns` turns of the window where the wording matched nothing are compared by meaning.
        """
        phrases = self.expand(spec.phrases)
        groups = [self.expand(g) for g in spec.all_of]
        use_semantic = self.semantic and (spec.semantic if semantic is None else semantic)
        use_meaning = self.semantic and spec.meaning_version is not None and semantic is not False
        if (spec.phrases and not phrases and not (use_semantic and spec.exemplars) and not use_meaning) or any(
            not g for g in groups
        ):
            return []
        eligible = [
            u
            for u in self.utterances
            if (after is None or u.index > after)
            and (until is None or u.index < until)
            and self.in_window(u, spec.speakers, spec.within_seconds, spec.within_turns)
        ]
        if not eligible:
            return []
        allowed = {u.index for u in eligible}
        single = self._best_hits(phrases, allowed, spec, affirmed_only) if phrases else {}
        # Each group only where every earlier group matched: the later groups are read in few turns.
        group_maps: list[dict[int, Hit]] = []
        remaining = allowed
        for g in groups:
            gm = self._best_hits(g, remaining, spec, affirmed_only) if remaining else {}
            group_maps.append(gm)
            remaining = remaining & set(gm)
        out: list[Hit] = []
        for u in eligible:
            found = single.get(u.index)
            if found is None and group_maps and all(u.index in gm for gm in group_maps):
                hs = [gm[u.index] for gm in group_maps]
                found = Hit(
                    utterance=u.index,
                    phrase=" + ".join(h.phrase for h in hs),
                    score=min(h.score for h in hs),
                    char_start=min(h.char_start for h in hs),
                    char_end=max(h.char_end for h in hs),
                )
            if found is not None:
                out.append(found)
        if use_semantic or use_meaning:
            # a turn whose wording matched stays judged by its wording: a denial found fuzzily ("don't stop
            # calling me") is not re-read by meaning against another exemplar
            skip = {h.utterance for h in out}
            if affirmed_only:
                skip |= {
                    h.utterance
                    for h in self.statement_hits(spec, after=after, until=until, affirmed_only=False, semantic=False)
                }
            sem = self._semantic_hits(spec, eligible, skip, affirmed_only) if use_semantic else []
            skip |= {h.utterance for h in sem}
            sem += self._meaning_hits(spec, eligible, skip, affirmed_only) if use_meaning else []
            if sem:
                out = sorted([*out, *sem], key=lambda h: (h.utterance, h.char_start))
        return out

    def statement_hits_lazy(self, spec: StatementSpec, **kw: int | bool | None) -> list[Hit]:
        """Hits when only their existence matters: the encoder runs only if the fuzzy matcher found nothing."""
        hits = self.statement_hits(spec, semantic=False, **kw)  # type: ignore[arg-type]
        if hits or not ((spec.semantic or spec.meaning_version) and self.semantic):
            return hits
        return self.statement_hits(spec, **kw)  # type: ignore[arg-type]

    def embed(self, utterances: list[Utterance]) -> None:
        """Encode the sentences of these utterances not encoded yet, in one batch (once per interaction)."""
        todo = [u for u in utterances if u.index not in self._vectors]
        if not todo:
            return
        texts: list[str] = []
        for u in todo:
            units = self._units[u.index] = meaning.sentence_units(u.text)
            texts.extend(x.text for x in units)
        vecs = meaning.encode(texts) if texts else np.zeros((0, 0), dtype=np.float32)
        self.sentences_embedded += len(texts)
        at = 0
        for u in todo:
            n = len(self._units[u.index])
            self._vectors[u.index] = vecs[at : at + n]
            at += n

    def _semantic_hits(
        self, spec: StatementSpec, eligible: list[Utterance], skip: set[int], affirmed_only: bool
    ) -> list[Hit]:
        """Best sentence per utterance whose meaning is close enough to an exemplar (negation/quote-checked)."""
        exemplars = meaning.exemplar_texts(tuple(spec.phrases), tuple(spec.exemplars))
        if not exemplars:
            return []
        targets = [u for u in eligible[: spec.semantic_turns] if u.index not in skip and u.text.strip()]
        if not targets:
            return []
        ex_vecs = meaning.exemplar_matrix(exemplars)
        targets = self._could_match(targets, exemplars, spec.semantic_threshold)
        self.embed(targets)
        unless = self.expand(spec.unless)
        needs = self.expand(spec.semantic_needs)
        out: list[Hit] = []
        for u in targets:
            units, vecs = self._units[u.index], self._vectors[u.index]
            if not units:
                continue
            sims = vecs @ ex_vecs.T  # (sentences, exemplars)
            best_ex = sims.argmax(axis=1)
            best = sims[np.arange(len(units)), best_ex]
            for k in np.argsort(-best):
                if best[k] < spec.semantic_threshold:
                    break
                unit, ex = units[k], exemplars[best_ex[k]]
                h = Hit(
                    utterance=u.index,
                    phrase=ex,
                    score=round(float(best[k]) * 100, 1),
                    char_start=unit.start,
                    char_end=unit.end,
                    negated=spec.negation_aware
                    and meaning.negated(u.text[unit.start : unit.end], ex, ex_vecs[best_ex[k]]),
                    quoted=spec.quote_aware and meaning.quoted(u.text, unit, ex),
                    matcher="semantic",
                )
                if affirmed_only and not h.affirmed:
                    continue
                if needs and not self._says_any(u, needs, unit.start, unit.end):
                    continue
                if unless and self._hits_in(u, unless):
                    break
                out.append(h)
                break
        return out

    def _could_match(self, targets: list[Utterance], exemplars: tuple[str, ...], threshold: float) -> list[Utterance]:
        """The turns worth the exact encoder: some sentence's int8 vector (already computed by the quality stage)
        is within PREFILTER_MARGIN of the threshold. The two encoders' cosines differ by a few hundredths, so
        this only spares the exact encoder the sentences that cannot match."""
        units = self._fast_sentences()
        ex_fast = meaning.exemplar_matrix_fast(exemplars)
        keep = []
        for u in targets:
            if u.index not in units:
                keep.append(u)
                continue
            first, sents = units[u.index]
            sims = self._fast_matrix[first : first + len(sents)] @ ex_fast.T
            if sims.size and float(sims.max()) >= threshold - PREFILTER_MARGIN:
                keep.append(u)
        return keep

    def _meaning_hits(
        self, spec: StatementSpec, eligible: list[Utterance], skip: set[int], affirmed_only: bool
    ) -> list[Hit]:
        """Most probable sentence per utterance that a meaning model recognises (negation/quote/unless-checked)."""
        assert spec.meaning_version is not None
        model = meanings.model(spec.meaning_version)
        threshold = spec.meaning_threshold or model.threshold
        units, probs = self._fast_sentences(), self._meaning_probabilities(model)
        floor = min(threshold, meanings.RECALL_FLOOR)
        # the utterances with a sentence above the floor, found in one pass: most have none
        likely = set(self._fast_owner[probs >= floor].tolist())
        out: list[Hit] = []
        for u in eligible:
            if u.index in skip or u.index not in likely:
                continue
            first, sents = units[u.index]
            p = probs[first : first + len(sents)]
            for k in np.argsort(-p):
                if p[k] < floor:
                    break
                unit = sents[k]
                if len(unit.text.split()) < meanings.MIN_WORDS or not model.recognises(
                    self._fast_matrix[first + k], float(p[k]), threshold
                ):
                    continue
                h = Hit(
                    utterance=u.index,
                    phrase=f"meaning {model.name!r} (v{model.version})",
                    score=round(float(p[k]) * 100, 1),
                    char_start=unit.start,
                    char_end=unit.end,
                    negated=spec.negation_aware
                    and model.deny_on_negation
                    and meanings.denied(u.text[unit.start : unit.end]),
                    quoted=spec.quote_aware and meaning.quoted(u.text, unit, ""),
                    matcher="meaning",
                )
                if affirmed_only and not h.affirmed:
                    continue
                if spec.unless and self._excepted(h, u, spec.unless):
                    continue
                out.append(h)
                break
        return out

    def _fast_sentences(self) -> dict[int, tuple[int, list[meaning.Unit]]]:
        """Agent and customer sentences by utterance (first row, units), their int8 vectors in `_fast_matrix`.

        Fetched in one call: the quality stage has put them in the encoder's cache, so this is a lookup, not an
        encoder pass.
        """
        if self._fast_units is None:
            from analyzers.quality.embeddings import encode_fast

            self._fast_units = {}
            texts: list[str] = []
            for u in self.utterances:
                if u.role in (SpeakerRole.agent, SpeakerRole.customer) and u.text.strip():
                    sents = meaning.sentence_units(u.text)
                    self._fast_units[u.index] = (len(texts), sents)
                    texts.extend(x.text for x in sents)
            self._fast_matrix = encode_fast(texts)
            self._fast_owner = np.array(
                [i for i, (_, sents) in self._fast_units.items() for _ in sents], dtype=np.int64
            )
        return self._fast_units

    def _meaning_probabilities(self, model: meanings.Model) -> np.ndarray:
        """Every sentence's probability under a model, in one product over the interaction (cached per model)."""
        self._fast_sentences()
        probs = self._fast_probs.get(model.version)
        if probs is None:
            probs = self._fast_probs[model.version] = model.probabilities(self._fast_matrix)
        return probs

    def _best_hits(
        self, phrases: list[str], allowed: set[int], spec: StatementSpec, affirmed_only: bool
    ) -> dict[int, Hit]:
        """Best acceptable hit per utterance among the phrases, looking only where a phrase can possibly match."""
        best: dict[int, Hit] = {}
        for pn, anywhere in self._plan(phrases, spec.min_score):
            candidates = anywhere & allowed
            if not candidates:
                continue
            for i, h in self._phrase_hits(pn, spec.min_score, candidates).items():
                if i not in candidates:
                    continue
                if affirmed_only and ((spec.negation_aware and h.negated) or (spec.quote_aware and h.quoted)):
                    continue
                if spec.unless and self._excepted(h, self._by_index[i], spec.unless):
                    continue
                if i not in best or h.score > best[i].score:
                    best[i] = h
        return best

    def _plan(self, phrases: list[str], min_score: float | None) -> list[tuple[str, set[int]]]:
        """The list's phrases that can match in this interaction (normalised), each with the utterances where it
        can: most phrases of a long list have none, and are skipped without a look at them again."""
        key = (id(phrases), min_score)
        cached = self._plans.get(key)
        if cached is not None and cached[0] is phrases:
            return cached[1]
        plan = [(pn, c) for pn in map(normalise_phrase, phrases) if (c := self._candidates(pn, min_score))]
        self._plans[key] = (phrases, plan)
        return plan

    def _hits_in(self, u: Utterance, phrases: list[str]) -> list[Hit]:
        """Every phrase of the list that matches in the utterance (cached per list and utterance: exceptions are
        checked once for each main phrase found in a turn)."""
        key = (id(phrases), u.index)
        cached = self._in_turn.get(key)
        if cached is not None and cached[0] is phrases:
            return cached[1]
        hits = [e for x in phrases if (e := self.hit(x, u, None)) is not None]
        self._in_turn[key] = (phrases, hits)
        return hits

    def _says_any(self, u: Utterance, phrases: list[str], start: int, end: int) -> bool:
        """One of the phrases is said within [start, end) of the utterance's text."""
        return any(start <= e.char_start < end for e in self._hits_in(u, phrases))

    def _excepted(self, h: Hit, u: Utterance, unless: list[str]) -> bool:
        """An exception said in the same sentence as the hit ("the recording of your last call" is no notice;
        a notice followed by a mention of the last call's recording still is)."""
        sentence = _sentence_span(u.text, h.char_start)
        return any(
            sentence[0] <= e.char_start < sentence[1] and not _WIDENED.match(u.text[e.char_end:])
            for e in self._hits_in(u, self.expand(unless))
        )

    def _candidates(self, phrase_norm: str, min_score: float | None) -> set[int]:
        """Utterances where the phrase can match: every word present (exact phrases) or one content word
        present (fuzzy phrases; an ASR error rarely hits every content word). Keeps fuzzy scoring rare."""
        key = (phrase_norm, min_score)
        cached = self._candidate_cache.get(key)
        if cached is not None:
            return cached
        every, keys = _index_keys(phrase_norm, min_score)
        postings = self._postings
        if every:
            # most phrases of a long list lack a word here: stop at the first word no utterance has, then
            # intersect from the rarest word up
            sets: list[set[int] | frozenset[int]] = []
            for word in keys:
                found = postings.get(word[0], _NONE) if len(word) == 1 else \
                    set().union(*(postings.get(k, _NONE) for k in word))
                if not found:
                    sets = []
                    break
                sets.append(found)
            result = set.intersection(*sorted(sets, key=len)) if sets else set()
        elif keys:
            result = set().union(*(postings.get(k, _NONE) for k in keys[0]))
        else:
            result = set(self._by_index)
        self._candidate_cache[key] = result
        return result

    def utterance(self, index: int) -> Utterance | None:
        """The utterance with this index."""
        return self._by_index.get(index)

    def evidence(self, utterance: int, char_start: int | None = None, char_end: int | None = None) -> Evidence:
        """Evidence for a span of an utterance: redacted excerpt around it, times, speaker role."""
        u = self.utterance(utterance)
        if u is None:
            return Evidence(utterance=utterance)
        text = u.text
        cs = 0 if char_start is None else max(0, char_start)
        ce = len(text) if char_end is None else min(len(text), char_end)
        lo = max(0, cs - 40)
        hi = min(len(text), max(ce, lo) + 40, lo + EXCERPT_CHARS)
        excerpt = ("…" if lo > 0 else "") + text[lo:hi] + ("…" if hi < len(text) else "")
        return Evidence(
            utterance=u.index,
            char_start=cs,
            char_end=ce,
            start=u.start,
            end=u.end,
            excerpt=excerpt,
            speaker_role=u.role,
        )

    def hit_evidence(self, h: Hit) -> Evidence:
        """Evidence for a phrase hit, saying which matcher recognised it, against what and how closely."""
        ev = self.evidence(h.utterance, h.char_start, h.char_end)
        ev.matcher, ev.matched, ev.match_score = h.matcher, h.phrase, round(h.score / 100.0, 3)
        return ev
