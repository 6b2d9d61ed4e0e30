"""`newsgraph report`: a static HTML briefing that works from file:// with no network.

    out/
      index.html                the stories, latest first
      stories/<story>.html      a page per story
      articles/<article>.html   each article of those stories, its quotes, events and dates
                                highlighted (the targets of every evidence link)

Pages hold no script at all (a Content-Security-Policy meta tag forbids them), inline their
stylesheet and draw charts as inline SVG. Output depends only on the store: no clock, and files
are written in a fixed order, so two runs over the same store give the same bytes.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError, StoreError
from ..store import Store
from . import charts, data
from .model import StoryBriefing, StoryListItem
from .render import ReportLinks, make_environment, page_name, stylesheet

__all__ = ["ReportResult", "write_report"]

log = logging.getLogger(__name__)

#: Stories read per query while listing them all.
_LIST_PAGE = data.MAX_PAGE_SIZE


@dataclass(frozen=True, slots=True)
class ReportResult:
    index: Path
    n_stories: int
    n_articles: int


def _all_story_ids(store: Store) -> list[str]:
    ids: list[str] = []
    offset = 0
    while True:
        items, total = data.list_stories(store, _LIST_PAGE, offset)
        ids += [s.id for s in items]
        offset += len(items)
        if not items or offset >= total:
            return ids


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    part.write_text(text, encoding="utf-8")
    os.replace(part, path)


def write_report(
    db_path: Path, out_dir: Path, *, story_ids: Sequence[str] | None = None
) -> ReportResult:
    """Write the briefing of `story_ids` (all stories when None) from `db_path` to `out_dir`.

    Raises `InputError` for an unknown story id and `StoreError` when the store cannot be read.
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"{out_dir} is a file; pass a folder for --out")
    env = make_environment()
    css = stylesheet()
    with Store.open(db_path, readonly=True) as store:
        wanted = list(story_ids) if story_ids is not None else _all_story_ids(store)
        stories = []
        for story_id in dict.fromkeys(wanted):
            story = data.load_story(store, story_id)
            if story is None:
                raise InputError(
                    f"no story {story_id!r} in {db_path}; run `newsgraph report --all` to list "
                    "every story, or see the index of the web app (`newsgraph serve`)"
                )
            stories.append(story)
        article_ids = sorted({a.id for s in stories for a in s.articles})
        pages = []
        for article_id in article_ids:
            page = data.load_article(store, article_id)
            if page is None:  # deleted while we read: the store is read-only, so never
                raise StoreError(f"article {article_id} vanished from {db_path} during the report")
            pages.append(page)

    story_set = {s.id for s in stories}
    common: dict[str, Any] = {"css": css, "source_name": db_path.name}
    index_links = ReportLinks(0, story_set, article_ids)
    items = [_list_item(s) for s in stories]
    index = env.get_template("index.html").render(
        layout="layout_report.html",
        links=index_links,
        stories=items,
        total=len(items),
        offset=0,
        **common,
    )
    _write(out_dir / "index.html", index)

    links = ReportLinks(1, story_set, article_ids)
    story_tpl = env.get_template("story.html")
    for story in stories:
        html = story_tpl.render(
            layout="layout_report.html",
            links=links,
            story=story,
            intensity_svg=charts.intensity_chart(story.intensity),
            network_svg=charts.actor_network(story.network),
            **common,
        )
        _write(out_dir / "stories" / f"{page_name(story.id)}.html", html)

    article_tpl = env.get_template("article.html")
    for page in pages:
        html = article_tpl.render(layout="layout_report.html", links=links, page=page, **common)
        _write(out_dir / "articles" / f"{page_name(page.article.id)}.html", html)

    log.info("report: %d stories, %d articles in %s", len(stories), len(pages), out_dir)
    return ReportResult(index=out_dir / "index.html", n_stories=len(stories), n_articles=len(pages))


def _list_item(story: StoryBriefing) -> StoryListItem:
    return StoryListItem(
        id=story.id,
        label=story.label,
        first_seen=story.first_seen,
        last_seen=story.last_seen,
        n_articles=len(story.articles),
        n_outlets=len(story.outlets),
        single=story.single,
    )
