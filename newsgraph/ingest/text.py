"""Plain-text helpers: normalising article text, stripping HTML from fields, reading .txt files.

Article text leaves ingest in one shape whatever the format: NFC, `\\n` line ends, no trailing
spaces, paragraphs separated by exactly one blank line, no leading or trailing whitespace.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

__all__ = [
    "TxtDocument",
    "clean_text",
    "clean_inline",
    "looks_like_html",
    "strip_html",
    "outlet_from_url",
    "parse_txt",
]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)*")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_SCRIPT = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.I | re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_LINE_BREAK = re.compile(r"<br\s*/?>", re.I)
_BLOCK = re.compile(
    r"</?(?:p|div|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|pre|figure|header|footer)\b[^>]*>",
    re.I,
)
_ANY_TAG = re.compile(r"<[^>]*>")
_INLINE_SPACE = re.compile(r"\s+")
_HOST = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")  # a dotted host name, not "localhost"
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)

# Header keys a .txt file may start with, mapped to the Article field they fill.
_TXT_HEADER_KEYS = {
    "title": "title",
    "headline": "title",
    "source": "outlet",
    "outlet": "outlet",
    "publisher": "outlet",
    "date": "date",
    "published": "date",
    "url": "url",
    "link": "url",
    "lang": "lang",
    "language": "lang",
}
_TXT_HEADER = re.compile(r"^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$")
_HEADLINE_MAX_CHARS = 150
_SENTENCE_END = (".", "!", "?", ",", ";", ":", "-", "\u2014", '"', "\u201d", "'", "\u2019", ")")


@dataclass(frozen=True, slots=True)
class TxtDocument:
    """A .txt file split into its header fields (title, outlet, date, url, lang) and body."""

    body: str
    fields: dict[str, str] = field(default_factory=dict)


def clean_text(text: str) -> str:
    """Normalise article text to the one shape described in the module docstring."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n")
    text = _CONTROL.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text + "\n")
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def clean_inline(text: str) -> str:
    """A one-line field (title, outlet): tags removed, whitespace collapsed, NFC."""
    if looks_like_html(text):
        text = strip_html(text)
    elif _ENTITY.search(text):
        text = html.unescape(text)
    return _INLINE_SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def looks_like_html(text: str) -> bool:
    """True when `text` contains at least one HTML tag (so a body field needs stripping)."""
    return _HTML_TAG.search(text) is not None


def strip_html(fragment: str) -> str:
    """Text of an HTML fragment (a body field, a feed summary), paragraphs kept apart.

    Block elements become paragraph breaks and `<br>` a line break; scripts, styles and
    comments go; entities are decoded. Regular expressions are enough for fragments; whole
    pages go through trafilatura in `html.py` instead.
    """
    text = _COMMENT.sub("", fragment)
    text = _SCRIPT.sub("", text)
    text = _INLINE_SPACE.sub(" ", text)  # source line breaks are spaces in HTML
    text = _LINE_BREAK.sub("\n", text)
    text = _BLOCK.sub("\n\n", text)
    text = _ANY_TAG.sub("", text)
    text = re.sub(r" *\n *", "\n", html.unescape(text))
    return clean_text(text)


def outlet_from_url(url: str) -> str:
    """The host of `url` without `www.`, the outlet of last resort ("" when there is no host)."""
    url = url.strip()
    if not url:
        return ""
    if "://" not in url and not url.startswith("//"):
        url = "//" + url
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    host = host.rstrip(".")
    if not _HOST.match(host):
        return ""
    return host[4:] if host.startswith("www.") else host


def parse_txt(text: str) -> TxtDocument:
    """Split a .txt article into header fields and body.

    A header is a run of `Key: value` lines at the very top, keys among title/headline,
    source/outlet/publisher, date/published, url/link, lang/language (any case, any order),
    ended by a blank line. Without a header, the first line is taken as the title only when
    it clearly is a headline: followed by a blank line, at most 150 characters, not ending
    like a sentence (. ! ? , ; : - or a closing quote), and with more text after it.
    Otherwise the whole file is the body and the title is empty.
    """
    text = clean_text(text)
    lines = text.split("\n")
    fields: dict[str, str] = {}
    index = 0
    for index, line in enumerate(lines):  # noqa: B007 - index is used after the loop
        match = _TXT_HEADER.match(line)
        key = match.group(1).lower() if match else ""
        if key not in _TXT_HEADER_KEYS:
            break
        fields.setdefault(_TXT_HEADER_KEYS[key], match.group(2) if match else "")
    else:
        index = len(lines)
    if fields and (index == len(lines) or not lines[index].strip()):
        return TxtDocument(body="\n".join(lines[index:]).strip(), fields=fields)
    return _with_headline(text)


def _with_headline(text: str) -> TxtDocument:
    first, sep, rest = text.partition("\n\n")
    if (
        sep
        and "\n" not in first
        and len(first) <= _HEADLINE_MAX_CHARS
        and not first.rstrip().endswith(_SENTENCE_END)
        and rest.strip()
    ):
        return TxtDocument(body=rest.strip(), fields={"title": first.strip()})
    return TxtDocument(body=text)
