"""A meaning file may take more examples from a file of labelled sentences; both are part of the model."""

from pathlib import Path

import pytest
import yaml

from analyzers.errors import PipelineConfigError
from analyzers.rules.loader import RULESETS_DIR
from analyzers.rules.meanings import MEANINGS_DIRNAME, load_meaning, load_meanings


def _write(tmp_path: Path, extra: dict[str, object]) -> Path:
    (tmp_path / "labelled").mkdir(exist_ok=True)
    (tmp_path / "labelled" / "bailiffs.yaml").write_text(yaml.safe_dump(extra))
    path = tmp_path / "bailiffs.yaml"
    path.write_text(yaml.safe_dump({
        "meaning": "bailiffs", "speaker": "agent", "labelled_examples": "labelled/bailiffs.yaml",
        "means": [f"we will send the bailiffs round on day {i}" for i in range(20)],
        "does_not_mean": [f"we can set up a plan starting on day {i}" for i in range(20)],
    }))
    return path


def test_labelled_examples_join_the_hand_written_ones_and_change_the_version(tmp_path: Path) -> None:
    path = _write(tmp_path, {"meaning": "bailiffs", "means": ["enforcement agents will take your telly"],
                             "does_not_mean": ["nobody is coming to your house"]})
    first = load_meaning(path)
    assert "enforcement agents will take your telly" in first.spec.means
    assert "nobody is coming to your house" in first.spec.does_not_mean
    assert len(first.spec.means) == 21
    _write(tmp_path, {"meaning": "bailiffs", "means": ["enforcement agents will take your car"]})
    assert load_meaning(path).version != first.version  # a changed example is a changed model


@pytest.mark.parametrize(("extra", "fragment"), [
    ({"meaning": "threat", "means": ["x"]}, "examples of 'threat', expected 'bailiffs'"),
    ({"meaning": "bailiffs", "colour": "red"}, "colour"),
])
def test_a_bad_labelled_examples_file_fails_with_its_path(tmp_path: Path, extra: dict[str, object],
                                                         fragment: str) -> None:
    path = _write(tmp_path, extra)
    with pytest.raises(PipelineConfigError) as exc:
        load_meaning(path)
    assert "labelled/bailiffs.yaml" in str(exc.value) and fragment in str(exc.value)


def test_a_missing_labelled_examples_file_fails_at_load(tmp_path: Path) -> None:
    path = _write(tmp_path, {"meaning": "bailiffs"})
    (tmp_path / "labelled" / "bailiffs.yaml").unlink()
    with pytest.raises(PipelineConfigError, match="cannot read labelled examples"):
        load_meaning(path)


def test_the_shipped_threat_and_abuse_meanings_carry_their_labelled_examples() -> None:
    found = load_meanings(RULESETS_DIR / MEANINGS_DIRNAME)
    for name in ("threat", "abuse"):
        own = yaml.safe_load((RULESETS_DIR / MEANINGS_DIRNAME / f"{name}.yaml").read_text())
        assert len(found[name].spec.means) > len(own["means"])
