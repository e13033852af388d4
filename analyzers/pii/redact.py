"""Replace detected spans in a text by the policy's output; keep where each replacement stands, never the value."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analyzers.errors import InputError
from analyzers.pii.engine import Detection, detect
from analyzers.pii.policy import RedactionPolicy

MAX_CHARS = 100_000
_DEFAULT_POLICY = RedactionPolicy()


@dataclass(frozen=True)
class TextRedaction:
    """One replacement: where it stands in the redacted text and where the value stood in the original."""

    entity_type: str
    start: int  # in the redacted text
    end: int
    orig_start: int  # in the original text (positions only, for word times)
    orig_end: int
    recognizer: str
    score: float


def apply_redactions(text: str, dets: Sequence[Detection],
                     policy: RedactionPolicy = _DEFAULT_POLICY) -> tuple[str, list[TextRedaction]]:
    """The text with each (non-overlapping, sorted) detection replaced, and the replacements made."""
    parts: list[str] = []
    out: list[TextRedaction] = []
    pos = 0
    new_len = 0
    for d in sorted(dets, key=lambda d: d.start):
        if d.start < pos:  # overlaps were merged upstream; never emit a value twice
            continue
        parts.append(text[pos:d.start])
        new_len += d.start - pos
        rep = policy.replacement(d.entity_type, text[d.start:d.end])
        out.append(TextRedaction(d.entity_type, new_len, new_len + len(rep), d.start, d.end, d.recognizer, d.score))
        parts.append(rep)
        new_len += len(rep)
        pos = d.end
    parts.append(text[pos:])
    return "".join(parts), out


def check_text(text: object, max_chars: int = MAX_CHARS) -> str:
    """The text if it can be analysed; a clear InputError otherwise."""
    if not isinstance(text, str):
        raise InputError(f"text must be a string, not {type(text).__name__}", code="invalid_text")
    if len(text) > max_chars:
        raise InputError(f"text is {len(text)} characters; the limit is {max_chars}", code="text_too_long")
    return text


def redact_text(text: str, policy: RedactionPolicy | None = None) -> tuple[str, list[TextRedaction]]:
    """Redact PII in a free-text field (metadata, notes): the redacted text and where each replacement stands."""
    text = check_text(text)
    if not text.strip():
        return text, []
    return apply_redactions(text, detect(text), policy or _DEFAULT_POLICY)
