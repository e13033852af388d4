"""Pipeline stage `scorecard`: scores the interaction from its findings (and metrics and outcomes when present)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from analyzers.document import Document, Severity
from analyzers.pipeline import ProgressHook, Stage, StageParams, register_stage
from analyzers.scoring.scorecard import DEFAULT_OUTCOME_SCORES, ScorecardConfig, score


class ScorecardParams(StageParams):
    scorecard_id: str = "default"
    weights: dict[str, float] = Field(
        default_factory=lambda: {"compliance": 0.5, "empathy_and_tone": 0.3, "resolution": 0.2}
    )
    severity_penalty: dict[Severity, float] | None = None
    outcome_scores: dict[str, float] = Field(default_factory=lambda: dict(DEFAULT_OUTCOME_SCORES))
    neutral_score: float = Field(default=70.0, ge=0, le=100)

    def config(self) -> ScorecardConfig:
        """The scorecard configuration these parameters describe (validated)."""
        extra = {"severity_penalty": self.severity_penalty} if self.severity_penalty else {}
        return ScorecardConfig(
            scorecard_id=self.scorecard_id,
            weights=self.weights,
            outcome_scores=self.outcome_scores,
            neutral_score=self.neutral_score,
            **extra,
        )


@register_stage
class ScorecardStage(Stage):
    """Weighted sections, critical fails, breakdown stored in doc.scorecard."""

    name: ClassVar[str] = "scorecard"
    version: ClassVar[str] = "1"
    needs: ClassVar[frozenset[str]] = frozenset({"findings"})
    adds: ClassVar[frozenset[str]] = frozenset({"scores"})
    Params = ScorecardParams

    def __init__(self, params: StageParams | None = None) -> None:
        super().__init__(params)
        p: ScorecardParams = self.params  # type: ignore[assignment]
        self.config = p.config()  # bad weights fail when the pipeline is built

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        doc.scorecard = score(doc, self.config)
        return doc
