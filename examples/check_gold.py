#!/usr/bin/env python3
"""Check the gold annotations of the sample corpus against the corpus files.

Usage:  python examples/check_gold.py [CORPUS_DIR]      (default: examples/corpus next to this file)

For every examples/corpus/gold/articles/*.json it re-reads the article from its source file
(txt, html, jsonl, csv, rss/atom feed, warc), independently of however the file was written,
and checks that

  * the JSON has exactly the keys of the gold schema, with the right types and vocabularies;
  * every annotated span (quote text, speaker mention, timex, event, figure, citation) occurs in
    the article body exactly as a reader sees it (HTML: the visible <p> text of <article>,
    whitespace collapsed; feeds: the item's content with markup removed; JSON: decoded strings);
  * url, outlet, title and published agree with the file's own metadata, and published is UTC;
  * relative timexes ("Wednesday", "next Monday", "last week", "next month", ...) have values
    consistent with the publication date (in the publisher's local time zone);
  * copy_of points at the url of another gold article published earlier;
  * (file, record) pairs are unique, and rejects_*.json entries name existing files.

Only the standard library and lxml are used. Exit status 1 when there is an error.
"""

from __future__ import annotations

import csv
import glob
import gzip
import io
import json
import os
import re
import sys
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

try:
    import lxml.etree
    import lxml.html
except ImportError:  # pragma: no cover
    sys.exit("check_gold.py needs lxml (pip install lxml)")

KEYS = [
    "file",
    "record",
    "url",
    "outlet",
    "published",
    "title",
    "story",
    "copy_of",
    "quotes",
    "timexes",
    "events",
    "figures",
    "citations",
]
QUOTE_KEYS = {"text", "kind", "speaker", "speaker_mention", "cue"}
TIMEX_KEYS = {"text", "type", "value"}
EVENT_KEYS = {"text", "type", "mode", "actor", "recipient", "status", "date", "location"}
FIGURE_KEYS = {"text", "number", "unit", "measures"}
CITATION_KEYS = {"outlet", "text"}

KINDS = {"direct", "indirect", "mixed"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
STATUSES = {"reported", "negated", "future", "conditional", "hypothetical", "historical"}
# PLOVER event types and the modes the structured codebook allows for each (None = no mode).
PLOVER_MODES = {
    "AGREE": set(),
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {
        "restrict",
        "ban",
        "arrest",
        "relations",
        "rights",
        "expel",
        "territory",
        "violence",
    },
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize",
        "restrict",
        "ban",
        "censor",
        "curfew",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    },
    "ASSAULT": {
        "abduct",
        "beat",
        "torture",
        "execute",
        "sexual",
        "assassinate",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "cleansing",
        "massacre",
        "unconventional",
    },
}
ACTOR_RE = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")  # ISO alpha-3 or IGO codes (NATO, EU, OSCE, UN, G7)
PUBLISHED_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
TIMEX_VALUE_RE = re.compile(
    r"^(PAST_REF|PRESENT_REF|FUTURE_REF"
    r"|\d{1,4}|\d{4}-(0[1-9]|1[0-2])|\d{4}-W\d\d|\d{4}-(SP|SU|FA|WI|Q[1-4]|H[12])"
    r"|(\d{4}|XXXX)-(\d\d|XX)-(\d\d|XX)(T(\d\d(:\d\d)?|MO|AF|EV|NI))?"
    r"|XXXX-WXX-[1-7](T(\d\d(:\d\d)?|MO|AF|EV|NI))?"
    r"|P(\d+(\.\d+)?[YMWD]|X[YMWD])+|PT(\d+(\.\d+)?[HMS]|X[HMS])+|P\d+[YMWD]T\d+[HMS])$"
)
EVENT_DATE_RE = re.compile(r"^\d{4}(-\d\d(-\d\d)?|-W\d\d)?$")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]

