"""Evidence exports: the findings CSV and the per-interaction PDF evidence pack. Scoped to the caller's tenant
and bound brand, refused without the export scope, recorded in the audit log, redacted text only."""

from __future__ import annotations

import base64
import csv
import io
import re
import zlib
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from audit_service.app import create_app
from audit_service.audit.models import AuditLog
from audit_service.auth.models import Scope
from audit_service.auth.service import create_key
from audit_service.core.db import session_scope
from audit_service.exports import service as exports
from audit_service.exports.schemas import CSV_COLUMNS, FindingRow
from audit_service.tenants.models import Brand
from tests.dashboard.seed import CVV_RULE, RULESET_HASH, analysed_document, store, text_body


@pytest.fixture
def settings(settings):
    # No job runner: the seeded analysis must not be replaced by whatever stages exist right now.
    return settings.model_copy(update={"queue_backend": "none"})


def _ingest(client, headers, external_id: str, *, brand: str = "lumen", agent: str = "agent-7",
            started_at: str = "2026-11-20T15:00:00Z") -> str:
    r = client.post("/v1/interactions/text", headers=headers,
                    json=text_body(external_id, brand=brand, agent=agent, started_at=started_at))
    assert r.status_code == 202, r.text
    return str(r.json()["id"])


@pytest.fixture
def client(settings):
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture
def seeded(client, settings, make_tenant):
    """Tenant 'lumen' with brands lumen and kestrel: one violating and one clean call on lumen, one violating
    call on kestrel, all analysed."""
    t = make_tenant(brands=("lumen", "kestrel"))
    ids = {
        "bad-1": _ingest(client, t.h("all"), "bad-1", started_at="2026-11-20T15:00:00Z"),
        "clean-1": _ingest(client, t.h("all"), "clean-1", agent="agent-9", started_at="2026-11-21T15:00:00Z"),
        "kestrel-1": _ingest(client, t.h("all"), "kestrel-1", brand="kestrel", started_at="2026-11-22T15:00:00Z"),
    }
    store(settings.db_url, ids["bad-1"], analysed_document(violated=True, score=41.5))
    store(settings.db_url, ids["clean-1"], analysed_document(violated=False, score=92.0))
    store(settings.db_url, ids["kestrel-1"], analysed_document(violated=True, score=38.0))
    return t, ids


