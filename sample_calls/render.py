"""Render the demo voice conversations to audio and write sample_calls/manifest.yaml.

Run from the repository root:  .venv/bin/python sample_calls/render.py
Options: --manifest-only (skip audio), --only call-001 [--only call-002 ...], --out DIR (default: sample_calls).

Each voice conversation in conversations/*.yaml becomes two recordings with the same timeline:
  <id>.stereo.<ext>  telephone band (300-3400 Hz), 8 kHz, agent on channel 0, customer line on channel 1
  <id>.mono.<ext>    16 kHz mono mix
plus <id>.timing.json with each turn's start/end seconds (the reference for WER and DER checks).
Speech comes from Debian's espeak-ng with one voice per role. Output is deterministic for a given espeak-ng.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av
import numpy as np
import soundfile as sf
import yaml
from scipy.signal import butter, resample_poly, sosfiltfilt

HERE = Path(__file__).resolve().parent
SYNTH_RATE = 22050  # espeak-ng's native output rate
STEREO_RATE = 8000
MONO_RATE = 16000
LEAD_IN_S = 0.5
TAIL_S = 0.6
DEFAULT_GAP_S = 0.5
PEAK = 0.89

# (espeak voice, words per minute, pitch 0-99, word gap in 10 ms units). The roles differ in sex, pitch and
# speed so that diarization has something real to separate; these variants were picked for the lowest
# whisper-base WER in the telephone band among the espeak-ng variants tried (see README).
VOICES: dict[str, tuple[str, int, int, int]] = {
    "agent": ("en-us+m1", 160, 40, 1),
    "customer": ("en-us+f2", 150, 50, 1),
    "third_party": ("en-us+m3", 155, 62, 1),
}
# Which stereo channel carries each speaker: the customer's phone line carries whoever answers it.
SPEAKER_CHANNEL = {"agent": 0, "customer": 1, "third_party": 1}

# Container per conversation: (stereo, mono). Mostly FLAC to keep the repository small; one of each other
# format so ingest and decoding are exercised.
FORMATS: dict[str, tuple[str, str]] = {
    "call-012": ("wav", "wav"),
    "call-003": ("flac", "mp3"),
    "call-004": ("ogg", "flac"),
}
DEFAULT_FORMATS = ("flac", "flac")

TENANTS = [
    {
        "slug": "lumen",
        "name": "Lumen Streaming",
        "role": "creditor",
        "jurisdictions": ["US", "US-CA"],
        "brands": [{"name": "Lumen Streaming", "aliases": ["Lumen", "Lumen TV"]}],
        "agents": [
            {"ref": "lumen-agent-dana", "name": "Dana"},
            {"ref": "lumen-agent-marcus", "name": "Marcus"},
            {"ref": "lumen-agent-jess", "name": "Jess"},
            {"ref": "lumen-agent-kyle", "name": "Kyle"},
            {"ref": "lumen-agent-leo", "name": "Leo"},
            {"ref": "lumen-agent-auto", "name": "Lumen automated messages"},
        ],
    },
    {
        "slug": "northpoint",
        "name": "Northpoint Recovery",
        "role": "agency",
        "jurisdictions": ["US"],
        "brands": [{"name": "Kestrel Pay", "aliases": ["Kestrel", "KestrelPay"]}],
        "agents": [
            {"ref": "northpoint-agent-rick", "name": "Rick Salazar"},
            {"ref": "northpoint-agent-tanya", "name": "Tanya Brooks"},
            {"ref": "northpoint-agent-brent", "name": "Brent Maddox"},
            {"ref": "northpoint-agent-auto", "name": "Northpoint automated messages"},
        ],
    },
]

# Money, card expiry ("08/29"), and digit strings (card numbers, ZIP codes, phone numbers, codes), which people
# read out differently from how espeak-ng reads written numbers.
_SPOKEN = re.compile(
    r"\$(?P<dollars>\d[\d,]*)(?:\.(?P<cents>\d\d))?"
    r"|\b(?P<month>\d\d)/(?P<year>\d\d)\b"
    r"|\b(?P<digits>\d{3,}(?:[- ]\d{3,})*)\b"
)


@dataclass(frozen=True)
class PlacedTurn:
    """One rendered turn: who spoke, on which channel, and when (seconds from the start)."""

    index: int
    speaker: str
    channel: int
    start: float
    end: float
    text: str


def spoken_form(text: str) -> str:
    """Rewrite written text into what a person would say, so espeak-ng reads it naturally."""

    def say(m: re.Match[str]) -> str:
        if m.group("dollars"):
            dollars = int(m.group("dollars").replace(",", ""))
            cents = int(m.group("cents") or 0)
            return f"{dollars} dollars and {cents} cents" if cents else f"{dollars} dollars"
        if m.group("month"):
            return f"{' '.join(m.group('month'))}, {m.group('year')}"
        return ", ".join(" ".join(group) for group in re.split(r"[- ]", m.group("digits")))

    return _SPOKEN.sub(say, text)


def require_espeak() -> str:
    """Return the espeak-ng executable, or exit with a message naming the missing tool."""
    exe = shutil.which("espeak-ng")
    if exe is None:
        sys.exit(
            "render.py: the text-to-speech tool 'espeak-ng' is not installed or not on PATH.\n"
            "Install it (Debian/Ubuntu): apt-get update && apt-get install -y espeak-ng"
        )
    return exe


def espeak_version(exe: str) -> str:
    """Return espeak-ng's version string (recorded in the timing files)."""
    # The executable comes from shutil.which and the arguments are fixed: no untrusted input reaches the call.
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, check=True).stdout  # noqa: S603
    m = re.search(r"eSpeak NG text-to-speech:\s*(\S+)", out)
    return m.group(1) if m else out.strip()


