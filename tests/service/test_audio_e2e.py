"""End to end on a real recording with the real models: a project-made call in which the customer reads a
card number and security code aloud comes back diarized, transcribed, redacted in text and in audio, and
flagged for PCI. Slow (minutes on 2 cores): runs in CI with -m slow."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from tests.service.conftest import wait_for

REPO = Path(__file__).resolve().parents[2]
CALL = REPO / "sample_calls" / "audio" / "call-002.mono.flac"


@pytest.mark.slow
def test_recorded_card_payment_is_redacted_and_flagged(client, settings, make_tenant):
    if not settings.db_url.startswith("sqlite"):
        pytest.skip("one database is enough for the heavy end-to-end run")
    t = make_tenant()
    meta = {"external_id": "e2e-call-002", "brand": "lumen", "agent_ref": "lumen-agent-marcus",
            "customer_timezones": ["America/New_York"], "started_at": "2026-11-17T14:20:00-05:00"}
    with CALL.open("rb") as fh:
        r = client.post("/v1/interactions/audio", headers=t.h("ingest"), data={"metadata": json.dumps(meta)},
                        files={"audio": (CALL.name, fh)})
    assert r.status_code == 202, r.text
    d = wait_for(client, t.h("read"), r.json()["id"], timeout=900)
    assert d["status"] == "analysed", (d["status"], d["error_code"], d["error_message"])

    roles = {u["role"] for u in d["utterances"]}
    assert {"agent", "customer"} <= roles
    text = " ".join(u["text"] for u in d["utterances"]).lower()
    assert "lumen" in text and "security code" in text  # the transcript is real
    for raw in ("4000", "0566", "5556", "737"):
        assert raw not in text

    card = [x for x in d["redactions"] if x["entity_type"] in ("CREDIT_CARD", "DIGIT_SEQUENCE")]
    assert card and all(x["start"] is not None and x["end"] > x["start"] for x in card)
    violated = {f["category"] for f in d["findings"] if f["status"] == "violated"}
    assert {"pci.pan_exposed", "pci.sensitive_auth_data_captured"} & violated

    # The stored audio is the redacted one: the card span is (near) silent, speech elsewhere is not.
    audio = client.get(f"/v1/interactions/{d['id']}/audio", headers=t.h("read"))
    assert audio.status_code == 200 and audio.headers["content-type"] == "audio/flac"
    samples, rate = sf.read(io.BytesIO(audio.content), dtype="float32", always_2d=True)
    mono = samples.mean(axis=1)

    def rms(a: float, b: float) -> float:
        seg = mono[int(a * rate): int(b * rate)]
        return float(np.sqrt(np.mean(seg**2))) if len(seg) else 0.0

    span = card[0]
    assert rms(span["start"] + 0.05, span["end"] - 0.05) < 0.1 * rms(0, len(mono) / rate)
    assert not list(settings.spool_dir.iterdir())  # the encrypted original is gone
