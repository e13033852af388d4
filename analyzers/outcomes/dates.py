"""Due dates in utterance text, resolved against the interaction's local date.

'today', 'tomorrow', 'Friday', 'next Friday', 'the fifteenth', 'March 3rd', 'the 1st of next month',
'end of the month', 'end of the week' (Friday), 'Friday next week', 'in two weeks', '3/15', '2027-03-15'.
Relative dates need a reference date: the call's start in the customer's time zone (or the document's reference
date); without one they stay unresolved.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from analyzers.outcomes.fixed_holidays import HOLIDAY_RX, holiday_month_day
from analyzers.outcomes.money import CURRENCY_CODES_RX
from analyzers.outcomes.numbers import NUMBER_WORDS_RX, ORDINAL_WORDS_RX, ordinal_to_day, parse_number

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH_RX = r"(?:january|february|march|april|may|june|july|august|september|october|november|december" \
            r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
# "the 15.99" is an amount, "the 10:30" a time: a day number is not followed by a decimal or time part.
# No month has a 32nd day: "ill bung the 35 in on friday" names money, not a day.
_DAY_RX = rf"(?:(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?(?![.,:]\d)|{ORDINAL_WORDS_RX})"
# "december twenty", "december twenty one": a cardinal day said after the month (speech, ASR)
_DAY_CARDINAL_RX = (r"(?:thirty[\s-]one|thirty|twenty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
                    r"nineteen|eighteen|seventeen|sixteen|fifteen|fourteen|thirteen|twelve|eleven|ten|one|two|three|"
                    r"four|five|six|seven|eight|nine)(?![\s-]+(?:hundred|thousand|dollars?|pounds?|euros?|pesos?|"
                    r"rand|rupees?|bucks?|quid))")
# Texted abbreviations too ("fri", "thurs"); not "sat"/"sun", which are ordinary words.
# Malay weekday names, said inside English in Malaysia and Singapore: "I pay RM200 hari Jumaat".
MALAY_WEEKDAYS = {"isnin": 0, "selasa": 1, "rabu": 2, "khamis": 3, "jumaat": 4, "jumat": 4, "sabtu": 5, "ahad": 6}
_WD_RX = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thurs?|thu|fri|"
          + "|".join(MALAY_WEEKDAYS) + ")")


def weekday_index(name: str) -> int:
    """Monday-based index of a weekday name, abbreviation or Malay name."""
    name = name.lower()
    if name in MALAY_WEEKDAYS:
        return MALAY_WEEKDAYS[name]
    return next(i for i, full in enumerate(WEEKDAYS) if full.startswith(name[:3]))


@dataclass(frozen=True)
class DateMention:
    """A date found in text; `value` is None when it could not be resolved."""

    value: date | None
    start: int
    end: int
    text: str


def reference_date(started_at: datetime | None, timezones: list[str], fallback: date | None) -> date | None:
    """The interaction's local date for the customer: start time in their first time zone, else the fallback."""
    if started_at is None:
        return fallback
    when = started_at if started_at.tzinfo else started_at.replace(tzinfo=UTC)
    for tz in timezones:
        try:
            return when.astimezone(ZoneInfo(tz)).date()
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return when.date()


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _next_day_of_month(ref: date, day: int) -> date | None:
    """The next date (today included) that falls on this day of a month."""
    if not 1 <= day <= 31:
        return None
    for k in range(0, 13):
        first = _add_months(ref.replace(day=1), k)
        if day <= calendar.monthrange(first.year, first.month)[1]:
            d = first.replace(day=day)
            if d >= ref:
                return d
    return None


