"""Loading rule packs: YAML -> validated packs with compiled detector parameters and a content hash.

Every problem is raised at load (start-up) as a PipelineConfigError naming the file, the line where the
YAML position is known, the field path and the problem.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from analyzers.errors import PipelineConfigError
from analyzers.rules.detectors.base import Detector, DetectorParams, get_detector
from analyzers.rules.meanings import MEANINGS_DIRNAME, Meaning, load_meanings
from analyzers.rules.schema import Pack, Rule

RULESETS_DIR = Path(__file__).resolve().parents[2] / "rulesets"
TAXONOMY_FILE = "taxonomy.yaml"
LEXICON_FILE = "lexicons.yaml"  # named phrase lists packs share: "@threats" in a phrase list expands to them
LEXICON_REF = "@"
RULE_SECTIONS = ("violations", "quality")  # rules may not tag findings with outcome categories


@dataclass(frozen=True)
class CompiledRule:
    """A rule ready to run: its pack, its detector and validated detector parameters."""

    pack: Pack
    rule: Rule
    detector: Detector
    params: DetectorParams


@dataclass
class RuleSet:
    """The packs in use, their rules compiled, and one content hash for all of them."""

    packs: list[Pack]
    rules: list[CompiledRule]
    hash: str
    sources: dict[str, str] = field(default_factory=dict)  # pack id -> file path


@lru_cache(maxsize=8)
def load_taxonomy(path: str | None = None) -> frozenset[str]:
    """Category ids rules may use (violations and quality sections of the taxonomy)."""
    p = Path(path) if path else RULESETS_DIR / TAXONOMY_FILE
    try:
        data = yaml.safe_load(p.read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise PipelineConfigError(f"{p}: cannot read taxonomy: {exc}") from exc
    return frozenset(k for sec in RULE_SECTIONS for k in (data.get(sec) or {}))


def _line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """1-based line of the YAML node at a pydantic error location (deepest node found)."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if getattr(k, "value", None) == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            nxt = node.value[key]
        else:
            nxt = None
        if nxt is None:
            break
        node = nxt
        line = node.start_mark.line + 1
    return line


def _fmt_loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for k in loc:
        out += f"[{k}]" if isinstance(k, int) else (f".{k}" if out else str(k))
    return out or "(top level)"


def _fail(source: str, node: yaml.Node | None, loc: tuple[Any, ...], msg: str) -> PipelineConfigError:
    line = _line_of(node, loc)
    where = f"{source}:{line}" if line else source
    return PipelineConfigError(f"{where}: {_fmt_loc(loc)}: {msg}")


