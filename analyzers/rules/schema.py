"""The rule-pack schema: what compliance staff write in rulesets/*.yaml, checked strictly at load."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from analyzers.document import Channel, Direction, InteractionMeta, Severity, SpeakerRole, TenantRole

_ID = r"^[a-z0-9][a-z0-9_.\-]*$"
_TURN_SHORTHAND = re.compile(r"^\s*([A-Za-z_\-]+)\s*:\s*(.*)$", re.S)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Applicability(Strict):
    """Where a pack or rule applies; an empty list means 'any'. A pack's and a rule's both must hold."""

    tenant_roles: list[TenantRole] = Field(default_factory=list)
    jurisdictions: list[str] = Field(default_factory=list)  # "US" also covers "US-CA"
    channels: list[Channel] = Field(default_factory=list)
    directions: list[Direction] = Field(default_factory=list)
    account_flags: list[str] = Field(default_factory=list)  # all must be true on the account
    recorded: bool | None = None  # only recorded (True) or only unrecorded (False) interactions

    @field_validator("account_flags")
    @classmethod
    def _known_flags(cls, v: list[str]) -> list[str]:
        from analyzers.document import AccountFlags

        unknown = [f for f in v if f not in AccountFlags.model_fields]
        if unknown:
            raise ValueError(f"unknown account flag(s) {unknown}; known: {sorted(AccountFlags.model_fields)}")
        return v


class Detection(Strict):
    kind: str = Field(description="Name of a registered detector, e.g. required_statement.")
    params: dict[str, Any] = Field(default_factory=dict)


class ExampleTurn(Strict):
    speaker: str
    text: str
    role: SpeakerRole | None = None
    start: float | None = None
    end: float | None = None
    sent_at: datetime | None = None


class ExampleEntity(Strict):
    entity_type: str
    utterance: int
    speaker_role: SpeakerRole = SpeakerRole.customer
    char_start: int = 0
    char_end: int = 0


class Example(Strict):
    """A small conversation; turns may be written as 'agent: text' for brevity."""

    name: str = ""
    turns: list[ExampleTurn]
    meta: dict[str, Any] = Field(default_factory=dict)
    entities: list[ExampleEntity] | None = None  # None: derived from <TAG>s in the text
    metrics: dict[str, float] = Field(default_factory=dict)

    @field_validator("turns", mode="before")
    @classmethod
    def _shorthand(cls, v: Any) -> Any:
        if not isinstance(v, list):
            return v
        out: list[Any] = []
        for t in v:
            if isinstance(t, str):
                m = _TURN_SHORTHAND.match(t)
                if not m:
                    raise ValueError(f"turn {t!r} is not 'speaker: text'")
                t = {"speaker": m.group(1), "text": m.group(2)}
            out.append(t)
        return out

    @field_validator("meta")
    @classmethod
    def _known_meta(cls, v: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(v) - set(InteractionMeta.model_fields))
        if unknown:
            raise ValueError(f"unknown meta field(s) {unknown}")
        return v


class Examples(Strict):
    should_match: list[Example] = Field(default_factory=list)
    should_not_match: list[Example] = Field(default_factory=list)


class Rule(Strict):
    id: str = Field(pattern=_ID)
    version: int = Field(ge=1)
    title: str = Field(min_length=3)
    category: str
    severity: Severity
    applicability: Applicability = Field(default_factory=Applicability)
    citation: str = Field(min_length=2)
    detection: Detection
    remediation: str = ""
    false_positives: list[str] = Field(default_factory=list)
    examples: Examples = Field(default_factory=Examples)
    enabled: bool = True
    # Graver categories that cover this rule's finding when they have evidence on the same turns: an agent turn
    # judged abusive is not also a tone finding (labellers file it once, under the graver category).
    subsumed_by: list[str] = Field(
        default_factory=list,
        description="Categories whose violated finding on the same turn(s) replaces this rule's finding.",
    )

    @field_validator("subsumed_by")
    @classmethod
    def _not_itself(cls, v: list[str], info: ValidationInfo) -> list[str]:
        if info.data.get("category") in v:
            raise ValueError("a rule cannot be subsumed by its own category")
        return v


class Pack(Strict):
    id: str = Field(pattern=_ID)
    title: str
    version: int = Field(ge=1)
    description: str = ""
    applicability: Applicability = Field(default_factory=Applicability)
    rules: list[Rule] = Field(min_length=1)

    @field_validator("rules")
    @classmethod
    def _unique_ids(cls, v: list[Rule]) -> list[Rule]:
        seen: set[str] = set()
        for r in v:
            if r.id in seen:
                raise ValueError(f"duplicate rule id {r.id!r}")
            seen.add(r.id)
        return v


def pack_json_schema() -> dict[str, Any]:
    """JSON Schema of a pack file for editors and the dry-run API, with each detector's parameters."""
    from analyzers.rules.detectors.base import registered_detectors

    schema = Pack.model_json_schema()
    schema["x-detector-params"] = {
        name: {"version": det.version, "params": det.Params.model_json_schema()}
        for name, det in sorted(registered_detectors().items())
    }
    return schema


if __name__ == "__main__":  # regenerate rulesets/pack.schema.json: python -m analyzers.rules.schema
    import json
    from pathlib import Path

    out = Path(__file__).resolve().parents[2] / "rulesets" / "pack.schema.json"
    out.write_text(json.dumps(pack_json_schema(), indent=2, sort_keys=True) + "\n")
    print(f"wrote {out}")
