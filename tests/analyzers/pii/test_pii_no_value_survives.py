"""The guarantee at analyzer level: after the text pipeline, no original PII value is anywhere in what is kept
(the serialised document, its redactions, entities, findings, residual evidence) or in the logs."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest
from pii_helpers import run_turns

# (turns, values that must not survive in any form)
CONVERSATIONS = [
    ([("agent", "Can I get your full name please?"), ("customer", "It's Dolores Abernathy"),
      ("agent", "Thanks Dolores. And the card number?"), ("customer", "five five five five, five five five five"),
      ("agent", "mm-hmm"), ("customer", "five five five five, four four four four"),
      ("agent", "Expiry and the code on the back?"), ("customer", "oh four twenty nine, and six one two"),
      ("customer", "email is dolores dot a at westworld dot com, phone 415-555-0139"),
      ("agent", "Date of birth?"), ("customer", "born 02/11/1981, SSN 219-09-9999")],
     ["Dolores", "Abernathy", "five five five five, four four four four", "oh four twenty nine", "six one two",
      "dolores dot a at westworld dot com", "415-555-0139", "02/11/1981", "219-09-9999"]),
    ([("customer", "pay with 4111-1111-1111-1111 exp 12/30 cvv 737, I live at 31 Spooner Street, Quahog RI 02903")],
     ["4111", "12/30", "737", "31 Spooner Street"]),
]


@pytest.mark.parametrize(("turns", "values"), CONVERSATIONS)
def test_no_original_value_in_the_document_or_logs(turns: list[tuple[str, str]], values: list[str],
                                                   caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    doc = run_turns(turns)
    # Timings are measurements, not text: a stage duration of 0.0387370 ms or presidio's "match_time 0.000737
    # seconds" would otherwise read as a leaked "737".
    logs = "\n".join(r.getMessage() for r in caplog.records)
    kept = (doc.model_dump_json(exclude={"stage_runs"}) + re.sub(r"\d+\.\d+ seconds", "", logs)).lower()
    for v in values:
        assert v.lower() not in kept, v
    assert doc.redacted and doc.residual_pii == []
    assert doc.entities and all(e.char_end > e.char_start for e in doc.entities)


def test_real_abcd_conversations_lose_name_email_phone_username(shared_data: Path) -> None:
    data = json.loads((shared_data / "text_customer_service_abcd" / "abcd_sample.json").read_text())
    for convo in data:
        doc = run_turns([(s, t) for s, t in convo["original"]])
        text = "\n".join(u.text for u in doc.utterances).lower()
        personal = convo["scenario"]["personal"]
        for key in ("customer_name", "email", "phone", "username"):
            value = personal.get(key)
            if not value:
                continue
            parts = value.split() if key == "customer_name" else [value]
            for part in parts:
                if part.lower() in " ".join(t.lower() for _, t in convo["original"]):
                    assert part.lower() not in text, (convo["convo_id"], key)
