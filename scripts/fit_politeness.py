"""Fit the politeness model (analyzers/quality/politeness_model.py) to the Stanford Politeness Corpus's train split.

For each encoder precision the quality stage offers (int8, its default, and fp32), it reads every train request
through the encoder as the stage does (the layer-4 token mean of each sentence, averaged over the request), fits
ridge with the penalty chosen by 5-fold cross-validation inside the train split, and writes the weights with their
provenance (corpus hash, split, encoder recipe and readout, penalty, cross-validated Spearman rho) to
analyzers/quality/data/politeness_model.json. The test split is never read here: bench/quality.py scores it.

Why a fit per encoder: int8 readouts differ slightly from fp32 ones. The int8 weights scored fp32 readouts about as
well as fp32's own fit did (test rho 0.506 against 0.508, both communities), so one fit would do; a fit each costs
nothing at run time and keeps each encoder's 0..1 scale centred on its own predictions.

Run: .venv/bin/python scripts/fit_politeness.py [--corpus ../shared/data/politeness_stanford_corpus]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402
import sklearn  # noqa: E402

from analyzers.quality import embeddings  # noqa: E402
from analyzers.quality import politeness_model as pm  # noqa: E402

CORPUS = REPO.parent / "shared" / "data" / "politeness_stanford_corpus"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder with the two *.annotated.csv files")
    ap.add_argument("--out", type=Path, default=pm.MODEL_PATH)
    args = ap.parse_args()
    rows = [r for r in pm.load_corpus(args.corpus) if pm.split_of(r.id) == "train"]
    texts = [r.text for r in rows]
    gold = np.array([r.score for r in rows])
    per_community = {c: sum(r.community == c for r in rows) for c in pm.COMMUNITIES}
    print(f"train split: {len(rows)} requests {per_community}")
    precisions = {}
    for precision in embeddings.PRECISIONS:
        fitted = pm.fit(pm.text_features(texts, precision), gold)
        manifest = embeddings.read_manifest(embeddings.cache_dir(), precision) or {}
        precisions[precision] = {**pm.fitted_to_json(fitted), "export_sha256": manifest.get("sha256")}
        print(f"  {precision}: alpha {fitted.alpha:g}, {pm.CV_FOLDS}-fold CV Spearman rho {fitted.cv_spearman:.3f}")
    model = {
        "format": pm.FORMAT,
        "model": "ridge regression on standardised features, weights given for the raw features; score = "
                 "logistic((features . weights + bias - centre) / spread)",
        "target": "Normalized Score (mean of five annotators' z-scored ratings)",
        "corpus": {"name": "Stanford Politeness Corpus (Danescu-Niculescu-Mizil et al., ACL 2013), CC BY 4.0",
                   "files": [f"{c}.annotated.csv" for c in pm.COMMUNITIES], "sha256": pm.corpus_version(args.corpus)},
        "split": {"rule": "test when sha256(salt:Id) as a big-endian integer (first 8 bytes) mod 100 < test_percent",
                  "salt": pm.SPLIT_SALT, "test_percent": pm.TEST_PERCENT, "fitted_on": "train",
                  "train_rows": per_community},
        "selection": {"alphas": list(pm.ALPHAS), "cv_folds": pm.CV_FOLDS, "cv_metric": "Spearman rho"},
        "encoder": {"weights_sha256": embeddings.WEIGHTS_SHA256, "recipe": embeddings.RECIPE_VERSION,
                    "readout": "layer4_mean: masked token mean of hidden_states[4], averaged over the utterance's "
                               "sentences (embeddings.encode_style_with, scoring.Embedded.style)"},
        "features": {"version": pm.feature_version(), "names": list(pm.FEATURE_NAMES)},
        "scikit_learn": sklearn.__version__,
        "precisions": precisions,
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
