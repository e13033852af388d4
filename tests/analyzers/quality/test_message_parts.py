"""Messages whose line breaks were collapsed still split into subject, salutation, body, sign-off and footer."""

from analyzers.quality import scoring
from analyzers.quality.message_parts import message_paragraphs

EMAIL = ("Subject: Re: Your payment didn't go through Hi <PERSON>, Thank you for letting us know, and I'm sorry for "
         "the confusion. I've opened a dispute for the $23.98 charge and paused payment reminders while our billing "
         "team reviews it. Kind regards, <PERSON>, Lumen Streaming Billing To stop receiving billing emails, "
         "unsubscribe at lumen.example/prefs.")


def test_a_collapsed_email_splits_into_its_parts() -> None:
    parts = message_paragraphs(EMAIL)
    assert parts[0] == "Subject: Re: Your payment didn't go through"
    assert parts[1] == "Hi <PERSON>,"
    assert parts[2].startswith("Thank you for letting us know") and parts[2].endswith("reviews it.")
    assert parts[3] == "Kind regards, <PERSON>, Lumen Streaming Billing"
    assert parts[4].startswith("To stop receiving billing emails")


def test_blank_lines_separate_paragraphs() -> None:
    assert message_paragraphs("Hi Sam,\n\nSorry about that.\n\nBest,\nLeo") == ["Hi Sam,", "Sorry about that.",
                                                                                  "Best,\nLeo"]


def test_replies_without_message_parts_stay_whole() -> None:
    for text in ("Thanks, that helps.",  # a body alone is never split off as a sign-off
                 "yeah so unfortunately the only way to stop it going to default is to clear it today",
                 "best i can do is friday"):
        assert message_paragraphs(text) == [text]


def test_the_body_of_an_email_is_judged_without_its_header_and_footer() -> None:
    assert scoring.empathy_scores(scoring.embed([EMAIL]))[0] >= 0.5
