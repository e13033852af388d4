"""Amounts of money in redacted utterance text: '$50', '50 dollars', 'two hundred and fifty pounds', '€30.50'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analyzers.outcomes.numbers import NUMBER_WORDS_RX, parse_number

# Dollars written with their country's prefix: "J$18,000", "NZ$80", "US$40", "R$150" (the Brazilian real).
_DOLLAR_PREFIXES = {"us": "USD", "u.s.": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "can": "CAD",
                    "nz": "NZD", "s": "SGD", "sg": "SGD", "hk": "HKD", "j": "JMD", "ja": "JMD", "nt": "TWD",
                    "tt": "TTD", "r": "BRL", "bz": "BZD", "ec": "XCD", "fj": "FJD", "mex": "MXN", "bds": "BBD",
                    "b": "BSD", "g": "GYD"}
_DOLLAR_PREFIX_RX = "|".join(re.escape(k) for k in sorted(_DOLLAR_PREFIXES, key=len, reverse=True))
_SYMBOLS = {"$": "dollar", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₦": "NGN", "₱": "PHP", "₵": "GHS"}
_WORDS = {
    "dollar": "dollar", "dollars": "dollar", "bucks": "dollar", "buck": "dollar",
    "pound": "GBP", "pounds": "GBP", "quid": "GBP", "euro": "EUR", "euros": "EUR",
    "usd": "USD", "gbp": "GBP", "eur": "EUR", "cad": "CAD", "aud": "AUD",
    "rs": "INR", "rs.": "INR", "inr": "INR", "rupees": "INR", "zar": "ZAR", "rand": "ZAR", "nzd": "NZD",
    "myr": "MYR", "rm": "MYR", "php": "PHP", "kes": "KES", "ksh": "KES", "kshs": "KES", "ngn": "NGN", "sgd": "SGD",
    "jmd": "JMD", "ghs": "GHS", "ttd": "TTD", "hkd": "HKD", "peso": "peso", "pesos": "peso",
    # currencies named in words after the figure: "one hundred twenty ringgit", "five thousand naira"
    "ringgit": "MYR", "naira": "NGN", "cedis": "GHS",
}
# "one thousand five hundred pesos": the peso of the interaction's currency (Mexico, Chile...), else the Philippine one.
_PESO_CURRENCIES = frozenset({"PHP", "MXN", "CLP", "COP", "ARS", "UYU", "DOP", "CUP"})
# Space as the thousands separator after a currency mark: "R3 240", "Rs 12 500" (South Africa, India, much of Europe).
_SPACED = r"\d{1,3}(?: \d{3})+(?:[.,]\d{2})?(?!\d)"
# "1,200.50" and "1200" everywhere; "49,99" / "1.200,50" (decimal comma) only as written in most of Europe.
_NUM = r"\d{1,3}(?:\.\d{3})*,\d{2}(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"
# Currency codes written before the figure: "USD 40", "Rs. 12,500", "PHP 1,500".
CURRENCY_CODES_RX = r"usd|gbp|eur|cad|aud|nzd|inr|zar|myr|php|kes|ngn|sgd|jmd|ghs|ttd|hkd|rs\.?|rm|ksh|kshs"
_CUR_WORD = r"dollars?|bucks?|pounds?|quid|euros?|usd|gbp|eur|cad|aud|rupees|rand|pesos?|ringgit|naira|cedis"
# A currency named after a figure the transcript garbled ("put for tea quid in"): an amount was said.
CURRENCY_WORD = re.compile(rf"\b(?:{_CUR_WORD})\b", re.IGNORECASE)
_TWO_DIGIT_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
                    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
# "fifty bucks and twenty cents", or the cents said straight after the unit: "forty five euro fifty", "£12 50".
_CENTS = (rf"(?:\s+(?:and\s+)?(?P<cents>\d{{1,2}}|{NUMBER_WORDS_RX})\s+(?:cents?|pence|p)\b"
          rf"|\s+(?P<cents2>\d{{2}}|{_TWO_DIGIT_WORDS})\b(?!\s*(?:dollars?|pounds?|euros?|bucks?|quid|cents?|pence|"
          rf"percent|%|days?|weeks?|months?|years?|times|instal|payments?|of\b)))?")

_PATTERNS = (
    # "$1,200.50", "£50", "$1.2k"
    re.compile(rf"(?:(?<![A-Za-z])(?P<pre>(?i:{_DOLLAR_PREFIX_RX})))?(?P<sym>[$£€¥₹₦₱₵])\s?(?P<num>{_NUM})(?P<k>\s?k\b)?"),
    # "29,90€", "40 $": the symbol after the number, as written in much of Europe
    re.compile(rf"(?<![\w$£€])(?P<num>{_NUM})\s?(?P<sym>[$£€])"),
    # "USD 40", "EUR 30.50", "Rs. 12,500", "INR 800", "ZAR 1 500"
    re.compile(rf"\b(?P<code>{CURRENCY_CODES_RX})\s?"
               rf"(?P<num>{_SPACED}|{_NUM})(?!\w)", re.IGNORECASE),
    # "N15,000", "P2,500": the naira and peso written with a plain letter, only before a thousands figure
    re.compile(r"(?<![\w$£€])(?P<letter>[NP])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d{3,}(?:\.\d{2})?)(?![\w/-])"),
    # "R1 500", "R250", "R433.33": the rand sign, only straight before digits; the cents belong to the figure
    re.compile(rf"(?<![\w$£€])(?P<rand>R)\s?(?P<num>{_SPACED}|(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:[.,]\d{{2}})?)(?![\w/-])"),
    # "r three hundred and ninety nine": the rand sign read out as a letter in a transcript (ten or more, below)
    re.compile(rf"(?<![\w$£€'])(?P<rand>[Rr])\s+(?P<num>{NUMBER_WORDS_RX})\b"
               rf"(?!\s*(?:dollars?|pounds?|euros?|bucks?|percent|%))"),
    # "50 dollars", "two hundred and fifty pounds", "fifty bucks and twenty cents"
    re.compile(rf"(?<![\w$£€])(?P<num>{_NUM}|{NUMBER_WORDS_RX})\s*(?P<word>{_CUR_WORD})\b{_CENTS}", re.IGNORECASE),
)
# A bare number straight after a payment verb: "I can pay 50 on Friday", "I'll do 75", or naming what is paid:
# "the full balance of 89.99", "make it the whole hundred and ten" (currency then comes from the interaction's
# default). A number running into "/11" is a day and month ("can pay 12/11"), never money. Slang verbs for putting
# money in count as paying: "i'll chuck a hundred on it wednesday", "bung fifty over friday".
_BARE = re.compile(
    rf"\b(?:pay|paying|send|sending|do|drop|put|chuck|bung|transfer|make it|cover|manage|afford|put me down for"
    rf"|(?:balance|amount|sum|total|payment|instal+ment)\s+of)\s+(?:you\s+)?(?:(?:um+|uh+|er+|erm|like|of)\s+)*"
    rf"(?:about\s+|around\s+)?"
    rf"(?:the\s+(?:full\s+|whole\s+)?|another\s+|an?\s+extra\s+)?"
    rf"(?P<num>{_NUM}|{NUMBER_WORDS_RX})(?P<k>k|(?<=\d)\s+(?:thousand|grand))?\b(?!\s*(?:%|percent|st\b|nd\b|rd\b|th\b|days?\b|weeks?\b|months?\b|o'?clock|am\b|pm\b|a\.m|p\.m)|/\d)",
    re.IGNORECASE,
)
# A figure written with "k" for thousands is money wherever it stands, with or without a payment verb: "the 15k.
# everything", "15k on Monday" (a count of other things in thousands rarely comes up when settling a debt).
_THOUSANDS_K = re.compile(r"(?<![\w$£€.,])(?P<num>\d{1,3}(?:\.\d{1,2})?)(?P<k>k)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Money:
    """An amount found in text, with the span it came from."""

    amount: float
    currency: str
    start: int
    end: int
    explicit_currency: bool = True


def find_amounts(text: str, dollar_currency: str = "USD", default_currency: str = "USD") -> list[Money]:
    """All amounts of money in the text, left to right; '$' and 'dollars' map to `dollar_currency`."""
    return list(_find_amounts(text, dollar_currency, default_currency))


# The promise detector reads each earlier turn again for every customer turn; caching keeps a long call linear.
@lru_cache(maxsize=8192)
def _find_amounts(text: str, dollar_currency: str, default_currency: str) -> tuple[Money, ...]:
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    for rx in _PATTERNS:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            num = m.group("num")
            if re.fullmatch(r"\d{1,3}(?: \d{3})+,\d{2}", num):
                num = num.replace(" ", "").replace(",", ".")  # "R1 250,00": space thousands, decimal comma
            value = parse_number(num)
            if value is None or value <= 0:
                continue
            groups = m.groupdict()
            if groups.get("k"):
                value *= 1000
            if groups.get("cents") or groups.get("cents2"):
                cents = parse_number(groups.get("cents") or groups["cents2"])
                if cents is not None and cents < 100:
                    value += cents / 100
            if groups.get("rand"):
                if not num[:1].isdigit() and value < 10:
                    continue  # "r u", "r two payments" in a chat: a letter, not the rand
                groups["code"] = "zar"
            if groups.get("letter"):
                groups["code"] = {"N": "ngn", "P": "php"}[groups["letter"]]
            unit = _SYMBOLS.get(groups.get("sym") or "") or _WORDS.get((groups.get("code") or groups.get("word")
                                                                         or "").lower(), "dollar")
            currency = dollar_currency if unit == "dollar" else unit
            if unit == "peso":
                currency = next((c for c in (default_currency, dollar_currency) if c in _PESO_CURRENCIES), "PHP")
            if groups.get("pre") and groups.get("sym") == "$":
                currency = _DOLLAR_PREFIXES[groups["pre"].lower()]
            found.append(Money(round(value, 2), currency, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in (*_BARE.finditer(text), *_THOUSANDS_K.finditer(text)):
        s, e = m.span("num")
        if any(s < te and ts < e for ts, te in taken):
            continue
        value = parse_number(m.group("num"))
        if value is not None and m.group("k"):
            value, e = value * 1000, m.end("k")  # "I will pay 15k next friday", "manage the 3.5k"
        # "a" / "one" alone after "do" is not money ("do one thing"); real bare amounts are at least 5.
        if value is None or value < 5:
            continue
        found.append(Money(round(value, 2), default_currency, s, e, explicit_currency=False))
        taken.append((s, e))
    return tuple(sorted(found, key=lambda x: x.start))
