"""Contact rules from metadata: allowed hours in the customer's time zones, attempt frequency, quiet periods."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator

from analyzers.document import Channel, Direction, Evidence, SpeakerRole
from analyzers.rules.context import RuleContext
from analyzers.rules.detectors.base import Detector, DetectorParams, Verdict, register_detector


def contact_time(ctx: RuleContext) -> datetime | None:
    """When this contact happened: the call start, or the first message sent by the brand side."""
    when = ctx.doc.meta.started_at
    if when is None:
        for u in ctx.utterances:
            if u.sent_at is not None and u.role in (SpeakerRole.agent, SpeakerRole.system):
                when = u.sent_at
                break
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # naive timestamps are taken as UTC, as the API documents
    return when


def _parse_hhmm(v: str) -> time:
    try:
        return time.fromisoformat(v)
    except ValueError as exc:
        raise ValueError(f"{v!r} is not HH:MM") from exc


class HoursParams(DetectorParams):
    earliest: str = Field(default="08:00", description="Local time from which contact is allowed.")
    latest: str = Field(default="21:00", description="Local time from which contact is no longer allowed.")
    default_timezones: list[str] = Field(
        default_factory=list, description="Used when the customer's time zones are unknown."
    )

    @field_validator("earliest", "latest")
    @classmethod
    def _hhmm(cls, v: str) -> str:
        _parse_hhmm(v)
        return v

    @field_validator("default_timezones")
    @classmethod
    def _zones(cls, v: list[str]) -> list[str]:
        for z in v:
            try:
                ZoneInfo(z)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError(f"unknown time zone {z!r}") from exc
        return v


def outside_hours(when: datetime, zones: list[str], earliest: time, latest: time) -> list[tuple[str, datetime]]:
    """The zones (with local times) in which `when` falls outside [earliest, latest)."""
    bad: list[tuple[str, datetime]] = []
    for z in zones:
        local = when.astimezone(ZoneInfo(z))
        t = local.time().replace(tzinfo=None)
        if t < earliest or t >= latest:
            bad.append((z, local))
    return bad


@register_detector
class ContactHours(Detector):
    """Violated when the contact falls outside allowed hours in ANY known time zone of the customer (strictest)."""

    name: ClassVar[str] = "contact_hours"
    version: ClassVar[str] = "1"
    Params: ClassVar[type[DetectorParams]] = HoursParams

    def detect(self, ctx: RuleContext, params: DetectorParams) -> Verdict | None:
        p: HoursParams = params  # type: ignore[assignment]
        when = contact_time(ctx)
        zones = []
        for z in ctx.doc.meta.customer_timezones or p.default_timezones:
            try:
                ZoneInfo(z)
                zones.append(z)
            except (ZoneInfoNotFoundError, ValueError):
                continue  # an unknown zone in metadata cannot be judged; the others still are
        if when is None or not zones:
            return None
        bad = outside_hours(when, zones, _parse_hhmm(p.earliest), _parse_hhmm(p.latest))
        shown = bad or [(z, when.astimezone(ZoneInfo(z))) for z in zones]
        desc = ", ".join(f"{lt:%Y-%m-%d %H:%M} {z}" for z, lt in shown)
        ev = [Evidence(excerpt=f"contact at {when.isoformat()} = {desc}")]
        if bad:
            return Verdict(
                violated=True,
                explanation=f"Contact outside {p.earliest}-{p.latest} local time: {desc}.",
                evidence=ev,
            )
        return Verdict(
            violated=False, explanation=f"Contact inside {p.earliest}-{p.latest} in all of: {desc}.", evidence=ev
        )


class FrequencyParams(DetectorParams):
    max_calls: int = Field(default=7, ge=1, description="Most calls allowed in the window, this one included.")
    window_days: float = Field(default=7, gt=0)
    quiet_days_after_conversation: float | None = Field(
        default=7, description="No call within this many days after a telephone conversation; null to skip."
    )


@register_detector
class ContactFrequency(Detector):
    """Violated when this call is one too many in the rolling window, or follows a conversation too soon."""

    name: ClassVar[str] = "contact_frequency"
    version: ClassVar[str] = "1"
    Params: ClassVar[type[DetectorParams]] = FrequencyParams

    def detect(self, ctx: RuleContext, params: DetectorParams) -> Verdict | None:
        p: FrequencyParams = params  # type: ignore[assignment]
        now = contact_time(ctx)
        if now is None:
            return None
        calls: list[datetime] = []  # our earlier call attempts
        conversations: list[datetime] = []  # telephone conversations, whoever called (Reg F counts both)
        for a in ctx.doc.meta.contact_history:
            at = a.at if a.at.tzinfo else a.at.replace(tzinfo=UTC)
            if a.channel != Channel.voice or at >= now:
                continue
            if a.direction == Direction.outbound:
                calls.append(at)
            if a.conversation:
                conversations.append(at)
        in_window = [at for at in calls if now - at < timedelta(days=p.window_days)]
        count = len(in_window) + 1
        problems = []
        if count > p.max_calls:
            problems.append(f"{count} calls within {p.window_days:g} days (this one included; limit {p.max_calls})")
        if p.quiet_days_after_conversation is not None:
            quiet = timedelta(days=p.quiet_days_after_conversation)
            convs = [at for at in conversations if now - at < quiet]
            if convs:
                problems.append(
                    f"call {(now - max(convs)).total_seconds() / 86400:.1f} days after a telephone conversation "
                    f"(quiet period {p.quiet_days_after_conversation:g} days)"
                )
        ev = [Evidence(excerpt=f"{count} call(s) in the last {p.window_days:g} days incl. this one")]
        if problems:
            return Verdict(violated=True, explanation="; ".join(problems) + ".", evidence=ev)
        return Verdict(
            violated=False,
            explanation=f"{count} call(s) in {p.window_days:g} days; no recent conversation.",
            evidence=ev,
        )
