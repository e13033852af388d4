"""The `conversation_metrics` stage: timing metrics into doc.metrics."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from analyzers.document import Document
from analyzers.pipeline import ProgressHook, Stage, StageParams, register_stage
from analyzers.quality.metrics import MetricParams, conversation_metrics


class ConversationMetricsParams(StageParams):
    dead_air_s: float = Field(default=10.0, gt=0, description="Silence longer than this is dead air unless on hold.")
    overlap_min_s: float = Field(default=0.3, ge=0, description="Shorter overlaps are ordinary turn-taking.")
    hold_lookback: int = Field(default=2, ge=1, description="Utterances before a gap searched for a hold notice.")
    monologue_max_pause_s: float = Field(default=3.0, ge=0, description="Agent pauses that keep a monologue going.")


@register_stage
class ConversationMetrics(Stage):
    """Talk ratio, overtalk, interruptions, dead air, longest agent monologue and agent pace from timestamps."""

    name: ClassVar[str] = "conversation_metrics"
    version: ClassVar[str] = "1"
    needs: ClassVar[frozenset[str]] = frozenset({"utterances", "roles"})
    adds: ClassVar[frozenset[str]] = frozenset({"metrics"})
    Params = ConversationMetricsParams

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        p: ConversationMetricsParams = self.params  # type: ignore[assignment]
        doc.metrics.update(conversation_metrics(doc.utterances, MetricParams(**p.model_dump())))
        return doc
