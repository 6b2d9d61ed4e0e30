"""Turn the raw fields one reader found into an `Article`, or say why not.

Every format ends here, so the rules for text, title, outlet, date and length are applied in
one place and an article gets the same id whatever file it came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..config import Settings
from ..types import Article, Reject, article_id
from .dates import is_blank, parse_date
from .fields import flatten_value
from .mojibake import fix_encoding
from .text import clean_inline, clean_text, looks_like_html, outlet_from_url, strip_html

__all__ = ["HEADLINE_ONLY", "RawArticle", "build_article", "describe_size"]

HEADLINE_ONLY = (
    "record has no article text; its title is used as the text (a headline-only article; "
    "said once per file, at the first such record)"
)

_LANG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class RawArticle:
    """What a reader found, uncleaned. `date` may be a string, a number or a datetime.

    `no_text_reason` is the reject message when the text is empty or too short, since
    only the reader knows where it looked ("record has no article text (looked for ...)").
    """

    text: object
    source_path: str
    title: object = None
    url: object = None
    outlet: object = None
    date: object = None
    lang: object = None
    line: int | None = None
    no_text_reason: str = "no article text found"
    text_from_title: bool = False  # a headline-only record: its title stands for its text


def build_article(raw: RawArticle, settings: Settings) -> Iterator[Article | Reject]:
    """Yield the Article for `raw`, plus a kept Reject for a date that could not be parsed;
    or a single Reject when the text is missing, too short or too long."""
    text = _text(raw.text)
    path, line = raw.source_path, raw.line
    repaired = _repair_mojibake(text)
    if len(text) < settings.min_article_chars:
        reason = raw.no_text_reason
        if text:
            reason += (
                f" ({len(text)} characters of text, fewer than the "
                f"{settings.min_article_chars} needed; see min_article_chars)"
            )
        yield Reject(path, reason, line)
        return
    if len(text) > settings.max_article_chars:
        yield Reject(
            path,
            f"text is {len(text):,} characters, above the {settings.max_article_chars:,} limit "
            "for one article (max_article_chars); it is probably not a single article",
            line,
        )
        return
    text = repaired or text
    url = clean_inline(str(flatten_value(raw.url) or ""))
    outlet = clean_inline(str(flatten_value(raw.outlet) or "")) or outlet_from_url(url)
    lang = _lang(raw.lang)
    date_value = flatten_value(raw.date)
    published = None if is_blank(date_value) else parse_date(date_value, lang)
    yield Article(
        id=article_id(text),
        text=text,
        title=fix_encoding(clean_inline(str(flatten_value(raw.title) or ""))),
        url=url,
        outlet=outlet,
        published=published,
        lang=lang,
        source_path=path,
        source_line=line,
    )
    if repaired:
        yield Reject(
            path,
            "text looked like UTF-8 decoded with the wrong encoding ('Ã©' for 'é'); "
            "repaired and kept",
            line,
            kept=True,
        )
    if raw.text_from_title:
        yield Reject(path, HEADLINE_ONLY, line, kept=True)
    if published is None and not is_blank(date_value):
        shown = str(date_value).strip()
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        yield Reject(
            path,
            f"date {shown!r} could not be parsed; article kept without a date",
            line,
            kept=True,
        )


def describe_size(n_bytes: float) -> str:
    """`209715200` -> "200 MB", for messages about size limits."""
    megabytes = n_bytes / (1024 * 1024)
    if megabytes >= 10:
        return f"{megabytes:.0f} MB"
    return f"{megabytes:.1f} MB".replace(".0 MB", " MB")


def _text(value: object) -> str:
    value = flatten_value(value)
    if value is None or isinstance(value, bool):
        return ""
    text = str(value)
    return strip_html(text) if looks_like_html(text) else clean_text(text)


def _repair_mojibake(text: str) -> str | None:
    """The text with mojibake undone, or None when it had none.

    Only the encoding fix of ftfy runs: its other fixes (straight quotes, ...) would change
    what a reader of the article sees. Mojibake is made of non-ASCII characters: an ASCII
    text has none, and ftfy's test for it is searched only around them (`mojibake.is_bad`).
    """
    fixed = fix_encoding(text)
    return fixed if fixed != text else None


def _lang(value: object) -> str:
    value = flatten_value(value)
    match = _LANG.match(str(value).strip()) if isinstance(value, str) else None
    return match.group(1).lower() if match else "en"
