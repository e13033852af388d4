"""Roles: metadata first; otherwise the brand greeting and verification questions mark the agent."""

from __future__ import annotations

import pytest

from analyzers.document import Direction, Document, InteractionMeta, Speaker, SpeakerRole, Utterance
from analyzers.speech.roles import assign_roles


def _doc(lines: list[tuple[str, str]], direction: Direction = Direction.outbound, brand: str = "Acme",
         speakers: list[Speaker] | None = None) -> Document:
    utts = [Utterance(index=i, speaker=s, text=t, start=i * 3.0, end=i * 3.0 + 2.5) for i, (s, t) in enumerate(lines)]
    labels = list(dict.fromkeys(s for s, _ in lines))
    return Document(meta=InteractionMeta(brand_name=brand, direction=direction), utterances=utts,
                    speakers=speakers or [Speaker(label=lab) for lab in labels])


CASES = [
    ("brand greeting after customer answers",
     [("s0", "Hello?"), ("s1", "Hi, this is Sam calling from Acme about your account."), ("s0", "Oh, okay.")],
     {"s0": SpeakerRole.customer, "s1": SpeakerRole.agent}),
    ("inbound: thanks for calling",
     [("s0", "Thank you for calling Acme, how can I help?"), ("s1", "I want to pay my bill.")],
     {"s0": SpeakerRole.agent, "s1": SpeakerRole.customer}),
    ("verification questions without a brand",
     [("a", "Hello."), ("b", "Hello, for security purposes can you confirm your date of birth?"),
      ("a", "Sure, it's the fifth of May.")],
     {"a": SpeakerRole.customer, "b": SpeakerRole.agent}),
    ("third speaker is a third party",
     [("x", "Hello?"), ("y", "Hi, this is Dana from Acme, am I speaking with Pat?"),
      ("x", "Hang on, my husband will take this, he handles the bills and I am just passing on the phone."),
      ("z", "Yes?")],
     {"x": SpeakerRole.customer, "y": SpeakerRole.agent, "z": SpeakerRole.third_party}),
]


@pytest.mark.parametrize("label,lines,expected", CASES, ids=[c[0] for c in CASES])
def test_roles_from_cues(label: str, lines: list[tuple[str, str]], expected: dict[str, SpeakerRole]) -> None:
    direction = Direction.inbound if "inbound" in label else Direction.outbound
    doc = assign_roles(_doc(lines, direction))
    assert {s.label: s.role for s in doc.speakers} == expected
    assert all(u.role == expected[u.speaker] for u in doc.utterances)
    assert all(s.role_source == "cues" for s in doc.speakers)


def test_metadata_wins_over_cues() -> None:
    speakers = [Speaker(label="ch0", channel=0, role=SpeakerRole.customer, role_source="metadata", role_confidence=1),
                Speaker(label="ch1", channel=1, role=SpeakerRole.agent, role_source="metadata", role_confidence=1)]
    doc = assign_roles(_doc([("ch0", "Thank you for calling Acme."), ("ch1", "Hi.")], speakers=speakers))
    assert [u.role for u in doc.utterances] == [SpeakerRole.customer, SpeakerRole.agent]
