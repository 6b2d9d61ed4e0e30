"""Time expressions, calendar entries and the dating of events and quotes (issue 4).

Kept apart from `_store.py` and `queries.py` so these tables have one home: `Store` calls
`write_timexes` inside its batch transaction before the article's events and quotes are
written, with the dates its `ClauseDater` gives them (the dates `replace_timexes` gives rows
already written, a SELECT and an UPDATE later), and `select_calendar` for `newsgraph calendar`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from typing import Any

from ..extract.schedule import value_range
from ..extract.timex import value_precision
from ..types import ScheduledItem, Timex
from .queries import insert_numbered, insert_rows

__all__ = [
    "ClauseDater",
    "clause_date",
    "group_calendar",
    "select_article_names",
    "replace_timexes",
    "write_timexes",
    "select_calendar",
]

# Names that tell which meeting a sentence means: bodies, events, buildings, treaties (not
# places, which are venues, nor people, who attend many meetings).
MEETING_NAME_LABELS = frozenset({"ORG", "EVENT", "FAC", "LAW"})

_INSERT_TIMEX = """
INSERT INTO timexes (id, article_id, start, "end", sentence, text, type, value, anchor,
                     extractor, anchor_kind, resolved, mod)
VALUES (:id, :article_id, :start, :end, :sentence, :text, :type, :value, :anchor,
        :extractor, :anchor_kind, :resolved, :mod)
"""

_INSERT_CALENDAR = """
INSERT INTO calendar (article_id, start, "end", sentence, date, date_first, date_last,
                      timex_text, kind, predicate, place, description, extractor)
VALUES (:article_id, :start, :end, :sentence, :date, :date_first, :date_last,
        :timex_text, :kind, :predicate, :place, :description, :extractor)
"""


def clause_date(
    timexes: Sequence[Timex], start: int, end: int, published: date | None
) -> tuple[int | None, str | None, str | None, str | None]:
    """The date of a clause [start, end): (index into `timexes`, value, precision, source).

    The first resolved DATE/TIME expression inside the span gives the date (a TIME counts at
    day precision) and source 'timex'; otherwise the publication date at day precision with
    source 'publication'; with neither, all None. "PRESENT_REF" and other values that name
    no calendar date are skipped.
    """
    return _clause_date(_datable(timexes), start, end, published)


def _datable(timexes: Sequence[Timex]) -> list[tuple[int, Timex, str]]:
    """(index, timex, precision) of the expressions that can date a clause, in text order."""
    order = sorted(range(len(timexes)), key=lambda i: (timexes[i].start, timexes[i].end))
    found = []
    for i in order:
        t = timexes[i]
        if t.type not in ("DATE", "TIME") or not t.resolved:
            continue
        precision = value_precision(t.value)
        if precision is not None:
            found.append((i, t, precision))
    return found


def _clause_date(
    datable: Sequence[tuple[int, Timex, str]], start: int, end: int, published: date | None
) -> tuple[int | None, str | None, str | None, str | None]:
    for i, t, precision in datable:
        if t.start < start or t.end > end:
            continue
        if precision == "time":
            return i, t.value[:10], "day", "timex"
        return i, t.value, precision, "timex"
    if published is not None:
        return None, published.isoformat(), "day", "publication"
    return None, None, None, None


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", (table,))}


def _date_rows(
    conn: sqlite3.Connection,
    table: str,
    article_id: str,
    timexes: Sequence[Timex],
    ids: Sequence[int],
    published: date | None,
) -> None:
    """Give every event or quote row of the article its clause date (see `clause_date`)."""
    has_precision = "date_precision" in _columns(conn, table)
    rows = conn.execute(
        f'SELECT id, start, "end" FROM {table} WHERE article_id = ?',  # noqa: S608 (fixed names)
        (article_id,),
    ).fetchall()
    datable = _datable(timexes)
    updates = []
    for row_id, start, end in rows:
        index, value, precision, source = _clause_date(datable, start, end, published)
        updates.append(
            {
                "id": row_id,
                "date": value,
                "source": source,
                "timex_id": None if index is None else ids[index],
                "precision": precision,
            }
        )
    extra = ", date_precision = :precision" if has_precision else ""
    conn.executemany(
        f"UPDATE {table} SET date = :date, date_source = :source, "  # noqa: S608
        f"timex_id = :timex_id{extra} WHERE id = :id",
        updates,
    )


def replace_timexes(
    conn: sqlite3.Connection,
    article_id: str,
    published: date | None,
    timexes: Sequence[Timex],
    schedule: Sequence[ScheduledItem],
    timex_extractor: str = "",
    schedule_extractor: str = "",
) -> None:
    """Replace an article's time expressions and calendar entries, then date its events and
    quotes. Call it after the article's events and quotes are written (`Store.write_batch`
    writes the time expressions first and dates the rows as they are written instead)."""
    dater = write_timexes(
        conn, article_id, published, timexes, schedule, timex_extractor, schedule_extractor
    )
    for table in ("events", "quotes"):
        _date_rows(conn, table, article_id, dater.ordered, dater.ids, published)


class ClauseDater:
    """The dates `replace_timexes` gives the event and quote rows of one article, for rows
    written after the article's time expressions (`write_timexes`)."""

    def __init__(self, ordered: list[Timex], ids: list[int], published: date | None) -> None:
        self.ordered = ordered
        self.ids = ids
        self.published = published
        self._datable = _datable(ordered)

    def columns(
        self, start: int, end: int
    ) -> tuple[str | None, str | None, int | None, str | None]:
        """(date, date_source, timex_id, date_precision) of the row spanning [start, end)."""
        index, value, precision, source = _clause_date(self._datable, start, end, self.published)
        return value, source, None if index is None else self.ids[index], precision


