"""API keys: every refusal has its own code, and no key ever reaches another tenant's data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from audit_service.auth.models import ApiKey, Scope
from audit_service.auth.service import create_key
from audit_service.core.db import session_scope
from tests.service.conftest import text_payload


@pytest.mark.parametrize("header, code", [
    (None, "missing_api_key"),
    ("Basic abc", "missing_api_key"),
    ("Bearer nonsense", "invalid_api_key"),
    ("Bearer fl_000000000000_wrongsecret", "invalid_api_key"),
])
def test_bad_credentials_are_refused(client, make_tenant, header, code):
    make_tenant()
    headers = {"Authorization": header} if header else {}
    r = client.get("/v1/interactions", headers=headers)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == code


def test_key_secret_is_stored_only_as_hash(settings, make_tenant):
    t = make_tenant()
    with session_scope(settings.db_url) as s:
        stored = s.exec(select(ApiKey)).all()
    for token in t.keys.values():
        assert all(token not in (k.secret_hash, k.prefix, k.name) for k in stored)
        assert token.split("_", 2)[2] not in repr([k.model_dump() for k in stored])


def test_revoked_and_expired_keys(client, settings, make_tenant):
    t = make_tenant()
    prefix = t.keys["read"].split("_")[1]
    assert client.delete(f"/v1/keys/{prefix}", headers=t.h()).status_code == 200
    r = client.get("/v1/interactions", headers=t.h("read"))
    assert (r.status_code, r.json()["error"]["code"]) == (401, "api_key_revoked")

    with session_scope(settings.db_url) as s:
        _, expired = create_key(s, tenant_id=t.tenant_id, name="old", scopes=[Scope.read],
                                expires_at=datetime.now(UTC) - timedelta(minutes=1))
    r = client.get("/v1/interactions", headers={"Authorization": f"Bearer {expired}"})
    assert (r.status_code, r.json()["error"]["code"]) == (401, "api_key_expired")


@pytest.mark.parametrize("key, method, path, code", [
    ("read", "post", "/v1/interactions/text", "insufficient_scope"),
    ("ingest", "get", "/v1/interactions", "insufficient_scope"),
    ("read", "post", "/v1/keys", "insufficient_scope"),
])
def test_scopes_are_enforced(client, make_tenant, key, method, path, code):
    t = make_tenant()
    kwargs = {"json": text_payload()} if method == "post" else {}
    r = getattr(client, method)(path, headers=t.h(key), **kwargs)
    assert r.status_code == 403
    assert r.json()["error"]["code"] == code


def test_other_tenant_sees_nothing(client, make_tenant):
    a = make_tenant("lumen")
    b = make_tenant("northpoint", brands=("kestrel",))
    created = client.post("/v1/interactions/text", json=text_payload(), headers=a.h("ingest")).json()
    r = client.get(f"/v1/interactions/{created['id']}", headers=b.h("read"))
    assert (r.status_code, r.json()["error"]["code"]) == (404, "interaction_not_found")
    assert client.get("/v1/interactions", headers=b.h("read")).json()["items"] == []
    # Tenant b cannot post under tenant a's brand either.
    r = client.post("/v1/interactions/text", json=text_payload("b-1"), headers=b.h("ingest"))
    assert r.json()["error"]["code"] == "unknown_brand"


def test_brand_bound_key_sees_only_its_brand(client, make_tenant):
    t = make_tenant(brands=("lumen", "kestrel"))
    client.post("/v1/interactions/text", json=text_payload("l-1"), headers=t.h("ingest"))
    client.post("/v1/interactions/text", json=text_payload("k-1", brand="kestrel"), headers=t.h("ingest"))
    items = client.get("/v1/interactions", headers=t.h("brand:lumen")).json()["items"]
    assert [i["external_id"] for i in items] == ["l-1"]
    r = client.post("/v1/interactions/text", json=text_payload("k-2", brand="kestrel"), headers=t.h("brand:lumen"))
    assert (r.status_code, r.json()["error"]["code"]) == (403, "brand_not_allowed")


def test_admin_creates_key_shown_once(client, make_tenant):
    t = make_tenant()
    r = client.post("/v1/keys", json={"name": "crm", "scopes": ["ingest"], "brand": "lumen"}, headers=t.h())
    assert r.status_code == 201
    token = r.json()["key"]
    listed = client.get("/v1/keys", headers=t.h()).json()
    assert all("key" not in k for k in listed)
    assert client.post("/v1/interactions/text", json=text_payload(), headers={"Authorization": f"Bearer {token}"}
                       ).status_code == 202


def test_user_keys_are_bounded_by_the_users_role(client, settings, make_tenant):
    from audit_service.tenants.models import User

    t = make_tenant()
    assert client.post("/v1/users", json={"email": "qa@lumen.test", "role": "qa_auditor"}, headers=t.h()
                       ).status_code == 201
    r = client.post("/v1/keys", json={"name": "qa", "scopes": ["read", "export"], "user": "qa@lumen.test"},
                    headers=t.h())
    assert (r.status_code, r.json()["error"]["code"]) == (400, "scope_not_allowed_for_role")
    r = client.post("/v1/keys", json={"name": "qa", "scopes": ["read"], "user": "nobody@lumen.test"}, headers=t.h())
    assert (r.status_code, r.json()["error"]["code"]) == (400, "unknown_user")

    assert client.post("/v1/users", json={"email": "co@lumen.test", "role": "compliance_officer"}, headers=t.h()
                       ).status_code == 201
    token = client.post("/v1/keys", json={"name": "co", "scopes": ["read", "export"], "user": "co@lumen.test"},
                        headers=t.h()).json()["key"]
    co = {"Authorization": f"Bearer {token}"}
    assert client.get("/v1/exports/findings.csv", headers=co).status_code == 200

    with session_scope(settings.db_url) as s:  # demoted: the key loses export at once
        user = s.exec(select(User).where(User.email == "co@lumen.test")).one()
        user.role = "qa_auditor"
        s.add(user)
    r = client.get("/v1/exports/findings.csv", headers=co)
    assert (r.status_code, r.json()["error"]["code"]) == (403, "insufficient_scope")
    assert client.get("/v1/interactions", headers=co).status_code == 200

    with session_scope(settings.db_url) as s:  # deactivated: the key stops working
        user = s.exec(select(User).where(User.email == "co@lumen.test")).one()
        user.active = False
        s.add(user)
    r = client.get("/v1/interactions", headers=co)
    assert (r.status_code, r.json()["error"]["code"]) == (401, "user_deactivated")
