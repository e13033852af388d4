"""Writes bench/data/pii_spoken.jsonl: call-transcript conversations with labelled PII spans, as ASR prints them.

Every value is synthetic (random, Luhn-valid where a card needs it; names and streets from short lists).
Forms: digits read one by one, in pairs ("forty five thirty two"), with "oh" and "double", groups split
across turns with acknowledgements and echoes, spelled emails, spoken addresses and dates, and written
chat forms. Negatives (order numbers, amounts, times, plain dates, promo codes) carry no spans.
Run: .venv/bin/python bench/data/pii_spoken_make.py  (deterministic, seed 7)
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("pii_spoken.jsonl")
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth", 21: "twenty first",
       22: "twenty second", 23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}
FIRST = ["maria", "james", "aisha", "tomasz", "li", "fatima", "daniel", "priya", "kwame", "sofia", "oliver", "emma",
         "carlos", "nadia", "liam", "grace"]
LAST = ["gonzalez", "smith", "okafor", "nowak", "chen", "haddad", "murphy", "patel", "mensah", "rossi", "brown",
        "johnson", "silva", "ivanova", "walsh", "kim"]
STREETS = ["main street", "oak avenue", "maple drive", "elm street", "park road", "cedar lane", "lake boulevard",
           "hill court", "river way", "pine street"]
CITIES = ["springfield", "riverside", "fairview", "madison", "georgetown", "salem"]
DOMAINS = [("gmail", "com"), ("yahoo", "com"), ("outlook", "com"), ("hotmail", "co dot uk"), ("icloud", "com"),
           ("aol", "com")]
PREFIXES = {"visa": (["4"], 16), "visa19": (["4"], 19), "mc": (["51", "52", "53", "54", "55"], 16),
            "mc2": (["2221", "2300", "2720"], 16), "amex": (["34", "37"], 15), "discover": (["6011", "65"], 16),
            "diners": (["36", "300"], 14), "jcb": (["3530", "3566"], 16), "unionpay": (["62"], 17)}


def luhn_complete(body: str) -> str:
    """Append the Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    prefixes, n = PREFIXES[rng.choice(list(PREFIXES))]
    p = rng.choice(prefixes)
    return luhn_complete(p + "".join(rng.choice("0123456789") for _ in range(n - len(p) - 1)))


def say_digits(d: str, rng: random.Random, style: str | None = None) -> str:
    """How a person reads digits: one by one, with oh/double, or in pairs."""
    style = style or rng.choice(["single", "single_oh", "double", "pairs"])
    if style == "pairs" and len(d) % 2 == 0 and "0" not in d[::2]:
        return " ".join(two_digit(d[i:i + 2]) for i in range(0, len(d), 2))
    words: list[str] = []
    i = 0
    while i < len(d):
        if style == "double" and i + 1 < len(d) and d[i] == d[i + 1]:
            words += ["double", ONES[int(d[i])]]
            i += 2
            continue
        words.append("oh" if d[i] == "0" and style in ("single_oh", "double") else ONES[int(d[i])])
        i += 1
    return " ".join(words)


def two_digit(p: str) -> str:
    v = int(p)
    if v < 10:
        return "oh " + ONES[v]
    if v < 20:
        return TEENS[v - 10]
    return TENS[v // 10] + ("" if v % 10 == 0 else " " + ONES[v % 10])


def year_words(y: int) -> str:
    if y >= 2000 and y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + ONES[y - 2000])
    return two_digit(str(y)[:2]) + " " + two_digit(str(y)[2:])


def groups(d: str) -> list[str]:
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


class Conv:
    """A conversation under construction: turns and labelled spans."""

    def __init__(self, cid: str) -> None:
        self.cid = cid
        self.turns: list[dict[str, str]] = []
        self.spans: list[dict[str, object]] = []

    def say(self, speaker: str, *parts: str | tuple[str, str]) -> None:
        """Parts are plain text or (entity_type, value) pairs that get a span."""
        text = ""
        for p in parts:
            if isinstance(p, tuple):
                etype, value = p
                self.spans.append({"turn": len(self.turns), "start": len(text), "end": len(text) + len(value),
                                   "entity_type": etype})
                text += value
            else:
                text += p
        self.turns.append({"speaker": speaker, "text": text})

    def row(self, form: str) -> dict[str, object]:
        return {"id": self.cid, "form": form, "turns": self.turns, "spans": self.spans}


