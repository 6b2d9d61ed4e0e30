"""Security specifications: untrusted article text is escaped everywhere, URLs are linked only
when http(s), SQL is parameterised (FTS queries and filters with quotes and operators), pages are
bounded, and every response forbids inline scripts with a Content-Security-Policy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsgraph.report import write_report
from newsgraph.web import CONTENT_SECURITY_POLICY, create_app
from tests import briefing_fixture as fx

#: Markup from the hostile article that must never reach a page unescaped.
LIVE_MARKUP = [
    "<script>window.__xss",
    "<img src=x",
    "<b onmouseover",
    'href="javascript:',
    "href='javascript:",
    'onerror="window',
]


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fx.build(tmp_path_factory.mktemp("security") / "fixture.db")


@pytest.fixture(scope="module")
def client(fixture_db: Path) -> TestClient:
    return TestClient(create_app(fixture_db))


def _assert_inert(html: str) -> None:
    for needle in LIVE_MARKUP:
        assert needle.lower() not in html.lower(), needle
    # The only script tag a web page has is our own file.
    assert re.findall(r"<script[^>]*>", html) in ([], ['<script src="/static/app.js" defer>'])


HOSTILE_PAGES = [
    "/",
    "/stories/troops",
    "/articles/hostile",
    "/search?q=officials",
    "/search?q=script",
    "/events",
    "/events?actor=script",
    "/api/stories/troops",
    "/api/articles/hostile",
]


@pytest.mark.parametrize("url", HOSTILE_PAGES)
def test_security_hostile_article_is_escaped_on_every_page(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200
    if r.headers["content-type"].startswith("text/html"):
        _assert_inert(r.text)


def test_security_hostile_text_is_shown_as_text(client: TestClient) -> None:
    html = client.get("/articles/hostile").text
    assert "&lt;script&gt;window.__xss=1;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html  # the title
    assert "Evil &lt;b onmouseover=" in html


def test_security_javascript_url_is_not_a_link(client: TestClient) -> None:
    for url in ("/articles/hostile", "/stories/troops"):
        html = client.get(url).text
        assert "javascript:" in html  # shown, as text
        assert not re.search(r'href="\s*javascript:', html, re.I)
    assert 'href="https://wire.example/troops" rel="noopener noreferrer nofollow"' in (
        client.get("/articles/wire").text
    )


def test_security_unknown_id_is_echoed_escaped(client: TestClient) -> None:
    r = client.get("/stories/<script>window.__xss=1</script>")
    assert r.status_code == 404
    _assert_inert(r.text)
    assert "&lt;script&gt;" in r.text


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced quote',
        "NATO AND",
        "OR OR NOT",
        "' OR 1=1 --",
        "'; DROP TABLE articles; --",
        'title:"NATO" NEAR(troops',
        "troop*",
        "(((",
        "*",
        '"" "',
        "NATO) OR (1=1",
        "x" * 400,
    ],
)
def test_security_search_takes_any_query_as_a_value(client: TestClient, query: str) -> None:
    r = client.get("/search", params={"q": query})
    assert r.status_code == 200
    _assert_inert(r.text)
    api = client.get("/api/search", params={"q": query})
    assert api.status_code == 200
    assert client.get("/api/articles").json()["total"] == len(fx.ARTICLES)  # nothing dropped


def test_security_search_operators_still_work(client: TestClient) -> None:
    ids = {
        h["article_id"]
        for h in client.get("/api/search", params={"q": "NATO NOT Brussels"}).json()["items"]
    }
    assert ids == {"hostile"}


@pytest.mark.parametrize(
    "params",
    [
        {"actor": "' OR '1'='1"},
        {"actor": "R%a"},  # as a LIKE wildcard this would match Russia
        {"actor": "N_TO"},  # and this NATO
        {"recipient": '") OR 1=1 --'},
        {"type": "CONSULT' OR 'a'='a"},
        {"status": "x' OR 1=1 --"},
        {"story": "' OR 1=1 --"},
    ],
)
def test_security_event_filters_match_literally(client: TestClient, params: dict) -> None:
    assert client.get("/api/events", params=params).json()["total"] == 0
    assert client.get("/events", params=params).status_code == 200


def test_security_speaker_filter_wildcards_match_literally(client: TestClient) -> None:
    assert client.get("/api/quotes", params={"speaker": "Jens%"}).json()["total"] == 0


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/stories/troops",
        "/articles/hostile",
        "/events",
        "/search?q=x",
        "/docs",
        "/stories/nope",
        "/api/events",
        "/api/stories/nope",
        "/openapi.json",
        "/static/style.css",
        "/events?page=0",
    ],
)
def test_security_every_response_forbids_inline_scripts(client: TestClient, url: str) -> None:
    r = client.get(url)
    csp = r.headers["content-security-policy"]
    assert csp == CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_security_pages_are_bounded(client: TestClient) -> None:
    assert client.get("/api/events", params={"limit": 10**6}).status_code == 422
    assert client.get("/api/quotes", params={"offset": 10**9}).status_code == 422
    assert client.get("/events", params={"page": -1}).status_code == 422
    assert client.get("/search", params={"q": "NATO", "page": 10**6}).status_code == 422


def test_security_static_report_is_inert(fixture_db: Path, tmp_path: Path) -> None:
    write_report(fixture_db, tmp_path)
    for page in [tmp_path / "index.html", *tmp_path.glob("*/*.html")]:
        html = page.read_text(encoding="utf-8")
        for needle in LIVE_MARKUP:
            assert needle.lower() not in html.lower(), (page.name, needle)
        assert "<script" not in html
        assert "script-src" not in html or "'none'" in html
