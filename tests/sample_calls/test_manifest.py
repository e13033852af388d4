"""The demo data in sample_calls/: manifest, conversations, expected results, rendered audio and timings."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import shutil
import sys
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

import av
import numpy as np
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "sample_calls"
MANIFEST = yaml.safe_load((SAMPLES / "manifest.yaml").read_text(encoding="utf-8"))
ENTRIES = MANIFEST["interactions"]
AUDIO_ENTRIES = [e for e in ENTRIES if e["kind"] == "audio"]
CONVERSATION_FILES = sorted((SAMPLES / "conversations").glob("*.yaml"))
CHANNELS = {"voice", "sms", "email", "whatsapp", "chat"}
SPEAKERS = {"agent", "customer", "third_party"}


def _conversation(rel: str) -> dict:
    return yaml.safe_load((SAMPLES / rel).read_text(encoding="utf-8"))


def _taxonomy_ids() -> dict[str, set[str]] | None:
    """Category ids per section from rulesets/taxonomy.yaml, else ../shared/taxonomy.yaml; None if neither."""
    for path in (REPO / "rulesets" / "taxonomy.yaml", REPO.parent / "shared" / "taxonomy.yaml"):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        try:
            data = yaml.safe_load(text)
            return {section: set(data.get(section) or {}) for section in ("violations", "quality", "outcomes")}
        except yaml.YAMLError:
            # The shared copy once had an unquoted "default: any" value; the ids are still readable line by line.
            ids: dict[str, set[str]] = {"violations": set(), "quality": set(), "outcomes": set()}
            section = None
            for line in text.splitlines():
                if m := re.match(r"^(violations|quality|outcomes):", line):
                    section = m.group(1)
                elif section and (m := re.match(r"^\s+([a-z_]+\.[a-z_]+):", line)):
                    ids[section].add(m.group(1))
            return ids
    return None


TAXONOMY = _taxonomy_ids()


@lru_cache(maxsize=1)
def _render_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sample_calls_render", SAMPLES / "render.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _decode(path: Path) -> tuple[np.ndarray, int]:
    """Decode any of the demo formats with PyAV: float32 (channels, samples) and the decoded rate."""
    with av.open(str(path)) as container:
        chunks, rate = [], 0
        for frame in container.decode(audio=0):
            arr = frame.to_ndarray()
            if not frame.format.is_planar:
                arr = arr.reshape(-1, len(frame.layout.channels)).T
            chunks.append(arr.astype(np.float32))
            rate = frame.sample_rate
    data = np.concatenate(chunks, axis=1)
    if np.issubdtype(data.dtype, np.integer) or np.abs(data).max() > 2.0:
        data = data / 32768.0
    return data, rate


# --- manifest --------------------------------------------------------------------------------------------


def test_manifest_tenants_are_the_two_demo_tenants() -> None:
    tenants = {t["slug"]: t for t in MANIFEST["tenants"]}
    assert tenants["lumen"]["role"] == "creditor"
    assert tenants["lumen"]["jurisdictions"] == ["US", "US-CA"]
    assert [b["name"] for b in tenants["lumen"]["brands"]] == ["Lumen Streaming"]
    assert tenants["northpoint"]["role"] == "agency"
    assert tenants["northpoint"]["jurisdictions"] == ["US"]
    assert [b["name"] for b in tenants["northpoint"]["brands"]] == ["Kestrel Pay"]


def test_manifest_external_ids_are_unique() -> None:
    ids = [e["external_id"] for e in ENTRIES]
    assert len(ids) == len(set(ids))


def test_every_conversation_file_is_in_the_manifest() -> None:
    listed = {e["conversation"] for e in ENTRIES}
    assert {f"conversations/{p.name}" for p in CONVERSATION_FILES} == listed


def test_manifest_is_what_render_py_writes() -> None:
    assert _render_module().build_manifest(SAMPLES) == MANIFEST


def test_demo_covers_the_requested_mix() -> None:
    convs = [_conversation(f"conversations/{p.name}") for p in CONVERSATION_FILES]
    voice = [c for c in convs if c["channel"] == "voice"]
    text = [c for c in convs if c["channel"] != "voice"]
    assert len(voice) >= 8 and len(text) >= 8
    assert {c["channel"] for c in text} == {"sms", "email", "whatsapp", "chat"}
    assert {c["tenant"] for c in voice} == {"lumen", "northpoint"}
    assert {e["format"] for e in AUDIO_ENTRIES} >= {"wav", "flac", "mp3", "ogg"}


# --- conversations -------------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["external_id"] for e in ENTRIES])
def test_conversation_is_well_formed(entry: dict) -> None:
    conv = _conversation(entry["conversation"])
    tenants = {t["slug"]: t for t in MANIFEST["tenants"]}
    assert conv["tenant"] in tenants
    assert conv["brand"] in {b["name"] for b in tenants[conv["tenant"]]["brands"]}
    assert conv["agent_ref"] in {a["ref"] for a in tenants[conv["tenant"]]["agents"]}
    assert conv["channel"] in CHANNELS
    assert conv["direction"] in {"inbound", "outbound"}
    assert entry["external_id"].startswith(conv["external_id"])
    assert (entry["kind"] == "audio") == (conv["channel"] == "voice")
    started = datetime.fromisoformat(conv["started_at"])
    assert started.utcoffset() is not None, "started_at needs an explicit UTC offset"
    for tz in conv["customer_timezones"]:
        ZoneInfo(tz)
    for contact in conv["contact_history"]:
        assert datetime.fromisoformat(contact["at"]) < started
        assert contact["channel"] in CHANNELS and contact["direction"] in {"inbound", "outbound"}
        # True only when a telephone conversation about the debt took place (the API's ContactAttempt).
        assert isinstance(contact["conversation"], bool)
        assert not contact["conversation"] or contact["channel"] == "voice"
    assert set(conv["account_flags"]) >= {"attorney_represented", "cease_requested", "time_barred"}
    assert conv["turns"] and all(t["speaker"] in SPEAKERS and t["text"].strip() for t in conv["turns"])
    if conv["channel"] == "voice":
        assert conv["channel_roles"] == {"0": "agent", "1": "customer"}
    else:
        assert all(datetime.fromisoformat(t["sent_at"]) >= started for t in conv["turns"])


@pytest.mark.parametrize("path", CONVERSATION_FILES, ids=[p.stem for p in CONVERSATION_FILES])
def test_expected_results_use_taxonomy_ids(path: Path) -> None:
    expected = _conversation(f"conversations/{path.name}")["expected"]
    violations, clean, outcomes = expected["violations"], expected["clean"], expected["outcomes"]
    assert not set(violations) & set(clean), "an id cannot be both expected and forbidden"
    assert ("promise" in expected) == ("outcome.promise_to_pay" in outcomes)
    if "promise" in expected:
        promise = expected["promise"]
        assert promise["amount"] > 0 and re.fullmatch(r"[A-Z]{3}", promise["currency"])
        date.fromisoformat(promise["due_date"])
    if TAXONOMY is None:
        pytest.skip("no taxonomy.yaml found (rulesets/ or ../shared/)")
    findings = TAXONOMY["violations"] | TAXONOMY["quality"]
    assert set(violations) <= findings
    assert set(outcomes) <= TAXONOMY["outcomes"]
    assert set(clean) <= findings | TAXONOMY["outcomes"]


# --- audio and timing -----------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", AUDIO_ENTRIES, ids=[e["external_id"] for e in AUDIO_ENTRIES])
def test_audio_decodes_with_declared_shape_and_matches_timing(entry: dict) -> None:
    data, rate = _decode(SAMPLES / entry["audio"])
    assert rate == entry["sample_rate"]
    assert data.shape[0] == entry["channels"]
    assert (SAMPLES / entry["audio"]).suffix == f".{entry['format']}"
    timing = json.loads((SAMPLES / entry["timing"]).read_text(encoding="utf-8"))
    # Lossy codecs pad a few frames; the timeline itself must still be the rendered one.
    assert data.shape[1] / rate == pytest.approx(timing["duration_s"], abs=0.1)
    if entry["channels"] == 2:
        assert entry["channel_roles"] == timing["channel_roles"]
        _assert_speech_on_its_channel(data, rate, timing)


def _assert_speech_on_its_channel(data: np.ndarray, rate: int, timing: dict) -> None:
    """Each turn's energy is on its own channel (agent 0, customer line 1) and not on the other."""
    turns = timing["turns"]
    for turn in turns:
        others = [t for t in turns if t["channel"] != turn["channel"]]
        if any(t["start"] < turn["end"] and turn["start"] < t["end"] for t in others):
            continue  # talk-over: both channels carry speech here
        span = slice(int(turn["start"] * rate), int(turn["end"] * rate))
        own = float(np.sqrt(np.mean(data[turn["channel"], span] ** 2)))
        other = float(np.sqrt(np.mean(data[1 - turn["channel"], span] ** 2)))
        assert own > 0.01 and own > 20 * other, f"turn {turn['index']} is not on channel {turn['channel']}"


