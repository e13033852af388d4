"""Benchmark of the compliance rules: per-category precision / recall / F1 and time per 10-minute call.

Each accuracy figure is printed next to a keyword-spotting baseline measured in the same run: the same packs
with negation, quotation and speaker awareness switched off and exact matching only (what users of
speech-analytics tools complain about).

1. Labelled conversations written for this project (bench/data/rules/*.yaml): groups of positives for one
   category and hard negatives that must raise nothing. Conversations are wrapped in a compliant opening and
   closing unless the group says otherwise; entities come from redaction tags such as <CVV> in the text.
   Splits: dev (tuned on), holdout (scored once, later used for fixes), blind (paraphrased disclosures and
   hard negatives written before semantic matching existed; never tuned on). Each split also reports fuzzy
   matching alone (semantic off) and semantic matching forced on for every statement (a stress test).
2. The demo conversations in sample_calls/ with their expected results (violations, and categories that must
   be clean), run through the real text pipeline (redaction, metrics, quality, outcomes, rules), so the
   rules see what they see in production. Skipped when the pipeline cannot be built.
3. Speed: CPU milliseconds per interaction for a synthetic 10-minute call (150 different turns) with all packs
   and semantic matching on, for several tenant set-ups, with and without the opening notices (without them the
   encoder runs), the encoder cache cleared before each call; median of repeated runs on one thread.

Run: .venv/bin/python bench/rules.py [--skip-samples] [--repeat 30] [--show-errors]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import yaml  # noqa: E402
from pydantic import BaseModel  # noqa: E402

from analyzers.document import Document, FindingStatus  # noqa: E402
from analyzers.rules.context import RuleContext, StatementSpec  # noqa: E402
from analyzers.rules.engine import document_from_turns, evaluate  # noqa: E402
from analyzers.rules.loader import CompiledRule, RuleSet, load_ruleset, load_taxonomy  # noqa: E402
from analyzers.rules.semantic import warm  # noqa: E402

DATA = REPO / "bench" / "data" / "rules"
SAMPLES = REPO / "sample_calls"

BASE_META: dict[str, Any] = {
    "tenant_role": "creditor",
    "jurisdictions": ["US"],
    "channel": "voice",
    "direction": "outbound",
    "brand_name": "Acme Subscriptions",
    "brand_aliases": ["Acme"],
    "started_at": "2024-05-08T15:00:00Z",
    "customer_timezones": ["America/New_York"],
    "recorded": True,
}
MIRANDA = "agent: This is an attempt to collect a debt and any information obtained will be used for that purpose."
OPENINGS = {
    "full": [
        "agent: Hi, this is Sam from Acme Subscriptions. This call is recorded for quality.",
        "customer: Hi.",
        "agent: For security purposes, can you confirm your date of birth?",
        "customer: Sure, it's <DATE_OF_BIRTH>.",
    ],
    "intro": ["agent: Hi, this is Sam from Acme Subscriptions. This call is recorded for quality.", "customer: Hi."],
    "verify_only": [
        "agent: Hi, this call is recorded. Can you confirm your date of birth for me?",
        "customer: Sure, <DATE_OF_BIRTH>.",
    ],
    "no_recording": [
        "agent: Hi, this is Sam from Acme Subscriptions.",
        "customer: Hi.",
        "agent: For security purposes, can you confirm your date of birth?",
        "customer: Sure, it's <DATE_OF_BIRTH>.",
    ],
    "none": [],
}
CLOSING = ["agent: Thank you for your time, take care."]


# ----------------------------------------------------------------------------------------------- data


def _turns(lines: list[Any]) -> list[dict[str, Any]]:
    out = []
    for t in lines:
        if isinstance(t, str):
            spk, _, text = t.partition(":")
            out.append({"speaker": spk.strip(), "text": text.strip()})
        else:
            out.append(dict(t))
    return out


def labelled_conversations() -> list[dict[str, Any]]:
    """Every labelled conversation: {id, meta, turns, metrics, expect (set), hard_negative (bool)}."""
    convs: list[dict[str, Any]] = []
    for path in sorted(DATA.glob("*.yaml")):
        for g, group in enumerate(yaml.safe_load(path.read_text()) or []):
            meta = {**BASE_META, **group.get("meta", {})}
            opening = group.get("opening", "full")
            for kind in ("positives", "negatives"):
                for i, item in enumerate(group.get(kind, [])):
                    item = item if isinstance(item, dict) else {"turns": item}
                    m = {**meta, **item.get("meta", {})}
                    lines = list(OPENINGS[item.get("opening", opening)])
                    if (
                        m["tenant_role"] == "agency"
                        and item.get("opening", opening) == "full"
                        and not item.get("no_miranda", group.get("no_miranda", False))
                    ):
                        lines.append(MIRANDA)
                    lines += item["turns"]
                    if m["channel"] in ("voice", "chat", "whatsapp") and not item.get(
                        "no_closing", group.get("no_closing")
                    ):
                        lines += CLOSING
                    if kind == "positives":
                        expect = set(item.get("expect", [group["category"]]))
                    else:
                        expect = set(item.get("expect", []))
                    convs.append(
                        {
                            "id": f"{path.stem}:{g}:{kind}:{i}",
                            "meta": m,
                            "turns": _turns(lines),
                            "metrics": {**group.get("metrics", {}), **item.get("metrics", {})},
                            "expect": expect,
                            "hard_negative": kind == "negatives",
                            "judged": None,  # all categories are judged
                        }
                    )
    return convs


def sample_conversations() -> list[dict[str, Any]]:
    """The demo conversations with expected results; only listed categories are judged."""
    manifest = yaml.safe_load((SAMPLES / "manifest.yaml").read_text())
    tenants = {t["slug"]: t for t in manifest["tenants"]}
    out = []
    for path in sorted((SAMPLES / "conversations").glob("*.yaml")):
        c = yaml.safe_load(path.read_text())
        t = tenants[c["tenant"]]
        brand = next((b for b in t["brands"] if b["name"] == c.get("brand")), t["brands"][0])
        history = [
            {
                "at": h["at"],
                "channel": h.get("channel", "voice"),
                "direction": h.get("direction", "outbound"),
                "conversation": bool(h.get("conversation")),
            }
            for h in c.get("contact_history") or []
        ]
        meta = {
            "external_id": c["external_id"],
            "tenant_role": t["role"],
            "jurisdictions": t["jurisdictions"],
            "channel": c["channel"],
            "direction": c.get("direction", "outbound"),
            "brand_name": brand["name"],
            "brand_aliases": brand.get("aliases", []),
            "customer_timezones": c.get("customer_timezones", []),
            "started_at": c.get("started_at"),
            "contact_history": history,
            "account_flags": {k: v for k, v in (c.get("account_flags") or {}).items() if v is not None},
            "agent_ref": c.get("agent_ref"),
            "account_ref": c.get("account_ref"),
        }
        exp = c.get("expected") or {}
        violations = {v for v in exp.get("violations", []) if not v.startswith("outcome.")}
        clean = {v for v in exp.get("clean", []) if not v.startswith("outcome.")}
        # Calls: the rendered audio's timing file gives each turn the times the voice pipeline would see.
        timing_path = SAMPLES / "audio" / f"{path.stem}.timing.json"
        times = {}
        if timing_path.exists():
            times = {t["index"]: (t["start"], t["end"]) for t in json.loads(timing_path.read_text())["turns"]}
        turns = []
        for i, t in enumerate(c["turns"]):
            turn = {"speaker": t["speaker"], "text": t["text"]}
            if t.get("at"):
                turn["sent_at"] = t["at"]
            if i in times:
                turn["start"], turn["end"] = times[i]
            turns.append(turn)
        out.append(
            {
                "id": c["external_id"],
                "meta": meta,
                "turns": turns,
                "metrics": {},
                "expect": violations,
                "judged": violations | clean,
                "hard_negative": not violations,
            }
        )
    return out


# ------------------------------------------------------------------------------------------- running


def keyword_baseline(rs: RuleSet) -> RuleSet:
    """The same packs as plain keyword spotting: exact phrases, any speaker, no negation or quotation handling."""
    return with_statements(rs, {"negation_aware": False, "quote_aware": False, "speakers": [], "min_score": 100.0,
                                "semantic": False, "meaning_version": None}, "baseline")


def predict_rules_only(conv: dict[str, Any], rs: RuleSet, semantic: bool = True) -> set[str]:
    """Violated categories from the rules alone on already-redacted turns (`semantic=False`: fuzzy only)."""
    doc = document_from_turns(conv["turns"], conv["meta"], metrics=conv["metrics"])
    ctx = RuleContext(doc, semantic=semantic)
    return {f.category for f in evaluate(doc, rs, ctx=ctx) if f.status == FindingStatus.violated}


def run_pipeline_on_samples(convs: list[dict[str, Any]], rs: RuleSet) -> tuple[list[set[str]], list[set[str]]] | None:
    """Run the real text pipeline once per sample; the baseline re-runs only the rules on the same document."""
    try:
        from analyzers.pipeline import Pipeline, load_profile

        pipe = Pipeline.build(load_profile("text"))
    except Exception as exc:  # the bench reports what it could not run instead of failing
        print(f"  (sample_calls skipped: text pipeline unavailable: {type(exc).__name__}: {exc})")
        return None
    base = keyword_baseline(rs)
    ours: list[set[str]] = []
    baseline: list[set[str]] = []
    for c in convs:
        doc = Document(meta=document_from_turns([], c["meta"]).meta, raw_turns=copy.deepcopy(c["turns"]))
        doc = pipe(doc)
        ours.append({f.category for f in doc.findings if f.status == FindingStatus.violated})
        baseline.append({f.category for f in evaluate(doc, base) if f.status == FindingStatus.violated})
    return ours, baseline


def score(convs: list[dict[str, Any]], preds: list[set[str]], cats: list[str]) -> dict[str, dict[str, float]]:
    """Per-category TP/FP/FN over conversations (only judged categories count), plus hard negatives flagged."""
    table: dict[str, dict[str, float]] = {c: defaultdict(float) for c in cats}  # type: ignore[misc]
    for conv, pred in zip(convs, preds, strict=True):
        judged = conv["judged"] if conv["judged"] is not None else set(cats)
        for c in cats:
            if c not in judged:
                continue
            t, p = c in conv["expect"], c in pred
            table[c]["tp"] += t and p
            table[c]["fp"] += p and not t
            table[c]["fn"] += t and not p
            table[c]["n_pos"] += t
    for row in table.values():
        tp, fp, fn = row["tp"], row["fp"], row["fn"]
        row["p"] = tp / (tp + fp) if tp + fp else 1.0
        row["r"] = tp / (tp + fn) if tp + fn else 1.0
        row["f1"] = 2 * row["p"] * row["r"] / (row["p"] + row["r"]) if row["p"] + row["r"] else 0.0
    return table


def hard_negatives_flagged(convs: list[dict[str, Any]], preds: list[set[str]]) -> list[str]:
    """Ids of hard negatives on which anything judged was flagged."""
    bad = []
    for conv, pred in zip(convs, preds, strict=True):
        judged = conv["judged"] if conv["judged"] is not None else pred
        if conv["hard_negative"] and (pred & judged) - conv["expect"]:
            bad.append(conv["id"])
    return bad


def print_table(
    title: str,
    convs: list[dict[str, Any]],
    ours: list[set[str]],
    base: list[set[str]],
    cats: list[str],
    show_errors: bool,
) -> None:
    t_ours, t_base = score(convs, ours, cats), score(convs, base, cats)
    print(f"\n{title}: {len(convs)} conversations, {sum(c['hard_negative'] for c in convs)} hard negatives")
    print(
        f"  {'category':40s} {'pos':>4s} | {'P':>5s} {'R':>5s} {'F1':>5s} | {'base P':>6s} {'R':>5s} {'F1':>5s}"
        f" | F1 ratio"
    )
    for c in cats:
        o, b = t_ours[c], t_base[c]
        if not (o["n_pos"] or o["fp"] or b["fp"]):
            continue
        ratio = o["f1"] / b["f1"] if b["f1"] else float("inf")
        print(
            f"  {c:40s} {int(o['n_pos']):4d} | {o['p']:5.2f} {o['r']:5.2f} {o['f1']:5.2f} | {b['p']:6.2f}"
            f" {b['r']:5.2f} {b['f1']:5.2f} | {ratio:5.2f}"
        )
    for name, tab in (("ours", t_ours), ("baseline", t_base)):
        tp = sum(r["tp"] for r in tab.values())
        fp = sum(r["fp"] for r in tab.values())
        fn = sum(r["fn"] for r in tab.values())
        f1s = [r["f1"] for c, r in tab.items() if r["n_pos"]]
        print(
            f"  {name:9s} micro P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f}; "
            f"min per-category F1 {min(f1s) if f1s else 0:.3f}"
        )
    bo, bb = hard_negatives_flagged(convs, ours), hard_negatives_flagged(convs, base)
    n_neg = sum(c["hard_negative"] for c in convs)
    print(f"  hard negatives flagged: ours {len(bo)}/{n_neg}, baseline {len(bb)}/{n_neg}")
    if show_errors:
        for conv, pred in zip(convs, ours, strict=True):
            judged = conv["judged"] if conv["judged"] is not None else set(cats)
            fp, fn = (pred - conv["expect"]) & judged, conv["expect"] - pred
            if fp or fn:
                print(f"    {conv['id']}: extra {sorted(fp)} missed {sorted(fn)}")


# --------------------------------------------------------------------------------------------- speed


SYNTH_AGENT = [
    "I understand, and I'm sorry this has been stressful for you.",
    "Let me check the account details for you, one moment please.",
    "Your balance is forty nine dollars and ninety nine cents.",
    "We can set up a payment plan that works for your budget.",
    "Would Friday work for the first payment, or is Monday better?",
    "I can send a secure payment link to your email so you can pay safely.",
    "Nobody is going to take you to court over this, let's just find a plan.",
    "Is there anything else going on that we should take into account?",
]
SYNTH_CUSTOMER = [
    "Yeah, I lost my job last month and things are tight.",
    "Okay, I guess that makes sense.",
    "Can you repeat the amount please?",
    "I'm not angry, but I don't want to be charged twice.",
    "Friday should work, I get paid on Thursday.",
    "Please send the link to my email.",
    "Hmm, let me think about it for a second.",
]


# Second sentences make every line of the synthetic call unique, as in a real call: the encoder cache must
# not make semantic matching look cheaper than it is.
SYNTH_TAIL = [
    "Thanks for bearing with me.",
    "I just want to make sure we get this right.",
    "That should only take a minute.",
    "I'll note that on the account.",
    "Does that sound fair to you?",
    "We have a few options here.",
    "I can see the last payment came in on the third.",
    "There's no fee for changing the date.",
    "You'll get a confirmation by email.",
    "Take your time.",
    "I appreciate you explaining that.",
]
OPENING_NOTICE = "Hi, this is Sam from Acme Subscriptions. This call is recorded for quality."
OPENING_BARE = "Hi, this is Sam from Acme Subscriptions, calling about your account."
VERIFY = "Before we go on, can you confirm your date of birth for me?"


def synthetic_call(
    turns: int = 150, seconds: float = 600.0, opening: str = OPENING_NOTICE, miranda: bool = False
) -> list[dict[str, Any]]:
    """A 10-minute, 150-turn call alternating agent and customer lines (all different), with times."""
    step = seconds / turns
    agent_lines = [opening, VERIFY] + ([MIRANDA.partition(":")[2].strip()] if miranda else [])
    out = []
    for i in range(turns):
        agent = i % 2 == 0
        if agent and i // 2 < len(agent_lines):
            text = agent_lines[i // 2]
        else:
            pool = SYNTH_AGENT if agent else SYNTH_CUSTOMER
            k = i // 2
            text = f"{pool[k % len(pool)]} {SYNTH_TAIL[(k // len(pool) + k) % len(SYNTH_TAIL)]}"
        out.append(
            {
                "speaker": "agent" if agent else "customer",
                "text": text,
                "start": i * step,
                "end": i * step + step * 0.9,
            }
        )
    return out


def _clear_encoder_cache() -> None:
    """Forget the encoder's sentence cache so each timed run encodes its sentences (a cold interaction)."""
    try:
        from analyzers.quality.embeddings import clear_cache
    except ImportError:
        return
    clear_cache()


