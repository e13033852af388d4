"""Spoken and written numbers: 'two hundred and fifty', 'one fifty', '1,200.50', 'fifteenth'."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "oh": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "tousand": 1000, "grand": 1000, "k": 1000}  # "tousand": Patois
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES) | {"and"}
# What "one" counts when it stands before it after a round figure: "four thousand five hundred one emi" is 4,500 and
# one instalment (but "in twenty one days" is 21).
_COUNTED = r"(?:emis?|instal+ments?|payments?|repayments?|months?|weeks?|days?|times?)"
# Speech-to-text writes "two" as its homophone "too" ("i can do too hundred"); only before a scale word is it the
# number, as "too" is never followed by "hundred" or "thousand" otherwise ("to" is left alone: "up to hundred").
_TOO_AS_TWO = r"too(?=[\s-]+(?:hundred|thousand|grand)\b)"
# A run of number words, e.g. "two hundred and fifty", "twenty-five", "one fifty"; "zero" goes on a run too, as
# figures read digit by digit ("one two five zero") end or carry on with it. Speech drops the "d" of "and" inside a
# figure ("a hundred an twenty"); "one" before a counted noun is a determiner, not the figure's last digit.
NUMBER_WORDS_RX = (
    rf"(?:(?:{_TOO_AS_TWO}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|tousand|a|an)"
    rf"(?:[\s-]+(?:(?:and|an)[\s-]+)?(?!(?:(?<=hundred\s)|(?<=thousand\s)|(?<=and\s)|(?<=an\s))one\s+{_COUNTED}\b)"
    r"(?=(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety|hundred|thousand|tousand)\b))?)+"
)
ORDINAL_WORDS_RX = (
    r"(?:(?:twenty|thirty)[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
    r"|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)


def words_to_number(text: str) -> float | None:
    """Value of a run of number words; 'one fifty' reads as 150 the way people say prices."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower().strip()) if t and t != "and"]
    tokens = tokens[:1] + [t for t in tokens[1:] if t != "an"]  # "a hundred an twenty": "an" inside is "and"
    tokens = ["two" if t == "too" and nxt in SCALES else t for t, nxt in zip(tokens, [*tokens[1:], ""], strict=True)]
    if not tokens:
        return None
    if any(t not in UNITS and t not in TENS and t not in SCALES for t in tokens):
        return None
    if tokens[0] in ("a", "an") and len(tokens) > 1 and tokens[1] not in SCALES:
        tokens = tokens[1:]  # "a fifteen dollar fee": the article, not "one fifteen"; "a hundred" is one hundred
    # "six four nine": three or more digits read out one by one
    if len(tokens) >= 3 and all(t in UNITS and UNITS[t] < 10 for t in tokens):
        return float("".join(str(UNITS[t]) for t in tokens))
    # "three one two forty" (312.40): the dollars read digit by digit, as a read-back does, then the cents
    lead = next((i for i, t in enumerate(tokens) if not (t in UNITS and UNITS[t] < 10)), len(tokens))
    if lead >= 3 and UNITS[tokens[0]] > 0:
        cents = _two_digit_groups(tokens[lead:])
        if cents is not None and len(cents) == 1:
            return float("".join(str(UNITS[t]) for t in tokens[:lead])) + cents[0] / 100
    # "one forty nine oh five" (149.05), "twelve oh five" (12.05): a figure, then "oh" and one digit, is cents
    # under ten read the price way ("two oh six" is a figure of its own: its head is a single digit)
    if len(tokens) >= 3 and tokens[-2] in ("oh", "o") and tokens[-1] in UNITS and 0 < UNITS[tokens[-1]] < 10 \
            and not {"oh", "o"} & set(tokens[:-2]) and tokens[-3] not in SCALES:  # "a hundred oh five" is 105
        head = words_to_number(" ".join(tokens[:-2]))
        if head is not None and head >= 10:
            return head + UNITS[tokens[-1]] / 100
    # "two oh six fourteen" (206.14): hundreds read the price way with "oh" for the zero, then the cents
    if (len(tokens) >= 4 and tokens[1] in ("oh", "o") and tokens[0] in UNITS and 0 < UNITS[tokens[0]] < 10
            and tokens[2] in UNITS and UNITS[tokens[2]] < 10):
        cents = _two_digit_groups(tokens[3:])
        if cents is not None and len(cents) == 1:
            return UNITS[tokens[0]] * 100 + UNITS[tokens[2]] + cents[0] / 100
    # "three five hundred" (3,500), "one two hundred" (1,200): digits read one by one, then "hundred"
    if (len(tokens) >= 3 and tokens[-1] == "hundred"
            and all(t in UNITS and UNITS[t] < 10 for t in tokens[:-1]) and UNITS[tokens[0]] > 0):
        return float("".join(str(UNITS[t]) for t in tokens[:-1])) * 100
    # "the eighteen five", "twelve five": a teen then one digit is never their sum (17 is "seventeen"); it is the
    # thousands and hundreds said short, as large balances are (18,500)
    if (len(tokens) == 2 and tokens[0] in UNITS and 10 <= UNITS[tokens[0]] <= 19
            and tokens[1] in UNITS and 0 < UNITS[tokens[1]] < 10):
        return float(UNITS[tokens[0]] * 1000 + UNITS[tokens[1]] * 100)
    # "one fifty", "two twenty-five": a unit followed by a two-digit group and no scale word.
    # Teens go the other way: "twelve fifty", "nineteen ninety-nine" are dollars and cents (below).
    if (len(tokens) >= 2 and tokens[0] in UNITS and 0 < UNITS[tokens[0]] < 10 and tokens[1] in TENS | UNITS
            and not any(t in SCALES for t in tokens)):
        rest = words_to_number(" ".join(tokens[1:]))
        if rest is not None and rest >= 10:
            return UNITS[tokens[0]] * 100 + rest
    for cut in range(2, len(tokens) - 1):
        # "three fifty three hundred and fifty": the price said the short way, then restated in full
        head, tail = tokens[:cut], tokens[cut:]
        if "hundred" in head or "hundred" not in tail or any(t in SCALES and t != "hundred" for t in tokens):
            continue
        short, full = words_to_number(" ".join(head)), words_to_number(" ".join(tail))
        if short is not None and short >= 100 and short == full:
            return short
    half = len(tokens) // 2
    if (len(tokens) >= 4 and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]
            and (any(t in SCALES for t in tokens[:half]) or (tokens[0] in UNITS and 0 < UNITS[tokens[0]] < 10))):
        # a spoken repeat, "two hundred two hundred", "one fifty one fifty"; "ninety-nine ninety-nine" is 99.99
        tokens = tokens[:half]
    if len(tokens) == 2 and tokens[0] == tokens[1] and tokens[0] in TENS:
        # "make it sixty sixty on the twentieth": a round ten said twice is the figure repeated, not cents as
        # large as the dollars (prices with cents say them apart: "sixty ninety nine")
        tokens = tokens[:1]
    price = _dollars_and_cents(tokens)
    if price is not None:
        return price
    # "four thousand nine ninety nine": thousands, then hundreds said the price way ("nine ninety nine" = 999)
    for i, t in enumerate(tokens):
        if t in ("thousand", "million") and 0 < i < len(tokens) - 2:
            head, tail = words_to_number(" ".join(tokens[:i + 1])), tokens[i + 1:]
            if tail[0] in UNITS and 0 < UNITS[tail[0]] < 10 and tail[1] in TENS and "hundred" not in tail:
                rest = words_to_number(" ".join(tail))
                if head is not None and rest is not None and rest >= 100:
                    return head + rest
            break
    total = 0.0
    current = 0.0
    seen = False
    for t in tokens:
        if t in UNITS:
            current += UNITS[t]
            seen = True
        elif t in TENS:
            current += TENS[t]
            seen = True
        elif t == "hundred":
            current = (current or 1) * 100
            seen = True
        else:
            total += (current or 1) * SCALES[t]
            current = 0
            seen = True
    if not seen:
        return None
    return total + current


