"""Bad input never stops ingest: each problem becomes a Reject a person understands."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.config import Settings
from newsgraph.ingest import decode, read_paths, reader, source
from newsgraph.ingest.decode import decode_bytes
from newsgraph.types import Article, Reject

TEXT = (
    "Russia has massed as many as 175,000 troops near the border with Ukraine, "
    "officials said. Another outlet put the number at up to 100,000 troops."
)
RECORD = json.dumps({"title": "Troops", "text": TEXT})


def read(*paths: Path, **settings: object) -> list[Article | Reject]:
    return list(read_paths(list(paths), Settings(**settings)))  # type: ignore[arg-type]


def write(path: Path, content: str | bytes) -> Path:
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def only_reject(results: list[Article | Reject]) -> Reject:
    assert len(results) == 1 and isinstance(results[0], Reject), results
    return results[0]


@pytest.mark.parametrize("name", ["a.txt", "a.html", "a.json", "a.jsonl", "a.csv", "a.xml", "a"])
def test_ingest_empty_file_is_rejected(tmp_path: Path, name: str) -> None:
    assert only_reject(read(write(tmp_path / name, b""))).reason == "file is empty"


@pytest.mark.parametrize("name", ["a.txt", "a.html", "a.jsonl", "a"])
def test_ingest_whitespace_only_file_is_rejected(tmp_path: Path, name: str) -> None:
    reject = only_reject(read(write(tmp_path / name, " \n\t\r\n  \n")))
    assert reject.reason == "file contains only whitespace, no article text"


def test_ingest_empty_gzip_is_rejected(tmp_path: Path) -> None:
    reject = only_reject(read(write(tmp_path / "a.txt.gz", gzip.compress(b""))))
    assert reject.reason == "file is empty after decompression"


@pytest.mark.parametrize(
    ("magic", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "GIF image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"\x7fELF\x02\x01\x01\x00", "ELF executable"),
        (b"some text\x00\x00\x00 with NUL bytes", "contains NUL bytes"),
    ],
)
@pytest.mark.parametrize("name", ["file.txt", "file.html", "file.jsonl", "file"])
def test_ingest_binary_file_is_rejected_with_its_kind(
    tmp_path: Path, magic: bytes, kind: str, name: str
) -> None:
    reject = only_reject(read(write(tmp_path / name, magic + bytes(range(256)))))
    assert reject.reason.startswith(f"binary file ({kind}")
    assert reject.reason.endswith("not an article")


def test_ingest_gzipped_binary_file_is_rejected_with_its_kind(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(100)
    reject = only_reject(read(write(tmp_path / "image.txt.gz", gzip.compress(png))))
    assert reject.reason == "binary file (PNG image), not an article"


def test_ingest_broken_html_still_yields_its_text(tmp_path: Path) -> None:
    broken = f"<html><body><div><p>{TEXT}<p>Talks begin <b>in <i>January</div></span> <<>> &&"
    [article] = read(write(tmp_path / "broken.html", broken))
    assert isinstance(article, Article)
    assert TEXT in article.text


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Home</title></head><body></body></html>",
        "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>",
        "<html><<<>>>%%%%</html>",
        "<!doctype html>",
    ],
    ids=["empty-body", "navigation", "garbage", "doctype-only"],
)
def test_ingest_html_without_article_text_is_rejected(tmp_path: Path, page: str) -> None:
    reject = only_reject(read(write(tmp_path / "page.html", page)))
    assert reject.reason.startswith(
        "no article text found in the HTML page; it may be empty, a navigation page or broken"
    )


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_ingest_western_single_byte_file_decodes_right_without_a_reject(
    tmp_path: Path, encoding: str
) -> None:
    text = "Talks in Genève: the café near the OSCE office was full, Lavrov’s aide said."
    if encoding == "latin-1":
        text = text.replace("’", "'")
    [article] = read(write(tmp_path / "a.txt", text.encode(encoding)))
    assert isinstance(article, Article) and article.text == text


def test_ingest_cp1252_csv_decodes_right_without_a_reject(tmp_path: Path) -> None:
    text = "Talks in Genève — “soon”, the OSCE said; the café was full."
    content = f'title,text\nGenève,"{text}"\n'.encode("cp1252")
    [article] = read(write(tmp_path / "a.csv", content))
    assert isinstance(article, Article) and article.text == text and article.title == "Genève"


def test_ingest_cp1252_html_with_meta_charset_decodes_right(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>Genève</title></head>'
        f"<body><article><p>Diplomats met in Genève — “{TEXT}”</p></article></body></html>"
    )
    [article] = read(write(tmp_path / "a.html", page.encode("cp1252")))
    assert isinstance(article, Article) and "Genève — “Russia" in article.text


def test_ingest_utf16_file_with_bom_is_decoded(tmp_path: Path) -> None:
    [article] = read(write(tmp_path / "a.txt", TEXT.encode("utf-16")))
    assert isinstance(article, Article) and article.text == TEXT


def test_ingest_lossy_decode_keeps_the_article_and_says_how_much_was_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class NoGuess:
        def best(self) -> None:
            return None

    monkeypatch.setattr(decode.charset_normalizer, "from_bytes", lambda data: NoGuess())
    data = TEXT.encode() + b" \x81\x8d tail"  # invalid in UTF-8 and in cp1252
    article, warning = read(write(tmp_path / "a.txt", data))
    assert isinstance(article, Article) and article.text.startswith(TEXT)
    assert warning == Reject(
        str(tmp_path / "a.txt"),
        "2 characters could not be decoded and were replaced with U+FFFD; "
        "check the file's encoding",
        kept=True,
    )


def test_ingest_mojibake_is_repaired_and_a_warning_kept(tmp_path: Path) -> None:
    text = "Title: Derby at the Bernabéu\n\nAtlético lost 2-0 at the Bernabéu on Sunday night."
    garbled = text.encode("utf-8").decode("cp1252")  # 'é' read as 'Ã©'
    [article, warning] = read(write(tmp_path / "derby.txt", garbled))
    assert isinstance(article, Article) and isinstance(warning, Reject)
    assert article.title == "Derby at the Bernabéu"
    assert article.text == "Atlético lost 2-0 at the Bernabéu on Sunday night."
    assert warning.kept and "wrong encoding" in warning.reason


def test_ingest_text_with_real_accents_is_not_repaired(tmp_path: Path) -> None:
    results = read(write(tmp_path / "a.txt", "Jean-Yves Le Drian met Zbigniew Rau at the Élysée."))
    assert [type(r) for r in results] == [Article]


def test_ingest_mostly_undecodable_file_is_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class NoGuess:
        def best(self) -> None:
            return None

    monkeypatch.setattr(decode.charset_normalizer, "from_bytes", lambda data: NoGuess())
    reject = only_reject(read(write(tmp_path / "a.txt", b"ab \x81\x8d\x8f\x90\x9d" * 50)))
    assert reject.reason.startswith("file is mostly undecodable bytes")


def test_ingest_decode_chain_never_raises() -> None:
    for data in (b"", b"\xff\xfe\x00", bytes(range(256)), b"\x81" * 10):
        assert isinstance(decode_bytes(data).text, str)


def test_ingest_file_above_the_size_limit_is_rejected_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: no disk used
    calls: list[int] = []
    original = reader.read_limited
    monkeypatch.setattr(reader, "read_limited", lambda *a: calls.append(1) or original(*a))
    reject = only_reject(read(path))
    assert reject.reason == (
        "file is 200 MB, above the 50 MB limit for one article; "
        "raise --max-file-mb if it is really one article"
    )
    assert calls == []


def test_ingest_decompressed_size_limit_stops_a_gzip_bomb(tmp_path: Path) -> None:
    bomb = gzip.compress(b"a" * (3 * 1024 * 1024))  # 3 MB of text in a few kB
    reject = only_reject(read(write(tmp_path / "bomb.txt.gz", bomb), max_file_mb=1))
    assert reject.reason.startswith("decompressed content is over 1 MB, above the 1 MB limit")


def test_ingest_jsonl_line_longer_than_the_limit_is_rejected_and_reading_goes_on(
    tmp_path: Path,
) -> None:
    long_line = json.dumps({"text": "x" * 2 * 1024 * 1024})
    path = write(tmp_path / "a.jsonl", "\n".join([RECORD, long_line, RECORD]))
    first, reject, third = read(path, max_file_mb=1)
    assert isinstance(first, Article) and isinstance(third, Article)
    assert (first.source_line, third.source_line) == (1, 3)
    assert isinstance(reject, Reject) and reject.line == 2
    assert reject.reason.startswith("line 2 is longer than 1 MB, the limit for one record")


def test_ingest_line_formats_are_not_limited_by_file_size(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", "\n".join([RECORD] * 5000))  # about 1 MB
    results = read(path, max_file_mb=0.1)
    assert len(results) == 5000 and all(isinstance(r, Article) for r in results)


def test_ingest_csv_row_longer_than_the_limit_is_rejected_and_reading_goes_on(
    tmp_path: Path,
) -> None:
    content = f'title,text\nA,"{TEXT}"\nB,"{"y" * 2 * 1024 * 1024}"\nC,"{TEXT}"\n'
    results = read(write(tmp_path / "a.csv", content), max_file_mb=1)
    assert [type(r).__name__ for r in results] == ["Article", "Reject", "Article"]
    assert results[1].line == 3


@pytest.mark.parametrize(
    ("line", "kind"),
    [("[1, 2]", "array"), ("42", "number"), ('"troops"', "string"), ("null", "null")],
)
def test_ingest_jsonl_line_that_is_not_an_object_is_rejected_and_reading_goes_on(
    tmp_path: Path, line: str, kind: str
) -> None:
    lines = [RECORD] * 6 + [line, RECORD]
    results = read(write(tmp_path / "a.jsonl", "\n".join(lines)))
    assert results[6] == Reject(
        str(tmp_path / "a.jsonl"), f"line 7 is a JSON {kind}, not an object", line=7
    )
    assert isinstance(results[7], Article) and results[7].source_line == 8


def test_ingest_jsonl_invalid_json_line_is_rejected_and_reading_goes_on(tmp_path: Path) -> None:
    results = read(
        write(tmp_path / "a.jsonl", "\n".join([RECORD, '{"text": "unterminated', RECORD]))
    )
    assert isinstance(results[1], Reject) and results[1].line == 2
    assert results[1].reason.startswith("line 2 is not valid JSON (")
    assert isinstance(results[2], Article)


def test_ingest_invalid_json_file_is_rejected(tmp_path: Path) -> None:
    reject = only_reject(read(write(tmp_path / "a.json", '{"title": "Troops", "text": ')))
    assert reject.reason.startswith("invalid JSON: Expecting value at line 1")


def test_ingest_json_array_item_that_is_not_an_object_is_rejected(tmp_path: Path) -> None:
    results = read(write(tmp_path / "a.json", f'[{RECORD}, "oops", {RECORD}]'))
    assert results[1] == Reject(
        str(tmp_path / "a.json"), "item 2 of the JSON array is a string, not an object", line=2
    )
    assert [type(r).__name__ for r in results] == ["Article", "Reject", "Article"]


def test_ingest_record_without_text_is_rejected_naming_the_fields_looked_for(
    tmp_path: Path,
) -> None:
    lines = [json.dumps({"title": "Troops", "url": "https://x.org/a"}), RECORD]
    reject, article = read(write(tmp_path / "a.jsonl", "\n".join(lines)))
    assert isinstance(article, Article)
    assert isinstance(reject, Reject) and reject.line == 1
    assert reject.reason.startswith(
        "record has no article text (looked for fields: text, body, content, article, full_text"
    )
    assert "description" in reject.reason


def test_ingest_record_with_too_short_text_is_rejected(tmp_path: Path) -> None:
    reject = only_reject(read(write(tmp_path / "a.jsonl", json.dumps({"text": "Troops."}))))
    assert "record has no article text" in reject.reason
    assert "7 characters of text, fewer than the 20 needed" in reject.reason


def test_ingest_text_longer_than_max_article_chars_is_rejected(tmp_path: Path) -> None:
    text = "\n\n".join([TEXT] * 10)
    reject = only_reject(read(write(tmp_path / "a.txt", text), max_article_chars=500))
    assert reject.reason.startswith(f"text is {len(text):,} characters, above the 500 limit")


def test_ingest_csv_without_a_text_column_is_rejected_once(tmp_path: Path) -> None:
    reject = only_reject(read(write(tmp_path / "a.csv", "id,colour\n1,red\n2,blue\n")))
    assert "no column for the article text (columns: id, colour" in reject.reason
    assert "--field text=COLUMN" in reject.reason


def test_ingest_unreadable_file_is_rejected_and_reading_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "b.txt", TEXT)

    def deny(path: object, mode: str = "r") -> object:
        if str(path).endswith("a.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return open(path, mode)  # type: ignore[call-overload]  # noqa: SIM115

    monkeypatch.setattr(source, "open", deny, raising=False)
    reject, article = read(tmp_path)
    assert reject == Reject(
        str(tmp_path / "a.txt"), "cannot read the file: permission denied; check its permissions"
    )
    assert isinstance(article, Article)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_ingest_file_without_read_permission_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", TEXT)
    path.chmod(0)
    try:
        reject = only_reject(read(path))
    finally:
        path.chmod(0o644)
    assert "permission denied" in reject.reason


def test_ingest_truncated_gzip_keeps_the_records_read_before_it(tmp_path: Path) -> None:
    lines = [json.dumps({"text": f"{TEXT} Report number {i}."}) for i in range(3000)]
    data = gzip.compress("\n".join(lines).encode())
    results = read(write(tmp_path / "a.jsonl.gz", data[: len(data) // 2]))
    kept = [r for r in results if isinstance(r, Article)]
    assert 100 < len(kept) < 3000
    assert [a.source_line for a in kept] == list(range(1, len(kept) + 1))
    last = results[-1]
    assert isinstance(last, Reject) and "gzip file is truncated" in last.reason
    assert all(isinstance(r, Article) for r in results[:-2])


def test_ingest_truncated_gzip_of_one_article_is_rejected(tmp_path: Path) -> None:
    data = gzip.compress((TEXT * 20).encode())
    reject = only_reject(read(write(tmp_path / "a.txt.gz", data[:-12])))
    assert "gzip file is truncated" in reject.reason


def test_ingest_corrupt_gzip_is_rejected(tmp_path: Path) -> None:
    data = bytearray(gzip.compress(b"\n".join([RECORD.encode()] * 50)))
    data[20:40] = b"\x00" * 20
    results = read(write(tmp_path / "a.jsonl.gz", bytes(data)))
    assert isinstance(results[-1], Reject) and "gzip" in results[-1].reason


def test_ingest_bad_file_does_not_stop_the_run(tmp_path: Path) -> None:
    write(tmp_path / "1.txt", TEXT)
    write(tmp_path / "2.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path / "3.json", "{not json")
    write(tmp_path / "4.txt", TEXT + " More.")
    kinds = [type(r).__name__ for r in read(tmp_path)]
    assert kinds == ["Article", "Reject", "Reject", "Article"]


def test_ingest_unexpected_reader_error_becomes_a_reject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setitem(reader._SINGLE_READERS, reader.Format.TEXT, explode)
    write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "b.jsonl", RECORD)
    reject, article = read(tmp_path)
    assert (
        isinstance(reject, Reject)
        and "unexpected error while reading (RuntimeError: boom)" in reject.reason
    )
    assert isinstance(article, Article)


def test_ingest_not_a_warc_file_is_rejected(tmp_path: Path) -> None:
    reject = only_reject(
        read(write(tmp_path / "a.warc", "WARC/1.0\r\nthis is not a record\r\n\r\n"))
    )
    assert "WARC" in reject.reason


def test_ingest_xml_that_is_not_a_feed_is_rejected(tmp_path: Path) -> None:
    reject = only_reject(read(write(tmp_path / "sitemap.xml", "<?xml version='1.0'?><urlset/>")))
    assert (
        "not an RSS/Atom feed" in reject.reason or "not a readable RSS/Atom feed" in reject.reason
    )


def test_ingest_truncated_warc_gz_keeps_the_pages_read_before_it(tmp_path: Path) -> None:
    path = tmp_path / "full.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(30):
            page = f"<html><body><article><p>{TEXT} Page {i}.</p></article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"https://example.org/{i}",
                    "response",
                    payload=io.BytesIO(page.encode()),
                    http_headers=headers,
                )
            )
    data = path.read_bytes()
    cut = data.rfind(b"\x1f\x8b", 0, len(data) // 2) + 40  # inside a record's gzip member
    results = read(write(tmp_path / "cut.warc.gz", data[:cut]))
    kept = [r for r in results if isinstance(r, Article)]
    assert len(kept) >= 5 and [a.source_line for a in kept] == list(range(1, len(kept) + 1))
    last = results[-1]
    assert isinstance(last, Reject) and "gzip file is truncated" in last.reason
    assert "records before it were kept" in last.reason
