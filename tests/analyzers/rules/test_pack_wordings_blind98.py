"""The default packs on fresh wordings of what blind98-101 found missing or over-flagged: arrest and court said by
their picture, invented blacklisting, the employer told as a consequence, a hedged court step, self put-downs,
shaming an adult over a small sum, "trying" the customer again after a stop request, autopay, a flooded home,
a written record that is no recording notice, and the Mini-Miranda as what the agency collects."""

from __future__ import annotations

import pytest
from default_packs import UK_CREDITOR, US_AGENCY, US_CREDITOR, conversation, phrases_flag


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Carry on like this and they'll have you in cuffs by the weekend.", True),
        ("You'll be up before the judge next week if this isn't paid.", True),
        ("Miss this and your employer will be told, then you'll lose your job.", True),
        ("Your social security number will be flagged and you'll never be able to rent anywhere.", True),
        # a remote, hedged step is an accurate consequence
        ("We may look at legal action eventually, but it's a last resort and we're nowhere near that.", False),
    ],
)
def test_threat_wordings(text: str, threat: bool) -> None:
    assert phrases_flag(conversation([f"agent: {text}"]), US_CREDITOR, "conduct.threat_or_false_statement") is threat


@pytest.mark.parametrize(
    ("text", "abuse"),
    [
        # the agent about themselves
        ("Sorry, I'm being a bit slow myself today, one second.", False),
        ("I feel like such a fool, I gave you the wrong date.", False),
    ],
)
def test_abuse_wordings(text: str, abuse: bool) -> None:
    assert phrases_flag(conversation([f"agent: {text}"]), US_CREDITOR, "conduct.abusive_language") is abuse


@pytest.mark.parametrize(
    "reply",
    [
        "Okay. We'll try you again on Monday about the balance.",
        "Sure, I'll just need the payment first and then we'll leave you be.",
        "Understood. Let me set up autopay for you before you go.",
    ],
)
def test_contact_after_stop(reply: str) -> None:
    lines = ["customer: Stop calling me, I don't want to hear from you again.", f"agent: {reply}"]
    assert phrases_flag(conversation(lines), US_CREDITOR, "contact.after_cease_request")


def test_flooded_home_then_pressed() -> None:
    lines = ["customer: Our home flooded last week and we're staying with relatives.",
             "agent: That doesn't change anything. I'll need at least half of it by Friday."]
    assert phrases_flag(conversation(lines), UK_CREDITOR, "vulnerability.not_handled")


def test_card_asked_after_anxiety() -> None:
    lines = ["customer: I'm not coping, my anxiety is awful.", "agent: Right. What card would you like to use?"]
    assert phrases_flag(conversation(lines), UK_CREDITOR, "vulnerability.not_handled")


def test_emailed_record_is_no_recording_notice() -> None:
    opening = [{"speaker": "agent", "text": "Hi, Acme Subscriptions, Jo speaking."},
               {"speaker": "customer", "text": "Hi."}]
    lines = ["agent: I'll e-mail you a written record of this call afterwards. Now, about the balance."]
    assert phrases_flag(conversation(lines, opening), UK_CREDITOR, "disclosure.recording_notice_missing")


def test_mini_miranda_as_what_the_agency_collects() -> None:
    lines = ["agent: Our agency collects overdue accounts, we're calling to recover the balance on your Acme "
             "account, and anything you tell me will be used in that effort."]
    assert not phrases_flag(conversation(lines), US_AGENCY, "disclosure.mini_miranda_missing")