def synthesize(exe: str, text: str, speaker: str) -> np.ndarray:
    """Speak one turn with the speaker's voice; returns float32 samples at SYNTH_RATE, silence trimmed."""
    voice, wpm, pitch, word_gap = VOICES[speaker]
    # Arguments are a list (no shell); the text is the project's own demo script.
    proc = subprocess.run(  # noqa: S603
        [exe, "-v", voice, "-s", str(wpm), "-p", str(pitch), "-g", str(word_gap), "--stdout", spoken_form(text)],
        capture_output=True,
        check=True,
    )
    raw, rate = sf.read(io.BytesIO(proc.stdout), dtype="float32")
    audio = np.asarray(raw, dtype=np.float32)
    if rate != SYNTH_RATE:
        raise RuntimeError(f"espeak-ng produced {rate} Hz, expected {SYNTH_RATE}")
    if audio.ndim > 1:
        audio = audio.mean(axis=1)
    loud = np.flatnonzero(np.abs(audio) > 1e-3)
    if loud.size == 0:
        raise RuntimeError(f"espeak-ng produced silence for: {text[:40]!r}")
    return audio[loud[0] : loud[-1] + 1]


def place_turns(exe: str, turns: list[dict[str, Any]]) -> tuple[list[PlacedTurn], dict[int, np.ndarray], int]:
    """Lay the turns on one timeline; returns placed turns, per-channel tracks and length in samples."""
    clips = [synthesize(exe, t["text"], t["speaker"]) for t in turns]
    placed: list[PlacedTurn] = []
    cursor = LEAD_IN_S
    prev_start = 0.0
    for i, (turn, clip) in enumerate(zip(turns, clips, strict=True)):
        gap = float(turn.get("pause_before_s", DEFAULT_GAP_S))
        # A negative pause makes this turn start before the previous one ends (talk-over).
        start = max(prev_start + 0.2, cursor + gap) if gap < 0 else cursor + gap
        start = round(start * SYNTH_RATE) / SYNTH_RATE
        end = start + len(clip) / SYNTH_RATE
        placed.append(PlacedTurn(i, turn["speaker"], SPEAKER_CHANNEL[turn["speaker"]], start, end, turn["text"]))
        cursor = max(cursor, end)
        prev_start = start
    total = round((cursor + TAIL_S) * SYNTH_RATE)
    tracks = {0: np.zeros(total, np.float32), 1: np.zeros(total, np.float32)}
    for p, clip in zip(placed, clips, strict=True):
        s = round(p.start * SYNTH_RATE)
        tracks[p.channel][s : s + len(clip)] += clip
    return placed, tracks, total


