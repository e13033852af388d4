"""Listing: filters and cursor paging over the caller's interactions only."""

from __future__ import annotations

from sqlmodel import select

from audit_service.core.db import session_scope
from audit_service.interactions.models import Finding, Interaction
from tests.service.conftest import text_payload


def _seed(client, t, n: int = 7) -> list[str]:
    ids = []
    for i in range(n):
        body = text_payload(f"e-{i}", channel="sms" if i % 2 else "chat", agent_ref=f"agent-{i % 3}",
                            started_at=f"2026-11-{10 + i:02d}T12:00:00+00:00")
        ids.append(client.post("/v1/interactions/text", json=body, headers=t.h("ingest")).json()["id"])
    return ids


def test_cursor_paging_returns_each_interaction_once_newest_first(api_only_client, make_tenant):
    t = make_tenant()
    ids = _seed(api_only_client, t)
    seen, cursor = [], None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = api_only_client.get("/v1/interactions", params=params, headers=t.h("read")).json()
        seen += [i["id"] for i in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == list(reversed(ids))


def test_filters(api_only_client, settings, make_tenant):
    t = make_tenant()
    ids = _seed(api_only_client, t)
    with session_scope(settings.db_url) as s:  # give two interactions scores and one a critical finding
        for iid, score in ((ids[0], 95.0), (ids[1], 40.0)):
            row = s.get(Interaction, iid)
            row.score = score
            s.add(row)
        s.add(Finding(tenant_id=t.tenant_id, interaction_id=ids[1], category="pci.pan_exposed", rule_id="pci.pan",
                      status="violated", severity="critical", detector="entity", detector_version="1"))
        s.add(Finding(tenant_id=t.tenant_id, interaction_id=ids[2], category="pci.pan_exposed", rule_id="pci.pan",
                      status="met", severity="critical", detector="entity", detector_version="1"))

    def ext(**params) -> list[str]:
        r = api_only_client.get("/v1/interactions", params=params, headers=t.h("read"))
        assert r.status_code == 200, r.text
        return sorted(i["external_id"] for i in r.json()["items"])

    assert ext(channel="sms") == ["e-1", "e-3", "e-5"]
    assert ext(agent="agent-0") == ["e-0", "e-3", "e-6"]
    assert ext(since="2026-11-14T00:00:00Z") == ["e-4", "e-5", "e-6"]
    assert ext(since="2026-11-11T00:00:00Z", until="2026-11-13T00:00:00Z") == ["e-1", "e-2"]
    assert ext(category="pci") == ["e-1"]  # a rule that was only checked ("met") does not match
    assert ext(category="pci.pan_exposed", severity="critical") == ["e-1"]
    assert ext(min_score=50) == ["e-0"]
    assert ext(max_score=50) == ["e-1"]
    assert ext(brand="lumen") == [f"e-{i}" for i in range(7)]
    r = api_only_client.get("/v1/interactions", params={"brand": "nope"}, headers=t.h("read"))
    assert r.json()["error"]["code"] == "unknown_brand"
    r = api_only_client.get("/v1/interactions", params={"cursor": "!!"}, headers=t.h("read"))
    assert r.json()["error"]["code"] == "invalid_cursor"
    with session_scope(settings.db_url) as s:
        assert len(s.exec(select(Interaction)).all()) == 7
