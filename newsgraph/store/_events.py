"""Event rows: storing `Event`s with their participants, and the `newsgraph events` query.

Kept apart from `_store.py` and `queries.py` so the event tables have one home: `Store`
calls `replace_events` inside its batch transaction and `select_events` for reading.
An event's actor and recipient codes are stored twice on purpose: once per participant in
`event_participants` (what joins and filters use) and once flat in `events.actors` /
`events.recipients` (what `export events` gives GDELT-style analyses, one row per event).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Sequence
from typing import Any

from ..types import Event
from .queries import insert_numbered

__all__ = ["EVENT_STATUSES", "event_row", "replace_events", "select_events"]

#: Statuses the events table accepts; `conditional` is stored as hypothetical + conditional=1.
EVENT_STATUSES: tuple[str, ...] = ("reported", "future", "hypothetical", "negated", "historical")

_INSERT_EVENT = """
INSERT INTO events (article_id, start, "end", sentence, text, plover_type, plover_mode, cameo,
                    intensity, goldstein, date, location, status, extractor, predicate,
                    quad_class, actors, recipients, reciprocal, conditional, date_precision)
VALUES (:article_id, :start, :end, :sentence, :text, :plover_type, :plover_mode, :cameo,
        :intensity, :goldstein, :date, :location, :status, :extractor, :predicate,
        :quad_class, :actors, :recipients, :reciprocal, :conditional, :date_precision)
"""

_INSERT_EVENT_WITH_ID = _INSERT_EVENT.replace("(article_id,", "(id, article_id,").replace(
    "(:article_id,", "(:id, :article_id,"
)

_INSERT_EVENT_DATED = """
INSERT INTO events (id, article_id, start, "end", sentence, text, plover_type, plover_mode, cameo,
                    intensity, goldstein, date, location, status, extractor, predicate,
                    quad_class, actors, recipients, reciprocal, conditional, date_precision,
                    date_source, timex_id)
VALUES (:id, :article_id, :start, :end, :sentence, :text, :plover_type, :plover_mode, :cameo,
        :intensity, :goldstein, :date, :location, :status, :extractor, :predicate,
        :quad_class, :actors, :recipients, :reciprocal, :conditional, :date_precision,
        :date_source, :timex_id)
"""

#: (start, end) of a clause -> its (date, date_source, timex_id, date_precision) columns.
DateColumns = Callable[[int, int], tuple[str | None, str | None, int | None, str | None]]

_INSERT_PARTICIPANT = """
INSERT INTO event_participants (event_id, role, ord, code, actor_id, text)
VALUES (?, ?, ?, ?, ?, ?)
"""


def _clip(value: float | None) -> float | None:
    # The schema bounds scores to [-10, 10]; a user lexicon could say otherwise.
    return None if value is None else max(-10.0, min(10.0, float(value)))


def event_row(event: Event, article_id: str, extractor: str = "") -> dict[str, Any]:
    """The `events` row of one Event (participants apart)."""
    conditional = event.status == "conditional"
    return {
        "article_id": article_id,
        "start": event.start,
        "end": event.end,
        "sentence": event.sentence,
        "text": event.text,
        "plover_type": event.type,
        "plover_mode": event.mode or None,
        "cameo": event.cameo or None,
        "intensity": _clip(event.plover_score),
        "goldstein": _clip(event.goldstein),
        "date": event.date or None,
        "location": event.location or None,
        "status": "hypothetical" if conditional else event.status,
        "extractor": extractor,
        "predicate": event.predicate or None,
        "quad_class": event.quad_class,
        "actors": ";".join(event.actors) or None,
        "recipients": ";".join(event.recipients) or None,
        "reciprocal": int(event.reciprocal),
        "conditional": int(conditional),
        "date_precision": event.date_precision or None,
    }


def replace_events(
    conn: sqlite3.Connection,
    article_id: str,
    events: Sequence[Event],
    extractor: str = "",
    registered: Collection[str] = (),
    date_columns: DateColumns | None = None,
) -> int:
    """Replace an article's events (participants go with them); returns the number stored.
    A participant's `actor_id` is its code when the code is in `registered` (the actors
    register's ids). `date_columns`, when given, dates each row as it is written (what
    `_timex.replace_timexes` would give it after: `ClauseDater.columns`)."""
    conn.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
    ordered = sorted(events, key=lambda e: (e.start, e.end, e.predicate_start, e.type))
    if not ordered:
        return 0
    rows = [event_row(event, article_id, extractor) for event in ordered]
    if date_columns is not None:
        for row in rows:
            (row["date"], row["date_source"], row["timex_id"], row["date_precision"]) = (
                date_columns(row["start"], row["end"])
            )
    insert = _INSERT_EVENT_WITH_ID if date_columns is None else _INSERT_EVENT_DATED
    ids = insert_numbered(conn, "events", insert, rows)
    participants = []  # inserted together after the events, in the same order
    for event_id, event in zip(ids, ordered, strict=True):
        texts = (event.actor_text, event.recipient_text)
        for role, codes, words in zip(
            ("actor", "recipient"), (event.actors, event.recipients), texts, strict=True
        ):
            participants += [
                (
                    event_id,
                    role,
                    ord_,
                    code,
                    code if code in registered else None,
                    words[ord_] if ord_ < len(words) else None,
                )
                for ord_, code in enumerate(codes)
            ]
    conn.executemany(_INSERT_PARTICIPANT, participants)
    return len(ordered)


def select_events(
    conn: sqlite3.Connection,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    plover_type: str | None = None,
    status: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 100,
) -> list[sqlite3.Row]:
    """Events matching every filter given, by date then article order.

    `actor` / `recipient` match a participant code by prefix ('RUS' finds RUSGOV and RUSMIL,
    'NATO' finds NATO) or the words that named it ('Putin', 'Kremlin'); a reciprocal event's
    parties match either filter. Dates compare as
    ISO strings, so '2022-01' works as a bound; `date_to` includes the whole day or month.
    """
    where = ["1 = 1"]
    params: dict[str, Any] = {"limit": int(limit)}
    for role, code in (("actor", actor), ("recipient", recipient)):
        if not code:
            continue
        params[role] = code.upper() + "%"
        params[role + "_words"] = "%" + code.lower() + "%"
        roles = "('actor')" if role == "actor" else "('recipient')"
        if role == "recipient":
            # the other parties of a reciprocal event are its recipients too
            roles = "('recipient', CASE WHEN e.reciprocal = 1 THEN 'actor' END)"
        where.append(
            "EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id "
            f"AND p.role IN {roles} AND (p.code LIKE :{role} OR lower(p.text) LIKE :{role}_words))"
        )
    if plover_type:
        where.append("e.plover_type = :type")
        params["type"] = plover_type.upper()
    if status:
        if status == "conditional":
            where.append("e.conditional = 1")
        else:
            where.append("e.status = :status")
            params["status"] = status
    if date_from:
        where.append("e.date >= :date_from")
        params["date_from"] = date_from
    if date_to:
        where.append("e.date <= :date_to || '~'")  # '~' sorts after any date suffix
        params["date_to"] = date_to
    sql = (
        "SELECT e.*, a.outlet AS outlet, a.title AS title FROM events e "
        "JOIN articles a ON a.id = e.article_id WHERE "
        + " AND ".join(where)
        + " ORDER BY e.date, a.pk, e.start LIMIT :limit"
    )
    return list(conn.execute(sql, params))
