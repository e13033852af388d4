"""Shapes of the KPI API."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class KpiEventCreate(BaseModel):
    """An event from the brand's systems: a payment, a survey answer, a resolution flag."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"external_id": "pay-88121", "kind": "payment_received", "brand": "lumen", "account_ref": "ACC-778812",
         "amount": 25.0, "currency": "USD", "occurred_at": "2026-11-27T09:00:00Z"},
        {"external_id": "survey-1", "kind": "csat", "brand": "lumen", "account_ref": "ACC-778812", "value": 4,
         "occurred_at": "2026-11-23T18:00:00Z"}]})

    external_id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:\-]{0,199}$")
    kind: Literal["payment_received", "csat", "first_contact_resolution", "digital_self_cure"]
    brand: str
    account_ref: str | None = Field(default=None, max_length=200)
    interaction_id: str | None = None
    value: float | None = Field(default=None, description="csat: 1-5; first_contact_resolution: 1 or 0")
    amount: float | None = Field(default=None, ge=0)
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    occurred_at: datetime


class KpiSummary(BaseModel):
    since: datetime | None
    until: datetime | None
    brand: str | None
    interactions: int
    contacts_voice: int
    right_party_contacts: int
    right_party_contact_rate: float | None
    promises_to_pay: int
    promise_to_pay_rate: float | None = Field(description="Promises per right-party contact")
    promises_due: int
    promises_kept: int
    kept_promise_rate: float | None
    promised_amount: float
    csat_avg: float | None
    csat_responses: int
    first_contact_resolution_rate: float | None
    digital_self_cure_rate: float | None = Field(description="Digitally contacted accounts that paid with no call")
    disputes: int
    cease_requests: int
    hardship: int
    avg_score: float | None
    critical_fails: int


class DailyPoint(BaseModel):
    day: date
    interactions: int
    right_party_contacts: int
    promises_to_pay: int
    avg_score: float | None
