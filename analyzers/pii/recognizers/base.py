"""Base class for Fairline's presidio recognizers: each hit carries its explanation."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

RECOGNIZER_VERSION = "1"


class FairlineRecognizer(EntityRecognizer):  # type: ignore[misc]
    """A presidio recognizer plug-in; subclasses implement `find`."""

    ENTITIES: ClassVar[list[str]] = []

    def __init__(self) -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            name=type(self).__name__,
            supported_language="en",
            version=RECOGNIZER_VERSION,
        )

    def load(self) -> None:
        """Nothing to load: rules only."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Presidio entry point: run `find` and keep the requested entity types."""
        return [r for r in self.find(text, nlp_artifacts) if r.entity_type in entities]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        raise NotImplementedError

    def hit(self, entity: str, start: int, end: int, score: float, why: str) -> RecognizerResult:
        """A result with an explanation naming this recognizer and the reason."""
        expl = AnalysisExplanation(
            recognizer=self.name, original_score=score, textual_explanation=why
        )
        return RecognizerResult(entity, start, end, score, analysis_explanation=expl,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
