"""Articles from WARC files (web crawls), streamed record by record with warcio.

Only HTML pages fetched with HTTP 200 are read: `response` records (and `resource` records
holding HTML). Everything else in a crawl (requests, metadata, images, scripts, redirects,
errors) is skipped quietly, because a crawl is mostly such records. `source_line` is the
record number in the file (1-based); the URL is the record's WARC-Target-URI. The crawl date
(WARC-Date) is not the publication date and is not used.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..config import Settings
from ..types import Article, Reject
from .build import RawArticle, build_article, describe_size
from .decode import declared_charset, decode_bytes
from .html import NO_TEXT_REASON, extract_html
from .source import Source

__all__ = ["read_warc"]

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(
    source: Source, settings: Settings, overrides: Mapping[str, str]
) -> Iterator[Article | Reject]:
    """Every HTML page of a WARC file (plain or gzip per record) as an Article or a Reject."""
    del overrides  # field names do not apply to HTML pages
    number = 0
    records = iter(ArchiveIterator(source.stream, arc2warc=True))
    while True:
        try:
            record = next(records)
            if record.rec_type is None:
                raise ArchiveLoadFailed("a record has no WARC-Type; the file may be truncated")
        except StopIteration:
            break
        except Exception as err:  # noqa: BLE001 - warcio raises several kinds on broken files
            if source.error:  # the stream was cut; warcio only saw the consequence
                break
            where = f"after record {number}" if number else "at its start"
            yield Reject(
                source.path,
                f"not a readable WARC file {where} ({err}); records before it were kept",
                number + 1,
            )
            return
        number += 1
        try:
            yield from _read_record(record, number, source.path, settings)
        except Exception as err:  # noqa: BLE001 - one broken record must not end the crawl
            log.warning("%s: record %d failed: %s", source.path, number, err)
            yield Reject(source.path, f"record {number} could not be read ({err}); skipped", number)
    if source.error:
        yield Reject(source.path, f"{source.error}; the records before it were kept", number + 1)


def _read_record(
    record: object, number: int, path: str, settings: Settings
) -> Iterator[Article | Reject]:
    rec_type = record.rec_type  # type: ignore[attr-defined]
    if rec_type not in ("response", "resource"):
        return
    headers = record.http_headers  # type: ignore[attr-defined]
    if rec_type == "response":
        if headers is None or headers.get_statuscode() != "200":
            return
        content_type = headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""  # type: ignore[attr-defined]
    if not content_type.lower().startswith(_HTML_TYPES):
        return
    url = record.rec_headers.get_header("WARC-Target-URI") or ""  # type: ignore[attr-defined]
    limit = settings.max_file_bytes
    stream = record.content_stream()  # type: ignore[attr-defined]
    body = stream.read(limit + 1)
    if len(body) > limit:
        yield Reject(
            path,
            f"record {number} ({url}) is larger than {describe_size(limit)}, the limit for one "
            "page; skipped (raise --max-file-mb if it is really one article)",
            number,
        )
        return
    charset = _charset_of(content_type) or declared_charset(body[:4096])
    decoded = decode_bytes(body, charset)
    page = extract_html(decoded.text, url or None)
    yield from build_article(
        RawArticle(
            text=page.text,
            source_path=path,
            title=page.title,
            url=url or page.url,
            outlet=page.outlet,
            date=page.published,
            lang=page.lang,
            line=number,
            no_text_reason=f"record {number} ({url}): {NO_TEXT_REASON}",
        ),
        settings,
    )


def _charset_of(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
            try:
                "".encode(charset)
            except LookupError:
                return None
            return charset
    return None
