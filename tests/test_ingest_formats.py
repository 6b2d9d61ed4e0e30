"""Ingest reads every supported format into Articles: specifications, one format per test."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.config import Settings
from newsgraph.ingest import read_paths
from newsgraph.types import Article, Reject, article_id

TITLE = "Russia demands security guarantees from NATO"
PARA1 = (
    "Russia has massed as many as 175,000 troops near the border with Ukraine, "
    "Western officials said on Thursday."
)
PARA2 = (
    "The Russia-NATO Council will meet on January 12 in Brussels. A day later, "
    "negotiations are expected in Vienna."
)
BODY = f"{PARA1}\n\n{PARA2}"
URL = "https://www.examplewire.com/world/russia-nato"

HTML_PAGE = f"""<!doctype html>
<html lang="en-GB"><head><title>{TITLE} | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<link rel="canonical" href="{URL}">
<meta property="article:published_time" content="2021-12-30T14:05:00+03:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>{TITLE}</h1><p>{PARA1}</p><p>{PARA2}</p></article>
<footer>Copyright Example Wire 2021. All rights reserved.</footer>
</body></html>
"""

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire: World</title><link>https://examplewire.com</link>
<item><title>{TITLE}</title><link>{URL}</link>
<pubDate>Thu, 30 Dec 2021 14:05:00 +0300</pubDate>
<description>Moscow wants answers.</description>
<content:encoded><![CDATA[<p>{PARA1}</p><p>{PARA2}</p>]]></content:encoded></item>
<item><title>Talks in Vienna</title><link>https://examplewire.com/vienna</link>
<pubDate>Fri, 31 Dec 2021 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Negotiations are expected in &lt;b&gt;Vienna&lt;/b&gt;
after Brussels.&lt;/p&gt;</description>
</item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><title>{TITLE}</title><link href="{URL}"/>
<published>2021-12-30T11:05:00Z</published>
<content type="html">&lt;p&gt;{PARA1}&lt;/p&gt;&lt;p&gt;{PARA2}&lt;/p&gt;</content></entry>
</feed>
"""

TXT_WITH_HEADER = (
    f"Title: {TITLE}\nSource: Example Wire\nDate: 2021-12-30T11:05:00Z\nURL: {URL}\n\n{BODY}\n"
)
RECORD = {"title": TITLE, "text": BODY, "url": URL, "publishedAt": "2021-12-30T11:05:00Z"}
PUBLISHED = datetime(2021, 12, 30, 11, 5, tzinfo=UTC)


def read(*paths: Path | str, **settings: object) -> list[Article | Reject]:
    return list(read_paths(list(paths), Settings(**settings)))  # type: ignore[arg-type]


def articles(results: list[Article | Reject]) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def rejects(results: list[Article | Reject]) -> list[Reject]:
    return [r for r in results if isinstance(r, Reject)]


