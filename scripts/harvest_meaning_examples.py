"""Take a meaning's examples from the project's labelled conversations (bench/data/rules/*.yaml).

Why: the hand-written meaning file teaches the wording its writer thought of; every labelled set written since
holds the agent's or customer's words for the same meaning in other wording, already judged by a person. A
leave-one-set-out run showed what they add: taught with the other sets' threats, the threat meaning alone found
78 of 103 threats in a left-out set instead of 54, with the same 3 false hits on 618 hard negatives
(`--cross-validate` repeats it).

What is taken, per conversation of a group about the meaning's category:
- positives: the one sentence of the meaning's speaker that the hand-written model rates highest (a positive
  conversation carries the meaning somewhere; the rest of it is ordinary talk);
- hard negatives: every sentence of the meaning's speaker (each must not carry the meaning).
The hand-written file alone chooses the positive sentences, so re-running the script never feeds on its own output.

Run: .venv/bin/python scripts/harvest_meaning_examples.py threat [--cross-validate] [--exclude blind42 blind43]
(exclude every blind set that has not had its first run yet: once harvested, a set is in-sample).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from analyzers.outcomes.numbers import NUMBER_WORDS  # noqa: E402
from analyzers.rules import meanings as M  # noqa: E402
from analyzers.rules.loader import RULESETS_DIR  # noqa: E402
from analyzers.rules.semantic import sentence_units  # noqa: E402

SETS = REPO / "bench" / "data" / "rules"
# The taxonomy category each harvestable meaning stands for.
# Only meanings whose hard negatives never carry them: a confirmed stop request or an acknowledged hardship is in
# the negatives of the cease and vulnerability groups too, so those meanings cannot be harvested this way.
CATEGORIES = {"threat": "conduct.threat_or_false_statement", "abuse": "conduct.abusive_language"}


@dataclasses.dataclass(frozen=True)
class Conversation:
    source: str
    positive: bool  # labelled with the category
    in_group: bool  # a positive or hard negative of a group about the category
    sentences: tuple[str, ...]  # the meaning's speaker's sentences long enough to judge


def _turns(item: object) -> list[str]:
    turns = item["turns"] if isinstance(item, dict) else item
    out = []
    for t in turns or []:
        if isinstance(t, dict):
            out.append(f"{t.get('speaker', '')}: {t.get('text', '')}")
        else:
            out.append(str(t))
    return out


def _wordy(sentence: str) -> bool:
    """Four words or more besides figures: a read-out amount ("Four hundred and twelve.") can be the top-rated
    sentence of a positive, and taught as an example of the meaning it makes every amount read as one. (Amounts
    stay welcome as near misses.)"""
    words = [w.strip(".,!?;:'\"").lower() for w in sentence.split()]
    return sum(1 for w in words if any(c.isalpha() for c in w) and w not in NUMBER_WORDS) >= M.MIN_WORDS


def conversations(category: str, speaker: str, exclude: frozenset[str] = frozenset()) -> Iterator[Conversation]:
    """Every labelled conversation, positive where it is labelled with the category (sets in `exclude` left out)."""
    for path in sorted(SETS.glob("*.yaml")):
        if path.stem in exclude:
            continue
        for group in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            for kind in ("positives", "negatives"):
                for item in group.get(kind) or []:
                    expect = set(item.get("expect", [])) if isinstance(item, dict) else set()
                    positive = kind == "positives" and category in ({group["category"]} | expect)
                    said = [t.split(":", 1)[1].strip() for t in _turns(item) if t.startswith(f"{speaker}:")]
                    sentences = tuple(u.text for turn in said for u in sentence_units(turn)
                                      if len(u.text.split()) >= M.MIN_WORDS)
                    if sentences:
                        yield Conversation(path.stem, positive, group["category"] == category, sentences)


def harvest(base: M.Meaning, convs: list[Conversation]) -> tuple[list[str], list[str]]:
    """Positive sentences and near misses for the meaning, from labelled conversations.

    Positives: the sentence the hand-written model rates highest in each conversation labelled with the category.
    Near misses: every sentence of the category's hard negatives, then the sentences of any other conversation
    that the model taught so far takes for the meaning (ordinary pressing for payment read as a threat): mined
    rather than all taken, so the model stays a few thousand sentences and trains in seconds."""
    from analyzers.quality.embeddings import encode_fast

    plain = M.Model(base)
    means: list[str] = []
    does_not_mean: list[str] = []
    for c in convs:
        if c.positive:
            candidates = [s for s in c.sentences if _wordy(s)]
            if candidates:
                probs = plain.probabilities(encode_fast(candidates))
                means.append(candidates[int(probs.argmax())])
        elif c.in_group:
            does_not_mean.extend(c.sentences)
    means, does_not_mean = list(dict.fromkeys(means)), list(dict.fromkeys(does_not_mean))
    others = list(dict.fromkeys(s for c in convs if not c.positive and not c.in_group for s in c.sentences))
    for _ in range(MINING_ROUNDS):
        model = taught(base, means, does_not_mean)
        vectors = encode_fast(others)
        mistaken = [s for s, v, p in zip(others, vectors, model.probabilities(vectors), strict=True)
                    if p >= model.threshold and model.neighbours_agree(v) >= M.MIN_NEIGHBOUR_SHARE]
        if not mistaken:
            break
        does_not_mean = list(dict.fromkeys([*does_not_mean, *mistaken]))
    return means, does_not_mean


MINING_ROUNDS = 2


def taught(base: M.Meaning, means: list[str], does_not_mean: list[str]) -> M.Model:
    """The meaning's model with more examples."""
    spec = base.spec.model_copy(update={"means": list(dict.fromkeys([*base.spec.means, *means])),
                                        "does_not_mean": list(dict.fromkeys([*base.spec.does_not_mean,
                                                                             *does_not_mean]))})
    version = hashlib.sha256(("".join(spec.means) + "|" + "".join(spec.does_not_mean)).encode()).hexdigest()[:12]
    return M.Model(dataclasses.replace(base, spec=spec, version=version))


