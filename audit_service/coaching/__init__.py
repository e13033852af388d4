"""Coaching: per-agent quality aggregates and the utterances that lowered each agent's scores."""
