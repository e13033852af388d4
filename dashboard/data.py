"""Cached API reads. The cache key includes the base URL and the API key, so two signed-in users never
share results; a short TTL keeps freshly analysed interactions visible."""

from __future__ import annotations

import io
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.client import ApiClient

TTL_S = 30


def _client(base_url: str, api_key: str) -> ApiClient:
    return ApiClient(base_url, api_key)


@st.cache_data(ttl=TTL_S, show_spinner=False)
def me(base_url: str, api_key: str) -> dict[str, Any]:
    """The calling key's tenant, scopes and brand binding."""
    result: dict[str, Any] = _client(base_url, api_key).get_json("/v1/me")
    return result


@st.cache_data(ttl=TTL_S, show_spinner=False)
def brands(base_url: str, api_key: str) -> list[dict[str, Any]]:
    """Brands the key may see."""
    result: list[dict[str, Any]] = _client(base_url, api_key).get_json("/v1/brands")
    return result


@st.cache_data(ttl=TTL_S, show_spinner=False)
def interactions(base_url: str, api_key: str, params: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    """One page of the interaction list."""
    result: dict[str, Any] = _client(base_url, api_key).get_json("/v1/interactions", dict(params))
    return result


@st.cache_data(ttl=TTL_S, show_spinner=False)
def interaction(base_url: str, api_key: str, interaction_id: str) -> dict[str, Any]:
    """One interaction with transcript, findings, outcomes and scores."""
    result: dict[str, Any] = _client(base_url, api_key).get_json(f"/v1/interactions/{interaction_id}")
    return result


@st.cache_data(ttl=300, show_spinner=False)
def audio(base_url: str, api_key: str, interaction_id: str) -> bytes:
    """The redacted recording (FLAC)."""
    return _client(base_url, api_key).get_bytes(f"/v1/interactions/{interaction_id}/audio")


@st.cache_data(ttl=TTL_S, show_spinner=False)
def kpis(base_url: str, api_key: str, params: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    """KPI summary and daily series."""
    result: dict[str, Any] = _client(base_url, api_key).get_json("/v1/kpis", dict(params))
    return result


@st.cache_data(ttl=TTL_S, show_spinner=False)
def findings_csv(base_url: str, api_key: str, params: tuple[tuple[str, Any], ...]) -> bytes:
    """The findings export (CSV bytes) for these filters."""
    return _client(base_url, api_key).get_bytes("/v1/exports/findings.csv", dict(params))


def findings_frame(csv_bytes: bytes) -> pd.DataFrame:
    """The findings export as a DataFrame (empty frame with the columns when there are no rows)."""
    frame = pd.read_csv(io.BytesIO(csv_bytes), dtype={"evidence_utterances": str, "agent": str})
    frame["started_at"] = pd.to_datetime(frame["started_at"], utc=True, errors="coerce")
    return frame


def evidence_pdf(base_url: str, api_key: str, interaction_id: str) -> bytes:
    """The evidence pack of one interaction (not cached: each export is audit-logged)."""
    return _client(base_url, api_key).get_bytes(f"/v1/interactions/{interaction_id}/evidence.pdf")


def as_params(values: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    """Filters as a hashable, order-independent cache key."""
    return tuple(sorted((k, v) for k, v in values.items() if v not in (None, "", [])))


@st.cache_data(ttl=120, show_spinner="Collecting tone metrics…")
def agent_coaching(base_url: str, api_key: str, params: tuple[tuple[str, Any], ...]
                   ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per-agent averages (one row per agent) and the moments that lowered their scores (worst first)."""
    report = _client(base_url, api_key).get_json("/v1/coaching/agents", {**dict(params), "moments": 5})
    rows, moments = [], []
    for a in report["agents"]:
        agent = a["agent_ref"] or "(unknown)"
        top = next(iter(a["violations"]), None)
        rows.append({"agent": agent, "interactions": a["interactions"], "score": a["avg_score"],
                     "critical_fails": a["critical_fails"], "de_escalated": a["de_escalated_rate"],
                     "top_violation": f"{top} ({a['violations'][top]})" if top else "", **a["averages"]})
        moments.extend({"agent": agent, "contact": m["external_id"], "turn": m["utterance"], "score": m["score"],
                        "value": m["value"], "why": m["reason"], "said": m["excerpt"]} for m in a["moments"])
    frame = pd.DataFrame(rows)
    return (frame.sort_values("agent").reset_index(drop=True) if not frame.empty else frame), pd.DataFrame(moments)
