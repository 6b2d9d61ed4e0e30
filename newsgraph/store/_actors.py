"""The `actors` register: one row per actor, whichever articles name it.

`Store.write_batch` calls `upsert_actors` with the `ActorRecord`s of each article and gives
`actor_spans` to the mention and quote rows, so `mentions.actor_id` and
`quotes.speaker_actor_id` point at a row here; `event_participants.actor_id` is the code itself
when the register holds it. A row written once is kept: a later article adds only what the row
lacks (a country or sector, aliases, offices).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from ..types import ActorRecord
from .queries import insert_rows

__all__ = ["actor_spans", "upsert_actors"]

_UPSERT = """
INSERT INTO actors (id, name, kind, country, sector, aliases, roles)
VALUES (:id, :name, :kind, :country, :sector, :aliases, :roles)
ON CONFLICT (id) DO UPDATE SET
    country = coalesce(actors.country, excluded.country),
    sector = coalesce(actors.sector, excluded.sector),
    aliases = CASE WHEN actors.aliases = '[]' THEN excluded.aliases ELSE actors.aliases END,
    roles = CASE WHEN actors.roles = '[]' THEN excluded.roles ELSE actors.roles END
"""


# `json.dumps(..., ensure_ascii=False)` builds an encoder on every call; one is enough.
_JSON_UNICODE = json.JSONEncoder(ensure_ascii=False).encode


def _row(record: ActorRecord) -> dict[str, object]:
    return {
        "id": record.id,
        "name": record.name,
        "kind": record.kind,
        "country": record.country or None,
        "sector": record.sector or None,
        "aliases": _JSON_UNICODE(list(record.aliases)) if record.aliases else "[]",
        "roles": json.dumps(
            [{"role": r, "start": s or None, "end": e or None} for r, s, e in record.roles]
        )
        if record.roles
        else "[]",
    }


def upsert_actors(
    conn: sqlite3.Connection,
    records: Sequence[ActorRecord],
    written: set[tuple[object, ...]] | None = None,
) -> None:
    """Add the actors not yet registered; complete the ones that are.

    `written`: the rows already upserted in this transaction (updated here). Upserting the same
    row again changes nothing (a row only gains what it lacks, and once a row was applied it
    lacks nothing that row gives, whatever came between), so a batch whose articles name the
    same actors writes each distinct row once.
    """
    if written is None:
        insert_rows(conn, _UPSERT, (_row(r) for r in records))
        return
    new = []
    for record in records:
        key = (
            record.id,
            record.name,
            record.kind,
            record.country,
            record.sector,
            record.aliases,
            record.roles,
        )
        if key not in written:
            written.add(key)
            new.append(record)
    insert_rows(conn, _UPSERT, (_row(r) for r in new))


def actor_spans(records: Sequence[ActorRecord]) -> dict[tuple[int, int], str]:
    """(start, end) of each mention or speaker that names an actor -> the actor's id."""
    return {span: r.id for r in records for span in r.spans}