def _rows(response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    reader = csv.DictReader(io.StringIO(response.text))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    return list(reader)


def test_csv_has_one_row_per_finding_with_its_evidence(client, seeded):
    t, ids = seeded
    rows = _rows(client.get("/v1/exports/findings.csv", headers=t.h("export")))
    # 2 violated + 1 met on each violating call, 1 met on the clean one.
    assert len(rows) == 7
    cvv = next(r for r in rows if r["external_id"] == "bad-1" and r["rule_id"] == CVV_RULE)
    assert cvv == {**cvv, "interaction_id": ids["bad-1"], "brand": "lumen", "agent": "agent-7", "channel": "voice",
                   "category": "pci.sensitive_auth_data_captured", "rule_version": "2", "severity": "critical",
                   "status": "violated", "confidence": "0.97", "detector": "entity_spoken", "detector_version": "1.0",
                   "ruleset_hash": RULESET_HASH, "evidence_utterances": "3", "evidence_start_s": "11.5",
                   "evidence_end_s": "18", "citation": "PCI DSS v4.0 Req. 3.3.1"}
    assert cvv["started_at"] == "2026-11-20T15:00:00+00:00"
    assert "<CVV>" in cvv["evidence_excerpt"] and "<CREDIT_CARD>" in cvv["evidence_excerpt"]


FILTERS: list[tuple[str, dict[str, Any], set[tuple[str, str]]]] = [
    ("severity critical", {"severity": "critical"}, {("bad-1", CVV_RULE), ("kestrel-1", CVV_RULE)}),
    ("category prefix", {"category": "pci", "brand": "lumen"}, {("bad-1", CVV_RULE)}),
    ("only met checks", {"finding_status": "met", "brand": "lumen"},
     {("bad-1", "us_creditor.brand_identification"), ("clean-1", "us_creditor.brand_identification")}),
    ("only violations of one brand", {"finding_status": "violated", "brand": "kestrel"},
     {("kestrel-1", CVV_RULE), ("kestrel-1", "gdpr.recording_notice")}),
    ("score range", {"min_score": 90}, {("clean-1", "us_creditor.brand_identification")}),
    ("agent", {"agent": "agent-9"}, {("clean-1", "us_creditor.brand_identification")}),
    ("date window", {"since": "2026-11-21T00:00:00Z", "until": "2026-11-22T00:00:00Z"},
     {("clean-1", "us_creditor.brand_identification")}),
    ("nothing matches", {"channel": "sms"}, set()),
]


@pytest.mark.parametrize("label, params, expected", FILTERS, ids=[f[0] for f in FILTERS])
def test_csv_filters_match_the_interaction_list(client, seeded, label, params, expected):
    t, _ = seeded
    rows = _rows(client.get("/v1/exports/findings.csv", params=params, headers=t.h("export")))
    assert {(r["external_id"], r["rule_id"]) for r in rows} == expected


def test_csv_bad_filter_is_a_clear_4xx(client, seeded):
    t, _ = seeded
    r = client.get("/v1/exports/findings.csv", params={"brand": "nope"}, headers=t.h("export"))
    assert (r.status_code, r.json()["error"]["code"]) == (400, "unknown_brand")
    r = client.get("/v1/exports/findings.csv", params={"finding_status": "maybe"}, headers=t.h("export"))
    assert (r.status_code, r.json()["error"]["code"]) == (422, "validation_error")


ACCESS = [
    ("no key", None, 401, "missing_api_key"),
    ("read scope only", "read", 403, "insufficient_scope"),
    ("ingest scope only", "ingest", 403, "insufficient_scope"),
]


@pytest.mark.parametrize("label, key, status, code", ACCESS, ids=[a[0] for a in ACCESS])
def test_exports_need_the_export_scope(client, seeded, label, key, status, code):
    t, ids = seeded
    headers = t.h(key) if key else {}
    for path in ("/v1/exports/findings.csv", f"/v1/interactions/{ids['bad-1']}/evidence.pdf"):
        r = client.get(path, headers=headers)
        assert (r.status_code, r.json()["error"]["code"]) == (status, code), path


def test_exports_never_cross_tenant_or_bound_brand(client, settings, seeded, make_tenant):
    t, ids = seeded
    other = make_tenant(slug="northpoint", brands=("kestrel",))
    assert _rows(client.get("/v1/exports/findings.csv", headers=other.h("export"))) == []
    r = client.get(f"/v1/interactions/{ids['bad-1']}/evidence.pdf", headers=other.h("export"))
    assert (r.status_code, r.json()["error"]["code"]) == (404, "interaction_not_found")

    with session_scope(settings.db_url) as s:
        kestrel = s.exec(select(Brand).where(Brand.tenant_id == t.tenant_id, Brand.slug == "kestrel")).one()
        bound = create_key(s, tenant_id=t.tenant_id, name="kestrel export", scopes=[Scope.export],
                           brand_id=kestrel.id)[1]
    headers = {"Authorization": f"Bearer {bound}"}
    rows = _rows(client.get("/v1/exports/findings.csv", headers=headers))
    assert {r["external_id"] for r in rows} == {"kestrel-1"}
    assert client.get(f"/v1/interactions/{ids['bad-1']}/evidence.pdf", headers=headers).status_code == 404
    assert client.get(f"/v1/interactions/{ids['kestrel-1']}/evidence.pdf", headers=headers).status_code == 200


def _pdf_text(body: bytes) -> str:
    """Decoded content streams of a reportlab PDF (ASCII85 + Flate), enough to find the words drawn."""
    out = []
    for raw in re.findall(rb"stream\r?\n(.*?)endstream", body, re.S):
        data = raw.strip()
        try:
            if data.endswith(b"~>"):
                data = base64.a85decode(data[:-2])
            out.append(zlib.decompress(data).decode("latin-1"))
        except (ValueError, zlib.error):
            continue
    # PDF string literals escape parentheses and backslashes.
    return "\n".join(out).replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")


def test_evidence_pdf_holds_metadata_scores_violations_and_redacted_transcript(client, seeded):
    t, ids = seeded
    r = client.get(f"/v1/interactions/{ids['bad-1']}/evidence.pdf", headers=t.h("export"))
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/pdf"
    assert 'filename="evidence-bad-1.pdf"' in r.headers["content-disposition"]
    assert r.content.startswith(b"%PDF-")
    # Words drawn in the PDF, compared without spacing (reportlab breaks strings at lines and font changes).
    text = "".join(re.findall(r"\((.*?)\) Tj", _pdf_text(r.content))).replace(" ", "")
    for expected in ("Evidence pack", "bad-1", ids["bad-1"], "agent-7", RULESET_HASH,  # metadata
                     "41.5", "CRITICAL FAIL", "compliance",  # score breakdown
                     "Violations (2)", CVV_RULE, "PCI DSS v4.0 Req. 3.3.1", "entity_spoken", "gdpr.recording_notice",
                     "Checks met (1)", "outcome.promise_to_pay",  # findings and outcomes
                     "Redacted transcript", "<CVV>", "<CREDIT_CARD>", "twenty dollars for Friday"):
        assert expected.replace(" ", "") in text, expected


def test_every_export_is_audit_logged(client, settings, seeded):
    t, ids = seeded
    client.get("/v1/exports/findings.csv", params={"severity": "critical"}, headers=t.h("export"))
    client.get(f"/v1/interactions/{ids['bad-1']}/evidence.pdf", headers=t.h("export"))
    with session_scope(settings.db_url) as s:
        logs = list(s.exec(select(AuditLog).where(AuditLog.action.startswith("export."))  # type: ignore[attr-defined]
                           .order_by(AuditLog.at)))
    assert [(a.action, a.target_id) for a in logs] == [("export.findings_csv", ""),
                                                       ("export.evidence_pdf", ids["bad-1"])]
    assert all(a.tenant_id == t.tenant_id and a.actor.startswith("key:") for a in logs)
    assert logs[0].details == {"filters": {"severity": "critical"}, "rows": 2}


CELLS = [
    ("plain text", "the code is <CVV>", "the code is <CVV>"),
    ("formula", "=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("plus", "+1 555", "'+1 555"),
    ("at sign", "@SUM(A1)", "'@SUM(A1)"),
    ("minus", "-2+3", "'-2+3"),
]


@pytest.mark.parametrize("label, excerpt, written", CELLS, ids=[c[0] for c in CELLS])
def test_csv_cells_cannot_run_as_spreadsheet_formulas(label, excerpt, written):
    row = FindingRow(interaction_id="i", external_id="e", brand="b", agent=None, channel="sms", started_at=None,
                     category="c", rule_id="r", rule_version=1, title="t", pack="p", severity="low",
                     status="violated", confidence=1.0, detector="d", detector_version="1", ruleset_hash=None,
                     evidence_utterances="0", evidence_start_s=None, evidence_end_s=None, evidence_excerpt=excerpt,
                     citation="x")
    parsed = list(csv.DictReader(io.StringIO(exports.to_csv([row]))))
    assert parsed[0]["evidence_excerpt"] == written
