"""The Jinja2 environment the report and the web app share, and how each builds links.

Autoescape is on for every template and for strings: article text, titles, outlets and actor
names are untrusted, and nothing from the store is marked safe except markup built by
`highlight` and `charts`, which escape every piece themselves. Links to the original article
go through the `href` filter, which keeps only http(s) URLs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection
from importlib.resources import files
from typing import Any
from urllib.parse import quote

from jinja2 import BaseLoader, ChoiceLoader, Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .data import outlet_name, safe_href

__all__ = ["ReportLinks", "make_environment", "page_name", "stylesheet"]

_SAFE_NAME = re.compile(r"^[A-Za-z0-9_-]{1,80}$")


def page_name(item_id: str) -> str:
    """A file name for an id: the id itself when it is plain, else a hash of it.

    >>> page_name("troops"), page_name("../../etc/passwd")[:2]
    ('troops', 'h-')
    """
    if _SAFE_NAME.match(item_id):
        return item_id
    return "h-" + hashlib.sha256(item_id.encode("utf-8")).hexdigest()[:20]


def stylesheet() -> Markup:
    """The shared stylesheet (our own file, so it may be inlined as is)."""
    css = files("newsgraph.report").joinpath("static/style.css").read_text(encoding="utf-8")
    return Markup(css.replace("</", "<\\/"))


class ReportLinks:
    """Relative links between the files of a static report (works from file://).

    Pages that were not written (an article outside the chosen stories) get no link.
    """

    web = False

    def __init__(
        self, depth: int, story_ids: Collection[str], article_ids: Collection[str]
    ) -> None:
        self._prefix = "../" * depth
        self._stories = set(story_ids)
        self._articles = set(article_ids)

    def index(self) -> str:
        return self._prefix + "index.html"

    def story(self, story_id: str) -> str | None:
        if story_id not in self._stories:
            return None
        return f"{self._prefix}stories/{page_name(story_id)}.html"

    def article(self, article_id: str, anchor: str | None = None) -> str | None:
        if article_id not in self._articles:
            return None
        url = f"{self._prefix}articles/{page_name(article_id)}.html"
        return url + "#" + quote(anchor, safe="-_") if anchor else url


class WebLinks:
    """Links of the web app."""

    web = True

    def index(self) -> str:
        return "/"

    def story(self, story_id: str) -> str | None:
        return "/stories/" + quote(story_id, safe="")

    def article(self, article_id: str, anchor: str | None = None) -> str | None:
        url = "/articles/" + quote(article_id, safe="")
        return url + "#" + quote(anchor, safe="-_") if anchor else url


def _day(value: str | None) -> str:
    return value[:10] if value else "undated"


def _signed(value: float | None) -> str:
    return "" if value is None else f"{value:+.1f}"


def plural(n: int, word: str, plural: str | None = None) -> str:
    """ "1 report", "2 reports" ("1 copy", "2 copies" with `plural`)."""
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def make_environment(extra: BaseLoader | None = None) -> Environment:
    """The shared environment; `extra` (the web app's templates) is searched first."""
    loader: BaseLoader = PackageLoader("newsgraph.report", "templates")
    if extra is not None:
        loader = ChoiceLoader([extra, loader])
    env = Environment(
        loader=loader,
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    filters: dict[str, Any] = {
        "href": safe_href,
        "day": _day,
        "signed": _signed,
        "plural": plural,
        "outlet": outlet_name,
    }
    env.filters.update(filters)
    return env
