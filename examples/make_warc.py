#!/usr/bin/env python3
"""Rebuild examples/corpus/warc/crawl-2022-02.warc.gz, a small deterministic web crawl.

Records (1-based, as newsgraph numbers them in source_line):
   1 warcinfo
   2 request / 3 response   Continental Review, Nord Stream 2 halted after recognition (200, HTML)
   4 request / 5 response   Daily Bulletin, spun copy of record 3 (200, HTML)
   6 request / 7 response   Northfield Gazette, no sign of a Russian pullback (200, HTML)
   8 request / 9 response   404 page (skipped quietly)
  10 request / 11 response  image/png (skipped quietly)
  12 request / 13 response  Riverside Chronicle, chip inventories (200, HTML)

The pages are kept as strings here (not as corpus files) so they are not read twice.
WARC-Date and WARC-Record-ID are fixed and gzip headers carry no time stamp, so the output is
byte-for-byte reproducible. Run:  python examples/make_warc.py   (needs warcio)
"""

from __future__ import annotations

import html
import io
import os
import struct
import zlib

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "warc", "crawl-2022-02.warc.gz")


def page(site, url, title, published, paras, byline):
    body = "\n".join(f"  <p>{html.escape(p, quote=False)}</p>" for p in paras)
    esc = html.escape(title)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{esc}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{published}">
