"""Scorecards: weighted compliance, empathy-and-tone and resolution sections with critical fails."""

from analyzers.scoring.scorecard import ScorecardConfig, score

__all__ = ["ScorecardConfig", "score"]
