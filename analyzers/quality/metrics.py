"""Conversation metrics from utterance timestamps: talk ratio, overtalk, interruptions, dead air, monologue, pace.

Pure functions over utterances so they can be tested with hand-built timings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyzers.document import SpeakerRole, Utterance

# An agent saying one of these before a silence explains it (the customer was told to wait).
HOLD_NOTICE = re.compile(
    r"\b(please hold|hold on|on (a |an )?((brief|short|quick|little|moment\w*|two[- ]minute) )?hold|(put|place|"
    r"placing|putting) you on (a |an )?\w*\s?hold|hold for (a|one|just a) (moment|minute|sec(ond)?)|bear with me"
    r"|one moment|just a moment|a moment please|one sec(ond)?\b|just a sec(ond)?\b|give me a (sec(ond)?|moment|"
    r"minute|couple of minutes)|let me (check|look|pull|see|find|confirm)|just a minute|one minute|wait a "
    r"(moment|minute|second)|(won't|will not) be (long|a moment)|while i (check|look|pull|find|confirm|review))",
    re.IGNORECASE,
)
# Short acknowledgements said while the other person talks are listening, not interrupting.
BACKCHANNEL = re.compile(
    r"^\W*(yeah|yes|yep|yup|ok(ay)?|right|sure|uh[- ]?huh|mm+[- ]?hmm+|mhm+|hmm+|i see|got it|alright|all right"
    r"|exactly|true|no)\W*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"<[A-Z_]+>|[\w']+")


@dataclass(frozen=True)
class MetricParams:
    """Thresholds for the timing metrics; the stage exposes them as profile parameters."""

    dead_air_s: float = 10.0  # silences longer than this count as dead air unless a hold notice explains them
    overlap_min_s: float = 0.3  # overlaps shorter than this are turn-taking noise
    hold_lookback: int = 2  # how many utterances before a gap may carry the hold notice
    monologue_max_pause_s: float = 3.0  # agent pauses shorter than this keep one monologue going


def word_count(u: Utterance) -> int:
    """Words spoken in an utterance: timed words if present, else tokens of the text (a redaction tag is one)."""
    return len(u.words) if u.words else len(_WORD.findall(u.text))


def is_backchannel(text: str) -> bool:
    """True for a short acknowledgement such as 'yeah' or 'mm-hmm'."""
    return bool(BACKCHANNEL.match(text.strip()))


def _timed(utterances: list[Utterance]) -> list[Utterance]:
    return sorted(
        (u for u in utterances if u.start is not None and u.end is not None and u.end >= u.start),
        key=lambda u: (u.start, u.end),
    )


def _dur(u: Utterance) -> float:
    return float(u.end) - float(u.start)  # type: ignore[arg-type]


def conversation_metrics(utterances: list[Utterance], params: MetricParams | None = None) -> dict[str, float]:
    """All conversation.* metrics that the timing (or, for untimed messages, the words) supports."""
    p = params or MetricParams()
    spoken = [u for u in utterances if u.role in (SpeakerRole.agent, SpeakerRole.customer)]
    timed = _timed(spoken)
    out: dict[str, float] = {}
    if not spoken:
        return out
    if len(timed) < len(spoken) or not timed:
        # Messages: no clock to measure talk time, so the share of words stands in for the talk ratio.
        agent_words = sum(word_count(u) for u in spoken if u.role == SpeakerRole.agent)
        total = sum(word_count(u) for u in spoken)
        out["conversation.timed"] = 0.0
        out["conversation.talk_ratio_agent"] = agent_words / total if total else 0.0
        return out
    out["conversation.timed"] = 1.0
    agent = [u for u in timed if u.role == SpeakerRole.agent]
    agent_time = sum(_dur(u) for u in agent)
    total_time = sum(_dur(u) for u in timed)
    out["conversation.talk_ratio_agent"] = agent_time / total_time if total_time > 0 else 0.0
    out.update(_overlaps(timed, p))
    out.update(_silences(timed, p))
    out["conversation.longest_agent_monologue_s"] = _longest_monologue(timed, p)
    agent_words = sum(word_count(u) for u in agent)
    out["conversation.agent_wpm"] = agent_words / (agent_time / 60.0) if agent_time > 0 else 0.0
    return out


def _overlaps(timed: list[Utterance], p: MetricParams) -> dict[str, float]:
    """Overtalk (any real overlap between the two parties) and interruptions (who took the floor from whom)."""
    overtalk = 0
    interrupted_by = {SpeakerRole.agent: 0, SpeakerRole.customer: 0}
    overlap_total = 0.0
    for i, a in enumerate(timed):
        for b in timed[i + 1 :]:
            if b.start >= a.end:  # type: ignore[operator]
                break
            if b.role == a.role:
                continue
            overlap = min(a.end, b.end) - b.start  # type: ignore[operator, type-var]
            if overlap < p.overlap_min_s:
                continue
            overtalk += 1
            overlap_total += overlap
            # b started while a was talking; it is an interruption when b is not just listening noise and
            # b keeps talking after a stops (b took the floor).
            if not is_backchannel(b.text) and b.end > a.end and b.start > a.start:  # type: ignore[operator]
                interrupted_by[b.role] += 1
    return {
        "conversation.overtalk_count": float(overtalk),
        "conversation.overtalk_s": overlap_total,
        "conversation.interruptions_agent": float(interrupted_by[SpeakerRole.agent]),
        "conversation.interruptions_customer": float(interrupted_by[SpeakerRole.customer]),
    }


def silence_gaps(timed: list[Utterance]) -> list[tuple[float, float, int]]:
    """Silences between speech (start, end, index into `timed` of the last utterance before the gap)."""
    gaps: list[tuple[float, float, int]] = []
    reach = float(timed[0].end)  # type: ignore[arg-type]
    last = 0
    for i, u in enumerate(timed[1:], start=1):
        if float(u.start) > reach:  # type: ignore[arg-type]
            gaps.append((reach, float(u.start), last))  # type: ignore[arg-type]
        if float(u.end) >= reach:  # type: ignore[arg-type]
            reach = float(u.end)  # type: ignore[arg-type]
            last = i
    return gaps


def _unexplained(timed: list[Utterance], p: MetricParams) -> list[tuple[float, float, int]]:
    """Silences over the threshold that no recent agent hold notice explains."""
    out = []
    for start, end, last in silence_gaps(timed):
        before = timed[max(0, last - p.hold_lookback + 1) : last + 1]
        explained = any(u.role == SpeakerRole.agent and HOLD_NOTICE.search(u.text) for u in before)
        if end - start > p.dead_air_s and not explained:
            out.append((start, end, last))
    return out


def _silences(timed: list[Utterance], p: MetricParams) -> dict[str, float]:
    gaps = silence_gaps(timed)
    dead = [e - s for s, e, _ in _unexplained(timed, p)]
    span = float(timed[-1].end) - float(timed[0].start)  # type: ignore[arg-type]
    silence_total = sum(e - s for s, e, _ in gaps)
    return {
        "conversation.dead_air_count": float(len(dead)),
        "conversation.dead_air_max_s": max(dead, default=0.0),
        "conversation.silence_max_s": max((e - s for s, e, _ in gaps), default=0.0),
        "conversation.silence_ratio": silence_total / span if span > 0 else 0.0,
    }


def dead_air_gaps(utterances: list[Utterance], params: MetricParams | None = None) -> list[tuple[float, float, int]]:
    """Unexplained silences longer than the threshold: (start, end, index of the utterance before the gap)."""
    timed = _timed([u for u in utterances if u.role in (SpeakerRole.agent, SpeakerRole.customer)])
    if not timed:
        return []
    return [(s, e, timed[last].index) for s, e, last in _unexplained(timed, params or MetricParams())]


def _longest_monologue(timed: list[Utterance], p: MetricParams) -> float:
    """Longest run of agent speech with no customer speech in between and no long pause."""
    best = 0.0
    run_start: float | None = None
    run_end = 0.0
    for u in timed:
        if u.role != SpeakerRole.agent:
            # A backchannel does not take the floor, so the agent's monologue goes on.
            if is_backchannel(u.text):
                continue
            run_start = None
            continue
        s, e = float(u.start), float(u.end)  # type: ignore[arg-type]
        if run_start is None or s - run_end > p.monologue_max_pause_s:
            run_start, run_end = s, e
        else:
            run_end = max(run_end, e)
        best = max(best, run_end - run_start)
    return best
