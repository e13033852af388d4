"""Speech pipeline benchmark: real-time factor per stage and end to end, next to the bare engines.

For each recording (real ones from ../shared/data, skipped when absent; a project-made espeak-ng call when
espeak-ng is installed; audio under sample_calls/ if any) it runs, in the same process and run:
  ours   the voice profile's speech stages (speaker_turns, detect_dtmf, transcribe, assign_roles,
         normalise_text) + redact_audio, with the real PII stages in between when they are registered
  bare   faster-whisper alone (same model, same settings) + pyannote's pipeline alone (same models)
and prints RTF (processing seconds / audio seconds) per stage, the ours/bare ratio, DER with
pyannote.metrics (no collar and 0.25 s collar) against the human RTTM references, WER against the
project's own script (espeak call) or the silver reference of the Azure call, and peak memory.

    .venv/bin/python bench/speech.py                 # default set
    .venv/bin/python bench/speech.py --all --step 0.2 --model tiny.en

Targets (issue 4, 2-core CPU): mono 16 kHz RTF <= 0.15, stereo <= 0.08, ours/bare <= 1.3, DER <= 6 % without
collar on the pyannote sample, peak memory < 2.5 GB. Not a timed test: timings depend on what else runs.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import resource
import shutil
import subprocess
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
warnings.filterwarnings("ignore")
logging.disable(logging.WARNING)

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared" / "data"

from analyzers.document import (  # noqa: E402
    AudioInput,
    Channel,
    Direction,
    Document,
    InteractionMeta,
    SpeakerRole,
)
from analyzers.pipeline import Pipeline, Profile, StageSpec, registered_stages  # noqa: E402
from analyzers.speech import engines, models  # noqa: E402
from analyzers.speech.decode import decode_audio  # noqa: E402


@dataclass
class Recording:
    name: str
    audio: AudioInput
    rttm: Path | None = None
    uri: str = ""
    speakers: int = 2
    reference_text: str | None = None
    reference_kind: str = ""
    channel_roles: dict[str, SpeakerRole] = field(default_factory=dict)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text.lower()).split())


def recordings(all_files: bool) -> list[Recording]:
    """The recordings available on this machine."""
    out: list[Recording] = []
    sample = SHARED / "pyannote" / "sample.wav"
    if sample.exists():
        out.append(Recording("pyannote/sample", decode_audio(sample), SHARED / "pyannote" / "sample.rttm", "sample"))
    ami = SHARED / "speech_ami_excerpts_pyannote_tests"
    for uri in ["dev00", "tst00"] + (["dev01", "tst01"] if all_files else []):
        if (ami / f"{uri}.wav").exists():
            rttm = ami / ("debug.development.rttm" if uri.startswith("dev") else "debug.test.rttm")
            out.append(Recording(f"ami/{uri}", decode_audio(ami / f"{uri}.wav"), rttm, uri,
                                 speakers=2 if uri.startswith("dev") else 4))
    azure = SHARED / "speech_azure_speech_sdk_samples"
    if (azure / "test_call_audio.wav").exists():
        ref = None
        tsv = azure / "test_call_audio.silver_segments.tsv"
        if tsv.exists():
            ref = " ".join(line.split("\t", 3)[3] for line in tsv.read_text().splitlines()[1:] if line.count("\t") >= 3)
        out.append(Recording("azure/test_call (120 s)", decode_audio(azure / "test_call_audio.wav"),
                             azure / "test_call_audio.silver.rttm", "test_call_audio", reference_text=ref,
                             reference_kind="silver"))
    if all_files and (azure / "katiesteve.wav").exists():
        out.append(Recording("azure/katiesteve", decode_audio(azure / "katiesteve.wav")))
    for path in sorted((REPO / "sample_calls").glob("*")):
        if path.suffix.lower() in {".wav", ".flac", ".mp3", ".ogg", ".opus", ".m4a"}:
            out.append(Recording(f"sample_calls/{path.name}", decode_audio(path)))
    call = espeak_call()
    if call is not None:
        stereo, script = call
        roles = {"0": SpeakerRole.agent, "1": SpeakerRole.customer}
        out.append(Recording("espeak call stereo 8 kHz", AudioInput(samples=stereo[:, ::2].copy(), sample_rate=8000),
                             reference_text=script, reference_kind="script", channel_roles=roles))
        out.append(Recording("espeak call mono 16 kHz", AudioInput(samples=stereo.mean(0, keepdims=True),
                                                                   sample_rate=16000),
                             reference_text=script, reference_kind="script"))
    return out


AGENT = [
    "Hello, this is Sam calling from Acme Subscriptions. This call may be recorded.",
    "For security purposes, can you confirm your date of birth please?",
    "Thank you. Your balance is $49. Would you like to pay today?",
    "Thank you, the payment went through. Is there anything else I can help with?",
]
CUSTOMER = [
    "Yes, this is Jordan speaking.",
    "It is the fourth of July, 1980.",
    "Yes, I will type my card number on the keypad now.",
    "No, that is all. Goodbye.",
]


def espeak_call() -> tuple[np.ndarray, str] | None:
    """A project-made two-party call (agent left, customer right, -30 dB echo each way) and its script."""
    exe = shutil.which("espeak-ng")
    if exe is None:
        return None
    sr = 16000

    def say(text: str, voice: str) -> np.ndarray:
        wav = subprocess.run([exe, "-v", voice, "-s", "150", "--stdout", text], check=True,
                             capture_output=True).stdout
        return decode_audio(wav, sr).samples[0]

    gap = np.zeros(int(0.6 * sr), np.float32)
    left, right = [gap], [gap]
    for a, c in zip(AGENT, CUSTOMER, strict=True):
        sa, sc = say(a, "en-us"), say(c, "en-us+f2")
        left += [sa, gap, np.zeros_like(sc), gap]
        right += [np.zeros_like(sa), gap, sc, gap]
    x = np.stack([np.concatenate(left), np.concatenate(right)])
    x = x + 10 ** (-30 / 20) * x[::-1]
    script = " ".join(line for pair in zip(AGENT, CUSTOMER, strict=True) for line in pair)
    return x.astype(np.float32), script


def our_pipeline(step: float, model: str) -> Pipeline:
    """Speech stages + (real PII stages when registered) + redact_audio."""
    known = registered_stages()
    specs = [
        StageSpec(stage="speaker_turns", params={"segmentation_step": step}),
        StageSpec(stage="detect_dtmf"),
        StageSpec(stage="transcribe", params={"model": model}),
        StageSpec(stage="assign_roles"),
        StageSpec(stage="normalise_text"),
    ]
    if "pii_redact" in known and "pii_verify" in known:
        specs += [StageSpec(stage="pii_redact"), StageSpec(stage="pii_verify")]
    specs.append(StageSpec(stage="redact_audio"))
    return Pipeline.build(Profile(name="bench", version="1", inputs=["audio", "redacted"], stages=specs))


def bare_engines(rec: Recording, step: float, model: str) -> tuple[float, float, float, str, object | None]:
    """faster-whisper alone and pyannote alone on the same audio.

    Returns (whisper s, pyannote s, pyannote s with CAM++ on whole chunks, text, diarization).
    """
    import torch

    audio = rec.audio if rec.audio.sample_rate == 16000 else _resampled(rec.audio)
    whisper = engines.get_whisper(model)
    stereo = audio.channels == 2
    tracks = [audio.samples[c] for c in range(audio.channels)] if stereo else [audio.samples.mean(0)]
    t0 = time.perf_counter()
    words: list[str] = []
    for track in tracks:
        segments, _ = whisper.transcribe(np.ascontiguousarray(track, dtype=np.float32), language="en", beam_size=1,
                                         word_timestamps=True, vad_filter=True, condition_on_previous_text=False)
        words += [w.word for s in segments for w in (s.words or [])]
    t_whisper = time.perf_counter() - t0
    if stereo:
        return t_whisper, 0.0, 0.0, " ".join(words), None  # stereo needs no diarization model
    diarizer = engines.get_diarizer(step)  # same models and settings as the speaker_turns stage
    t0 = time.perf_counter()
    wave = {"waveform": torch.from_numpy(tracks[0].astype(np.float32))[None], "sample_rate": 16000}
    out = diarizer(wave, num_speakers=rec.speakers)
    t_pyannote = time.perf_counter() - t0
    t0 = time.perf_counter()
    engines.get_diarizer(step, 0.0)(wave, num_speakers=rec.speakers)  # DESIGN.md's setup: whole-chunk embeddings
    return t_whisper, t_pyannote, time.perf_counter() - t0, " ".join(words), out.speaker_diarization


def _resampled(audio: AudioInput) -> AudioInput:
    from analyzers.speech.decode import resample

    return resample(audio, 16000)


def der(rec: Recording, hypothesis: object) -> tuple[float, float] | None:
    """DER without collar and with a 0.25 s collar against the recording's RTTM."""
    if rec.rttm is None or not rec.rttm.exists() or hypothesis is None:
        return None
    from pyannote.database.util import load_rttm
    from pyannote.metrics.diarization import DiarizationErrorRate

    ref = load_rttm(str(rec.rttm))[rec.uri]
    return DiarizationErrorRate(collar=0.0)(ref, hypothesis), DiarizationErrorRate(collar=0.25)(ref, hypothesis)


