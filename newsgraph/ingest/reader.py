"""Read one opened input: check it, pick its reader, and never let it stop the run.

The checks, in order, each ending the file with one Reject:

1. the format, sniffed from content and name (`sniff.py`);
2. one-article formats (txt, html, json, feeds): the size limit, from the file size when it
   is known (nothing is read) or from the decompressed bytes (a gzip bomb stops at the limit);
3. a binary file (known magic numbers, NUL bytes), an empty or whitespace-only file;
4. undecodable bytes: a lossy decode keeps the article with a warning, unless most of it is
   garbage.

Any unexpected exception in a reader becomes a Reject for that file, so one bad file never
ends a run and never loses what was read before it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping

from ..config import Settings
from ..types import Article, Reject
from .build import RawArticle, build_article, describe_size
from .decode import declared_charset, decode_bytes
from .records import read_csv, read_json, read_jsonl
from .sniff import SINGLE_ARTICLE_FORMATS, Format, binary_kind, sniff_format
from .source import Source, read_limited
from .text import parse_txt

# The HTML (trafilatura), WARC (warcio) and feed (feedparser) readers are imported when a file
# of their kind comes: 0.2-0.3 s CPU of every run's start, measured, wasted on JSONL or text.

__all__ = ["read_source"]

log = logging.getLogger(__name__)

Result = Iterator[Article | Reject]

_GARBAGE_SHARE = 0.3  # above this share of replaced characters a file is not text


def read_source(source: Source, settings: Settings, overrides: Mapping[str, str]) -> Result:
    """All Articles and Rejects of one input, in order; never raises for bad content."""
    count = 0
    try:
        for item in _read(source, settings, overrides):
            count += 1
            yield item
    except Exception as err:  # noqa: BLE001 - the safety net: a bad file must not stop the run
        log.exception("unexpected error reading %s", source.path)
        yield Reject(
            source.path,
            f"unexpected error while reading ({type(err).__name__}: {err}); "
            f"{count} results before it were kept. Please report this with the file",
        )


def _read(source: Source, settings: Settings, overrides: Mapping[str, str]) -> Result:
    path, head = source.path, source.head
    fmt = sniff_format(source.name, head)
    limit = settings.max_file_bytes
    single = fmt in SINGLE_ARTICLE_FORMATS
    if single and source.size is not None and source.size > limit:
        yield Reject(path, _too_big(f"file is {describe_size(source.size)}", limit))
        return
    if not head and source.error:
        yield Reject(path, source.error)
        return
    # A crawl holds images and other binary records; the WARC reader skips them one by one.
    problem = None if fmt is Format.WARC and head else _check_head(head, source.compression)
    if problem:
        yield Reject(path, problem)
        return
    log.debug("%s: %s%s", path, fmt.value, f" ({source.compression})" if source.compression else "")
    if not single:
        yield from _STREAM_READERS[fmt](source, settings, overrides)
        return
    data = read_limited(source.stream, limit)
    if source.error:
        yield Reject(path, f"{source.error}; the article is incomplete and was not kept")
        return
    if len(data) > limit:
        what = "decompressed content" if source.compression else "input"
        yield Reject(path, _too_big(f"{what} is over {describe_size(limit)}", limit))
        return
    if fmt is Format.FEED:
        from .feeds import read_feed

        yield from read_feed(data, path, settings, overrides)
        return
    declared = declared_charset(head[:4096]) if fmt is Format.HTML else None
    decoded = decode_bytes(data, declared)
    if decoded.replaced:
        if decoded.replaced > _GARBAGE_SHARE * len(decoded.text):
            yield Reject(
                path,
                f"file is mostly undecodable bytes ({decoded.replaced} of {len(decoded.text)} "
                "characters); it is not text in any encoding newsgraph knows",
            )
            return
        warning = Reject(
            path,
            f"{decoded.replaced} characters could not be decoded and were replaced with "
            "U+FFFD; check the file's encoding",
            kept=True,
        )
    else:
        warning = None
    produced = False
    for item in _SINGLE_READERS[fmt](decoded.text, path, settings, overrides):
        produced = produced or isinstance(item, Article)
        yield item
    if warning is not None and produced:
        yield warning


def _check_head(head: bytes, compression: str | None) -> str | None:
    kind = binary_kind(head)
    if kind:
        return f"binary file ({kind}), not an article"
    if not head:
        return "file is empty after decompression" if compression else "file is empty"
    if not head.strip():
        return "file contains only whitespace, no article text"
    return None


def _too_big(what: str, limit: int) -> str:
    return (
        f"{what}, above the {describe_size(limit)} limit for one article; "
        "raise --max-file-mb if it is really one article"
    )


def _read_text(text: str, path: str, settings: Settings, overrides: Mapping[str, str]) -> Result:
    del overrides
    doc = parse_txt(text)
    yield from build_article(
        RawArticle(
            text=doc.body,
            source_path=path,
            title=doc.fields.get("title"),
            url=doc.fields.get("url"),
            outlet=doc.fields.get("outlet"),
            date=doc.fields.get("date"),
            lang=doc.fields.get("lang"),
            no_text_reason="file has no article text",
        ),
        settings,
    )


def _read_html(text: str, path: str, settings: Settings, overrides: Mapping[str, str]) -> Result:
    del overrides
    from .html import NO_TEXT_REASON, extract_html

    page = extract_html(text)
    yield from build_article(
        RawArticle(
            text=page.text,
            source_path=path,
            title=page.title,
            url=page.url,
            outlet=page.outlet,
            date=page.published,
            lang=page.lang,
            no_text_reason=NO_TEXT_REASON,
        ),
        settings,
    )


def _read_warc(source: Source, settings: Settings, overrides: Mapping[str, str]) -> Result:
    from .warc import read_warc

    yield from read_warc(source, settings, overrides)


_SINGLE_READERS = {
    Format.TEXT: _read_text,
    Format.HTML: _read_html,
    Format.JSON: read_json,
}
_STREAM_READERS = {
    Format.JSONL: read_jsonl,
    Format.CSV: read_csv,
    Format.TSV: lambda source, settings, overrides: read_csv(source, settings, overrides, "\t"),
    Format.WARC: _read_warc,
}
