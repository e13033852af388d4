"""Words with times -> speakers -> utterances.

Words are assigned to the speaker whose speech turn overlaps them most (nearest turn when none does).
A speaker's words form one utterance until they pause longer than `max_pause_s` or another speaker
says something in that pause; overlapping speech therefore yields overlapping utterances, which is
what overtalk metrics need. Word.char_start/char_end index the utterance text.
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzers.document import SpeechTurn, Utterance, Word


@dataclass
class TimedWord:
    text: str
    start: float
    end: float
    probability: float
    speaker: str = ""


def assign_speakers(words: list[TimedWord], turns: list[SpeechTurn]) -> list[TimedWord]:
    """Label each word with the speaker of the turn that overlaps it most (or the nearest turn)."""
    if not turns:
        return words
    ordered = sorted(turns, key=lambda t: t.start)
    for w in words:
        best, best_overlap, best_dist = ordered[0].speaker, 0.0, float("inf")
        for t in ordered:
            if t.start > w.end + 30:  # turns are sorted; nothing further can be nearer
                break
            overlap = min(w.end, t.end) - max(w.start, t.start)
            if overlap > best_overlap:
                best, best_overlap = t.speaker, overlap
            elif best_overlap <= 0:
                dist = max(t.start - w.end, w.start - t.end, 0.0)
                if dist < best_dist:
                    best, best_dist = t.speaker, dist
        w.speaker = best
    return words


def build_utterances(words: list[TimedWord], max_pause_s: float = 1.5) -> list[Utterance]:
    """Group speaker-labelled words into utterances ordered by start time."""
    words = sorted((w for w in words if w.text.strip()), key=lambda w: (w.start, w.end))
    groups: list[list[TimedWord]] = []
    open_group: dict[str, tuple[list[TimedWord], int]] = {}  # speaker -> (its open group, index of last word)
    for i, w in enumerate(words):
        if w.speaker in open_group:
            g, last_i = open_group[w.speaker]
            last = words[last_i]
            # Words are sorted by start, so only words between the two indices can sit in the pause.
            interrupted = any(
                o.speaker != w.speaker and o.start >= last.end - 0.05 and o.end <= w.start + 0.05
                for o in words[last_i + 1: i]
            )
            if w.start - last.end <= max_pause_s and not interrupted:
                g.append(w)
                open_group[w.speaker] = (g, i)
                continue
        g = [w]
        groups.append(g)
        open_group[w.speaker] = (g, i)
    groups.sort(key=lambda g: g[0].start)
    return [_utterance(i, g) for i, g in enumerate(groups)]


def _utterance(index: int, group: list[TimedWord]) -> Utterance:
    parts: list[str] = []
    out_words: list[Word] = []
    pos = 0
    for w in group:
        text = w.text.strip()
        if parts:
            pos += 1
        out_words.append(Word(text=text, start=round(w.start, 3), end=round(w.end, 3),
                              confidence=round(w.probability, 4), char_start=pos, char_end=pos + len(text)))
        parts.append(text)
        pos += len(text)
    return Utterance(index=index, speaker=group[0].speaker, text=" ".join(parts),
                     start=out_words[0].start, end=out_words[-1].end, words=out_words)
