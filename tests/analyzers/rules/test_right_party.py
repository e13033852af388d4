"""A full-name right-party check, answered yes, verifies identity (analyzers/rules/right_party.py)."""

from __future__ import annotations

import pytest

from analyzers.document import SpeakerRole, Utterance, Word
from analyzers.rules.right_party import right_party_confirmed


def _utts(*lines: str) -> list[Utterance]:
    out = []
    for i, line in enumerate(lines):
        role, text = line.split(": ", 1)
        out.append(Utterance(index=i, speaker=role, role=SpeakerRole(role), text=text))
    return out


@pytest.mark.parametrize(
    ("lines", "confirmed_at"),
    [
        (["agent: Hi, it's Marcus from Acme. Am I speaking with Jennifer Ortiz?", "customer: Yes, this is she."], 1),
        (["agent: Before we start, this call is recorded. Is that Ms Helen Ford?", "customer: It is."], 1),
        (["agent: Hello, it's Mark at Acme. Am I speaking to James Reid?", "customer: Aye, that's me."], 1),
        (["agent: Good afternoon, Acme, this is Tyler. May I confirm your name?", "customer: Brian Nguyen."], 1),
        (["agent: hi acme this is alyssa can i have your name please", "customer: kevin brooks"], 1),
        # a first name alone identifies no one
        (["agent: Hi, is that Jennifer?", "customer: Yes."], None),
        # a title and a surname is the formal name, as a first and last name is
        (["agent: Hi, this is Marcus. Am I speaking with Ms. Alvarez?", "customer: Yes."], 1),
        (["agent: Hi, is that Sir Jennifer?", "customer: Yes."], None),
        # lower-case speech-to-text: after a title a small word is the surname; the check may run on into a second
        # request joined by "and"
        (["agent: can i just check im speaking to mrs okafor and grab your postcode", "customer: yeah its me"], 1),
        (["agent: is that mr adeyemi", "customer: yes speaking"], 1),
        (["agent: is that mrs and", "customer: yes"], None),
        (["agent: Is that Mr Jones and his wife?", "customer: Yes."], None),
        (["agent: May I confirm your name?", "customer: Brian."], None),
        # a "no", a hedge, or someone fetched is no confirmation
        (["agent: Am I speaking with Jennifer Ortiz?", "customer: No, she's not in."], None),
        (["agent: Am I speaking with Jennifer Ortiz?", "customer: Yes, hold on, I'll get her."], None),
        (["agent: Am I speaking with Jennifer Ortiz?", "customer: Who's asking?"], None),
        (["agent: May I confirm your name?", "customer: Why do you need it?"], None),
        # the answer must be the customer's, straight after the question
        (["agent: Am I speaking with Jennifer Ortiz?", "agent: Hello?", "customer: Yes."], None),
        # redacted text without word timings: the tag may stand for a first name alone
        (["agent: Am I speaking with <PERSON>?", "customer: Yes, speaking."], None),
    ],
)
def test_right_party_check(lines: list[str], confirmed_at: int | None) -> None:
    assert right_party_confirmed(_utts(*lines), [SpeakerRole.agent]) == confirmed_at


def test_redacted_full_name_counts_when_the_words_show_two_names() -> None:
    """Redaction gives every word of the name the tag's text and place: two words there are a full name."""
    ask, answer = _utts("agent: Am I speaking with <PERSON>?", "customer: Yes, this is she.")
    at = ask.text.index("<PERSON>")
    span = (at, at + len("<PERSON>"))
    words = [Word(text=t, start=float(i), end=float(i) + 0.5) for i, t in enumerate(["Am", "I", "speaking", "with"])]
    ask.words = [*words, Word(text="<PERSON>", start=4.0, end=4.4, char_start=span[0], char_end=span[1]),
                 Word(text="<PERSON>", start=4.4, end=4.9, char_start=span[0], char_end=span[1])]
    assert right_party_confirmed([ask, answer], [SpeakerRole.agent]) == 1
    ask.words = ask.words[:-1]  # one word: a first name alone
    assert right_party_confirmed([ask, answer], [SpeakerRole.agent]) is None


def test_redacted_name_given_when_asked() -> None:
    ask, answer = _utts("agent: Can I take your full name, please?", "customer: <PERSON>.")
    answer.words = [Word(text="<PERSON>", start=1.0, end=1.4, char_start=0, char_end=8),
                    Word(text="<PERSON>", start=1.4, end=1.9, char_start=0, char_end=8)]
    assert right_party_confirmed([ask, answer], [SpeakerRole.agent]) == 1
    answer.words = answer.words[:1]
    assert right_party_confirmed([ask, answer], [SpeakerRole.agent]) is None
