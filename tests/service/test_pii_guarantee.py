"""The redaction guarantee: after ingesting conversations full of known PII, no original value can be
found in the database, the stored files or the logs."""

from __future__ import annotations

import re
import sqlite3

import pytest

from tests.service.conftest import text_payload, wait_for

# (value as said or typed, forms to search for afterwards)
PII = {
    "card_written": ("4111 1111 1111 1111", ["4111 1111 1111 1111", "4111111111111111"]),
    "card_spoken": ("five five five five four four four four three three three three one one one one",
                    ["5555444433331111", "five five five five four four four four"]),
    "cvv": ("737", ["737"]),
    "ssn": ("123-45-6789", ["123-45-6789", "123456789"]),
    "email": ("priya.raman@example.com", ["priya.raman@example.com", "priya.raman"]),
    "email_spoken": ("jordan dot lee at gmail dot com", ["jordan dot lee", "jordan.lee"]),
    "phone": ("(415) 555-0134", ["555-0134", "4155550134"]),
    "name": ("Priya Raman", ["Priya Raman", "Raman"]),
    "address": ("1482 Mission Street", ["1482 Mission"]),
    "dob": ("March 4th 1988", ["March 4th 1988", "1988"]),
}


def _turns() -> list[dict[str, str]]:
    return [
        {"speaker": "agent", "text": "Hi, this is Sam from Lumen Streaming. Am I speaking with Priya Raman?"},
        {"speaker": "customer", "text": "Yes, this is Priya Raman."},
        {"speaker": "agent", "text": "Can you confirm your date of birth and the address on file?"},
        {"speaker": "customer", "text": f"I was born on {PII['dob'][0]} and I live at {PII['address'][0]}, "
                                        "San Francisco."},
        {"speaker": "customer", "text": f"My card is {PII['card_written'][0]} and the security code is "
                                        f"{PII['cvv'][0]}."},
        {"speaker": "customer", "text": f"Or use my other card, {PII['card_spoken'][0]}."},
        {"speaker": "customer", "text": f"My social is {PII['ssn'][0]}. Email me at {PII['email'][0]} or "
                                        f"{PII['email_spoken'][0]}, or call {PII['phone'][0]}."},
        {"speaker": "agent", "text": "Thank you, I have noted a payment of $25 for Friday."},
    ]


def test_no_original_value_is_stored_or_logged(client, settings, make_tenant, capfd, caplog):
    if not settings.db_url.startswith("sqlite"):
        pytest.skip("scans the SQLite file byte by byte")
    t = make_tenant()
    ids = []
    for i, channel in enumerate(("chat", "email", "voice")):
        r = client.post("/v1/interactions/text", json=text_payload(f"pii-{i}", channel=channel, turns=_turns()),
                        headers=t.h("ingest"))
        assert r.status_code == 202
        ids.append(r.json()["id"])
    details = [wait_for(client, t.h("read"), iid) for iid in ids]
    for d in details:
        assert d["status"] in ("analysed", "needs_review"), d
        assert d["redactions"], "no PII was redacted at all"
    client.close()

    haystacks: dict[str, str] = {}
    db_path = settings.db_url.removeprefix("sqlite:///")
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(FULL)")
    # Stage timings are the one numeric column that could read like a value (a cold stage taking 1988.31 ms);
    # they hold no text, so their rows are left out of the scan.
    dump = "\n".join(line for line in con.iterdump() if not line.startswith('INSERT INTO "stage_run"'))
    con.close()
    haystacks["database"] = dump
    for path in settings.data_dir.rglob("*"):
        if path.is_file():
            haystacks[str(path)] = path.read_bytes().decode("latin-1")
    out, err = capfd.readouterr()
    haystacks["stdout/stderr"] = out + err
    haystacks["log records"] = "\n".join(r.getMessage() for r in caplog.records)
    haystacks["API responses"] = repr([{k: v for k, v in d.items() if k != "stage_runs"} for d in details])

    leaks = []
    for label, (_, forms) in PII.items():
        for form in forms:
            pattern = re.compile(r"(?<![0-9A-Za-z])" + re.escape(form) + r"(?![0-9A-Za-z])", re.IGNORECASE)
            for where, text in haystacks.items():
                if label == "cvv" and where != "API responses":
                    continue  # 3 digits occur in ids and timestamps; checked in the transcript only
                if pattern.search(text):
                    leaks.append(f"{label}: {form!r} found in {where}")
    assert not leaks, "\n".join(leaks)
