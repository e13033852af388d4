"""Agent turns that note what the customer only hopes to pay ("okay i'm gonna note that you might be able to do
ninety around the twentieth"): the agent records the customer's hedge in the customer's own terms, so a yes to it
("yeah whatever") confirms the hope, not a commitment."""

from __future__ import annotations

import re

NOTES_A_HOPE = re.compile(r"\byou(?:'ll|\s+will)?\s+(?:might|may)\s+(?:possibly\s+|just\s+)?be\s+able\s+to\b"
                          r"|\byou\s+(?:could|might|may)\s+possibly\b"
                          r"|\byou(?:'re|\s+are)\s+hoping\s+to\b|\byou(?:'ll|\s+will)\s+(?:try|aim)\s+to\b",
                          re.IGNORECASE)
