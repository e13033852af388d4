"""The published contract: OpenAPI builds, documents every endpoint, carries examples and auth errors."""

from __future__ import annotations


def test_openapi_documents_the_ingest_contract(api_only_client):
    spec = api_only_client.get("/openapi.json").json()
    paths = spec["paths"]
    expected = ("/v1/interactions/text", "/v1/interactions/audio", "/v1/interactions",
                "/v1/interactions/{interaction_id}", "/v1/kpis", "/v1/exports/findings.csv", "/v1/rules/dry-run",
                "/health", "/ready", "/metrics")
    for path in expected:
        assert path in paths, path
    text = paths["/v1/interactions/text"]["post"]
    assert {"202", "401", "409", "422"} <= set(text["responses"])
    schema = spec["components"]["schemas"]["TextInteractionCreate"]
    assert schema.get("examples"), "the text ingest body has no example"
    audio = paths["/v1/interactions/audio"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert set(audio["required"]) == {"metadata", "audio"}


def test_health_ready_metrics(api_only_client):
    assert api_only_client.get("/health").json()["status"] == "ok"
    assert api_only_client.get("/ready").json()["status"] == "ready"
    metrics = api_only_client.get("/metrics").text
    assert "fairline_http_requests_total" in metrics
