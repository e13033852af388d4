"""Redaction policies per tenant: a typed tag, a mask (cards keep their last four), or a keyed hash."""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator

from analyzers.pii.spoken import normalise_spoken

Policy = Literal["tag", "mask", "hash"]
_DIGIT_TYPES = {"CREDIT_CARD", "CARD_SECURITY_CODE", "CARD_EXPIRY", "PIN", "US_SSN", "US_BANK_NUMBER",
                "ABA_ROUTING_NUMBER", "UK_SORT_CODE", "PHONE_NUMBER", "DIGIT_SEQUENCE", "ID_NUMBER"}


class RedactionPolicy(BaseModel):
    """What replaces each PII value: per entity type, else the default."""

    model_config = ConfigDict(extra="forbid")

    default: Policy = "tag"
    per_type: dict[str, Policy] = Field(default_factory=dict)
    hash_secret: SecretStr | None = None

    @model_validator(mode="after")
    def _secret_for_hash(self) -> RedactionPolicy:
        uses_hash = self.default == "hash" or "hash" in self.per_type.values()
        if uses_hash and (self.hash_secret is None or len(self.hash_secret.get_secret_value()) < 16):
            raise ValueError("the hash policy needs a tenant hash_secret of at least 16 characters")
        return self

    def policy_for(self, entity_type: str) -> Policy:
        """The policy that applies to an entity type."""
        return self.per_type.get(entity_type, self.default)

    def replacement(self, entity_type: str, value: str) -> str:
        """The text that stands where the value was."""
        policy = self.policy_for(entity_type)
        if policy == "tag":
            return f"<{entity_type}>"
        if policy == "mask":
            return mask(entity_type, value)
        assert self.hash_secret is not None  # checked by the validator
        key = self.hash_secret.get_secret_value().encode()
        digest = hmac.new(key, canonical(entity_type, value).encode(), hashlib.sha256).hexdigest()[:16]
        return f"<{entity_type}:{digest}>"


def canonical(entity_type: str, value: str) -> str:
    """The form that is hashed, so 'four one one one...' and '4111 ...' link to the same value."""
    if entity_type in _DIGIT_TYPES:
        digits = "".join(ch for ch in normalise_spoken(value).text if ch.isdigit())
        if digits:
            return f"{entity_type}:{digits}"
    low = value.lower()
    if entity_type == "EMAIL_ADDRESS":
        low = re.sub(r"\s+(?:dot|period|point)\s+", ".", low)
        low = re.sub(r"\s+(?:at|at sign)\s+", "@", low)
        low = re.sub(r"\s+(?:underscore)\s+", "_", low)
    return f"{entity_type}:{' '.join(low.split())}"


def mask(entity_type: str, value: str) -> str:
    """Stars for every character; card numbers keep their last four digits (PCI DSS allows showing them)."""
    if entity_type == "CREDIT_CARD":
        digits = "".join(ch for ch in normalise_spoken(value).text if ch.isdigit())
        if len(digits) >= 13:
            return "*" * (len(digits) - 4) + digits[-4:]
        return "*" * max(len(digits), 4)
    return "*" * max(len(value), 1)
