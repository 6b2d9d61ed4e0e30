"""Which record field holds the title, the text, the URL, the date, the outlet, the language.

The synonym lists live in `newsgraph/data/field_names.tsv`. Names match case-insensitively and
ignoring `_`, `-`, `.` and spaces, so `publishedAt`, `published_at` and `Published At` are one
name. A user mapping (`--field text=body_html`) wins over the lists; its column name may be a
dotted path into nested objects (`outlet=source.name`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..errors import InputError

__all__ = [
    "CANONICAL_KEYS",
    "FieldNames",
    "RecordFields",
    "field_names",
    "parse_field_overrides",
    "pick_fields",
]

CANONICAL_KEYS = ("title", "text", "url", "date", "outlet", "lang")
_NAME_FOLD = re.compile(r"[\s_.\-]+")
_CODE = re.compile(r"[\w-]+")
_NESTED_VALUE_KEYS = ("name", "title", "value", "text", "#text", "url", "href")


@dataclass(frozen=True, slots=True)
class FieldNames:
    """Folded synonyms per canonical key; `fallback` holds teaser fields for the text."""

    main: Mapping[str, tuple[str, ...]]
    fallback: Mapping[str, tuple[str, ...]]

    def looked_for(self, key: str) -> str:
        """The names searched for `key`, for a reject message."""
        return ", ".join(self.main.get(key, ()) + self.fallback.get(key, ()))


@dataclass(frozen=True, slots=True)
class RecordFields:
    """The raw values found in one record, before cleaning; `text_field` names the text's field."""

    title: object = None
    text: object = None
    url: object = None
    date: object = None
    outlet: object = None
    lang: object = None
    text_field: str = ""


@functools.lru_cache(maxsize=4096)  # record keys repeat on every line of a file
def fold_name(name: str) -> str:
    """`Published At` -> `publishedat`: the form field names are compared in."""
    return _NAME_FOLD.sub("", name).casefold()


@functools.cache
def field_names() -> FieldNames:
    """The synonym table from `newsgraph/data/field_names.tsv` (read once)."""
    main: dict[str, tuple[str, ...]] = {}
    fallback: dict[str, tuple[str, ...]] = {}
    table = resources.files("newsgraph").joinpath("data/field_names.tsv").read_text("utf-8")
    for line in table.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("key\t"):
            continue
        key, tier, names = line.split("\t")
        target = fallback if tier == "fallback" else main
        target[key] = target.get(key, ()) + tuple(n.strip() for n in names.split(",") if n.strip())
    return FieldNames(main=main, fallback=fallback)


def parse_field_overrides(specs: Sequence[str]) -> dict[str, str]:
    """Parse `KEY=COLUMN` options into a mapping from canonical key to column name.

    KEY is a canonical key (title, text, url, date, outlet, lang) or one of its synonyms
    (`headline=hl` maps the title). Raises InputError on a malformed spec or an unknown key.

    >>> parse_field_overrides(["text=body_html", "Date = ts"])
    {'text': 'body_html', 'date': 'ts'}
    """
    overrides: dict[str, str] = {}
    for spec in specs:
        key, sep, column = spec.partition("=")
        key, column = key.strip(), column.strip()
        if not sep or not key or not column:
            raise InputError(
                f"field mapping {spec!r} is not of the form KEY=COLUMN; "
                f"write for example text=body_html (keys: {', '.join(CANONICAL_KEYS)})"
            )
        overrides[canonical_key(key)] = column
    return overrides


def canonical_key(key: str) -> str:
    """The canonical key a user-given key names; InputError when it names none."""
    folded = fold_name(key)
    names = field_names()
    for canonical in CANONICAL_KEYS:
        synonyms = names.main.get(canonical, ()) + names.fallback.get(canonical, ())
        if folded == canonical or folded in {fold_name(s) for s in synonyms}:
            return canonical
    raise InputError(
        f"unknown field {key!r} in a field mapping; use one of: {', '.join(CANONICAL_KEYS)}"
    )


def pick_fields(record: Mapping[str, Any], overrides: Mapping[str, str]) -> RecordFields:
    """Find the article fields of one record (a JSON object or a CSV row).

    The text is the longest non-empty `main` field (text, body, content, ...); a teaser field
    (description, summary, ...) is used only when no main field has text. A value of one word
    is an id or a code, not text, whatever its column is called.
    """
    folded = {fold_name(str(k)): k for k in record}
    names = field_names()

    def lookup(key: str) -> tuple[str, object]:
        if key in overrides:
            return overrides[key], _get_path(record, overrides[key])
        for name in names.main.get(key, ()):
            original = folded.get(fold_name(name))
            if original is not None and not _empty(record[original]):
                return str(original), record[original]
        return "", None

    values = {key: lookup(key)[1] for key in ("title", "url", "date", "outlet", "lang")}
    text_field, text = _pick_text(record, folded, names, overrides)
    return RecordFields(text=text, text_field=text_field, **values)


def _pick_text(
    record: Mapping[str, Any],
    folded: Mapping[str, Any],
    names: FieldNames,
    overrides: Mapping[str, str],
) -> tuple[str, object]:
    if "text" in overrides:
        return overrides["text"], _get_path(record, overrides["text"])
    for tier in (names.main, names.fallback):
        best: tuple[int, str, object] | None = None
        for name in tier.get("text", ()):
            original = folded.get(fold_name(name))
            if original is None or _empty(record[original]) or _identifier(record[original]):
                continue
            length = len(str(flatten_value(record[original])).strip())
            if best is None or length > best[0]:
                best = (length, str(original), record[original])
        if best is not None:
            return best[1], best[2]
    return "", None


def flatten_value(value: object) -> object:
    """A nested field value as a scalar: `{"id": .., "name": "Reuters"}` -> "Reuters",
    a list of strings (paragraphs) -> the strings joined by blank lines."""
    if isinstance(value, Mapping):
        for key in _NESTED_VALUE_KEYS:
            if key in value and not _empty(value[key]):
                return flatten_value(value[key])
        return None
    if isinstance(value, list):
        parts = [str(flatten_value(v)) for v in value if not _empty(flatten_value(v))]
        return "\n\n".join(parts) if parts else None
    return value


def _get_path(record: Mapping[str, Any], column: str) -> object:
    if column in record:
        return record[column]
    value: object = record
    for part in column.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _identifier(value: object) -> bool:
    """A number, or one word of letters and digits ("ddUyU0VZz0BRneMioxUPQVP6sIxvM", "a-1042"):
    an id or a code, not text, though its column has a text name (the UCI News Aggregator's
    STORY column holds the story's id)."""
    flat = flatten_value(value)
    if isinstance(flat, int | float):
        return True
    if not isinstance(flat, str):
        return False
    flat = flat.strip()
    return _CODE.fullmatch(flat) is not None and any(ch.isdigit() for ch in flat)


def _empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | dict):
        return not value
    return False
