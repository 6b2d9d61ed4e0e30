"""A small store written by hand for the report, web and browser tests.

One story ("troops") with articles from three outlets, a copy of one of them, quotes, dated
events (past, scheduled, negated), a cluster reported by two outlets, figures that disagree
(175,000 against 100,000 troops) and citations; an article outside every story; and a hostile
article (script tags in text and title, a javascript: URL) inside the story.

Rows other than articles are inserted with plain SQL, as the extractors of other issues will
write them; offsets are computed from the texts so they always point at the right words.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from newsgraph.store import Store
from newsgraph.types import Article

STORY_ID = "troops"
XSS_TITLE = '"><img src=x onerror=alert(1)> <script>window.__xss=1;alert(1)</script>'
XSS_TEXT = (
    "Officials said <script>window.__xss=1;alert(1)</script> NATO will meet Russia. "
    '"><img src=x onerror="window.__xss=1;alert(1)"> More troops arrived near the border, '
    "officials said on Tuesday."
)
XSS_URL = "javascript:window.__xss=1;alert(1)"

WIRE = Article(
    id="wire",
    title="Russia masses troops near Ukraine",
    outlet="Example Wire",
    url="https://wire.example/troops",
    published=datetime(2021, 12, 3, 9, 0, tzinfo=UTC),
    text=(
        "Russia has massed as many as 175,000 troops near Ukraine's border, US intelligence "
        "officials said on Friday. NATO Secretary General Jens Stoltenberg said the alliance "
        'was ready to talk. "We will defend every inch of allied territory," Stoltenberg told '
        "reporters in Brussels.\n\nThe Russia-NATO Council will meet on January 12 in Brussels. "
        "Russian forces shelled positions near Donetsk on Thursday, according to Reuters."
    ),
)
DAILY = Article(
    id="daily",
    title="Moscow denies invasion plans as troops gather",
    outlet="Daily Example",
    url="https://daily.example/news/moscow-denies",
    published=datetime(2021, 12, 4, 12, 0, tzinfo=UTC),
    text=(
        "Russia has massed up to 100,000 troops near Ukraine's border, as per NDTV. Moscow "
        "denied any plan to invade and said the troops were on exercises. NATO Secretary "
        "General Jens Stoltenberg said the alliance was ready to talk with Russia. The "
        "Russia-NATO Council will meet on January 12 in Brussels, diplomats said."
    ),
)
GAZETTE = Article(
    id="gazette",
    title="NATO and Russia to meet in January",
    outlet="Gazette",
    url="http://gazette.example/nato-russia",
    published=datetime(2021, 12, 5, 8, 0, tzinfo=UTC),
    text=(
        "NATO and Russia agreed to hold talks in Brussels on January 12, officials said. "
        "Russia has massed as many as 175,000 troops near the border with Ukraine. Sergei "
        "Lavrov said Moscow expects security talks with the United States in January."
    ),
)
COPY = Article(
    id="copy",
    title="Russia masses troops near Ukraine (syndicated)",
    outlet="Reprint Daily",
    url="https://reprint.example/troops",
    published=datetime(2021, 12, 3, 15, 0, tzinfo=UTC),
    text=WIRE.text.replace("Friday", "Friday evening"),
)
HOSTILE = Article(
    id="hostile",
    title=XSS_TITLE,
    outlet='Evil <b onmouseover="window.__xss=1">Outlet</b>',
    url=XSS_URL,
    published=datetime(2021, 12, 6, 8, 0, tzinfo=UTC),
    text=XSS_TEXT,
)
LONE = Article(
    id="lone",
    title="Weather in Vienna",
    outlet="Alpine Post",
    url="https://alpine.example/weather",
    published=datetime(2021, 12, 7, 8, 0, tzinfo=UTC),
    text=(
        "Snow is expected in Vienna this weekend, forecasters said on Monday. "
        "Negotiations are expected in Vienna a day later, on January 13."
    ),
)
ARTICLES = [WIRE, DAILY, GAZETTE, COPY, HOSTILE, LONE]


def span(article: Article, words: str, occurrence: int = 0) -> tuple[int, int]:
    """(start, end) of the `occurrence`-th `words` in the article's text."""
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(words, start + 1)
    return start, start + len(words)


def build(path: Path) -> Path:
    """Write the fixture store at `path` and return it."""
    with Store.open(path) as store:
        store.add_articles(ARTICLES)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    with conn:
        _fill(conn)
    conn.close()
    return path


