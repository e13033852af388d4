"""Compliance, for compliance officers: violations by category and severity over time, evidence downloads."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.client import ApiClient, ApiError, ApiUnavailable
from dashboard.ui import client, fetch, show_error

SEVERITY_ORDER = ["critical", "high", "medium", "low", "info"]
SEVERITY_COLOURS = ["#b42318", "#dc6803", "#7a5af8", "#2e90fa", "#98a2b3"]


def _day_start(d: date | None) -> str | None:
    return datetime.combine(d, time.min, tzinfo=UTC).isoformat() if d else None


def _filters(c: ApiClient) -> dict[str, Any]:
    brand_slugs = [""] + [b["slug"] for b in fetch(data.brands, c.base_url, c.api_key)]
    with st.form("co_filters", border=True):
        cols = st.columns(5)
        brand = cols[0].selectbox("Brand", brand_slugs, format_func=lambda s: s or "All brands")
        since = cols[1].date_input("From", value=None)
        until = cols[2].date_input("To (inclusive)", value=None)
        category = cols[3].text_input("Category", placeholder="e.g. pci")
        severity = cols[4].selectbox("Severity", [""] + SEVERITY_ORDER, format_func=lambda s: s or "Any")
        st.form_submit_button("Apply filters", type="primary")
    return {"brand": brand, "since": _day_start(since), "category": category.strip(), "severity": severity,
            "until": _day_start(until + timedelta(days=1)) if until else None}


def _charts(v: pd.DataFrame) -> None:
    severity = alt.Color("severity:N", title="Severity", scale=alt.Scale(domain=SEVERITY_ORDER,
                                                                         range=SEVERITY_COLOURS))
    by_day = (v.assign(day=v["started_at"].dt.tz_convert("UTC").dt.strftime("%Y-%m-%d"))
              .groupby(["day", "severity"]).size().reset_index(name="violations"))
    left, right = st.columns(2)
    with left:
        st.markdown("##### Violations per day, by severity")
        st.altair_chart(alt.Chart(by_day).mark_bar().encode(
            x=alt.X("day:O", title="Day (UTC, interaction start)"), y=alt.Y("violations:Q", title="Violations"),
            color=severity, tooltip=["day", "severity", "violations"]).properties(height=300),
            width="stretch")
    with right:
        st.markdown("##### Violations by category")
        by_cat = v.groupby(["category", "severity"]).size().reset_index(name="violations")
        st.altair_chart(alt.Chart(by_cat).mark_bar().encode(
            y=alt.Y("category:N", title=None, sort="-x"), x=alt.X("violations:Q", title="Violations"),
            color=severity, tooltip=["category", "severity", "violations"]).properties(height=300),
            width="stretch")
    st.markdown("##### Category × severity")
    pivot = (v.pivot_table(index="category", columns="severity", values="rule_id", aggfunc="count", fill_value=0)
             .reindex(columns=[s for s in SEVERITY_ORDER if s in set(v["severity"])]))
    pivot["total"] = pivot.sum(axis=1)
    st.dataframe(pivot.sort_values("total", ascending=False), width="stretch")


def _downloads(c: ApiClient, params: dict[str, Any], v: pd.DataFrame) -> None:
    st.markdown("##### Evidence exports")
    left, right = st.columns(2)
    with left:
        scope = st.radio("Findings CSV", ["Violations only", "All checks (violated and met)"], horizontal=True)
        export = {**params, "finding_status": "violated" if scope == "Violations only" else None}
        csv_bytes = fetch(data.findings_csv, c.base_url, c.api_key, data.as_params(export))
        st.download_button("Download findings CSV", csv_bytes, file_name="fairline-findings.csv", mime="text/csv",
                           icon=":material/download:")
        st.caption("One row per finding: rule id and version, detector, confidence, ruleset hash, redacted "
                   "excerpt, time span and citation.")
    with right:
        per = (v.groupby(["interaction_id", "external_id"]).size().reset_index(name="n")
               .sort_values("n", ascending=False))
        labels = {r.interaction_id: f"{r.external_id} ({r.n} violations)" for r in per.itertuples()}
        chosen = st.selectbox("Evidence pack for", list(labels), format_func=lambda i: labels[i], key="co_pdf_for")
        if chosen and st.button("Prepare evidence pack (PDF)", key="co_pdf_make"):
            try:
                st.session_state["co_pdf"] = (chosen, data.evidence_pdf(c.base_url, c.api_key, chosen))
            except (ApiError, ApiUnavailable) as exc:
                show_error(exc)
        ready = st.session_state.get("co_pdf")
        if ready and ready[0] == chosen:
            name = f"evidence-{labels[chosen].split()[0]}.pdf"
            st.download_button("Download evidence pack", ready[1], file_name=name,
                               mime="application/pdf", icon=":material/picture_as_pdf:", type="primary")
        st.caption("Metadata, score breakdown, every violation with its evidence, and the redacted transcript. "
                   "Each export is recorded in the audit log.")


def render() -> None:
    """The Compliance page."""
    st.title("Compliance")
    c = client()
    params = _filters(c)
    try:
        raw = data.findings_csv(c.base_url, c.api_key, data.as_params({**params, "finding_status": "violated"}))
    except (ApiError, ApiUnavailable) as exc:
        show_error(exc)
        if isinstance(exc, ApiError) and exc.status == 403:
            st.info("The compliance views are built from the findings export; they need a key with the "
                    "'export' scope.")
        st.stop()
    v = data.findings_frame(raw)
    if v.empty:
        st.info("No violations match these filters.")
        return
    m = st.columns(4)
    m[0].metric("Violations", len(v))
    m[1].metric("Interactions with violations", v["interaction_id"].nunique())
    m[2].metric("Critical", int((v["severity"] == "critical").sum()))
    m[3].metric("Categories", v["category"].nunique())
    _charts(v)
    st.divider()
    _downloads(c, params, v)


render()
