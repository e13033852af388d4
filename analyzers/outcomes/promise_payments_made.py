"""Phrases telling of a payment already made without the words "paid" or "sent": the debit or transfer that "went
off this morning", and the proof of payment attached to an email. A day said with them is when the money moved, not
a day to pay."""

from __future__ import annotations

# "I instructed my bank to pay the R1,200 by EFT and it went off this morning" (South African and British English:
# a debit order or transfer "goes off" the account); "it's gone through", "has gone out".
MONEY_MOVED = (r"\bwent\s+off\b|\b(?:has|have|had|'s|'ve)\s+(?:already\s+)?gone\s+(?:off|out|through)\b"
               # "Proof of payment attached.", "please find attached proof of payment", "POP enclosed"
               r"|\b(?:proof\s+of\s+payment|pop|remittance(?:\s+advice)?|payment\s+confirmation|receipt)\s+"
               r"(?:is\s+|was\s+)?(?:attached|enclosed)\b"
               r"|\b(?:attached|enclosed)\s+(?:is\s+|please\s+find\s+)?(?:the\s+|my\s+)?(?:proof\s+of\s+payment|"
               r"remittance(?:\s+advice)?|payment\s+confirmation|receipt)\b"
               r"|\bplease\s+find\s+(?:attached|enclosed)\s+(?:the\s+|my\s+)?(?:proof\s+of\s+payment|"
               r"remittance(?:\s+advice)?|payment\s+confirmation|receipt)\b")
