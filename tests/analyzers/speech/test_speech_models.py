"""Model files: whisper base is joined once; a missing or altered file is named at start-up."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analyzers.errors import ModelMissingError
from analyzers.speech import models


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    cache = tmp_path_factory.mktemp("models")
    lines = models.prepare(cache)
    assert any("joined whisper base" in line for line in lines)
    return cache


def test_prepare_is_idempotent_and_verify_passes(prepared: Path) -> None:
    mtime = (prepared / "whisper-base" / "model.bin").stat().st_mtime_ns
    lines = models.prepare(prepared)
    assert any("already joined" in line for line in lines)
    assert (prepared / "whisper-base" / "model.bin").stat().st_mtime_ns == mtime
    models.verify(prepared)
    assert models.whisper_model_dir("tiny.en").joinpath("model.bin").is_file()


def test_verify_names_the_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError, match=r"whisper-base/model.bin.*fairline models prepare"):
        models.verify(tmp_path)


@pytest.mark.parametrize("name", ["model.bin", "tokenizer.json"])
def test_verify_names_a_file_with_the_wrong_hash(prepared: Path, tmp_path: Path, name: str) -> None:
    copy = tmp_path / "cache"
    shutil.copytree(prepared, copy)
    with (copy / "whisper-base" / name).open("r+b") as fh:
        fh.seek(100)
        fh.write(b"\x00\x01\x02")
    with pytest.raises(ModelMissingError, match=rf"wrong sha256: .*whisper-base/{name}"):
        models.verify(copy)


def test_a_tampered_package_file_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "campplus.pt"
    fake.write_bytes(b"not the model")
    real = models.package_file
    monkeypatch.setattr(models, "package_file", lambda p: fake if p is models.CAMPLUSPLUS else real(p))
    with pytest.raises(ModelMissingError, match="CAM\\+\\+ speaker embedding"):
        models.prepare(tmp_path / "cache")


def test_unknown_whisper_model_is_a_config_error() -> None:
    with pytest.raises(ModelMissingError, match="unknown whisper model"):
        models.whisper_model_dir("large-v3")
