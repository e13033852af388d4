"""Pipeline stage `rules`: runs the packs that apply to the tenant and interaction, records every finding."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from analyzers.document import Document
from analyzers.errors import PipelineConfigError
from analyzers.pipeline import ProgressHook, Stage, StageParams, register_stage
from analyzers.rules.engine import evaluate
from analyzers.rules.loader import CompiledRule, RuleSet, build_ruleset, load_ruleset
from analyzers.rules.semantic import warm


def with_switches(ruleset: RuleSet, enable: set[str], disable: set[str]) -> RuleSet:
    """The ruleset with rules switched on or off per tenant; the content hash changes with the switches."""
    known = {c.rule.id for c in ruleset.rules}
    unknown = sorted((enable | disable) - known)
    if unknown:
        raise PipelineConfigError(f"rules stage: unknown rule id(s) {unknown}")
    both = sorted(enable & disable)
    if both:
        raise PipelineConfigError(f"rules stage: rule(s) both enabled and disabled: {both}")
    parsed = []
    for pack in ruleset.packs:
        rules = [
            r.model_copy(update={"enabled": True})
            if r.id in enable
            else r.model_copy(update={"enabled": False})
            if r.id in disable
            else r
            for r in pack.rules
        ]
        new_pack = pack.model_copy(update={"rules": rules})
        by_id = {r.id: r for r in rules}
        compiled = [
            CompiledRule(pack=new_pack, rule=by_id[c.rule.id], detector=c.detector, params=c.params)
            for c in ruleset.rules
            if c.pack.id == pack.id
        ]
        parsed.append((new_pack, compiled, ruleset.sources.get(pack.id, pack.id)))
    return build_ruleset(parsed)


class RulesParams(StageParams):
    rulesets_dir: str | None = Field(
        default=None, description="Directory of pack files; default: the repo's rulesets/."
    )
    packs: list[str] | None = Field(default=None, description="Pack ids or file stems to load; default: all.")
    enable_rules: list[str] = Field(default_factory=list, description="Rule ids to switch on (shipped disabled).")
    disable_rules: list[str] = Field(default_factory=list, description="Rule ids to switch off for this tenant.")


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
        if p.enable_rules or p.disable_rules:
            self.ruleset = with_switches(self.ruleset, set(p.enable_rules), set(p.disable_rules))
        # Exemplars of rules that match by meaning are encoded now: a missing sentence model fails at start-up
        # and the first interaction pays no encoder warm-up.
        warm(self.ruleset)

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        # Findings from other stages stay; ours are replaced, so running the stage twice gives the same result.
        ours = {p.id for p in self.ruleset.packs}
        doc.findings = [f for f in doc.findings if f.pack not in ours] + evaluate(doc, self.ruleset)
        doc.ruleset_hash = self.ruleset.hash
        return doc
