"""Required and forbidden statements, matched by paraphrase: fuzzily and by meaning, negation- and quote-aware."""

from __future__ import annotations

from typing import ClassVar

from analyzers.document import Evidence, SpeakerRole
from analyzers.rules.context import RequiredStatementSpec, RuleContext, StatementSpec
from analyzers.rules.detectors.base import Detector, DetectorParams, Verdict, register_detector
from analyzers.rules.text_match import Hit, starts_with_yes

MAX_EVIDENCE = 5
# The yeses of an answer about the call itself, beyond the shared ones ("We do, yeah", "Of course").
_YES_ABOUT_THE_CALL = ("we do", "they are", "it does", "absolutely", "of course")


def _confirmed_question(ctx: RuleContext, spec: StatementSpec) -> Hit | None:
    """The speaker's yes to a customer's question that states the statement ("Is this call recorded?")."""
    asked = spec.model_copy(update={"speakers": [SpeakerRole.customer]})
    for q in ctx.statement_hits(asked, semantic=False):
        question = next(u for u in ctx.utterances if u.index == q.utterance)
        if "?" not in question.text[q.char_start:]:
            continue  # said, not asked: "this call is recorded, I know"
        answer = next((u for u in ctx.utterances if u.index > q.utterance and u.role in spec.speakers), None)
        if answer is None or not ctx.in_window(answer, spec.speakers, spec.within_seconds, spec.within_turns):
            continue
        if starts_with_yes(answer.text, _YES_ABOUT_THE_CALL):
            return Hit(utterance=answer.index, phrase=f"yes to the customer's question ({q.phrase})",
                       score=q.score, char_start=0, char_end=len(answer.text))
    return None


def _window_words(spec: StatementSpec) -> str:
    who = "/".join(r.value for r in spec.speakers) or "anyone"
    parts = []
    if spec.within_seconds is not None:
        parts.append(f"within the first {spec.within_seconds:g} s")
    if spec.within_turns is not None:
        parts.append(f"within the first {spec.within_turns} {who} turn(s)")
    return f"by the {who}" + (" " + " / ".join(parts) if parts else "")


@register_detector
class RequiredStatement(Detector):
    """Violated when no paraphrase of the statement is affirmed by the speaker inside the window."""

    name: ClassVar[str] = "required_statement"
    # 2: also matched by meaning (semantic, semantic_threshold, exemplars); 3: confirmed_question; 4: text-speak
    # read as the full words ("ur" as "your", text_match.TEXT_SPEAK)
    version: ClassVar[str] = "4"
    Params: ClassVar[type[DetectorParams]] = RequiredStatementSpec

    def detect(self, ctx: RuleContext, params: DetectorParams) -> Verdict | None:
        spec: StatementSpec = params  # type: ignore[assignment]
        if spec.phrases and not ctx.expand(spec.phrases) and not spec.all_of:
            return None  # e.g. the statement names the brand and no brand is configured
        hits = ctx.statement_hits_lazy(spec)
        if not hits and isinstance(spec, RequiredStatementSpec) and spec.confirmed_question:
            yes = _confirmed_question(ctx, spec)
            hits = [yes] if yes else []
        if hits:
            h = hits[0]
            return Verdict(
                violated=False,
                confidence=h.score / 100.0,
                explanation=f"Statement made {_window_words(spec)} (matched {h.describe()}).",
                evidence=[ctx.hit_evidence(h)],
            )
        near = [h for h in ctx.statement_hits(spec, affirmed_only=False) if not h.affirmed]
        if near:
            return Verdict(
                violated=True,
                confidence=0.8,
                explanation=f"Statement only appears negated or quoted {_window_words(spec)}.",
                evidence=[ctx.hit_evidence(h) for h in near[:MAX_EVIDENCE]],
            )
        # Evidence of an absence: the turns that were searched, so the auditor can read them.
        searched = [
            u for u in ctx.utterances if ctx.in_window(u, spec.speakers, spec.within_seconds, spec.within_turns)
        ]
        evidence = [ctx.evidence(u.index) for u in searched[:3]] or [Evidence(excerpt="(no turn in the window)")]
        return Verdict(
            violated=True,
            confidence=0.9,
            explanation=f"Required statement not found {_window_words(spec)} ({len(searched)} turn(s) searched).",
            evidence=evidence,
        )


@register_detector
class ForbiddenStatement(Detector):
    """Violated when a paraphrase is affirmed by the speaker (negated or quoted mentions are ignored)."""

    name: ClassVar[str] = "forbidden_statement"
    version: ClassVar[str] = "3"  # 2: may also match by meaning (semantic: true); 3: text-speak read in full
    Params: ClassVar[type[DetectorParams]] = StatementSpec

    def detect(self, ctx: RuleContext, params: DetectorParams) -> Verdict | None:
        spec: StatementSpec = params  # type: ignore[assignment]
        hits = ctx.statement_hits_lazy(spec)
        if hits:
            return Verdict(
                violated=True,
                confidence=min(h.score for h in hits) / 100.0,
                explanation=f"Forbidden statement made {_window_words(spec)}: "
                + "; ".join(h.describe() for h in hits[:MAX_EVIDENCE]),
                evidence=[ctx.hit_evidence(h) for h in hits[:MAX_EVIDENCE]],
            )
        ignored = [h for h in ctx.statement_hits(spec, affirmed_only=False) if not h.affirmed]
        note = f" ({len(ignored)} negated or quoted mention(s) ignored)" if ignored else ""
        return Verdict(
            violated=False,
            confidence=0.9,
            explanation=f"No forbidden statement {_window_words(spec)}{note}.",
            evidence=[ctx.hit_evidence(h) for h in ignored[:MAX_EVIDENCE]],
        )
