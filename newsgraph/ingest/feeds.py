"""Articles from RSS 2.0, RSS 1.0 (RDF) and Atom feeds, one per item, with feedparser.

The text of an item is its longest `content` (`content:encoded` in RSS), else its `summary`
(`description`), HTML stripped. The outlet is the item's own `<source>` when it has one
(aggregators), else the feed's title. `source_line` is the item number, 1-based.
feedparser reads the bytes itself, since feeds declare their encoding in the XML prolog.
"""

from __future__ import annotations

import calendar
import logging
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

import feedparser

from ..config import Settings
from ..types import Article, Reject
from .build import RawArticle, build_article
from .dates import parse_date
from .text import looks_like_html, strip_html

__all__ = ["read_feed"]

log = logging.getLogger(__name__)


def read_feed(
    data: bytes, path: str, settings: Settings, overrides: Mapping[str, str]
) -> Iterator[Article | Reject]:
    """Every item of the feed in `data` as an Article or a Reject."""
    del overrides  # field names do not apply to feeds
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=False)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            yield Reject(path, f"not a readable RSS/Atom feed ({problem}); check the file")
        else:
            yield Reject(path, "the feed has no items (or the XML file is not an RSS/Atom feed)")
        return
    if parsed.get("bozo"):
        log.info(
            "%s: feed is not well-formed (%s); read what feedparser recovered",
            path,
            parsed.get("bozo_exception"),
        )
    channel = parsed.get("feed") or {}
    channel_title = _plain(channel.get("title", ""))
    channel_lang = channel.get("language") or ""
    for number, entry in enumerate(entries, start=1):
        source = entry.get("source") or {}
        yield from build_article(
            RawArticle(
                text=_entry_text(entry),
                source_path=path,
                title=_plain(entry.get("title", "")),
                url=entry.get("link", ""),
                outlet=_plain(source.get("title", "")) or channel_title,
                date=_entry_date(entry),
                lang=entry.get("language") or channel_lang,
                line=number,
                no_text_reason=f"feed item {number} has no text (no content or summary)",
            ),
            settings,
        )


def _entry_text(entry: Mapping[str, Any]) -> str:
    contents = [c.get("value", "") for c in entry.get("content") or [] if c.get("value")]
    if contents:
        return max(contents, key=len)
    return str(entry.get("summary") or "")


def _entry_date(entry: Mapping[str, Any]) -> object:
    """The raw published (else updated) string; feedparser's own UTC parse when ours would fail."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw:
            parsed = entry.get(f"{key}_parsed")
            if parsed is not None and parse_date(raw) is None:
                return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            return raw
    return None


def _plain(value: str) -> str:
    return strip_html(value) if looks_like_html(value) else value
