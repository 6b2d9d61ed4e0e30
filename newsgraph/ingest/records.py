"""Articles from records: JSON (one object, an array, a wrapper), JSONL and CSV/TSV.

JSON is read whole (it is size-limited like a one-article file); JSONL and CSV are streamed
a line (a row) at a time, and a line longer than the size limit is skipped without being
held in memory. Field names are found by `fields.pick_fields`.
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import json
import logging
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from ..config import Settings
from ..types import Article, Reject
from .build import HEADLINE_ONLY, RawArticle, build_article, describe_size
from .decode import decode_bytes, stream_encoding
from .fields import field_names, fold_name, pick_fields
from .source import Source

__all__ = ["read_json", "read_jsonl", "read_csv"]

log = logging.getLogger(__name__)

Result = Iterator[Article | Reject]

# Keys under which APIs wrap their list of articles ({"articles": [...]} for NewsAPI).
_WRAPPER_KEYS = ("articles", "items", "data", "results", "entries", "docs", "posts", "stories")
_NEWSAPI_TRUNCATION = re.compile(r"\s*(?:\u2026|\.\.\.)?\s*\[\+\d+ chars\]\s*$")
_DELIMITERS = (",", ";", "\t", "|")
_HEADER_NAME_MAX = 60  # characters: a longer first-row cell is data, not a column name


def _headline_note_once(read: Callable[..., Result]) -> Callable[..., Result]:
    """Let a reader say once per file, not once per record, that records have only a title."""

    @functools.wraps(read)
    def reader(*args: Any, **kwargs: Any) -> Result:
        noted = False
        for item in read(*args, **kwargs):
            if isinstance(item, Reject) and item.reason == HEADLINE_ONLY:
                if noted:
                    continue
                noted = True
            yield item

    return reader


@_headline_note_once
def read_json(text: str, path: str, settings: Settings, overrides: Mapping[str, str]) -> Result:
    """A JSON document: one article object, an array of them, or an object wrapping an array."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data" and _first_line_is_object(text):
            log.info("%s: JSON with several top-level objects; read as JSONL", path)
            yield from _read_json_lines(iter(text.splitlines()), path, settings, overrides)
            return
        yield Reject(
            path,
            f"invalid JSON: {err.msg} at line {err.lineno} column {err.colno}; "
            "check that the file is complete",
        )
        return
    if isinstance(data, list):
        items: list[Any] = data
        numbered = True
    elif isinstance(data, dict):
        wrapped = _wrapped_list(data)
        numbered = wrapped is not None
        items = wrapped if wrapped is not None else [data]
    else:
        yield Reject(path, f"the JSON file holds a {_json_kind(data)}, not an article object")
        return
    if not items:
        yield Reject(path, "the JSON file holds no articles (an empty list)")
        return
    for number, item in enumerate(items, start=1):
        line = number if numbered else None
        if not isinstance(item, dict):
            yield Reject(
                path,
                f"item {number} of the JSON array is a {_json_kind(item)}, not an object",
                line,
            )
            continue
        yield from build_article(_raw(item, path, line, overrides), settings)


@_headline_note_once
def read_jsonl(source: Source, settings: Settings, overrides: Mapping[str, str]) -> Result:
    """JSON Lines, streamed: one object per line; a bad line is rejected and reading goes on."""
    yield from _read_json_lines(
        _binary_lines(source, settings.max_file_bytes), source.path, settings, overrides
    )


@_headline_note_once
def read_csv(
    source: Source, settings: Settings, overrides: Mapping[str, str], delimiter: str | None = None
) -> Result:
    """CSV or TSV with a header row, streamed; `source_line` is the line a row starts on."""
    encoding = stream_encoding(source.head)
    delimiter = delimiter or _guess_delimiter(source.head)
    # The limit is process-wide in the csv module; raising it to the one-article limit lets
    # a long body through and still stops a runaway quoted field.
    csv.field_size_limit(settings.max_file_bytes)
    stream = io.TextIOWrapper(source.stream, encoding=encoding, errors="replace", newline="")
    rows = csv.reader(stream, delimiter=delimiter)
    path = source.path
    try:
        header = next(rows, None)
        if header is None:
            yield Reject(path, "the CSV file is empty")
            return
        header = [name.strip().lstrip("\ufeff") for name in header]
        first_row: list[list[str]] = []
        if _headerless(header, overrides):
            # "--field text=3" names the third column of a file without a header row (the AG
            # News CSV): the first row is data
            first_row.append(header)
            header = [str(n) for n in range(1, len(header) + 1)]
        missing = _missing_text_column(header, overrides)
        if missing:
            yield Reject(path, missing)
            return
        yield from _csv_rows(
            itertools.chain(first_row, rows),
            header,
            path,
            settings,
            overrides,
            rows,
            bool(first_row),
        )
        if source.error:
            yield Reject(path, f"{source.error}; the rows before it were kept", rows.line_num + 1)
    finally:
        stream.detach()


def _headerless(header: list[str], overrides: Mapping[str, str]) -> bool:
    """The field mapping names columns by number (1 = the first), and the first row is no
    header: it lacks one of those names or holds a sentence (a header names columns in a
    few words; AG News rows start with a class number, "3", that a `text=3` would meet)."""
    columns = list(overrides.values())
    if not columns or not all(c.isdigit() for c in columns):
        return False
    return any(c not in header for c in columns) or any(len(h) > _HEADER_NAME_MAX for h in header)


