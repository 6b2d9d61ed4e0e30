"""A readable, exact JSON form of the pipeline's dataclasses, for the Ray engine's Parquet.

`dumps` writes a frozen dataclass (an `Article`, a `ProcessedArticle` and everything inside)
as plain JSON: a dataclass is an object of its fields, a tuple a list, a datetime its ISO
8601 string. `loads(cls, text)` rebuilds it from the field types declared in
`newsgraph/types.py`, so nothing but data is read (unlike pickle). Numbers keep their JSON
type (an int stays an int even in a `float` field), so what is stored is what the local engine
stores.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from datetime import datetime
from typing import Any, TypeVar

__all__ = ["dumps", "loads", "to_plain", "from_plain"]

D = TypeVar("D")


def to_plain(value: Any) -> Any:
    """`value` as JSON-ready lists, dicts, strings and numbers."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: to_plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, tuple | list):
        return [to_plain(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def from_plain(hint: Any, value: Any) -> Any:
    """Rebuild a value of type `hint` from its `to_plain` form."""
    if value is None:
        return None
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return hint(**{k: from_plain(h, value[k]) for k, h in _field_hints(hint) if k in value})
    if hint is datetime:
        return datetime.fromisoformat(value)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        # Only `X | None` is used in the types; None was handled above.
        (inner,) = [a for a in args if a is not type(None)]
        return from_plain(inner, value)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_plain(args[0], item) for item in value)
        return tuple(from_plain(a, item) for a, item in zip(args, value, strict=True))
    if origin is list:
        return [from_plain(args[0], item) for item in value]
    return value  # str, int, float, bool: JSON keeps them as they were


def dumps(value: Any) -> str:
    """The JSON text of a dataclass (or a list of them)."""
    return json.dumps(to_plain(value), ensure_ascii=False, separators=(",", ":"))


def loads(hint: type[D] | Any, text: str) -> D:
    """Rebuild a value of type `hint` (e.g. `ProcessedArticle`, `list[Article]`) from `dumps`."""
    return from_plain(hint, json.loads(text))


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@functools.cache
def _field_hints(cls: type) -> tuple[tuple[str, Any], ...]:
    # The types module uses `from __future__ import annotations`: resolve the strings once.
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))