def _next_month_day(ref: date, month: int, day: int, year: int | None) -> date | None:
    if year is not None:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    for y in (ref.year, ref.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d >= ref:
            return d
    return None


def weekday_date(ref: date, weekday: int, modifier: str, rule: str = "following_week") -> date:
    """The date a weekday name points at.

    'Friday' / 'this Friday' / 'coming Friday': the next Friday after today. 'next Friday' with the
    'following_week' rule: the Friday of next calendar week (Mon-Sun), which is the coming Friday only when
    today is already past Friday; with 'next_occurrence' it is simply the coming Friday.
    """
    ahead = (weekday - ref.weekday()) % 7 or 7
    coming = ref + timedelta(days=ahead)
    if modifier == "next" and rule == "following_week":
        same_week = coming.isocalendar()[:2] == ref.isocalendar()[:2]
        return coming + timedelta(days=7) if same_week else coming
    return coming


# "the first payment", "on the first date", "the second one": an ordinal that counts instalments or things, not a day
# ... nor one in an idiom of order: "taken in the first place", "in the first instance", "the second attempt"
_ORDINAL_NOUN_RX = (r"(?:payment|instal|install|time|one|person|option|floor|day|week|month|year|date|bill|charge|"
                    r"amount|deposit|transfer|cheque|check|box|half|part|lot|place|instance|attempt|step)")

# "ill bung the 25 in", "chuck the 20 over": a number between a putting verb and its particle is the money put in, not
# a day, whatever day the turn names elsewhere
PUT_IN_FIGURE = re.compile(r"(?:(?<=\bbung\s)|(?<=\bchuck\s)|(?<=\bput\s)|(?<=\bpop\s)|(?<=\bstick\s)|(?<=\bthrow\s))"
                           r"the\s+\d{1,3}\s+(?:in|over|across|through)\b", re.IGNORECASE)

_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>20\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")),
    ("numeric", re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{2,4}))?\b")),
    # "30.11." / "12.11.2026": dotted dates are day first wherever they are written
    ("dotted", re.compile(r"(?<![\d.,$£€])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?:(?P<y>\d{4}|\d{2})\b)?(?!\d)")),
    ("day_month", re.compile(rf"\b(?:the\s+)?(?P<d>{_DAY_RX})\s+(?:of\s+)?(?P<mon>{_MONTH_RX})\b"
                             rf"(?:,?\s+(?P<y>20\d\d))?",
                             re.IGNORECASE)),
    # "on twenty december": a cardinal day before the month, only after a preposition ("ten may" is not a date)
    ("day_month", re.compile(rf"\b(?:on|by|for|before|until)\s+(?:the\s+)?(?P<d>{_DAY_CARDINAL_RX})\s+(?:of\s+)?"
                             rf"(?P<mon>(?!may\b){_MONTH_RX})\b(?:,?\s+(?P<y>20\d\d))?", re.IGNORECASE)),
    ("month_day", re.compile(rf"\b(?P<mon>{_MONTH_RX})\.?\s+(?:the\s+)?(?P<d>{_DAY_RX}|{_DAY_CARDINAL_RX})\b"
                             rf"(?:,?\s+(?P<y>20\d\d))?",
                             re.IGNORECASE)),
    ("dom_next_month", re.compile(rf"\b(?:the\s+)?(?P<d>{_DAY_RX})\s+of\s+(?:next|the\s+next|the\s+following)"
                                  r"\s+month\b",
                                  re.IGNORECASE)),
    ("start_next_month", re.compile(r"\b(?:(?:beginning|start)\s+of|first\s+thing)\s+(?:next|the\s+next)\s+month\b",
                                    re.IGNORECASE)),
    # "end of next week friday", "next week, on thursday": a weekday said after the week it falls in is that week's
    # day, not the coming one
    ("next_week_weekday", re.compile(rf"\b(?:(?:the\s+)?end\s+of\s+)?(?:the\s+)?next\s+(?:week|wk)[,\s]+(?:on\s+)?"
                                     rf"(?P<wd>{_WD_RX})\b", re.IGNORECASE)),
    # "by end of week": the article dropped, as in "end of month" (Indian and texted English)
    ("end_week", re.compile(r"\b(?:the\s+)?end\s+of\s+(?P<which>(?:this|the|next|the\s+next)\s+|)week\b",
                            re.IGNORECASE)),
    ("end_month", re.compile(r"\b(?:the\s+)?end\s+of\s+(?P<which>this|the|next|the\s+next|)\s*month\b",
                             re.IGNORECASE)),
    # "end month", "end next month": the "of" dropped in texted and East African English
    ("end_month", re.compile(r"\bend\s+(?P<which>this\s+|next\s+|)month\b", re.IGNORECASE)),
    # "by month end", "month-end" (Indian and business English)
    # ... unless a day in apposition says which ("Month-end, on the 25th when I get paid")
    ("end_month", re.compile(r"\b(?P<which>this\s+|next\s+|)month[\s-]?end\b"
                             r"(?![,\s]+(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b)", re.IGNORECASE)),
    # "a week today", "two weeks today", "a fortnight on Friday" (British and Irish English): that day, that many
    # weeks on
    ("week_on", re.compile(rf"\b(?P<n>a|\d+|{NUMBER_WORDS_RX})\s+(?P<unit>weeks?|fortnights?)\s+"
                           rf"(?:(?P<day>today|tomorrow|tmrw|tonight)|on\s+(?P<wd>{_WD_RX}))\b", re.IGNORECASE)),
    ("weekday_dom", re.compile(rf"\b(?P<wd>{_WD_RX}),?\s+the\s+(?P<d>{_DAY_RX})\b", re.IGNORECASE)),
    # "three hundred on monday fourteenth", "friday 18th": the "the" dropped, the day still an ordinal (not "monday
    # first thing", "friday second payment", where the ordinal counts something else)
    ("weekday_dom", re.compile(rf"\b(?P<wd>{_WD_RX}),?\s+(?!(?:first|second)\b)"
                               rf"(?P<d>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORDS_RX})\b"
                               rf"(?!\s+(?:of\s+)?{_MONTH_RX})(?!\s+{_ORDINAL_NOUN_RX})", re.IGNORECASE)),
    # "Friday next week", "fri next wk": the weekday of the calendar week after this one, whatever the next-weekday rule
    ("weekday_next_week", re.compile(rf"\b(?P<wd>{_WD_RX}),?\s+(?:of\s+)?next\s+(?:week|wk)\b", re.IGNORECASE)),
    ("weekday", re.compile(rf"\b(?:(?P<mod>next|this|coming|this\s+coming)\s+)?(?P<wd>{_WD_RX})\b", re.IGNORECASE)),
    # "sat"/"sun" are weekdays only where a day is expected: "on sat", "this sun", "the 15.99 sat"
    ("weekday", re.compile(r"(?:\b(?P<mod>next|this|coming|on|by)\s+|(?<=\d\s))(?P<wd>sat|sun)\b(?!\s*-?\s*\w+ing)",
                           re.IGNORECASE)),
    # ... or it is a clause of its own that ends the sentence, tacked on after the figure: "ok go on £35 then, sat"
    ("weekday", re.compile(r"(?<=,\s)(?P<wd>sat|sun)(?=[.!?]+\s|[.!?]*\s*$)", re.IGNORECASE)),
    # ... or a part of the day follows: "ill pay it sat morning", "sun arvo"
    ("weekday", re.compile(r"\b(?P<wd>sat|sun)\s+(?=(?:morning|afternoon|evening|night|arvo|am|pm)\b)",
                           re.IGNORECASE)),
    ("dom", re.compile(rf"\b(?:(?:on|by|before|until|for)\s+)?(?!{PUT_IN_FIGURE.pattern})"
                       # "i'll do the first ninety on friday": the ordinal as the object of a paying verb, before a
                       # spoken figure, counts it ("the first 90" below); "yeah the thirty first sixty quid" is a day
                       rf"(?!(?:(?<=\bdo\s)|(?<=\bpay\s)|(?<=\bsend\s)|(?<=\bmake\s))the\s+(?:{_DAY_RX})\s+"
                       rf"(?!an?\b)(?:{NUMBER_WORDS_RX})\b)"
                       rf"the\s+(?P<d>{_DAY_RX})\b(?!\s+(?:of\s+)?{_MONTH_RX})"
                       rf"(?!\s+{_ORDINAL_NOUN_RX})(?!\s*(?:%|percent|off\b|[$£€]|\d))"
                       # "I will pay the first S$200 on 10 December": an ordinal before a figure with its currency
                       # counts payments, as before a bare figure
                       rf"(?!\s*(?:[A-Za-z]{{1,3}}[$£€₹₱]|(?:{CURRENCY_CODES_RX})\s?\d))"
                       # "the 25 quid", "the 40 bucks": an amount, not a day
                       rf"(?!\s+(?:quid|bucks?|dollars?|pounds?|euros?|rand|rupees?|pesos?|naira|cedis?|shillings?|k\b|thousand|"
                       rf"hundred|grand))"
                       # "ill pay the 25 tmrw morning": a number followed by another day is the amount;
                       # "I will make the first on the 20th": an ordinal followed by another day is the instalment
                       # ... also with the particle of a phrasal verb between: "bung the 25 in on friday"
                       rf"(?!\s+(?:(?:in|over|across|through|off)\s+)?"
                       rf"(?:tomorrow|tmrw|tmr|today|tonight|on\s+(?:mon|tue|wed|thu|fri|sat|sun)"
                       rf"|on\s+(?:the\s+)?{_DAY_RX}\b|on\s+{_MONTH_RX}\b))"
                       # "the 24-month contract", "the 12 month plan": a term, not a day
                       rf"(?![\s-]+(?:months?|weeks?|years?|days?|yr|mo)\b)"
                       # "The 8 will go through before 3 o'clock": a bare figure that is the subject of money moving
                       # is the amount said short ("8" for 8,000), not a day
                       rf"(?!(?<=\d)\s+(?:(?:will|should|'ll|is\s+going\s+to|gonna)\s+(?:go|be)|goes|is)\s+"
                       rf"(?:through|out|in|over|across|sent|paid|transferred|deposited|credited)\b)",
                       re.IGNORECASE)),
    # "I will send it on 30th": a preposition and a written ordinal, no "the"
    # ... but "on second thought" is a change of mind, not the second of the month
    # ... and Taglish "sa" (on): "sa thirtieth po"
    ("dom", re.compile(rf"\b(?:on|by|before|until|sa)\s+(?P<d>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORDS_RX})\b"
                       r"(?!\s+thoughts?\b)"
                       rf"(?!\s+(?:of\s+)?{_MONTH_RX})"
                       rf"(?!\s+{_ORDINAL_NOUN_RX})", re.IGNORECASE)),
    ("in_n", re.compile(rf"\bin\s+(?P<n>\d+|{NUMBER_WORDS_RX})\s+(?P<unit>days?|weeks?|fortnights?|months?)\b",
                        re.IGNORECASE)),
    ("from_now", re.compile(rf"\b(?P<n>a|\d+|{NUMBER_WORDS_RX})\s+(?P<unit>days?|weeks?|fortnights?|months?)\s+from\s+"
                            r"(?:today|now)\b", re.IGNORECASE)),
    ("holiday", HOLIDAY_RX),
    ("day_after_tomorrow", re.compile(r"\bday\s+after\s+tomorrow\b", re.IGNORECASE)),
    ("tomorrow", re.compile(r"\b(?:tomorrow|tmrw|tmrow|tmr|tomoz|2moro|2morrow|2mrw)\b", re.IGNORECASE)),
    # code-switched English keeps the home language's "tomorrow": Swahili "kesho", Malay and Indonesian "esok" and
    # "besok" ("I will send 1440 through M-Pesa kesho morning")
    ("tomorrow", re.compile(r"\b(?:kesho|besok|esok)\b", re.IGNORECASE)),
    # "tonite", "2nite": tonight as texted
    ("today", re.compile(r"\b(?:today|2day|tdy|tonight|tonite|2nite|this\s+(?:morning|afternoon|evening|arvo)|"
                         r"right\s+now)\b", re.IGNORECASE)),
    # "I'll pay £30 now and the other £30 on Friday", "I can pay it now": "now" straight after the figure or the
    # paying is when that payment is made (not "now I'm back at work")
    ("today", re.compile(r"(?:(?<=\d\s)|(?<=\bpay\s)|(?<=\bpay\sit\s)|(?<=\bpay\sthat\s))now\b", re.IGNORECASE)),
]