def parse_pack(text: str, source: str, taxonomy: frozenset[str] | None = None,
               lexicons: dict[str, tuple[str, ...]] | None = None,
               meanings: dict[str, Meaning] | None = None) -> tuple[Pack, list[CompiledRule]]:
    """Validate one pack's YAML text; `source` names it in errors (a path, or '<dry-run>'). Lexicon references
    ("@threats") expand from `lexicons`, by default the shared rulesets/lexicons.yaml; `meaning: name` refers
    to `meanings`, by default rulesets/meanings/*.yaml."""
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark else source
        raise PipelineConfigError(f"{where}: invalid YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(data, dict):
        raise PipelineConfigError(f"{source}: a rule pack must be a mapping with id, title, version, rules")
    # Top-level "x-..." keys hold YAML anchors (shared phrase lists); their content counts where it is used.
    data = {k: v for k, v in data.items() if not str(k).startswith("x-")}
    data = expand_lexicons(data, load_lexicons() if lexicons is None else lexicons, source)
    data = attach_meanings(data, default_meanings() if meanings is None else meanings, source)
    try:
        pack = Pack.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        extra = f" (and {exc.error_count() - 1} more problem(s))" if exc.error_count() > 1 else ""
        raise _fail(source, node, tuple(err["loc"]), err["msg"] + extra) from exc
    cats = taxonomy if taxonomy is not None else load_taxonomy()
    compiled: list[CompiledRule] = []
    for i, rule in enumerate(pack.rules):
        base = ("rules", i)
        if rule.category not in cats:
            raise _fail(source, node, (*base, "category"), f"unknown category {rule.category!r} (see taxonomy.yaml)")
        for j, cat in enumerate(rule.subsumed_by):
            if cat not in cats:
                raise _fail(source, node, (*base, "subsumed_by", j), f"unknown category {cat!r} (see taxonomy.yaml)")
        try:
            det = get_detector(rule.detection.kind)
        except PipelineConfigError as exc:
            raise _fail(source, node, (*base, "detection", "kind"), str(exc)) from exc
        try:
            params = det.Params.model_validate(rule.detection.params)
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = (*base, "detection", "params", *err["loc"])
            raise _fail(source, node, loc, f"{err['msg']} (detector {det.name})") from exc
        compiled.append(CompiledRule(pack=pack, rule=rule, detector=det, params=params))
    return pack, compiled


def pack_files(rulesets_dir: str | Path | None = None) -> list[Path]:
    """The pack files in a rulesets directory (every *.yaml except the taxonomy), sorted."""
    d = Path(rulesets_dir) if rulesets_dir else RULESETS_DIR
    if not d.is_dir():
        raise PipelineConfigError(f"rulesets directory not found: {d}")
    return sorted(p for p in d.glob("*.yaml") if p.name not in (TAXONOMY_FILE, LEXICON_FILE))


@lru_cache(maxsize=8)
def load_lexicons(path: str | None = None) -> dict[str, tuple[str, ...]]:
    """Shared phrase lists by name (rulesets/lexicons.yaml); a list may use other lists ("@name")."""
    p = Path(path) if path else RULESETS_DIR / LEXICON_FILE
    if not p.exists():
        return {}
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise PipelineConfigError(f"{p}: cannot read lexicons: {exc}") from exc
    raw = data.get("lexicons") if isinstance(data, dict) else None
    if not isinstance(raw, dict) or not all(
            isinstance(v, list) and all(isinstance(x, str) for x in v) for v in raw.values()):
        raise PipelineConfigError(f"{p}: expected 'lexicons:' mapping names to lists of phrases")
    out: dict[str, tuple[str, ...]] = {}
    for name in raw:
        out[name] = tuple(_expand_refs(raw[name], raw, f"{p}: lexicon {name!r}", (name,)))
    return out


def _expand_refs(items: list[Any], lexicons: dict[str, Any], where: str, seen: tuple[str, ...] = ()) -> list[Any]:
    """A list with every "@name" item replaced by that lexicon's phrases (in place, de-duplicated)."""
    out: list[Any] = []
    for item in items:
        if isinstance(item, str) and item.startswith(LEXICON_REF) and " " not in item:
            name = item[len(LEXICON_REF):]
            if name in seen:
                raise PipelineConfigError(f"{where}: lexicon {name!r} refers to itself")
            if name not in lexicons:
                raise PipelineConfigError(f"{where}: unknown lexicon {item!r} (known: {sorted(lexicons)})")
            sub = _expand_refs(list(lexicons[name]), lexicons, where, (*seen, name))
            out.extend(x for x in sub if x not in out)
        else:
            out.append(item)
    return out


def expand_lexicons(data: Any, lexicons: dict[str, tuple[str, ...]], where: str) -> Any:
    """Pack data with lexicon references expanded in every list, however deep."""
    if isinstance(data, dict):
        return {k: expand_lexicons(v, lexicons, where) for k, v in data.items()}
    if isinstance(data, list):
        return [expand_lexicons(v, lexicons, where) for v in _expand_refs(data, dict(lexicons), where)]
    return data


@lru_cache(maxsize=8)
def default_meanings(path: str | None = None) -> dict[str, Meaning]:
    """The meaning files of a rulesets directory (default: the repo's), loaded once per process."""
    return load_meanings(Path(path) if path else RULESETS_DIR / MEANINGS_DIRNAME)


def attach_meanings(data: Any, meanings: dict[str, Meaning], where: str) -> Any:
    """Pack data where every `meaning: name` also carries that file's version, so a changed meaning file
    changes the ruleset hash and each finding names the examples it was judged by."""
    if isinstance(data, list):
        return [attach_meanings(v, meanings, where) for v in data]
    if not isinstance(data, dict):
        return data
    out = {k: attach_meanings(v, meanings, where) for k, v in data.items()}
    name = out.get("meaning")
    if isinstance(name, str):
        if name not in meanings:
            raise PipelineConfigError(f"{where}: unknown meaning {name!r} (known: {sorted(meanings)})")
        out["meaning_version"] = meanings[name].version
    return out


def content_hash(packs: list[Pack]) -> str:
    """sha256 over the canonical JSON of the packs (order-independent, formatting-independent)."""
    canon = json.dumps(
        sorted((p.model_dump(mode="json") for p in packs), key=lambda d: d["id"]),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def build_ruleset(parsed: list[tuple[Pack, list[CompiledRule], str]]) -> RuleSet:
    """Join parsed packs into a ruleset; pack ids and rule ids must be unique across packs."""
    seen_packs: dict[str, str] = {}
    seen_rules: dict[str, str] = {}
    rules: list[CompiledRule] = []
    for pack, compiled, source in parsed:
        if pack.id in seen_packs:
            raise PipelineConfigError(f"{source}: pack id {pack.id!r} already used by {seen_packs[pack.id]}")
        seen_packs[pack.id] = source
        for c in compiled:
            if c.rule.id in seen_rules:
                raise PipelineConfigError(f"{source}: rule id {c.rule.id!r} already used in {seen_rules[c.rule.id]}")
            seen_rules[c.rule.id] = source
            rules.append(c)
    packs = [p for p, _, _ in parsed]
    return RuleSet(packs=packs, rules=rules, hash=content_hash(packs), sources=dict(seen_packs))


def load_ruleset(rulesets_dir: str | Path | None = None, packs: list[str] | None = None) -> RuleSet:
    """Load and check packs from a directory: all of them, or those named (by file stem or pack id)."""
    d = Path(rulesets_dir) if rulesets_dir else RULESETS_DIR
    taxonomy_path = d / TAXONOMY_FILE
    taxonomy = load_taxonomy(str(taxonomy_path) if taxonomy_path.exists() else None)
    lexicon_path = d / LEXICON_FILE
    lexicons = load_lexicons(str(lexicon_path)) if lexicon_path.exists() else {}
    meanings = default_meanings(str(d / MEANINGS_DIRNAME))
    parsed = []
    for path in pack_files(d):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PipelineConfigError(f"{path}: cannot read: {exc}") from exc
        pack, compiled = parse_pack(text, str(path), taxonomy, lexicons, meanings)
        parsed.append((pack, compiled, str(path)))
    if packs is not None:
        wanted = set(packs)
        chosen = [t for t in parsed if t[0].id in wanted or Path(t[2]).stem in wanted]
        found = {t[0].id for t in chosen} | {Path(t[2]).stem for t in chosen}
        missing = sorted(wanted - found)
        if missing:
            raise PipelineConfigError(f"{d}: pack(s) not found: {missing} (have: {sorted(t[0].id for t in parsed)})")
        parsed = chosen
    return build_ruleset(parsed)
