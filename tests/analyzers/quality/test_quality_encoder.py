"""The ONNX sentence encoder the project exports itself: same vectors as torch (and the layer-4 readout beside them),
checked hash, rebuilt when absent."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from analyzers.errors import ModelMissingError
from analyzers.quality import embeddings as emb
from analyzers.quality import onnx_export

SENTENCES = [
    "I'm so sorry to hear that, that sounds really difficult.",
    "Can you read me the long number on the front of the card?",
    "ok",
    "",
    "My card is credit card and my name is person.",
    "Why do you keep calling me?? I told you I'd pay on the fifteenth!",
    "We can set up a smaller payment plan that fits your budget. " * 12,  # past the 256-token limit: truncated
    "Gracias, le llamo mañana. 😊",
]


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An encoder cache built from nothing, both precisions, the way a first call on a fresh machine does."""
    directory = tmp_path_factory.mktemp("models") / emb.CACHE_SUBDIR
    for precision in emb.PRECISIONS:
        assert not emb.onnx_path(directory, precision).exists()
        emb.load_encoder(directory, precision)
        assert emb.onnx_path(directory, precision).is_file()
    return directory


@pytest.fixture(scope="module")
def torch_vectors() -> np.ndarray:
    """The reference: sentence-transformers on torch, from the same package files."""
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(1)
    model = SentenceTransformer(str(emb.verified_model_dir()), device="cpu", local_files_only=True)
    return np.asarray(model.encode(SENTENCES, normalize_embeddings=True, convert_to_numpy=True))