def _encode_like_quality(doc: Any) -> None:
    """The int8 sentence vectors the quality stage computes for agent and customer turns (cached)."""
    from analyzers.quality.embeddings import encode_fast
    from analyzers.rules.semantic import sentence_units

    texts = [x.text for u in doc.utterances if u.role.value in ("agent", "customer") for x in sentence_units(u.text)]
    encode_fast(texts)


def time_per_call(
    rs: RuleSet,
    meta: dict[str, Any],
    repeat: int,
    turns: list[dict[str, Any]],
    cold: bool = True,
    semantic: bool = True,
    after_quality: bool = True,
) -> tuple[float, float, int, int]:
    """Median CPU and wall milliseconds to prepare the turns for matching and evaluate all applicable rules on a
    synthetic call, findings count and sentences encoded. `cold`: the encoder cache is cleared first; the packs'
    exemplars stay encoded, as after pack load. `after_quality`: then the call's sentences are put through the
    int8 encoder untimed, as the quality stage (which runs before the rules in every profile) does; meaning
    models read those vectors. The exact fp32 vectors the semantic matcher uses are not shared and stay timed."""
    metrics = {
        "conversation.dead_air_count": 0,
        "conversation.overtalk_count": 1,
        "quality.empathy": 0.7,
        "quality.brand_voice": 0.6,
    }
    cpu, wall = [], []
    n = embedded = 0
    for _ in range(repeat):
        doc = document_from_turns(copy.deepcopy(turns), meta, metrics=metrics)
        if cold:
            _clear_encoder_cache()
            if after_quality:
                _encode_like_quality(doc)
        c0, w0 = time.process_time(), time.perf_counter()
        ctx = RuleContext(doc, semantic=semantic)  # timed: preparing the turns for matching is rules work
        n = len(evaluate(doc, rs, ctx=ctx))
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
        embedded = ctx.sentences_embedded
    return statistics.median(cpu), statistics.median(wall), n, embedded