def _to_int16(x: np.ndarray) -> np.ndarray:
    return np.clip(np.round(x * 32767.0), -32768, 32767).astype(np.int16)


def telephone_stereo(tracks: dict[int, np.ndarray]) -> np.ndarray:
    """Return int16 (samples, 2) at 8 kHz, each channel band-limited to 300-3400 Hz."""
    sos = butter(4, [300, 3400], btype="bandpass", fs=STEREO_RATE, output="sos")
    chans = [sosfiltfilt(sos, resample_poly(tracks[c], 160, 441)) for c in (0, 1)]
    peak = max(float(np.max(np.abs(c))) for c in chans) or 1.0
    return _to_int16(np.stack(chans, axis=1) * (PEAK / peak))


def wideband_mono(tracks: dict[int, np.ndarray]) -> np.ndarray:
    """Return int16 (samples,) at 16 kHz: both sides mixed."""
    mix = resample_poly(tracks[0] + tracks[1], 320, 441)
    peak = float(np.max(np.abs(mix))) or 1.0
    return _to_int16(mix * (PEAK / peak))


def _encode_av(path: Path, container_fmt: str, codec: str, pcm: np.ndarray, rate: int, bit_rate: int) -> None:
    """Encode int16 PCM (samples, channels) with PyAV; bitexact flags keep the bytes reproducible."""
    channels = pcm.shape[1]
    layout = "stereo" if channels == 2 else "mono"
    out = av.open(str(path), "w", format=container_fmt, options={"fflags": "+bitexact"})
    try:
        stream = out.add_stream(codec, rate=rate)
        assert isinstance(stream, av.audio.stream.AudioStream)
        stream.layout = layout
        stream.bit_rate = bit_rate
        stream.codec_context.options = {"flags": "+bitexact"}
        planar = np.ascontiguousarray(pcm.T)
        pts = 0
        for i in range(0, planar.shape[1], 960):
            frame = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(planar[:, i : i + 960]), format="s16p", layout=layout
            )
            frame.sample_rate = rate
            frame.pts = pts
            pts += frame.samples
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    finally:
        out.close()


def write_audio(path: Path, pcm: np.ndarray, rate: int) -> int:
    """Write PCM in the container named by the file suffix; returns the rate the file decodes at."""
    if pcm.ndim == 1:
        pcm = pcm[:, None]
    ext = path.suffix.lstrip(".")
    if ext in ("wav", "flac"):
        sf.write(path, pcm, rate, subtype="PCM_16", format=ext.upper())
        return rate
    if ext == "mp3":
        _encode_av(path, "mp3", "libmp3lame", pcm, rate, 32000 * pcm.shape[1])
        return rate
    if ext == "ogg":
        _encode_av(path, "ogg", "libopus", pcm, rate, 24000 * pcm.shape[1])
        return 48000  # Ogg Opus always decodes at 48 kHz
    raise ValueError(f"unsupported audio extension: {ext}")


