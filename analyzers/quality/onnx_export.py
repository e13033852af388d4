"""Exports the bundled all-MiniLM-L6-v2 to ONNX: transformer, mean pooling and L2 normalisation in one graph.

The graph has two outputs from the same forward pass. "embedding" is sentence-transformers' vector (normalised mean
of the last layer's tokens): similarity rules, empathy and brand voice use it. "layer4_mean" is the masked token mean
of the fourth transformer layer (hidden_states[4]), unnormalised: the politeness model reads it, because the top
layer's similarity fine-tuning washes out the stylistic cues politeness depends on (train-split CV Spearman 0.476 ->
0.517 on int8, see politeness_model.py), for about 0.1 ms more per utterance.

The weights come from the pinned package (hash-checked); the export goes into the model cache, written atomically
under a lock with its sha256 recorded in a manifest, and is checked against torch before it is published.
int8 is onnxruntime's dynamic quantisation with per-channel weights (per-tensor loses too much: cosine 0.81).
Torch, transformers and onnx are needed only here, never at inference time.

Install-time pre-build of both precisions: `python -m analyzers.quality.onnx_export` (`--force` rebuilds).
"""

from __future__ import annotations

import argparse
import fcntl
import json
import logging
import os
import shutil
import sys
import tempfile
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from analyzers.errors import ModelMissingError
from analyzers.quality import embeddings as emb

OPSET = 17
# Worst cosine of the export's "embedding" with torch on the check sentences below: measured fp32 1.0000, int8 0.971
# (0.973 worst over the 145 sentences of bench/data/quality); a lower figure means the export went wrong.
MIN_COSINE = {"fp32": 0.999, "int8": 0.95}
# The same check for the "layer4_mean" readout (fewer layers, so less quantisation error): measured fp32 1.0000,
# int8 0.994.
MIN_STYLE_COSINE = {"fp32": 0.999, "int8": 0.98}
OUTPUTS = ("embedding", "layer4_mean")
STYLE_LAYER = 4  # hidden_states index: 0 is the embedding output, 6 the last layer
CHECK_SENTENCES = (
    "I'm so sorry to hear that, that sounds really difficult.",
    "Can you read me the long number on the front of the card?",
    "ok",
    "",
    "We can set up a smaller payment plan that fits your budget, or pause the account for a month while you "
    "get back on your feet; either way nothing is due today and there is no fee for changing the plan later.",
    "Why do you keep calling me?? I told you I'd pay on the fifteenth!",
)


