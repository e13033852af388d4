"""What the PII tests share: the spans detected in one turn of a conversation, as text."""

from __future__ import annotations

from analyzers.pii.conversation import detect_conversation


def found(turns: list[str], turn: int) -> list[tuple[str, str]]:
    """(entity type, text) of every span detected in that turn, the conversation's other turns as context."""
    return [(d.entity_type, turns[turn][d.start:d.end]) for d in detect_conversation(turns)[turn]]


def found_of(turns: list[str], turn: int, entity_type: str) -> list[str]:
    """The texts of the spans of one entity type detected in that turn."""
    return [text for etype, text in found(turns, turn) if etype == entity_type]
