"""Run the text pipeline over the demo conversations and compare with each file's expected results.

Run from the repository root:  .venv/bin/python sample_calls/evaluate.py [--only call-004 ...] [--strict]

Text conversations are analysed as posted. Voice conversations are analysed as already-transcribed calls:
their scripted turns with the rendered start/end times from audio/<id>.timing.json, each turn labelled with
its channel's role (a roommate on the customer's line is just "customer", as the phone system would see it).
This checks the analysis, not the speech stages; the audio variants go through the voice profile in the
service. Nothing is written to disk; the printout holds taxonomy ids only, no transcript text.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from analyzers.document import (  # noqa: E402  (the repository root must be importable first)
    AccountFlags,
    ContactAttempt,
    Document,
    FindingStatus,
    InteractionMeta,
)
from analyzers.pipeline import Pipeline, load_profile  # noqa: E402


def build_document(conv: dict[str, Any], tenant: dict[str, Any], timing: dict[str, Any] | None) -> Document:
    """A document for one demo conversation, as the service would build it from the posted interaction."""
    brand = next(b for b in tenant["brands"] if b["name"] == conv["brand"])
    started = datetime.fromisoformat(str(conv["started_at"]))
    flags = {k: v for k, v in conv["account_flags"].items() if k in AccountFlags.model_fields}
    meta = InteractionMeta(
        external_id=conv["external_id"],
        tenant_role=tenant["role"],
        jurisdictions=tenant["jurisdictions"],
        channel=conv["channel"],
        direction=conv["direction"],
        brand_name=brand["name"],
        brand_aliases=brand.get("aliases", []),
        agent_ref=conv["agent_ref"],
        account_ref=conv["account_ref"],
        customer_timezones=conv["customer_timezones"],
        started_at=started,
        duration_s=timing["duration_s"] if timing else None,
        contact_history=[
            ContactAttempt(at=c["at"], channel=c["channel"], direction=c["direction"], conversation=c["conversation"])
            for c in conv["contact_history"]
        ],
        account_flags=AccountFlags(**flags),
        channel_roles=conv.get("channel_roles", {}),
    )
    if timing:
        roles = timing["channel_roles"]
        turns = [
            {"speaker": roles[str(t["channel"])], "text": t["text"], "start": t["start"], "end": t["end"]}
            for t in timing["turns"]
        ]
    else:
        turns = [{"speaker": t["speaker"], "text": t["text"], "sent_at": str(t["sent_at"])} for t in conv["turns"]]
    return Document(meta=meta, raw_turns=turns, reference_date=started.date())


def compare(expected: dict[str, Any], doc: Document) -> list[str]:
    """Differences between the expected results and what the pipeline reported (empty = as expected)."""
    flagged = {f.category for f in doc.findings if f.status == FindingStatus.violated}
    found = {o.category for o in doc.outcomes}
    problems = [f"missed {c}" for c in expected["violations"] if c not in flagged]
    problems += [f"false {c}" for c in expected["clean"] if c in flagged or c in found]
    problems += [f"missed {c}" for c in expected["outcomes"] if c not in found]
    if promise := expected.get("promise"):
        got = [o.attributes for o in doc.outcomes if o.category == "outcome.promise_to_pay"]
        ok = any(
            abs(float(a.get("amount") or 0) - float(promise["amount"])) < 0.005
            and str(a.get("due_date")) == promise["due_date"]
            for a in got
        )
        if not ok:
            problems.append(f"promise {promise['amount']} by {promise['due_date']} not extracted (got {got})")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", action="append", default=[], help="evaluate only this conversation (file stem)")
    ap.add_argument("--strict", action="store_true", help="exit 1 when any expectation is not met")
    args = ap.parse_args(argv)
    manifest = yaml.safe_load((HERE / "manifest.yaml").read_text(encoding="utf-8"))
    tenants = {t["slug"]: t for t in manifest["tenants"]}
    import analyzers.stages  # noqa: F401  (registers the built-in stages; heavy, so only when running)

    profile = load_profile("text")
    # as the service configures each tenant: its own company name is never redacted as a person's name
    pipelines = {slug: Pipeline.build(profile, {"pii_redact": {"allow_list": [t["name"]]}})
                 for slug, t in tenants.items()}
    failures = 0
    for path in sorted((HERE / "conversations").glob("*.yaml")):
        if args.only and path.stem not in args.only:
            continue
        conv = yaml.safe_load(path.read_text(encoding="utf-8"))
        timing_path = HERE / "audio" / f"{path.stem}.timing.json"
        timing = json.loads(timing_path.read_text(encoding="utf-8")) if conv["channel"] == "voice" else None
        doc = pipelines[conv["tenant"]](build_document(conv, tenants[conv["tenant"]], timing))
        problems = compare(conv["expected"], doc)
        failures += bool(problems)
        print(f"{'ok  ' if not problems else 'FAIL'} {path.stem:14} " + "; ".join(problems))
    print(f"{failures} of the evaluated conversations differ from their expected results")
    return 1 if failures and args.strict else 0


if __name__ == "__main__":
    raise SystemExit(main())