@contextmanager
def _locked(directory: Path) -> Iterator[None]:
    """One exporter at a time per cache dir (several workers may start together on a fresh machine)."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / ".lock", "a") as fh:  # "a": never truncates, so readers see no change
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _is_current(directory: Path, precision: str) -> bool:
    manifest = emb.read_manifest(directory, precision)
    path = emb.onnx_path(directory, precision)
    return manifest is not None and path.is_file() and emb.sha256_file(path) == manifest["sha256"]


def _check_pipeline(src: Path) -> None:
    """The package must hold exactly Transformer -> mean Pooling -> Normalize, which is what the graph computes."""
    modules = [m["type"].rsplit(".", 1)[-1] for m in json.loads((src / "modules.json").read_text())]
    pooling = json.loads((src / "1_Pooling" / "config.json").read_text())
    modes = {k for k, v in pooling.items() if k.startswith("pooling_mode_") and v}
    if modules != ["Transformer", "Pooling", "Normalize"] or modes != {"pooling_mode_mean_tokens"}:
        raise ModelMissingError(f"{src}: expected Transformer + mean Pooling + Normalize, found {modules} {modes}")


def _torch_encoder(src: Path) -> Any:
    import torch
    from transformers import AutoModel

    torch.set_num_threads(1)  # the machines run several workers side by side

    class MeanPooledBert(torch.nn.Module):
        """BERT, then the masked token means of its last layer (L2-normalised: the sentence-transformers vector)
        and of layer STYLE_LAYER (as is: the politeness readout)."""

        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor,
                    attention_mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                               token_type_ids=torch.zeros_like(input_ids), output_hidden_states=True).hidden_states
            mask = attention_mask.unsqueeze(-1).to(hidden[-1].dtype)
            count = mask.sum(1).clamp(min=1e-9)
            pooled = (hidden[-1] * mask).sum(1) / count
            style = (hidden[STYLE_LAYER] * mask).sum(1) / count
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1), style

    # Eager attention traces to plain MatMul/Softmax that onnxruntime fuses itself.
    bert = AutoModel.from_pretrained(str(src), local_files_only=True, attn_implementation="eager")
    return MeanPooledBert(bert).eval()


def _no_preprocess_advice(record: logging.LogRecord) -> bool:
    # The quantiser advises shape pre-processing on every call (to the root logger); it made no difference here.
    return "pre-processing before quantization" not in record.getMessage()


def _worst_cosine(want: np.ndarray, got: np.ndarray) -> float:
    unit = np.linalg.norm(want, axis=1) * np.linalg.norm(got, axis=1)
    return float(np.min(np.sum(want * got, axis=1) / np.maximum(unit, 1e-12)))


def _export(src: Path, work: Path, precision: str) -> tuple[Path, float, float]:
    """Write the ONNX file into `work`; returns it and the worst cosines of its two outputs with torch on the check
    sentences."""
    import torch

    model = _torch_encoder(src)
    tokenizer = emb.make_tokenizer()  # the settings inference uses, so the check compares like with like
    fp32 = work / "model.fp32.onnx"
    ids, mask = emb.batch_arrays([tokenizer.encode(t).ids for t in CHECK_SENTENCES[:2]])
    with torch.no_grad(), warnings.catch_warnings():
        # The tracer warns about Python-side checks in transformers' mask code that do not depend on the shapes we
        # feed (mask length always equals sequence length); the cosine check below is what guards the result.
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model, (torch.from_numpy(ids), torch.from_numpy(mask)), str(fp32), dynamo=False, opset_version=OPSET,
            input_names=["input_ids", "attention_mask"], output_names=list(OUTPUTS),
            dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                          **{name: {0: "batch"} for name in OUTPUTS}},
        )
    out = fp32
    if precision == "int8":
        from onnxruntime.quantization import QuantType, quantize_dynamic

        out = work / "model.int8.onnx"
        root = logging.getLogger()
        root.addFilter(_no_preprocess_advice)
        try:
            quantize_dynamic(str(fp32), str(out), weight_type=QuantType.QInt8, per_channel=True)
        finally:
            root.removeFilter(_no_preprocess_advice)
    ids, mask = emb.batch_arrays([tokenizer.encode(t).ids for t in CHECK_SENTENCES])
    with torch.no_grad():
        want, want_style = (t.numpy() for t in model(torch.from_numpy(ids), torch.from_numpy(mask)))
    got = emb.open_encoder(out, precision).readouts(list(CHECK_SENTENCES), batch_size=len(CHECK_SENTENCES))
    return out, _worst_cosine(want, got.embedding), _worst_cosine(want_style, got.style)


def _publish(tmp: Path, final: Path) -> None:
    """Move a finished file into place atomically (same directory), after it has reached the disk."""
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, final)


def build(directory: Path | None = None, precision: str = emb.EXACT, force: bool = False) -> str:
    """Export the encoder into `directory` (default: the model cache) unless a current, intact one is there;
    returns what it did."""
    if precision not in emb.PRECISIONS:
        raise ModelMissingError(f"unknown sentence encoder precision {precision!r}; known: {emb.PRECISIONS}")
    directory = Path(directory) if directory is not None else emb.cache_dir()
    final = emb.onnx_path(directory, precision)
    with _locked(directory):
        if not force and _is_current(directory, precision):  # another process may have built it meanwhile
            return f"sentence encoder ({precision}) already built at {final}"
        src = emb.verified_model_dir()
        _check_pipeline(src)
        try:
            import onnx  # noqa: F401  (torch's exporter and the quantiser need it; say so up front)
            import torch
        except ImportError as exc:
            raise ModelMissingError(f"exporting the sentence encoder needs {exc.name!r} installed "
                                    "(pip install -c constraints.txt onnx==1.23.2)") from exc
        work = Path(tempfile.mkdtemp(prefix=".export-", dir=directory))
        try:
            out, cosine, style_cosine = _export(src, work, precision)
            checks = (("embedding", cosine, MIN_COSINE), ("layer4_mean", style_cosine, MIN_STYLE_COSINE))
            for name, got, floor in checks:
                if got < floor[precision]:
                    raise ModelMissingError(f"exported sentence encoder ({precision}) differs from torch: worst "
                                            f"{name} cosine {got:.4f} < {floor[precision]}; not published")
            import onnxruntime

            manifest = {
                "file": final.name, "sha256": emb.sha256_file(out), "precision": precision,
                "source": f"{emb.MODEL_PACKAGE}/{emb.WEIGHTS_FILE}", "source_sha256": emb.WEIGHTS_SHA256,
                "recipe": emb.RECIPE_VERSION, "opset": OPSET, "outputs": list(OUTPUTS),
                "check_min_cosine": round(cosine, 6), "check_min_cosine_layer4_mean": round(style_cosine, 6),
                "torch": torch.__version__, "onnxruntime": onnxruntime.__version__,
            }
            # Old manifest out, model in, then the manifest that vouches for it: a reader never pairs a manifest
            # with a file it does not describe (it finds none, takes the lock and waits for this build).
            emb.manifest_path(directory, precision).unlink(missing_ok=True)
            _publish(out, final)
            tmp_manifest = work / "manifest.json"
            tmp_manifest.write_text(json.dumps(manifest, indent=2) + "\n")
            _publish(tmp_manifest, emb.manifest_path(directory, precision))
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return (f"exported sentence encoder ({precision}) to {final} (worst cosine with torch {cosine:.4f}, "
            f"layer4_mean {style_cosine:.4f})")


def prepare(cache_root: Path | None = None, precisions: Sequence[str] = emb.PRECISIONS,
            force: bool = False) -> list[str]:
    """Build every requested precision under `cache_root` (the model cache root, as for the speech models)."""
    directory = Path(cache_root) / emb.CACHE_SUBDIR if cache_root is not None else emb.cache_dir()
    return [build(directory, p, force=force) for p in precisions]


def verify(cache_root: Path | None = None, precisions: Sequence[str] = emb.PRECISIONS) -> None:
    """Raise ModelMissingError naming the exported file that is missing or no longer matches its recorded sha256."""
    directory = Path(cache_root) / emb.CACHE_SUBDIR if cache_root is not None else emb.cache_dir()
    for p in precisions:
        emb.verify_export(directory, p)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: pre-build the encoder at install time."""
    ap = argparse.ArgumentParser(description="Export the bundled sentence encoder to ONNX in the model cache.")
    ap.add_argument("--cache-dir", type=Path, default=None,
                    help="model cache root (default: $FAIRLINE_MODEL_CACHE_DIR or ~/.cache/fairline/models)")
    ap.add_argument("--precision", choices=emb.PRECISIONS, action="append",
                    help=f"repeatable; default: all of {', '.join(emb.PRECISIONS)}")
    ap.add_argument("--force", action="store_true", help="rebuild even if a current export is present")
    args = ap.parse_args(argv)
    try:
        for line in prepare(args.cache_dir, args.precision or emb.PRECISIONS, force=args.force):
            print(line)
    except ModelMissingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
