"""Streams a multipart recording upload straight into an encrypted spool file.

Starlette's own form parsing would buffer the file in a plaintext temporary file; here each chunk of the
`audio` part is hashed, size-checked and encrypted as it arrives, so the raw recording is never held whole
in memory nor written to disk in the clear. The small `metadata` part (JSON) is kept in memory.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import filetype
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from audit_service.core.errors import BadRequest, PayloadTooLarge, UnsupportedMediaType
from audit_service.storage.crypto import EncryptedWriter
from audit_service.storage.files import remove_spool

MAX_METADATA = 1024 * 1024
SNIFF_BYTES = 8192
# Real content types we decode (from the bytes, not the file name or the client's header).
AUDIO_TYPES = {"audio/x-wav": "wav", "audio/x-flac": "flac", "audio/mpeg": "mp3", "audio/ogg": "ogg",
               "audio/mp4": "m4a", "video/mp4": "m4a", "audio/aac": "aac", "video/webm": "webm",
               "video/x-matroska": "webm"}


@dataclass
class SpooledUpload:
    path: Path
    size: int = 0
    sha256: str = ""
    audio_format: str = ""
    declared: str = ""  # the client's file name extension, checked against the real content
    metadata: bytes = b""
    _head: bytearray = field(default_factory=bytearray)


async def receive_upload(request: Request, *, path: Path, key: bytes, max_bytes: int) -> SpooledUpload:
    """Parse the request body; returns the spooled upload or raises a 4xx (removing any partial file)."""
    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"multipart/form-data" or b"boundary" not in params:
        raise UnsupportedMediaType("send the recording as multipart/form-data with parts 'metadata' and 'audio'",
                                   code="multipart_required")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes + MAX_METADATA:
        raise PayloadTooLarge(f"upload of {declared} bytes exceeds the limit of {max_bytes} bytes",
                              code="upload_too_large")

    up = SpooledUpload(path=path)
    writer = EncryptedWriter(path, key)
    digest = hashlib.sha256()
    state: dict[str, object] = {"name": None, "header_field": b"", "headers": {}, "audio_parts": 0}
    metadata = bytearray()

    def on_part_begin() -> None:
        state["name"] = None
        state["headers"] = {}

    def on_header_field(data: bytes, start: int, end: int) -> None:
        state["header_field"] = bytes(data[start:end]).lower()

    def on_header_value(data: bytes, start: int, end: int) -> None:
        headers = state["headers"]
        assert isinstance(headers, dict)
        headers[state["header_field"]] = headers.get(state["header_field"], b"") + bytes(data[start:end])

    def on_headers_finished() -> None:
        headers = state["headers"]
        assert isinstance(headers, dict)
        _, disp = parse_options_header(headers.get(b"content-disposition", b""))
        name = disp.get(b"name", b"").decode(errors="replace")
        state["name"] = name
        if name == "audio":
            state["audio_parts"] = int(state["audio_parts"]) + 1  # type: ignore[call-overload]
            filename = disp.get(b"filename", b"").decode(errors="replace")
            up.declared = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""

    def on_part_data(data: bytes, start: int, end: int) -> None:
        chunk = bytes(data[start:end])
        if state["name"] == "audio":
            up.size += len(chunk)
            if up.size > max_bytes:
                raise PayloadTooLarge(f"the recording exceeds the limit of {max_bytes} bytes", code="upload_too_large")
            if len(up._head) < SNIFF_BYTES:
                up._head += chunk[: SNIFF_BYTES - len(up._head)]
            digest.update(chunk)
            writer.write(chunk)
        elif state["name"] == "metadata":
            metadata.extend(chunk)
            if len(metadata) > MAX_METADATA:
                raise PayloadTooLarge("the metadata part exceeds 1 MiB", code="metadata_too_large")

    parser = MultipartParser(params[b"boundary"], {
        "on_part_begin": on_part_begin, "on_header_field": on_header_field, "on_header_value": on_header_value,
        "on_headers_finished": on_headers_finished, "on_part_data": on_part_data,
    })
    try:
        async for chunk in request.stream():
            parser.write(chunk)
        parser.finalize()
        writer.close()
    except Exception as exc:
        writer.abort()
        remove_spool(path)
        if isinstance(exc, PayloadTooLarge):
            raise
        raise BadRequest("the multipart body could not be parsed", code="malformed_multipart") from exc

    try:
        if state["audio_parts"] != 1:
            raise BadRequest("exactly one 'audio' part is required", code="missing_audio")
        if not metadata:
            raise BadRequest("a 'metadata' part (JSON) is required", code="missing_metadata")
        if up.size == 0:
            raise BadRequest("the recording is empty", code="audio_empty")
        kind = filetype.guess(bytes(up._head))
        fmt = AUDIO_TYPES.get(kind.mime) if kind else None
        if fmt is None:
            found = kind.mime if kind else "unrecognised bytes"
            raise UnsupportedMediaType(
                f"the uploaded file is not a supported recording (detected: {found}); "
                "send WAV, FLAC, MP3, OGG/Opus or M4A/AAC", code="unsupported_audio_type")
    except Exception:
        remove_spool(path)
        raise
    up.sha256 = digest.hexdigest()
    up.audio_format = fmt
    up.metadata = bytes(metadata)
    up._head = bytearray()
    return up
