"""What each recognizer must catch and must leave alone, written and spoken, as tables of cases."""

from __future__ import annotations

import pytest

from analyzers.pii import detect, redact_text

# (text, entity type, the exact text that must be covered)
POSITIVE = [
    # card numbers, every brand and length, written and spoken
    ("card 4111 1111 1111 1111", "CREDIT_CARD", "4111 1111 1111 1111"),
    ("my visa is 4111-1111-1111-1111 ok", "CREDIT_CARD", "4111-1111-1111-1111"),
    ("mastercard 2-series 2221000000000009", "CREDIT_CARD", "2221000000000009"),
    ("mastercard 5555 5555 5555 4444", "CREDIT_CARD", "5555 5555 5555 4444"),
    ("amex 3782 822463 10005", "CREDIT_CARD", "3782 822463 10005"),
    ("discover 6011111111111117", "CREDIT_CARD", "6011111111111117"),
    ("diners 3056 9309 0259 04", "CREDIT_CARD", "3056 9309 0259 04"),
    ("jcb 3530111333300000", "CREDIT_CARD", "3530111333300000"),
    ("unionpay 6200000000000005", "CREDIT_CARD", "6200000000000005"),
    ("19 digit visa 4000 0000 0000 0000 006", "CREDIT_CARD", "4000 0000 0000 0000 006"),
    ("it's 4111111111111111", "CREDIT_CARD", "4111111111111111"),  # no cue needed when Luhn + scheme hold
    ("the card number is four one one one one one one one one one one one one one one one", "CREDIT_CARD",
     "four one one one one one one one one one one one one one one one"),
    ("card is four five three two, oh one five one, one two eight three, oh three six six", "CREDIT_CARD",
     "four five three two, oh one five one, one two eight three, oh three six six"),
    ("card number forty one eleven, eleven eleven, eleven eleven, eleven eleven", "CREDIT_CARD",
     "forty one eleven, eleven eleven, eleven eleven, eleven eleven"),
    ("card four one one one double one one one one one one one one one one one", "CREDIT_CARD",
     "four one one one double one one one one one one one one one one one"),
    ("the card number is 4111 1111 1111 1112", "CREDIT_CARD", "4111 1111 1111 1112"),  # mis-heard digit
    # security codes and PINs by context
    ("the CVV is 123", "CARD_SECURITY_CODE", "123"),
    ("security code seven three nine", "CARD_SECURITY_CODE", "seven three nine"),
    ("the three digit code on the back is 4 5 6", "CARD_SECURITY_CODE", "4 5 6"),
    ("amex CID 1234", "CARD_SECURITY_CODE", "1234"),
    ("my pin is one two three four", "PIN", "one two three four"),
    ("PIN: 0000", "PIN", "0000"),
    # expiry
    ("expires 08/27", "CARD_EXPIRY", "08/27"),
    ("expiry oh eight twenty seven", "CARD_EXPIRY", "oh eight twenty seven"),
    ("expiration date is August 2027", "CARD_EXPIRY", "August 2027"),
    ("4111 1111 1111 1111 12/29", "CARD_EXPIRY", "12/29"),
    # SSN, full and last four
    ("my SSN is 123-45-6789", "US_SSN", "123-45-6789"),
    ("social security number one two three four five six seven eight nine", "US_SSN",
     "one two three four five six seven eight nine"),
    ("the last four of your social please? 6789", "US_SSN", "6789"),
    ("SSN 123 45 6789", "US_SSN", "123 45 6789"),
    # bank
    ("routing number 021000021", "ABA_ROUTING_NUMBER", "021000021"),
    ("account number 12345678", "US_BANK_NUMBER", "12345678"),
    ("my checking account is four four five five six six seven seven", "US_BANK_NUMBER",
     "four four five five six six seven seven"),
    ("IBAN GB29 NWBK 6016 1331 9268 19", "IBAN_CODE", "GB29 NWBK 6016 1331 9268 19"),
    ("sort code 60-16-13", "UK_SORT_CODE", "60-16-13"),
    ("sort code six oh one six one three", "UK_SORT_CODE", "six oh one six one three"),
    # email and phone, written and spoken
    ("mail jane.doe@example.com today", "EMAIL_ADDRESS", "jane.doe@example.com"),
    ("it's john dot smith at gmail dot com", "EMAIL_ADDRESS", "john dot smith at gmail dot com"),
    ("email j underscore doe at yahoo dot co dot uk", "EMAIL_ADDRESS", "j underscore doe at yahoo dot co dot uk"),
    ("call me on (212) 555-0147", "PHONE_NUMBER", "(212) 555-0147"),
    ("my number is two one two five five five oh one four seven", "PHONE_NUMBER",
     "two one two five five five oh one four seven"),
    ("phone +44 20 7946 0958", "PHONE_NUMBER", "+44 20 7946 0958"),
    ("mobile 07700 900123", "PHONE_NUMBER", "07700 900123"),
    # names, addresses, dates of birth
    ("my name is Maria Gonzalez", "PERSON", "Maria Gonzalez"),
    ("am I speaking with Mr. Thompson?", "PERSON", "Thompson"),
    ("this is David Okafor from the billing team", "PERSON", "David Okafor"),
    ("I live at 1428 Elm Street, Springfield, IL 62704", "STREET_ADDRESS", "1428 Elm Street, Springfield, IL 62704"),
    ("it's one two three main street apartment four", "STREET_ADDRESS", "one two three main street apartment four"),
    ("send it to 10 Downing St", "STREET_ADDRESS", "10 Downing St"),
    ("my zip code is 90210", "STREET_ADDRESS", "90210"),
    ("I was born on March 3rd, 1985", "DATE_OF_BIRTH", "March 3rd, 1985"),
    ("date of birth 03/14/1985", "DATE_OF_BIRTH", "03/14/1985"),
    ("DOB is the third of June nineteen ninety", "DATE_OF_BIRTH", "third of June nineteen ninety"),
    # usernames and ID numbers after their cue
    ("Username: cminh730", "USERNAME", "cminh730"),
    ("My driver's license number is F162823540116", "ID_NUMBER", "F162823540116"),
    ("passport number 533380006", "ID_NUMBER", "533380006"),
]

