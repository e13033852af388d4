"""Chunked AES-256-GCM so raw uploads are never on disk in the clear, and can be read back without
holding the whole file in memory (random access by chunk: PyAV can seek in it).

File layout: MAGIC | 8-byte random prefix | chunks. Chunk i is CHUNK plaintext bytes (the last may be
shorter) encrypted with nonce = prefix || i (4 bytes), associated data = i || last-flag, so reordering,
truncation and tampering all fail authentication.
"""

from __future__ import annotations

import io
import os
import struct
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"FLE1"
CHUNK = 64 * 1024
TAG = 16
HEADER = len(MAGIC) + 8


class DecryptionError(Exception):
    """The file was modified, truncated or encrypted with another key."""


def _aad(index: int, last: bool) -> bytes:
    return struct.pack(">I?", index, last)


class EncryptedWriter:
    """Streams plaintext in, writes encrypted chunks out; call `close()` to write the final chunk."""

    def __init__(self, path: Path, key: bytes) -> None:
        self._aes = AESGCM(key)
        self._prefix = os.urandom(8)
        self._fh = open(path, "wb")  # noqa: SIM115  (closed in close())
        self._fh.write(MAGIC + self._prefix)
        self._buf = bytearray()
        self._index = 0
        self.size = 0

    def write(self, data: bytes) -> None:
        self._buf += data
        self.size += len(data)
        # Keep at least one byte buffered so the final chunk is never empty-and-unflagged.
        while len(self._buf) > CHUNK:
            self._emit(bytes(self._buf[:CHUNK]), last=False)
            del self._buf[:CHUNK]

    def _emit(self, chunk: bytes, last: bool) -> None:
        nonce = self._prefix + struct.pack(">I", self._index)
        self._fh.write(self._aes.encrypt(nonce, chunk, _aad(self._index, last)))
        self._index += 1

    def close(self) -> None:
        self._emit(bytes(self._buf), last=True)
        self._buf.clear()
        self._fh.close()

    def abort(self) -> None:
        self._fh.close()


class EncryptedReader(io.RawIOBase):
    """A seekable read-only file object over an encrypted file."""

    def __init__(self, path: Path, key: bytes) -> None:
        self._aes = AESGCM(key)
        self._fh: BinaryIO = open(path, "rb")  # noqa: SIM115  (closed in close())
        head = self._fh.read(HEADER)
        if len(head) != HEADER or not head.startswith(MAGIC):
            self._fh.close()
            raise DecryptionError("not a Fairline encrypted file")
        self._prefix = head[len(MAGIC):]
        total = os.fstat(self._fh.fileno()).st_size - HEADER
        self._nchunks = max(1, -(-total // (CHUNK + TAG)))
        last_cipher = total - (self._nchunks - 1) * (CHUNK + TAG)
        self._size = (self._nchunks - 1) * CHUNK + max(0, last_cipher - TAG)
        self._pos = 0
        self._cache: tuple[int, bytes] | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    @property
    def size(self) -> int:
        return self._size

    def _chunk(self, i: int) -> bytes:
        if self._cache and self._cache[0] == i:
            return self._cache[1]
        self._fh.seek(HEADER + i * (CHUNK + TAG))
        data = self._fh.read(CHUNK + TAG)
        try:
            plain = self._aes.decrypt(self._prefix + struct.pack(">I", i), data, _aad(i, i == self._nchunks - 1))
        except InvalidTag as exc:
            raise DecryptionError(f"chunk {i} failed authentication") from exc
        self._cache = (i, plain)
        return plain

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._pos >= self._size:
            return 0
        i, off = divmod(self._pos, CHUNK)
        data = self._chunk(i)[off: off + len(b)]
        b[: len(data)] = data
        self._pos += len(data)
        return len(data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._fh.close()
        super().close()


def encrypt_bytes(data: bytes, key: bytes) -> bytes:
    """Encrypt a small payload (pending text turns) for storage in the job row."""
    nonce = os.urandom(12)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, data, MAGIC)


def decrypt_bytes(blob: bytes, key: bytes) -> bytes:
    """Inverse of encrypt_bytes; raises DecryptionError when tampered with or under another key."""
    if not blob.startswith(MAGIC):
        raise DecryptionError("not a Fairline encrypted payload")
    try:
        return AESGCM(key).decrypt(blob[4:16], blob[16:], MAGIC)
    except InvalidTag as exc:
        raise DecryptionError("payload failed authentication") from exc
