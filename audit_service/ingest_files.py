"""Bulk ingest over the HTTP API: a folder of recordings, or an NDJSON / CSV file of transcripts.

Going through the API (not the database) means the same validation, auth and idempotency apply.
CSV has one row per turn: external_id, brand, channel, direction, started_at, customer_timezones
(';'-separated), agent_ref, account_ref, speaker, text, sent_at; rows with the same external_id form one
interaction, in file order.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

AUDIO_SUFFIXES = {".wav", ".flac", ".mp3", ".ogg", ".opus", ".m4a", ".aac"}
_META_FIELDS = ("brand", "channel", "direction", "started_at", "agent_ref", "account_ref")


class IngestFileError(Exception):
    """The input file or folder is unusable; the message names the file and the problem."""


@dataclass
class IngestReport:
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    errors: list[str] = field(default_factory=list)


def _text_items(path: Path, brand: str | None) -> Iterator[tuple[str, dict[str, Any]]]:
    if path.suffix.lower() in (".ndjson", ".jsonl"):
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise IngestFileError(f"{path}:{n}: not valid JSON ({exc.msg})") from exc
                if brand and "brand" not in item:
                    item["brand"] = brand
                yield f"{path.name}:{n}", item
    elif path.suffix.lower() == ".csv":
        groups: dict[str, dict[str, Any]] = {}
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            required = {"external_id", "speaker", "text", "started_at", "customer_timezones"}
            missing = required - set(reader.fieldnames or [])
            if missing:
                raise IngestFileError(f"{path}: missing CSV columns {sorted(missing)}")
            for row in reader:
                item = groups.setdefault(row["external_id"], {
                    "external_id": row["external_id"],
                    **{k: row[k] for k in _META_FIELDS if row.get(k)},
                    "customer_timezones": [z for z in row["customer_timezones"].split(";") if z],
                    "turns": []})
                if brand and "brand" not in item:
                    item["brand"] = brand
                turn = {"speaker": row["speaker"], "text": row["text"]}
                if row.get("sent_at"):
                    turn["sent_at"] = row["sent_at"]
                item["turns"].append(turn)
        for eid, item in groups.items():
            yield f"{path.name}:{eid}", item
    else:
        raise IngestFileError(f"{path}: expected .ndjson, .jsonl or .csv, or a folder of recordings")


def ingest_path(path: Path, *, api: str, key: str, brand: str | None, metadata_file: Path | None,
                console: Console) -> IngestReport:
    """Post every interaction found at `path`; returns counts and the first errors."""
    if not path.exists():
        raise IngestFileError(f"{path} does not exist")
    defaults: dict[str, Any] = {}
    if metadata_file is not None:
        try:
            defaults = json.loads(metadata_file.read_text())
        except (OSError, json.JSONDecodeError) as exc:
            raise IngestFileError(f"{metadata_file}: cannot read metadata JSON ({exc})") from exc
    report = IngestReport()
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=api.rstrip("/"), headers=headers, timeout=120) as client, Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=console
    ) as progress:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in AUDIO_SUFFIXES)
            if not files:
                raise IngestFileError(f"{path}: no recordings ({', '.join(sorted(AUDIO_SUFFIXES))})")
            task = progress.add_task("recordings", total=len(files))
            for f in files:
                meta = {**defaults, "external_id": f.stem}
                sidecar = f.with_suffix(f.suffix + ".json")
                if sidecar.exists():
                    meta.update(json.loads(sidecar.read_text()))
                if brand and "brand" not in meta:
                    meta["brand"] = brand
                with f.open("rb") as fh:
                    r = client.post("/v1/interactions/audio", files={"audio": (f.name, fh)},
                                    data={"metadata": json.dumps(meta)})
                _count(report, f.name, r)
                progress.advance(task)
        else:
            items = list(_text_items(path, brand))
            task = progress.add_task("transcripts", total=len(items))
            for where, item in items:
                _count(report, where, client.post("/v1/interactions/text", json=item))
                progress.advance(task)
    return report


def _count(report: IngestReport, where: str, r: httpx.Response) -> None:
    if r.status_code == 202:
        report.accepted += 1
    elif r.status_code == 200:
        report.duplicates += 1
    else:
        report.rejected += 1
        try:
            err = r.json()["error"]
            report.errors.append(f"{where}: {r.status_code} {err['code']}: {err['message']}")
        except (ValueError, KeyError):
            report.errors.append(f"{where}: HTTP {r.status_code}")