def _resolve(kind: str, m: re.Match[str], ref: date | None, month_first: bool, rule: str) -> date | None:
    g = m.groupdict()
    if kind == "iso":
        try:
            return date(int(g["y"]), int(g["m"]), int(g["d"]))
        except ValueError:
            return None
    if kind == "dotted":
        dd, mm = int(g["d"]), int(g["m"])
        yy = int(g["y"]) if g.get("y") else None
        if yy is not None and yy < 100:
            yy += 2000
        if not (1 <= mm <= 12 and 1 <= dd <= 31) or (ref is None and yy is None):
            return None
        return _next_month_day(ref or date(yy or 2000, 1, 1), mm, dd, yy)
    if kind == "numeric":
        a, b = int(g["a"]), int(g["b"])
        mm, dd = (a, b) if month_first else (b, a)
        if mm > 12 and dd <= 12:  # only one reading is a date
            mm, dd = dd, mm
        yy = int(g["y"]) if g.get("y") else None
        if yy is not None and yy < 100:
            yy += 2000
        if ref is None and yy is None:
            return None
        return _next_month_day(ref or date(yy or 2000, 1, 1), mm, dd, yy)
    if kind in ("day_month", "month_day"):
        day = ordinal_to_day(g["d"])
        month = MONTHS.get(g["mon"].lower().rstrip("."))
        year = int(g["y"]) if g.get("y") else None
        if day is None or month is None or (ref is None and year is None):
            return None
        return _next_month_day(ref or date(year or 2000, 1, 1), month, day, year)
    if ref is None:
        return None
    if kind == "dom_next_month":
        day = ordinal_to_day(g["d"])
        nxt = _add_months(ref.replace(day=1), 1)
        if day is None or day > calendar.monthrange(nxt.year, nxt.month)[1]:
            return None
        return nxt.replace(day=day)
    if kind == "start_next_month":
        return _add_months(ref.replace(day=1), 1)
    if kind == "end_month":
        first = _add_months(ref.replace(day=1), 1 if "next" in g["which"].lower() else 0)
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])
    if kind == "end_week":
        # Collections runs on the business week: "by the end of the week" means Friday, not Saturday or Sunday.
        # Said at the weekend, this week's Friday has passed, so it is the coming Friday.
        # "End of next week" is the Friday of the calendar week after the one said in (Monday to Sunday): said on a
        # Saturday, that is the coming Friday too, not the one after it.
        if "next" in g["which"].lower():
            return ref + timedelta(days=11 - ref.weekday())
        return ref + timedelta(days=(4 - ref.weekday()) % 7)
    if kind == "weekday_dom":
        day = ordinal_to_day(g["d"])
        return _next_day_of_month(ref, day) if day else None
    if kind in ("weekday_next_week", "next_week_weekday"):
        return ref + timedelta(days=7 - ref.weekday() + weekday_index(g["wd"]))
    if kind == "weekday":
        mod = (g.get("mod") or "").lower()
        mod = "" if mod in ("on", "by") else mod
        day = weekday_index(g["wd"])
        return weekday_date(ref, day, "next" if mod == "next" else "this", rule)
    if kind == "dom":
        day = ordinal_to_day(g["d"])
        return _next_day_of_month(ref, day) if day else None
    if kind in ("in_n", "from_now"):
        n = 1.0 if g["n"].lower() == "a" else parse_number(g["n"])
        if n is None:
            return None
        unit = g["unit"].lower()
        if unit.startswith("month"):
            return _add_months(ref, int(n))
        days = 14 if unit.startswith("fortnight") else 7 if unit.startswith("week") else 1  # UK/AU "fortnight"
        return ref + timedelta(days=int(n) * days)
    if kind == "week_on":
        n = 1.0 if g["n"].lower() == "a" else parse_number(g["n"])
        if n is None:
            return None
        weeks = timedelta(days=int(n) * (14 if g["unit"].lower().startswith("fortnight") else 7))
        if g.get("wd"):
            return weekday_date(ref, weekday_index(g["wd"]), "this", rule) + weeks
        return ref + weeks + timedelta(days=0 if g["day"].lower() in ("today", "tonight") else 1)
    if kind == "holiday":
        return _next_month_day(ref, *holiday_month_day(m), None)
    if kind == "day_after_tomorrow":
        return ref + timedelta(days=2)
    if kind == "tomorrow":
        return ref + timedelta(days=1)
    if kind == "today":
        return ref
    return None