def _two_digit_groups(tokens: list[str]) -> list[int] | None:
    """Split number words into groups of 10..99 ('eighty two', 'fifty', 'nineteen'); None if they do not split so."""
    groups: list[int] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t in TENS:
            value = TENS[t]
            if i + 1 < len(tokens) and tokens[i + 1] in UNITS and 0 < UNITS[tokens[i + 1]] < 10:
                value += UNITS[tokens[i + 1]]
                i += 1
            groups.append(value)
        elif t in UNITS and 10 <= UNITS[t] <= 19:
            groups.append(UNITS[t])
        else:
            return None
        i += 1
    return groups


def _dollars_and_cents(tokens: list[str]) -> float | None:
    """'eighty-two fifty' = 82.50, 'nineteen ninety-nine' = 19.99, 'one ninety-nine ninety-nine' = 199.99:
    two-digit groups the way prices are said (a leading single digit is the hundreds)."""
    hundreds = 0
    if len(tokens) >= 4 and tokens[0] in UNITS and 0 < UNITS[tokens[0]] < 10 and tokens[1] == "hundred":
        hundreds, tokens = UNITS[tokens[0]] * 100, tokens[2:]  # "four hundred twelve fifty" = 412.50
    elif len(tokens) >= 3 and tokens[0] in UNITS and 0 < UNITS[tokens[0]] < 10:
        hundreds, tokens = UNITS[tokens[0]] * 100, tokens[1:]
    elif len(tokens) >= 3 and tokens[0] == "hundred":
        hundreds, tokens = 100, tokens[1:]  # "the hundred and twelve fifty": the "one" dropped after an article
    if hundreds and len(tokens) >= 2 and tokens[0] in UNITS and 0 < UNITS[tokens[0]] < 10:
        # "two hundred and four thirty" (204.30): a ten after a lone digit never adds to it (that is
        # "thirty-four"), so it is the cents after the euro figure, the currency word dropped
        cents = _two_digit_groups(tokens[1:])
        return hundreds + UNITS[tokens[0]] + cents[0] / 100 if cents is not None and len(cents) == 1 else None
    groups = _two_digit_groups(tokens)
    if groups is None or len(groups) != 2:
        return None
    return hundreds + groups[0] + groups[1] / 100


