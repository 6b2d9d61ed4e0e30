"""Bytes to text, never failing: a fixed chain of decoders, lossy only as the last step.

The chain (the first that decodes the bytes without error wins):

1. a byte order mark (UTF-8, UTF-16, UTF-32);
2. UTF-8, strict;
3. the encoding the file declares (HTML `<meta charset>`, an HTTP header), strict;
4. cp1252, strict, when bytes above 0x7F are sparse (at most 20 %): Western-language text.
   charset_normalizer is unreliable on such text: it reads short cp1252 English/French as
   cp1250 ("Genève" -> "Genčve") or even cp1006, so it is not asked first;
5. charset_normalizer's best guess (Cyrillic, Greek, CJK single/double-byte encodings);
6. cp1252, strict;
7. UTF-8 with replacement characters; `Decoded.replaced` counts them so the caller can warn.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

import charset_normalizer

__all__ = ["Decoded", "decode_bytes", "stream_encoding", "declared_charset"]

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN_HIGH_BYTE_SHARE = 0.2  # above this share of bytes > 0x7F, ask the detector first
_ASCII = bytes(range(128))
_DETECT_BYTES = 256 * 1024  # charset_normalizer looks at this much; it is slow on big inputs
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the codec that produced it and how many characters had to be replaced."""

    text: str
    encoding: str
    replaced: int = 0


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode `data` with the chain in the module docstring; never raises."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            return Decoded(text.lstrip("\ufeff"), codec, text.count("\ufffd"))
    for codec in _candidates(data, declared):
        try:
            return Decoded(data.decode(codec), codec)
        except (UnicodeDecodeError, LookupError):
            continue
    text = data.decode("utf-8", errors="replace")
    return Decoded(text, "utf-8", text.count("\ufffd"))


def stream_encoding(head: bytes, declared: str | None = None) -> str:
    """Codec for reading a stream whose first bytes are `head` (CSV files are read as text).

    Like `decode_bytes`, but a UTF-8 sequence cut at the end of `head` still counts as UTF-8.
    """
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as err:
        if err.start >= len(head) - 3 and err.reason == "unexpected end of data":
            return "utf-8"
    return decode_bytes(head, declared).encoding


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first bytes, if a known codec."""
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if match is None:
        return None
    name = match.group(1).decode("ascii", errors="ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _candidates(data: bytes, declared: str | None) -> Iterator[str]:
    """Codecs to try strictly, in order; lazy, so the slow detector runs only when needed."""
    yield "utf-8"
    if declared:
        yield declared
    sample = data[:_DETECT_BYTES]
    high = len(sample.translate(None, _ASCII))
    if high <= _WESTERN_HIGH_BYTE_SHARE * len(sample):
        yield "cp1252"
    guess = charset_normalizer.from_bytes(sample).best()
    if guess is not None:
        log.debug("charset_normalizer guesses %s", guess.encoding)
        yield guess.encoding
    yield "cp1252"
