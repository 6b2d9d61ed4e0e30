"""Specifications of the JSON API and its OpenAPI description."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsgraph.web import create_app
from tests import briefing_fixture as fx

ENDPOINTS = {
    "/api/stories": "StoryList",
    "/api/stories/{story_id}": "StoryDetail",
    "/api/events": "EventList",
    "/api/quotes": "QuoteList",
    "/api/articles": "ArticleList",
    "/api/articles/{article_id}": "ArticleDetail",
    "/api/search": "SearchList",
    "/api/calendar": "CalendarList",
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return TestClient(create_app(fx.build(tmp_path_factory.mktemp("api") / "fixture.db")))


@pytest.fixture(scope="module")
def schema(client: TestClient) -> dict:
    r = client.get("/openapi.json")
    assert r.status_code == 200
    return r.json()


def test_openapi_describes_every_api_endpoint_and_no_html_page(schema: dict) -> None:
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == set(ENDPOINTS)


@pytest.mark.parametrize(("path", "model"), ENDPOINTS.items())
def test_openapi_names_the_response_model_of_each_endpoint(schema: dict, path, model) -> None:
    get = schema["paths"][path]["get"]
    ok = get["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok["$ref"] == f"#/components/schemas/{model}"
    assert model in schema["components"]["schemas"]
    assert get["summary"]


def test_openapi_states_the_page_bounds(schema: dict) -> None:
    params = {p["name"]: p for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert params["limit"]["schema"]["maximum"] == 200
    assert params["limit"]["schema"]["minimum"] == 1
    assert params["offset"]["schema"]["maximum"] == 1_000_000
    assert {"actor", "recipient", "type", "status", "from", "to", "story"} <= set(params)


def test_openapi_event_schema_lists_the_event_fields(schema: dict) -> None:
    props = schema["components"]["schemas"]["EventRow"]["properties"]
    for name in ("plover_type", "cameo", "intensity", "date", "status", "actors", "anchor"):
        assert name in props


def test_api_stories_pages_with_totals(client: TestClient) -> None:
    body = client.get("/api/stories", params={"limit": 1}).json()
    assert (body["limit"], body["offset"], body["total"]) == (1, 0, 2)
    assert [s["id"] for s in body["items"]] == ["troops"]
    body = client.get("/api/stories", params={"limit": 1, "offset": 1}).json()
    assert [(s["id"], s["single"]) for s in body["items"]] == [("article-lone", True)]


def test_api_story_detail_is_the_briefing(client: TestClient) -> None:
    story = client.get("/api/stories/troops").json()["story"]
    assert story["label"] == "Russian troop build-up near Ukraine"
    assert [e["plover_type"] for e in story["scheduled"]] == ["CONSULT"]
    assert story["disagreements"][0]["values"][0]["display"] == "100,000"
    assert story["counts"]["events"] == 7
    assert {"summary", "past", "actors", "quotes", "copies", "citations", "intensity"} <= set(story)


def test_api_events_filter_and_carry_participants(client: TestClient) -> None:
    body = client.get("/api/events", params={"actor": "RUS", "status": "reported"}).json()
    assert body["total"] == 2
    first = body["items"][0]
    assert first["actors"][0]["actor_id"] == "RUS"
    assert first["recipients"][0]["name"] == "Ukraine"
    assert first["cameo"] == "195" and isinstance(first["cameo"], str)
    dated = client.get("/api/events", params={"from": "2022-01-12", "to": "2022-01-12"}).json()
    assert dated["total"] == 2


def test_api_quotes_filter_by_speaker_and_article(client: TestClient) -> None:
    body = client.get("/api/quotes", params={"speaker": "stoltenberg"}).json()
    assert body["total"] == 3
    assert {q["article_id"] for q in body["items"]} == {"wire", "daily"}
    body = client.get("/api/quotes", params={"article": "gazette"}).json()
    assert [q["speaker"] for q in body["items"]] == ["Sergei Lavrov"]


def test_api_articles_list_without_text_and_detail_with_it(client: TestClient) -> None:
    body = client.get("/api/articles", params={"outlet": "Gazette"}).json()
    assert [a["id"] for a in body["items"]] == ["gazette"]
    assert "text" not in body["items"][0]
    detail = client.get("/api/articles/wire").json()
    assert detail["text"] == fx.WIRE.text
    assert detail["story_id"] == "troops"
    assert [c["id"] for c in detail["copies"]] == ["copy"]
    assert {t["value"] for t in detail["timexes"]} == {"2022-01-12", "2021-12-02"}
    assert len(detail["events"]) == 3 and len(detail["quotes"]) == 2


def test_api_search_ranks_and_marks(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": '"Jens Stoltenberg"'}).json()
    assert {h["article_id"] for h in body["items"]} == {"wire", "daily", "copy"}
    assert all("[" in h["snippet"] for h in body["items"])


@pytest.mark.parametrize(
    "url",
    [
        "/api/events?limit=201",
        "/api/events?limit=0",
        "/api/stories?offset=-1",
        "/api/articles?offset=1000001",
        "/api/events?from=12/01/2021",
        "/api/search?q=",
        "/api/search?q=x&limit=501",
    ],
)
def test_api_rejects_out_of_bounds_pages_with_a_reason(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 422
    assert isinstance(r.json()["detail"], str) and r.json()["detail"]


@pytest.mark.parametrize("url", ["/api/stories/nope", "/api/articles/nope", "/api/nothing"])
def test_api_unknown_ids_are_404_with_a_detail(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404
    assert r.headers["content-type"] == "application/json"
    assert r.json()["detail"]


def test_docs_page_lists_the_endpoints_without_loading_anything(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200
    for path in ENDPOINTS:
        assert path in r.text
    assert "cdn" not in r.text.lower() and "swagger-ui" not in r.text.lower()
    assert 'href="/openapi.json"' in r.text
    assert client.get("/redoc").status_code == 404


def test_api_calendar_lists_meetings_with_every_report_and_bounds_by_date(client) -> None:
    body = client.get("/api/calendar").json()
    assert [(m["date"], m["place"]) for m in body["items"]] == [
        ("2021-12-07", None),
        ("2022-01-12", "Brussels"),
        ("2022-01-13", "Vienna"),
    ]
    brussels = body["items"][1]
    assert [r["outlet"] for r in brussels["reports"]] == ["Example Wire", "Daily Example"]
    assert all(r["anchor"].startswith("timex-") for r in brussels["reports"])
    assert body["truncated"] is False
    later = client.get("/api/calendar", params={"from": "2022-01-13"}).json()
    assert [m["place"] for m in later["items"]] == ["Vienna"]
    few = client.get("/api/calendar", params={"limit": 2}).json()
    assert few["truncated"] is True and sum(len(m["reports"]) for m in few["items"]) == 2
    assert client.get("/api/calendar", params={"from": "January"}).status_code == 422