def find_dates(text: str, ref: date | None, *, month_first: bool = True,
               next_weekday_rule: str = "following_week") -> list[DateMention]:
    """Date mentions in the text, left to right, longer matches winning over the pieces inside them."""
    return list(_find_dates(text, ref, month_first, next_weekday_rule))


# The promise detector reads each earlier turn again for every customer turn; caching keeps a long call linear.
@lru_cache(maxsize=8192)
def _find_dates(text: str, ref: date | None, month_first: bool, next_weekday_rule: str) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    for kind, rx in _RULES:
        for m in rx.finditer(text):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            found.append(DateMention(_resolve(kind, m, ref, month_first, next_weekday_rule), m.start(), m.end(),
                                     m.group(0)))
    found.sort(key=lambda d: d.start)
    found = [_unless_past(d, text, ref) for d in found if not _listed_with_figure(d, text)]
    # "Monday November sixteenth", "Friday, 10 July": the weekday names the date that follows it, not another day.
    return tuple(d for i, d in enumerate(found)
                 if not (i + 1 < len(found) and _WEEKDAY_ONLY.fullmatch(d.text)
                         and re.fullmatch(r"[\s,]*(?:the\s+)?", text[d.end:found[i + 1].start])
                         and not _WEEKDAY_ONLY.fullmatch(found[i + 1].text)))


