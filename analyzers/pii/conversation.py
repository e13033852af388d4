"""Detection over a whole conversation: each turn with its earlier turns as context, plus numbers split across turns."""

from __future__ import annotations

from collections.abc import Sequence

from analyzers.pii.crossturn import cross_turn_detections
from analyzers.pii.engine import Detection, detect_batch, merge_overlaps
from analyzers.pii.spoken import normalise_spoken


def detect_conversation(texts: Sequence[str], context_turns: int = 2) -> list[list[Detection]]:
    """Merged detections per turn (original offsets) for the turns of one conversation, in order."""
    prefixes = [" \n ".join(texts[max(0, i - context_turns):i]) for i in range(len(texts))]
    found = detect_batch(texts, prefixes)
    for pos, det in cross_turn_detections([normalise_spoken(t) for t in texts]):
        found[pos].append(det)
    return [merge_overlaps(f) for f in found]
