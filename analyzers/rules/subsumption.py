"""Findings covered by a graver one: a rule's `subsumed_by` categories take over its finding on the same turns.

Why: labellers file one piece of evidence once, under the gravest category that fits (an agent insult is
abusive language, not also low empathy). A rule opts in declaratively (`subsumed_by: [conduct.abusive_language]`
in its pack); the finding stays in the results as `met`, saying which finding covers it, so auditors still see
that the rule was checked and why it does not count. A finding with evidence on any other turn of the same side
(low empathy elsewhere in the call) stands as it was, unless the other side's turn that set it off answered the
graver turn: distress provoked by a threat is part of the threat, so it is filed under the threat alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from analyzers.document import Finding, FindingStatus, SpeakerRole
from analyzers.rules.schema import Rule


def evidence_turns(f: Finding, roles: set[SpeakerRole] | None = None) -> set[int]:
    """The utterances a finding's evidence points at, optionally only those spoken by `roles` (metric and contact
    findings point at none)."""
    return {
        e.utterance for e in f.evidence if e.utterance is not None and (roles is None or e.speaker_role in roles)
    }


def _covers(g: Finding, f: Finding) -> bool:
    """Whether `g` has evidence on every turn of `f`'s spoken by the same side. The other side's turns are
    context, not conduct (the customer's distress that an insult answered); a turn of `f`'s that `g` does not
    cover is conduct of its own, so the finding stands."""
    roles = {e.speaker_role for e in g.evidence if e.utterance is not None and e.speaker_role is not None}
    turns = evidence_turns(f, roles)
    return bool(turns) and (turns <= evidence_turns(g) or _provoked_by(g, f, roles))


def _provoked_by(g: Finding, f: Finding, roles: set[SpeakerRole]) -> bool:
    """Whether every other-side turn of `f`'s (the customer's distress that set it off) replies to a turn of `g`'s:
    the reaction to a threat is the threat's consequence, and labellers file the whole exchange once, under it."""
    triggers = evidence_turns(f) - evidence_turns(f, roles)
    return bool(triggers) and all(t - 1 in evidence_turns(g) for t in triggers)


def _covering(f: Finding, rule: Rule, findings: Sequence[Finding]) -> Finding | None:
    """A violated finding of one of the rule's subsuming categories that covers `f`."""
    if f.status != FindingStatus.violated:
        return None
    return next(
        (
            g
            for g in findings
            if g.status == FindingStatus.violated and g.category in rule.subsumed_by and _covers(g, f)
        ),
        None,
    )


def apply_subsumption(results: Sequence[tuple[Finding, Rule]]) -> list[Finding]:
    """The findings, with each one that a graver finding covers turned into a `met` finding naming it."""
    findings = [f for f, _ in results]
    out: list[Finding] = []
    for f, rule in results:
        g = _covering(f, rule, findings) if rule.subsumed_by else None
        if g is None:
            out.append(f)
            continue
        # distress provoked by the graver turn shares no turn with it: name the graver turn instead
        shared = evidence_turns(f) & evidence_turns(g) or evidence_turns(g)
        turns = ", ".join(str(t) for t in sorted(shared))
        out.append(
            f.model_copy(
                update={
                    "status": FindingStatus.met,
                    "remediation": "",
                    "explanation": f"Subsumed by {g.category} ({g.rule_id}) on turn(s) {turns}: {f.explanation}",
                }
            )
        )
    return out
