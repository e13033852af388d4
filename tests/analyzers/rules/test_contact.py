"""Contact rules from metadata: local hours in the strictest time zone (DST included), frequency, quiet period."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any

import pytest
import yaml

from analyzers.rules import dry_run
from analyzers.rules.detectors.contact import outside_hours


def _pack(kind: str, params: dict[str, Any], category: str) -> str:
    return yaml.safe_dump(
        {
            "id": "t",
            "title": "t",
            "version": 1,
            "rules": [
                {
                    "id": "t.rule",
                    "version": 1,
                    "title": "contact",
                    "category": category,
                    "severity": "high",
                    "citation": "test",
                    "detection": {"kind": kind, "params": params},
                }
            ],
        }
    )


HOURS = _pack("contact_hours", {}, "contact.outside_allowed_hours")
NY, LA = "America/New_York", "America/Los_Angeles"


@pytest.mark.parametrize(
    ("utc", "zones", "violated"),
    [
        ("2024-01-15T12:30", [NY], True),  # 07:30 EST
        ("2024-01-15T13:00", [NY], False),  # 08:00 EST: allowed from 08:00
        ("2024-01-16T01:59", [NY], False),  # 20:59 EST
        ("2024-01-16T02:00", [NY], True),  # 21:00 EST: no longer allowed
        ("2024-03-09T12:30", [NY], True),  # 07:30 EST, the day before DST starts
        ("2024-03-11T12:30", [NY], False),  # 08:30 EDT, after DST started
        ("2024-11-02T12:30", [NY], False),  # 08:30 EDT, the day before DST ends
        ("2024-11-03T12:30", [NY], True),  # 07:30 EST, DST has ended
        ("2024-01-15T14:30", [NY, LA], True),  # 09:30 New York, 06:30 Los Angeles: strictest wins
        ("2024-01-16T01:30", [NY, LA], False),  # 20:30 New York, 17:30 Los Angeles
        ("2024-01-16T02:30", [LA, NY], True),  # 18:30 Los Angeles, 21:30 New York
        ("2024-01-15T17:00", [NY, LA], False),  # 12:00 / 09:00
        ("2024-07-01T06:30", ["Europe/London"], True),  # 07:30 BST
        ("2024-07-01T07:00", ["Europe/London"], False),  # 08:00 BST
        ("2024-06-30T20:30", ["Europe/London"], True),  # 21:30 BST
        ("2024-07-01T02:00", ["Asia/Kolkata"], True),  # 07:30 IST (UTC+05:30)
        ("2024-07-01T12:30", ["Asia/Kolkata"], False),  # 18:00 IST
    ],
)
def test_contact_hours_in_strictest_zone(utc: str, zones: list[str], violated: bool) -> None:
    when = datetime.fromisoformat(utc).replace(tzinfo=UTC)
    assert bool(outside_hours(when, zones, time(8), time(21))) == violated
    findings = dry_run(
        [{"speaker": "agent", "text": "Hello"}], {"started_at": when.isoformat(), "customer_timezones": zones}, HOURS
    )
    assert findings[0].status.value == ("violated" if violated else "met")
    assert findings[0].evidence and "contact at" in findings[0].evidence[0].excerpt


def test_contact_hours_meta_edge_cases() -> None:
    hello = [{"speaker": "agent", "text": "Hello"}]
    # naive timestamps are UTC
    assert (
        dry_run(hello, {"started_at": "2024-01-15T12:30:00", "customer_timezones": [NY]}, HOURS)[0].status == "violated"
    )
    # no time zone known: not evaluated (no finding), rather than guessed
    assert dry_run(hello, {"started_at": "2024-01-15T12:30:00Z"}, HOURS) == []
    # an unknown zone is skipped, the known one still judged
    f = dry_run(hello, {"started_at": "2024-01-15T12:30:00Z", "customer_timezones": ["Mars/Base", NY]}, HOURS)
    assert f[0].status == "violated"
    # messages: the first brand message's sent_at is the contact time
    sms = [{"speaker": "agent", "text": "Acme: reminder", "sent_at": "2024-01-16T03:00:00Z"}]
    assert dry_run(sms, {"channel": "sms", "customer_timezones": [LA]}, HOURS)[0].status == "met"  # 19:00 PST
    sms[0]["sent_at"] = "2024-01-16T06:00:00Z"  # 22:00 PST
    assert dry_run(sms, {"channel": "sms", "customer_timezones": [LA]}, HOURS)[0].status == "violated"


def test_pack_default_timezone_used_when_customer_zone_unknown() -> None:
    pack = _pack("contact_hours", {"default_timezones": [LA]}, "contact.outside_allowed_hours")
    assert (
        dry_run([{"speaker": "agent", "text": "Hi"}], {"started_at": "2024-08-02T04:15:00Z"}, pack)[0].status
        == "violated"
    )


FREQ = _pack("contact_frequency", {}, "contact.frequency_exceeded")
NOW = "2024-05-08T15:00:00+00:00"


def _calls(*days_ago: float, conversation: bool = False) -> list[dict[str, Any]]:
    base = datetime.fromisoformat(NOW)
    from datetime import timedelta

    return [{"at": (base - timedelta(days=d)).isoformat(), "conversation": conversation} for d in days_ago]


@pytest.mark.parametrize(
    ("history", "violated"),
    [
        (_calls(1, 2, 3, 4, 5, 6), False),  # this is the 7th call in 7 days: allowed
        (_calls(0.1, 1, 2, 3, 4, 5, 6), True),  # the 8th
        (_calls(1, 2, 3, 4, 5, 6, 7.5), False),  # one of them is outside the rolling window
        (_calls(2, conversation=True), True),  # a conversation 2 days ago
        (_calls(7.1, conversation=True), False),  # quiet period over
        ([{"at": "2024-05-07T15:00:00Z", "channel": "sms"}] * 9, False),  # texts are not calls
        (
            [{"at": "2024-05-07T15:00:00Z", "direction": "inbound", "conversation": True}],
            True,
        ),  # they called us: still a conversation
        (_calls(-1, -2), False),  # future entries (scheduled) are not attempts
    ],
)
def test_call_frequency_and_quiet_period(history: list[dict[str, Any]], violated: bool) -> None:
    f = dry_run([{"speaker": "agent", "text": "Hi"}], {"started_at": NOW, "contact_history": history}, FREQ)
    assert f[0].status.value == ("violated" if violated else "met"), f[0].explanation