def _csv_rows(
    rows: Iterator[list[str]],
    header: list[str],
    path: str,
    settings: Settings,
    overrides: Mapping[str, str],
    reader: Any,
    first_row_given_back: bool = False,
) -> Result:
    """The records of the rows; `reader` (the csv reader under `rows`) tells the lines, and a
    first row given back (a headerless file's) starts on line 1."""
    limit = settings.max_file_bytes
    while True:
        start = 1 if first_row_given_back else reader.line_num + 1
        first_row_given_back = False
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as err:
            yield Reject(path, f"row at line {start} cannot be read: {err}; skipped", start)
            continue
        if not any(cell.strip() for cell in row):
            continue
        if sum(len(cell) for cell in row) > limit:
            yield Reject(
                path,
                f"row at line {start} is longer than {describe_size(limit)}, the limit for one "
                "record; skipped (raise --max-file-mb if it is really one article)",
                start,
            )
            continue
        record = dict(zip(header, row, strict=False))
        yield from build_article(_raw(record, path, start, overrides), settings)


def _read_json_lines(
    lines: Iterator[bytes | str | Reject],
    path: str,
    settings: Settings,
    overrides: Mapping[str, str],
) -> Result:
    number = 0
    for item in lines:
        number += 1
        if isinstance(item, Reject):
            yield item
            continue
        if isinstance(item, bytes):
            decoded = decode_bytes(item)
            text = decoded.text
            if decoded.replaced:
                yield Reject(
                    path,
                    f"line {number}: {decoded.replaced} characters could not be decoded and "
                    "were replaced; check the file's encoding",
                    number,
                    kept=True,
                )
        else:
            text = item
        if not text.strip():
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as err:
            yield Reject(
                path,
                f"line {number} is not valid JSON ({err.msg.removesuffix(' at')} at column "
                f"{err.colno}); skipped",
                number,
            )
            continue
        if not isinstance(value, dict):
            yield Reject(
                path, f"line {number} is a JSON {_json_kind(value)}, not an object", number
            )
            continue
        yield from build_article(_raw(value, path, number, overrides), settings)


def _binary_lines(source: Source, limit: int) -> Iterator[bytes | Reject]:
    """Lines of a stream, each at most `limit` bytes; an over-long line becomes a Reject.

    A read error ends the lines with a Reject; lines before it were already yielded (the
    last one may be cut short, and is then likely rejected as invalid JSON).
    """
    stream = source.stream
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            break
        number += 1
        if len(line) > limit:
            while line and not line.endswith(b"\n"):  # skip the rest, a chunk at a time
                line = stream.readline(1 << 20)
            yield Reject(
                source.path,
                f"line {number} is longer than {describe_size(limit)}, the limit for one "
                "record; skipped (raise --max-file-mb if it is really one article)",
                number,
            )
            continue
        yield line
    if source.error:
        yield Reject(source.path, f"{source.error}; the lines before it were kept", number)


def _raw(
    record: Mapping[str, Any], path: str, line: int | None, overrides: Mapping[str, str]
) -> RawArticle:
    found = pick_fields(record, overrides)
    text = found.text
    if isinstance(text, str) and text.rstrip().endswith(" chars]"):
        text = _strip_newsapi_marker(text)
    # Headline datasets (UCI News Aggregator, GDELT's headline exports) have no text column:
    # the title is all there is, and the story clusterer is made for such short texts.
    from_title = not found.text_field and "text" not in overrides and found.title is not None
    looked = overrides.get("text") or field_names().looked_for("text")
    return RawArticle(
        text=found.title if from_title else text,
        text_from_title=from_title,
        source_path=path,
        title=found.title,
        url=found.url,
        outlet=found.outlet,
        date=found.date,
        lang=found.lang,
        line=line,
        no_text_reason=f"record has no article text (looked for fields: {looked})"
        + ("; its title stands for it" if from_title else ""),
    )


def _strip_newsapi_marker(text: str) -> str:
    """NewsAPI cuts `content` to 200 characters and appends "… [+3127 chars]"; drop the marker."""
    head, tail = text[:-80], text[-80:]  # search the tail only: the pattern starts with \s*
    return head + _NEWSAPI_TRUNCATION.sub("", tail)


def _wrapped_list(data: Mapping[str, Any]) -> list[Any] | None:
    """The article list inside a wrapper object, or None when `data` is itself an article."""
    if pick_fields(data, {}).text_field:
        return None
    folded = {fold_name(str(key)): value for key, value in data.items()}
    for key in _WRAPPER_KEYS:
        value = folded.get(key)
        if isinstance(value, list):
            return value
        if isinstance(value, dict):  # {"response": {"docs": [...]}} and the like
            inner = _wrapped_list(value)
            if inner is not None:
                return inner
    for value in data.values():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            return value
        if isinstance(value, dict):
            inner = _wrapped_list(value)
            if inner is not None:
                return inner
    return None


def _missing_text_column(header: list[str], overrides: Mapping[str, str]) -> str | None:
    names = field_names()
    if "text" in overrides:
        if overrides["text"] in header:
            return None
        return (
            f"the CSV file has no column {overrides['text']!r} given for the text "
            f"(columns: {', '.join(header)}); check the field mapping"
        )
    folded = {fold_name(name) for name in header}
    synonyms = names.main.get("text", ()) + names.fallback.get("text", ()) + names.main["title"]
    if any(fold_name(name) in folded for name in synonyms):
        return None  # a title column alone makes headline-only articles
    return (
        f"the CSV file has no column for the article text (columns: {', '.join(header)}; "
        f"looked for: {names.looked_for('text')}); name it with --field text=COLUMN, or, "
        "if the file has no header row, by number: --field text=3"
    )


def _guess_delimiter(head: bytes) -> str:
    first_line = head.split(b"\n", 1)[0].decode("utf-8", errors="replace")
    counts = {d: first_line.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _first_line_is_object(text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def _json_kind(value: object) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "null"
    return "number"
