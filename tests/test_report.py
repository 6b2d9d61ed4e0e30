"""Specifications of the story briefing: summary, highlights, charts, story data, static report."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.report import charts, data, write_report
from newsgraph.report.highlight import Span, highlight
from newsgraph.report.model import IntensitySeries, NetworkEdge
from newsgraph.report.render import page_name
from newsgraph.report.summary import Candidate, split_sentences, summarise
from newsgraph.store import Store
from newsgraph.types import Article
from tests import briefing_fixture as fx


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fx.build(tmp_path_factory.mktemp("briefing") / "fixture.db")


@pytest.fixture(scope="module")
def story(fixture_db: Path):
    with Store.open(fixture_db, readonly=True) as store:
        return data.load_story(store, fx.STORY_ID)


# -- sentences and summary -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Talks open. They end.", ["Talks open.", "They end."]),
        ("Mr. Lavrov spoke. Gen. Milley too.", ["Mr. Lavrov spoke.", "Gen. Milley too."]),
        ("The U.S. Army left. Then NATO came.", ["The U.S. Army left.", "Then NATO came."]),
        ("J. Doe said so. Fine.", ["J. Doe said so.", "Fine."]),
        ('"We will go," he said. Then he went.', ['"We will go," he said.', "Then he went."]),
        (
            "Headline without stop\n\nBody starts here.",
            ["Headline without stop", "Body starts here."],
        ),
        ("Troops left the EU. Then", ["Troops left the EU.", "Then"]),
        ("It cost 3.5 million. Yes!  No?", ["It cost 3.5 million.", "Yes!", "No?"]),
    ],
)
def test_summary_split_sentences_keeps_abbreviations_and_breaks_lines(text, sentences) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


def _cand(outlet: str, text: str, pos: int = 0, published: str = "2021-12-03") -> Candidate:
    return Candidate(f"{outlet}:{pos}", outlet, text, (published, pos), pos)


def test_summary_prefers_the_sentence_other_outlets_also_report() -> None:
    candidates = [
        _cand("A", "The weather in the capital was mild and sunny all week long.", 0),
        _cand("A", "Russia has massed troops near the border with Ukraine, officials said.", 1),
        _cand("B", "Officials said Russia has massed troops near the Ukrainian border.", 0),
        _cand("C", "Russia massed troops near the border with Ukraine, according to officials.", 0),
    ]
    picks = summarise(candidates, 1)
    assert len(picks) == 1
    assert "troops" in picks[0].candidate.text
    assert set(picks[0].also_in) == {"A", "B", "C"} - {picks[0].candidate.outlet}


def test_summary_skips_near_repeats_and_keeps_reading_order() -> None:
    candidates = [
        _cand("A", "NATO and Russia will meet in Brussels on January 12 for talks.", 0),
        _cand("B", "NATO and Russia will meet in Brussels on January 12 for the talks.", 0),
        _cand("B", "Russia has massed as many as 175,000 troops near Ukraine, officials say.", 1),
        _cand("A", "Officials say Russia has massed as many as 175,000 troops near Ukraine.", 1),
    ]
    picks = summarise(candidates, 3)
    texts = [p.candidate.text for p in picks]
    assert sum("Brussels" in t for t in texts) == 1
    assert sum("175,000" in t for t in texts) == 1
    assert [p.candidate.order for p in picks] == sorted(p.candidate.order for p in picks)


def test_summary_of_nothing_is_empty() -> None:
    assert summarise([], 3) == []
    assert summarise([_cand("A", "Too short.")], 3) == []


def test_story_summary_leaves_copies_out_and_links_sentences(story) -> None:
    assert story.summary
    assert all(s.evidence.article_id != "copy" for s in story.summary)
    for s in story.summary:
        assert s.evidence.anchor.startswith("s-")
        start = int(s.evidence.anchor[2:])
        text = {a.id: a.text for a in fx.ARTICLES}[s.evidence.article_id]
        assert text[start:].startswith(s.text)


# -- highlighting ----------------------------------------------------------------------------------


class _Balance(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.ok = True
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.depth += 1

    def handle_endtag(self, tag) -> None:
        self.depth -= 1
        self.ok = self.ok and self.depth >= 0

    def handle_data(self, d) -> None:
        self.text.append(d)


def _parse(html: str) -> _Balance:
    parser = _Balance()
    parser.feed(html)
    parser.close()
    return parser


def test_highlight_nests_spans_and_keeps_the_text() -> None:
    text = "Lavrov said talks begin on January 12 in Brussels."
    html = str(
        highlight(
            text,
            [
                Span(0, len(text), "sent", "s-0"),
                Span(0, 49, "quote", "quote-1"),
                Span(27, 37, "timex", "timex-1", "DATE 2022-01-12"),
            ],
        )
    )
    parsed = _parse(html)
    assert parsed.ok and parsed.depth == 0
    assert "".join(parsed.text) == text
    assert (
        '<span class="hl hl-timex" id="timex-1" title="DATE 2022-01-12">January 12</span>' in html
    )


def test_highlight_overlapping_spans_stay_well_formed_with_one_id_each() -> None:
    text = "abcdefghij"
    html = str(highlight(text, [Span(0, 6, "quote", "q"), Span(3, 9, "event", "e")]))
    parsed = _parse(html)
    assert parsed.ok and parsed.depth == 0
    assert "".join(parsed.text) == text
    assert html.count('id="q"') == 1 and html.count('id="e"') == 1


@pytest.mark.parametrize(
    "span",
    [Span(-5, 3, "quote"), Span(5, 500, "quote"), Span(4, 4, "quote"), Span(50, 60, "quote")],
)
def test_highlight_clips_or_drops_spans_outside_the_text(span) -> None:
    html = str(highlight("0123456789", [span]))
    assert "".join(_parse(html).text) == "0123456789"


def test_highlight_escapes_text_titles_and_unsafe_ids() -> None:
    html = str(
        highlight(
            "<script>x</script>",
            [Span(0, 8, "quote", 'q" onclick="x', '"><img src=x onerror=alert(1)>')],
        )
    )
    assert "<script>" not in html and "<img" not in html and "onclick" not in html
    assert "&lt;script&gt;" in html


# -- charts ----------------------------------------------------------------------------------------


def test_intensity_chart_draws_a_line_per_pair_and_escapes_names() -> None:
    svg = str(
        charts.intensity_chart(
            [
                IntensitySeries(
                    "Russia", "Ukraine", (("2021-12-02", -9.0), ("2021-12-03", -6.0)), 2
                ),
                IntensitySeries("<b>x</b>", "NATO", (("2021-12-05", 3.0),), 1),
            ]
        )
    )
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert svg.count("<polyline") == 2  # each series spans the chart's days
    assert "<b>" not in svg and "&lt;b&gt;x&lt;/b&gt;" in svg
    assert "style=" not in svg and "<script" not in svg


def test_charts_are_empty_without_data() -> None:
    assert charts.intensity_chart([]) == ""
    assert charts.actor_network([]) == ""


def test_actor_network_colours_conflict_and_cooperation() -> None:
    svg = str(
        charts.actor_network(
            [NetworkEdge("Russia", "Ukraine", 3, -7.5), NetworkEdge("NATO", "Russia", 1, 2.0)]
        )
    )
    assert svg.count("<circle") == 3
    assert 'marker-end="url(#arrow-c)"' in svg and 'marker-end="url(#arrow-p)"' in svg


# -- story data ------------------------------------------------------------------------------------


def test_story_timeline_keeps_past_scheduled_and_denied_apart(story) -> None:
    assert [e.plover_type for e in story.past] == ["ASSAULT", "MOBILIZE", "AGREE", "MOBILIZE"]
    assert [e.date for e in story.past] == sorted(e.date for e in story.past)
    (council,) = story.scheduled
    assert (council.date, council.cluster_id, council.outlets) == (
        "2022-01-12",
        "council",
        ("Daily Example", "Example Wire"),
    )
    assert council.n_independent == 2
    assert {e.anchor for e in council.evidence} == {"event-1", "event-2"}
    assert [e.status for e in story.uncertain] == ["negated"]


def test_story_disagreement_shows_each_figure_with_its_outlets(story) -> None:
    (troops,) = story.disagreements
    assert troops.measures == "Russian troops near Ukraine"
    assert [(v.display, v.outlets) for v in troops.values] == [
        ("100,000", ("Daily Example",)),
        ("175,000", ("Example Wire", "Gazette", "Reprint Daily")),
    ]
    copy_evidence = [e for e in troops.values[1].evidence if e.article_id == "copy"]
    assert copy_evidence and copy_evidence[0].is_copy


def test_story_quotes_group_by_speaker_and_merge_the_same_words(story) -> None:
    stoltenberg = next(s for s in story.quotes if s.actor_id == "stoltenberg")
    ready = next(q for q in stoltenberg.quotes if "ready to talk" in q.content)
    assert ready.outlets == ("Daily Example", "Example Wire")
    assert len(stoltenberg.quotes) == 2


def test_story_sources_name_copies_and_citations(story) -> None:
    (copy,) = story.copies
    assert (copy.copy.id, copy.original.id) == ("copy", "wire")
    assert {(c.outlet, c.cited) for c in story.citations} == {
        ("Daily Example", "NDTV"),
        ("Example Wire", "Reuters"),
    }
    reprint = next(o for o in story.outlets if o.outlet == "Reprint Daily")
    assert reprint.n_copies == 1


def test_story_intensity_sums_each_event_once_per_day_for_the_main_pairs(story) -> None:
    russia = next(s for s in story.intensity if (s.actor, s.recipient) == ("Russia", "Ukraine"))
    assert russia.points == (("2021-12-02", -9.0), ("2021-12-03", -6.0))
    nato = next(e for e in story.network if (e.source, e.target) == ("NATO", "Russia"))
    assert nato.n_events == 2  # the agreement and the scheduled council (one cluster)


def test_story_actors_merge_unresolved_names_into_known_actors(story) -> None:
    names = [a.name for a in story.actors]
    assert names.count("NATO") == 1
    assert names[0] == "Russia"


def test_stories_without_a_stories_table_are_single_articles_with_their_copies(
    tmp_path: Path,
) -> None:
    day = datetime(2022, 1, 10, tzinfo=UTC)
    with Store.open(tmp_path / "plain.db") as store:
        store.add_articles(
            [
                Article(id="a", text="NATO and Russia meet in Geneva today.", published=day),
                Article(id="b", text="NATO and Russia meet in Geneva today!", published=day),
                Article(id="c", text="Another story entirely, about snow.", outlet="Post"),
            ]
        )
    import sqlite3

    conn = sqlite3.connect(tmp_path / "plain.db")
    with conn:
        conn.execute("UPDATE articles SET near_dup_of = 'a' WHERE id = 'b'")
    conn.close()
    with Store.open(tmp_path / "plain.db", readonly=True) as store:
        items, total = data.list_stories(store)
        assert total == 2
        assert {(i.id, i.n_articles, i.single) for i in items} == {
            ("article-a", 2, True),
            ("article-c", 1, True),
        }
        story = data.load_story(store, "article-a")
        assert [a.id for a in story.articles] == ["a", "b"]
        assert story.past == story.scheduled == story.quotes == ()
        assert story.counts["events"] == 0
        assert data.load_story(store, "article-b") is None  # a copy heads no story
        assert data.load_article(store, "b").story.id == "article-a"


def test_unknown_story_and_article_are_none(fixture_db: Path) -> None:
    with Store.open(fixture_db, readonly=True) as store:
        assert data.load_story(store, "no-such-story") is None
        assert data.load_story(store, "article-no-such") is None
        assert data.load_article(store, "no-such") is None


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://a.example/x", True),
        ("http://a.example", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//evil.example/x", False),
        ("/relative", False),
        ("", False),
        ("https://a.example/x\n<script>", False),
    ],
)
def test_safe_href_keeps_only_absolute_http_links(url: str, safe: bool) -> None:
    assert (data.safe_href(url) is not None) is safe


def test_page_names_are_plain_or_hashed() -> None:
    assert page_name("troops") == "troops"
    for weird in ("../x", "a/b", "a b", "x" * 200, "é"):
        name = page_name(weird)
        assert re.fullmatch(r"h-[0-9a-f]{20}", name)


# -- the static report -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report_dir(fixture_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    write_report(fixture_db, out)
    return out


def test_report_writes_an_index_a_page_per_story_and_the_articles(report_dir: Path) -> None:
    assert (report_dir / "index.html").is_file()
    assert sorted(p.name for p in (report_dir / "stories").iterdir()) == [
        "article-lone.html",
        "troops.html",
    ]
    assert sorted(p.stem for p in (report_dir / "articles").iterdir()) == sorted(
        a.id for a in fx.ARTICLES
    )


def _local_links(html: str) -> list[str]:
    return [
        h
        for h in re.findall(r'href="([^"]+)"', html)
        if not h.startswith(("http://", "https://", "#", "data:"))
    ]


def test_report_links_resolve_to_written_files(report_dir: Path) -> None:
    pages = [report_dir / "index.html", *report_dir.glob("*/*.html")]
    checked = 0
    for page in pages:
        for link in _local_links(page.read_text(encoding="utf-8")):
            target = (page.parent / link.split("#")[0]).resolve()
            assert target.is_file(), f"{page.name} links to missing {link}"
            checked += 1
    assert checked > 20


def test_report_story_page_has_every_section_with_evidence_links(report_dir: Path) -> None:
    html = (report_dir / "stories" / "troops.html").read_text(encoding="utf-8")
    for section in ("summary", "timeline", "intensity", "actors", "quotes", "disagreements"):
        assert f'id="{section}"' in html
    assert "../articles/wire.html#event-1" in html  # scheduled council, evidence sentence
    assert "100,000" in html and "175,000" in html
    assert "<svg" in html and "NDTV" in html


def test_report_pages_need_no_network_and_run_no_script(report_dir: Path) -> None:
    for page in [report_dir / "index.html", *report_dir.glob("*/*.html")]:
        html = page.read_text(encoding="utf-8")
        assert "<script" not in html  # article text shows as &lt;script&gt;
        assert not re.search(r"<[a-z]+ [^>]*src=", html)  # nothing loaded: no img, frame, script
        assert re.findall(r"<link [^>]*>", html) == ['<link rel="icon" href="data:,">']
        # The only outside links are the originals, opened without referrer.
        for tag in re.findall(r'<a [^>]*href="https?://[^>]*>', html):
            assert 'rel="noopener noreferrer nofollow"' in tag
        assert "default-src 'none'" in html


def test_report_is_deterministic(fixture_db: Path, report_dir: Path, tmp_path: Path) -> None:
    write_report(fixture_db, tmp_path)
    for page in [Path("index.html"), *(p.relative_to(report_dir) for p in report_dir.glob("*/*"))]:
        assert (tmp_path / page).read_bytes() == (report_dir / page).read_bytes(), page


def test_report_one_story_writes_only_its_pages(fixture_db: Path, tmp_path: Path) -> None:
    result = write_report(fixture_db, tmp_path, story_ids=["article-lone"])
    assert (result.n_stories, result.n_articles) == (1, 1)
    assert [p.name for p in (tmp_path / "stories").iterdir()] == ["article-lone.html"]


def test_report_unknown_story_says_how_to_list_them(fixture_db: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no story 'nope'.*--all"):
        write_report(fixture_db, tmp_path, story_ids=["nope"])


def test_report_story_without_extractions_says_so(tmp_path: Path) -> None:
    with Store.open(tmp_path / "bare.db") as store:
        store.add_articles(
            [Article(id="x", text="Only a short article about nothing much at all.")]
        )
    write_report(tmp_path / "bare.db", tmp_path / "out")
    html = (tmp_path / "out" / "stories" / "article-x.html").read_text(encoding="utf-8")
    assert "No events have been extracted for this story yet." in html
    assert "No quotes have been extracted" in html
    assert "No figures have been extracted" in html
