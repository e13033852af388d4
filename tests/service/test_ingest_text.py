"""Text ingest: 202 with a status URL, idempotency, and a specific 4xx for each kind of bad input,
with nothing already stored changed."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func
from sqlmodel import select

from audit_service.core.db import session_scope
from audit_service.interactions.models import Interaction
from audit_service.jobs.models import Job
from tests.service.conftest import text_payload


def _counts(settings) -> tuple[int, int, list[str]]:
    with session_scope(settings.db_url) as s:
        n_i = s.exec(select(func.count()).select_from(Interaction)).one()
        n_j = s.exec(select(func.count()).select_from(Job)).one()
        hashes = sorted(i.payload_hash for i in s.exec(select(Interaction)))
    return n_i, n_j, hashes


def test_accepts_and_is_idempotent(client, make_tenant):
    t = make_tenant()
    r = client.post("/v1/interactions/text", json=text_payload(), headers=t.h("ingest"))
    assert r.status_code == 202
    body = r.json()
    assert body["created"] is True and body["status"] == "queued"
    assert body["status_url"].endswith(f"/v1/interactions/{body['id']}")
    again = client.post("/v1/interactions/text", json=text_payload(), headers=t.h("ingest"))
    assert again.status_code == 200
    assert again.json()["id"] == body["id"] and again.json()["created"] is False


def test_changed_payload_under_same_external_id_is_409_and_keeps_original(client, settings, make_tenant):
    t = make_tenant()
    client.post("/v1/interactions/text", json=text_payload(), headers=t.h("ingest"))
    before = _counts(settings)
    changed = text_payload(turns=[{"speaker": "agent", "text": "something else"}])
    r = client.post("/v1/interactions/text", json=changed, headers=t.h("ingest"))
    assert (r.status_code, r.json()["error"]["code"]) == (409, "external_id_conflict")
    assert _counts(settings) == before


def _without(key: str) -> dict[str, Any]:
    body = text_payload()
    body.pop(key)
    return body


BAD: list[tuple[str, Any, int, str]] = [
    ("wrong type for turns", text_payload(turns="hello"), 422, "validation_error"),
    ("no turns", text_payload(turns=[]), 422, "validation_error"),
    ("unknown channel", text_payload(channel="fax"), 422, "validation_error"),
    ("missing brand", _without("brand"), 422, "validation_error"),
    ("missing time zones", _without("customer_timezones"), 422, "validation_error"),
    ("missing started_at", _without("started_at"), 422, "validation_error"),
    ("naive started_at", text_payload(started_at="2026-11-23T10:00:00"), 422, "validation_error"),
    ("unknown time zone", text_payload(customer_timezones=["Mars/Olympus"]), 422, "validation_error"),
    ("unknown brand", text_payload(brand="nope"), 400, "unknown_brand"),
    ("unknown field", text_payload(colour="red"), 422, "validation_error"),
    ("bad external id", text_payload(external_id="has spaces"), 422, "validation_error"),
    ("turn without speaker", text_payload(turns=[{"text": "hi"}]), 422, "validation_error"),
]


@pytest.mark.parametrize("label, body, status, code", BAD, ids=[b[0] for b in BAD])
def test_bad_input_gets_specific_error_and_changes_nothing(client, settings, make_tenant, label, body, status, code):
    t = make_tenant()
    client.post("/v1/interactions/text", json=text_payload("kept"), headers=t.h("ingest"))
    before = _counts(settings)
    r = client.post("/v1/interactions/text", json=body, headers=t.h("ingest"))
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["code"] == code and err["message"]
    assert _counts(settings) == before


def test_malformed_json_is_400(client, make_tenant):
    t = make_tenant()
    r = client.post("/v1/interactions/text", content=b'{"external_id": "x", ',
                    headers={**t.h("ingest"), "content-type": "application/json"})
    assert (r.status_code, r.json()["error"]["code"]) == (400, "malformed_json")


def test_validation_errors_do_not_echo_submitted_text(client, make_tenant):
    t = make_tenant()
    secret = "4111 1111 1111 1111"
    r = client.post("/v1/interactions/text", json=text_payload(turns=[{"speaker": "agent", "text": secret,
                                                                        "start": "soon"}]), headers=t.h("ingest"))
    assert r.status_code == 422
    assert secret not in r.text


def test_limits(client, settings, make_tenant):
    t = make_tenant()
    settings.max_text_chars = 100
    r = client.post("/v1/interactions/text", json=text_payload(turns=[{"speaker": "agent", "text": "x" * 101}]),
                    headers=t.h("ingest"))
    assert (r.status_code, r.json()["error"]["code"]) == (400, "text_too_long")
