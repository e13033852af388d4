"""Right-party contact (identity confirmed and verified) and the cue-based outcomes: dispute, cease, wrong
number, hardship."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analyzers.document import Entity, Evidence, SpeakerRole, Utterance
from analyzers.outcomes import cues
from analyzers.outcomes.text_spans import evidence

_IDENTITY_Q = re.compile(r"\b(am i (speaking|talking) (to|with)|is (this|that)|(could|may|can) i (speak|talk) "
                         r"(to|with)|i'?m (looking|trying) (for|to reach)|are you|speaking (to|with))\b", re.IGNORECASE)
# A statement that says who the agent wants, asked or not: "calling for <PERSON>."
_IDENTITY_ASK = re.compile(r"\b(calling (for|to speak (to|with))|looking for|trying to (reach|get hold of)|hoping to "
                           r"(speak (to|with)|reach)|i'?d like to speak (to|with)|i need to speak (to|with)) "
                           r"<PERSON(:[0-9a-f]+)?>", re.IGNORECASE)
_NAME_TAG = r"<PERSON(?::[0-9a-f]+)?>"
# The answer may open a later sentence ("It's really late. Yes, this is <PERSON>."); a name is redacted by then.
_IDENTITY_YES = re.compile(r"(?:^|[.!?]\s+)\W*(?:(yes|yeah|yep|yup|speaking|this is (she|he|him|her|me|\w+)|"
                           r"that's me|that is me|it's me|it is|you are|you got (him|her|me)|correct|right)\b|"
                           rf"(this|it)('s| is) {_NAME_TAG})|\b(speaking|that's me|that is me|this is (she|he)|"
                           rf"yes,? (this|it)('s| is) {_NAME_TAG})", re.IGNORECASE)
_IDENTITY_NO = re.compile(r"^\W*(no|nope|not)\b|\b(wrong number|not here|isn't here|is not here|not available|"
                          r"this is (his|her|their) \w+)", re.IGNORECASE)
_VERIFY_Q = re.compile(r"\b(confirm|verify|verification|security|what is your|what's your|can i (have|get|take)|"
                       r"could i (have|get)|tell me)\b.{0,60}\b"
                       r"(?P<check>date of birth|birth ?date|birthday|dob|last (four|4)|"
                       r"post ?code|zip( code)?|address|social|ssn|security (question|code|answer)|account number|"
                       r"full name|passcode|pin)\b", re.IGNORECASE)
_VERIFY_OK = re.compile(r"\b(thank(s| you) for (confirming|verifying|that|the information)|you('re| are| have been)"
                        r" (verified|confirmed)|that('s| is) (correct|right|a match|confirmed|all correct)|that "
                        r"matches|matches (what|our)|perfect|great|got it|all verified|verified)\b", re.IGNORECASE)
_VERIFY_FAIL = re.compile(r"\b(doesn't match|does not match|not what (we|i) have|unable to verify|can't verify|"
                          r"cannot verify|couldn't verify|not able to verify|that's not (correct|right))\b",
                          re.IGNORECASE)
_TAG = re.compile(r"<[A-Z_]+(?::[0-9a-f]+)?>|\d|\*{3,}")


@dataclass
class Cue:
    """Which cue kinds fired in a conversation, with the evidence of each."""

    kinds: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


def _speaks_for_customer(u: Utterance) -> bool:
    # Whoever answers the phone may be labelled customer before the call shows otherwise.
    return u.role in (SpeakerRole.customer, SpeakerRole.third_party, SpeakerRole.unknown)


def _negated_just_before(text: str, start: int) -> bool:
    return bool(re.search(r"\b(not|never|no|haven't|hasn't|wasn't|isn't|didn't|don't|am not|'m not)\W+(\w+\W+){0,2}$",
                          text[max(0, start - 30): start], re.IGNORECASE))


def scan(utterances: list[Utterance], patterns: dict[str, re.Pattern[str]], negation_aware: bool = True) -> Cue:
    """Run named cue patterns over what the customer side said."""
    found = Cue()
    for u in utterances:
        if not _speaks_for_customer(u):
            continue
        for kind, rx in patterns.items():
            m = rx.search(u.text)
            if not m or (negation_aware and _negated_just_before(u.text, m.start())):
                continue
            if kind not in found.kinds:
                found.kinds.append(kind)
            found.evidence.append(evidence(u, m.start(), m.end()))
    return found


def wrong_number(utterances: list[Utterance]) -> Cue:
    """The person reached says they are not the customer and do not know them."""
    return scan(utterances, {"wrong_number": cues.WRONG_NUMBER}, negation_aware=False)


@dataclass
class RightParty:
    identity_confirmed: bool = False
    verified: bool = False
    checks: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


_CHECK_NAMES = (("date_of_birth", r"date of birth|birth ?date|birthday|dob"), ("last_four", r"last (four|4)"),
                ("postcode", r"post ?code|zip"), ("address", r"address"), ("ssn", r"social|ssn"),
                ("security_question", r"security|passcode|pin"), ("account_number", r"account number"),
                ("full_name", r"full name"))


def right_party(utterances: list[Utterance], entities: list[Entity]) -> RightParty:
    """Whether the agent confirmed they reached the customer and verified them (a check answered and accepted)."""
    rp = RightParty()
    entity_utts = {e.utterance for e in entities if e.speaker_role == SpeakerRole.customer}
    for pos, u in enumerate(utterances):
        if u.role != SpeakerRole.agent:
            continue
        rpos = next((k for k in range(pos + 1, min(pos + 3, len(utterances)))
                     if _speaks_for_customer(utterances[k])), None)
        if rpos is None:
            continue
        reply = utterances[rpos]
        asked = (bool(_IDENTITY_Q.search(u.text)) and "?" in u.text) or bool(_IDENTITY_ASK.search(u.text))
        if not rp.identity_confirmed and asked:
            if _IDENTITY_YES.search(reply.text) and not _IDENTITY_NO.search(reply.text):
                rp.identity_confirmed = True
                rp.evidence += [evidence(u), evidence(reply)]
        vq = _VERIFY_Q.search(u.text)
        if vq and not rp.verified:
            answered = reply.index in entity_utts or bool(_TAG.search(reply.text)) or len(reply.text.split()) >= 2
            follow = next((v for v in utterances[rpos + 1: rpos + 3] if v.role == SpeakerRole.agent),
                          None)
            accepted = follow is not None and bool(_VERIFY_OK.search(follow.text)) \
                and not _VERIFY_FAIL.search(follow.text)
            if answered and accepted:
                rp.verified = True
                rp.checks += [name for name, rx in _CHECK_NAMES if re.search(rx, vq.group("check"), re.IGNORECASE)]
                rp.evidence += [evidence(u), evidence(reply), evidence(follow)]  # type: ignore[arg-type]
    return rp