@pytest.fixture(scope="module")
def torch_style() -> np.ndarray:
    """The reference for the second output: layer 4's token states on torch, averaged under the attention mask."""
    import torch
    from transformers import AutoModel

    torch.set_num_threads(1)
    bert = AutoModel.from_pretrained(str(emb.verified_model_dir()), local_files_only=True).eval()
    tokenizer = emb.make_tokenizer()
    out = []
    for text in SENTENCES:
        ids = torch.tensor([tokenizer.encode(text).ids])
        with torch.no_grad():
            hidden = bert(input_ids=ids, attention_mask=torch.ones_like(ids), output_hidden_states=True).hidden_states
        out.append(hidden[onnx_export.STYLE_LAYER][0].mean(0).numpy())
    return np.stack(out)


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.sum(a * b, axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


@pytest.mark.parametrize("precision", emb.PRECISIONS)
def test_export_has_the_sentence_vector_first_and_the_layer4_mean_second(cache: Path, precision: str) -> None:
    session = emb.load_encoder(cache, precision, build=False).session
    assert [o.name for o in session.get_outputs()] == ["embedding", "layer4_mean"]
    assert json.loads(emb.manifest_path(cache, precision).read_text())["outputs"] == ["embedding", "layer4_mean"]


@pytest.mark.parametrize(("precision", "floor"), [("fp32", 0.999), ("int8", 0.98)])
def test_layer4_mean_matches_torch(cache: Path, torch_style: np.ndarray, precision: str, floor: float) -> None:
    got = emb.load_encoder(cache, precision, build=False).readouts(SENTENCES, batch_size=3).style
    assert got.shape == (len(SENTENCES), emb.DIM) and got.dtype == np.float32
    assert _cosines(got, torch_style).min() >= floor  # measured fp32 1.0000, int8 0.994 on the export's check


def test_fp32_export_matches_torch(cache: Path, torch_vectors: np.ndarray) -> None:
    got = emb.load_encoder(cache, "fp32", build=False)(SENTENCES, batch_size=3)
    assert got.shape == (len(SENTENCES), emb.DIM)
    assert np.min(np.sum(got * torch_vectors, axis=1)) >= 0.999


def test_int8_export_stays_close_to_torch(cache: Path, torch_vectors: np.ndarray) -> None:
    cos = np.sum(emb.load_encoder(cache, "int8", build=False)(SENTENCES, batch_size=16) * torch_vectors, axis=1)
    assert cos.min() >= 0.95  # measured 0.97 here; mean 0.99 over bench/data/quality's sentences
    assert cos.mean() >= 0.98


@pytest.mark.parametrize("precision", emb.PRECISIONS)
def test_vectors_are_unit_length_and_do_not_depend_on_batch_mates(cache: Path, precision: str) -> None:
    enc = emb.load_encoder(cache, precision, build=False)
    together = enc.readouts(SENTENCES, batch_size=16)
    alone = [enc.readouts([s], batch_size=16) for s in SENTENCES]
    np.testing.assert_allclose(np.linalg.norm(together.embedding, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(together.embedding, np.stack([a.embedding[0] for a in alone]), atol=1e-5)
    np.testing.assert_array_equal(enc(SENTENCES, batch_size=16), together.embedding)
    style_alone = np.stack([a.style[0] for a in alone])
    if precision == "int8":  # one sentence per pass: a sentence's readout is a function of that sentence alone
        np.testing.assert_array_equal(together.style, style_alone)
    else:  # padded batches: float rounding only
        np.testing.assert_allclose(together.style, style_alone, atol=1e-4)


def test_altered_export_fails_naming_the_file(cache: Path, tmp_path: Path) -> None:
    copy = tmp_path / emb.CACHE_SUBDIR
    shutil.copytree(cache, copy)
    with emb.onnx_path(copy, "int8").open("ab") as fh:
        fh.write(b"\0")
    with pytest.raises(ModelMissingError, match=r"all-MiniLM-L6-v2\.int8\.onnx: sha256 .* does not match"):
        emb.load_encoder(copy, "int8")


@pytest.mark.parametrize("damage", ["model deleted", "manifest deleted", "manifest from an older recipe"])
def test_missing_or_stale_export_is_rebuilt(cache: Path, tmp_path: Path, damage: str) -> None:
    copy = tmp_path / emb.CACHE_SUBDIR
    shutil.copytree(cache, copy)
    model, manifest = emb.onnx_path(copy, "fp32"), emb.manifest_path(copy, "fp32")
    if damage == "model deleted":
        model.unlink()
    elif damage == "manifest deleted":
        manifest.unlink()
    else:
        manifest.write_text(json.dumps({**json.loads(manifest.read_text()), "recipe": emb.RECIPE_VERSION - 1}))
    with pytest.raises(ModelMissingError, match="not built"):
        emb.load_encoder(copy, "fp32", build=False)
    enc = emb.load_encoder(copy, "fp32")
    assert json.loads(manifest.read_text())["sha256"] == emb.sha256_file(model)
    assert enc(["ok"], batch_size=1).shape == (1, emb.DIM)


def test_prebuild_command_leaves_a_current_cache_alone(cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    assert onnx_export.main(["--cache-dir", str(cache.parent), "--precision", "int8", "--precision", "fp32"]) == 0
    assert capsys.readouterr().out.count("already built") == 2
    assert {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} == before


def test_unknown_precision_is_refused(cache: Path) -> None:
    with pytest.raises(ModelMissingError, match="precision"):
        emb.load_encoder(cache, "int4")


@pytest.mark.parametrize("fn", [emb.encode, emb.encode_fast])
def test_public_encode_contract(fn: object) -> None:
    """What other analyzers (the semantic rule detector) rely on: (n, 384) float32, unit length, input order."""
    emb.clear_cache()
    out = fn(["Thanks for your patience.", "The balance is overdue.", "Thanks for your patience."])  # type: ignore[operator]
    assert out.shape == (3, 384) and out.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-5)
    assert (out[0] == out[2]).all() and not np.allclose(out[0], out[1])
    assert fn([]).shape == (0, 384)  # type: ignore[operator]


@pytest.mark.parametrize("precision", emb.PRECISIONS)
def test_style_readout_shares_the_cached_pass(precision: str) -> None:
    """encode_style_with: (n, 384) float32, not unit length, in input order, cached with the sentence vector."""
    emb.clear_cache()
    texts = ["Thanks for your patience.", "The balance is overdue.", "Thanks for your patience."]
    style = emb.encode_style_with(precision, texts)
    assert style.shape == (3, emb.DIM) and style.dtype == np.float32
    assert (style[0] == style[2]).all() and not np.allclose(style[0], style[1])
    assert not np.allclose(np.linalg.norm(style, axis=1), 1.0)
    assert len(emb._CACHES[precision]) == 2  # one entry per sentence holds both readouts
    both = emb.readouts_with(precision, texts)
    np.testing.assert_array_equal(both.style, style)
    np.testing.assert_array_equal(both.embedding, emb.encode_with(precision, texts))
    assert emb.encode_style_with(precision, []).shape == (0, emb.DIM)


def test_encode_gives_the_torch_vectors_and_encode_fast_stays_close(torch_vectors: np.ndarray) -> None:
    emb.clear_cache()
    assert np.min(np.sum(emb.encode(SENTENCES) * torch_vectors, axis=1)) >= 0.999
    assert np.min(np.sum(emb.encode_fast(SENTENCES) * torch_vectors, axis=1)) >= 0.95


def test_stage_encoder_choice_moves_scores_only_slightly() -> None:
    from analyzers.document import Document, InteractionMeta, SpeakerRole, Utterance
    from analyzers.quality.quality_stage import Quality

    turns = [(SpeakerRole.customer, "I lost my job last month and I can't pay the full amount."),
             (SpeakerRole.agent, "I'm sorry to hear that. Let's look at a smaller plan that works for you."),
             (SpeakerRole.agent, "The balance is two hundred dollars, due on Friday.")]
    doc = Document(meta=InteractionMeta(), redacted=True, utterances=[
        Utterance(index=i, speaker=r.value, role=r, text=t) for i, (r, t) in enumerate(turns)])
    fast = Quality(Quality.Params(encoder="int8"))(doc.model_copy(deep=True)).utterance_scores
    exact = Quality(Quality.Params(encoder="fp32"))(doc.model_copy(deep=True)).utterance_scores
    for name in ("empathy", "politeness", "rudeness", "situation"):
        for i, v in exact[name].items():
            assert fast[name][i] == pytest.approx(v, abs=0.1)
    assert exact["empathy"][1] > 0.5 > exact["empathy"][2] and fast["empathy"][1] > 0.5 > fast["empathy"][2]