def write(path: Path, content: str | bytes) -> Path:
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def make_warc(path: Path, pages: list[tuple[str, str, bytes, str]], compress: bool) -> Path:
    """Write a WARC with one response per (uri, status, body, content type), plus a request."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        for uri, status, body, content_type in pages:
            request = writer.create_warc_record(
                uri,
                "request",
                payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True),
            )
            writer.write_record(request)
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    uri, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
    return path


# --- plain text -------------------------------------------------------------------------


def test_ingest_txt_with_header_fills_title_outlet_date_and_url(tmp_path: Path) -> None:
    [article] = read(write(tmp_path / "a.txt", TXT_WITH_HEADER))
    assert article.title == TITLE
    assert article.outlet == "Example Wire"
    assert article.url == URL
    assert article.published == PUBLISHED
    assert article.text == BODY
    assert article.id == article_id(BODY)
    assert article.source_path == str(tmp_path / "a.txt")
    assert article.source_line is None


def test_ingest_txt_header_keys_are_case_insensitive_and_in_any_order(tmp_path: Path) -> None:
    content = f"DATE: December 30, 2021\nurl: {URL}\ntitle: {TITLE}\n\n{BODY}"
    [article] = read(write(tmp_path / "a.txt", content))
    assert (article.title, article.url) == (TITLE, URL)
    assert article.published == datetime(2021, 12, 30, tzinfo=UTC)
    assert article.outlet == "examplewire.com"  # no Source: line, so the URL host


def test_ingest_txt_without_header_is_all_text_with_empty_title(tmp_path: Path) -> None:
    [article] = read(write(tmp_path / "a.txt", BODY + "\n"))
    assert article.text == BODY
    assert article.title == ""
    assert article.outlet == ""
    assert article.published is None


def test_ingest_txt_first_line_is_the_title_when_it_is_clearly_a_headline(tmp_path: Path) -> None:
    [article] = read(write(tmp_path / "a.txt", f"{TITLE}\n\n{BODY}"))
    assert article.title == TITLE
    assert article.text == BODY


def test_ingest_txt_text_is_normalised_crlf_trailing_spaces_and_blank_lines(
    tmp_path: Path,
) -> None:
    messy = f"\r\n  \r\n{PARA1}   \r\n\r\n\r\n\r\n{PARA2}\t\r\n\r\n"
    [article] = read(write(tmp_path / "a.txt", messy))
    assert article.text == BODY


def test_ingest_txt_text_is_nfc_normalised(tmp_path: Path) -> None:
    decomposed = "Talks in Gene\u0300ve and Vienna were announced by the OSCE on Thursday."
    [article] = read(write(tmp_path / "a.txt", decomposed))
    assert "Genève" in article.text


# --- HTML ------------------------------------------------------------------------------------


def test_ingest_html_removes_boilerplate_and_reads_page_metadata(tmp_path: Path) -> None:
    [article] = read(write(tmp_path / "page.html", HTML_PAGE))
    assert article.text == BODY
    assert "Home" not in article.text and "Copyright" not in article.text
    assert article.title == TITLE
    assert article.outlet == "Example Wire"
    assert article.url == URL
    assert article.published == PUBLISHED
    assert article.lang == "en"


def test_ingest_html_without_site_name_takes_outlet_from_canonical_url_host(
    tmp_path: Path,
) -> None:
    page = HTML_PAGE.replace('<meta property="og:site_name" content="Example Wire">', "")
    page = page.replace(" | Example Wire", "")
    [article] = read(write(tmp_path / "page.htm", page))
    assert article.outlet in ("examplewire.com", "Examplewire")  # trafilatura may name it
    assert article.url == URL


# --- JSON, JSONL, CSV -------------------------------------------------------------------------


def test_ingest_json_single_object(tmp_path: Path) -> None:
    [article] = read(write(tmp_path / "a.json", json.dumps(RECORD)))
    assert (article.title, article.text, article.url) == (TITLE, BODY, URL)
    assert article.published == PUBLISHED
    assert article.outlet == "examplewire.com"
    assert article.source_line is None


def test_ingest_json_array_numbers_items_from_one(tmp_path: Path) -> None:
    second = {**RECORD, "text": PARA2, "title": "Vienna"}
    results = read(write(tmp_path / "a.json", json.dumps([RECORD, second])))
    assert [a.source_line for a in articles(results)] == [1, 2]
    assert [a.title for a in articles(results)] == [TITLE, "Vienna"]


def test_ingest_json_newsapi_wrapper_with_source_object(tmp_path: Path) -> None:
    newsapi = {
        "status": "ok",
        "totalResults": 1,
        "articles": [
            {
                "source": {"id": "example-wire", "name": "Example Wire"},
                "author": "A. Reporter",
                "title": TITLE,
                "description": "Moscow wants answers.",
                "url": URL,
                "publishedAt": "2021-12-30T11:05:00Z",
                "content": BODY + "\u2026 [+2107 chars]",
            }
        ],
    }
    [article] = read(write(tmp_path / "newsapi.json", json.dumps(newsapi)))
    assert article.outlet == "Example Wire"
    assert article.text == BODY  # the longest body field, NewsAPI's truncation marker removed
    assert article.published == PUBLISHED
    assert article.source_line == 1


def test_ingest_jsonl_one_article_per_line(tmp_path: Path) -> None:
    lines = [json.dumps(RECORD), "", json.dumps({**RECORD, "text": PARA2})]
    results = read(write(tmp_path / "a.jsonl", "\n".join(lines)))
    assert [(a.text, a.source_line) for a in articles(results)] == [(BODY, 1), (PARA2, 3)]
    assert rejects(results) == []


def test_ingest_json_file_holding_json_lines_is_read_as_jsonl(tmp_path: Path) -> None:
    lines = [json.dumps(RECORD), json.dumps({**RECORD, "text": PARA2})]
    results = read(write(tmp_path / "export.json", "\n".join(lines) + "\n"))
    assert [a.source_line for a in articles(results)] == [1, 2]


def test_ingest_fields_are_found_case_insensitively_and_body_beats_description(
    tmp_path: Path,
) -> None:
    record = {
        "Headline": TITLE,
        "Description": "A short teaser about the troops.",
        "Body": f"<p>{PARA1}</p><p>{PARA2}</p>",
        "Link": URL,
        "Published_At": "2021-12-30T11:05:00Z",
        "Publisher": "Example Wire",
    }
    [article] = read(write(tmp_path / "a.jsonl", json.dumps(record)))
    assert article.title == TITLE
    assert article.text == BODY  # HTML inside a body field is stripped
    assert article.outlet == "Example Wire"
    assert article.published == PUBLISHED


def test_ingest_description_is_the_text_only_when_no_body_field_has_text(tmp_path: Path) -> None:
    record = {"title": TITLE, "description": PARA1, "content": "", "url": URL}
    [article] = read(write(tmp_path / "a.jsonl", json.dumps(record)))
    assert article.text == PARA1


def test_ingest_record_language_is_kept(tmp_path: Path) -> None:
    record = {"text": "Россия сосредоточила войска у границы с Украиной.", "language": "ru-RU"}
    [article] = read(write(tmp_path / "a.jsonl", json.dumps(record, ensure_ascii=False)))
    assert article.lang == "ru"


def test_ingest_csv_rows_are_articles_with_the_line_they_start_on(tmp_path: Path) -> None:
    content = (
        "headline,body,link,pubDate,site\n"
        f'"{TITLE}","{PARA1}\n\n{PARA2}",{URL},"Thu, 30 Dec 2021 14:05:00 +0300",Example Wire\n'
        f"Vienna,{PARA2.replace(',', '')},,,\n"
    )
    results = read(write(tmp_path / "a.csv", content))
    first, second = articles(results)
    assert (first.title, first.text, first.outlet, first.published) == (
        TITLE,
        BODY,
        "Example Wire",
        PUBLISHED,
    )
    assert (first.source_line, second.source_line) == (2, 5)
    assert second.published is None and second.outlet == ""


def test_ingest_tsv_and_semicolon_csv_are_read(tmp_path: Path) -> None:
    write(tmp_path / "a.tsv", f"title\ttext\n{TITLE}\t{PARA1}\n")
    write(tmp_path / "b.csv", f"title;text\n{TITLE};{PARA1}\n")
    results = read(tmp_path)
    assert [a.text for a in articles(results)] == [PARA1, PARA1]


# --- WARC ---------------------------------------------------------------------------------


@pytest.mark.parametrize("compress", [False, True], ids=["warc", "warc.gz"])
def test_ingest_warc_reads_html_200_responses_and_skips_the_rest_quietly(
    tmp_path: Path, compress: bool
) -> None:
    name = "crawl.warc.gz" if compress else "crawl.warc"
    pages = [
        ("https://www.examplewire.com/a", "200 OK", HTML_PAGE.encode(), "text/html; charset=utf-8"),
        ("https://www.examplewire.com/logo.png", "200 OK", b"\x89PNG\r\n\x1a\n", "image/png"),
        ("https://www.examplewire.com/gone", "404 Not Found", b"<html>gone</html>", "text/html"),
    ]
    results = read(make_warc(tmp_path / name, pages, compress))
    assert rejects(results) == []
    [article] = articles(results)
    assert article.url == "https://www.examplewire.com/a"  # WARC-Target-URI
    assert article.text == BODY
    assert article.outlet == "Example Wire"
    assert article.published == PUBLISHED
    assert article.source_line == 2  # record 1 is the request


def test_ingest_warc_starting_with_a_binary_record_is_still_read(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + bytes(64)
    pages = [
        ("https://www.examplewire.com/logo.png", "200 OK", png, "image/png"),
        ("https://www.examplewire.com/a", "200 OK", HTML_PAGE.encode(), "text/html"),
    ]
    results = read(make_warc(tmp_path / "crawl.warc", pages, False))
    assert rejects(results) == []
    assert [a.source_line for a in articles(results)] == [4]


def test_ingest_warc_page_without_text_is_rejected_with_its_record_number(tmp_path: Path) -> None:
    empty = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
    path = make_warc(tmp_path / "c.warc", [("https://x.org/", "200 OK", empty, "text/html")], False)
    [reject] = read(path)
    assert isinstance(reject, Reject) and reject.line == 2
    assert "no article text found in the HTML page" in reject.reason


# --- feeds ---------------------------------------------------------------------------------


def test_ingest_rss_items_are_articles_numbered_from_one(tmp_path: Path) -> None:
    results = read(write(tmp_path / "world.rss", RSS))
    first, second = articles(results)
    assert (first.title, first.url, first.text) == (TITLE, URL, BODY)  # content:encoded wins
    assert first.published == PUBLISHED
    assert first.outlet == "Example Wire: World"
    assert second.text == "Negotiations are expected in Vienna after Brussels."
    assert second.published == datetime(2021, 12, 31, 8, 0, tzinfo=UTC)
    assert (first.source_line, second.source_line) == (1, 2)


def test_ingest_atom_entries_are_articles(tmp_path: Path) -> None:
    [article] = read(write(tmp_path / "feed.atom", ATOM))
    assert (article.title, article.url, article.text) == (TITLE, URL, BODY)
    assert article.published == PUBLISHED
    assert article.outlet == "Atom News"


def test_ingest_feed_item_without_text_is_rejected_with_its_number(tmp_path: Path) -> None:
    feed = RSS.replace("</channel>", "<item><title>Nothing</title></item></channel>")
    results = read(write(tmp_path / "world.xml", feed))
    [reject] = rejects(results)
    assert reject.line == 3 and "feed item 3 has no text" in reject.reason
    assert len(articles(results)) == 2


# --- compression and sniffing -----------------------------------------------------------------


FORMATS = {
    "a.txt": TXT_WITH_HEADER,
    "a.html": HTML_PAGE,
    "a.json": json.dumps(RECORD),
    "a.jsonl": json.dumps(RECORD) + "\n",
    "a.csv": f'title,text\n"{TITLE}","{PARA1}\n\n{PARA2}"\n',
    "a.xml": ATOM,
}


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_ingest_gzip_of_each_format_reads_like_the_plain_file(tmp_path: Path, name: str) -> None:
    [plain] = read(write(tmp_path / name, FORMATS[name]))
    [zipped] = read(write(tmp_path / f"{name}.gz", gzip.compress(FORMATS[name].encode())))
    assert zipped.text == plain.text == BODY
    assert zipped.id == plain.id and zipped.title == plain.title == TITLE


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_ingest_gzip_without_gz_suffix_is_recognised_by_its_magic_number(
    tmp_path: Path, name: str
) -> None:
    [article] = read(
        write(tmp_path / f"download-{name}.bin", gzip.compress(FORMATS[name].encode()))
    )
    assert article.text == BODY


def test_ingest_gzipped_warc_written_as_one_stream_is_read(tmp_path: Path) -> None:
    pages = [("https://www.examplewire.com/a", "200 OK", HTML_PAGE.encode(), "text/html")]
    plain = make_warc(tmp_path / "p.warc", pages, False)
    write(tmp_path / "one.warc.gz", gzip.compress(plain.read_bytes()))
    [article] = read(tmp_path / "one.warc.gz")
    assert article.text == BODY


@pytest.mark.parametrize("compress", [bz2.compress, lzma.compress], ids=["bzip2", "xz"])
def test_ingest_bzip2_and_xz_are_decompressed_too(tmp_path: Path, compress: object) -> None:
    data = compress(json.dumps(RECORD).encode() + b"\n")  # type: ignore[operator]
    [article] = read(write(tmp_path / "a.jsonl.x", data))
    assert article.text == BODY


@pytest.mark.parametrize(
    ("content", "expected_text"),
    [
        (json.dumps(RECORD), BODY),
        (json.dumps(RECORD) + "\n" + json.dumps(RECORD) + "\n", BODY),
        (json.dumps([RECORD]), BODY),
        (HTML_PAGE, BODY),
        (RSS, BODY),
        (ATOM, BODY),
        (BODY, BODY),
    ],
    ids=["json", "jsonl", "json-array", "html", "rss", "atom", "text"],
)
def test_ingest_unknown_extension_is_sniffed_from_content(
    tmp_path: Path, content: str, expected_text: str
) -> None:
    results = read(write(tmp_path / "download.dat", content))
    assert articles(results)[0].text == expected_text


def test_ingest_warc_without_extension_is_sniffed(tmp_path: Path) -> None:
    pages = [("https://www.examplewire.com/a", "200 OK", HTML_PAGE.encode(), "text/html")]
    make_warc(tmp_path / "crawl.warc", pages, False).rename(tmp_path / "crawl")
    [article] = read(tmp_path / "crawl")
    assert article.text == BODY


def test_ingest_html_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    [article] = read(write(tmp_path / "page.txt", HTML_PAGE))
    assert article.text == BODY and article.outlet == "Example Wire"


# --- one id per article -----------------------------------------------------------------------


def test_ingest_same_article_gets_one_id_from_txt_html_jsonl_csv_and_feed(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", TXT_WITH_HEADER)
    write(tmp_path / "b.html", HTML_PAGE)
    write(tmp_path / "c.jsonl", json.dumps(RECORD) + "\n")
    write(tmp_path / "d.csv", FORMATS["a.csv"])
    write(tmp_path / "e.rss", RSS)
    results = articles(read(tmp_path))
    ids = {a.id for a in results if a.title == TITLE}
    assert ids == {article_id(BODY)}
    assert len([a for a in results if a.title == TITLE]) == 5


def test_reading_jsonl_imports_no_html_warc_or_feed_library(tmp_path):
    # Those readers are imported when a file of their kind comes, not at every run's start.
    import subprocess
    import sys

    source = tmp_path / "news.jsonl"
    source.write_text('{"title": "T", "text": "NATO met Russia in Brussels."}\n', encoding="utf-8")
    code = (
        "import sys; from newsgraph.config import Settings; "
        "from newsgraph.ingest import read_paths; "
        f"items = list(read_paths([{str(source)!r}], Settings())); "
        "assert len(items) == 1, items; "
        "print(sorted(m for m in ('trafilatura', 'warcio', 'feedparser') if m in sys.modules))"
    )
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