def write_timexes(
    conn: sqlite3.Connection,
    article_id: str,
    published: date | None,
    timexes: Sequence[Timex],
    schedule: Sequence[ScheduledItem],
    timex_extractor: str = "",
    schedule_extractor: str = "",
) -> ClauseDater:
    """Replace an article's time expressions and calendar entries (not dating anything);
    returns what dates its event and quote rows, which `replace_timexes` would give them."""
    conn.execute("DELETE FROM timexes WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM calendar WHERE article_id = ?", (article_id,))
    ordered = sorted(timexes, key=lambda t: (t.start, t.end, t.type, t.value))
    anchor = published.isoformat() if published else None
    rows = [
        {
            "article_id": article_id,
            "start": t.start,
            "end": t.end,
            "sentence": t.sentence,
            "text": t.text,
            "type": t.type,
            "value": t.value or None,
            # the date a publication-anchored value was resolved against
            "anchor": anchor if t.anchor == "publication" else None,
            "extractor": timex_extractor,
            "anchor_kind": t.anchor,
            "resolved": int(t.resolved),
            "mod": t.mod or None,
        }
        for t in ordered
    ]
    ids = insert_numbered(conn, "timexes", _INSERT_TIMEX, rows) if rows else []
    calendar = []
    for item in sorted(schedule, key=lambda s: (s.start, s.date, s.timex_text)):
        span = value_range(item.date)
        calendar.append(
            {
                "article_id": article_id,
                "start": item.start,
                "end": item.end,
                "sentence": item.sentence,
                "date": item.date,
                "date_first": span[0].isoformat() if span else None,
                "date_last": span[1].isoformat() if span else None,
                "timex_text": item.timex_text,
                "kind": item.kind,
                "predicate": item.predicate,
                "place": item.place or None,
                "description": item.description,
                "extractor": schedule_extractor,
            }
        )
    insert_rows(conn, _INSERT_CALENDAR, calendar)
    return ClauseDater(ordered, ids, published)