def build(rng: random.Random) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    k = 0

    def new() -> Conv:
        nonlocal k
        k += 1
        return Conv(f"spoken-{k:04d}")

    for _ in range(60):  # card read in one turn, spoken; then expiry and security code
        c, num = new(), card(rng)
        c.say("agent", rng.choice(["Can I take the long card number please?", "What's the card number?",
                                   "Okay, go ahead with the card number whenever you're ready."]))
        spoken = ", ".join(say_digits(g, rng) for g in groups(num)) if rng.random() < 0.6 else say_digits(num, rng)
        c.say("customer", rng.choice(["Yeah it's ", "Sure. ", "", "Okay um "]), ("CREDIT_CARD", spoken))
        c.say("agent", rng.choice(["And the expiry date?", "Thank you. Expiration?", "Great, when does it expire?"]))
        mm, yy = rng.randint(1, 12), rng.randint(25, 31)
        c.say("customer", ("CARD_EXPIRY", rng.choice([f"{two_digit(f'{mm:02d}')} {two_digit(str(yy))}",
                                                      f"{MONTHS[mm - 1]} twenty {two_digit(str(yy))}"])))
        cvv = "".join(rng.choice("0123456789") for _ in range(4 if num[:2] in ("34", "37") else 3))
        c.say("agent", rng.choice(["And the three digit security code on the back?", "Last thing, the CVV?",
                                   "Can I get the security code please?"]))
        c.say("customer", rng.choice(["it's ", "", "uh "]), ("CARD_SECURITY_CODE", say_digits(cvv, rng, "single")))
        rows.append(c.row("spoken"))
    for _ in range(40):  # card split across turns, with acks or echoes
        c, num = new(), card(rng)
        c.say("agent", "Whenever you're ready with the card number.")
        for g in groups(num):
            c.say("customer", ("CREDIT_CARD", say_digits(g, rng)))
            r = rng.random()
            if r < 0.4:
                c.say("agent", rng.choice(["mm-hmm", "okay", "yep", "got it", "go on"]))
            elif r < 0.7:
                c.say("agent", ("CREDIT_CARD", say_digits(g, rng, "single")), rng.choice([", yes", "", ", okay"]))
        rows.append(c.row("spoken"))
    for _ in range(40):  # written card in chat, with expiry and cvv
        c, num = new(), card(rng)
        sep = rng.choice([" ", "-", ""])
        written = sep.join(groups(num))
        mm, yy = rng.randint(1, 12), rng.randint(25, 31)
        cvv = "".join(rng.choice("0123456789") for _ in range(3))
        c.say("customer", "card ", ("CREDIT_CARD", written), " exp ", ("CARD_EXPIRY", f"{mm:02d}/{yy}"), " cvv ",
              ("CARD_SECURITY_CODE", cvv))
        rows.append(c.row("written"))
    for _ in range(30):  # PIN, SSN full and last four
        c = new()
        pin = "".join(rng.choice("0123456789") for _ in range(4))
        c.say("agent", "For security, what's the PIN on the account?")
        c.say("customer", ("PIN", say_digits(pin, rng)))
        ssn = f"{rng.randint(100, 665):03d}{rng.randint(10, 99):02d}{rng.randint(1000, 9999):04d}"
        if rng.random() < 0.5:
            c.say("agent", "Can you confirm the last four of your social?")
            c.say("customer", "yes it's ", ("US_SSN", say_digits(ssn[-4:], rng)))
        else:
            c.say("customer", "my social security number is ",
                  ("US_SSN", f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}" if rng.random() < 0.5 else say_digits(ssn, rng)))
        rows.append(c.row("spoken"))
    for _ in range(30):  # bank account, routing, sort code, IBAN
        c = new()
        acct = "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 12)))
        routing = luhn_aba(rng)
        c.say("agent", "What's the routing number on the check?")
        c.say("customer", ("ABA_ROUTING_NUMBER", say_digits(routing, rng)))
        c.say("agent", "And the account number?")
        c.say("customer", ("US_BANK_NUMBER", say_digits(acct, rng)))
        sort = "".join(rng.choice("0123456789") for _ in range(6))
        c.say("customer", "my UK sort code is ", ("UK_SORT_CODE", f"{sort[:2]}-{sort[2:4]}-{sort[4:]}"),
              " and IBAN ", ("IBAN_CODE", iban(rng)))
        rows.append(c.row("spoken"))
    for _ in range(40):  # names, emails, phones
        c = new()
        first, last = rng.choice(FIRST), rng.choice(LAST)
        c.say("agent", "Hi, this is Collections calling for ", ("PERSON", f"{first.title()} {last.title()}"), ".")
        c.say("customer", "yes my name is ", ("PERSON", f"{first} {last}"))
        dom, tld = rng.choice(DOMAINS)
        local = rng.choice([f"{first} dot {last}", f"{first}{last}", f"{first} underscore {last}",
                            f"{first[0]} {last} {say_digits(str(rng.randint(10, 99)), rng, 'single')}"])
        c.say("customer", "the email is ", ("EMAIL_ADDRESS", f"{local} at {dom} dot {tld}"))
        phone = f"{rng.randint(201, 989)}{rng.randint(200, 999)}{rng.randint(1000, 9999)}"
        c.say("agent", "And the best phone number to reach you?")
        c.say("customer", ("PHONE_NUMBER", say_digits(phone, rng)))
        rows.append(c.row("spoken"))
    for _ in range(30):  # addresses and dates of birth
        c = new()
        num = rng.randint(1, 9999)
        street = rng.choice(STREETS)
        spoken_num = say_digits(str(num), rng, "single") if rng.random() < 0.5 else str(num)
        addr = f"{spoken_num} {street}"
        if rng.random() < 0.5:
            addr += f" apartment {rng.randint(1, 40)}"
        c.say("agent", "Can I confirm the address on file?")
        c.say("customer", "it's ", ("STREET_ADDRESS", addr), f", {rng.choice(CITIES)}")
        c.say("agent", "And your date of birth?")
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2004)
        dob = rng.choice([f"{MONTHS[m - 1]} {ORD[d]} {year_words(y)}",
                          f"the {ORD[d]} of {MONTHS[m - 1]} {year_words(y)}", f"{m:02d}/{d:02d}/{y}"])
        c.say("customer", ("DATE_OF_BIRTH", dob))
        rows.append(c.row("spoken"))
    for _ in range(50):  # negatives: nothing here is personal data
        c = new()
        order = "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 12)))
        c.say("agent", rng.choice([f"Your order number is {order}.",
                                   f"The reference number is {say_digits(order, rng)}.",
                                   f"I see a balance of ${rng.randint(50, 5000)}.{rng.randint(10, 99)}.",
                                   f"The payment of {rng.randint(20, 900)} dollars is due on "
                                   f"{MONTHS[rng.randint(0, 11)]} {ORD[rng.randint(1, 28)]}.",
                                   "I can call you back at three thirty pm tomorrow.",
                                   f"Use promo code SAVE{rng.randint(10, 99)} for ten percent off.",
                                   "You have two payments left of one hundred and fifty dollars each."]))
        c.say("customer", rng.choice(["okay thanks", "oh okay, that's fine", "can I pay twenty five today?",
                                      f"I paid on {rng.randint(1, 12)}/{rng.randint(1, 28)}/2024 already",
                                      "first thing tomorrow works"]))
        rows.append(c.row("negative"))
    return rows


def luhn_aba(rng: random.Random) -> str:
    """A random ABA routing number with a valid prefix and checksum."""
    while True:
        d = f"{rng.choice([1, 2, 3, 6, 7, 11, 21, 26, 31, 61, 63, 71]):02d}" + "".join(
            rng.choice("0123456789") for _ in range(7))
        w = (3, 7, 1, 3, 7, 1, 3, 7, 1)
        if sum(int(c) * k for c, k in zip(d, w, strict=True)) % 10 == 0:
            return d


def iban(rng: random.Random) -> str:
    """A valid GB IBAN (mod 97)."""
    bank = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
    acct = "".join(rng.choice("0123456789") for _ in range(14))
    bban = bank + acct
    num = "".join(str(int(ch, 36)) for ch in bban + "GB00")
    check = 98 - int(num) % 97
    return f"GB{check:02d}{bban}"


def main() -> None:
    rows = build(random.Random(7))
    with OUT.open("w") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
    print(f"wrote {len(rows)} conversations to {OUT}")


if __name__ == "__main__":
    main()
