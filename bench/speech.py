"""Speech pipeline benchmark: real-time factor per stage and end to end, next to the bare engines.

For each recording (real ones from ../shared/data, skipped when absent; a project-made espeak-ng call when
espeak-ng is installed; audio under sample_calls/ if any) it runs, in the same process and run:
  ours   the voice profile's speech stages (speaker_turns, detect_dtmf, transcribe, assign_roles,
         normalise_text) + redact_audio, with the real PII stages in between when they are registered
  bare   the baseline a user would run: faster-whisper alone, then pyannote's pipeline alone, one after the
         other, with the same models and per-engine settings as ours (int8, beam 1, VAD filter, word
         timestamps; segmentation step; one thread per engine when --threads 2)
and prints RTF (processing seconds / audio seconds, wall clock) per stage and end to end, the ours/bare
ratio in wall time and in CPU time (the overhead measure that does not depend on using the second core),
where the bare engines' time goes (whisper; pyannote segmentation / embeddings / the rest), DER with
pyannote.metrics (no collar and 0.25 s collar) against the human RTTM references, WER against the
project's own script (espeak call) or the silver reference of the Azure call, peak memory, and the load
average next to every timing (others' processes on a shared machine inflate wall times).

With --threads 2 (the default on a machine with >= 2 CPUs) one worker runs two engines at once: whisper
beside pyannote on mono calls, the two channels side by side on stereo calls (FAIRLINE_WORKER_THREADS).

    .venv/bin/python bench/speech.py                 # default set, 2 threads per worker
    .venv/bin/python bench/speech.py --threads 1     # everything on one thread (engines one after the other)
    .venv/bin/python bench/speech.py --all --step 0.2 --model tiny.en --whole-chunk
    .venv/bin/python bench/speech.py --only conference   # recordings whose name contains "conference"

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
from collections.abc import Callable
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
    reference_turns: list[tuple[float, float, str]] = field(default_factory=list)  # made calls: who spoke when

    @property
    def conference(self) -> bool:
        """Stereo with more speakers than channels: one leg carries two voices."""
        return self.audio.channels == 2 and self.speakers > 2


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
    conf = espeak_conference_call()
    if conf is not None:
        stereo, script, turns = conf
        out.append(Recording("espeak conference call stereo 8 kHz, guest on the customer's leg",
                             AudioInput(samples=stereo[:, ::2].copy(), sample_rate=8000), speakers=3,
                             reference_text=script, reference_kind="script", reference_turns=turns,
                             channel_roles={"0": SpeakerRole.agent, "1": SpeakerRole.customer}))
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
        samples: np.ndarray = decode_audio(wav, sr).samples[0]
        return samples

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


CONFERENCE = [  # (who, channel, voice, text): a guest conferenced in on the customer's leg
    ("agent", 0, "en-us", "Hello, this is Sam calling from Acme Subscriptions about your account."),
    ("customer", 1, "en-us+f2", "Yes, this is Jordan speaking, go ahead please."),
    ("guest", 1, "en-us+Storm", "Hi, I am Jordan's sister, I help with the bills every month."),
    ("agent", 0, "en-us", "Thank you. I will add that to the call notes."),
    ("customer", 1, "en-us+f2", "Okay, that works for me, thanks."),
    ("guest", 1, "en-us+Storm", "Yes, we can pay on Friday."),
    ("agent", 0, "en-us", "Thank you both, goodbye."),
]


def espeak_conference_call() -> tuple[np.ndarray, str, list[tuple[float, float, str]]] | None:
    """A project-made three-party stereo call (two voices on channel 1), its script and who spoke when."""
    exe = shutil.which("espeak-ng")
    if exe is None:
        return None
    sr = 16000
    gap = np.zeros(int(0.6 * sr), np.float32)
    sides: list[list[np.ndarray]] = [[gap], [gap]]
    turns: list[tuple[float, float, str]] = []
    t = gap.size / sr
    for who, channel, voice, text in CONFERENCE:
        wav = subprocess.run([exe, "-v", voice, "-s", "150", "--stdout", text], check=True,
                             capture_output=True).stdout
        x: np.ndarray = decode_audio(wav, sr).samples[0]
        sides[channel] += [x, gap]
        sides[1 - channel] += [np.zeros_like(x), gap]
        turns.append((t, t + x.size / sr, who))
        t += (x.size + gap.size) / sr
    stereo = np.stack([np.concatenate(sides[0]), np.concatenate(sides[1])])
    stereo = stereo + 10 ** (-30 / 20) * stereo[::-1]
    return stereo.astype(np.float32), " ".join(text for *_, text in CONFERENCE), turns


def our_pipeline(step: float, model: str) -> Pipeline:
    """Speech stages + (real PII stages when registered) + redact_audio."""
    known = registered_stages()
    specs = [
        StageSpec(stage="speaker_turns", params={"segmentation_step": step}),
        StageSpec(stage="detect_dtmf"),
        StageSpec(stage="transcribe", params={"model": model}),
        StageSpec(stage="align_words"),  # a no-op unless $FAIRLINE_ALIGN_MODEL_DIR names a model
        StageSpec(stage="assign_roles"),
        StageSpec(stage="normalise_text"),
    ]
    if "pii_redact" in known and "pii_verify" in known:
        specs += [StageSpec(stage="pii_redact"), StageSpec(stage="pii_verify")]
    specs.append(StageSpec(stage="redact_audio"))
    return Pipeline.build(Profile(name="bench", version="1", inputs=["audio", "redacted"], stages=specs))


@dataclass
class Bare:
    """The bare engines on one recording: wall and CPU seconds, and what pyannote spent per step."""

    whisper_wall: float = 0.0
    whisper_cpu: float = 0.0
    pyannote_wall: float = 0.0
    pyannote_cpu: float = 0.0
    pyannote_steps: dict[str, float] = field(default_factory=dict)  # CPU s: segmentation, embeddings, rest
    whole_chunk_wall: float = 0.0
    text: str = ""
    diarization: object | None = None

    @property
    def wall(self) -> float:
        return self.whisper_wall + self.pyannote_wall

    @property
    def cpu(self) -> float:
        return self.whisper_cpu + self.pyannote_cpu


def bare_engines(rec: Recording, step: float, model: str, whole_chunk: bool) -> Bare:
    """faster-whisper alone, then pyannote alone, on the same audio with the same settings as ours."""
    import torch

    audio = rec.audio if rec.audio.sample_rate == 16000 else _resampled(rec.audio)
    whisper = engines.get_whisper(model)
    stereo = audio.channels == 2
    tracks = [audio.samples[c] for c in range(audio.channels)] if stereo else [audio.samples.mean(0)]
    out = Bare()
    t0, c0 = time.perf_counter(), time.process_time()
    words: list[str] = []
    for track in tracks:
        segments, _ = whisper.transcribe(np.ascontiguousarray(track, dtype=np.float32), language="en", beam_size=1,
                                         word_timestamps=True, vad_filter=True, condition_on_previous_text=False)
        words += [w.word for s in segments for w in (s.words or [])]
    out.whisper_wall, out.whisper_cpu = time.perf_counter() - t0, time.process_time() - c0
    out.text = " ".join(words)
    if stereo:
        return out  # stereo needs no diarization model
    diarizer = engines.get_diarizer(step)  # same models and settings as the speaker_turns stage
    marks: list[tuple[str, float]] = []

    def hook(name: str, *_a: object, **_k: object) -> None:
        marks.append((name, time.process_time()))

    wave = {"waveform": torch.from_numpy(tracks[0].astype(np.float32))[None], "sample_rate": 16000}
    t0, c0 = time.perf_counter(), time.process_time()
    result = diarizer(wave, num_speakers=rec.speakers, hook=hook)
    out.pyannote_wall, out.pyannote_cpu = time.perf_counter() - t0, time.process_time() - c0
    last = {name: t for name, t in marks}
    seg_end = last.get("segmentation", c0)
    emb_start = last.get("speaker_counting", seg_end)
    emb_end = last.get("embeddings", emb_start)
    out.pyannote_steps = {"segmentation": seg_end - c0, "embeddings": emb_end - emb_start,
                          "rest": out.pyannote_cpu - (seg_end - c0) - (emb_end - emb_start)}
    out.diarization = result.speaker_diarization
    if whole_chunk:
        t0 = time.perf_counter()
        engines.get_diarizer(step, 0.0)(wave, num_speakers=rec.speakers)  # DESIGN.md's setup: whole chunks
        out.whole_chunk_wall = time.perf_counter() - t0
    return out


def _resampled(audio: AudioInput) -> AudioInput:
    from analyzers.speech.decode import resample

    return resample(audio, 16000)


def der(rec: Recording, hypothesis: object) -> tuple[float, float] | None:
    """DER without collar and with a 0.25 s collar against the recording's RTTM (or its made-up turns)."""
    from pyannote.core import Annotation, Segment
    from pyannote.metrics.diarization import DiarizationErrorRate

    if hypothesis is None:
        return None
    if rec.reference_turns:
        ref = Annotation()
        for start, end, who in rec.reference_turns:
            ref[Segment(start, end)] = who
    elif rec.rttm is not None and rec.rttm.exists():
        from pyannote.database.util import load_rttm

        ref = load_rttm(str(rec.rttm))[rec.uri]  # type: ignore[no-untyped-call]
    else:
        return None
    return DiarizationErrorRate(collar=0.0)(ref, hypothesis), DiarizationErrorRate(collar=0.25)(ref, hypothesis)


