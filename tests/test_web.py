"""Specifications of the web app's pages (FastAPI TestClient over a hand-written store)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsgraph.errors import StoreError
from newsgraph.store import Store
from newsgraph.types import Article
from newsgraph.web import create_app
from tests import briefing_fixture as fx


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fx.build(tmp_path_factory.mktemp("web") / "fixture.db")


@pytest.fixture(scope="module")
def client(fixture_db: Path) -> TestClient:
    return TestClient(create_app(fixture_db))


def test_web_index_lists_stories_then_single_articles(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    html = r.text
    assert html.index("Russian troop build-up near Ukraine") < html.index("Weather in Vienna")
    assert 'href="/stories/troops"' in html and 'href="/stories/article-lone"' in html
    assert "2 stories" in html


def test_web_story_page_has_the_briefing_sections(client: TestClient) -> None:
    html = client.get("/stories/troops").text
    for section in ("Summary", "Timeline", "Conflict and cooperation", "Actors", "Quotes"):
        assert f"<h2>{section}</h2>" in html
    assert 'href="/articles/wire#event-1"' in html  # evidence of the scheduled council
    assert 'href="/events?story=troops"' in html
    assert 'href="/events?actor=RUS"' in html
    assert html.count("<svg") == 2


def test_web_single_article_story_works_without_a_stories_row(client: TestClient) -> None:
    r = client.get("/stories/article-lone")
    assert r.status_code == 200
    assert "No events have been extracted for this story yet." in r.text


def test_web_article_page_highlights_quotes_events_and_dates(client: TestClient) -> None:
    html = client.get("/articles/wire").text
    for kind, anchor in (("quote", "quote-1"), ("event", "event-1"), ("timex", "timex-1")):
        assert f'class="hl hl-{kind}" id="{anchor}"' in html
    assert 'href="/stories/troops"' in html
    assert "Copied by" in html and 'href="/articles/copy"' in html
    assert '<script src="/static/app.js" defer></script>' in html


def test_web_copy_links_to_its_original(client: TestClient) -> None:
    html = client.get("/articles/copy").text
    assert "A copy of" in html and 'href="/articles/wire"' in html


def test_web_search_finds_articles_and_marks_words(client: TestClient) -> None:
    html = client.get("/search", params={"q": "Stoltenberg"}).text
    assert 'href="/articles/wire"' in html and 'href="/articles/daily"' in html
    assert "<mark>Stoltenberg</mark>" in html


def test_web_search_with_no_match_says_so(client: TestClient) -> None:
    assert "No article matches" in client.get("/search", params={"q": "zanzibar"}).text


def _event_ids(html: str) -> list[str]:
    return re.findall(r'class="evidence" href="/articles/[^"#]+#(event-\d+)"', html)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, 7),
        ({"actor": "RUS"}, 3),
        ({"actor": "russia"}, 3),  # a name, in part, any case
        ({"recipient": "UKR"}, 4),
        ({"actor": "NATO", "recipient": "Russia"}, 3),
        ({"type": "CONSULT"}, 2),
        ({"status": "future"}, 2),
        ({"status": "negated"}, 1),
        ({"from": "2021-12-03", "to": "2021-12-05"}, 2),
        ({"from": "2022-01-01"}, 2),
        ({"story": "troops"}, 7),
        ({"story": "article-lone"}, 0),
        ({"actor": "", "type": "", "from": "", "to": ""}, 7),  # an empty form
    ],
)
def test_web_events_table_filters(client: TestClient, params: dict, expected: int) -> None:
    r = client.get("/events", params=params)
    assert r.status_code == 200
    assert len(_event_ids(r.text)) == expected


def test_web_events_form_keeps_the_chosen_filters(client: TestClient) -> None:
    html = client.get("/events", params={"type": "ASSAULT", "actor": "RUS"}).text
    assert '<option value="ASSAULT" selected>' in html
    assert 'name="actor" value="RUS"' in html


def test_web_events_are_paged_and_pages_are_bounded(tmp_path: Path) -> None:
    path = tmp_path / "many.db"
    text = "Russia shelled Kharkiv today, officials said."
    with Store.open(path) as store:
        store.add_articles([Article(id="a", text=text)])
    import sqlite3

    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            'INSERT INTO events (article_id, start, "end", sentence, text, plover_type, date)'
            " VALUES ('a', 0, 6, 0, 'Russia shelled', 'ASSAULT', ?)",
            [(f"2022-01-{1 + i % 28:02d}",) for i in range(120)],
        )
    conn.close()
    client = TestClient(create_app(path))
    first = client.get("/events").text
    assert len(_event_ids(first)) == 50
    assert 'href="?page=2"' in first and "showing 1–50" in first
    last = client.get("/events", params={"page": 3}).text
    assert len(_event_ids(last)) == 20
    assert 'rel="next"' not in last
    assert client.get("/events", params={"page": 0}).status_code == 422
    assert client.get("/events", params={"page": 10**9}).status_code == 422


def test_web_evidence_link_leads_to_the_highlighted_sentence(client: TestClient) -> None:
    html = client.get("/events", params={"type": "ASSAULT"}).text
    (href,) = re.findall(r'class="evidence" href="([^"]+)"', html)
    path, anchor = href.split("#")
    page = client.get(path).text
    assert f'id="{anchor}"' in page
    marked = re.search(rf'id="{anchor}"[^>]*>(.*?)</span>', page).group(1)
    assert marked.startswith("Russian forces shelled positions near Donetsk")


def test_web_calendar_lists_each_meeting_with_its_reports_linked_to_their_dates(
    client: TestClient,
) -> None:
    html = client.get("/calendar").text
    assert 'href="/calendar"' in html  # in the navigation
    row = html[html.index("<code>2022-01-12</code>") : html.index("<code>2022-01-13</code>")]
    assert "in <strong>Brussels</strong>" in row
    links = re.findall(r'class="evidence" href="([^"]+)">([^<]+)</a>', row)
    assert [name for _, name in links] == ["Example Wire", "Daily Example"]
    path, anchor = links[0][0].split("#")
    assert anchor.startswith("timex-") and f'id="{anchor}"' in client.get(path).text
    # article text and outlet names are escaped like everywhere else
    assert "<script>window.__xss" not in html and "<b onmouseover" not in html
    assert "&lt;script&gt;window.__xss" in html


def test_web_calendar_bounds_by_date_and_says_when_nothing_is_scheduled(client) -> None:
    html = client.get("/calendar", params={"from": "2022-01-13", "to": "2022-01-13"}).text
    assert "Vienna" in html and "Brussels" not in html
    assert 'value="2022-01-13"' in html  # the form keeps the chosen dates
    empty = client.get("/calendar", params={"from": "2030-01-01"}).text
    assert "Nothing scheduled in that range." in empty
    assert client.get("/calendar", params={"from": "soon"}).status_code == 422


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/stories/no-such-story", "There is no story with the id “no-such-story”."),
        ("/stories/article-no-such", "There is no story with the id"),
        ("/articles/no-such", "There is no article with the id “no-such”."),
        ("/no/such/page", "There is no page at this address."),
    ],
)
def test_web_unknown_ids_get_a_clear_404_page(client: TestClient, url: str, message: str) -> None:
    r = client.get(url)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert message in r.text and 'href="/"' in r.text


def test_web_serves_its_stylesheet_and_script(client: TestClient) -> None:
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")
    assert "hl-toggle" in client.get("/static/app.js").text


def test_web_app_opens_the_store_read_only_and_leaves_it_unchanged(
    fixture_db: Path, client: TestClient
) -> None:
    before = fixture_db.read_bytes()
    for url in ("/", "/stories/troops", "/articles/wire", "/events", "/search?q=NATO"):
        assert client.get(url).status_code == 200
    assert fixture_db.read_bytes() == before


def test_web_app_refuses_a_missing_store_at_start(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        create_app(tmp_path / "missing.db")


def test_web_app_can_refuse_foreign_host_headers(fixture_db: Path) -> None:
    client = TestClient(create_app(fixture_db, allowed_hosts=["127.0.0.1", "localhost"]))
    assert client.get("/", headers={"host": "127.0.0.1:8000"}).status_code == 200
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400
