"""Fairline dashboard entry point: `streamlit run dashboard/app.py`.

Reads FAIRLINE_API_URL and FAIRLINE_API_KEY; without a key it shows a sign-in page where a key can be typed
(kept in this browser session only). Pages are declared with st.navigation, one file each under views/.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import data
from dashboard.client import ApiError, ApiUnavailable, env_key, env_url
from dashboard.ui import KEY_STATE, current_key, show_error

HERE = Path(__file__).resolve().parent
VIEWS = HERE / "views"

st.set_page_config(page_title="Fairline", page_icon="⚖️", layout="wide")

signin = st.Page(VIEWS / "signin.py", title="Sign in", icon=":material/key:", url_path="signin")
pages = {
    "QA audit": [st.Page(VIEWS / "interactions.py", title="Interactions", icon=":material/forum:",
                         url_path="interactions", default=True)],
    "Compliance": [st.Page(VIEWS / "compliance.py", title="Compliance", icon=":material/gavel:",
                           url_path="compliance")],
    "Brand": [st.Page(VIEWS / "kpis.py", title="KPIs", icon=":material/monitoring:", url_path="kpis")],
}

key = current_key()
who = None
if key:
    try:
        who = data.me(env_url(), key)
    except ApiUnavailable as exc:
        show_error(exc)
        if st.button("Retry"):
            st.cache_data.clear()
            st.rerun()
        st.stop()
    except ApiError as exc:
        show_error(exc)
        if st.session_state.get(KEY_STATE):
            st.session_state.pop(KEY_STATE)  # a refused typed key: back to the sign-in page
        elif env_key():
            st.caption("The key comes from FAIRLINE_API_KEY; fix it there or sign in with another key below.")

if who is None:
    st.navigation([signin], position="hidden").run()
else:
    with st.sidebar:
        st.markdown(f"**{who['tenant_name']}**  \n{who['role']} · {', '.join(who['jurisdictions'])}")
        st.caption(f"Key `{who['key_prefix']}` · scopes: {', '.join(who['scopes'])}"
                   + (f" · brand: {who['brand']}" if who.get("brand") else ""))
        st.caption(f"API: {env_url()}")
        if st.button("Refresh data", key="refresh", help="Results are cached for 30 seconds"):
            st.cache_data.clear()
            st.rerun()
        if st.session_state.get(KEY_STATE) and st.button("Sign out", key="sign_out"):
            st.session_state.pop(KEY_STATE)
            st.cache_data.clear()
            st.rerun()
    st.navigation(pages).run()
