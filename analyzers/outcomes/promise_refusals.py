"""Phrases by which a customer who has promised turns to refusing: fighting the charge through their bank ("I'm
lodging a dispute with my bank instead", "filing a chargeback") or telling the creditor that no money is coming
("don't expect anything thurs", "not paying for it"). Either takes back the promise before it, unless what is
refused is only a fee laid on top of the debt."""

from __future__ import annotations

import re

# A dispute or chargeback raised with the customer's own bank or card: the money is to be fought over, not paid
# (a dispute of one fee with the creditor, "I want to dispute the late fee", leaves the promise standing).
BANK_DISPUTE = (r"\b(?:lodg(?:e|ing)|fil(?:e|ing)|rais(?:e|ing)|open(?:ing)?|start(?:ing)?|put(?:ting)?\s+in|"
                r"do(?:ing)?|request(?:ing)?)\s+(?:a\s+)?(?:dispute|charge-?back)\s+(?:with|through|via|at)\s+"
                r"(?:my|our|the)\s+(?:bank|card(?:\s+(?:issuer|company|provider))?|credit\s+card)\b"
                r"|\b(?:do(?:ing)?|request(?:ing)?|get(?:ting)?|fil(?:e|ing))\s+a\s+charge-?back\b")
# Telling the creditor nothing will come: "so don't expect anything thurs", "do not expect a payment" (not "don't
# expect anything more after this", which refuses only more than was promised).
NOTHING_COMING = (r"\b(?:don'?t|do\s+not|dont)\s+expect\s+(?:anything|any\s+(?:payment|money)|a\s+payment|"
                  r"the\s+(?:money|payment)|(?:a|one)\s+(?:cent|penny|dime|thing))\b(?!\s+(?:more|else|extra|further))"
                  # "not paying for it, I'm lodging a dispute": the subject dropped, the thing bought refused
                  r"|\bnot\s+(?:paying|gonna\s+pay|going\s+to\s+pay)\s+for\s+(?:it|something|anything|stuff)\b"
                  r"(?!\s+(?:more|else|extra|further))")
REFUSES_TO_PAY = BANK_DISPUTE + "|" + NOTHING_COMING
# The object of a refusal when it is a fee on top of the debt: "I'm not paying the $7 late fee though", "won't be
# paying any penalty". The customer fights the fee and still pays the debt, so the promise stands.
FEE_REFUSED = re.compile(r"\s+(?:the|that|this|your|any|a|those|these)\s+(?:[$£€]\s?\d[\d,.]*\s+|\d[\d,.]*\s+)?"
                         r"(?:[a-z-]+\s+)?(?:fees?|penalty|penalties|interest)\b", re.IGNORECASE)
# A turn that opens on a fee is about that fee: "that charges i will talk to the branch first, i am not agreeing",
# "as for the late fee, I don't accept it". Whatever it puts off or refuses, the promise for the debt stands.
ABOUT_FEE = re.compile(r"^\W*(?:(?:and|but|as\s+for|as\s+to|about|for|ok(?:ay)?|well|um+|uh+|sir|ma'?am)\W+)*"
                       r"(?:the|that|this|those|these|your|any)\s+(?:[a-z-]+\s+)?"
                       r"(?:fees?|charges?|penalty|penalties|interest)\b", re.IGNORECASE)
