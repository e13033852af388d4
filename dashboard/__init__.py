"""The Fairline dashboard (Streamlit). It reads everything through the HTTP API with an API key."""
