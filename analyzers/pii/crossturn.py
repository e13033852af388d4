"""Digits split across consecutive turns: "four five three two" / "mm-hmm" / "zero one five one ...".

Customers read card numbers in groups, agents acknowledge or echo each group, and ASR cuts turns at
pauses. A run that ends one turn and a run that starts the next (same or other speaker, skipping short
acknowledgements and echoes) are joined; the joined number is judged as a whole (Luhn, length, the cue
before it) and every piece is redacted in its own turn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from analyzers.pii.digits import DigitRun, card_brand, digit_runs, luhn_ok
from analyzers.pii.engine import Detection
from analyzers.pii.recognizers.cards import CARD_CONTEXT
from analyzers.pii.recognizers.labelled import nearest_rule
from analyzers.pii.spoken import NormalisedText

_LEAD = re.compile(
    r"^[\W_]*(?:(?:and|then|uh|um|er|erm|yes|yeah|yep|okay|ok|so|it's|its|it is|is|the rest is|next|"
    r"then it's|after that|right|sure)[\W_]+)*$", re.I)
# after the digits: fillers, or the agent confirming an echoed group ("4532 0151, yes")
_TRAIL = re.compile(r"^[\W_]*(?:(?:uh|um|er|erm|and|then|yes|yeah|yep|okay|ok|right|correct|got it|mm-hmm|mhm|"
                    r"thanks|thank you|go on|go ahead|next|that's right)[\W_]*)*$", re.I)
_ACK = re.compile(
    r"^[\W_]*(?:(?:okay|ok|yes|yeah|yep|mm-hmm|mhm|mm|uh-huh|uh huh|go on|go ahead|got it|right|sure|"
    r"continue|and|next|alright|all right|great|thanks|thank you|perfect|uh|um)[\W_]*){1,4}$", re.I)
_MAX_SKIPPED_ACKS = 2


@dataclass(frozen=True)
class _Piece:
    utterance: int
    run: DigitRun
    echo: bool = False


def cross_turn_detections(norms: Sequence[NormalisedText]) -> list[tuple[int, Detection]]:
    """(utterance position, detection in original offsets) for numbers split across turns."""
    chains: list[list[_Piece]] = []
    chain: list[_Piece] = []
    skipped = 0
    for i, norm in enumerate(norms):
        text = norm.text
        runs = digit_runs(text)
        if not runs:
            if chain and _ACK.match(text) and skipped < _MAX_SKIPPED_ACKS:
                skipped += 1
                continue
            _close(chain, chains)
            chain, skipped = [], 0
            continue
        first, last = runs[0], runs[-1]
        leads = _LEAD.match(text[: first.start]) is not None
        trails = _TRAIL.match(text[last.end:]) is not None
        if chain and leads:
            prev = [p for p in chain if not p.echo]
            echo = bool(prev) and first.digits == prev[-1].run.digits and prev[-1].utterance != i
            chain.append(_Piece(i, first, echo))
            if len(runs) == 1 and trails:
                skipped = 0
                continue  # the whole turn is digits: the number may go on in the next turn
            _close(chain, chains)
            chain, skipped = [], 0
        else:
            _close(chain, chains)
            chain, skipped = [], 0
        if trails:
            chain = [_Piece(i, last)]
    _close(chain, chains)
    out: list[tuple[int, Detection]] = []
    for ch in chains:
        out.extend(_judge(ch, norms))
    return out


def _close(chain: list[_Piece], chains: list[list[_Piece]]) -> None:
    if len({p.utterance for p in chain}) > 1:
        chains.append(list(chain))


def _judge(chain: list[_Piece], norms: Sequence[NormalisedText]) -> list[tuple[int, Detection]]:
    """Type the joined number and emit one detection per piece."""
    real = [p for p in chain if not p.echo]
    digits = "".join(p.run.digits for p in real)
    head = chain[0]
    context = _context(norms, head)
    entity, score = "", 0.0
    members = chain
    # A contiguous sub-chain that is a valid card number wins (longest first); only its pieces are the card.
    spans = sorted(((a, b) for a in range(len(real)) for b in range(a + 1, len(real) + 1)),
                   key=lambda ab: ab[0] - ab[1])
    for a, b in spans:
        d = "".join(p.run.digits for p in real[a:b])
        if 13 <= len(d) <= 19 and luhn_ok(d) and card_brand(d):
            entity, score = "CREDIT_CARD", 0.95
            lo, hi = chain.index(real[a]), chain.index(real[b - 1])
            while hi + 1 < len(chain) and chain[hi + 1].echo:
                hi += 1  # the agent reading the last group back
            members = chain[lo:hi + 1]
            break
    if not entity and 13 <= len(digits) <= 19 and CARD_CONTEXT.search(context[-120:].lower()):
        entity, score = "CREDIT_CARD", 0.7
    if not entity:
        rule = nearest_rule(context + " " + digits, len(context) + 1, len(digits))
        if rule is not None and rule.entity != "NONE":
            entity, score = rule.entity, rule.score
        elif rule is None and len(digits) >= 7:
            entity, score = "DIGIT_SEQUENCE", 0.45
    if not entity:
        return []
    out: list[tuple[int, Detection]] = []
    for p in members:
        s, e = norms[p.utterance].to_original(p.run.start, p.run.end)
        out.append((p.utterance, Detection(entity, s, e, score, "CrossTurnDigits")))
    return out


def _context(norms: Sequence[NormalisedText], head: _Piece) -> str:
    """Text before the first piece: its own turn and the two turns before it."""
    parts = [n.text for n in norms[max(0, head.utterance - 2):head.utterance]]
    parts.append(norms[head.utterance].text[: head.run.start])
    return " \n ".join(parts)
