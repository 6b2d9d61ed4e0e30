"""Article text and metadata from an HTML page, boilerplate removed by trafilatura.

Used for `.html` files and for HTML responses in WARC files. The cascade for each field:

- text: trafilatura's main-content extraction (its own fallbacks included); one paragraph per
  extracted line; a first line that repeats the title is dropped, so the page and a .txt copy
  of the same article get the same id;
- title: trafilatura's title (from og:title, <title> or the first heading, site name trimmed);
- date: page metadata with the time of day (article:published_time, itemprop/JSON-LD
  datePublished, <time pubdate>, ...), then trafilatura's date (a day, from htmldate with
  extensive search off, so dates are never guessed from the running text or the clock);
- outlet: og:site_name / trafilatura's site name; the caller falls back to the URL host;
- url: the canonical URL of the page (the caller may prefer the WARC target URI).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import trafilatura
from trafilatura.utils import load_html

from ..types import normalise_text
from .dates import parse_date

__all__ = ["HtmlPage", "extract_html", "NO_TEXT_REASON"]

log = logging.getLogger(__name__)

NO_TEXT_REASON = (
    "no article text found in the HTML page; it may be empty, a navigation page or broken"
)

# Metadata that names the publication date, most specific first (lower-cased names).
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
    "article.published",
)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What was extracted from one page; text is "" when the page has no article text."""

    text: str
    title: str
    url: str
    outlet: str
    published: datetime | None
    lang: str


def extract_html(markup: str, url: str | None = None) -> HtmlPage:
    """Extract the article from `markup`. Never raises for bad HTML: returns empty text."""
    tree = load_html(markup)
    if tree is None:
        return HtmlPage("", "", url or "", "", None, "")
    meta_dates = _meta_dates(tree)
    lang = str(tree.get("lang") or "")
    try:
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as err:  # noqa: BLE001 - trafilatura can fail on odd trees; page is skipped
        log.warning("trafilatura failed on %s: %s", url or "a page", err)
        doc = None
    if doc is None:
        return HtmlPage("", "", url or "", "", _first_date(meta_dates), lang)
    title = (doc.title or "").strip()
    published = _first_date([*meta_dates, doc.date])
    return HtmlPage(
        text=_paragraphs(doc.text or "", title),
        title=title,
        url=(doc.url or url or "").strip(),
        outlet=(doc.sitename or "").strip(),
        published=published,
        lang=lang,
    )


def _paragraphs(text: str, title: str) -> str:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and title and normalise_text(lines[0]) == normalise_text(title):
        lines = lines[1:]
    return "\n\n".join(lines)


def _first_date(candidates: list[str | None]) -> datetime | None:
    for candidate in candidates:
        if candidate:
            parsed = parse_date(candidate)
            if parsed is not None:
                return parsed
    return None


def _meta_dates(tree: Any) -> list[str | None]:
    """Publication-date strings from the page metadata, in the order of `_DATE_META`."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if key in _DATE_META and content and key not in found:
            found[key] = content
    for element in tree.iter("time"):
        if element.get("datetime") and (
            element.get("pubdate") is not None or element.get("itemprop") == "datePublished"
        ):
            found.setdefault("pubdate", element.get("datetime"))
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            value = _json_ld_date(script.text)
            if value:
                found.setdefault("datepublished", value)
    return [found.get(key) for key in _DATE_META]


def _json_ld_date(text: str) -> str | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str) and value.strip():
                return value
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None