<link rel="canonical" href="{url}">
<script>window.analytics = {{"section": "world"}};</script>
</head>
<body>
<header><a class="logo" href="/">{site}</a>
<nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/subscribe">Subscribe</a></nav></header>
<main>
<article>
  <h1>{esc}</h1>
  <div class="byline">{byline}</div>
{body}
</article>
<aside class="related"><h2>Most read</h2><ul><li><a href="/more">More stories</a></li></ul></aside>
</main>
<footer><small>&copy; 2022 {site}. All rights reserved.</small></footer>
</body>
</html>
"""


PAGES = [
    dict(
        site="The Continental Review",
        url="https://continentalreview.example/2022/02/berlin-freezes-nord-stream-2",
        title="Berlin freezes Nord Stream 2 as the West answers Putin's recognition of rebel regions",
        published="2022-02-22T15:30:00+01:00",
        byline="By Ilse Brandt in Berlin",
        paras=[
            "BERLIN — Germany halted the approval of the Nord Stream 2 gas pipeline on Tuesday, a day after President Vladimir Putin recognised two separatist regions in eastern Ukraine as independent states and ordered Russian troops into the area.",
            "Chancellor Olaf Scholz told reporters in Berlin that the situation had changed fundamentally and that the economy ministry would withdraw a key report needed for certification. «Without this report, the pipeline cannot go into operation,» Scholz said.",
            "In London, Prime Minister Boris Johnson announced sanctions against five Russian banks and three wealthy individuals, calling them «the first barrage» of measures. EU foreign ministers meeting in Paris agreed unanimously on an initial package, and the bloc's foreign policy chief, Josep Borrell, said it would hurt Russia «a lot».",
            "Kremlin spokesman Dmitry Peskov said Moscow remained open to diplomacy. Russia's upper house of parliament was due to vote later on Tuesday on allowing Putin to use the armed forces abroad, the state-run RIA Novosti news agency reported.",
            "A senior European diplomat, who asked not to be named, said further sanctions would follow if Russian forces moved beyond the separatist-held areas.",
            "Russia annexed Crimea in 2014 after sending in troops, and fighting in the Donbas has since killed more than 14,000 people. Moscow denies it plans to attack Ukraine.",
        ],
    ),
    dict(
        site="Daily Bulletin",
        url="https://dailybulletin.example/2022/02/germany-stops-nord-stream-2-rebel-areas",
        title="Germany stops Nord Stream 2 after Putin recognizes rebel areas",
        published="2022-02-23T07:12:00Z",
        byline="Daily Bulletin staff",
        paras=[
            "BERLIN — Germany stopped the approval of the Nord Stream 2 gas pipeline on Tuesday, one day after President Vladimir Putin recognized two separatist areas in east Ukraine as independent countries and sent Russian troops into the region.",
            "In London, Prime Minister Boris Johnson unveiled sanctions against five Russian banks and three rich individuals, calling them \"the first barrage\" of steps.",
            "Chancellor Olaf Scholz told journalists in Berlin that the situation had changed fundamentaly and that the economy ministry would pull a key report needed for certification. \"Without this report, the pipeline cannot go into operation,\" Scholz said.",
            "EU foreign ministers meeting in Paris agreed unanimously on a first package, and the bloc's foreign policy chief, Josep Borrell, said it would hurt Russia \"a lot\".",
            "Moscow denies it plans to attack Ukraine. Russia annexed Crimea in 2014 after sending in soldiers, and fighting in the Donbas has since killed over 14,000 people.",
            "Kremlin spokesman Dmitry Peskov said Moscow remained open to diplomacy, the state-run RIA Novosti news agency reported. On Tuesday evening, Russia's upper house of parliament allowed Putin to use the armed forces abroad.",
            "In KEV, President Volodymyr Zelensky called on Western governments to impose tough sanctions immediately.",
        ],
    ),
    dict(
        site="Northfield Gazette",
        url="https://northfieldgazette.example/2022/02/no-sign-of-russian-pullback",
        title="West sees no Russian pullback, says 7,000 more troops have arrived",
        published="2022-02-17T08:45:00Z",
        byline="By Dana Whitcombe, Northfield Gazette Washington bureau",
        paras=[
            "WASHINGTON — Russia has added as many as 7,000 troops near Ukraine's border in recent days, a senior Biden administration official said late on Wednesday, casting doubt on Moscow's claims that it was pulling some forces back.",
            "\"Russia said it was withdrawing, and it got the world's attention. On the ground, the opposite has happened,\" the official told reporters on condition of anonymity.",
            "Secretary of State Antony Blinken said the United States had seen no meaningful pullback. \"What we see is units moving toward the border, not away from it,\" he said in an interview with MSNBC.",
            "NATO Secretary General Jens Stoltenberg said after a meeting of defence ministers in Brussels on Wednesday that Russia appeared to be continuing its build-up.",
            "Russia's defence ministry released video of tanks and armoured vehicles crossing the bridge from Crimea to the mainland, which it said showed units returning to their bases after exercises. Kremlin spokesman Dmitry Peskov said the withdrawal would take time.",
            "President Joe Biden said on Tuesday that Russia had more than 150,000 troops near Ukraine and that an invasion remained \"distinctly possible\". Moscow has repeatedly denied planning an invasion.",
        ],
    ),
    dict(
        site="Riverside Chronicle",
        url="https://riversidechronicle.example/2022/01/chip-inventories-five-days",
        title="Chip buyers down to less than five days of stock, Commerce survey finds",
        published="2022-01-26T16:00:00-05:00",
        byline="By Tom Okafor",
        paras=[
            "WASHINGTON — US manufacturers that depend on semiconductors had less than five days' worth of chips on hand last year, down from 40 days in 2019, the Commerce Department said on Tuesday, warning that the shortage would last well into 2022.",
            "The findings come from a survey of about 150 companies in the chip supply chain. Commerce Secretary Gina Raimondo said the supply chain remained \"fragile\" and that a disruption at a single overseas plant could shut factories in the United States for weeks.",
            "\"We are not out of the woods, and demand still far outstrips supply,\" Raimondo told reporters. She urged Congress to pass $52 billion in funding to expand chip production at home.",
            "Carmakers have been hit hardest. Ford and General Motors have repeatedly idled plants since early 2021 because of missing parts.",
            "Intel announced last week that it would build a $20 billion chip plant in Ohio, one of the largest investments of its kind.",
            "The shortage has also pushed up prices for consumers: used-car prices in the United States rose by more than 37% in 2021, according to the Labor Department.",
        ],
    ),
]

NOT_FOUND = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Page not found | Daily Bulletin</title></head>
<body><h1>404</h1><p>Sorry, the page you were looking for does not exist.</p></body></html>
"""


