"""Specifications of full-text search over the store."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsgraph.errors import StoreError
from newsgraph.store import MAX_SEARCH_LIMIT, Store
from newsgraph.types import Article, ProcessedArticle

ARTICLES = [
    Article(
        id="talks",
        title="Lavrov expects security talks in January",
        text="Russia's foreign minister said Wednesday that he expects conversations with the "
        "United States on security guarantees to begin in January.",
        outlet="Example Wire",
        url="https://news.example/talks",
        published=datetime(2021, 12, 15, 9, 30, tzinfo=UTC),
    ),
    Article(
        id="troops",
        title="Troop build-up near Ukraine",
        text="Russia has massed as many as 175,000 troops near Ukraine's border, officials said. "
        "NATO called the deployment a threat.",
        outlet="Daily Example",
        published=datetime(2021, 12, 4, tzinfo=UTC),
    ),
    Article(
        id="council",
        title="NATO-Russia Council to meet",
        text="The Russia-NATO Council will meet on January 12 in Brussels. A day later, "
        "negotiations are expected in Vienna.",
        outlet="Example Wire",
    ),
]


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "news.db") as s:
        s.add_articles(ARTICLES)
        yield s


def ids(hits) -> list[str]:
    return [h.article_id for h in hits]


def test_store_search_finds_words_with_stemming_and_snippet(store: Store) -> None:
    hits = store.search("massing")
    assert ids(hits) == ["troops"]
    hit = hits[0]
    assert (hit.title, hit.outlet, hit.published) == (
        "Troop build-up near Ukraine",
        "Daily Example",
        "2021-12-04T00:00:00Z",
    )
    assert "[massed]" in hit.snippet


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"security guarantees"', ["talks"]),
        ("Brussels OR Vienna", ["council"]),
        ("NATO NOT Brussels", ["troops"]),
        ("NATO AND (Vienna OR threat)", ["council", "troops"]),
        ("negot*", ["council"]),
        ("title:troop", ["troops"]),
    ],
)
def test_store_search_supports_fts5_syntax(store: Store, query: str, expected: list[str]) -> None:
    assert sorted(ids(store.search(query))) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"security guarantees', ["talks"]),  # unbalanced quote
        ('Lavrov "talks', ["talks"]),
        ("NATO AND", ["council", "troops"]),  # stray operator
        ("OR", []),
        ("(Brussels", ["council"]),
        ("Ukraine's troops", ["troops"]),  # apostrophe
        ("Ukraine's -border", ["troops"]),  # '-' is not NOT in FTS5
        ('"); DROP TABLE articles; --', []),
        ("*", []),
    ],
)
def test_store_search_with_unbalanced_quotes_falls_back_to_words(
    store: Store, query: str, expected: list[str]
) -> None:
    assert sorted(ids(store.search(query))) == expected
    assert store.stats().n_articles == 3  # nothing was dropped


def test_store_search_ranks_title_matches_first(store: Store) -> None:
    assert ids(store.search("NATO"))[0] == "council"


def test_store_search_limit_is_bounded_and_offset_pages(store: Store) -> None:
    everything = ids(store.search("Russia"))
    assert len(everything) == 3
    assert (
        ids(store.search("Russia", limit=2)) + ids(store.search("Russia", limit=2, offset=2))
        == everything
    )
    assert store.search("Russia", limit=0) == []
    assert store.search("   ") == []
    assert len(store.search("Russia", limit=10 * MAX_SEARCH_LIMIT)) == 3


def test_store_fts_stays_in_sync_on_update_and_delete(store: Store) -> None:
    old = ARTICLES[2]
    new = Article(
        id=old.id,
        title=old.title,
        text="The Russia-NATO Council will meet in Brussels; talks in Geneva come first.",
        outlet=old.outlet,
    )
    store.write_batch([ProcessedArticle(article=new, n_tokens=14, n_sents=1)])
    assert ids(store.search("Geneva")) == ["council"]
    assert store.search("Vienna") == []
    store._db.execute("DELETE FROM articles WHERE id = 'council'")
    assert store.search("Geneva") == []
    assert (
        store._db.execute(
            "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')"
        ).fetchall()
        == []
    )


def test_store_search_works_read_only(store: Store) -> None:
    with Store.open(store.path, readonly=True) as ro:
        assert ids(ro.search("Vienna")) == ["council"]


def test_store_search_on_closed_store_raises_store_error(tmp_path: Path) -> None:
    s = Store.open(tmp_path / "x.db")
    s.close()
    with pytest.raises(StoreError):
        s.search("NATO")
