"""Bad input is redacted or refused with a clear InputError, never a crash and never half-redacted."""

from __future__ import annotations

import random
import time

import pytest
from pii_helpers import redact, run_turns

from analyzers.errors import InputError
from analyzers.pii import redact_text


def _junk(n: int, seed: int) -> str:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n)).decode("latin-1")


@pytest.mark.parametrize(
    ("text", "must_vanish"),
    [
        ("", []),
        ("   \n\t ", []),
        ("Мой номер карты 4111 1111 1111 1111 😀 日本語 مرحبا", ["4111"]),
        ("💳💳 4111-1111-1111-1111 💳💳 cvv 123 🙏", ["4111", "123"]),
        ("card\u200b4111\u200b1111\u200b1111\u200b1111", []),  # zero-width joins are for normalise_text to drop
        ("ｃａｒｄ　４１１１　１１１１　１１１１　１１１１", []),  # full-width: folded by normalise_text first
        (_junk(2000, 1), []),
        (_junk(2000, 2) + " card 4111 1111 1111 1111 " + _junk(500, 3), ["4111 1111 1111 1111"]),
        ("<CREDIT_CARD> already redacted", []),
        ("a" * 5000, []),
        ("4" * 5000, ["4" * 20]),  # a wall of digits is not left in clear
    ],
)
def test_odd_text_is_redacted_without_crashing(text: str, must_vanish: list[str]) -> None:
    redacted, reps = redact_text(text)
    assert isinstance(redacted, str)
    for value in must_vanish:
        assert value not in redacted
    assert all(0 <= r.start <= r.end <= len(redacted) for r in reps)


def test_hundred_thousand_characters_are_redacted_in_reasonable_time() -> None:
    filler = "we talked about the payment plan and the balance. "
    text = (filler * 2000)[:99_000] + " my card is 4111 1111 1111 1111"
    t0 = time.perf_counter()
    redacted, _ = redact_text(text)
    assert "4111" not in redacted
    assert time.perf_counter() - t0 < 60  # generous: CI machines are shared


@pytest.mark.parametrize(("value", "code"), [("x" * 100_001, "text_too_long"), (b"bytes", "invalid_text"),
                                             (None, "invalid_text")])
def test_unusable_text_is_refused_with_a_code(value: object, code: str) -> None:
    with pytest.raises(InputError) as err:
        redact_text(value)  # type: ignore[arg-type]
    assert err.value.code == code


def test_stage_refuses_an_over_long_turn_before_redacting_anything() -> None:
    with pytest.raises(InputError) as err:
        redact([("customer", "card 4111 1111 1111 1111"), ("customer", "y" * 200)], max_chars=100)
    assert err.value.code == "text_too_long"


def test_text_profile_handles_mixed_scripts_and_junk() -> None:
    doc = run_turns([
        ("customer", "Привет 👋 my card: ４１１１ １１１１ １１１１ １１１１"),
        ("agent", _junk(300, 4)),
        ("customer", "card\u200b4111\u200b1111\u200b1111\u200b1111"),
    ])
    assert all("4111" not in u.text and "1111" not in u.text for u in doc.utterances)
    assert doc.redacted
