"""The fitted politeness model: its corpus split, the shipped weights and the errors for a bad weights file."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from analyzers.errors import ModelMissingError, PipelineConfigError
from analyzers.quality import politeness_model as pm
from analyzers.quality import scoring

ENCODERS = ["int8", "fp32"]
IDS = [str(i) for i in range(100000, 104000)]


def test_split_is_deterministic_and_about_a_quarter_test() -> None:
    first = [pm.split_of(i) for i in IDS]
    assert first == [pm.split_of(i) for i in IDS]
    assert set(first) == {"train", "test"}
    assert 0.22 < first.count("test") / len(IDS) < 0.28


def test_split_is_disjoint_and_depends_on_the_id_alone() -> None:
    test = {i for i in IDS if pm.split_of(i) == "test"}
    train = {i for i in IDS if pm.split_of(i) == "train"}
    assert test and train and not test & train and test | train == set(IDS)
    # A repeated Id (Stack Exchange has some) can never sit on both sides.
    assert pm.split_of(" 100007 ") == pm.split_of("100007")


def test_shipped_model_file_records_its_provenance() -> None:
    data = json.loads(pm.MODEL_PATH.read_text())
    assert data["split"]["salt"] == pm.SPLIT_SALT and data["split"]["test_percent"] == pm.TEST_PERCENT
    assert data["split"]["fitted_on"] == "train" and set(data["split"]["train_rows"]) == set(pm.COMMUNITIES)
    assert len(data["corpus"]["sha256"]) == 12 and data["features"]["version"] == pm.feature_version()
    for precision in ENCODERS:
        part = data["precisions"][precision]
        assert part["alpha"] in pm.ALPHAS and 0.3 < part["cv_spearman"] < 1


@pytest.mark.parametrize(
    ("polite", "rude"),
    [
        ("Could you please confirm your address for me? Thanks so much.", "Confirm your address. Now."),
        ("Thank you for your patience, I really appreciate it.", "Why do you keep wasting my time?"),
        ("Would you mind checking the letter we sent, when you have a moment?",
         "Did you even bother reading the letter, you idiot?"),
    ],
)
@pytest.mark.parametrize("precision", ENCODERS)
def test_shipped_weights_rank_a_polite_request_above_a_rude_one(polite: str, rude: str, precision: str) -> None:
    texts = [polite, rude]
    p = scoring.politeness_scores(scoring.embed(texts, precision=precision), texts)
    assert p[0] > 0.5 > p[1]


@pytest.mark.parametrize("precision", ENCODERS)
def test_politeness_stays_between_0_and_1(precision: str) -> None:
    texts = ["Thank you so much!!! You are wonderful, I really appreciate it, please and thank you, great work.",
             "Shut up, you stupid idiot. What the fuck is wrong with you? Pay now, loser.", ".", "ok"]
    p = scoring.politeness_scores(scoring.embed(texts, precision=precision), texts)
    assert p.shape == (4,) and np.all((p >= 0) & (p <= 1))
    assert scoring.politeness_scores(scoring.embed([], precision=precision), []).shape == (0,)


def _write(tmp_path: Path, mutate) -> Path:  # type: ignore[no-untyped-def]
    data = json.loads(pm.MODEL_PATH.read_text())
    mutate(data)
    path = tmp_path / "politeness_model.json"
    path.write_text(json.dumps(data))
    return path


def _drop_weight(d: dict) -> None:
    d["precisions"]["int8"]["weights"].pop()


def _other_features(d: dict) -> None:
    d["features"]["version"] = "000000000000"


def _last_layer_features(d: dict) -> None:
    """A file as quality@5 shipped it: fitted on the last-layer sentence vector ("vector_*"), recipe 1."""
    names = [f"vector_{i}" for i in range(384)] + d["features"]["names"][384:]
    d["features"] = {"version": "e80af935ec43", "names": names}
    d["encoder"]["recipe"] = 1


def _other_encoder(d: dict) -> None:
    d["encoder"]["weights_sha256"] = "0" * 64


def _no_precision(d: dict) -> None:
    del d["precisions"]["int8"]


def _nan_weight(d: dict) -> None:
    d["precisions"]["int8"]["weights"][0] = float("nan")


@pytest.mark.parametrize(
    ("mutate", "message"),
    [(_drop_weight, "weights"), (_other_features, "features"), (_other_encoder, "encoder"),
     (_no_precision, "int8"), (_nan_weight, "finite"),
     (_last_layer_features, r"other features \(version e80af935ec43, vector_0\.\.\.\), these .*layer4_mean_0")],
)
def test_a_stale_or_damaged_model_file_raises_the_model_error(tmp_path: Path, mutate, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ModelMissingError, match=message):
        pm.load("int8", _write(tmp_path, mutate))


def test_a_missing_or_corrupt_model_file_raises_the_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError, match="missing or unreadable.*fit_politeness"):
        pm.load("int8", tmp_path / "absent.json")
    corrupt = tmp_path / "politeness_model.json"
    corrupt.write_text('{"format": 1, "precisions": {')
    with pytest.raises(PipelineConfigError, match="not valid JSON"):
        pm.load("int8", corrupt)


def test_the_shipped_model_loads_for_both_encoders_with_its_file_hash_as_version() -> None:
    for precision in ENCODERS:
        loaded = pm.load(precision)
        assert loaded.fitted.weights.shape == (len(pm.FEATURE_NAMES),) and len(loaded.version) == 12


@pytest.mark.parametrize("precision", ENCODERS)
def test_features_are_the_pooled_layer4_readout_the_fit_used(precision: str) -> None:
    """The first DIM features are each utterance's layer-4 readouts averaged over its sentences, as in the fit."""
    from analyzers.quality import embeddings

    texts = ["Could you please check the letter? Thanks so much.", "Pay now.", "Hi there. Why is this late? Fix it."]
    x = pm.text_features(texts, precision)
    assert x.shape == (3, len(pm.FEATURE_NAMES)) and pm.FEATURE_NAMES[0] == "layer4_mean_0"
    for i, text in enumerate(texts):
        sentences = scoring.sentences(scoring.embeddable(text))
        expected = embeddings.encode_style_with(precision, sentences).astype(np.float64).mean(axis=0)
        np.testing.assert_allclose(x[i, :embeddings.DIM], expected, rtol=1e-5, atol=1e-5)
    data = json.loads(pm.MODEL_PATH.read_text())
    assert data["features"]["names"] == list(pm.FEATURE_NAMES)
    assert data["encoder"]["recipe"] == embeddings.RECIPE_VERSION and "layer4_mean" in data["encoder"]["readout"]
