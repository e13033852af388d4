"""Holidays that fall on the same calendar day every year ("new year's eve", "christmas eve", "boxing day"): naming
one names that day. Movable feasts (Easter, Diwali, Eid) and a bare "christmas" (often a season: "after
christmas") are left out."""

from __future__ import annotations

import re

# (month, day) for each holiday's names, apostrophe and "day" optional as speech and texts drop them.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    r"new\s+year'?s?\s+eve|nye": (12, 31),
    r"new\s+year'?s?\s+day": (1, 1),
    r"christmas\s+eve|xmas\s+eve": (12, 24),
    r"christmas\s+day|xmas\s+day": (12, 25),
    r"boxing\s+day": (12, 26),
}
HOLIDAY_RX = re.compile(r"\b(?:" + "|".join(f"(?P<h{i}>{rx})" for i, rx in enumerate(FIXED_HOLIDAYS)) + r")\b",
                        re.IGNORECASE)


def holiday_month_day(m: re.Match[str]) -> tuple[int, int]:
    """The (month, day) of the holiday a HOLIDAY_RX match names."""
    index = next(i for i, v in enumerate(m.groups()) if v is not None)
    return list(FIXED_HOLIDAYS.values())[index]
