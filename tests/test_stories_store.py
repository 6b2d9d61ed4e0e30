"""The stories step over a store: online across runs, idempotent, copies, reconciliation and CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.extract.story_features import features_from_text
from newsgraph.store import Store
from newsgraph.stories import update_stories
from newsgraph.types import Article, Event, Figure, ProcessedArticle

T0 = datetime(2021, 12, 3, 8, tzinfo=UTC)
TROOPS = (
    "US intelligence says Russia is planning a multi-front offensive against Ukraine involving "
    "as many as 175,000 troops, with Moscow massing battalions near the border while the "
    "Kremlin denies any plan to invade and demands guarantees that NATO will not expand east."
)
TROOPS_OWN = (
    "Ukraine says Russia has massed up to 100,000 troops near its border and the Kremlin "
    "demands guarantees from NATO, while US intelligence warns of an offensive against "
    "Ukraine early next year that Moscow denies planning."
)
TENNIS = (
    "Rafael Nadal won the Australian Open final in Melbourne after five sets against Daniil "
    "Medvedev, taking a record 21st major title and beating his rivals in the race for slams."
)


def _processed(
    aid: str,
    text: str,
    outlet: str,
    hours: float,
    *,
    figures: tuple[tuple[str, float, float | None, float | None], ...] = (),
    events: tuple[Event, ...] = (),
    entities: tuple[str, ...] = ("Russia", "Ukraine"),
) -> ProcessedArticle:
    published = T0 + timedelta(hours=hours)
    article = Article(id=aid, text=text, outlet=outlet, published=published, title="")
    found = tuple(
        Figure(
            aid, text.index(t), text.index(t) + len(t), 0, t, n, low, high, "", "troop", "troops"
        )
        for t, n, low, high in figures
    )
    features = features_from_text(
        aid, text, outlet=outlet, published=published, entities=list(entities)
    )
    return ProcessedArticle(
        article=article,
        n_tokens=len(text.split()),
        n_sents=1,
        figures=found,
        events=events,
        story_features=(features,),
        extractors=("figures.v1", "story_features.v1"),
    )


def _event(aid: str, text: str) -> Event:
    return Event(
        article_id=aid,
        start=0,
        end=10,
        sentence=0,
        text=text[:10],
        predicate="mass",
        type="MOBILIZE",
        actors=("RUS",),
        recipients=("UKR",),
        date="2021-12-03",
    )


FIRST_RUN = [
    _processed(
        "wire",
        TROOPS,
        "Capital Wire",
        0,
        figures=(("175,000 troops", 175000, None, 175000),),
        events=(_event("wire", TROOPS),),
    ),
    _processed(
        "copy",
        TROOPS,
        "Daily Bulletin",
        5,
        figures=(("175,000 troops", 175000, None, 175000),),
        events=(_event("copy", TROOPS),),
    ),
    _processed("tennis", TENNIS, "Harbor Times", 6, entities=("Rafael Nadal", "Melbourne")),
]
SECOND_RUN = [
    _processed(
        "own",
        TROOPS_OWN,
        "Harbor Times",
        20,
        figures=(("100,000 troops", 100000, None, 100000),),
        events=(_event("own", TROOPS_OWN),),
    ),
]


def _column(store: Store, sql: str) -> list[tuple]:
    return store.read(lambda c: [tuple(r) for r in c.execute(sql).fetchall()])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        store.write_batch(FIRST_RUN)
        update_stories(store)
    return path


def test_stories_copy_links_to_its_original_and_joins_its_story(db: Path) -> None:
    with Store.open(db) as store:
        rows = dict(_column(store, "SELECT id, near_dup_of FROM articles"))
        stories = dict(_column(store, "SELECT id, story_id FROM articles"))
    assert rows == {"wire": None, "copy": "wire", "tennis": None}
    assert stories["wire"] == stories["copy"] is not None
    assert stories["tennis"] is None  # a one-article story gets no stories row


def test_stories_a_copy_adds_no_independent_source(db: Path) -> None:
    with Store.open(db) as store:
        [story] = _column(store, "SELECT n_articles, n_outlets, n_sources FROM stories")
        [cluster] = _column(store, "SELECT n_reports, n_articles, n_sources FROM event_clusters")
    assert story == (2, 2, 1)
    assert cluster == (2, 2, 1)


def test_stories_a_later_run_adds_articles_to_the_existing_story_online(db: Path) -> None:
    with Store.open(db) as store:
        [(before,)] = _column(store, "SELECT id FROM stories")
        store.write_batch(SECOND_RUN)
        done = update_stories(store)
        stories = _column(store, "SELECT id, n_articles, n_sources FROM stories")
        flagged = _column(store, "SELECT measures, disagreement, n_sources FROM figure_groups")
    assert (done.articles, done.rebuilt) == (1, False)  # only the new article was taken
    assert stories == [(before, 3, 2)]
    assert flagged == [("troops", 1, 2)]  # 175,000 vs up to 100,000, from two sources


def test_stories_update_is_idempotent(db: Path) -> None:
    with Store.open(db) as store:
        before = _column(store, "SELECT * FROM stories")
        done = update_stories(store)
        after = _column(store, "SELECT * FROM stories")
    assert done.articles == 0
    assert before == after


def test_stories_quotes_of_one_statement_form_one_cluster(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    insert = (
        'INSERT INTO quotes (article_id, start, "end", sentence, kind, speaker_text, content,'
        " content_start, content_end) VALUES (?, 0, 10, 0, ?, ?, ?, 0, 10)"
    )
    with Store.open(path) as store:
        store.write_batch(FIRST_RUN[:1] + SECOND_RUN)
        store.write(
            lambda c: c.executemany(
                insert,
                [
                    ("wire", "direct", "Dmitry Peskov", "Russia threatens nobody and never has"),
                    ("own", "indirect", "Peskov", "Russia had never threatened anybody"),
                    ("own", "direct", "Peskov", "The border is our own business"),
                ],
            )
        )
        update_stories(store)
        clusters = _column(store, "SELECT n_quotes, n_articles FROM quote_clusters ORDER BY id")
        linked = _column(store, "SELECT count(*) FROM quotes WHERE cluster_id IS NOT NULL")
    assert clusters == [(2, 2), (1, 1)]
    assert linked == [(3,)]


def test_stories_cli_lists_and_shows_a_story_with_its_disagreement(db: Path) -> None:
    with Store.open(db) as store:
        store.write_batch(SECOND_RUN)
        update_stories(store)
    runner = CliRunner()
    listed = runner.invoke(app, ["stories", "--db", str(db), "--json"])
    assert listed.exit_code == 0, listed.output
    [story] = [json.loads(line) for line in listed.output.splitlines()]
    shown = runner.invoke(app, ["story", story["id"], "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert "DISAGREE troops" in shown.output
    assert "Capital Wire" in shown.output and "Harbor Times" in shown.output
    missing = runner.invoke(app, ["story", "s-nothing", "--db", str(db)])
    assert missing.exit_code == 1
