"""KPIs: outcomes from analysed conversations plus events from the brand's systems."""

from __future__ import annotations

from tests.service.conftest import text_payload, wait_for

PROMISE_TURNS = [
    {"speaker": "agent", "text": "Hi, this is Sam from Lumen Streaming. Am I speaking with the account holder?"},
    {"speaker": "customer", "text": "Yes, speaking."},
    {"speaker": "agent", "text": "Thanks for confirming your ZIP code. Your renewal of $25.00 did not go through."},
    {"speaker": "customer", "text": "I will pay the $25 on November 13th."},
]


def test_promise_is_kept_when_payment_arrives_by_due_date(client, make_tenant):
    t = make_tenant()
    body = text_payload("ptp-1", channel="voice", account_ref="ACC-9", turns=PROMISE_TURNS,
                        started_at="2026-11-10T10:00:00-05:00")
    iid = client.post("/v1/interactions/text", json=body, headers=t.h("ingest")).json()["id"]
    detail = wait_for(client, t.h("read"), iid)
    promise = [o for o in detail["outcomes"] if o["category"] == "outcome.promise_to_pay"]
    assert promise and promise[0]["attributes"]["amount"] == 25.0
    assert promise[0]["attributes"]["due_date"] == "2026-11-13"

    k = client.get("/v1/kpis", headers=t.h("read")).json()["summary"]
    assert k["promises_to_pay"] == 1 and k["promised_amount"] == 25.0
    assert k["promises_due"] == 1 and k["promises_kept"] == 0 and k["kept_promise_rate"] == 0.0

    event = {"external_id": "pay-1", "kind": "payment_received", "brand": "lumen", "account_ref": "ACC-9",
             "amount": 25.0, "currency": "USD", "occurred_at": "2026-11-12T12:00:00Z"}
    assert client.post("/v1/kpi-events", json=event, headers=t.h("ingest")).status_code == 201
    assert client.post("/v1/kpi-events", json=event, headers=t.h("ingest")).status_code == 200  # idempotent
    k = client.get("/v1/kpis", headers=t.h("read")).json()["summary"]
    assert k["promises_kept"] == 1 and k["kept_promise_rate"] == 1.0


def test_csat_and_fcr_events(client, make_tenant):
    t = make_tenant()
    for i, (kind, value) in enumerate([("csat", 5), ("csat", 3), ("first_contact_resolution", 1),
                                       ("first_contact_resolution", 0)]):
        r = client.post("/v1/kpi-events", headers=t.h("ingest"), json={
            "external_id": f"ev-{i}", "kind": kind, "brand": "lumen", "value": value,
            "occurred_at": "2026-11-23T12:00:00Z"})
        assert r.status_code == 201
    k = client.get("/v1/kpis", headers=t.h("read")).json()["summary"]
    assert k["csat_avg"] == 4.0 and k["csat_responses"] == 2
    assert k["first_contact_resolution_rate"] == 0.5
    bad = client.post("/v1/kpi-events", headers=t.h("ingest"), json={
        "external_id": "ev-x", "kind": "refund", "brand": "lumen", "occurred_at": "2026-11-23T12:00:00Z"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "validation_error"
