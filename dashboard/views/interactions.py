"""Interactions, for QA auditors: filter and list interactions, open one to see why it scored as it did."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.client import ApiClient, ApiError, ApiUnavailable
from dashboard.ui import client, evidence_html, fetch, num, show_error, span, transcript_html, when

CHANNELS = ["", "voice", "sms", "email", "whatsapp", "chat"]
STATUSES = ["", "queued", "processing", "analysed", "needs_review", "failed"]
SEVERITIES = ["", "critical", "high", "medium", "low", "info"]
SEVERITY_BADGE = {"critical": ":red-background[CRITICAL]", "high": ":orange-background[HIGH]",
                  "medium": ":violet-background[MEDIUM]", "low": ":blue-background[LOW]",
                  "info": ":gray-background[INFO]"}
PAGE_SIZES = [25, 50, 100, 200]


def _day_start(d: date | None) -> str | None:
    return datetime.combine(d, time.min, tzinfo=UTC).isoformat() if d else None


def _filters(c: ApiClient) -> dict[str, Any]:
    """The filter form; returns API query parameters."""
    brand_slugs = [""] + [b["slug"] for b in fetch(data.brands, c.base_url, c.api_key)]
    with st.form("ix_filters", border=True):
        r1 = st.columns(4)
        brand = r1[0].selectbox("Brand", brand_slugs, format_func=lambda s: s or "All brands")
        channel = r1[1].selectbox("Channel", CHANNELS, format_func=lambda s: s or "All channels")
        status = r1[2].selectbox("Status", STATUSES, format_func=lambda s: s or "Any status")
        severity = r1[3].selectbox("Violation severity", SEVERITIES, format_func=lambda s: s or "Any")
        r2 = st.columns(4)
        category = r2[0].text_input("Violation category", placeholder="e.g. pci or disclosure",
                                    help="A taxonomy id or prefix; lists interactions with such a violation.")
        agent = r2[1].text_input("Agent", placeholder="agent reference")
        account = r2[2].text_input("Account", placeholder="account reference")
        size = r2[3].selectbox("Rows per page", PAGE_SIZES, index=1)
        r3 = st.columns(4)
        since = r3[0].date_input("From", value=None)
        until = r3[1].date_input("To (inclusive)", value=None)
        score = r3[2].slider("Score range", 0, 100, (0, 100))
        r3[3].form_submit_button("Apply filters", type="primary", width="stretch")
    until_excl = _day_start(until + timedelta(days=1)) if until else None
    return {"brand": brand, "channel": channel, "status": status, "severity": severity,
            "category": category.strip(), "agent": agent.strip(), "account": account.strip(), "limit": size,
            "since": _day_start(since), "until": until_excl,
            "min_score": score[0] if score[0] > 0 else None, "max_score": score[1] if score[1] < 100 else None}


def _table(items: list[dict[str, Any]]) -> pd.DataFrame:
    return pd.DataFrame([{
        "Started": when(i["started_at"]), "External id": i["external_id"], "Brand": i["brand"],
        "Agent": i["agent_ref"] or "", "Channel": i["channel"], "Status": i["status"], "Score": i["score"],
        "Critical fail": bool(i["critical_fail"]), "Violations": i["violation_count"], "id": i["id"],
    } for i in items])


def _list(c: ApiClient, params: dict[str, Any]) -> str | None:
    """The paged table; returns the id of the interaction to open, if any."""
    key = data.as_params(params)
    if st.session_state.get("ix_params") != key:  # new filters: back to the first page
        st.session_state["ix_params"] = key
        st.session_state["ix_cursors"] = []
    cursors: list[str] = st.session_state["ix_cursors"]
    query = data.as_params({**params, "cursor": cursors[-1] if cursors else None})
    page = fetch(data.interactions, c.base_url, c.api_key, query)
    items = page["items"]
    if not items:
        st.info("No interactions match these filters.")
        return None
    frame = _table(items)
    one_brand = frame["Brand"].nunique() == 1  # a column saying the same thing on every row only takes space
    event = st.dataframe(
        frame, hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row",
        key="ix_table", column_order=[c for c in frame.columns if c != "id" and not (c == "Brand" and one_brand)],
        column_config={"Score": st.column_config.ProgressColumn("Score", min_value=0, max_value=100, format="%.1f",
                                                                width="small"),
                       "Critical fail": st.column_config.CheckboxColumn("Critical", width="small"),
                       "Violations": st.column_config.NumberColumn("Violations", format="%d", width="small"),
                       "Channel": st.column_config.TextColumn("Channel", width="small")})
    nav = st.columns([1, 1, 6])
    if cursors and nav[0].button("← Previous page"):
        cursors.pop()
        st.rerun()
    if page["next_cursor"] and nav[1].button("Next page →"):
        cursors.append(page["next_cursor"])
        st.rerun()
    nav[2].caption(f"Page {len(cursors) + 1} · {len(items)} interactions · newest first")

    ids = frame["id"].tolist()
    labels = dict(zip(ids, frame["External id"], strict=True))
    rows = event.selection.rows if event is not None and hasattr(event, "selection") else []
    picked = ids[rows[0]] if rows else None
    if picked and st.session_state.get("ix_table_pick") != picked:
        st.session_state["ix_table_pick"] = picked
        st.session_state["ix_open"] = picked  # a click in the table drives the picker below
    wanted = st.query_params.get("id")
    if wanted in ids and "ix_open" not in st.session_state:
        st.session_state["ix_open"] = wanted
    options = [""] + ids
    if st.session_state.get("ix_open") not in options:
        st.session_state["ix_open"] = ""
    chosen = st.selectbox("Open interaction", options, key="ix_open",
                          format_func=lambda i: labels.get(i, "") if i else "Select an interaction…")
    if chosen:
        st.query_params["id"] = chosen  # the address bar now links to this interaction
        return str(chosen)
    if wanted in ids:
        del st.query_params["id"]  # the picker was cleared
        return None
    return str(wanted) if wanted else None  # a deep link to an interaction outside this page


def _header(d: dict[str, Any]) -> None:
    st.subheader(f"{d['external_id']}")
    st.caption(f"{d['brand']} · agent {d['agent_ref'] or '—'} · account {d['account_ref'] or '—'} · "
               f"{d['channel']} {d['direction']} · started {when(d['started_at'])} · id `{d['id']}`")
    m = st.columns(5)
    m[0].metric("Score", num(d["score"]))
    m[1].metric("Critical fail", "—" if d["critical_fail"] is None else ("Yes" if d["critical_fail"] else "No"))
    m[2].metric("Violations", d["violation_count"])
    m[3].metric("Duration", f"{d['duration_s']:.0f} s" if d["duration_s"] is not None else "—")
    m[4].metric("Status", d["status"])
    if d["status"] in ("failed", "needs_review") and (d.get("error_code") or d.get("error_message")):
        st.warning(f"{d.get('error_message') or ''} (`{d.get('error_code') or d['status']}`)")


def _findings(d: dict[str, Any]) -> None:
    violated = [f for f in d["findings"] if f["status"] == "violated"]
    met = [f for f in d["findings"] if f["status"] == "met"]
    order = {s: n for n, s in enumerate(SEVERITIES[1:])}
    violated.sort(key=lambda f: (order.get(f["severity"], 9), f["category"]))
    st.markdown(f"##### Violated ({len(violated)})")
    if not violated:
        st.caption("No rule was violated.")
    for f in violated:
        with st.container(border=True):
            st.markdown(f"{SEVERITY_BADGE.get(f['severity'], f['severity'])} **{f['title'] or f['rule_id']}**")
            st.caption(f"Rule `{f['rule_id']}` v{f['rule_version']} · category `{f['category']}` · pack "
                       f"{f['pack'] or '—'} · detector `{f['detector']}` {f['detector_version']} · "
                       f"confidence {f['confidence']:.2f}")
            if f["explanation"]:
                st.write(f["explanation"])
            if f["evidence"]:
                st.html(evidence_html(f["evidence"]))
            else:
                st.caption("Judged from metadata (no utterance evidence).")
            st.caption(f"Citation: {f['citation'] or '—'}"
                       + (f"  \nRemediation: {f['remediation']}" if f["remediation"] else ""))
    st.markdown(f"##### Met ({len(met)})")
    if met:
        st.dataframe(pd.DataFrame([{
            "Rule": f"{f['rule_id']} v{f['rule_version']}", "Title": f["title"], "Category": f["category"],
            "Detector": f"{f['detector']} {f['detector_version']}", "Confidence": f["confidence"],
            "Evidence": " | ".join(e.get("excerpt") or "" for e in f["evidence"]), "Citation": f["citation"],
        } for f in met]), hide_index=True, width="stretch")
    else:
        st.caption("No passed checks recorded.")


def _attrs(a: dict[str, Any]) -> str:
    return ", ".join(f"{k}: {v}" for k, v in sorted(a.items()) if v not in (None, "", []))


def _outcomes_and_metrics(d: dict[str, Any]) -> None:
    st.markdown("##### Outcomes")
    if d["outcomes"]:
        st.dataframe(pd.DataFrame([{
            "Outcome": o["category"], "Details": _attrs(o["attributes"]), "Confidence": o["confidence"],
            "Detector": f"{o['detector']} {o['detector_version']}",
            "Evidence": " | ".join(f"#{e.get('utterance')} {span(e.get('start'), e.get('end'))} "
                                   f"{e.get('excerpt') or ''}".strip() for e in o["evidence"]),
        } for o in d["outcomes"]]), hide_index=True, width="stretch")
    else:
        st.caption("No outcomes detected.")
    left, right = st.columns(2)
    with left:
        st.markdown("##### Score breakdown")
        sections = d["scorecard"].get("sections", []) if d["scorecard"] else []
        if sections:
            st.dataframe(pd.DataFrame([{"Section": s["section"], "Score": s["score"], "Weight": s["weight"]}
                                       for s in sections]), hide_index=True, width="stretch",
                         column_config={"Score": st.column_config.ProgressColumn(
                             "Score", min_value=0, max_value=100, format="%.1f")})
        else:
            st.caption("Not scored yet.")
    with right:
        st.markdown("##### Metrics")
        if d["metrics"]:
            st.dataframe(pd.DataFrame([{"Metric": k, "Value": round(v, 3)} for k, v in sorted(d["metrics"].items())]),
                         hide_index=True, width="stretch")
        else:
            st.caption("No metrics.")


def _processing(d: dict[str, Any]) -> None:
    st.caption(f"Pipeline `{d['pipeline_version'] or '—'}` · ruleset hash `{d['ruleset_hash'] or '—'}`")
    if d["speakers"]:
        st.dataframe(pd.DataFrame(d["speakers"]), hide_index=True, width="stretch")
    if d["stage_runs"]:
        st.dataframe(pd.DataFrame(d["stage_runs"]), hide_index=True, width="stretch")
    if d["redactions"]:
        st.markdown("Redactions (type and position only; values are never stored)")
        st.dataframe(pd.DataFrame(d["redactions"]), hide_index=True, width="stretch")


def _detail(c: ApiClient, interaction_id: str) -> None:
    d = fetch(data.interaction, c.base_url, c.api_key, interaction_id)
    st.divider()
    _header(d)
    if d.get("has_audio"):
        try:
            st.audio(data.audio(c.base_url, c.api_key, interaction_id), format="audio/flac")
            st.caption("Redacted recording: PII spans are muted.")
        except (ApiError, ApiUnavailable) as exc:
            show_error(exc)
    tabs = st.tabs([f"Findings ({d['violation_count']} violated)", "Transcript", "Outcomes & scores",
                    "Processing"])
    with tabs[0]:
        _findings(d)
    with tabs[1]:
        if d["utterances"]:
            st.html(transcript_html(d["utterances"], d["redactions"]))
        else:
            st.caption("No transcript stored (not analysed yet, or analysis failed).")
    with tabs[2]:
        _outcomes_and_metrics(d)
    with tabs[3]:
        _processing(d)


def render() -> None:
    """The Interactions page."""
    st.title("Interactions")
    c = client()
    params = _filters(c)
    chosen = _list(c, params)
    if chosen:
        _detail(c, chosen)


render()