HEADER_KEYS = {
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
HEADER_RE = re.compile(r"^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$")
SENTENCE_END = (".", "!", "?", ",", ";", ":", "-", "\u2014", '"', "\u201d", "'", "\u2019", ")")
WS = re.compile(r"\s+")


class Doc:
    """What the checker knows about one article as read from its file."""

    def __init__(self, body, title=None, url=None, outlet=None, date_raw=None, collapse=False):
        self.body = body
        self.title = title
        self.url = url
        self.outlet = outlet
        self.date_raw = date_raw  # the date string as it appears in the file, or None
        self.collapse = collapse  # compare with whitespace collapsed (HTML-derived text)


# ---------------------------------------------------------------- reading source files
def decode_html_bytes(raw: bytes) -> str:
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", raw[:4096], re.I)
    enc = m.group(1).decode("ascii") if m else "utf-8"
    if raw.startswith(b"\xef\xbb\xbf"):
        enc = "utf-8-sig"
    return raw.decode(enc)


def html_doc(text: str) -> Doc:
    root = lxml.html.document_fromstring(text)

    def meta(prop):
        for el in root.xpath("//meta[@property=$p or @name=$p]", p=prop):
            return el.get("content")
        return None

    arts = root.xpath("//article")
    scope = arts[0] if arts else root.body if root.body is not None else root
    paras = [WS.sub(" ", p.text_content()).strip() for p in scope.xpath(".//p")]
    body = "\n\n".join(p for p in paras if p)
    canon = root.xpath('//link[@rel="canonical"]/@href')
    title = meta("og:title")
    if title is None:
        h1 = root.xpath("//h1")
        title = WS.sub(" ", h1[0].text_content()).strip() if h1 else None
    return Doc(
        body,
        title=title,
        url=canon[0] if canon else meta("og:url"),
        outlet=meta("og:site_name"),
        date_raw=meta("article:published_time"),
        collapse=True,
    )


def fragment_text(s: str) -> str:
    """Visible text of an HTML fragment (feed content); plain strings come back unchanged."""
    if "<" not in s:
        return s.strip()
    frag = lxml.html.fragment_fromstring(s, create_parent="div")
    ps = frag.xpath(".//p")
    if ps:
        return "\n\n".join(WS.sub(" ", p.text_content()).strip() for p in ps)
    return WS.sub(" ", frag.text_content()).strip()


def undo_mojibake(text: str) -> str:
    """UTF-8 that was once decoded as cp1252 ('Ã©' for 'é') is repaired, as newsgraph does."""
    if not re.search("[ÃÂ][\u0080-\u00bf\u0152-\u2122]", text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return text


def txt_doc(path: str) -> Doc:
    """A `Key: value` header (title/headline, source/outlet/publisher, date/published, url/link,
    lang/language) ended by a blank line, then the body. Without a header, a first line that is
    clearly a headline (short, followed by a blank line, not ending like a sentence) is the
    title."""
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:  # legacy single-byte file (ISO-8859-1 / cp1252), as newsgraph reads it
        text = raw.decode("cp1252")
    text = undo_mojibake(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    lines = text.split("\n")
    meta = {}
    i = 0
    while i < len(lines):
        m = HEADER_RE.match(lines[i])
        if not m or m.group(1).lower() not in HEADER_KEYS:
            break
        meta.setdefault(HEADER_KEYS[m.group(1).lower()], m.group(2))
        i += 1
    if meta and (i == len(lines) or not lines[i].strip()):
        body = "\n".join(lines[i:]).strip()
    else:
        meta = {}
        first, sep, rest = text.partition("\n\n")
        if (
            sep
            and "\n" not in first
            and len(first) <= 150
            and not first.rstrip().endswith(SENTENCE_END)
            and rest.strip()
        ):
            meta["title"] = first.strip()
            body = rest.strip()
        else:
            body = text
    return Doc(
        body,
        title=meta.get("title"),
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        date_raw=meta.get("date"),
    )


# Field names as in newsgraph/data/field_names.tsv
# (matched ignoring case, "_", "-", "." and spaces).
BODY_KEYS = [
    "text",
    "body",
    "content",
    "article",
    "full_text",
    "fulltext",
    "article_text",
    "articlebody",
    "body_text",
    "maintext",
    "story",
    "story_text",
    "article_body",
]
BODY_FALLBACK_KEYS = ["description", "summary", "abstract", "lead", "teaser", "snippet", "excerpt"]
TITLE_KEYS = ["title", "headline", "heading", "article_title"]
URL_KEYS = ["url", "link", "href", "uri", "article_url", "web_url", "canonical_url"]
DATE_KEYS = [
    "date",
    "published",
    "publishedat",
    "published_at",
    "pubdate",
    "pub_date",
    "datetime",
    "date_published",
    "datepublished",
    "publish_date",
    "published_date",
    "timestamp",
    "created_at",
    "seendate",
    "date_publish",
]
OUTLET_KEYS = [
    "source",
    "outlet",
    "publisher",
    "site",
    "site_name",
    "sitename",
    "source_name",
    "domain",
    "source_domain",
    "newspaper",
    "media",
]


def fold(name: str) -> str:
    return re.sub(r"[_\-. ]", "", name.lower())


def pick(d: dict, names, longest=False):
    folded = {
        fold(k): v for k, v in d.items() if isinstance(v, (str, int, float)) and str(v).strip()
    }
    found = [str(folded[fold(n)]) for n in names if fold(n) in folded]
    if not found:
        return None
    return max(found, key=len) if longest else found[0]


def record_doc(d: dict) -> Doc:
    d = dict(d)
    for k, v in list(d.items()):
        if isinstance(v, dict) and "name" in v:  # {"source": {"name": ...}}
            d[k] = v["name"]
    body = pick(d, BODY_KEYS, longest=True) or pick(d, BODY_FALLBACK_KEYS, longest=True) or ""
    return Doc(
        fragment_text(body),
        title=pick(d, TITLE_KEYS),
        url=pick(d, URL_KEYS),
        outlet=pick(d, OUTLET_KEYS),
        date_raw=pick(d, DATE_KEYS),
    )


def jsonl_doc(path: str, record: int) -> Doc:
    with open(path, encoding="utf-8-sig") as f:
        lines = f.read().split("\n")
    if not (1 <= record <= len(lines)):
        raise ValueError(f"line {record} out of range")
    return record_doc(json.loads(lines[record - 1]))


def csv_docs(path: str, record: int, want_url):
    """CSV: `record` is the 1-based physical line the row starts on (as newsgraph's
    source_line); the data-row number is accepted too when the url matches."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t" if path.lower().endswith(".tsv") else ",")
        _ = reader.fieldnames  # reads the header row
        rows = []
        start = reader.line_num + 1
        for n, row in enumerate(reader, start=1):
            rows.append((start, n, row))
            start = reader.line_num + 1
    cands = [r for r in rows if r[0] == record] + [r for r in rows if r[1] == record]
    if not cands:
        raise ValueError(f"record {record} not found")
    docs = [record_doc(r[2]) for r in cands]
    for d in docs:
        if want_url and d.url == want_url:
            return d
    return docs[0]


def feed_doc(path: str, record: int) -> Doc:
    opener = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False)
    tree = lxml.etree.ElementTree(lxml.etree.fromstring(data, parser))
    items = tree.xpath("//*[local-name()='item' or local-name()='entry']")
    if not (1 <= record <= len(items)):
        raise ValueError(f"item {record} out of range ({len(items)} items)")
    it = items[record - 1]

    def child(*names):
        for n in names:
            r = it.xpath(f"./*[local-name()='{n}']")
            if r:
                return r[0]
        return None

    body_el = child("encoded", "content", "description", "summary")
    body = fragment_text(body_el.text or "" if body_el is not None else "")
    if body_el is not None and not body and len(body_el):  # inline XHTML content
        body = fragment_text(lxml.etree.tostring(body_el, encoding="unicode"))
    link = child("link")
    url = None
    if link is not None:
        url = (link.text or "").strip() or link.get("href")
    title = child("title")
    date_el = child("pubDate", "published", "updated", "date")
    chan = tree.xpath("//*[local-name()='channel' or local-name()='feed']/*[local-name()='title']")
    return Doc(
        body,
        title=(title.text or "").strip() if title is not None else None,
        url=url,
        outlet=(chan[0].text or "").strip() if chan else None,
        date_raw=(date_el.text or "").strip() if date_el is not None else None,
    )


def warc_records(path: str):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    pos = 0
    while True:
        start = data.find(b"WARC/", pos)
        if start < 0:
            return
        hdr_end = data.find(b"\r\n\r\n", start)
        sep = 4
        if hdr_end < 0:
            hdr_end = data.find(b"\n\n", start)
            sep = 2
            if hdr_end < 0:
                return
        headers = {}
        for line in data[start:hdr_end].decode("utf-8", "replace").splitlines()[1:]:
            if ":" in line:
                k, v = line.split(":", 1)
                headers[k.strip().lower()] = v.strip()
        length = int(headers.get("content-length", "0"))
        block = data[hdr_end + sep : hdr_end + sep + length]
        yield headers, block
        pos = hdr_end + sep + length


def warc_doc(path: str, record: int) -> Doc:
    """`record` is the 1-based number of the response record among ALL records of the file
    (warcinfo and requests included), as newsgraph's source_line."""
    n = 0
    for headers, block in warc_records(path):
        n += 1
        if n != record:
            continue
        if headers.get("warc-type") != "response":
            raise ValueError(f"record {record} is a {headers.get('warc-type')!r} record, not a response")
        http_end = block.find(b"\r\n\r\n")
        payload = block[http_end + 4 :] if http_end >= 0 else block
        http_head = block[:http_end].decode("latin-1") if http_end >= 0 else ""
        if re.search(r"(?im)^transfer-encoding:\s*chunked", http_head):
            payload = dechunk(payload)
        if re.search(r"(?im)^content-encoding:\s*gzip", http_head):
            payload = gzip.decompress(payload)
        m = re.search(r"(?im)^content-type:.*charset=([\w\-]+)", http_head)
        if m and not re.search(rb"<meta[^>]+charset", payload[:4096], re.I):
            text = payload.decode(m.group(1))
        else:
            text = decode_html_bytes(payload)
        doc = html_doc(text)
        doc.url = doc.url or headers.get("warc-target-uri")
        doc.warc_uri = headers.get("warc-target-uri")
        return doc
    raise ValueError(f"record {record} not found ({n} records)")


def dechunk(b: bytes) -> bytes:
    out = io.BytesIO()
    while b:
        line, _, rest = b.partition(b"\r\n")
        size = int(line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out.write(rest[:size])
        b = rest[size + 2 :]
    return out.getvalue()


def load_doc(corpus: str, g: dict) -> Doc:
    path = os.path.join(corpus, g["file"])
    low = path.lower()
    rec = g["record"]
    if low.endswith((".html", ".htm")):
        with open(path, "rb") as f:
            return html_doc(decode_html_bytes(f.read()))
    if low.endswith(".txt"):
        return txt_doc(path)
    if low.endswith((".jsonl", ".ndjson", ".jsonl.gz")):
        return jsonl_doc(path, rec)
    if low.endswith(".csv") or low.endswith(".tsv"):
        return csv_docs(path, rec, g.get("url"))
    if low.endswith((".xml", ".rss", ".atom", ".xml.gz", ".rss.gz", ".atom.gz")):
        return feed_doc(path, rec)
    if ".warc" in low:
        return warc_doc(path, rec)
    raise ValueError(f"unknown file type: {g['file']}")


# ---------------------------------------------------------------- dates
def parse_source_date(s: str):
    """Return (utc datetime, local date) for a date string found in a file, or None."""
    s = s.strip()
    try:
        d = datetime.fromisoformat(s.replace("Z", "+00:00"))
        if len(s) <= 10:  # date only
            d = d.replace(tzinfo=UTC)
        if d.tzinfo is None:
            d = d.replace(tzinfo=UTC)
        return d.astimezone(UTC), d.date()
    except ValueError:
        pass
    try:
        d = parsedate_to_datetime(s)
        if d.tzinfo is None:
            d = d.replace(tzinfo=UTC)
        return d.astimezone(UTC), d.date()
    except (TypeError, ValueError):
        pass
    for fmt in ("%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y %H:%M", "%Y/%m/%d"):
        try:
            d = datetime.strptime(s, fmt).replace(tzinfo=UTC)
            return d, d.date()
        except ValueError:
            pass
    return None


def add_months(d: date, n: int) -> str:
    m = d.month - 1 + n
    return f"{d.year + m // 12:04d}-{m % 12 + 1:02d}"


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def check_relative_timex(tx: dict, local: date) -> str | None:
    """Return an error message when a relative timex disagrees with the publication date."""
    text = tx["text"].lower().strip()
    value = tx["value"]
    text = re.sub(r"^(on|by|since|until|from)\s+", "", text)
    m = re.fullmatch(
        r"(next |last |this |this coming |coming )?(" + "|".join(WEEKDAYS) + r")('s)?"
        r"( morning| afternoon| evening| night)?",
        text,
    )
    if m and tx["type"] in ("DATE", "TIME"):
        try:
            v = date.fromisoformat(value[:10])
        except ValueError:
            return f"weekday timex {tx['text']!r} has non-date value {value!r}"
        if WEEKDAYS[v.weekday()] != m.group(2):
            return f"{tx['text']!r}: {value} is a {WEEKDAYS[v.weekday()].title()}"
        diff = (v - local).days
        lo, hi = (-6, 6)  # a bare weekday is within the week around publication
        if m.group(1) in ("next ", "this coming ", "coming "):
            lo, hi = 1, 7  # the coming one: said on Friday 2022-01-07, "next Monday" is 2022-01-10
        elif m.group(1) == "last ":
            lo, hi = -7, -1
        if not lo <= diff <= hi:
            return f"{tx['text']!r} = {value} is {diff:+d} days from publication {local}"
        return None
    expected = {
        "today": local.isoformat(),
        "yesterday": (local - timedelta(days=1)).isoformat(),
        "tomorrow": (local + timedelta(days=1)).isoformat(),
        "this week": iso_week(local),
        "earlier this week": iso_week(local),
        "earlier in the week": iso_week(local),
        "later this week": iso_week(local),
        "last week": iso_week(local - timedelta(days=7)),
        "next week": iso_week(local + timedelta(days=7)),
        "this month": add_months(local, 0),
        "earlier this month": add_months(local, 0),
        "later this month": add_months(local, 0),
        "last month": add_months(local, -1),
        "next month": add_months(local, 1),
        "this year": f"{local.year}",
        "last year": f"{local.year - 1}",
        "next year": f"{local.year + 1}",
        "early next year": f"{local.year + 1}",
        "later this year": f"{local.year}",
    }
    if text in expected and tx["type"] == "DATE" and value != expected[text]:
        return f"{tx['text']!r} should be {expected[text]} (published {local}), gold says {value}"
    # month names without a year ("in January", "late January") must be the nearest such month
    m = re.fullmatch(r"(early |mid-|late |in )?(" + "|".join(MONTHS) + r")", text)
    if m and tx["type"] == "DATE":
        mon = MONTHS.index(m.group(2)) + 1
        cands = [f"{y:04d}-{mon:02d}" for y in (local.year - 1, local.year, local.year + 1)]
        best = min(cands, key=lambda c: abs((date(int(c[:4]), int(c[5:]), 15) - local).days))
        if value != best:
            return f"{tx['text']!r} should probably be {best}, gold says {value}"
    return None


# ---------------------------------------------------------------- checks
class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")


def span_in(doc: Doc, s: str) -> bool:
    if s in doc.body:
        return True
    if doc.collapse:
        return WS.sub(" ", s).strip() in WS.sub(" ", doc.body)
    return False


def check_article(corpus: str, gpath: str, g: dict, rep: Report):
    where = os.path.basename(gpath)
    if list(g.keys()) != KEYS:
        missing = [k for k in KEYS if k not in g]
        extra = [k for k in g if k not in KEYS]
        if missing or extra:
            rep.err(where, f"keys differ from the schema: missing {missing}, extra {extra}")
            return None
        rep.warn(where, "keys are not in schema order")
    for k in ("quotes", "timexes", "events", "figures", "citations"):
        if not isinstance(g[k], list):
            rep.err(where, f"{k} must be a list")
            return None
    for k in ("url", "outlet", "published", "title", "copy_of"):
        if g[k] is not None and not isinstance(g[k], str):
            rep.err(where, f"{k} must be a string or null")
    if not isinstance(g["story"], str) or not g["story"]:
        rep.err(where, "story must be a non-empty string")
    if not os.path.exists(os.path.join(corpus, g["file"])):
        rep.err(where, f"file {g['file']} does not exist")
        return None
    one_article = g["file"].lower().endswith((".txt", ".html", ".htm"))
    if one_article and g["record"] is not None:
        rep.err(where, "record must be null for one-article files")
    if not one_article and not isinstance(g["record"], int):
        rep.err(where, "record must be a 1-based integer for multi-record files")
        return None
    try:
        doc = load_doc(corpus, g)
    except Exception as e:  # noqa: BLE001 - report any reader failure as a gold error
        rep.err(where, f"cannot read {g['file']} record {g['record']}: {e!r}")
        return None
    if not doc.body:
        rep.err(where, "article body is empty")

    # metadata
    if g["url"] != (doc.url or None) and not (
        g["url"] and getattr(doc, "warc_uri", None) == g["url"]
    ):
        rep.err(where, f"url {g['url']!r} but the file says {doc.url!r}")
    if doc.outlet is not None and g["outlet"] != doc.outlet:
        rep.err(where, f"outlet {g['outlet']!r} but the file says {doc.outlet!r}")
    if doc.title is not None and g["title"] != WS.sub(" ", doc.title).strip():
        rep.err(where, f"title {g['title']!r} but the file says {doc.title!r}")
    local = None
    if g["published"] is not None:
        if not PUBLISHED_RE.match(g["published"]):
            rep.err(where, f"published {g['published']!r} is not UTC ISO (YYYY-MM-DDTHH:MM:SSZ)")
        if doc.date_raw is None:
            rep.err(where, "published is set but the file has no date")
        else:
            parsed = parse_source_date(str(doc.date_raw))
            if parsed is None:
                rep.warn(where, f"cannot parse the file's date {doc.date_raw!r}")
            else:
                utc, local = parsed
                if utc.strftime("%Y-%m-%dT%H:%M:%SZ") != g["published"]:
                    rep.err(
                        where,
                        f"published {g['published']} but the file's date {doc.date_raw!r} is "
                        f"{utc.strftime('%Y-%m-%dT%H:%M:%SZ')}",
                    )
    elif doc.date_raw and parse_source_date(str(doc.date_raw)) is not None:
        rep.err(where, f"published is null but the file has a usable date {doc.date_raw!r}")

    def need_span(kind, i, s):
        if not isinstance(s, str) or not s:
            rep.err(where, f"{kind}[{i}] has an empty text")
        elif not span_in(doc, s):
            rep.err(where, f"{kind}[{i}] text not in body: {s!r}")

    for i, q in enumerate(g["quotes"]):
        if set(q) != QUOTE_KEYS:
            rep.err(where, f"quotes[{i}] keys {sorted(q)}")
            continue
        need_span("quotes", i, q["text"])
        if q["kind"] not in KINDS:
            rep.err(where, f"quotes[{i}] kind {q['kind']!r}")
        for k in ("speaker", "speaker_mention", "cue"):
            if not isinstance(q[k], str) or not q[k]:
                rep.err(where, f"quotes[{i}] {k} is empty")
        if q["speaker_mention"] and not span_in(doc, q["speaker_mention"]):
            rep.err(where, f"quotes[{i}] speaker_mention not in body: {q['speaker_mention']!r}")
        if q["kind"] == "direct" and q["text"][:1] in '"“”«»':
            rep.err(
                where, f"quotes[{i}] direct quote text should not include the opening quote mark"
            )
    for i, t in enumerate(g["timexes"]):
        if set(t) != TIMEX_KEYS:
            rep.err(where, f"timexes[{i}] keys {sorted(t)}")
            continue
        need_span("timexes", i, t["text"])
        if t["type"] not in TIMEX_TYPES:
            rep.err(where, f"timexes[{i}] type {t['type']!r}")
        if not isinstance(t["value"], str) or not TIMEX_VALUE_RE.match(t["value"]):
            rep.err(where, f"timexes[{i}] value {t['value']!r} is not a TimeML value")
        elif local is not None:
            msg = check_relative_timex(t, local)
            if msg:
                rep.err(where, f"timexes[{i}] {msg}")
    for i, e in enumerate(g["events"]):
        if set(e) != EVENT_KEYS:
            rep.err(where, f"events[{i}] keys {sorted(e)}")
            continue
        need_span("events", i, e["text"])
        if e["type"] not in PLOVER_MODES:
            rep.err(where, f"events[{i}] type {e['type']!r} is not PLOVER")
        elif e["mode"] is not None and e["mode"] not in PLOVER_MODES[e["type"]]:
            rep.err(where, f"events[{i}] mode {e['mode']!r} is not a mode of {e['type']}")
        if e["status"] not in STATUSES:
            rep.err(where, f"events[{i}] status {e['status']!r}")
        for k in ("actor", "recipient"):
            if not isinstance(e[k], list) or not all(
                isinstance(a, str) and ACTOR_RE.match(a) for a in e[k]
            ):
                rep.err(where, f"events[{i}] {k} must be a list of country/IGO codes: {e[k]!r}")
        if e["date"] is not None and not (
            isinstance(e["date"], str) and EVENT_DATE_RE.match(e["date"])
        ):
            rep.err(where, f"events[{i}] date {e['date']!r}")
        if e["location"] is not None and not isinstance(e["location"], str):
            rep.err(where, f"events[{i}] location must be a string or null")
        if local is not None and e["date"] and len(e["date"]) == 10:
            d = date.fromisoformat(e["date"])
            if e["status"] == "future" and d < local:
                rep.err(where, f"events[{i}] is future but dated {d} before publication {local}")
            if e["status"] == "historical" and d >= local:
                rep.err(where, f"events[{i}] is historical but dated {d}")
    for i, f in enumerate(g["figures"]):
        if set(f) != FIGURE_KEYS:
            rep.err(where, f"figures[{i}] keys {sorted(f)}")
            continue
        need_span("figures", i, f["text"])
        if not isinstance(f["number"], (int, float)) or isinstance(f["number"], bool):
            rep.err(where, f"figures[{i}] number must be numeric")
        if not f["unit"] or not f["measures"]:
            rep.err(where, f"figures[{i}] unit and measures must be set")
    for i, c in enumerate(g["citations"]):
        if set(c) != CITATION_KEYS:
            rep.err(where, f"citations[{i}] keys {sorted(c)}")
            continue
        need_span("citations", i, c["text"])
        if not c["outlet"]:
            rep.err(where, f"citations[{i}] outlet is empty")
    return doc


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    corpus = argv[1] if len(argv) > 1 else os.path.join(here, "corpus")
    rep = Report()
    golds = {}
    for gpath in sorted(glob.glob(os.path.join(corpus, "gold", "articles", "*.json"))):
        try:
            with open(gpath, encoding="utf-8") as f:
                g = json.load(f)
        except (OSError, json.JSONDecodeError) as e:
            rep.err(os.path.basename(gpath), f"invalid JSON: {e}")
            continue
        if not isinstance(g, dict):
            rep.err(os.path.basename(gpath), "gold file must hold one JSON object")
            continue
        golds[gpath] = g
        check_article(corpus, gpath, g, rep)

    # uniqueness and copies
    seen = {}
    by_url = {}
    for gpath, g in golds.items():
        key = (g.get("file"), g.get("record"))
        if key in seen:
            rep.err(os.path.basename(gpath), f"same file/record as {seen[key]}")
        seen[key] = os.path.basename(gpath)
        if g.get("url"):
            if g["url"] in by_url:
                rep.err(os.path.basename(gpath), f"url also used by {by_url[g['url']][0]}")
            by_url[g["url"]] = (os.path.basename(gpath), g)
    for gpath, g in golds.items():
        c = g.get("copy_of")
        if c is None:
            continue
        if c not in by_url:
            rep.err(os.path.basename(gpath), f"copy_of {c!r} is not the url of a gold article")
            continue
        orig = by_url[c][1]
        if orig.get("copy_of"):
            rep.err(
                os.path.basename(gpath),
                "copy_of should name the earliest original, not another copy",
            )
        if g.get("published") and orig.get("published") and g["published"] <= orig["published"]:
            rep.err(os.path.basename(gpath), "copy is not published after its original")
        if orig.get("story") != g.get("story"):
            rep.err(os.path.basename(gpath), "copy and original have different stories")

    # rejects
    rejected = set()
    for rpath in sorted(glob.glob(os.path.join(corpus, "gold", "rejects_*.json"))):
        where = os.path.basename(rpath)
        try:
            with open(rpath, encoding="utf-8") as f:
                rejects = json.load(f)
        except (OSError, json.JSONDecodeError) as e:
            rep.err(where, f"invalid JSON: {e}")
            continue
        if not isinstance(rejects, list):
            rep.err(where, "must be a list")
            continue
        for i, r in enumerate(rejects):
            if not isinstance(r, dict) or set(r) != {"file", "record", "why"}:
                rep.err(where, f"[{i}] must have exactly file, record, why")
                continue
            if not os.path.lexists(os.path.join(corpus, r["file"])):
                rep.err(where, f"[{i}] file {r['file']} does not exist")
            if (r["file"], r["record"]) in seen:
                rep.err(where, f"[{i}] {r['file']} record {r['record']} also has article gold")
            rejected.add((r["file"], r["record"]))

    # coverage of one-article files
    for sub in ("txt", "html"):
        for p in sorted(glob.glob(os.path.join(corpus, sub, "**", "*"), recursive=True)):
            if os.path.isdir(p):
                continue
            rel = os.path.relpath(p, corpus).replace(os.sep, "/")
            if (rel, None) not in seen and (rel, None) not in rejected:
                rep.warn(rel, "no gold and no reject entry")

    n_q = sum(len(g.get("quotes", [])) for g in golds.values())
    for w in rep.warnings:
        print("warning:", w)
    for e in rep.errors:
        print("ERROR:", e)
    print(
        f"{len(golds)} gold articles, {n_q} quotes, {len(rejected)} rejects: "
        f"{len(rep.errors)} errors, {len(rep.warnings)} warnings"
    )
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