def load_conversations(root: Path) -> list[tuple[str, dict[str, Any]]]:
    """Return (file stem, parsed conversation) for every conversation file, sorted by name."""
    return [
        (p.stem, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in sorted((root / "conversations").glob("*.yaml"))
    ]


def audio_entries(stem: str, conv: dict[str, Any]) -> list[dict[str, Any]]:
    """Manifest entries (stereo and mono) for one voice conversation."""
    stereo_ext, mono_ext = FORMATS.get(stem, DEFAULT_FORMATS)
    decoded = {"ogg": 48000}
    common = {"conversation": f"conversations/{stem}.yaml", "kind": "audio", "timing": f"audio/{stem}.timing.json"}
    return [
        {
            "external_id": f"{conv['external_id']}-stereo",
            **common,
            "variant": "stereo-8k-telephone",
            "audio": f"audio/{stem}.stereo.{stereo_ext}",
            "format": stereo_ext,
            "channels": 2,
            "sample_rate": decoded.get(stereo_ext, STEREO_RATE),
            "channel_roles": {str(k): v for k, v in conv["channel_roles"].items()},
        },
        {
            "external_id": f"{conv['external_id']}-mono",
            **common,
            "variant": "mono-16k",
            "audio": f"audio/{stem}.mono.{mono_ext}",
            "format": mono_ext,
            "channels": 1,
            "sample_rate": decoded.get(mono_ext, MONO_RATE),
        },
    ]


def build_manifest(root: Path) -> dict[str, Any]:
    """Describe the tenants and every interaction the demo loader should ingest."""
    interactions: list[dict[str, Any]] = []
    for stem, conv in load_conversations(root):
        if conv["channel"] == "voice":
            interactions.extend(audio_entries(stem, conv))
        else:
            interactions.append(
                {
                    "external_id": conv["external_id"],
                    "conversation": f"conversations/{stem}.yaml",
                    "kind": "text",
                }
            )
    return {"version": 1, "tenants": TENANTS, "interactions": interactions}


def write_manifest(root: Path) -> Path:
    """Write manifest.yaml (generated; edit render.py or the conversations instead)."""
    path = root / "manifest.yaml"
    header = (
        "# Generated by sample_calls/render.py; do not edit by hand.\n"
        "# Paths are relative to this file. Voice conversations appear twice (stereo and mono recordings of\n"
        "# the same call); each conversation file holds the metadata, the turns and the expected results.\n"
    )
    body = yaml.safe_dump(build_manifest(root), sort_keys=False, allow_unicode=True, width=110)
    path.write_text(header + body, encoding="utf-8")
    return path


def render_call(exe: str, version: str, root: Path, stem: str, conv: dict[str, Any]) -> list[Path]:
    """Render one voice conversation to its two recordings and its timing file."""
    placed, tracks, total = place_turns(exe, conv["turns"])
    audio_dir = root / "audio"
    audio_dir.mkdir(parents=True, exist_ok=True)
    stereo_ext, mono_ext = FORMATS.get(stem, DEFAULT_FORMATS)
    stereo_path = audio_dir / f"{stem}.stereo.{stereo_ext}"
    mono_path = audio_dir / f"{stem}.mono.{mono_ext}"
    write_audio(stereo_path, telephone_stereo(tracks), STEREO_RATE)
    write_audio(mono_path, wideband_mono(tracks), MONO_RATE)
    timing = {
        "external_id": conv["external_id"],
        "conversation": f"conversations/{stem}.yaml",
        "duration_s": round(total / SYNTH_RATE, 3),
        "renderer": {"tool": "espeak-ng", "version": version, "voices": {k: v[0] for k, v in VOICES.items()}},
        "channel_roles": {str(k): v for k, v in conv["channel_roles"].items()},
        "turns": [
            {
                "index": p.index,
                "speaker": p.speaker,
                "channel": p.channel,
                "start": round(p.start, 3),
                "end": round(p.end, 3),
                "text": p.text,
            }
            for p in placed
        ],
    }
    timing_path = audio_dir / f"{stem}.timing.json"
    timing_path.write_text(json.dumps(timing, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return [stereo_path, mono_path, timing_path]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest-only", action="store_true", help="write manifest.yaml, render no audio")
    ap.add_argument("--only", action="append", default=[], help="render only this conversation (file stem)")
    ap.add_argument("--out", type=Path, default=HERE, help="folder holding conversations/ (default: here)")
    args = ap.parse_args(argv)
    root: Path = args.out
    manifest = write_manifest(root)
    print(f"wrote {manifest}")
    if args.manifest_only:
        return 0
    exe = require_espeak()
    version = espeak_version(exe)
    for stem, conv in load_conversations(root):
        if conv["channel"] != "voice" or (args.only and stem not in args.only):
            continue
        for path in render_call(exe, version, root, stem, conv):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
            print(f"wrote {path.relative_to(root)}  {path.stat().st_size / 1024:7.1f} KiB  sha256:{digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
