"""The PII stage gives the same spans, types, scores and recognizers whatever Python's hash seed.

presidio collects a request's recognizers in a set and removes duplicate hits through a set, so before version 14
the recognizer that named a tied hit (spaCy's PERSON or Fairline's name cue over 'soy Itziar Etxeberria', both
0.85) changed from one process to the next. Each seed needs its own interpreter: the texts run in two
subprocesses (about 5 s each, both at once) under seeds that disagreed before the fix.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]

# Ties between spaCy and the name cue, between two address rules, between a phone rule and a labelled number; a
# name said before an address; a name answering the question of the turn before.
CONVERSATIONS = [
    ["Hola, soy Itziar Etxeberria y llamo por la factura."],
    ["Soy Itziar Etxeberria.", "Gracias Itziar."],
    ["Selamat pagi, saya Sukarni Wijaya, mau tanya soal tagihan."],
    ["my name is thomas bradley and i live at forty two elm street"],
    ["Ship to: Julia Kangas, Korsgade 531, 8000 Aarhus C"],
    ["Hi, this is Nguyễn Thị Thu Hà. Please update my address to Flat 4B, 27 Hollybrook Road, Leeds LS6 2QX."],
    ["your name and address?", "ingrid berg thorvald meyers gate 23 oslo"],
    ["Ich bin Jürgen Müller aus Leipzig, Tel. 0341 8387176."],
    ["Can I take the card number?", "four five three nine one four eight eight zero three four three six four "
                                    "six seven", "and the expiry?", "oh nine twenty eight"],
]

_SCRIPT = """
import json, sys
from analyzers.pii.conversation import detect_conversation
convs = json.loads(sys.stdin.read())
print(json.dumps([[[(d.start, d.end, d.entity_type, d.score, d.recognizer) for d in dets]
                   for dets in detect_conversation(c)] for c in convs]))
"""


def _start(seed: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return subprocess.Popen([sys.executable, "-c", _SCRIPT], cwd=REPO, env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _finish(proc: subprocess.Popen[str]) -> list:
    out, err = proc.communicate(json.dumps(CONVERSATIONS), timeout=120)
    assert proc.returncode == 0, err[-2000:]
    return json.loads(out)


def test_same_spans_under_two_hash_seeds() -> None:
    procs = [_start(seed) for seed in (0, 3)]
    first, second = (_finish(p) for p in procs)
    assert first == second
    # the tie the fix is about: Fairline's name cue names the span, not spaCy
    assert first[0] == [[[10, 27, "PERSON", 0.85, "NameCueRecognizer"]]]
    assert any(d for turn in first[-1] for d in turn)
