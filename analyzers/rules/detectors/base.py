"""Detector plug-ins: a name, a version, declared parameters and one `detect` method."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from pydantic import BaseModel, ConfigDict

from analyzers.document import Evidence
from analyzers.errors import PipelineConfigError

if TYPE_CHECKING:
    from analyzers.rules.context import RuleContext


class DetectorParams(BaseModel):
    """Base for a detector's parameters; a rule's `detection.params` is validated against it at load."""

    model_config = ConfigDict(extra="forbid")


@dataclass
class Verdict:
    """What a detector concluded for one rule on one interaction."""

    violated: bool
    explanation: str
    confidence: float = 1.0
    evidence: list[Evidence] = field(default_factory=list)


class Detector:
    """Subclasses set name, version, Params and implement `detect`; return None when not evaluable."""

    name: ClassVar[str]
    version: ClassVar[str] = "1"
    Params: ClassVar[type[DetectorParams]] = DetectorParams

    def detect(self, ctx: RuleContext, params: DetectorParams) -> Verdict | None:
        raise NotImplementedError


_DETECTORS: dict[str, Detector] = {}


def register_detector(cls: type[Detector]) -> type[Detector]:
    """Class decorator: make a detector available to rule packs under its `name`."""
    if cls.name in _DETECTORS and type(_DETECTORS[cls.name]) is not cls:
        raise PipelineConfigError(f"two detectors registered as {cls.name!r}")
    _DETECTORS[cls.name] = cls()
    return cls


def get_detector(name: str) -> Detector:
    """The registered detector with this name; raises PipelineConfigError naming the known ones."""
    registered_detectors()
    try:
        return _DETECTORS[name]
    except KeyError:
        raise PipelineConfigError(f"unknown detector {name!r} (known: {sorted(_DETECTORS)})") from None


def registered_detectors() -> dict[str, Detector]:
    """All detectors by name (importing the built-in detector modules first)."""
    from analyzers.rules.detectors import load_builtin

    load_builtin()
    return dict(_DETECTORS)
