"""The default packs on fresh wordings of the rules added for issue 5 (blind66-69): false legal claims, stop
requests said again, customer offers to stop calling, pressing that restates the debt, hardships recalled as
past, recording notices with "tape" and the Mini-Miranda as recovering money owed."""

from __future__ import annotations

import pytest
from default_packs import OPENING, UK_CREDITOR, US_AGENCY, US_CREDITOR, conversation, phrases_flag


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # a passport is never taken over a consumer debt
        ("Leave it much longer and you'll lose your passport over this.", True),
        # the debt said to double by itself
        ("Ignore this and the amount doubles again next month.", True),
        # a judgment said to be hours away, or made with no hearing
        ("You'll have a CCJ against you by Monday.", True),
        ("The judge has signed it off already, no hearing needed.", True),
        ("Your passport has nothing to do with this account.", False),
        # the employer told to take it from the wages, a suit filed now, the police told already (blind70-73)
        ("By then we'll have your employer taking it out of your wages.", True),
        ("We're filing suit this afternoon unless you pay the whole balance.", True),
        ("This account has been flagged with the police.", True),
    ],
)
def test_false_legal_claims(text: str, threat: bool) -> None:
    turns = conversation(["customer: What happens if I don't pay?", f"agent: {text}"])
    assert phrases_flag(turns, US_CREDITOR, "conduct.threat_or_false_statement") is threat


@pytest.mark.parametrize(
    ("lines", "cease"),
    [
        # the request said again as one already made
        (["customer: I told you people not to ring me at all.", "agent: Sure. Can you pay today?"], True),
        # pressing that restates the debt or demands the date
        (["customer: Stop ringing me please.", "agent: Fine, but we really need something from you this week."], True),
        (["customer: Stop ringing me please.",
          "agent: Noted, but I need to know when you're going to clear this."], True),
    ],
)
def test_stop_request_then_pressing(lines: list[str], cease: bool) -> None:
    assert phrases_flag(conversation(lines), US_CREDITOR, "contact.after_cease_request") is cease


@pytest.mark.parametrize(
    ("lines", "not_handled"),
    [
        # recovery from an operation is a health hardship
        (["customer: I'm just home from surgery and on strong painkillers.", "agent: Can you pay the balance today?"],
         True),
        # the debt restated as standing whatever the customer said presses for payment
        (["customer: I lost my job last week.", "agent: Be that as it may, it still has to be paid this month."],
         True),
        # a hardship recalled with how it was handled then is no current vulnerability
        (["customer: When I lost my job you were really good with me back then.",
          "agent: Glad to hear it. Would you like to pay the balance today?"], False),
    ],
)
def test_hardship_then_pressing(lines: list[str], not_handled: bool) -> None:
    assert phrases_flag(conversation(lines), US_CREDITOR, "vulnerability.not_handled") is not_handled


@pytest.mark.parametrize(
    ("opening", "missing"),
    [
        ("Hello, Sam at Acme Subscriptions here, we tape every call we make.", False),
        ("Hello, Sam at Acme Subscriptions here.", True),
    ],
)
def test_recording_notice_said_with_tape(opening: str, missing: bool) -> None:
    turns = conversation(["customer: Hi.", "agent: It's about the overdue amount."],
                   [{"speaker": "agent", "text": opening}])
    assert phrases_flag(turns, UK_CREDITOR, "disclosure.recording_notice_missing") is missing


@pytest.mark.parametrize(
    ("disclosure", "missing"),
    [
        ("Just so you know, we're a third-party debt collector trying to recover money owed to Acme, and what you "
          "tell us will go towards collecting it.", False),
        ("We are calling about money owed to Acme.", True),
    ],
)
def test_mini_miranda_as_recovering_money_owed(disclosure: str, missing: bool) -> None:
    opening = [*OPENING, {"speaker": "agent", "text": "Can you confirm your date of birth?"},
               {"speaker": "customer", "text": "Sure, <DATE_OF_BIRTH>."}, {"speaker": "agent", "text": disclosure}]
    turns = conversation(["customer: Okay.", "agent: It's about the overdue amount."], opening)
    assert phrases_flag(turns, US_AGENCY, "disclosure.mini_miranda_missing") is missing


@pytest.mark.parametrize(
    ("text", "abuse"),
    [
        # a negation covers its own clause only: the correction after it says the insult afresh
        ("You're not a bit slow, you're bloody hopeless.", True),
        ("You're not an idiot, you're just unlucky.", False),
        ("I know it all feels hopeless right now.", False),
    ],
)
def test_abuse_negation_is_clause_scoped(text: str, abuse: bool) -> None:
    turns = conversation(["customer: I missed the payment again.", f"agent: {text}"])
    assert phrases_flag(turns, US_CREDITOR, "conduct.abusive_language") is abuse


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        # taping is said only of this call, so a taped "chat" is a notice
        ("I'll be taping our chat today for quality purposes.", True),
        ("Hope you're well, I'm calling about your account.", False),
    ],
)
def test_recording_notice_wordings(text: str, notice: bool) -> None:
    turns = [{"speaker": "agent", "text": f"Hi, it's Marcus from Acme Subscriptions. {text} Is this Emma Price?"},
             {"speaker": "customer", "text": "Yes, hi."},
             {"speaker": "agent", "text": "Thanks Emma. We've got 39 pounds overdue."}]
    assert phrases_flag(turns, UK_CREDITOR, "disclosure.recording_notice_missing") is not notice
