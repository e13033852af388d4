"""Dry run: rule authors try a pack on a transcript; findings come back, nothing is stored."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import select

from audit_service.core.db import session_scope
from audit_service.interactions.models import Interaction

PACK = """
id: brand_test
title: Test pack
version: 1
rules:
  - id: brand_test.no_guarantee
    version: 1
    title: Never promise a guaranteed outcome
    category: conduct.threat_or_false_statement
    severity: high
    citation: Brand policy 4.2
    detection:
      kind: forbidden_statement
      params:
        speakers: [agent]
        phrases: ["we guarantee your credit score will go up"]
    remediation: Do not promise credit outcomes.
    examples:
      should_match:
        - turns: [{speaker: agent, text: "Pay today and we guarantee your credit score will go up."}]
      should_not_match:
        - turns: [{speaker: agent, text: "Paying on time can help your account stay in good standing."}]
"""


def _body(text: str, pack: str | None = PACK) -> dict:
    return {"channel": "chat", "started_at": "2026-11-23T10:00:00-05:00", "customer_timezones": ["America/New_York"],
            "brand": "lumen", "turns": [{"speaker": "agent", "text": text}], "pack_yaml": pack}


def test_dry_run_returns_findings_and_stores_nothing(client, settings, make_tenant):
    t = make_tenant()
    r = client.post("/v1/rules/dry-run", json=_body("Pay now and we guarantee your credit score will go up."),
                    headers=t.h("read"))
    assert r.status_code == 200, r.text
    body = r.json()
    violated = [f for f in body["findings"] if f["status"] == "violated"]
    assert [f["rule_id"] for f in violated] == ["brand_test.no_guarantee"]
    assert violated[0]["evidence"] and body["ruleset_hash"]
    with session_scope(settings.db_url) as s:
        assert s.exec(select(func.count()).select_from(Interaction)).one() == 0


def test_dry_run_with_a_bad_pack_names_the_problem(client, make_tenant):
    t = make_tenant()
    bad_pack = PACK.replace("conduct.threat_or_false_statement", "conduct.made_up")
    r = client.post("/v1/rules/dry-run", json=_body("hello", pack=bad_pack), headers=t.h("read"))
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == "invalid_rule_pack" and "conduct.made_up" in err["message"]
