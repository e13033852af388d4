"""Errors raised by analysis code. Each carries a machine-readable code the service reports."""

from __future__ import annotations


class AnalysisError(Exception):
    """Analysis of one interaction failed; `code` is stored on the interaction."""

    code = "analysis_failed"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code


class InputError(AnalysisError):
    """The input itself is unusable (corrupt, empty or silent audio, junk text)."""

    code = "bad_input"


class PipelineConfigError(Exception):
    """A profile, stage parameter or ruleset is wrong; raised at start-up, never mid-call."""


class ModelMissingError(PipelineConfigError):
    """A model file the pipeline needs is absent or its hash does not match."""
