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


TONE_PREFIXES = ("quality.", "tone.")
MAX_TONE_INTERACTIONS = 200


@st.cache_data(ttl=120, show_spinner="Collecting tone metrics…")
def agent_tone(base_url: str, api_key: str, params: tuple[tuple[str, Any], ...]) -> pd.DataFrame:
    """Mean quality.* and tone.* metrics per agent over the most recent analysed interactions in the window.

    The API has no per-agent aggregate yet, so this reads each interaction's detail (capped, cached)."""
    c = _client(base_url, api_key)
    query = {**dict(params), "status": "analysed", "limit": 100}
    rows: list[dict[str, Any]] = []
    cursor = None
    while len(rows) < MAX_TONE_INTERACTIONS:
        page = c.get_json("/v1/interactions", {**query, "cursor": cursor})
        for item in page["items"]:
            detail = c.get_json(f"/v1/interactions/{item['id']}")
            tone = {k: v for k, v in detail["metrics"].items() if k.startswith(TONE_PREFIXES)}
            rows.append({"agent": item["agent_ref"] or "(unknown)", "score": item["score"], **tone})
        cursor = page["next_cursor"]
        if not cursor:
            break
    if not rows:
        return pd.DataFrame()
    frame = pd.DataFrame(rows[:MAX_TONE_INTERACTIONS])
    out = frame.groupby("agent").mean(numeric_only=True)
    out.insert(0, "interactions", frame.groupby("agent").size())
    return out.reset_index().sort_values("agent")
