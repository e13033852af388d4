"""Shapes of the exports: one CSV row per finding (the column order is the public contract)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class FindingRow(BaseModel):
    """One finding with the interaction it belongs to and the evidence an auditor needs to check it."""

    interaction_id: str
    external_id: str
    brand: str
    agent: str | None
    channel: str
    started_at: datetime | None
    category: str
    rule_id: str
    rule_version: int
    title: str
    pack: str
    severity: str
    status: str
    confidence: float
    detector: str
    detector_version: str
    ruleset_hash: str | None
    evidence_utterances: str  # utterance indices, ";"-separated
    evidence_start_s: float | None
    evidence_end_s: float | None
    evidence_excerpt: str  # redacted text only, excerpts joined with " | "
    citation: str


CSV_COLUMNS: tuple[str, ...] = tuple(FindingRow.model_fields)
