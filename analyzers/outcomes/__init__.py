"""Outcomes of a conversation with their evidence: right-party contact, promise to pay, dispute, cease request,
wrong number, hardship. Importing this package registers the `outcomes` stage."""

from analyzers.outcomes import stage  # noqa: F401