def turns_annotation(doc: Document) -> object:
    from pyannote.core import Annotation, Segment

    ann = Annotation()
    for t in doc.speech_turns:
        ann[Segment(t.start, t.end)] = t.speaker
    return ann


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--all", action="store_true", help="every recording, not the default set")
    ap.add_argument("--step", type=float, default=0.1, help="pyannote segmentation step (ratio)")
    ap.add_argument("--model", default="base", choices=list(models.WHISPER_MODELS))
    args = ap.parse_args()
    import jiwer

    models.verify(models.default_cache_dir())
    recs = recordings(args.all)
    if not recs:
        print("no recordings found (../shared/data absent, espeak-ng not installed): nothing to measure")
        return
    t0 = time.perf_counter()
    engines.get_whisper(args.model)
    engines.get_diarizer(args.step)
    engines.get_diarizer(args.step, 0.0)
    engines.get_vad_session()
    print(f"models loaded once in {time.perf_counter() - t0:.1f} s (not counted below); "
          f"threads per worker: {engines.worker_threads()}, whisper {args.model}, segmentation step {args.step}")
    pipeline = our_pipeline(args.step, args.model)
    print("ours: " + " -> ".join(s.name for s in pipeline.stages))
    # warm-up on a short slice so first-call costs (graph building, caches) are not billed to one file
    warm = recs[0].audio.samples[:, : recs[0].audio.sample_rate * 8].copy()
    try:
        pipeline(Document(meta=InteractionMeta(channel=Channel.voice), audio=AudioInput(
            samples=warm, sample_rate=recs[0].audio.sample_rate)))
    except Exception as exc:  # noqa: BLE001 - a warm-up failure only means less warming
        print(f"warm-up: {type(exc).__name__}: {exc}")

    rows = []
    for rec in recs:
        dur = rec.audio.duration_s
        meta = InteractionMeta(channel=Channel.voice, brand_name="Acme", direction=Direction.outbound,
                               expected_speakers=rec.speakers, channel_roles=rec.channel_roles)
        t_wh, t_py, t_py_full, bare_text, bare_diar = bare_engines(rec, args.step, args.model)
        doc = Document(meta=meta, audio=rec.audio)
        t1 = time.perf_counter()
        # Words are scored before PII redaction replaces names and numbers with tags.
        cut = [s.name for s in pipeline.stages].index("normalise_text") + 1
        doc = Pipeline("a", "1", pipeline.stages[:cut])(doc)
        text = " ".join(u.text for u in doc.utterances)
        try:
            doc = Pipeline("b", "1", pipeline.stages[cut:])(doc)
        except Exception as exc:  # noqa: BLE001 - another team's stage failing must not hide our numbers
            print(f"  (PII stages failed: {exc}; timing redact_audio alone)")
            doc = Pipeline("b", "1", pipeline.stages[-1:])(doc)
        t_ours = time.perf_counter() - t1
        stage_rtf = {r.stage: r.duration_ms / 1000 / dur for r in doc.stage_runs}
        bare = t_wh + t_py
        d_ours = der(rec, turns_annotation(doc))
        d_bare = der(rec, bare_diar)
        wer = wer_bare = None
        if rec.reference_text:
            wer = jiwer.wer(_norm(rec.reference_text), _norm(text))
            wer_bare = jiwer.wer(_norm(rec.reference_text), _norm(bare_text))
        rows.append((rec, dur, t_ours, bare, stage_rtf, d_ours, d_bare, wer, wer_bare, t_wh + t_py_full))
        kind = "stereo" if rec.audio.channels == 2 else "mono"
        print(f"\n== {rec.name}: {dur:.1f} s, {kind}, {rec.audio.sample_rate} Hz, {len(doc.speakers)} speakers found")
        print("  per stage RTF: " + ", ".join(f"{k} {v:.3f}" for k, v in stage_rtf.items()))
        print(f"  end to end RTF {t_ours / dur:.3f} | bare faster-whisper {t_wh / dur:.3f} + bare pyannote "
              f"{t_py / dur:.3f} = {bare / dur:.3f} | ours/bare {t_ours / bare:.2f}x")
        if t_py_full:
            print(f"  (pyannote with CAM++ on whole 10 s chunks, as DESIGN.md measured: {t_py_full / dur:.3f}; "
                  f"ours / that baseline {t_ours / (t_wh + t_py_full):.2f}x)")
        if d_ours:
            print(f"  DER ours {d_ours[0]:.1%} (collar 0.25: {d_ours[1]:.1%}); bare pyannote {d_bare[0]:.1%} "
                  f"(collar 0.25: {d_bare[1]:.1%})" + ("  [silver reference]" if "silver" in str(rec.rttm) else ""))
        if wer is not None:
            print(f"  WER vs {rec.reference_kind}: ours {wer:.1%}, bare faster-whisper {wer_bare:.1%}")

    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    print("\n== summary")
    for label, pick in (("mono", lambda a: a.channels == 1), ("stereo", lambda a: a.channels == 2)):
        sel = [r for r in rows if pick(r[0].audio)]
        if not sel:
            continue
        total = sum(r[1] for r in sel)
        ours = sum(r[2] for r in sel)
        bare = sum(r[3] for r in sel)
        target = 0.15 if label == "mono" else 0.08
        full = sum(r[9] for r in sel)
        print(f"  {label}: {total:.0f} s audio, RTF ours {ours / total:.3f} (target <= {target}), "
              f"bare {bare / total:.3f}, ours/bare {ours / bare:.2f}x (target <= 1.3)"
              + (f", bare with whole-chunk embeddings {full / total:.3f}" if label == "mono" else ""))
    for r in rows:
        if r[5] and r[0].name == "pyannote/sample":
            print(f"  DER pyannote sample, no collar: {r[5][0]:.1%} (target <= 6%)")
    print(f"  peak memory (max RSS, whole process, all models): {peak_gb:.2f} GB (target < 2.5 GB)")
    print(f"  load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (timings inflate when > CPUs)")


if __name__ == "__main__":
    main()