# Things that look like PII but are not: none may be redacted.
NEGATIVE = [
    "your order number is 4111111111111111",
    "promo code 555123 gives you ten percent off",
    "the tracking number is 1Z999AA10123456784",
    "the amount due is $1,250.00",
    "you owe 1250 dollars",
    "I'll call you back at 3:30 pm",
    "the payment is due on March 3rd, 2025",
    "we spoke on 12/05/2024",
    "I have two kids and one dog",
    "oh okay, thanks",
    "reference number 88812345",
    "case number 12345678",
    "it was about 20 minutes",
    "the last four of the card are 1111",
    "I was born in Ohio. The payment of 250 is due on May 5th, 2025",
    "we offer a plan of 3 payments of 100",
    "press 1 for English",
    "Thank you for calling, how can I help?",
    "XXXX XXXX XXXX and XX/XX/XXXX",  # existing CFPB masks are left alone
    "my passport expired last year",
]


@pytest.mark.parametrize(("text", "entity", "covered"), POSITIVE)
def test_recognizer_catches(text: str, entity: str, covered: str) -> None:
    dets = detect(text)
    s = text.index(covered)
    e = s + len(covered)
    hits = [d for d in dets if d.start <= s and d.end >= e]
    assert hits, f"{covered!r} not fully covered in {text!r}: {dets}"
    assert hits[0].entity_type == entity


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_pii_is_left_alone(text: str) -> None:
    redacted, reps = redact_text(text)
    assert redacted == text, [(r.entity_type, r.recognizer) for r in reps]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("card 4111 1111 1111 1111 exp 08/27 cvv 123",
         "card <CREDIT_CARD> exp <CARD_EXPIRY> cvv <CARD_SECURITY_CODE>"),
        ("I'm Sam, email sam at gmail dot com", "I'm <PERSON>, email <EMAIL_ADDRESS>"),
        ("nothing to see here", "nothing to see here"),
        # a cue stops at a new sentence: 250 is an amount, not a second security code
        ("the security code is 123. I want to pay 250 now please",
         "the security code is <CARD_SECURITY_CODE>. I want to pay 250 now please"),
    ],
)
def test_redact_text_tags(text: str, expected: str) -> None:
    assert redact_text(text)[0] == expected


def test_redactions_point_at_the_tags() -> None:
    redacted, reps = redact_text("card 4111 1111 1111 1111 and cvv 123")
    assert [redacted[r.start:r.end] for r in reps] == ["<CREDIT_CARD>", "<CARD_SECURITY_CODE>"]
    assert all(r.recognizer and 0 < r.score <= 1 for r in reps)
