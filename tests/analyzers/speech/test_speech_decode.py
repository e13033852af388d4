"""Audio intake: every supported format decodes to 16 kHz float32; bad uploads get a specific error code."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import numpy as np
import pytest
from speech_helpers import encode, tone

from analyzers.errors import InputError
from analyzers.speech.decode import decode_audio, encode_flac, probe_audio

FORMATS = [  # (ffmpeg muxer, encoder, format we report, codec we report)
    ("wav", "pcm_s16le", "wav", "pcm_s16le"),
    ("flac", "flac", "flac", "flac"),
    ("mp3", "libmp3lame", "mp3", "mp3float"),
    ("ogg", "libopus", "ogg", "opus"),
    ("ipod", "aac", "m4a", "aac"),
    ("adts", "aac", "aac", "aac"),
]


def _signal(sr: int, channels: int, seconds: float = 1.5) -> np.ndarray:
    mono = tone((440.0,), seconds, sr)
    return np.stack([mono, 0.5 * mono]) if channels == 2 else mono[None, :]


@pytest.mark.parametrize("muxer,codec,fmt,codec_name", FORMATS)
@pytest.mark.parametrize("sr", [8000, 16000, 48000])
@pytest.mark.parametrize("channels", [1, 2])
def test_each_format_decodes_to_16k(muxer: str, codec: str, fmt: str, codec_name: str, sr: int,
                                    channels: int) -> None:
    data = encode(_signal(sr, channels), sr, muxer, codec)
    probe = probe_audio(data)
    assert (probe.format, probe.codec, probe.channels) == (fmt, codec_name, channels)
    assert probe.sample_rate == (48000 if codec == "libopus" else sr)  # opus always reports 48 kHz
    audio = decode_audio(data)
    assert audio.sample_rate == 16000
    assert audio.samples.dtype == np.float32
    assert audio.channels == channels
    assert audio.duration_s == pytest.approx(1.5, abs=0.2)  # AAC priming adds up to ~0.16 s at 8 kHz
    assert audio.source_format.startswith(fmt)


def test_decodes_from_path_and_file_object(tmp_path: Path) -> None:
    data = encode(_signal(8000, 1), 8000, "flac", "flac")
    path = tmp_path / "call.flac"
    path.write_bytes(data)
    assert decode_audio(path).samples.shape == decode_audio(io.BytesIO(data)).samples.shape == (1, 24000)
    assert probe_audio(path).duration_s == pytest.approx(1.5)


def _wav_bytes(samples: np.ndarray, sr: int = 16000) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes((samples * 32767).astype(np.int16).tobytes())
    return buf.getvalue()


def _truncated_wav() -> bytes:
    data = _wav_bytes(tone((300.0,), 4.0))
    return data[: len(data) // 3]  # header still says 4 s


def _mislabelled() -> bytes:
    return _wav_bytes(tone((300.0,), 1.0))


BAD = [  # (what the user sent, declared type, expected code)
    (b"", None, "audio_empty"),
    (b"\x00" * 10, None, "audio_corrupt"),
    (bytes(np.random.default_rng(0).integers(0, 256, 5000, dtype=np.uint8)), None, "audio_corrupt"),
    (b"Hello, this is not audio at all. " * 50, None, "audio_corrupt"),
    (_wav_bytes(np.zeros(16000 * 2, dtype=np.float32)), None, "audio_silent"),
    (_wav_bytes(np.zeros(0, dtype=np.float32)), None, "audio_empty"),
    (_truncated_wav(), None, "audio_corrupt"),
    (_mislabelled(), "audio/mpeg", "audio_mislabelled"),
    (_mislabelled(), ".m4a", "audio_mislabelled"),
]


@pytest.mark.parametrize("data,declared,code", BAD)
def test_bad_uploads_get_specific_codes(data: bytes, declared: str | None, code: str) -> None:
    with pytest.raises(InputError) as err:
        decode_audio(data, declared=declared)
    assert err.value.code == code


def test_right_declared_type_is_accepted() -> None:
    assert decode_audio(_mislabelled(), declared="audio/wav").channels == 1
    assert probe_audio(_mislabelled(), declared="WAV").format == "wav"


def test_too_long_is_refused_before_decoding() -> None:
    with pytest.raises(InputError) as err:
        decode_audio(_wav_bytes(tone((300.0,), 3.0)), max_duration_s=2.0)
    assert err.value.code == "audio_too_long"


def test_missing_path_is_reported() -> None:
    with pytest.raises(InputError) as err:
        probe_audio(Path("/nonexistent/call.wav"))
    assert err.value.code == "audio_empty"


def test_flac_round_trip_is_lossless_at_16_bit() -> None:
    audio = decode_audio(encode(_signal(16000, 2), 16000, "wav", "pcm_s16le"))
    again = decode_audio(encode_flac(audio))
    assert again.channels == 2
    assert np.max(np.abs(again.samples - audio.samples)) < 1e-4


class _RawReader(io.RawIOBase):
    """A seekable raw stream like the service's decrypting reader (not a BytesIO)."""

    def __init__(self, data: bytes) -> None:
        self._data, self._pos = data, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[no-untyped-def]
        chunk = self._data[self._pos:self._pos + len(b)]
        b[: len(chunk)] = chunk
        self._pos += len(chunk)
        return len(chunk)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: len(self._data)}[whence]
        self._pos = base + offset
        return self._pos

    def tell(self) -> int:
        return self._pos


@pytest.mark.parametrize("data,code", [(_truncated_wav(), "audio_corrupt"), (b"", "audio_empty")])
def test_raw_stream_errors(data: bytes, code: str) -> None:
    with pytest.raises(InputError) as err:
        decode_audio(_RawReader(data))
    assert err.value.code == code


def test_raw_stream_like_the_service_reader_decodes() -> None:
    data = encode(_signal(8000, 2), 8000, "mp3", "libmp3lame")
    assert probe_audio(_RawReader(data), declared="audio/mpeg").channels == 2
    assert decode_audio(_RawReader(data)).samples.shape[0] == 2