def _fill(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO stories (id, label, first_seen, last_seen, n_articles, n_outlets)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            STORY_ID,
            "Russian troop build-up near Ukraine",
            "2021-12-03T09:00:00Z",
            "2021-12-06T08:00:00Z",
            5,
            5,
        ),
    )
    for a in (WIRE, DAILY, GAZETTE, COPY, HOSTILE):
        conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (STORY_ID, a.id))
    conn.execute("UPDATE articles SET near_dup_of = 'wire' WHERE id = 'copy'")

    conn.executemany(
        "INSERT INTO actors (id, name, kind, country, sector) VALUES (?, ?, ?, ?, ?)",
        [
            ("RUS", "Russia", "country", "RUS", None),
            ("NATO", "NATO", "organisation", "NATO", None),
            ("UKR", "Ukraine", "country", "UKR", None),
            ("stoltenberg", "Jens Stoltenberg", "person", "NOR", "GOV"),
            ("lavrov", "Sergei Lavrov", "person", "RUS", "GOV"),
        ],
    )

    def mention(article: Article, words: str, label: str, actor: str | None, occ: int = 0):
        s, e = span(article, words, occ)
        conn.execute(
            'INSERT INTO mentions (article_id, start, "end", sentence, text, label, actor_id)'
            " VALUES (?, ?, ?, 0, ?, ?, ?)",
            (article.id, s, e, words, label, actor),
        )

    for article in (WIRE, DAILY, GAZETTE, COPY):
        mention(article, "Russia", "GPE", "RUS")
        mention(article, "NATO", "ORG", "NATO")
    mention(WIRE, "Jens Stoltenberg", "PERSON", "stoltenberg")
    mention(DAILY, "Jens Stoltenberg", "PERSON", "stoltenberg")
    mention(DAILY, "Moscow", "GPE", None)
    mention(GAZETTE, "Sergei Lavrov", "PERSON", "lavrov")
    mention(HOSTILE, "NATO", "ORG", None)

    def quote(article, whole, content, speaker, actor, cue, kind="direct", occ=0) -> None:
        s, e = span(article, whole, occ)
        cs, ce = span(article, content, occ)
        ss, se = span(article, speaker, occ) if speaker else (None, None)
        conn.execute(
            'INSERT INTO quotes (article_id, start, "end", sentence, kind, speaker_actor_id,'
            " speaker_text, speaker_start, speaker_end, cue, content, content_start,"
            " content_end, extractor) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'quotes.v1')",
            (article.id, s, e, kind, actor, speaker, ss, se, cue, content, cs, ce),
        )

    stolt_said = "Jens Stoltenberg said the alliance was ready to talk"
    quote(
        WIRE,
        stolt_said,
        "the alliance was ready to talk",
        "Jens Stoltenberg",
        "stoltenberg",
        "said",
        "indirect",
    )
    quote(
        DAILY,
        stolt_said,
        "the alliance was ready to talk",
        "Jens Stoltenberg",
        "stoltenberg",
        "said",
        "indirect",
    )
    quote(
        WIRE,
        '"We will defend every inch of allied territory," Stoltenberg told reporters',
        "We will defend every inch of allied territory,",
        "Stoltenberg",
        "stoltenberg",
        "told",
    )
    quote(
        GAZETTE,
        "Sergei Lavrov said Moscow expects security talks with the United States in January",
        "Moscow expects security talks with the United States in January",
        "Sergei Lavrov",
        "lavrov",
        "said",
        "indirect",
    )
    quote(
        HOSTILE,
        "Officials said <script>window.__xss=1;alert(1)</script> NATO will meet Russia",
        "<script>window.__xss=1;alert(1)</script> NATO will meet Russia",
        "Officials",
        None,
        "said",
        "indirect",
    )

    def timex(article, words, value, occ=0) -> int:
        s, e = span(article, words, occ)
        cur = conn.execute(
            'INSERT INTO timexes (article_id, start, "end", sentence, text, type, value, anchor,'
            " extractor) VALUES (?, ?, ?, 0, ?, 'DATE', ?, ?, 'timex.v1')",
            (article.id, s, e, words, value, article.published.date().isoformat()),
        )
        return int(cur.lastrowid)

    t_wire_jan12 = timex(WIRE, "January 12", "2022-01-12")
    timex(WIRE, "Thursday", "2021-12-02")
    t_daily_jan12 = timex(DAILY, "January 12", "2022-01-12")
    timex(GAZETTE, "January 12", "2022-01-12")
    timex(LONE, "January 13", "2022-01-13")

    conn.execute(
        "INSERT INTO event_clusters (id, story_id, label, plover_type, date, n_reports,"
        " n_sources) VALUES ('council', ?, 'Russia-NATO Council meets', 'CONSULT', '2022-01-12',"
        " 2, 2)",
        (STORY_ID,),
    )

    def event(article, words, ptype, status, date, actors, recipients, intensity, **kw) -> int:
        s, e = span(article, words)
        cur = conn.execute(
            'INSERT INTO events (article_id, start, "end", sentence, text, plover_type,'
            " plover_mode, cameo, intensity, date, timex_id, location, status, cluster_id,"
            " extractor) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'events.v1')",
            (
                article.id,
                s,
                e,
                words,
                ptype,
                kw.get("mode"),
                kw.get("cameo"),
                intensity,
                date,
                kw.get("timex_id"),
                kw.get("location"),
                status,
                kw.get("cluster"),
            ),
        )
        event_id = int(cur.lastrowid)
        for role, names in (("actor", actors), ("recipient", recipients)):
            for ord_, code in enumerate(names):
                conn.execute(
                    "INSERT INTO event_participants (event_id, role, ord, code, actor_id, text)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        event_id,
                        role,
                        ord_,
                        code,
                        code if code in ("RUS", "NATO", "UKR") else None,
                        code,
                    ),
                )
        return event_id

    council = "The Russia-NATO Council will meet on January 12 in Brussels"
    event(
        WIRE,
        council,
        "CONSULT",
        "future",
        "2022-01-12",
        ["NATO"],
        ["RUS"],
        1.0,
        cameo="040",
        timex_id=t_wire_jan12,
        location="Brussels",
        cluster="council",
    )
    event(
        DAILY,
        council,
        "CONSULT",
        "future",
        "2022-01-12",
        ["NATO"],
        ["RUS"],
        1.0,
        cameo="040",
        timex_id=t_daily_jan12,
        location="Brussels",
        cluster="council",
    )
    event(
        WIRE,
        "Russian forces shelled positions near Donetsk on Thursday",
        "ASSAULT",
        "reported",
        "2021-12-02",
        ["RUS"],
        ["UKR"],
        -9.0,
        cameo="195",
        mode="explosion",
    )
    event(
        DAILY,
        "Moscow denied any plan to invade",
        "REJECT",
        "negated",
        None,
        ["RUS"],
        ["UKR"],
        -4.0,
        cameo="12",
    )
    event(
        GAZETTE,
        "NATO and Russia agreed to hold talks in Brussels on January 12",
        "AGREE",
        "reported",
        "2021-12-05",
        ["NATO"],
        ["RUS"],
        3.0,
        cameo="057",
    )
    event(
        WIRE,
        "Russia has massed as many as 175,000 troops near Ukraine's border",
        "MOBILIZE",
        "reported",
        "2021-12-03",
        ["RUS"],
        ["UKR"],
        -6.0,
        cameo="15",
    )
    event(
        HOSTILE,
        "More troops arrived near the border",
        "MOBILIZE",
        "reported",
        "2021-12-06",
        ["<script>window.__xss=1</script>"],
        ["UKR"],
        -2.0,
    )

    def figure(article, words, value, unit, measures, qualifier=None, group="troops") -> None:
        s, e = span(article, words)
        conn.execute(
            'INSERT INTO figures (article_id, start, "end", sentence, text, value, qualifier,'
            " unit, measures, group_id, extractor) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?,"
            " 'figures.v1')",
            (article.id, s, e, words, value, qualifier, unit, measures, group),
        )

    figure(
        WIRE,
        "as many as 175,000 troops",
        175000,
        "troops",
        "Russian troops near Ukraine",
        "as many as",
    )
    figure(
        COPY,
        "as many as 175,000 troops",
        175000,
        "troops",
        "Russian troops near Ukraine",
        "as many as",
    )
    figure(DAILY, "up to 100,000 troops", 100000, "troops", "Russian troops near Ukraine", "up to")
    figure(
        GAZETTE,
        "as many as 175,000 troops",
        175000,
        "troops",
        "Russian troops near Ukraine",
        "as many as",
    )

    def citation(article, words, cited) -> None:
        s, e = span(article, words)
        conn.execute(
            'INSERT INTO citations (article_id, start, "end", sentence, text, cited_outlet, cue,'
            " extractor) VALUES (?, ?, ?, 0, ?, ?, ?, 'citations.v1')",
            (article.id, s, e, words, cited, words.split()[0]),
        )

    citation(DAILY, "as per NDTV", "NDTV")
    citation(WIRE, "according to Reuters", "Reuters")

    def scheduled(article, sentence, words, date, first, last, place) -> None:
        s, e = span(article, sentence)
        conn.execute(
            'INSERT INTO calendar (article_id, start, "end", sentence, date, date_first,'
            " date_last, timex_text, kind, predicate, place, description, extractor)"
            " VALUES (?, ?, ?, 0, ?, ?, ?, ?, 'meeting', 'meet', ?, ?, 'schedule.v1')",
            (article.id, s, e, date, first, last, words, place, sentence),
        )

    council = "The Russia-NATO Council will meet on January 12 in Brussels."
    scheduled(WIRE, council, "January 12", "2022-01-12", "2022-01-12", "2022-01-12", "Brussels")
    scheduled(
        DAILY,
        council.removesuffix(".") + ", diplomats said.",
        "January 12",
        "2022-01-12",
        "2022-01-12",
        "2022-01-12",
        "Brussels",
    )
    scheduled(
        LONE,
        "Negotiations are expected in Vienna a day later, on January 13.",
        "January 13",
        "2022-01-13",
        "2022-01-13",
        "2022-01-13",
        "Vienna",
    )
    hostile = XSS_TEXT.split(". ")[0] + "."
    scheduled(HOSTILE, hostile, "Tuesday", "2021-12-07", "2021-12-07", "2021-12-07", None)
