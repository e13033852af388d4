"""The default packs on fresh wordings (not the bench sentences): threats by lexicon with negation, third
parties who say who they are, and UK contact hours."""

from __future__ import annotations

import pytest

from analyzers.document import FindingStatus
from analyzers.rules import dry_run

OPENING = [{"speaker": "agent", "text": "Hi, this is Sam from Acme Subscriptions. This call is recorded for quality."},
           {"speaker": "customer", "text": "Hi."}]
US_CREDITOR = {"tenant_role": "creditor", "jurisdictions": ["US"], "channel": "voice"}
US_AGENCY = {"tenant_role": "agency", "jurisdictions": ["US"], "channel": "voice"}
UK_AGENCY = {"tenant_role": "agency", "jurisdictions": ["GB"], "channel": "voice"}


def _violated(turns: list[dict[str, str]], meta: dict[str, object], category: str) -> bool:
    return any(f.status == FindingStatus.violated and f.category == category for f in dry_run(turns, meta))


THREATS = [
    ("agent", "If you keep dodging us, we'll see you in court.", True),
    ("agent", "You could end up in prison over this.", True),
    ("agent", "People like you get arrested for this.", True),
    ("agent", "We'll have the police at your door by Friday.", True),
    ("agent", "We're going to garnish your bank account.", True),
    ("agent", "Our lawyers will be suing you next month.", True),
    ("agent", "We'll send the sheriff out to repossess your car.", True),
    ("agent", "No one goes to prison over a phone bill.", False),
    ("agent", "This will never go to court, don't worry.", False),
    ("agent", "We do not garnish wages for this kind of account.", False),
    ("agent", "You won't be arrested, I promise.", False),
    ("agent", "The court entered a judgment in 2019, as you know.", False),
    ("agent", "Your payment is due to court fees? No, it's the subscription.", False),
    ("customer", "Are you going to send the police?", False),
]


@pytest.mark.parametrize("meta", [US_CREDITOR, US_AGENCY], ids=["creditor", "agency"])
@pytest.mark.parametrize(("speaker", "text", "threat"), THREATS)
def test_threat_lexicon_with_negation(meta: dict[str, object], speaker: str, text: str, threat: bool) -> None:
    turns = [*OPENING, {"speaker": speaker, "text": text}]
    assert _violated(turns, meta, "conduct.threat_or_false_statement") is threat


THIRD_PARTY = [
    (["agent: Is Tom there?", "third_party: No, this is his brother.", "agent: Can you tell him he owes us $80?"],
     True),
    (["agent: May I speak with Ana?", "third_party: She's out, I'm her partner.",
      "agent: Please let her know her balance is overdue."], True),
    (["agent: May I speak with Ana?", "third_party: She's out, I'm her partner.",
      "agent: Could you ask her to call Sam back? Thanks."], False),
]


@pytest.mark.parametrize(
    ("lines", "disclosed"),
    [
        # a detail "on file" asked back, with or without a verb, verifies as "on the account" does
        (["agent: And your email on file?", "customer: jo at mail.", "agent: Thanks. The balance is $80 past due."],
         False),
        (["agent: For security, what's the email address on file?", "customer: jo at mail.",
          "agent: Thanks. The balance is $80 past due."], False),
        (["agent: Can I confirm your name and postal code?", "customer: Jo Reed, 92103.",
          "agent: Thanks. The balance is $80 past due."], False),
        (["agent: Hi, is that Jo?", "customer: Yes.", "agent: The balance is $80 past due."], True),
    ],
)
def test_identity_checked_by_a_detail_on_file(lines: list[str], disclosed: bool) -> None:
    assert _violated(_conversation(lines), US_CREDITOR, "privacy.third_party_disclosure") is disclosed


@pytest.mark.parametrize(("lines", "disclosed"), THIRD_PARTY)
def test_third_party_who_says_who_they_are(lines: list[str], disclosed: bool) -> None:
    turns = [*OPENING] + [{"speaker": s, "text": t} for s, t in (x.split(": ", 1) for x in lines)]
    assert _violated(turns, US_CREDITOR, "privacy.third_party_disclosure") is disclosed


