"""The `fairline` command: management commands and bulk ingest with clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.service.conftest import text_payload


def fairline(settings, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FAIRLINE_DATA_DIR": str(settings.data_dir), "FAIRLINE_DATABASE_URL": settings.db_url,
           "FAIRLINE_SECRET_KEY": "test-secret", "FAIRLINE_CHECK_SPEECH_MODELS": "false"}
    r = subprocess.run([sys.executable, "-m", "audit_service.cli", *args], env=env, capture_output=True, text=True,
                       timeout=120)
    if check:
        assert r.returncode == 0, r.stderr
    return r


def test_management_commands(settings):
    fairline(settings, "tenant", "create", "acme", "--name", "Acme", "--role", "agency", "-j", "US", "-j", "US-CA")
    fairline(settings, "brand", "create", "acme", "kestrel", "--name", "Kestrel Pay", "--alias", "Kestrel")
    fairline(settings, "user", "create", "acme", "qa@acme.test", "--role", "qa_auditor")
    r = fairline(settings, "key", "create", "acme", "--name", "crm", "-s", "ingest", "-s", "read")
    token = r.stdout.strip()
    assert token.startswith("fl_") and "shown once" not in token
    prefix = token.split("_")[1]
    assert "revoked" in fairline(settings, "key", "revoke", "acme", prefix).stdout


@pytest.mark.parametrize("args, message", [
    (("tenant", "create", "x", "--name", "X", "--role", "bank", "-j", "US"), "bank"),
    (("brand", "create", "missing", "b", "--name", "B"), "no tenant 'missing'"),
    (("key", "revoke", "missing", "abc"), "no tenant 'missing'"),
])
def test_cli_errors_name_the_problem(settings, args, message):
    r = fairline(settings, *args, check=False)
    assert r.returncode == 2
    assert message in (r.stderr + r.stdout)


def test_ingest_ndjson_and_csv_over_the_api(settings, make_tenant, live_api, tmp_path: Path):
    t = make_tenant()
    nd = tmp_path / "batch.ndjson"
    nd.write_text("\n".join(json.dumps(text_payload(f"nd-{i}")) for i in range(3)) + "\n")
    env_key = ("--key", t.keys["ingest"], "--api", live_api)
    r = fairline(settings, "ingest", str(nd), *env_key)
    assert "accepted 3, already present 0, rejected 0" in r.stdout
    r = fairline(settings, "ingest", str(nd), *env_key)
    assert "accepted 0, already present 3, rejected 0" in r.stdout

    csv_file = tmp_path / "turns.csv"
    csv_file.write_text(
        "external_id,brand,channel,started_at,customer_timezones,speaker,text\n"
        "c-1,lumen,sms,2026-11-23T10:00:00-05:00,America/New_York,agent,Lumen Streaming: your payment failed.\n"
        "c-1,lumen,sms,2026-11-23T10:00:00-05:00,America/New_York,customer,ok\n"
        "c-2,nope,sms,2026-11-23T10:00:00-05:00,America/New_York,agent,hello\n")
    r = fairline(settings, "ingest", str(csv_file), *env_key, check=False)
    assert r.returncode == 1
    assert "accepted 1, already present 0, rejected 1" in r.stdout
    assert "unknown_brand" in r.stderr

    bad = tmp_path / "bad.ndjson"
    bad.write_text('{"external_id": \n')
    r = fairline(settings, "ingest", str(bad), *env_key, check=False)
    assert r.returncode == 2 and "bad.ndjson:1: not valid JSON" in r.stderr
