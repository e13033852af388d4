"""Pipeline stage `rules`: runs the packs that apply to the tenant and interaction, records every finding."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from analyzers.document import Document
from analyzers.pipeline import ProgressHook, Stage, StageParams, register_stage
from analyzers.rules.engine import evaluate
from analyzers.rules.loader import load_ruleset


class RulesParams(StageParams):
    rulesets_dir: str | None = Field(
        default=None, description="Directory of pack files; default: the repo's rulesets/."
    )
    packs: list[str] | None = Field(default=None, description="Pack ids or file stems to load; default: all.")


@register_stage
class RulesStage(Stage):
    """Evaluates every applicable rule; a violated finding carries evidence, a met one says what was checked."""

    name: ClassVar[str] = "rules"
    version: ClassVar[str] = "1"
    needs: ClassVar[frozenset[str]] = frozenset({"redacted", "entities", "roles"})
    adds: ClassVar[frozenset[str]] = frozenset({"findings"})
    Params = RulesParams

    def __init__(self, params: StageParams | None = None) -> None:
        super().__init__(params)
        p: RulesParams = self.params  # type: ignore[assignment]
        # Loaded when the pipeline is built, so a bad pack fails at start-up, never mid-call.
        self.ruleset = load_ruleset(p.rulesets_dir, p.packs)

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        # Findings from other stages stay; ours are replaced, so running the stage twice gives the same result.
        ours = {p.id for p in self.ruleset.packs}
        doc.findings = [f for f in doc.findings if f.pack not in ours] + evaluate(doc, self.ruleset)
        doc.ruleset_hash = self.ruleset.hash
        return doc