def ordinal_to_day(text: str) -> int | None:
    """Day number of 'the fifteenth', 'twenty-first', '3rd', '15th'."""
    t = text.lower().strip()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", t)
    if m:
        return int(m.group(1))
    parts = [p for p in re.split(r"[\s-]+", t) if p]
    if len(parts) == 2 and parts[0] in TENS and parts[1] in ORDINALS:
        return TENS[parts[0]] + ORDINALS[parts[1]]
    if len(parts) == 1 and parts[0] in ORDINALS:
        return ORDINALS[parts[0]]
    # a cardinal said after a month: "december twenty", "december twenty one"
    value = words_to_number(t) if all(p in UNITS or p in TENS for p in parts) else None
    if value is not None and value == int(value) and 1 <= value <= 31:
        return int(value)
    return None


def parse_number(text: str) -> float | None:
    """A written ('1,200.50', '1.2k') or spoken ('twelve hundred') number."""
    t = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?: \d{3})+(?:[.,]\d{2})?", t):  # "3 240", "12 500": a space between thousands
        t = t.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})*,\d{2}", t):  # "49,99", "1.200,50": a decimal comma (most of Europe)
        return float(t.replace(".", "").replace(",", "."))
    t = t.replace(",", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(k|grand|thousand)?", t)
    if m:
        value = float(m.group(1))
        return value * 1000 if m.group(2) else value
    return words_to_number(t)
