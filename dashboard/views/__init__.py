"""Dashboard pages (run by st.navigation as scripts)."""
