"""The parts of a written message: subject line, salutation, body, sign-off with signature, opt-out footer.

Why: the text stage collapses whitespace (one normalised line per utterance), so an email arrives at the quality
stage as "Subject: Re: your payment Hi <PERSON>, Thank you for ... Kind regards, <PERSON>, Billing To stop
receiving these emails, unsubscribe ...". Judged as one passage, the header and footer drown the body's tone
(the demo dispute email's apology scored 0.02 empathy). Splitting the parts back out lets each be judged alone.
Blank lines still separate paragraphs where the text has kept them.
"""

from __future__ import annotations

import re

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SALUTATION_WORD = r"(?:Hi|Hello|Hey|Hiya|Dear|Good\s+(?:morning|afternoon|evening)|Greetings)"
# "Subject: ..." up to the salutation that opens the body.
_SUBJECT = re.compile(rf"^\s*(?:Subject|Re|Fwd?)\s*:.*?(?=\s{_SALUTATION_WORD}\b)", re.IGNORECASE | re.DOTALL)
# "Hi <PERSON>," / "Dear Ms Okafor," / "Good morning," at the start: at most five words before the comma.
_SALUTATION = re.compile(rf"^\s*{_SALUTATION_WORD}\b(?:\s+[^\s,.!?]+){{0,5}}\s*[,!:]\s+(?=\S)", re.IGNORECASE)
# A closing phrase and a comma near the end: what follows is the signature (name, team, footer).
_SIGN_OFF = re.compile(
    r"(?<=[\s.!?])(?:(?:kind|best|warm|warmest|many)\s+(?:regards|wishes|thanks)|regards|sincerely|"
    r"yours\s+(?:sincerely|faithfully|truly)|cheers|thanks|thank\s+you|best|take\s+care)\s*,\s+(?=\S).{0,240}$",
    re.IGNORECASE | re.DOTALL,
)
# Unsubscribe and opt-out lines are fixed footers, not the agent's words to this customer. A footer starts a
# sentence: capitalised where the line breaks are lost ("... Billing To stop receiving these emails"), or after a
# full stop; "to stop it going to charge off" in a reply is not one.
_FOOTER_START = r"(?:To\s+(?:stop\s+receiving|opt\s+out|unsubscribe)|Reply\s+STOP|Unsubscribe|Opt\s+out)"
_FOOTER = re.compile(
    rf"(?:(?<=\s){_FOOTER_START}|(?<=[.!?]\s)(?i:to\s+(?:stop\s+receiving|opt\s+out|unsubscribe)|reply\s+stop|"
    r"unsubscribe|opt\s+out))\b.{0,200}$",
    re.DOTALL,
)


def split_parts(paragraph: str) -> list[str]:
    """A paragraph as its message parts, in order (the paragraph itself when it has none of them)."""
    head: list[str] = []
    tail: list[str] = []
    rest = paragraph.strip()
    m = _SUBJECT.match(rest)
    if m:
        head.append(m.group(0).strip())
        rest = rest[m.end():].strip()
    m = _SALUTATION.match(rest)
    if m and m.end() < len(rest):
        head.append(m.group(0).strip())
        rest = rest[m.end():].strip()
    for pattern in (_FOOTER, _SIGN_OFF):
        m = pattern.search(rest)
        if m and m.start() > 0:  # a body must remain: "Thanks, that helps." alone is the body
            tail.insert(0, m.group(0).strip())
            rest = rest[:m.start()].strip()
    return [p for p in [*head, rest, *tail] if p]


def message_paragraphs(text: str) -> list[str]:
    """Paragraphs of a message: blank-line blocks, each split into its message parts."""
    return [part for block in _PARAGRAPH_BREAK.split(text) for part in split_parts(block)]
