"""Sign-in: type an API key; it is checked against /v1/me and kept in this browser session only."""

from __future__ import annotations

import streamlit as st

from dashboard import data
from dashboard.client import ApiError, ApiUnavailable, env_url
from dashboard.ui import KEY_STATE, show_error

st.title("Fairline")
st.caption("Compliance and quality audits of collections conversations")
st.write(f"Sign in with an API key that has the **read** scope (and **export** for downloads). "
         f"API: `{env_url()}`")
with st.form("signin"):
    typed = st.text_input("API key", type="password", placeholder="fl_…")
    submitted = st.form_submit_button("Sign in", type="primary")
if submitted:
    if not typed.strip():
        st.warning("Enter an API key.")
    else:
        try:
            data.me(env_url(), typed.strip())
        except (ApiError, ApiUnavailable) as exc:
            show_error(exc)
        else:
            st.session_state[KEY_STATE] = typed.strip()
            st.rerun()
