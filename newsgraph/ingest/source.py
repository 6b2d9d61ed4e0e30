"""Open one input (a file or stdin) as a decompressed byte stream whose first bytes are known.

Compression is recognised by magic number and decompressed while reading (gzip, bzip2, xz),
so a 5 GB `.jsonl.gz` never sits in memory.

A read error in the middle of the stream (a truncated download, corrupt compressed data, an
I/O error) ends the stream as if the file ended there, and `Source.error` says what happened.
Readers therefore see every byte decoded before the error (an exception would make Python's
buffered readers drop the data of the read call it interrupts), and check `error` when they
reach the end, to add a Reject after the records they kept.
"""

from __future__ import annotations

import bz2
import gzip
import io
import logging
import lzma
import os
import stat
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .sniff import HEAD_BYTES, compression_of, strip_compression_suffix

__all__ = ["Source", "UnreadableInput", "open_source", "read_limited", "STDIN_NAME"]

log = logging.getLogger(__name__)

STDIN_NAME = "<stdin>"

# Streaming decompressors, closed with the Source (so no context manager here).
_DECOMPRESSORS: dict[str, Callable[[BinaryIO], BinaryIO]] = {
    "gzip": lambda raw: gzip.GzipFile(fileobj=raw, mode="rb"),  # type: ignore[dict-item]
    "bzip2": lambda raw: bz2.BZ2File(raw, mode="rb"),  # type: ignore[dict-item]
    "xz": lambda raw: lzma.LZMAFile(raw, mode="rb"),  # type: ignore[dict-item]  # noqa: SIM115
}


class UnreadableInput(Exception):
    """The input cannot be opened at all; the message says why, for a Reject."""


@dataclass(slots=True)
class Source:
    """An opened input.

    `stream` yields the whole (decompressed) content, `head` included; `head` is its first
    bytes (up to 64 KiB) for sniffing. `size` is the on-disk size when the file is a regular,
    uncompressed file (so size limits can be checked without reading), else None.
    `errors` receives the reason reading stopped early, if it did (see the module docstring).
    """

    path: str
    name: str
    head: bytes
    stream: BinaryIO
    size: int | None
    compression: str | None
    owned: BinaryIO | None = None  # the file opened for this source, closed with it
    errors: list[str] = field(default_factory=list)

    @property
    def error(self) -> str:
        """Why the stream ended early ("" when it was read to its real end)."""
        return self.errors[0] if self.errors else ""

    def close(self) -> None:
        try:
            self.stream.close()
        finally:
            if self.owned is not None:
                self.owned.close()


def open_source(path: Path | None, stdin: BinaryIO | None = None) -> Source:
    """Open `path` (or `stdin` when path is None). Raises UnreadableInput with the reason."""
    if path is None:
        assert stdin is not None
        raw: BinaryIO = stdin
        display, name, size = STDIN_NAME, "", None
    else:
        display, name = str(path), path.name
        try:
            raw = open(path, "rb")  # noqa: SIM115 - closed by Source.close
            size = _regular_size(raw)
        except PermissionError as err:
            raise UnreadableInput(
                "cannot read the file: permission denied; check its permissions"
            ) from err
        except OSError as err:
            raise UnreadableInput(f"cannot read the file: {err.strerror or err}") from err
    owns = path is not None  # never close the caller's stdin
    errors: list[str] = []
    first = _read_head(_Guarded(raw, None, errors, owns=False), 8)
    if errors:
        if owns:
            raw.close()
        raise UnreadableInput(f"cannot read the file: {errors[0]}")
    compression = compression_of(first)
    inner: BinaryIO = io.BufferedReader(_Prefixed(first, _Guarded(raw, None, errors, owns=owns)))
    if compression is not None:
        inner = _DECOMPRESSORS[compression](inner)
        name = strip_compression_suffix(name)
        size = None
    guarded = _Guarded(inner, compression, errors)
    head = _read_head(guarded, HEAD_BYTES)
    stream = io.BufferedReader(_Prefixed(head, guarded), buffer_size=HEAD_BYTES)
    return Source(display, name, head, stream, size, compression, raw if owns else None, errors)


def read_limited(stream: BinaryIO, limit: int) -> bytes:
    """Read at most `limit + 1` bytes: one more than the limit says "too big" without reading on."""
    chunks: list[bytes] = []
    remaining = limit + 1
    while remaining > 0:
        chunk = stream.read(min(remaining, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _regular_size(raw: BinaryIO) -> int | None:
    info = os.fstat(raw.fileno())
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _read_head(stream: io.RawIOBase, size: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total < size:
        chunk = stream.read(size - total)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


class _Guarded(io.RawIOBase):
    """Reads from a (decompressing) stream; a failure ends it and is recorded in `errors`."""

    def __init__(
        self, inner: BinaryIO, compression: str | None, errors: list[str], owns: bool = True
    ) -> None:
        self._inner = inner
        self._compression = compression
        self._errors = errors
        self._owns = owns
        # read1: a single read of the layer below, so data decoded before an error is kept
        self._read = getattr(inner, "read1", inner.read)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._errors:
            return 0
        try:
            data = self._read(len(buffer))
        except Exception as err:  # noqa: BLE001 - every read failure ends the stream the same way
            self._errors.append(self._describe(err))
            log.debug("read stopped: %s", self._errors[-1])
            return 0
        buffer[: len(data)] = data
        return len(data)

    def _describe(self, err: Exception) -> str:
        kind = self._compression or "compressed"
        if isinstance(err, EOFError):
            return (
                f"the {kind} file is truncated (it ends before its end-of-stream marker); "
                "the rest could not be read. Download or copy it again"
            )
        if isinstance(err, zlib.error | lzma.LZMAError | gzip.BadGzipFile) or (
            self._compression and isinstance(err, OSError) and "Invalid data" in str(err)
        ):
            return f"the {kind} data is corrupt or cut short ({err}); the rest could not be read"
        if isinstance(err, OSError):
            return f"reading failed: {err.strerror or err}"
        return f"reading failed: {type(err).__name__}: {err}"

    def close(self) -> None:
        try:
            if self._owns:
                self._inner.close()
        finally:
            super().close()


class _Prefixed(io.RawIOBase):
    """Serves `head`, then reads on from `rest`: the head is read once but seen by readers."""

    def __init__(self, head: bytes, rest: io.RawIOBase) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        return self._rest.readinto(buffer)

    def close(self) -> None:
        try:
            self._rest.close()
        finally:
            super().close()
