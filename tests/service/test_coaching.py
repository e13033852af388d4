"""Coaching: per-agent averages and the utterances that lowered each agent's scores, tenant-scoped."""

from __future__ import annotations

from tests.service.conftest import text_payload, wait_for

HARDSHIP = {"speaker": "customer", "text": "I lost my job last month and my mum is in hospital, money is really tight."}
RUDE = [
    {"speaker": "agent", "text": "Hi, this is Dan from Lumen Streaming about your renewal."},
    HARDSHIP,
    {"speaker": "agent", "text": "That's not my problem. Stop wasting my time and just pay what you owe."},
    {"speaker": "customer", "text": "Okay, okay."},
]
KIND = [
    {"speaker": "agent", "text": "Hi, this is Sam from Lumen Streaming about your renewal."},
    HARDSHIP,
    {"speaker": "agent", "text": "I'm so sorry to hear that, that sounds really hard. Let's find an option that "
                                 "works for you, we can pause the plan for a month."},
    {"speaker": "customer", "text": "Thank you, that really helps."},
]


def test_rude_agent_is_listed_first_with_the_utterance_that_lowered_the_score(client, make_tenant):
    t = make_tenant()
    ids = {}
    for ext, agent, turns in (("c-dan", "agent-dan", RUDE), ("c-sam", "agent-sam", KIND)):
        body = text_payload(ext, channel="voice", agent_ref=agent, turns=turns)
        ids[agent] = client.post("/v1/interactions/text", json=body, headers=t.h("ingest")).json()["id"]
        assert wait_for(client, t.h("read"), ids[agent])["status"] == "analysed"

    r = client.get("/v1/coaching/agents", headers=t.h("read"))
    assert r.status_code == 200
    agents = r.json()["agents"]
    assert [a["agent_ref"] for a in agents] == ["agent-dan", "agent-sam"]  # worst average score first
    dan, sam = agents
    assert dan["avg_score"] < sam["avg_score"]
    assert dan["averages"]["quality.rudeness"] > sam["averages"]["quality.rudeness"]
    assert dan["averages"]["quality.empathy"] < sam["averages"]["quality.empathy"]
    worst = dan["moments"][0]
    assert worst["interaction_id"] == ids["agent-dan"] and worst["external_id"] == "c-dan"
    assert worst["utterance"] == 2 and worst["score"] in ("rudeness", "empathy", "politeness")
    assert worst["excerpt"].startswith("That's not my problem")
    assert {m["score"] for m in dan["moments"]} >= {"rudeness"}
    assert all(m["interaction_id"] != ids["agent-sam"] for m in dan["moments"])
    assert not [m for m in sam["moments"] if m["score"] == "rudeness"]

    one = client.get("/v1/coaching/agents", params={"agent": "agent-sam", "moments": 0}, headers=t.h("read")).json()
    assert [a["agent_ref"] for a in one["agents"]] == ["agent-sam"] and one["agents"][0]["moments"] == []


def test_coaching_is_scoped_to_the_tenant_and_needs_read_scope(client, make_tenant):
    a, b = make_tenant("lumen"), make_tenant("northpoint", brands=("kestrel",))
    iid = client.post("/v1/interactions/text", json=text_payload("x1", agent_ref="agent-dan", turns=RUDE),
                      headers=a.h("ingest")).json()["id"]
    wait_for(client, a.h("read"), iid)
    assert client.get("/v1/coaching/agents", headers=b.h("read")).json()["agents"] == []
    assert len(client.get("/v1/coaching/agents", headers=a.h("read")).json()["agents"]) == 1
    denied = client.get("/v1/coaching/agents", headers=a.h("ingest"))
    assert denied.status_code == 403 and denied.json()["error"]["code"] == "insufficient_scope"
    bad = client.get("/v1/coaching/agents", params={"moments": 500}, headers=a.h("read"))
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "validation_error"
    unknown = client.get("/v1/coaching/agents", params={"brand": "nope"}, headers=a.h("read"))
    assert unknown.status_code == 400 and unknown.json()["error"]["code"] == "unknown_brand"