@pytest.mark.parametrize(
    "timing_path", sorted((SAMPLES / "audio").glob("*.timing.json")), ids=lambda p: p.name.split(".")[0]
)
def test_timing_matches_conversation(timing_path: Path) -> None:
    timing = json.loads(timing_path.read_text(encoding="utf-8"))
    conv = _conversation(timing["conversation"])
    assert timing["external_id"] == conv["external_id"]
    assert [(t["speaker"], t["text"]) for t in timing["turns"]] == [(t["speaker"], t["text"]) for t in conv["turns"]]
    latest_end = 0.0
    for turn, spec in zip(timing["turns"], conv["turns"], strict=True):
        assert 0 <= turn["start"] < turn["end"] <= timing["duration_s"]
        assert turn["channel"] == (0 if turn["speaker"] == "agent" else 1)
        pause = spec.get("pause_before_s")
        if pause is not None and pause >= 0:
            assert turn["start"] - latest_end == pytest.approx(pause, abs=0.01)
        if pause is not None and pause < 0:
            assert turn["start"] < latest_end, "a negative pause must overlap the previous turn"
        latest_end = max(latest_end, turn["end"])


def test_dead_air_call_has_one_long_unannounced_gap() -> None:
    """The dead-air demo really contains a silence over 10 s; the hold demo's long gap follows a hold notice."""
    for stem, min_gap in (("call-008", 10.0), ("call-004", 10.0)):
        turns = json.loads((SAMPLES / "audio" / f"{stem}.timing.json").read_text(encoding="utf-8"))["turns"]
        gaps = [b["start"] - a["end"] for a, b in zip(turns, turns[1:], strict=False)]
        assert max(gaps) > min_gap
    hold = json.loads((SAMPLES / "audio" / "call-004.timing.json").read_text(encoding="utf-8"))["turns"]
    before_gap = max(range(len(hold) - 1), key=lambda i: hold[i + 1]["start"] - hold[i]["end"])
    assert "hold" in hold[before_gap]["text"]


