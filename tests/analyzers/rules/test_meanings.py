"""Meaning files: statements recognised from examples, said in words no phrase list has, checked at load."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rule_packs import one_rule_pack

from analyzers.errors import PipelineConfigError
from analyzers.rules import dry_run
from analyzers.rules.loader import RULESETS_DIR, load_ruleset, parse_pack
from analyzers.rules.meanings import MEANINGS_DIRNAME, denied, load_meaning, load_meanings

# (sentence, denied?) — a condition's own negation keeps the threat; a denial of the main clause rejects it.
DENIALS = [
    ("If the balance isn't cleared by Friday we'll send someone round.", False),
    ("Unless it's paid today you'll have a judgment against you by morning.", False),
    ("Not paying for a service you used is fraud.", False),
    ("We will be contacting your employer tomorrow.", False),
    ("If you don't pay, nobody will arrest you.", True),
    ("If you don't pay we won't sue you.", True),
    ("Nobody is going to take you to court over this.", True),
    ("We would never contact your employer.", True),
    ("There's no question of the police being involved.", True),
    # a reason's own negation, a waived safeguard, lost access to credit, a tag question: no denial
    ("It has doubled because you didn't ring back, and it'll double again.", False),
    ("We'll send someone for the car, no court needed.", False),
    ("No bank will ever give you a mortgage again.", False),
    ("Your offer is rubbish, isn't it?", False),
    ("It's not hard, can you even read?", False),
    ("Nobody will ever take your home.", True),
    ("We will never report this to your credit file.", True),
    # a dismissed objection denies nothing that follows it
    ("Doesn't matter, we can take it from your pension anyway.", False),
    ("No matter what you say, the bailiffs are coming.", False),
    # the "no" of a set reply denies only its own noun
    ("no bother at all sorry youre unwell", False),
    ("No problem, the sheriff will be round on Monday then.", False),
    # "no need to apologise" / "no need to worry" is a set reply too; "no need for" still denies
    ("No need to apologise, hope you're feeling better, shall we push the date back?", False),
    ("no need to worry we can split it into smaller payments", False),
    ("There's no need for us to involve the courts.", True),
    # advice against waiting, a choice denied, a legal step done without, access lost for life: pressure, no denial
    ("The immigration office gets a list from us, so I wouldn't leave it.", False),
    ("I'm an officer of the court, so this isn't really optional anymore.", False),
    ("We can take it from your wages without going to court.", False),
    ("You won't get so much as a phone contract for the rest of your life.", False),
    ("We won't be going to court over this.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), DENIALS)
def test_denial_outside_a_condition(sentence: str, expected: bool) -> None:
    assert denied(sentence) is expected


def _meaning_file(tmp_path: Path, name: str, **changes: object) -> Path:
    data = {
        "meaning": name,
        "speaker": "agent",
        "means": [f"we will send the bailiffs round on day {i}" for i in range(20)],
        "does_not_mean": [f"we can set up a plan starting on day {i}" for i in range(20)],
        **changes,
    }
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


BAD_FILES = [
    ({"meaning": "other"}, "must match the file name"),
    ({"means": ["too few"]}, "means"),
    ({"speaker": "robot"}, "speaker"),
    ({"threshold": 1.5}, "threshold"),
    ({"colour": "red"}, "colour"),
]


@pytest.mark.parametrize(("changes", "fragment"), BAD_FILES)
def test_a_bad_meaning_file_fails_with_its_path(tmp_path: Path, changes: dict[str, object], fragment: str) -> None:
    path = _meaning_file(tmp_path, "bailiffs", **changes)
    with pytest.raises(PipelineConfigError) as exc:
        load_meaning(path)
    assert str(path) in str(exc.value) and fragment in str(exc.value)


def test_an_unknown_meaning_fails_at_load() -> None:
    text = one_rule_pack("forbidden_statement", {"meaning": "telepathy"}, "conduct.threat_or_false_statement")
    with pytest.raises(PipelineConfigError, match="unknown meaning 'telepathy'"):
        parse_pack(text, "bad.yaml")


def test_the_ruleset_hash_follows_the_meaning_files(tmp_path: Path) -> None:
    rules_dir = tmp_path / "rulesets"
    (rules_dir / MEANINGS_DIRNAME).mkdir(parents=True)
    for f in ("taxonomy.yaml", "lexicons.yaml"):
        (rules_dir / f).write_text((RULESETS_DIR / f).read_text())
    (rules_dir / "t.yaml").write_text(
        one_rule_pack("forbidden_statement", {"meaning": "bailiffs"}, "conduct.threat_or_false_statement")
    )
    _meaning_file(rules_dir / MEANINGS_DIRNAME, "bailiffs")
    first = load_ruleset(rules_dir).hash
    _meaning_file(rules_dir / MEANINGS_DIRNAME, "bailiffs", threshold=0.9)
    from analyzers.rules.loader import default_meanings

    default_meanings.cache_clear()
    assert load_ruleset(rules_dir).hash != first


def test_every_shipped_meaning_file_loads() -> None:
    found = load_meanings(RULESETS_DIR / MEANINGS_DIRNAME)
    assert {"threat", "abuse", "cease", "hardship"} <= set(found)


# (agent turn, is a threat by meaning) — wording the threat lexicons do not list, and near misses.
THREATS = [
    ("If the full amount isn't in by Friday I'll be passing your file to the sheriff's office.", True),
    ("We'll make sure your landlord hears about this and you'll be out on the street.", True),
    ("Nobody is going to send the sheriff round over a phone bill.", False),
    ("If the account stays unpaid we'll pause the service until it's cleared.", False),
    ("Let's find a date that works for you.", False),
]


THREAT_BY_MEANING = one_rule_pack("forbidden_statement", {"meaning": "threat", "speakers": ["agent"]},
                                  "conduct.threat_or_false_statement")


@pytest.mark.parametrize(("turn", "expected"), THREATS)
def test_threat_recognised_by_meaning(turn: str, expected: bool) -> None:
    turns = [{"speaker": "customer", "text": "I'll pay when I can."}, {"speaker": "agent", "text": turn}]
    findings = [f for f in dry_run(turns, {"channel": "voice"}, THREAT_BY_MEANING) if f.status.value == "violated"]
    assert bool(findings) is expected
    if findings:
        ev = findings[0].evidence[0]
        assert ev.matcher == "meaning" and "threat" in (ev.matched or "")


def test_a_taught_example_is_recognised_even_below_the_threshold() -> None:
    """A sentence that nearly repeats a taught example takes its label; the linear model alone left a quarter of
    the taught threats below its threshold."""
    import numpy as np

    from analyzers.rules import meanings

    meaning = load_meanings(RULESETS_DIR / MEANINGS_DIRNAME)["threat"]
    model = meanings.model(meaning.version)
    probs = model.probabilities(model.examples)
    below = [
        int(k)
        for k in np.flatnonzero(model.labels & (probs < model.threshold) & (probs >= meanings.RECALL_FLOOR))
        if model.neighbours_agree(model.examples[k]) > meanings.MIN_NEIGHBOUR_SHARE
    ]
    assert below, "every taught threat among threats already scores above the threshold"
    k = below[0]
    assert model.recognises(model.examples[k], float(probs[k]), model.threshold)
    # a taught near miss stays a near miss, however the linear model scores it
    neg = int(np.flatnonzero(~model.labels)[0])
    assert not model.recognises(model.examples[neg], 1.0, model.threshold)