def hand_written(name: str) -> M.Meaning:
    """The meaning as its hand-written file alone defines it (no earlier harvest)."""
    path = RULESETS_DIR / M.MEANINGS_DIRNAME / f"{name}.yaml"
    spec = M.MeaningFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    return M.Meaning(spec.model_copy(update={"labelled_examples": None}), f"hand-{name}", str(path))


def _found(model: M.Model, sentences: tuple[str, ...]) -> bool:
    from analyzers.quality.embeddings import encode_fast

    vectors = encode_fast(list(sentences))
    probs = model.probabilities(vectors)
    return any(p >= model.threshold and model.neighbours_agree(v) >= M.MIN_NEIGHBOUR_SHARE
               for p, v in zip(probs, vectors, strict=True))


def cross_validate(base: M.Meaning, convs: list[Conversation]) -> None:
    """Each set left out in turn: the meaning alone (no phrases, no negation checks) with and without the others.
    False hits are counted over every conversation of the left-out set not labelled with the category."""
    plain = M.Model(base)
    totals = {"hand-written": [0, 0, 0, 0], "with labelled": [0, 0, 0, 0]}
    for held in sorted({c.source for c in convs}):
        test = [c for c in convs if c.source == held]
        model = taught(base, *harvest(base, [c for c in convs if c.source != held]))
        for label, m in (("hand-written", plain), ("with labelled", model)):
            t = totals[label]
            for c in test:
                hit = _found(m, c.sentences)
                t[0 if c.positive and hit else 1 if c.positive else 2 if hit else 3] += 1
    for label, (tp, fn, fp, tn) in totals.items():
        print(f"{label:14s} positives found {tp}/{tp + fn} ({tp / max(tp + fn, 1):.3f}); "
              f"other conversations hit {fp}/{fp + tn}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("meaning", choices=sorted(CATEGORIES))
    ap.add_argument("--cross-validate", action="store_true", help="measure, write nothing")
    # A blind set must have had its first run before the meanings learn from it, or that run is no longer honest.
    ap.add_argument("--exclude", nargs="*", default=[], metavar="SET",
                    help="labelled sets to leave out (file stems, e.g. blind42): every set not yet scored once")
    args = ap.parse_args(argv)
    base = hand_written(args.meaning)
    convs = list(conversations(CATEGORIES[args.meaning], base.spec.speaker.value, frozenset(args.exclude)))
    if args.cross_validate:
        cross_validate(base, convs)
        return 0
    means, does_not_mean = harvest(base, convs)
    out = RULESETS_DIR / M.MEANINGS_DIRNAME / "labelled" / f"{args.meaning}.yaml"
    out.parent.mkdir(exist_ok=True)
    header = (f"# Examples of the meaning {args.meaning!r} taken from the labelled conversations in bench/data/rules/\n"
              "# by scripts/harvest_meaning_examples.py (not edited by hand: re-run it after adding a labelled set).\n")
    body = {"meaning": args.meaning, "sources": sorted({c.source for c in convs}), "means": means,
            "does_not_mean": does_not_mean}
    out.write_text(header + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    print(f"{out.relative_to(REPO)}: {len(means)} means, {len(does_not_mean)} does_not_mean "
          f"from {len(body['sources'])} sets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
