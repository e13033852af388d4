"""Audio upload: streamed and encrypted to the spool, real type checked, limits enforced, each bad
input refused with its own code and nothing stored."""

from __future__ import annotations

import io
import json

import numpy as np
import pytest
import soundfile as sf
from sqlalchemy import func
from sqlmodel import select

from audit_service.core.db import session_scope
from audit_service.interactions.models import Interaction

META = {"external_id": "call-1", "brand": "lumen", "customer_timezones": ["America/Chicago"],
        "started_at": "2026-11-23T10:00:00-06:00", "channel_roles": {"0": "agent", "1": "customer"}}


def wav_bytes(seconds: float = 1.0, rate: int = 8000, channels: int = 2, fmt: str = "WAV") -> bytes:
    t = np.arange(int(seconds * rate)) / rate
    tone = 0.2 * np.sin(2 * np.pi * 440 * t)
    data = np.stack([tone] * channels, axis=1) if channels > 1 else tone
    buf = io.BytesIO()
    sf.write(buf, data, rate, format=fmt)
    return buf.getvalue()


def post(client, headers, audio: bytes | None, meta=None, name="call.wav", raw_meta: str | None = None):
    files = {"audio": (name, audio, "application/octet-stream")} if audio is not None else {"x": ("x", b"x")}
    data = {"metadata": raw_meta if raw_meta is not None else json.dumps(meta or META)}
    return client.post("/v1/interactions/audio", headers=headers, files=files, data=data)


def n_interactions(settings) -> int:
    with session_scope(settings.db_url) as s:
        return s.exec(select(func.count()).select_from(Interaction)).one()


def test_accepts_recording_and_spools_it_encrypted(api_only_client, settings, make_tenant):
    t = make_tenant()
    audio = wav_bytes()
    r = post(api_only_client, t.h("ingest"), audio)
    assert r.status_code == 202, r.text
    body = r.json()
    spooled = list(settings.spool_dir.iterdir())
    assert [p.name for p in spooled] == [f"{body['id']}.enc"]
    raw = spooled[0].read_bytes()
    assert audio[:44] not in raw and audio[1000:1100] not in raw  # not stored in the clear
    detail = api_only_client.get(f"/v1/interactions/{body['id']}", headers=t.h("read")).json()
    assert detail["kind"] == "audio" and detail["channel"] == "voice"
    assert detail["duration_s"] == pytest.approx(1.0, abs=0.05)
    # Same recording and metadata again: same interaction, no second spool file.
    again = post(api_only_client, t.h("ingest"), audio)
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    assert len(list(settings.spool_dir.iterdir())) == 1


@pytest.mark.parametrize("label, kwargs, status, code", [
    ("empty file", {"audio": b""}, 400, "audio_empty"),
    ("text named .wav", {"audio": b"hello, this is not audio at all" * 20}, 415, "unsupported_audio_type"),
    ("png named .wav", {"audio": b"\x89PNG\r\n\x1a\n" + b"\0" * 200}, 415, "unsupported_audio_type"),
    ("flac named .mp3", {"audio": wav_bytes(fmt="FLAC"), "name": "call.mp3"}, 422, "audio_mislabelled"),
    ("no audio part", {"audio": None}, 400, "missing_audio"),
    ("metadata not JSON", {"audio": wav_bytes(), "raw_meta": "{nope"}, 422, "invalid_metadata"),
    ("unknown brand", {"audio": wav_bytes(), "meta": {**META, "brand": "nope"}}, 400, "unknown_brand"),
    ("missing time zones", {"audio": wav_bytes(), "meta": {k: v for k, v in META.items()
                                                           if k != "customer_timezones"}}, 422, "invalid_metadata"),
])
def test_bad_recordings_are_refused_and_nothing_is_kept(api_only_client, settings, make_tenant, label, kwargs,
                                                        status, code):
    t = make_tenant()
    r = post(api_only_client, t.h("ingest"), **kwargs)
    assert r.status_code == status, r.text
    if code:
        assert r.json()["error"]["code"] == code
    assert n_interactions(settings) == 0
    assert not settings.spool_dir.exists() or list(settings.spool_dir.iterdir()) == []


def test_not_multipart_is_415(api_only_client, make_tenant):
    t = make_tenant()
    r = api_only_client.post("/v1/interactions/audio", headers={**t.h("ingest"), "content-type": "audio/wav"},
                             content=wav_bytes())
    assert (r.status_code, r.json()["error"]["code"]) == (415, "multipart_required")


def test_oversize_upload_is_413(api_only_client, settings, make_tenant):
    t = make_tenant()
    settings.max_upload_bytes = 10_000
    r = post(api_only_client, t.h("ingest"), wav_bytes(seconds=2))
    assert (r.status_code, r.json()["error"]["code"]) == (413, "upload_too_large")
    assert n_interactions(settings) == 0


def test_too_long_recording_is_refused(api_only_client, settings, make_tenant):
    t = make_tenant()
    settings.max_audio_duration_s = 0.5
    r = post(api_only_client, t.h("ingest"), wav_bytes(seconds=1))
    assert (r.status_code, r.json()["error"]["code"]) == (422, "audio_too_long")


def test_truncated_recording_fails_on_the_interaction_with_a_clear_code(client, settings, make_tenant):
    from tests.service.conftest import wait_for

    t = make_tenant()
    r = post(client, t.h("ingest"), wav_bytes()[:60])
    assert r.status_code == 202  # the header is a valid WAV; the missing samples show when decoding
    detail = wait_for(client, t.h("read"), r.json()["id"], timeout=60)
    assert detail["status"] == "failed"
    assert detail["error_code"] in {"audio_truncated", "audio_corrupt", "audio_empty", "audio_silent"}
    assert detail["utterances"] == [] and detail["findings"] == []
    assert list(settings.spool_dir.iterdir()) == []  # the encrypted upload is gone too