def with_statements(rs: RuleSet, update: dict[str, Any], name: str) -> RuleSet:
    """The same packs with every statement spec (however deep in the detector parameters) updated."""

    def change(obj: Any) -> Any:
        if isinstance(obj, StatementSpec):
            return obj.model_copy(update=update)
        if isinstance(obj, BaseModel):
            return obj.model_copy(update={k: change(getattr(obj, k)) for k in type(obj).model_fields})
        return obj

    rules = [CompiledRule(pack=c.pack, rule=c.rule, detector=c.detector, params=change(c.params)) for c in rs.rules]
    return RuleSet(packs=rs.packs, rules=rules, hash=name)


def without_meanings(rs: RuleSet) -> RuleSet:
    """The same packs with the meaning models switched off (phrase lists and exemplars only)."""
    return with_statements(rs, {"meaning_version": None}, "without-meanings")


def semantic_everywhere(rs: RuleSet) -> RuleSet:
    """The same packs with semantic matching switched on for every statement (forbidden ones, intent triggers
    and responses, order events): a stress test of the negation and quotation checks on semantic hits."""
    return with_statements(rs, {"semantic": True}, "semantic-everywhere")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--skip-samples", action="store_true")
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--only", nargs="*", default=None, help="score only these labelled splits (e.g. blind8)")
    ap.add_argument("--no-speed", action="store_true", help="skip the timing section")
    args = ap.parse_args()
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass

    rs = load_ruleset()
    n_ex = warm(rs)  # pack load: exemplars encoded once
    base = keyword_baseline(rs)
    everywhere = semantic_everywhere(rs)
    no_meanings = without_meanings(rs)
    cats = sorted(load_taxonomy())
    print(f"ruleset {rs.hash[:12]}: {len(rs.packs)} packs, {len(rs.rules)} rules, {n_ex} semantic exemplars")

    convs = labelled_conversations()
    splits = (
        ("dev", "dev set, packs tuned on it"),
        ("holdout", "held out (seen once, then used for fixes)"),
        ("blind", "blind paraphrases and hard negatives (scored blind once in session 2, then used for fixes)"),
        ("blind2", "second blind set, written without reading the rules or dev/holdout (scored blind once, then used "
                   "for fixes)"),
        ("blind3", "third blind set, written without reading the rules or dev/holdout/blind2 (scored blind once, then "
                   "used for fixes)"),
        ("blind4", "fourth blind set, written without reading the rules or any earlier set (scored blind once, then "
                   "used for fixes)"),
        ("blind5", "fifth blind set, written without reading the rules or any earlier set (scored blind once, then "
                   "used for fixes)"),
        ("blind6", "sixth blind set, written without reading the rules or any earlier set (scored blind once, then "
                   "used for fixes)"),
        ("blind7", "seventh blind set, written without reading the rules or any earlier set (scored blind once, then "
                   "used for fixes)"),
        ("blind8", "eighth blind set, written without reading the rules or any earlier set (scored blind once, then "
                   "used for fixes)"),
        ("blind9", "ninth blind set, written without reading the rules or any earlier set (scored blind once, then "
                   "used for fixes)"),
        ("blind10", "tenth blind set, written without reading the rules or any earlier set (scored blind once, then "
                    "used for fixes)"),
        ("blind11", "eleventh blind set, written without reading the rules or any earlier set (scored blind once, then "
                    "used for fixes)"),
        ("blind12", "twelfth blind set, written without reading the rules or any earlier set (scored blind once, then "
                    "used for fixes)"),
        ("blind13", "thirteenth blind set, written without reading the rules or any earlier set (scored blind once, "
                    "then used for fixes)"),
        ("blind14", "fourteenth blind set, written without reading the rules or any earlier set (scored blind once, "
                    "then used for fixes)"),
        ("blind15", "fifteenth blind set, written without reading the rules or any earlier set (scored blind once, "
                    "then used for fixes)"),
        ("blind16", "sixteenth blind set, written without reading the rules or any earlier set (scored blind once, "
                    "then used for fixes)"),
        ("blind17", "seventeenth blind set, written without reading the rules or any earlier set (scored blind once, "
                    "then used for fixes)"),
        ("blind18", "eighteenth blind set, written without reading the rules or any earlier set (scored blind once, "
                    "then used for fixes)"),
        ("blind19", "nineteenth blind set, written without reading the rules or any earlier set (scored blind once, "
                    "then used for fixes)"),
        ("blind20", "twentieth blind set, written without reading the rules or any earlier set (scored blind once, "
                    "then used for fixes)"),
        ("blind21", "twenty-first blind set, written without reading the rules or any earlier set (scored blind "
                    "once, then used for fixes)"),
        ("blind22", "twenty-second blind set, written without reading the rules or any earlier set; scored once "
                    "before any fix"),
        ("blind23", "twenty-third blind set, written without reading the rules or any earlier set; scored once "
                    "before any fix"),
        ("blind24", "twenty-fourth blind set, written without reading the rules or any earlier set; scored once "
                    "before any fix"),
        ("blind25", "twenty-fifth blind set, written without reading the rules or any earlier set; scored once "
                    "before any fix"),
        ("blind26", "twenty-sixth blind set, written without reading the rules or any earlier set; scored once "
                    "before any fix"),
        ("blind27", "twenty-seventh blind set, written without reading the rules or any earlier set; scored once "
                    "before any fix"),
        ("blind28", "twenty-eighth blind set, written without reading the rules or any earlier set; scored once "
                    "before any fix"),
        ("blind29", "twenty-ninth blind set, written without reading the rules or any earlier set; scored once "
                    "before any fix"),
        ("blind30", "thirtieth blind set, written without reading the rules or any earlier set; scored once "
                    "before any fix"),
        ("blind31", "thirty-first blind set, written without reading the rules or any earlier set; scored once "
                    "before any fix"),
        ("blind32", "thirty-second blind set, written without reading the rules or any earlier set; scored once "
                    "before any fix"),
        ("blind33", "thirty-third blind set, written without reading the rules or any earlier set; scored once "
                    "before any fix"),
        ("blind34", "thirty-fourth blind set, written without reading the rules or any earlier set; scored once "
                    "before any fix"),
        ("blind35", "thirty-fifth blind set, written without reading the rules or any earlier set; scored once "
                    "before any fix"),
        *((f"blind{n}", f"blind set {n} (sessions 7-16), written without reading the rules or any earlier set; "
                        "scored once before any fix") for n in range(36, 154)),
    )
    for split, title in splits:
        if args.only is not None and split not in args.only:
            continue
        part = [c for c in convs if c["id"].startswith(split + ":")]
        if not part:
            continue
        ours = [predict_rules_only(c, rs) for c in part]
        basel = [predict_rules_only(c, base) for c in part]
        print_table(
            f"Labelled conversations, {title} (bench/data/rules/{split}.yaml)",
            part,
            ours,
            basel,
            cats,
            args.show_errors,
        )
        fuzzy_only = [predict_rules_only(c, rs, semantic=False) for c in part]
        forced = [predict_rules_only(c, everywhere) for c in part]
        phrases_only = [predict_rules_only(c, no_meanings) for c in part]
        for label, preds in (
            ("meaning models off", phrases_only),
            ("fuzzy matching only (semantic off)", fuzzy_only),
            ("semantic forced on for EVERY statement", forced),
        ):
            t = score(part, preds, cats)
            f1s = [r["f1"] for r in t.values() if r["n_pos"]]
            bad = hard_negatives_flagged(part, preds)
            tp, fp, fn = (sum(r[k] for r in t.values()) for k in ("tp", "fp", "fn"))
            print(
                f"  {label:40s} micro P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f};"
                f" min per-category F1 {min(f1s) if f1s else 0:.3f};"
                f" hard negatives flagged {len(bad)}/{sum(c['hard_negative'] for c in part)}"
                + (f" {bad}" if args.show_errors and bad else "")
            )

    if not args.skip_samples and (SAMPLES / "manifest.yaml").exists():
        samples = sample_conversations()
        res = run_pipeline_on_samples(samples, rs)
        if res is not None:
            print_table(
                "sample_calls/ through the text pipeline (only listed categories judged)",
                samples,
                res[0],
                res[1],
                cats,
                args.show_errors,
            )

    if args.no_speed:
        return
    print(
        f"\nSpeed: synthetic 10-minute call, 150 different turns, all packs loaded, semantic matching on, median"
        f" of {args.repeat}, CPU ms (1 thread); encoder cache cleared before each call, then the int8 vectors"
        f" the quality stage computes (and the meaning models read) put back untimed"
    )
    gb = {**BASE_META, "jurisdictions": ["GB"], "customer_timezones": ["Europe/London"]}
    setups = {
        "creditor US-CA, notices given": ({**BASE_META, "jurisdictions": ["US-CA"]}, synthetic_call()),
        "agency US-CA, notices given": (
            {**BASE_META, "tenant_role": "agency", "jurisdictions": ["US-CA"]},
            synthetic_call(miranda=True),
        ),
        "agency GB, notice given": ({**gb, "tenant_role": "agency"}, synthetic_call()),
        "agency US-CA, NO notices": (
            {**BASE_META, "tenant_role": "agency", "jurisdictions": ["US-CA"]},
            synthetic_call(opening=OPENING_BARE),
        ),
        "creditor GB, NO notice": (gb, synthetic_call(opening=OPENING_BARE)),
    }
    worst = 0.0
    for name, (meta, turns) in setups.items():
        ms, wall, n, emb = time_per_call(rs, meta, args.repeat, turns)
        warm_ms, _, _, _ = time_per_call(rs, meta, args.repeat, turns, cold=False)
        fuzzy_ms, _, _, _ = time_per_call(rs, meta, args.repeat, turns, semantic=False)
        alone_ms, _, _, _ = time_per_call(rs, meta, max(3, args.repeat // 5), turns, after_quality=False)
        bms, _, _, _ = time_per_call(base, meta, args.repeat, turns)
        worst = max(worst, ms)
        print(
            f"  {name:30s} {ms:6.2f} ms CPU ({wall:6.2f} wall; {n} findings, {emb:2d} sentences encoded);"
            f" warm encoder cache {warm_ms:6.2f}; fuzzy only {fuzzy_ms:6.2f}; without the quality stage's"
            f" vectors {alone_ms:7.2f}; keyword baseline {bms:6.2f};"
            f" ratio {ms / bms:5.2f}"
        )
    print(f"  worst case {worst:.2f} ms CPU per call (target < 50 ms)")


if __name__ == "__main__":
    main()
