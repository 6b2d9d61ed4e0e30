"""Recognise compression and input format from the first bytes of a file, and its name.

Content wins over the extension when it is unambiguous (a `.txt` that starts with
`<!doctype html` is read as HTML, a `.json` whose first line is a whole object is JSONL),
because saved files are often misnamed. The extension decides otherwise.
"""

from __future__ import annotations

import json
import re
from enum import StrEnum
from pathlib import PurePath

from .fields import field_names, fold_name

__all__ = [
    "Format",
    "SINGLE_ARTICLE_FORMATS",
    "binary_kind",
    "compression_of",
    "strip_compression_suffix",
    "sniff_format",
]

HEAD_BYTES = 64 * 1024  # how much of a file is looked at to decide what it is


class Format(StrEnum):
    """The input formats ingest reads."""

    TEXT = "text"
    HTML = "html"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TSV = "tsv"
    WARC = "warc"
    FEED = "feed"


# Formats that hold one article (or one small document) and are read whole, so they have a
# size limit; the others are streamed record by record.
SINGLE_ARTICLE_FORMATS = frozenset({Format.TEXT, Format.HTML, Format.JSON, Format.FEED})

_EXTENSIONS = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".md": Format.TEXT,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".shtml": Format.HTML,
    ".json": Format.JSON,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".jsonlines": Format.JSONL,
    ".csv": Format.CSV,
    ".tsv": Format.TSV,
    ".warc": Format.WARC,
    ".xml": Format.FEED,
    ".rss": Format.FEED,
    ".atom": Format.FEED,
    ".rdf": Format.FEED,
}

# Compression recognised by magic number: (magic, name, suffixes it is usually saved with).
_COMPRESSIONS = (
    (b"\x1f\x8b", "gzip", (".gz", ".gzip", ".tgz")),
    (b"BZh", "bzip2", (".bz2",)),
    (b"\xfd7zXZ\x00", "xz", (".xz",)),
)

# Binary files that are certainly not articles, named for the reject message.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document; extract its text first"),
    (b"PK\x03\x04", "ZIP archive, or a .docx/.epub; unpack it first"),
    (b"PK\x05\x06", "empty ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive; unpack it first"),
    (b"Rar!\x1a\x07", "RAR archive; unpack it first"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed file; decompress it first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document; save it as text first"),
    (b"OggS", "Ogg audio/video"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")

_FIRST_TAG = re.compile(rb"<\s*([!?]?[A-Za-z][\w:.-]*)")
_SKIPPABLE_MARKUP = re.compile(
    rb"\A\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE\s+(?!html)[^>]*>\s*)", re.S | re.I
)
_HTML_ROOTS = frozenset(
    {b"html", b"head", b"body", b"div", b"p", b"article", b"meta", b"title", b"section", b"main"}
)
_FEED_ROOTS = frozenset({b"rss", b"feed", b"rdf:rdf", b"rdf"})


def compression_of(head: bytes) -> str | None:
    """Name of the compression of a byte stream ("gzip", "bzip2", "xz"), or None."""
    for magic, name, _suffixes in _COMPRESSIONS:
        if head.startswith(magic):
            return name
    return None


def strip_compression_suffix(name: str) -> str:
    """`feed.xml.gz` -> `feed.xml`: the inner name tells the format of the decompressed data."""
    lower = name.lower()
    for _magic, _name, suffixes in _COMPRESSIONS:
        for suffix in suffixes:
            if lower.endswith(suffix):
                return name[: -len(suffix)]
    return name


def binary_kind(head: bytes) -> str | None:
    """What kind of binary file `head` starts, for the reject message; None when it may be text.

    Known magic numbers are named; otherwise NUL bytes in text that has no UTF-16/32 byte
    order mark mark the file as binary.
    """
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[4:8] in (b"ftyp",):
        return "MP4/QuickTime video"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}[head[8:12]]
    if head.startswith(b"MZ") and b"\x00" in head[:512]:
        return "Windows executable"
    if b"\x00" in head and not head.startswith(_BOMS):
        return "contains NUL bytes"
    return None


def sniff_format(name: str, head: bytes) -> Format:
    """The format of a (decompressed) input from its name and first bytes.

    Order: WARC magic, then the first markup tag (feed or HTML root), then the extension,
    then JSON-looking content, then a CSV/TSV header naming a text column (`title,text`),
    else plain text. A `.json` file whose first line is a complete object followed by more
    lines is JSONL.
    """
    stripped = _strip_bom(head).lstrip()
    if stripped.startswith((b"WARC/1.", b"WARC/0.")):
        return Format.WARC
    by_ext = _EXTENSIONS.get(PurePath(name).suffix.lower())
    markup = _markup_kind(stripped)
    if markup is not None and by_ext not in (Format.JSON, Format.JSONL, Format.CSV, Format.TSV):
        return markup
    if by_ext is Format.JSON:
        return Format.JSONL if _looks_like_jsonl(stripped) else Format.JSON
    if by_ext is not None:
        return by_ext
    if stripped.startswith(b"{"):
        return Format.JSONL if _looks_like_jsonl(stripped) else Format.JSON
    if stripped.startswith(b"["):
        return Format.JSON
    return _csv_kind(stripped) or Format.TEXT


def _strip_bom(data: bytes) -> bytes:
    for bom in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :]
    return data


def _markup_kind(stripped: bytes) -> Format | None:
    """HTML or FEED when the first real tag names one, else None."""
    if not stripped.startswith(b"<"):
        return None
    rest = stripped
    while True:  # skip <?xml ...?>, comments and non-HTML doctypes
        match = _SKIPPABLE_MARKUP.match(rest)
        if match is None or match.end() == 0:
            break
        rest = rest[match.end() :]
    tag = _FIRST_TAG.match(rest.lstrip())
    if tag is None:
        return None
    name = tag.group(1).lower()
    if name == b"!doctype":
        return Format.HTML  # only `<!DOCTYPE html` is left unskipped
    if name in _FEED_ROOTS:
        return Format.FEED
    if name in _HTML_ROOTS:
        return Format.HTML
    return None


def _csv_kind(stripped: bytes) -> Format | None:
    """CSV or TSV when the first line is a header naming a known article-text column."""
    first = stripped.split(b"\n", 1)[0].decode("utf-8", errors="replace").strip()
    for delimiter, kind in ((",", Format.CSV), ("\t", Format.TSV), (";", Format.CSV)):
        columns = [c.strip().strip('"') for c in first.split(delimiter)]
        if (
            len(columns) >= 2
            and all(0 < len(c) <= 40 for c in columns)
            and {fold_name(c) for c in columns} & _text_columns()
        ):
            return kind
    return None


def _text_columns() -> set[str]:
    names = field_names()
    return {fold_name(n) for n in names.main["text"] + names.fallback["text"]}


def _looks_like_jsonl(stripped: bytes) -> bool:
    """True when the first line is a whole JSON object and another line follows it."""
    first, sep, rest = stripped.partition(b"\n")
    if not sep or not rest.strip():
        return False
    try:
        value = json.loads(first)
    except ValueError:
        return False
    return isinstance(value, dict)