def select_calendar(
    conn: sqlite3.Connection,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 200,
) -> list[sqlite3.Row]:
    """Calendar entries by date, with the article that reported them.

    An entry is listed when the days it covers reach `date_from` or later and start on or
    before `date_to` ('2022-01' as a bound covers the whole month). Entries whose date is not
    a calendar range (e.g. 'FUTURE_REF') are not listed.
    """
    where = ["c.date_first IS NOT NULL"]
    labels = json.dumps(sorted(MEETING_NAME_LABELS))
    params: dict[str, Any] = {"limit": int(limit), "labels": labels}
    if date_from:
        where.append("c.date_last >= :date_from")
        params["date_from"] = date_from
    if date_to:
        where.append("c.date_first <= :date_to || '~'")  # '~' sorts after any date suffix
        params["date_to"] = date_to
    sql = (
        "SELECT c.*, a.outlet AS outlet, a.title AS title, a.url AS url, "
        "a.published AS published, a.story_id AS story_id, a.near_dup_of AS near_dup_of, "
        # the bodies and events its sentence names ("NATO-Russia Council"), one a line
        "(SELECT group_concat(m.text, char(10)) FROM mentions m WHERE m.article_id = c.article_id"
        ' AND m.start >= c.start AND m."end" <= c."end"'
        " AND m.label IN (SELECT value FROM json_each(:labels))) AS names "
        "FROM calendar c JOIN articles a ON a.id = c.article_id "
        "WHERE " + " AND ".join(where) + " ORDER BY c.date_first, c.date_last, a.pk, c.start "
        "LIMIT :limit"
    )
    return list(conn.execute(sql, params))


def select_article_names(
    conn: sqlite3.Connection, article_ids: Collection[str]
) -> dict[str, set[str]]:
    """The names (`MEETING_NAME_LABELS`) each article's text holds, for `group_calendar`."""
    names: dict[str, set[str]] = {}
    ids = sorted(set(article_ids))
    labels = sorted(MEETING_NAME_LABELS)
    for i in range(0, len(ids), 500):  # SQLite caps the parameters of one statement
        chunk = ids[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT DISTINCT article_id, text FROM mentions WHERE article_id IN ({marks})"
            f" AND label IN ({', '.join('?' * len(labels))})",
            (*chunk, *labels),
        )
        for article_id, text in rows:
            names.setdefault(article_id, set()).add(text)
    return names


def group_calendar(
    entries: Sequence[dict[str, Any]], article_names: Mapping[str, Collection[str]] | None = None
) -> list[list[dict[str, Any]]]:
    """Entries (in date order) grouped by (date, kind, place): one meeting, all its reports.

    An entry without a place joins the one meeting of its date and kind that has a place and
    either a report from the same story ("A NATO-Russia Council meeting is set for January 12"
    beside "... on January 12 in Brussels") or a report whose article names a body or event
    that the entry's sentence names (`names`, one a line; `article_names` maps an article id
    to the names its text holds, any case): a crisis followed for weeks falls into several
    stories, and the late-December article announcing the Council meets the January one
    describing it. With no such meeting, or more than one, the entry is grouped only with
    placeless entries of its date, kind and story, since two "meetings on January 12" with no
    venue in unrelated stories may be different meetings. Within a group an article appears
    once; groups keep the order of their first entry.
    """
    article_names = article_names or {}

    def shares_a_name(entry: dict[str, Any], group: list[dict[str, Any]]) -> bool:
        names = {n.casefold() for n in (entry.get("names") or "").split("\n") if n}
        return bool(names) and any(
            names & {n.casefold() for n in article_names.get(e["article_id"], ())} for e in group
        )

    groups: list[list[dict[str, Any]]] = []
    index: dict[tuple[str, ...], int] = {}

    def add(key: tuple[str, ...], entry: dict[str, Any]) -> None:
        if key not in index:
            index[key] = len(groups)
            groups.append([entry])
        elif all(e["article_id"] != entry["article_id"] for e in groups[index[key]]):
            groups[index[key]].append(entry)

    placeless = []
    for entry in entries:
        if entry["place"]:
            add((entry["date"], entry["kind"], entry["place"]), entry)
        else:
            placeless.append(entry)
    for entry in placeless:
        story = entry.get("story_id")
        hosts = {
            key
            for key, k in index.items()
            if len(key) == 3
            and key[:2] == (entry["date"], entry["kind"])
            and (
                (story is not None and any(e.get("story_id") == story for e in groups[k]))
                or shares_a_name(entry, groups[k])
            )
        }
        if len(hosts) == 1:
            add(hosts.pop(), entry)
        elif story is not None:
            add((entry["date"], entry["kind"], "", str(story)), entry)
        else:
            add((entry["date"], entry["kind"], "", "", str(id(entry))), entry)
    first_seen = {id(entry): n for n, entry in enumerate(entries)}
    return sorted(groups, key=lambda g: min(first_seen[id(e)] for e in g))
