"""The dashboard pages run for real (streamlit.testing AppTest) against a real API over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.dashboard.conftest import LiveApi, free_port
from tests.dashboard.seed import CVV_RULE

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")


@pytest.fixture
def app(live_api: LiveApi, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppTest]:
    """The app signed in with the demo dashboard key (read + export)."""
    monkeypatch.setenv("FAIRLINE_API_URL", live_api.url)
    monkeypatch.setenv("FAIRLINE_API_KEY", live_api.keys["dashboard"])
    st.cache_data.clear()
    yield AppTest.from_file(APP, default_timeout=60)
    st.cache_data.clear()


def _text(at: AppTest) -> str:
    """Everything the page shows as text, to assert on what a user reads."""
    parts: list[str] = []
    for kind in ("title", "subheader", "markdown", "caption", "error", "warning", "info"):
        parts += [str(e.value) for e in getattr(at, kind)]
    parts += [str(m.label) + " " + str(m.value) for m in at.metric]
    return "\n".join(parts)


def _errors(at: AppTest) -> str:
    return "\n".join(str(e.value) for e in at.error)


def test_interactions_list_and_detail_show_evidence(app: AppTest, live_api: LiveApi):
    at = app.run()
    assert not at.exception and not at.error, _errors(at)
    assert at.title[0].value == "Interactions"
    table = at.dataframe[0].value
    assert set(table["External id"]) == {s.external_id for s in live_api.seeded}
    bad = live_api.by_external("demo-call-001-stereo")
    row = table.set_index("External id").loc[bad.external_id]
    assert (row["Score"], bool(row["Critical fail"]), row["Violations"]) == (41.5, True, 2)

    at.selectbox(key="ix_open").set_value(bad.id).run()
    assert not at.exception and not at.error, _errors(at)
    shown = _text(at)
    assert "Security code spoken in a recorded call" in shown
    assert f"Rule `{CVV_RULE}` v2" in shown and "detector `entity_spoken` 1.0" in shown
    assert "confidence 0.97" in shown and "PCI DSS v4.0 Req. 3.3.1" in shown
    assert "Violated (2)" in shown and "Met (1)" in shown
    shown_html = "".join(str(h.proto.body) for h in at.get("html"))
    cvv_evidence = "utterance #3 · 00:11.5–00:18.0 · customer"
    assert cvv_evidence in shown_html, "evidence names utterance, time span and speaker"
    assert 'class="pii" title="CVV"' in shown_html and "&lt;CVV&gt;" in shown_html, "transcript marks PII"
    assert at.get("audio"), "the redacted recording is offered for an interaction with audio"
    outcomes = next(df.value for df in at.dataframe if "Outcome" in df.value.columns)
    assert "amount: 20.0" in outcomes.set_index("Outcome").loc["outcome.promise_to_pay", "Details"]


def test_filters_narrow_the_list(app: AppTest):
    at = app.run()
    at.selectbox[3].set_value("critical")  # violation severity
    at.button[0].click().run()  # the form's submit button
    assert not at.exception, at.exception
    assert set(at.dataframe[0].value["External id"]) == {"demo-call-001-stereo", "demo-call-002-stereo"}


def test_compliance_page_charts_and_exports(app: AppTest, live_api: LiveApi):
    at = app.run()
    at.switch_page("views/compliance.py").run()
    assert not at.exception and not at.error, _errors(at)
    shown = _text(at)
    assert at.title[0].value == "Compliance"
    assert "Violations 4" in shown and "Interactions with violations 2" in shown and "Critical 2" in shown
    assert len(at.get("vega_lite_chart")) == 2
    downloads = at.get("download_button")
    assert downloads, "the findings CSV can be downloaded"
    pdf_button = next(b for b in at.button if b.label == "Prepare evidence pack (PDF)")
    pdf_button.click().run()
    assert not at.error, _errors(at)
    labels = [d.proto.label for d in at.get("download_button")]
    assert "Download evidence pack" in labels


def test_kpis_page_shows_recovery_tone_and_coaching_per_agent(app: AppTest):
    at = app.run()
    at.switch_page("views/kpis.py").run()
    assert not at.exception and not at.error, _errors(at)
    metrics = {m.label: m.value for m in at.metric}
    # 3 interactions, each with a right-party contact and a promise; text ingest counts no voice contacts.
    assert metrics["Average score"] == "57.2" and metrics["Critical fails"] == "2"
    assert metrics["Promise to pay"] == "100.0%"
    tone, moments = at.dataframe[-2].value, at.dataframe[-1].value
    assert list(tone["agent"]) == ["lumen-agent-dana", "lumen-agent-jess", "lumen-agent-marcus"]
    assert tone.set_index("agent").loc["lumen-agent-jess", "quality.empathy"] == pytest.approx(0.83)
    assert tone.set_index("agent").loc["lumen-agent-dana", "critical_fails"] == 1
    # Only the low-empathy agent (dana) has a coaching moment, with the redacted words that lowered the score.
    assert list(moments["agent"]) == ["lumen-agent-dana"]
    assert moments.iloc[0]["contact"] == "demo-call-001-stereo" and moments.iloc[0]["score"] == "politeness"
    assert moments.iloc[0]["said"].startswith("Thanks. Can you read me the card number")


def test_key_without_export_scope_gets_a_clear_message(app: AppTest, live_api: LiveApi, monkeypatch):
    monkeypatch.setenv("FAIRLINE_API_KEY", live_api.keys["read"])
    at = app.run()
    at.switch_page("views/compliance.py").run()
    assert not at.exception
    assert "insufficient_scope" in _errors(at) and "HTTP 403" in _errors(at)


def test_other_tenant_sees_none_of_these_interactions(app: AppTest, live_api: LiveApi, monkeypatch):
    monkeypatch.setenv("FAIRLINE_API_KEY", live_api.keys["northpoint"])
    at = app.run()
    assert not at.exception and not at.error, _errors(at)
    assert "No interactions match these filters." in _text(at)


def test_sign_in_page_refuses_a_bad_key_and_accepts_a_good_one(app: AppTest, live_api: LiveApi, monkeypatch):
    monkeypatch.delenv("FAIRLINE_API_KEY")
    at = app.run()
    assert at.title[0].value == "Fairline" and at.text_input[0].label == "API key"
    at.text_input[0].input("fl_0000_not-a-real-key")
    at.button[0].click().run()
    assert "invalid_api_key" in _errors(at) and "HTTP 401" in _errors(at)
    at.text_input[0].input(live_api.keys["dashboard"])
    at.button[0].click().run()
    assert not at.error, _errors(at)
    assert at.title[0].value == "Interactions"


def test_api_down_is_named_with_its_url(app: AppTest, monkeypatch):
    down = f"http://127.0.0.1:{free_port()}"
    monkeypatch.setenv("FAIRLINE_API_URL", down)
    at = app.run()
    assert not at.exception
    assert "not reachable" in _errors(at) and down in _errors(at)


def test_a_link_with_the_interaction_id_opens_its_detail(app: AppTest, live_api: LiveApi):
    clean = live_api.by_external("demo-chat-001")
    app.query_params["id"] = clean.id
    at = app.run()
    assert not at.exception and not at.error, _errors(at)
    shown = _text(at)
    assert at.subheader[0].value == "demo-chat-001"
    assert "Violated (0)" in shown and "No rule was violated." in shown and "Met (1)" in shown
    assert not at.get("audio"), "no player for an interaction without a recording"