def turns_annotation(doc: Document) -> object:
    from pyannote.core import Annotation, Segment

    ann = Annotation()
    for t in doc.speech_turns:
        ann[Segment(t.start, t.end)] = t.speaker
    return ann


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f}/{five:.1f} (1/5 min) on {os.cpu_count()} CPUs"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--all", action="store_true", help="every recording, not the default set")
    ap.add_argument("--step", type=float, default=0.1, help="pyannote segmentation step (ratio)")
    ap.add_argument("--model", default="base", choices=list(models.WHISPER_MODELS))
    ap.add_argument("--threads", type=int, default=min(2, os.cpu_count() or 1),
                    help="threads per worker (FAIRLINE_WORKER_THREADS); >= 2 runs two engines at once")
    ap.add_argument("--whole-chunk", action="store_true",
                    help="also time pyannote with CAM++ on whole 10 s chunks (DESIGN.md's measured setup)")
    ap.add_argument("--only", default="", help="only recordings whose name contains this text")
    args = ap.parse_args()
    os.environ["FAIRLINE_WORKER_THREADS"] = str(args.threads)  # before any engine is loaded
    import jiwer

    models.verify(models.default_cache_dir())
    recs = [r for r in recordings(args.all) if args.only in r.name]
    if not recs:
        print("no recordings found (../shared/data absent, espeak-ng not installed): nothing to measure")
        return
    t0 = time.perf_counter()
    engines.get_whisper(args.model)
    engines.get_diarizer(args.step)
    if args.whole_chunk:
        engines.get_diarizer(args.step, 0.0)
    engines.get_vad_session()
    print(f"models loaded once in {time.perf_counter() - t0:.1f} s (not counted below); "
          f"threads per worker {engines.worker_threads()}: {engines.parallel_engines()} engine(s) at once, "
          f"{engines.engine_threads()} thread(s) each; whisper {args.model}, segmentation step {args.step}")
    pipeline = our_pipeline(args.step, args.model)
    print("ours: " + " -> ".join(s.name for s in pipeline.stages))
    if engines.parallel_engines() >= 2:
        print("  (mono: whisper runs beside pyannote, so speaker_turns' wall time holds both and transcribe only "
              "assigns words; stereo: transcribe decodes the two channels side by side)")
    print(f"bare (baseline): faster-whisper {args.model} (int8, beam 1, VAD filter, word timestamps, "
          f"{engines.engine_threads()} thread) then pyannote SpeakerDiarization (segmentation-3.0 + CAM++, step "
          f"{args.step}, {engines.engine_threads()} torch thread), one after the other, same models as ours")
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
        bare = bare_engines(rec, args.step, args.model, args.whole_chunk)
        load_bare = _load()
        doc = Document(meta=meta, audio=rec.audio)
        t1, c1 = time.perf_counter(), time.process_time()
        # Words are scored before PII redaction replaces names and numbers with tags.
        cut = [s.name for s in pipeline.stages].index("normalise_text") + 1
        doc = Pipeline("a", "1", pipeline.stages[:cut])(doc)
        text = " ".join(u.text for u in doc.utterances)
        try:
            doc = Pipeline("b", "1", pipeline.stages[cut:])(doc)
        except Exception as exc:  # noqa: BLE001 - another team's stage failing must not hide our numbers
            print(f"  (PII stages failed: {exc}; timing redact_audio alone)")
            doc = Pipeline("b", "1", pipeline.stages[-1:])(doc)
        t_ours, c_ours = time.perf_counter() - t1, time.process_time() - c1
        stage_rtf = {r.stage: r.duration_ms / 1000 / dur for r in doc.stage_runs}
        d_ours = der(rec, turns_annotation(doc))
        d_bare = der(rec, bare.diarization)
        wer = wer_bare = None
        if rec.reference_text:
            wer = jiwer.wer(_norm(rec.reference_text), _norm(text))
            wer_bare = jiwer.wer(_norm(rec.reference_text), _norm(bare.text))
        rows.append((rec, dur, t_ours, bare, c_ours, d_ours))
        kind = "stereo" if rec.audio.channels == 2 else "mono"
        print(f"\n== {rec.name}: {dur:.1f} s, {kind}, {rec.audio.sample_rate} Hz, {len(doc.speakers)} speakers found")
        print("  per stage RTF (wall): " + ", ".join(f"{k} {v:.3f}" for k, v in stage_rtf.items()))
        print(f"  end to end RTF {t_ours / dur:.3f} (CPU {c_ours / dur:.3f}) [{_load()}]")
        print(f"  bare faster-whisper {bare.whisper_wall / dur:.3f} + bare pyannote {bare.pyannote_wall / dur:.3f} = "
              f"{bare.wall / dur:.3f} (CPU {bare.cpu / dur:.3f}) [{load_bare}]")
        print(f"  ours/bare {t_ours / bare.wall:.2f}x wall, {c_ours / bare.cpu:.2f}x CPU")
        if bare.pyannote_steps:
            print("  bare CPU RTF by step: whisper " + f"{bare.whisper_cpu / dur:.3f}, pyannote "
                  + ", ".join(f"{k} {v / dur:.3f}" for k, v in bare.pyannote_steps.items()))
        if bare.whole_chunk_wall:
            print("  (pyannote with CAM++ on whole 10 s chunks, as DESIGN.md measured: "
                  f"{bare.whole_chunk_wall / dur:.3f})")
        if d_ours:
            print(f"  DER ours {d_ours[0]:.1%} (collar 0.25: {d_ours[1]:.1%})"
                  + (f"; bare pyannote {d_bare[0]:.1%} (collar 0.25: {d_bare[1]:.1%})" if d_bare else
                     "; bare: no diarization for stereo")
                  + ("  [silver reference]" if "silver" in str(rec.rttm) else ""))
        if wer is not None:
            print(f"  WER vs {rec.reference_kind}: ours {wer:.1%}, bare faster-whisper {wer_bare:.1%}")

    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    print("\n== summary")
    groups: tuple[tuple[str, Callable[[Recording], bool]], ...] = (
        ("mono", lambda r: r.audio.channels == 1),
        ("stereo", lambda r: r.audio.channels == 2 and not r.conference),
        ("stereo conference", lambda r: r.conference),
    )
    for label, pick in groups:
        sel = [r for r in rows if pick(r[0])]
        if not sel:
            continue
        total = sum(r[1] for r in sel)
        ours = sum(r[2] for r in sel)
        ours_cpu = sum(r[4] for r in sel)
        bare_wall = sum(r[3].wall for r in sel)
        bare_cpu = sum(r[3].cpu for r in sel)
        target = {"mono": "<= 0.15", "stereo": "<= 0.08"}.get(label, "none set")
        print(f"  {label}: {total:.0f} s audio, RTF ours {ours / total:.3f} (target {target}; CPU "
              f"{ours_cpu / total:.3f}), bare {bare_wall / total:.3f} (CPU {bare_cpu / total:.3f}), "
              f"ours/bare {ours / bare_wall:.2f}x wall, {ours_cpu / bare_cpu:.2f}x CPU "
              + ("(target <= 1.3)" if label != "stereo conference" else
                 "(not comparable: ours also diarizes both legs, bare whisper does not)"))
        if label == "mono":
            steps: dict[str, float] = {}
            for r in sel:
                for k, v in r[3].pyannote_steps.items():
                    steps[k] = steps.get(k, 0.0) + v
            print("  mono, where the bare engines' CPU goes (RTF): whisper "
                  f"{sum(r[3].whisper_cpu for r in sel) / total:.3f}; pyannote "
                  + ", ".join(f"{k} {v / total:.3f}" for k, v in steps.items()))
    for r in rows:
        if r[5] and r[0].name == "pyannote/sample":
            print(f"  DER pyannote sample, no collar: {r[5][0]:.1%} (target <= 6%), collar 0.25 s: {r[5][1]:.1%}")
    print(f"  peak memory (max RSS, whole process, all models): {peak_gb:.2f} GB (target < 2.5 GB)")
    print(f"  {_load()} at the end (timings inflate when load > CPUs)")


if __name__ == "__main__":
    main()
