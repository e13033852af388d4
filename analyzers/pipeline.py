"""Stages, the stage registry, and pipelines built from per-channel profiles.

A stage declares the capabilities it needs and the ones it adds; `Pipeline.build` checks the chain
before any interaction is processed, so a profile that puts the rules before redaction fails at
start-up, not half-way through a call.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar, Protocol

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from analyzers.document import Document, StageRun
from analyzers.errors import AnalysisError, PipelineConfigError

# Capabilities a document can carry. Initial ones come from the input ("text_turns" or "audio").
CAPABILITIES = frozenset(
    {
        "audio",  # decoded audio in memory
        "text_turns",  # posted turns of a text transcript
        "speech_regions",  # voice activity / speaker turns from audio
        "speakers",  # speaker labels known
        "words",  # words with times
        "utterances",  # utterances built
        "normalised",  # utterance text normalised (whitespace, unicode)
        "roles",  # agent / customer / third party assigned
        "redacted",  # PII removed from text; redaction spans kept
        "entities",  # PII entity detections available to rules
        "redacted_audio",  # PII spans muted in audio
        "findings",  # rule findings
        "metrics",  # conversation metrics (talk ratio, silence...)
        "quality",  # empathy / tone scores
        "outcomes",  # outcomes (promise to pay...)
        "scores",  # scorecard
    }
)


class ProgressHook(Protocol):
    def __call__(self, step: str, artifact: Any = None, *, completed: int = 0, total: int = 0) -> None: ...


class StageParams(BaseModel):
    """Base for a stage's declared parameters; profiles are validated against it."""

    model_config = ConfigDict(extra="forbid")


class Stage:
    """One step of analysis. Subclasses set the class attributes and implement `run`."""

    name: ClassVar[str]
    version: ClassVar[str] = "1"
    needs: ClassVar[frozenset[str]] = frozenset()
    adds: ClassVar[frozenset[str]] = frozenset()
    Params: ClassVar[type[StageParams]] = StageParams

    def __init__(self, params: StageParams | None = None) -> None:
        self.params = params if params is not None else self.Params()

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        raise NotImplementedError

    def __call__(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        return self.run(doc, hook)


_REGISTRY: dict[str, type[Stage]] = {}


def register_stage(cls: type[Stage]) -> type[Stage]:
    """Class decorator: make a stage available to profiles under its `name`."""
    unknown = (cls.needs | cls.adds) - CAPABILITIES
    if unknown:
        raise PipelineConfigError(f"stage {cls.name!r} declares unknown capabilities {sorted(unknown)}")
    if cls.name in _REGISTRY and _REGISTRY[cls.name] is not cls:
        raise PipelineConfigError(f"two stages registered as {cls.name!r}")
    _REGISTRY[cls.name] = cls
    return cls


def registered_stages() -> dict[str, type[Stage]]:
    """All stage classes by name (importing the built-in stage modules first)."""
    import analyzers.stages  # noqa: F401  (registers built-in stages)

    return dict(_REGISTRY)


class StageSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    stage: str
    params: dict[str, Any] = {}
    optional: bool = False  # skipped, with a note, when its models are not configured


class Profile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    version: str
    inputs: list[str]
    stages: list[StageSpec]


PROFILES_DIR = Path(__file__).parent / "profiles"


class Pipeline:
    """An ordered, checked chain of stages with one entry point: `pipeline(doc, hook=...)`."""

    def __init__(self, name: str, version: str, stages: list[Stage]) -> None:
        self.name = name
        self.version = version
        self.stages = stages

    @property
    def fingerprint(self) -> str:
        """Version string stored with results: profile version plus each stage's version."""
        parts = ",".join(f"{s.name}@{s.version}" for s in self.stages)
        return f"{self.name}/{self.version}[{parts}]"

    @classmethod
    def build(
        cls,
        profile: Profile,
        overrides: dict[str, dict[str, Any]] | None = None,
        factory: Callable[[type[Stage], StageParams], Stage] | None = None,
    ) -> Pipeline:
        """Instantiate and check a profile: unknown stages, bad params or unmet needs raise."""
        registry = registered_stages()
        have = set(profile.inputs)
        bad_inputs = have - CAPABILITIES
        if bad_inputs:
            raise PipelineConfigError(f"profile {profile.name!r}: unknown inputs {sorted(bad_inputs)}")
        stages: list[Stage] = []
        for spec in profile.stages:
            stage_cls = registry.get(spec.stage)
            if stage_cls is None:
                raise PipelineConfigError(
                    f"profile {profile.name!r}: unknown stage {spec.stage!r} (known: {sorted(registry)})"
                )
            raw = {**spec.params, **(overrides or {}).get(spec.stage, {})}
            try:
                params = stage_cls.Params(**raw)
            except ValidationError as exc:
                raise PipelineConfigError(f"profile {profile.name!r}, stage {spec.stage!r}: {exc}") from exc
            missing = stage_cls.needs - have
            if missing:
                raise PipelineConfigError(
                    f"profile {profile.name!r}: stage {spec.stage!r} needs {sorted(missing)}, "
                    f"which no earlier stage adds"
                )
            stage = factory(stage_cls, params) if factory else stage_cls(params)
            stages.append(stage)
            have |= stage_cls.adds
        return cls(profile.name, profile.version, stages)

    def __call__(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        total = len(self.stages)
        for i, stage in enumerate(self.stages):
            if hook:
                hook(stage.name, None, completed=i, total=total)
            t0 = time.perf_counter()
            runs_before = len(doc.stage_runs)
            try:
                doc = stage(doc, hook)
            except AnalysisError:
                raise
            except Exception as exc:  # a stage bug must name the stage, not leak a bare traceback
                raise AnalysisError(f"stage {stage.name!r} failed: {type(exc).__name__}", code="stage_failed") from exc
            if any(r.stage == stage.name for r in doc.stage_runs[runs_before:]):
                continue  # the stage recorded its own run (e.g. "skipped" with why)
            doc.stage_runs.append(
                StageRun(stage=stage.name, version=stage.version, duration_ms=(time.perf_counter() - t0) * 1000)
            )
        if hook:
            hook("done", None, completed=total, total=total)
        return doc


def load_profile(name_or_path: str | Path) -> Profile:
    """Read a profile YAML ('voice', 'text' or a path); a bad file fails with its path and problem."""
    path = Path(name_or_path)
    if not path.suffix:
        path = PROFILES_DIR / f"{name_or_path}.yaml"
    try:
        data = yaml.safe_load(path.read_text())
    except FileNotFoundError as exc:
        raise PipelineConfigError(f"pipeline profile not found: {path}") from exc
    except yaml.YAMLError as exc:
        raise PipelineConfigError(f"{path}: invalid YAML: {exc}") from exc
    try:
        return Profile(**data)
    except (ValidationError, TypeError) as exc:
        raise PipelineConfigError(f"{path}: {exc}") from exc


def stage_names(stages: Iterable[Stage]) -> list[str]:
    """Names of the given stages, in order."""
    return [s.name for s in stages]
