"""Audio intake: probe the real type of an upload, decode it to float32 at 16 kHz, encode redacted FLAC.

PyAV bundles its own ffmpeg, so no system tool is needed. The container is detected from the bytes, never
from the file name; a caller that knows the declared type (extension or content type) may pass it and a
mismatch is reported as mislabelled. Every failure is an InputError with a machine-readable code.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import av
import numpy as np
import soundfile as sf

from analyzers.document import AudioInput
from analyzers.errors import InputError

TARGET_SR = 16000
DEFAULT_MAX_DURATION_S = 4 * 3600.0
# Peak below -50 dBFS over the whole file: nothing a speech model could use.
SILENCE_PEAK = 10 ** (-50 / 20)

# ffmpeg demuxer names -> the short format names we report and accept.
_FORMATS = {
    "wav": "wav",
    "flac": "flac",
    "mp3": "mp3",
    "ogg": "ogg",
    "mov": "m4a",
    "mp4": "m4a",
    "m4a": "m4a",
    "aac": "aac",
    "matroska": "webm",
    "webm": "webm",
}
SUPPORTED_FORMATS = frozenset(_FORMATS.values())

# Declared types (extension or MIME type) -> the formats they may really be.
_DECLARED = {
    "wav": {"wav"}, "wave": {"wav"}, "audio/wav": {"wav"}, "audio/x-wav": {"wav"}, "audio/wave": {"wav"},
    "audio/vnd.wave": {"wav"},
    "flac": {"flac"}, "audio/flac": {"flac"}, "audio/x-flac": {"flac"},
    "mp3": {"mp3"}, "audio/mpeg": {"mp3"}, "audio/mp3": {"mp3"},
    "ogg": {"ogg"}, "opus": {"ogg", "webm"}, "oga": {"ogg"}, "audio/ogg": {"ogg"}, "audio/opus": {"ogg", "webm"},
    "m4a": {"m4a"}, "mp4": {"m4a"}, "audio/mp4": {"m4a"}, "audio/m4a": {"m4a"}, "audio/x-m4a": {"m4a"},
    "aac": {"aac", "m4a"}, "audio/aac": {"aac", "m4a"},
    "webm": {"webm"}, "audio/webm": {"webm"},
}

Source = bytes | bytearray | BinaryIO | Path | str


@dataclass(frozen=True)
class AudioProbe:
    """What the bytes really are: container, codec, rate, channels and duration."""

    format: str  # short name: wav, flac, mp3, ogg, m4a, aac, webm
    container: str  # ffmpeg's demuxer name, e.g. "mov,mp4,m4a,3gp,3g2,mj2"
    codec: str
    sample_rate: int
    channels: int
    duration_s: float


def _open(source: Source) -> av.container.InputContainer:
    if isinstance(source, bytes | bytearray):
        if len(source) == 0:
            raise InputError("the audio file is empty (0 bytes)", code="audio_empty")
        source = io.BytesIO(bytes(source))
    elif isinstance(source, str | Path):
        path = Path(source)
        if not path.is_file():
            raise InputError(f"audio file not found: {path.name}", code="audio_empty")
        if path.stat().st_size == 0:
            raise InputError("the audio file is empty (0 bytes)", code="audio_empty")
        source = str(path)
    else:
        pos = source.tell()
        empty = source.read(1) == b""
        source.seek(pos)
        if empty:
            raise InputError("the audio file is empty (0 bytes)", code="audio_empty")
    try:
        return av.open(source, mode="r", metadata_errors="ignore")
    except av.error.FFmpegError as exc:
        raise InputError("the file is not audio that can be decoded (corrupt or unknown format)",
                         code="audio_corrupt") from exc


def _probe_container(container: av.container.InputContainer) -> AudioProbe:
    names = container.format.name.split(",")
    short = next((_FORMATS[n] for n in names if n in _FORMATS), None)
    if not container.streams.audio:
        raise InputError(f"no audio stream in the file (format {container.format.name})",
                         code="audio_unsupported")
    if short is None:
        raise InputError(f"audio format {container.format.name!r} is not supported; "
                         f"send one of {sorted(SUPPORTED_FORMATS)}", code="audio_unsupported")
    stream = container.streams.audio[0]
    ctx = stream.codec_context
    if stream.duration is not None and stream.time_base is not None:
        duration = float(stream.duration * stream.time_base)
    elif container.duration is not None:
        duration = container.duration / av.time_base
    else:
        duration = 0.0
    return AudioProbe(format=short, container=container.format.name, codec=ctx.name,
                      sample_rate=int(ctx.sample_rate or 0), channels=int(ctx.channels or 0),
                      duration_s=max(0.0, duration))


def check_declared(probe: AudioProbe, declared: str | None) -> None:
    """Raise audio_mislabelled when a declared type (extension or MIME type) disagrees with the bytes."""
    if not declared:
        return
    key = declared.strip().lower().split(";")[0].lstrip(".")
    allowed = _DECLARED.get(key)
    if allowed is not None and probe.format not in allowed:
        raise InputError(f"the file was declared as {declared!r} but is really {probe.format} ({probe.codec})",
                         code="audio_mislabelled")


def probe_audio(source: Source, declared: str | None = None) -> AudioProbe:
    """Identify the real container, codec, sample rate, channels and duration of an audio file."""
    container = _open(source)
    try:
        probe = _probe_container(container)
    finally:
        container.close()
    check_declared(probe, declared)
    if probe.sample_rate <= 0 or probe.channels <= 0:
        raise InputError("the audio stream has no usable sample rate or channel count", code="audio_corrupt")
    return probe


def decode_audio(
    source: Source,
    target_sr: int = TARGET_SR,
    *,
    max_duration_s: float = DEFAULT_MAX_DURATION_S,
    declared: str | None = None,
) -> AudioInput:
    """Decode any supported file to float32 (channels, n) at target_sr; mono stays mono, >2 channels -> stereo."""
    container = _open(source)
    try:
        probe = _probe_container(container)
        check_declared(probe, declared)
        if probe.duration_s > max_duration_s:
            raise InputError(f"the recording is {probe.duration_s:.0f} s long; the limit is {max_duration_s:.0f} s",
                             code="audio_too_long")
        samples = _decode_stream(container, probe, target_sr, max_duration_s)
    finally:
        container.close()
    if samples.shape[1] == 0:
        raise InputError("the audio stream holds no samples", code="audio_empty")
    if probe.format == "wav":
        _check_wav_length(source)
    decoded_s = samples.shape[1] / target_sr
    # Header says longer than what decodes: the upload was cut short. MP3 durations are estimates, so slack.
    if probe.duration_s > 1.0 and decoded_s < 0.9 * probe.duration_s - 0.5:
        raise InputError(f"the audio is truncated: the header says {probe.duration_s:.1f} s, "
                         f"only {decoded_s:.1f} s decode", code="audio_corrupt")
    if not np.isfinite(samples).all():
        raise InputError("the decoded audio holds invalid values", code="audio_corrupt")
    if float(np.max(np.abs(samples))) < SILENCE_PEAK:
        raise InputError("the recording is silent", code="audio_silent")
    return AudioInput(samples=samples, sample_rate=target_sr,
                      source_format=f"{probe.format}/{probe.codec}/{probe.sample_rate}Hz/{probe.channels}ch")


def _head_and_size(source: Source, n: int = 65536) -> tuple[bytes, int]:
    if isinstance(source, bytes | bytearray):
        return bytes(source[:n]), len(source)
    if isinstance(source, str | Path):
        with Path(source).open("rb") as fh:
            return fh.read(n), Path(source).stat().st_size
    pos = source.tell()
    source.seek(0)
    head = source.read(n)
    size = source.seek(0, io.SEEK_END)
    source.seek(pos)
    return head, size


def _check_wav_length(source: Source) -> None:
    """A WAV whose data chunk declares more bytes than the file holds was cut short in transit.

    ffmpeg silently clamps the declared size to the file size, so the header is read here.
    """
    head, size = _head_and_size(source)
    if head[:4] not in (b"RIFF", b"RF64") or head[8:12] != b"WAVE":
        return
    pos = 12
    while pos + 8 <= len(head):
        chunk, length = head[pos:pos + 4], int.from_bytes(head[pos + 4:pos + 8], "little")
        if chunk == b"data":
            # Streaming writers (espeak-ng, sox to a pipe) put 0 or a huge placeholder: only real sizes count.
            if 0 < length < 0x7FFF0000 and pos + 8 + length > size + 1:
                have = size - pos - 8
                raise InputError(f"the audio is truncated: the WAV header declares {length} bytes of audio, "
                                 f"the file holds {have}", code="audio_corrupt")
            return
        pos += 8 + length + (length & 1)


def _decode_stream(container: av.container.InputContainer, probe: AudioProbe, target_sr: int,
                   max_duration_s: float) -> np.ndarray:
    layout = "mono" if probe.channels == 1 else "stereo"
    n_channels = 1 if layout == "mono" else 2
    resampler = av.AudioResampler(format="fltp", layout=layout, rate=target_sr)
    chunks: list[np.ndarray] = []
    total = 0
    limit = int((max_duration_s + 1.0) * target_sr)
    try:
        for frame in container.decode(container.streams.audio[0]):
            frame.pts = None  # let the resampler run on sample counts; odd timestamps must not drop audio
            for out in resampler.resample(frame):
                arr = out.to_ndarray().reshape(n_channels, -1)
                chunks.append(arr)
                total += arr.shape[1]
            if total > limit:
                raise InputError(f"the recording is longer than the limit of {max_duration_s:.0f} s",
                                 code="audio_too_long")
        for out in resampler.resample(None):
            chunks.append(out.to_ndarray().reshape(n_channels, -1))
    except av.error.FFmpegError as exc:
        if total == 0:
            raise InputError("the audio stream cannot be decoded (corrupt data)", code="audio_corrupt") from exc
        raise InputError(f"the audio stream is corrupt after {total / target_sr:.1f} s",
                         code="audio_corrupt") from exc
    if not chunks:
        return np.zeros((n_channels, 0), dtype=np.float32)
    return np.ascontiguousarray(np.concatenate(chunks, axis=1), dtype=np.float32)


def resample(audio: AudioInput, target_sr: int = TARGET_SR) -> AudioInput:
    """The same audio at target_sr (polyphase filter); returned as is when already at that rate."""
    if audio.sample_rate == target_sr:
        return audio
    from math import gcd

    from scipy.signal import resample_poly

    g = gcd(audio.sample_rate, target_sr)
    out = resample_poly(audio.samples, target_sr // g, audio.sample_rate // g, axis=1).astype(np.float32)
    return AudioInput(samples=out, sample_rate=target_sr, source_format=audio.source_format)


def encode_flac(audio: AudioInput) -> bytes:
    """Lossless 16-bit FLAC bytes of the audio (used for the stored, redacted copy)."""
    buf = io.BytesIO()
    sf.write(buf, np.clip(audio.samples.T, -1.0, 1.0), audio.sample_rate, format="FLAC", subtype="PCM_16")
    return buf.getvalue()
