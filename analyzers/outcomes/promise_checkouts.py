"""Purchases finished as the payment: "I'll complete the $249 checkout on 12/9", "I'll finish the order Friday". In
shops and subscriptions an unpaid order is settled by completing it, so the commitment to complete it pays."""

from __future__ import annotations

# The verb group COMMIT takes as paying: completing what is bought, with at most one word between (its figure or
# "online"); "complete the form" or "finish the call" names no purchase and stays no payment.
CHECKOUT_COMPLETED = (r"(?:complete|finish|finali[sz]e)\s+(?:the|my|that|this|our)\s+(?:\S+\s+)?"
                      r"(?:checkout|check-out|purchase|order|payment)")