def test_demo_audio_stays_small() -> None:
    total = sum(p.stat().st_size for p in (SAMPLES / "audio").iterdir())
    assert total < 25 * 1024 * 1024


# --- render.py ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("It's $15.99.", "It's 15 dollars and 99 cents."),
        ("$96.00 past due", "96 dollars past due"),
        ("$1,240.50", "1240 dollars and 50 cents"),
        ("4000 0566 5566 5556", "4 0 0 0, 0 5 6 6, 5 5 6 6, 5 5 5 6"),
        ("expiration 08/29", "expiration 0 8, 29"),
        ("call 800-555-0199.", "call 8 0 0, 5 5 5, 0 1 9 9."),
        ("the ZIP is 94110", "the ZIP is 9 4 1 1 0"),
        ("Monday the 23rd", "Monday the 23rd"),
        ("thirty-one ninety-eight", "thirty-one ninety-eight"),
    ],
)
def test_spoken_form_reads_numbers_like_a_person(written: str, spoken: str) -> None:
    assert _render_module().spoken_form(written) == spoken


def test_render_names_espeak_when_it_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    render = _render_module()
    monkeypatch.setattr(render.shutil, "which", lambda name: None)
    with pytest.raises(SystemExit) as exc:
        render.require_espeak()
    assert "espeak-ng" in str(exc.value) and "apt-get install" in str(exc.value)


def test_rendering_is_deterministic(tmp_path: Path) -> None:
    """Re-rendering a call with the same espeak-ng gives byte-identical files to the committed ones."""
    render = _render_module()
    exe = shutil.which("espeak-ng")
    if exe is None:
        pytest.skip("espeak-ng is not installed")
    stem = "call-012"
    committed = json.loads((SAMPLES / "audio" / f"{stem}.timing.json").read_text(encoding="utf-8"))
    version = render.espeak_version(exe)
    if committed["renderer"]["version"] != version:
        pytest.skip(f"committed audio was rendered with espeak-ng {committed['renderer']['version']}, not {version}")
    shutil.copytree(SAMPLES / "conversations", tmp_path / "conversations")
    conv = yaml.safe_load((SAMPLES / "conversations" / f"{stem}.yaml").read_text(encoding="utf-8"))
    for path in render.render_call(exe, version, tmp_path, stem, conv):
        original = SAMPLES / "audio" / path.name
        assert hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(original.read_bytes()).digest(), path.name


# --- evaluate.py ----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _evaluate_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sample_calls_evaluate", SAMPLES / "evaluate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", CONVERSATION_FILES, ids=[p.stem for p in CONVERSATION_FILES])
def test_conversation_builds_an_analysis_document(path: Path) -> None:
    """Every demo conversation fits the analyzers' Document model, as evaluate.py feeds it to the pipeline."""
    conv = _conversation(f"conversations/{path.name}")
    tenant = next(t for t in MANIFEST["tenants"] if t["slug"] == conv["tenant"])
    timing = None
    if conv["channel"] == "voice":
        timing = json.loads((SAMPLES / "audio" / f"{path.stem}.timing.json").read_text(encoding="utf-8"))
    doc = _evaluate_module().build_document(conv, tenant, timing)
    assert doc.meta.tenant_role.value == tenant["role"]
    assert doc.meta.account_flags.cease_requested == conv["account_flags"]["cease_requested"]
    assert len(doc.raw_turns) == len(conv["turns"])
    # Before the pipeline runs nothing is found: compare() reports each expected id as missed, nothing as false.
    expected = conv["expected"]
    problems = _evaluate_module().compare(expected, doc)
    assert not [p for p in problems if p.startswith("false ")]
    missed = {p.removeprefix("missed ") for p in problems if p.startswith("missed ")}
    assert missed == set(expected["violations"]) | set(expected["outcomes"])


def test_every_demo_conversation_meets_its_expected_results() -> None:
    """The text pipeline finds exactly the violations and outcomes each demo conversation promises."""
    assert _evaluate_module().main(["--strict"]) == 0
