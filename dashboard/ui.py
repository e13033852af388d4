"""Shared page helpers: the signed-in API client, error display, formatting, transcript highlighting."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, NoReturn, TypeVar

import streamlit as st

from dashboard.client import ApiClient, ApiError, ApiUnavailable, env_key, env_url

T = TypeVar("T")
KEY_STATE = "api_key"

_HINTS = {
    401: "Check the API key, or sign in again with a valid key.",
    403: "This key is not allowed to do that; ask an admin for a key with the needed scope or brand.",
    404: "It may have been deleted, or belong to a brand this key cannot see.",
}


def current_key() -> str | None:
    """The key typed on the sign-in page, else FAIRLINE_API_KEY."""
    return st.session_state.get(KEY_STATE) or env_key()


def client() -> ApiClient:
    """The API client for the signed-in key (pages run only after sign-in)."""
    key = current_key()
    if not key:
        st.warning("Not signed in.")
        st.stop()
    return ApiClient(env_url(), key)


def show_error(exc: Exception) -> None:
    """A clear message for an unreachable API or a refused request, with the API's error code."""
    if isinstance(exc, ApiUnavailable):
        st.error(f"**The Fairline API is not reachable** at `{exc.base_url}` ({exc.reason}). "
                 "Check that the service is running and that FAIRLINE_API_URL points to it.", icon="⚠️")
    elif isinstance(exc, ApiError):
        hint = _HINTS.get(exc.status, "")
        st.error(f"**The API refused the request:** {exc.message or 'no message'}  \n"
                 f"Error code `{exc.code}` (HTTP {exc.status}). {hint}", icon="⛔")
    else:
        raise exc


def fetch(fn: Callable[..., T], *args: Any) -> T:
    """Call a data function; on an API problem show the error and stop this page run."""
    try:
        return fn(*args)
    except (ApiError, ApiUnavailable) as exc:
        show_error(exc)
        stop()


def stop() -> NoReturn:
    st.stop()
    raise RuntimeError("unreachable")  # st.stop raises; this keeps type checkers honest


def clock(seconds: float | None) -> str:
    """Seconds from the start of a call as mm:ss.s."""
    if seconds is None:
        return ""
    minutes, secs = divmod(float(seconds), 60)
    return f"{int(minutes):02d}:{secs:04.1f}"


def span(start: float | None, end: float | None) -> str:
    """A time span such as 00:12.0–00:15.5 (empty for messages without times)."""
    if start is None and end is None:
        return ""
    return f"{clock(start)}–{clock(end)}"


def when(value: str | None) -> str:
    """An ISO timestamp from the API as 'YYYY-MM-DD HH:MM UTC'."""
    if not value:
        return ""
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return value


def pct(rate: float | None) -> str:
    """A 0..1 rate as a percentage, or an em dash when there is no denominator."""
    return "—" if rate is None else f"{rate * 100:.1f}%"


def num(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


_PII_STYLE = ("background:#fdf1d6;color:#7a4a00;border:1px solid #f0d9a6;border-radius:3px;"
              "padding:0 3px;font-family:ui-monospace,monospace;font-size:0.9em")


def highlight(text: str, spans: Iterable[dict[str, Any]]) -> str:
    """HTML of a redacted utterance with each redaction span marked (type in the tooltip); text is escaped."""
    out: list[str] = []
    pos = 0
    for s in sorted(spans, key=lambda s: s["char_start"]):
        start, end = int(s["char_start"]), int(s["char_end"])
        if start < pos or end > len(text):
            continue  # overlapping or stale span: show plain text rather than guess
        out.append(html.escape(text[pos:start]))
        out.append(f'<span class="pii" title="{html.escape(str(s.get("entity_type", "")))}" '
                   f'style="{_PII_STYLE}">{html.escape(text[start:end])}</span>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


_TAG = re.compile(r"<[A-Z][A-Z0-9_]*>")


def highlight_tags(text: str) -> str:
    """HTML of a redacted excerpt with typed redaction tags such as <CREDIT_CARD> marked; text is escaped."""
    out: list[str] = []
    pos = 0
    for m in _TAG.finditer(text):
        out.append(html.escape(text[pos:m.start()]))
        out.append(f'<span class="pii" style="{_PII_STYLE}">{html.escape(m.group())}</span>')
        pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


def evidence_html(evidence: list[dict[str, Any]]) -> str:
    """A finding's or outcome's evidence as readable rows: utterance, time span, speaker, full excerpt."""
    rows = []
    for e in evidence:
        where = " · ".join(p for p in (f"utterance #{e['utterance']}" if e.get("utterance") is not None else "",
                                       span(e.get("start"), e.get("end")), e.get("speaker_role") or "") if p)
        rows.append(
            '<div class="evidence" style="border-left:3px solid #d0d5dd;padding:0.2rem 0 0.2rem 0.75rem;'
            'margin:0.35rem 0">'
            f'<div style="color:#667085;font-size:0.8em">{html.escape(where)}</div>'
            f'<div>{highlight_tags(e.get("excerpt") or "")}</div></div>')
    return "".join(rows)


ROLE_COLOURS = {"agent": "#1f4e79", "customer": "#3d6b35", "third_party": "#7a4a00", "system": "#555b63"}


def transcript_html(utterances: list[dict[str, Any]], redactions: list[dict[str, Any]]) -> str:
    """The redacted transcript as one HTML block, PII spans highlighted."""
    by_utt: dict[int, list[dict[str, Any]]] = {}
    for r in redactions:
        if r.get("source", "text") == "text":
            by_utt.setdefault(int(r["utterance"]), []).append(r)
    rows = []
    for u in utterances:
        stamp = clock(u.get("start")) if u.get("start") is not None else when(u.get("sent_at"))
        colour = ROLE_COLOURS.get(u["role"], "#333")
        rows.append(
            '<div style="display:flex;gap:0.75rem;padding:0.3rem 0;border-bottom:1px solid #eceef1">'
            f'<div style="min-width:2.2rem;color:#8a9099;font-size:0.8em">#{u["index"]}</div>'
            f'<div style="min-width:5.5rem;color:#8a9099;font-size:0.8em;font-family:ui-monospace,monospace">'
            f'{html.escape(stamp)}</div>'
            f'<div style="min-width:5.5rem;color:{colour};font-weight:600">{html.escape(u["role"])}</div>'
            f'<div style="flex:1">{highlight(u["text"], by_utt.get(int(u["index"]), []))}</div></div>')
    return '<div class="transcript">' + "".join(rows) + "</div>"