_WEEKDAY_ONLY = re.compile(rf"(?:(?:next|this|coming|this\s+coming)\s+)?{_WD_RX}", re.IGNORECASE)

# "I'll do the 46 and the 6 so $52": a bare "the N" joined by "and"/"plus" to a figure no day can be (over 31, with
# cents or a currency sign) is the next item in a list of sums, not a day of the month
_AFTER_FIGURE = re.compile(r"(?:[$£€₹₱]\s?\d[\d,]*(?:\.\d\d)?|\b(?:\d+\.\d\d|3[2-9]|[4-9]\d|\d{3,}))"
                           r"\s*(?:and|plus|\+|&)\s+$", re.IGNORECASE)
_BARE_DAY_NUMBER = re.compile(r"the\s+\d{1,2}", re.IGNORECASE)


def _listed_with_figure(d: DateMention, text: str) -> bool:
    return bool(_BARE_DAY_NUMBER.fullmatch(d.text) and _AFTER_FIGURE.search(text[max(0, d.start - 40): d.start]))


def echo_weekdays(dates: list[DateMention], said_before: list[DateMention], said_text: str = "") -> list[DateMention]:
    """A bare weekday ("yep thursday") said back to a turn that named that weekday with its date ("thursday the
    seventeenth", "end of next week friday", "by Friday 4 December" in `said_text`) means that date, not the coming
    one."""
    out = []
    for d in dates:
        named = [b for b in said_before if b.value and d.value and b.value.weekday() == d.value.weekday()
                 and not _WEEKDAY_ONLY.fullmatch(b.text) and (
                     re.search(rf"\b{_WD_RX}\b", b.text, re.IGNORECASE)
                     # the weekday put in apposition before the date it names: "Friday 4 December", "Fri, 4 Dec"
                     or re.search(rf"\b{_WD_RX},?\s+(?:the\s+)?$", said_text[:b.start], re.IGNORECASE))]
        if re.fullmatch(_WD_RX, d.text, re.IGNORECASE) and len({b.value for b in named}) == 1:
            d = DateMention(named[0].value, d.start, d.end, d.text)
        out.append(d)
    return out


# A date that says when something already happened ("the payment failed on Dec 15", "was due last 10 Dec") names
# no day to pay; nor does a day and month that would only come round again in a year's time.
_PAST_EVENT = re.compile(
    r"\b(?:failed|bounced|declined|missed|was\s+due|were\s+due|fell\s+due|received|returned|reversed|"
    r"dishono(?:u)?red|went\s+through|go\s+through|came\s+out|was\s+taken|were\s+taken|since)"
    r"(?:\s+(?:on|from|back|last|in|at|the))*\s*$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_A_YEAR_AWAY = 300  # days


def _unless_past(d: DateMention, text: str, ref: date | None) -> DateMention:
    if d.value is None:
        return d
    if _PAST_EVENT.search(text[max(0, d.start - 40): d.start]) or (
            ref is not None and (d.value - ref).days > _A_YEAR_AWAY and not _YEAR.search(d.text)):
        return DateMention(None, d.start, d.end, d.text)
    return d
