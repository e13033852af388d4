#!/usr/bin/env bash
# Installs everything (scripts/install.sh) and runs the whole test suite: the fast default tests, then the
# long ones (real speech models on real audio, PostgreSQL/Redis, the dashboard in a real browser).
# Tests that need a server or a browser skip cleanly when it is absent; .ci/run provides them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYANNOTE_METRICS_ENABLED=false TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS=""
.venv/bin/ruff check audit_service analyzers dashboard bench tests sample_calls
.venv/bin/python -m pytest -q -m "not slow and not browser" "$@"
.venv/bin/python -m pytest -q -m "slow or browser" "$@"
