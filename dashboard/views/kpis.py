"""KPIs, for brand managers: recovery outcomes, customer experience, quality, and tone per agent."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.client import ApiClient
from dashboard.ui import client, fetch, num, pct

# The 0..1 scores of the metric contract; other quality.* / tone.* metrics are counts or signed values.
UNIT_SCORES = ["quality.empathy", "quality.politeness", "quality.rudeness", "quality.brand_voice"]
SERIES = {"interactions": "Interactions", "right_party_contacts": "Right-party contacts",
          "promises_to_pay": "Promises to pay"}


def _day_start(d: date | None) -> str | None:
    return datetime.combine(d, time.min, tzinfo=UTC).isoformat() if d else None


def _filters(c: ApiClient) -> dict[str, Any]:
    brand_slugs = [""] + [b["slug"] for b in fetch(data.brands, c.base_url, c.api_key)]
    with st.form("kpi_filters", border=True):
        cols = st.columns([2, 2, 2, 1])
        brand = cols[0].selectbox("Brand", brand_slugs, format_func=lambda s: s or "All brands")
        since = cols[1].date_input("From", value=None)
        until = cols[2].date_input("To (inclusive)", value=None)
        cols[3].form_submit_button("Apply", type="primary", width="stretch")
    return {"brand": brand, "since": _day_start(since),
            "until": _day_start(until + timedelta(days=1)) if until else None}


def _tiles(s: dict[str, Any]) -> None:
    st.markdown("##### Recovery")
    r = st.columns(4)
    r[0].metric("Right-party contact", pct(s["right_party_contact_rate"]),
                help="Right-party contacts per analysed voice contact")
    r[0].caption(f"{s['right_party_contacts']} of {s['contacts_voice']} voice contacts")
    r[1].metric("Promise to pay", pct(s["promise_to_pay_rate"]), help="Promises per right-party contact")
    r[1].caption(f"{s['promises_to_pay']} promises · {s['promised_amount']:,.2f} promised")
    r[2].metric("Kept promises", pct(s["kept_promise_rate"]), help="Promises due so far that were paid in full")
    r[2].caption(f"{s['promises_kept']} of {s['promises_due']} due")
    r[3].metric("Digital self-cure", pct(s["digital_self_cure_rate"]),
                help="Digitally contacted accounts that paid without a call")
    st.markdown("##### Customer experience and quality")
    q = st.columns(4)
    q[0].metric("CSAT", num(s["csat_avg"], 2) + (" / 5" if s["csat_avg"] is not None else ""))
    q[0].caption(f"{s['csat_responses']} responses")
    q[1].metric("First-contact resolution", pct(s["first_contact_resolution_rate"]))
    q[2].metric("Average score", num(s["avg_score"]))
    q[2].caption(f"{s['interactions']} interactions")
    q[3].metric("Critical fails", s["critical_fails"])
    q[3].caption(f"{s['disputes']} disputes · {s['cease_requests']} cease requests · {s['hardship']} hardship")


def _daily(daily: list[dict[str, Any]]) -> None:
    if not daily:
        st.caption("No interactions in this window.")
        return
    frame = pd.DataFrame(daily)
    frame["day"] = frame["day"].astype(str)  # ordinal days: one tick per day, no intra-day ticks
    counts = frame.melt(id_vars="day", value_vars=list(SERIES), var_name="series", value_name="count")
    counts["series"] = counts["series"].map(SERIES)
    left, right = st.columns(2)
    with left:
        st.markdown("##### Daily volume and outcomes")
        st.altair_chart(alt.Chart(counts).mark_line(point=True).encode(
            x=alt.X("day:O", title=None, axis=alt.Axis(labelAngle=0)),
            y=alt.Y("count:Q", title="Count", axis=alt.Axis(tickMinStep=1)),
            color=alt.Color("series:N", title=None, legend=alt.Legend(orient="bottom")),
            tooltip=["day", "series", "count"]).properties(height=280), width="stretch")
    with right:
        st.markdown("##### Daily average score")
        st.altair_chart(alt.Chart(frame.dropna(subset=["avg_score"])).mark_line(point=True).encode(
            x=alt.X("day:O", title=None, axis=alt.Axis(labelAngle=0)),
            y=alt.Y("avg_score:Q", title="Average score",
                                                  scale=alt.Scale(domain=[0, 100])),
            tooltip=["day", "avg_score"]).properties(height=280), width="stretch")


def _tone(c: ApiClient, params: dict[str, Any]) -> None:
    st.markdown("##### Tone and quality per agent")
    frame, moments = fetch(data.agent_coaching, c.base_url, c.api_key, data.as_params(params))
    if frame.empty:
        st.caption("No analysed interactions in this window.")
        return
    config: dict[str, Any] = {"agent": st.column_config.TextColumn("Agent"),
                              "score": st.column_config.NumberColumn("Avg score", format="%.1f", width="small"),
                              "interactions": st.column_config.NumberColumn("Contacts", format="%d", width="small"),
                              "critical_fails": st.column_config.NumberColumn("Critical", format="%d", width="small"),
                              "de_escalated": st.column_config.NumberColumn(
                                  "De-escalated", format="percent", width="small",
                                  help="Upset customers who ended the contact in a better mood"),
                              "top_violation": st.column_config.TextColumn("Most frequent violation")}
    for col in frame.columns:
        if col in UNIT_SCORES:
            config[col] = st.column_config.ProgressColumn(col.removeprefix("quality.").replace("_", " ").title(),
                                                          min_value=0.0, max_value=1.0, format="%.2f",
                                                          width="small")
        elif col.startswith("tone.sentiment") or col.startswith("tone.customer_sentiment"):
            label = col.removeprefix("tone.").replace("customer_sentiment_", "Sentiment ").replace("_", " ")
            config[col] = st.column_config.NumberColumn(label, format="%+.2f", width="small")
        elif col.startswith(("quality.", "tone.")):
            label = col.split(".", 1)[1].replace("_", " ").capitalize()
            config[col] = st.column_config.NumberColumn(label, format="%.2f", width="small")
    main = ["agent", "interactions", "score", "critical_fails", *UNIT_SCORES,
            "tone.customer_sentiment_start", "tone.customer_sentiment_end", "de_escalated", "top_violation"]
    order = [c for c in main if c in frame.columns] + sorted(c for c in frame.columns if c not in main)
    st.dataframe(frame, hide_index=True, width="stretch", column_config=config, column_order=order)
    st.caption("Means over the analysed interactions in the window, worst first in the API. Quality scores run 0–1 "
               "(rudeness: lower is better); customer sentiment runs −1 to +1 at the start and end of the "
               "conversation.")
    st.markdown("##### Coaching moments")
    if moments.empty:
        st.caption("No agent utterance lowered a quality score in this window.")
        return
    st.dataframe(moments, hide_index=True, width="stretch", column_config={
        "agent": st.column_config.TextColumn("Agent"), "contact": st.column_config.TextColumn("Contact"),
        "turn": st.column_config.NumberColumn("Turn", format="%d", width="small"),
        "score": st.column_config.TextColumn("Score"),
        "value": st.column_config.NumberColumn("Value", format="%.2f", width="small"),
        "why": st.column_config.TextColumn("Why it counts"), "said": st.column_config.TextColumn("What was said")})
    st.caption("The agent utterances that lowered empathy, politeness, rudeness or brand-voice scores, worst first "
               "per agent (redacted text).")


def render() -> None:
    """The KPIs page."""
    st.title("KPIs")
    c = client()
    params = _filters(c)
    report = fetch(data.kpis, c.base_url, c.api_key, data.as_params(params))
    _tiles(report["summary"])
    st.divider()
    _daily(report["daily"])
    st.divider()
    _tone(c, params)


render()