@pytest.mark.parametrize(
    ("started_at", "zones", "outside"),
    [("2024-06-03T06:30:00Z", ["Europe/London"], True),  # 07:30 BST
     ("2024-12-03T21:15:00Z", [], True),  # 21:15 GMT, London assumed
     ("2024-06-03T12:00:00Z", ["Europe/London"], False)],
)
def test_uk_contact_hours(started_at: str, zones: list[str], outside: bool) -> None:
    meta = {**UK_AGENCY, "direction": "outbound", "started_at": started_at, "customer_timezones": zones}
    turns = [{"speaker": "agent", "text": "Good morning, calling about your account."}]
    assert _violated(turns, meta, "contact.outside_allowed_hours") is outside


@pytest.mark.parametrize(
    ("lines", "empathy_low"),
    [
        # the distress is answered with a threat: filed once, as the threat
        (["customer: I'm really stressed, I can't afford this.", "agent: Then you'll be arrested on Friday."], False),
        # no threat: the same brush-off raises low empathy
        (["customer: I'm really stressed, I can't afford this.", "agent: Then pay it on Friday."], True),
    ],
)
def test_low_empathy_on_a_threatening_turn_is_filed_as_the_threat(lines: list[str], empathy_low: bool) -> None:
    closing = "agent: Thank you for your time, take care."
    turns = OPENING + [{"speaker": s, "text": t.strip()} for s, t in (x.split(":", 1) for x in [*lines, closing])]
    assert _violated(turns, US_CREDITOR, "conduct.threat_or_false_statement") != empathy_low
    assert _violated(turns, US_CREDITOR, "quality.empathy_low") == empathy_low


def _conversation(lines: list[str]) -> list[dict[str, str]]:
    """The opening, the given 'speaker: text' lines and a courteous close."""
    said = [*lines, "agent: Thank you for your time, take care."]
    return OPENING + [{"speaker": s, "text": t.strip()} for s, t in (x.split(":", 1) for x in said)]


@pytest.mark.parametrize(
    ("lines", "cease"),
    [
        # "no more phone calls" is a request, not a denial of "any more phone calls"
        (["customer: No more phone calls, please.", "agent: Okay. When can you pay the balance?"], True),
        (["customer: I don't want to be contacted by you lot again.", "agent: Fine. Can you pay it today?"], True),
        # a channel refused and another kept is no stop of all contact
        (["customer: No more texts please, only email.",
          "agent: Done. Shall I email you the payment options?"], False),
        (["customer: Stop texting me, only by letter from now on.",
          "agent: Noted. Would a payment plan by letter work for you?"], False),
        # how the calls make the customer feel asks for nothing to stop
        (["customer: I'm being treated for depression and your calls really get to me.",
          "agent: Right. Are we paying today?"], False),
        # "thats" is "that's": "calling me that" (a name) is not what was said
        (["customer: Stop calling me thats all i want.", "agent: Okay. Can you pay today?"], True),
    ],
)
def test_cease_requests_and_channel_preferences(lines: list[str], cease: bool) -> None:
    assert _violated(_conversation(lines), US_CREDITOR, "contact.after_cease_request") is cease


@pytest.mark.parametrize(
    ("lines", "not_handled"),
    [
        # a mental-health disclosure in other words than "depression"
        (["customer: I'm not in a good way at all, I'm seeing a counselor.", "agent: Can you pay the balance today?"],
         True),
        # asking when the money arrives, or for the card's long number, presses for payment
        (["customer: I'm in hospital this week.", "agent: Okay. When can we expect the two hundred?"], True),
        (["customer: I'm in hospital this week.", "agent: Fine, what's the long card number then?"], True),
        (["customer: I'm in hospital this week.", "agent: I'm so sorry. We can pause the account for a month."],
         False),
        # a hardship the customer says is over ("again now") is no current vulnerability
        (["customer: I lost my job last year but I'm in full-time work again now.",
          "agent: Great. Would you like to pay the balance today?"], False),
    ],
)
def test_hardship_then_pressing(lines: list[str], not_handled: bool) -> None:
    assert _violated(_conversation(lines), US_CREDITOR, "vulnerability.not_handled") is not_handled
