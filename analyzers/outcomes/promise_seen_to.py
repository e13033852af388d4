"""Commitments to pay that name no paying verb: the customer seeing to it that the money goes ("I will make sure the
S$214 is paid by the end of the month", "we'll ensure it gets transferred Friday") and a purchase completed ("will
complete the order on Monday"), which pays what the checkout asks. Both commit as "I'll pay" does."""

from __future__ import annotations

import re

from analyzers.outcomes.promise_phrases import ADVERBS, SUBJECT_MODAL

SEEN_TO = re.compile(
    SUBJECT_MODAL + ADVERBS
    + r"(?:(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?[^.?!]{0,40}?\b(?:is|are|gets?|will\s+be)\s+"
      r"(?:paid|sent|transferred|settled|cleared)\b"
      r"|(?:complete|finish|finali[sz]e|place)\s+(?:the|my|this|that|our)\s+(?:order|purchase|checkout)\b)",
    re.IGNORECASE)