def png_bytes() -> bytes:
    """A real 1x1 grey PNG."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00\x80")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")




_counter = 0


def headers(rec_type, uri=None, date="2022-02-23T10:00:00Z"):
    global _counter
    _counter += 1
    h = {
        "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{_counter:012d}>",
        "WARC-Date": date,
    }
    if uri:
        h["WARC-Target-URI"] = uri
    return h


def write(writer, url, status, ctype, payload: bytes, date):
    host = url.split("/")[2]
    path = "/" + url.split("/", 3)[3]
    req = StatusAndHeaders(
        f"GET {path} HTTP/1.1",
        [("Host", host), ("User-Agent", "newsgraph-sample-crawler/1.0"), ("Accept", "*/*")],
        is_http_request=True,
    )
    writer.write_record(
        writer.create_warc_record(
            url, "request", http_headers=req, warc_headers_dict=headers("request", url, date)
        )
    )
    resp = StatusAndHeaders(
        status,
        [("Content-Type", ctype), ("Content-Length", str(len(payload)))],
        protocol="HTTP/1.1",
    )
    writer.write_record(
        writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(payload),
            length=len(payload),
            http_headers=resp,
            warc_headers_dict=headers("response", url, date),
        )
    )


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    info = writer.create_warcinfo_record(
        "crawl-2022-02.warc.gz",
        {"software": "newsgraph sample crawl (make_warc.py)", "format": "WARC File Format 1.1"},
    )
    for k, v in headers("warcinfo", date="2022-02-23T09:59:00Z").items():
        info.rec_headers.replace_header(k, v)
    writer.write_record(info)
    dates = ["2022-02-23T10:00:00Z", "2022-02-23T10:00:05Z", "2022-02-23T10:00:10Z"]
    for p, d in zip(PAGES[:3], dates):
        doc = page(p["site"], p["url"], p["title"], p["published"], p["paras"], p["byline"])
        write(writer, p["url"], "200 OK", "text/html; charset=utf-8", doc.encode("utf-8"), d)
    write(
        writer,
        "https://dailybulletin.example/2022/02/putin-address-full-text",
        "404 Not Found",
        "text/html; charset=utf-8",
        NOT_FOUND.encode("utf-8"),
        "2022-02-23T10:00:15Z",
    )
    write(
        writer,
        "https://continentalreview.example/static/img/kremlin-address.png",
        "200 OK",
        "image/png",
        png_bytes(),
        "2022-02-23T10:00:20Z",
    )
    p = PAGES[3]
    doc = page(p["site"], p["url"], p["title"], p["published"], p["paras"], p["byline"])
    write(writer, p["url"], "200 OK", "text/html; charset=utf-8", doc.encode("utf-8"), "2022-02-23T10:00:25Z")
    # gzip each record as its own member (the usual .warc.gz layout), without time stamps
    data = buf.getvalue()
    out = io.BytesIO()
    for rec in split_records(data):
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(rec) + co.flush()
        out.write(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff")
        out.write(comp)
        out.write(struct.pack("<II", zlib.crc32(rec), len(rec) & 0xFFFFFFFF))
    with open(OUT, "wb") as f:
        f.write(out.getvalue())


def split_records(data: bytes):
    """Split an uncompressed WARC into its records (header + block + CRLF CRLF)."""
    pos = 0
    while pos < len(data):
        end = data.index(b"\r\n\r\n", pos)
        head = data[pos:end].decode("utf-8")
        length = int(
            next(
                line.split(":", 1)[1]
                for line in head.split("\r\n")
                if line.lower().startswith("content-length:")
            )
        )
        stop = end + 4 + length + 4
        yield data[pos:stop]
        pos = stop


if __name__ == "__main__":
    main()
