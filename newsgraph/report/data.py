"""Build briefing records from a read-only store: stories, articles, events and quotes.

All reading goes through the named queries in `newsgraph.store.queries` (via `Store.read`), so
a new column is added in one place there and mapped in one place here. Tables that are still
empty give empty sections, never errors. A store whose `stories` table is empty (or any article
no story holds) still has stories to show: each such article is a one-article story, together
with the articles recorded as its copies.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..store import Store, queries
from .highlight import Span, highlight
from .model import (
    ActorRow,
    ArticlePage,
    ArticleRef,
    CalendarMeeting,
    CalendarReport,
    CitationRow,
    CopyRow,
    Disagreement,
    EventRow,
    Evidence,
    FigureValue,
    IntensitySeries,
    NetworkEdge,
    OutletRow,
    Participant,
    QuoteItem,
    QuoteRow,
    SpeakerQuotes,
    StoryBriefing,
    StoryListItem,
    SummarySentence,
    TimelineEntry,
)
from .summary import Candidate, split_sentences, summarise

__all__ = [
    "MAX_OFFSET",
    "MAX_PAGE_SIZE",
    "EventFilters",
    "clamp_page",
    "event_facets",
    "list_calendar",
    "list_articles",
    "list_events",
    "list_quotes",
    "list_stories",
    "load_article",
    "load_story",
    "outlet_name",
    "safe_href",
    "single_story_id",
]

#: The most rows one page of a list (HTML or JSON) holds, and the furthest it can skip.
MAX_PAGE_SIZE = 200
MAX_OFFSET = 1_000_000

#: Statuses of events that happened, and of events announced for later; the rest
#: (hypothetical, negated) are shown apart and left out of the charts.
PAST_STATUSES = frozenset({"reported", "historical"})
SCHEDULED_STATUSES = frozenset({"future"})

#: Entity labels that name actors when a mention is not resolved to an actor id.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

#: How many actor pairs the intensity chart draws, actors the network shows, actor rows the
#: actors panel lists.
MAX_PAIRS = 4
MAX_NETWORK_NODES = 10
MAX_ACTORS = 25

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_NORM = re.compile(r"\W+", re.UNICODE)


# -- small helpers -------------------------------------------------------------------------------


def clamp_page(limit: int, offset: int) -> tuple[int, int]:
    """A (limit, offset) inside the bounds every list applies."""
    return max(1, min(int(limit), MAX_PAGE_SIZE)), max(0, min(int(offset), MAX_OFFSET))


def safe_href(url: str | None) -> str | None:
    """`url` when it is an absolute http(s) URL that is safe to put in a link, else None.

    >>> safe_href("https://news.example/a?b=1"), safe_href("javascript:alert(1)")
    ('https://news.example/a?b=1', None)
    """
    if not url:
        return None
    url = url.strip()
    if any(ord(ch) < 0x21 or ord(ch) == 0x7F for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def outlet_name(outlet: str | None, url: str | None = None) -> str:
    """The outlet as shown: its name, else the host of its URL, else 'unknown outlet'."""
    if outlet and outlet.strip():
        return outlet.strip()
    if safe_href(url):
        host = urlsplit(url or "").hostname or ""
        if host:
            return host.removeprefix("www.")
    return "unknown outlet"


def single_story_id(article_id: str) -> str:
    return queries.SINGLE_STORY_PREFIX + article_id


def _ids_json(ids: Iterable[Any]) -> str:
    return json.dumps(list(ids))


def _day(value: str | None) -> str | None:
    return value[:10] if value and _ISO_DAY.match(value) else None


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.casefold()).strip()


def _article_ref(row: Any) -> ArticleRef:
    return ArticleRef(
        id=row["id"],
        title=row["title"] or "",
        outlet=outlet_name(row["outlet"], row["url"]),
        published=row["published"],
        url=row["url"] or "",
        near_dup_of=row["near_dup_of"],
        story_id=row["story_id"],
        lang=row["lang"] or "en",
    )


def _story_item(row: Any, *, single: bool) -> StoryListItem:
    label = row["label"] or ("(untitled article)" if single else f"Story {row['id']}")
    return StoryListItem(
        id=row["id"],
        label=label,
        first_seen=row["first_seen"],
        last_seen=row["last_seen"],
        n_articles=int(row["n_articles"] or 0),
        n_outlets=int(row["n_outlets"] or 0),
        single=single,
    )


def _uniq(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(values)))


# -- stories -------------------------------------------------------------------------------------


def list_stories(store: Store, limit: int = 50, offset: int = 0) -> tuple[list[StoryListItem], int]:
    """A page of the story index and the total: stories first, then one-article stories."""
    limit, offset = clamp_page(limit, offset)
    n_stories = store.read(queries.count_stories)
    n_single = store.read(queries.count_single_stories)
    items: list[StoryListItem] = []
    if offset < n_stories:
        rows = store.read(queries.select_stories, limit, offset)
        items += [_story_item(r, single=False) for r in rows]
    if len(items) < limit:
        single_offset = max(0, offset - n_stories)
        rows = store.read(queries.select_single_stories, limit - len(items), single_offset)
        items += [_story_item(r, single=True) for r in rows]
    return items, n_stories + n_single


def _story_head(store: Store, story_id: str) -> tuple[StoryListItem, list[Any]] | None:
    row = store.read(queries.select_story, story_id)
    if row is not None:
        articles = store.read(queries.select_story_articles, story_id)
        outlets = {outlet_name(a["outlet"], a["url"]) for a in articles}
        pub = [a["published"] for a in articles if a["published"]]
        item = StoryListItem(
            id=row["id"],
            label=row["label"] or f"Story {row['id']}",
            first_seen=row["first_seen"] or (min(pub) if pub else None),
            last_seen=row["last_seen"] or (max(pub) if pub else None),
            n_articles=len(articles),
            n_outlets=len(outlets),
        )
        return item, articles
    if not story_id.startswith(queries.SINGLE_STORY_PREFIX):
        return None
    root = story_id.removeprefix(queries.SINGLE_STORY_PREFIX)
    articles = store.read(queries.select_single_story_articles, root)
    if not articles:
        return None
    head = next(a for a in articles if a["id"] == root)
    pub = [a["published"] for a in articles if a["published"]]
    item = StoryListItem(
        id=story_id,
        label=head["title"] or "(untitled article)",
        first_seen=min(pub) if pub else None,
        last_seen=max(pub) if pub else None,
        n_articles=len(articles),
        n_outlets=len({outlet_name(a["outlet"], a["url"]) for a in articles}),
        single=True,
    )
    return item, articles


def load_story(store: Store, story_id: str) -> StoryBriefing | None:
    """Everything the story page shows, or None when there is no such story."""
    head = _story_head(store, story_id)
    if head is None:
        return None
    item, rows = head
    refs = [_article_ref(r) for r in rows]
    by_id = {a.id: a for a in refs}
    texts = {r["id"]: r["text"] for r in rows}
    ids_json = _ids_json(by_id)

    mentions = store.read(queries.select_mentions_for, ids_json)
    quotes = store.read(queries.select_quotes_for, ids_json)
    events = store.read(queries.select_events_for, ids_json)
    participants = store.read(queries.select_participants_for, _ids_json(e["id"] for e in events))
    figures = store.read(queries.select_figures_for, ids_json)
    citations = store.read(queries.select_citations_for, ids_json)

    roles = _participants_by_event(participants)
    entries = _timeline(events, roles, by_id)
    past = tuple(sorted((e for e in entries if e.status in PAST_STATUSES), key=_entry_order))
    scheduled = tuple(
        sorted((e for e in entries if e.status in SCHEDULED_STATUSES), key=_entry_order)
    )
    uncertain = tuple(
        sorted(
            (e for e in entries if e.status not in PAST_STATUSES | SCHEDULED_STATUSES),
            key=_entry_order,
        )
    )
    return StoryBriefing(
        id=item.id,
        label=item.label,
        first_seen=item.first_seen,
        last_seen=item.last_seen,
        single=item.single,
        articles=tuple(refs),
        summary=tuple(_summary(refs, texts)),
        past=past,
        scheduled=scheduled,
        uncertain=uncertain,
        actors=tuple(_actors(mentions, events, roles, by_id)),
        quotes=tuple(_quotes(quotes, by_id)),
        disagreements=tuple(_disagreements(figures, by_id)),
        outlets=tuple(_outlets(refs)),
        copies=tuple(_copies(refs, store)),
        citations=tuple(_citations(citations, by_id)),
        intensity=tuple(_intensity(past)),
        network=tuple(_network([*past, *scheduled])),
        counts={
            "articles": len(refs),
            "mentions": len(mentions),
            "quotes": len(quotes),
            "events": len(events),
            "figures": len(figures),
            "citations": len(citations),
        },
    )


def _summary(refs: Sequence[ArticleRef], texts: dict[str, str]) -> list[SummarySentence]:
    originals = [a for a in refs if not a.near_dup_of] or list(refs)
    candidates: list[Candidate] = []
    for index, article in enumerate(originals):
        text = texts[article.id]
        for pos, (start, end) in enumerate(split_sentences(text)):
            candidates.append(
                Candidate(
                    key=f"{article.id}:{start}",
                    outlet=article.outlet,
                    text=text[start:end],
                    order=(article.published or "", index * 100_000 + pos),
                    position=pos,
                )
            )
    n_outlets = len({a.outlet for a in originals})
    k = 3 if n_outlets <= 1 else min(5, 1 + n_outlets)
    by_id = {a.id: a for a in originals}
    out = []
    for pick in summarise(candidates, k):
        article_id, start = pick.candidate.key.rsplit(":", 1)
        article = by_id[article_id]
        out.append(
            SummarySentence(
                text=pick.candidate.text,
                evidence=Evidence(article_id, article.outlet, f"s-{start}", pick.candidate.text),
                also_in=pick.also_in,
            )
        )
    return out


def _participant(row: Any) -> Participant:
    name = row["actor_name"] or row["actor_id"] or row["code"] or row["text"] or "?"
    return Participant(
        role=row["role"],
        name=name,
        actor_id=row["actor_id"],
        code=row["code"],
        kind=row["actor_kind"],
    )


def _participants_by_event(rows: Iterable[Any]) -> dict[int, list[Participant]]:
    out: dict[int, list[Participant]] = defaultdict(list)
    for row in rows:
        out[int(row["event_id"])].append(_participant(row))
    return out


def _event_evidence(row: Any, refs: dict[str, ArticleRef]) -> Evidence:
    ref = refs.get(row["article_id"])
    outlet = ref.outlet if ref else outlet_name(row["outlet"])
    return Evidence(
        article_id=row["article_id"],
        outlet=outlet,
        anchor=f"event-{row['id']}",
        text=row["text"],
        is_copy=bool(row["near_dup_of"]),
    )


def _timeline(
    events: Sequence[Any], roles: dict[int, list[Participant]], refs: dict[str, ArticleRef]
) -> list[TimelineEntry]:
    """One entry per event cluster; events outside clusters are merged when they report the
    same type, status, date and participants (several outlets, one event)."""
    groups: dict[tuple[Any, ...], list[Any]] = {}
    for row in events:
        parts = roles.get(int(row["id"]), [])
        actors = tuple(p.name for p in parts if p.role == "actor")
        recipients = tuple(p.name for p in parts if p.role == "recipient")
        if row["cluster_id"]:
            key: tuple[Any, ...] = ("cluster", row["cluster_id"])
        else:
            key = ("event", row["plover_type"], row["status"], row["date"], actors, recipients)
        groups.setdefault(key, []).append((row, actors, recipients))

    entries = []
    for key, members in groups.items():
        first, actors, recipients = members[0]
        statuses = Counter(m[0]["status"] for m in members)
        status = max(statuses, key=lambda s: (statuses[s], s == first["status"]))
        dates = [m[0]["date"] for m in members if m[0]["date"]]
        published = [m[0]["published"] for m in members if m[0]["published"]]
        intensities = [m[0]["intensity"] for m in members if m[0]["intensity"] is not None]
        evidence = tuple(_event_evidence(m[0], refs) for m in members)
        entries.append(
            TimelineEntry(
                date=Counter(dates).most_common(1)[0][0] if dates else None,
                reported=min(published) if published else None,
                status=status,
                plover_type=first["plover_type"],
                plover_mode=first["plover_mode"],
                cameo=first["cameo"],
                intensity=round(sum(intensities) / len(intensities), 2) if intensities else None,
                actors=actors,
                recipients=recipients,
                location=next((m[0]["location"] for m in members if m[0]["location"]), None),
                text=first["text"],
                outlets=_uniq(e.outlet for e in evidence),
                n_independent=len({e.outlet for e in evidence if not e.is_copy}),
                evidence=evidence,
                cluster_id=key[1] if key[0] == "cluster" else None,
            )
        )
    return entries


def _entry_order(entry: TimelineEntry) -> tuple[str, str, str]:
    return (entry.date or entry.reported or "~", entry.reported or "~", entry.text)


def _entry_day(entry: TimelineEntry) -> str | None:
    return _day(entry.date) or _day(entry.reported)


def _intensity(entries: Sequence[TimelineEntry]) -> list[IntensitySeries]:
    """Daily sums of intensity for the actor pairs with the most events (each entry once,
    however many outlets report it)."""
    sums: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    counts: Counter[tuple[str, str]] = Counter()
    for entry in entries:
        day = _entry_day(entry)
        if entry.intensity is None or day is None:
            continue
        for a in entry.actors:
            for r in entry.recipients:
                if a != r:
                    sums[(a, r)][day] += entry.intensity
                    counts[(a, r)] += 1
    top = sorted(counts, key=lambda p: (-counts[p], p))[:MAX_PAIRS]
    return [
        IntensitySeries(
            actor=a,
            recipient=r,
            points=tuple((d, round(v, 2)) for d, v in sorted(sums[(a, r)].items())),
            n_events=counts[(a, r)],
        )
        for a, r in top
    ]


def _network(entries: Sequence[TimelineEntry]) -> list[NetworkEdge]:
    n: Counter[tuple[str, str]] = Counter()
    scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    for entry in entries:
        for a in entry.actors:
            for r in entry.recipients:
                if a != r:
                    n[(a, r)] += 1
                    if entry.intensity is not None:
                        scores[(a, r)].append(entry.intensity)
    weight: Counter[str] = Counter()
    for (a, r), count in n.items():
        weight[a] += count
        weight[r] += count
    keep = set(sorted(weight, key=lambda x: (-weight[x], x))[:MAX_NETWORK_NODES])
    return [
        NetworkEdge(
            source=a,
            target=r,
            n_events=count,
            intensity=round(sum(scores[(a, r)]) / len(scores[(a, r)]), 2)
            if scores[(a, r)]
            else None,
        )
        for (a, r), count in sorted(n.items())
        if a in keep and r in keep
    ]


def _actors(
    mentions: Sequence[Any],
    events: Sequence[Any],
    roles: dict[int, list[Participant]],
    refs: dict[str, ArticleRef],
) -> list[ActorRow]:
    """Resolved actors by id; unresolved names of actor-like entities by their text."""
    rows: dict[str, dict[str, Any]] = {}

    def slot(key: str, name: str, actor_id: str | None, kind: str) -> dict[str, Any]:
        return rows.setdefault(
            key,
            {"name": name, "actor_id": actor_id, "kind": kind, "m": 0, "e": set(), "o": set()},
        )

    for m in mentions:
        outlet = refs[m["article_id"]].outlet if m["article_id"] in refs else ""
        if m["actor_id"]:
            s = slot(
                "id:" + m["actor_id"],
                m["actor_name"] or m["actor_id"],
                m["actor_id"],
                m["actor_kind"] or m["label"],
            )
        elif m["label"] in ACTOR_LABELS:
            s = slot("text:" + _norm(m["text"]), m["text"].strip(), None, m["label"])
        else:
            continue
        s["m"] += 1
        s["o"].add(outlet)
    article_of = {int(e["id"]): e["article_id"] for e in events}
    for event_id, parts in roles.items():
        for p in parts:
            key = "id:" + p.actor_id if p.actor_id else "text:" + _norm(p.name)
            s = slot(key, p.name, p.actor_id, p.kind or "actor")
            s["e"].add(event_id)
            ref = refs.get(article_of.get(event_id, ""))
            if ref:
                s["o"].add(ref.outlet)
    # An unresolved name equal to a resolved actor's name is that actor.
    resolved = {_norm(s["name"]): s for key, s in rows.items() if key.startswith("id:")}
    for key in [k for k in rows if k.startswith("text:")]:
        target = resolved.get(key.removeprefix("text:"))
        if target is not None:
            s = rows.pop(key)
            target["m"] += s["m"]
            target["e"] |= s["e"]
            target["o"] |= s["o"]
    ordered = sorted(rows.values(), key=lambda s: (-(s["m"] + len(s["e"])), s["name"]))
    return [
        ActorRow(
            name=s["name"],
            actor_id=s["actor_id"],
            kind=s["kind"],
            n_mentions=s["m"],
            n_events=len(s["e"]),
            outlets=_uniq(o for o in s["o"] if o),
        )
        for s in ordered[:MAX_ACTORS]
    ]


def _speaker(row: Any) -> tuple[str, str, str | None]:
    """(grouping key, display name, actor id) of a quote's speaker."""
    if row["speaker_actor_id"]:
        return (
            "id:" + row["speaker_actor_id"],
            row["speaker_name"] or row["speaker_actor_id"],
            row["speaker_actor_id"],
        )
    text = (row["speaker_text"] or "").strip()
    if text:
        return "text:" + _norm(text), " ".join(text.split()), None
    return "none", "Unattributed", None


def _quotes(rows: Sequence[Any], refs: dict[str, ArticleRef]) -> list[SpeakerQuotes]:
    """Quotes grouped by speaker; the same words in several articles are one quote."""
    speakers: dict[str, dict[str, Any]] = {}
    for row in rows:
        key, name, actor_id = _speaker(row)
        group = speakers.setdefault(key, {"name": name, "actor_id": actor_id, "quotes": {}})
        content_key = _norm(row["content"])
        q = group["quotes"].setdefault(
            content_key,
            {"content": row["content"], "kind": row["kind"], "cue": row["cue"], "ev": []},
        )
        ref = refs.get(row["article_id"])
        q["ev"].append(
            Evidence(
                article_id=row["article_id"],
                outlet=ref.outlet if ref else outlet_name(row["outlet"]),
                anchor=f"quote-{row['id']}",
                text=row["content"],
                is_copy=bool(ref and ref.near_dup_of),
            )
        )
    out = []
    for group in speakers.values():
        items = tuple(
            QuoteItem(
                content=q["content"],
                kind=q["kind"],
                cue=q["cue"],
                outlets=_uniq(e.outlet for e in q["ev"]),
                evidence=tuple(q["ev"]),
            )
            for q in group["quotes"].values()
        )
        out.append(
            SpeakerQuotes(
                speaker=group["name"],
                actor_id=group["actor_id"],
                outlets=_uniq(o for item in items for o in item.outlets),
                quotes=items,
            )
        )
    out.sort(key=lambda s: (s.speaker == "Unattributed", -len(s.quotes), s.speaker))
    return out


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _disagreements(rows: Sequence[Any], refs: dict[str, ArticleRef]) -> list[Disagreement]:
    """Groups of figures (by `group_id`, else by unit and what they measure) whose values
    differ between outlets. A figure with neither a group nor a unit is not comparable."""
    groups: dict[tuple[str, ...], list[Any]] = defaultdict(list)
    for row in rows:
        if row["group_id"]:
            groups[("group", row["group_id"])].append(row)
        elif row["unit"]:
            groups[("unit", _norm(row["unit"]), _norm(row["measures"] or ""))].append(row)
    out = []
    for _, members in sorted(groups.items()):
        values: dict[tuple[float, float | None], list[Any]] = defaultdict(list)
        for row in members:
            values[(float(row["value"]), row["value_max"])].append(row)
        outlets = {
            refs[r["article_id"]].outlet if r["article_id"] in refs else r["outlet"]
            for r in members
        }
        if len(values) < 2 or len(outlets) < 2:
            continue
        first = members[0]
        figure_values = []
        for (value, value_max), vrows in sorted(values.items(), key=lambda kv: kv[0]):
            evidence = tuple(
                Evidence(
                    article_id=r["article_id"],
                    outlet=refs[r["article_id"]].outlet
                    if r["article_id"] in refs
                    else outlet_name(r["outlet"]),
                    anchor=f"figure-{r['id']}",
                    text=r["text"],
                    is_copy=bool(r["near_dup_of"]),
                )
                for r in vrows
            )
            display = _number(value) + ("–" + _number(value_max) if value_max is not None else "")
            figure_values.append(
                FigureValue(
                    display=display,
                    value=value,
                    value_max=value_max,
                    qualifiers=_uniq(r["qualifier"] for r in vrows if r["qualifier"]),
                    outlets=_uniq(e.outlet for e in evidence),
                    evidence=evidence,
                )
            )
        out.append(
            Disagreement(
                measures=first["measures"] or first["unit"] or str(first["group_id"]),
                unit=first["unit"],
                values=tuple(figure_values),
            )
        )
    return out


def _outlets(refs: Sequence[ArticleRef]) -> list[OutletRow]:
    by_outlet: dict[str, list[ArticleRef]] = defaultdict(list)
    for a in refs:
        by_outlet[a.outlet].append(a)
    return [
        OutletRow(
            outlet=outlet,
            n_articles=len(arts),
            n_copies=sum(1 for a in arts if a.near_dup_of),
            articles=tuple(arts),
        )
        for outlet, arts in sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]


def _copies(refs: Sequence[ArticleRef], store: Store) -> list[CopyRow]:
    by_id = {a.id: a for a in refs}
    copies = [a for a in refs if a.near_dup_of]
    missing = {a.near_dup_of for a in copies if a.near_dup_of not in by_id}
    if missing:
        for row in store.read(queries.select_articles_by_ids, _ids_json(sorted(missing))):
            by_id[row["id"]] = _article_ref(row)
    return [CopyRow(copy=a, original=by_id.get(a.near_dup_of or "")) for a in copies]


def _citations(rows: Sequence[Any], refs: dict[str, ArticleRef]) -> list[CitationRow]:
    groups: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for row in rows:
        ref = refs.get(row["article_id"])
        outlet = ref.outlet if ref else outlet_name(row["outlet"])
        groups[(outlet, row["cited_outlet"])].append(
            Evidence(
                article_id=row["article_id"],
                outlet=outlet,
                anchor=f"citation-{row['id']}",
                text=row["text"],
                is_copy=bool(ref and ref.near_dup_of),
            )
        )
    return [
        CitationRow(outlet=o, cited=c, n=len(ev), evidence=tuple(ev))
        for (o, c), ev in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]


# -- articles ------------------------------------------------------------------------------------


def _event_row(row: Any, roles: dict[int, list[Participant]]) -> EventRow:
    parts = roles.get(int(row["id"]), [])
    return EventRow(
        id=int(row["id"]),
        article_id=row["article_id"],
        outlet=outlet_name(row["outlet"]),
        published=row["published"],
        title=row["title"] or "",
        text=row["text"],
        plover_type=row["plover_type"],
        plover_mode=row["plover_mode"],
        cameo=row["cameo"],
        intensity=row["intensity"],
        goldstein=row["goldstein"],
        date=row["date"],
        location=row["location"],
        status=row["status"],
        cluster_id=row["cluster_id"],
        actors=tuple(p for p in parts if p.role == "actor"),
        recipients=tuple(p for p in parts if p.role == "recipient"),
        anchor=f"event-{row['id']}",
    )


def _quote_row(row: Any) -> QuoteRow:
    _, speaker, actor_id = _speaker(row)
    return QuoteRow(
        id=int(row["id"]),
        article_id=row["article_id"],
        outlet=outlet_name(row["outlet"]),
        published=row["published"],
        speaker=speaker,
        speaker_actor_id=actor_id,
        kind=row["kind"],
        cue=row["cue"],
        content=row["content"],
        sentence=int(row["sentence"]),
        start=int(row["start"]),
        end=int(row["end"]),
        anchor=f"quote-{row['id']}",
    )


def _event_title(e: EventRow) -> str:
    parts = [e.plover_type + (f"/{e.plover_mode}" if e.plover_mode else ""), e.status]
    if e.date:
        parts.append(e.date)
    who = ", ".join(p.name for p in e.actors)
    whom = ", ".join(p.name for p in e.recipients)
    if who or whom:
        parts.append(f"{who or '?'} → {whom or '?'}")
    return " · ".join(parts)


def load_article(store: Store, article_id: str) -> ArticlePage | None:
    """An article with its text marked up, its extraction rows, story and copies."""
    row = store.read(queries.select_brief_article, article_id)
    if row is None:
        return None
    ref = _article_ref(row)
    text: str = row["text"]
    ids_json = _ids_json([article_id])
    quote_rows = store.read(queries.select_quotes_for, ids_json)
    event_rows = store.read(queries.select_events_for, ids_json)
    roles = _participants_by_event(
        store.read(queries.select_participants_for, _ids_json(e["id"] for e in event_rows))
    )
    timex_rows = store.read(queries.select_timexes_for, ids_json)
    figure_rows = store.read(queries.select_figures_for, ids_json)
    citation_rows = store.read(queries.select_citations_for, ids_json)

    quotes = tuple(_quote_row(q) for q in quote_rows)
    events = tuple(_event_row(e, roles) for e in event_rows)
    spans = [Span(s, e, "sent", f"s-{s}") for s, e in split_sentences(text)]
    for q in quotes:
        title = f"{q.speaker} ({q.kind}{', ' + q.cue if q.cue else ''})"
        spans.append(Span(q.start, q.end, "quote", q.anchor, title))
    for ev, erow in zip(events, event_rows, strict=True):
        spans.append(
            Span(int(erow["start"]), int(erow["end"]), "event", ev.anchor, _event_title(ev))
        )
    for t in timex_rows:
        title = f"{t['type']} {t['value'] or ''}".strip()
        spans.append(Span(int(t["start"]), int(t["end"]), "timex", f"timex-{t['id']}", title))
    for f in figure_rows:
        title = f"{_number(float(f['value']))} {f['unit'] or ''}".strip()
        spans.append(Span(int(f["start"]), int(f["end"]), "figure", f"figure-{f['id']}", title))
    for c in citation_rows:
        spans.append(
            Span(
                int(c["start"]),
                int(c["end"]),
                "citation",
                f"citation-{c['id']}",
                f"cites {c['cited_outlet']}",
            )
        )

    original = None
    if ref.near_dup_of:
        orow = store.read(queries.select_brief_article, ref.near_dup_of)
        original = _article_ref(orow) if orow is not None else None
    story = _story_of(store, ref, original)
    copies = tuple(_article_ref(c) for c in store.read(queries.select_copies_of, article_id))
    return ArticlePage(
        article=ref,
        text=text,
        html=str(highlight(text, spans)),
        story=story,
        original=original,
        copies=copies,
        quotes=quotes,
        events=events,
        timexes=tuple((t["text"], t["type"], t["value"], f"timex-{t['id']}") for t in timex_rows),
        figures=tuple((f["text"], f"figure-{f['id']}") for f in figure_rows),
        citations=tuple(
            (c["text"], c["cited_outlet"], f"citation-{c['id']}") for c in citation_rows
        ),
    )


def _story_of(store: Store, ref: ArticleRef, original: ArticleRef | None) -> StoryListItem | None:
    if ref.story_id:
        head = _story_head(store, ref.story_id)
    elif original is not None and not original.story_id and not original.near_dup_of:
        head = _story_head(store, single_story_id(original.id))
    else:
        head = _story_head(store, single_story_id(ref.id))
    return head[0] if head else None


def list_articles(
    store: Store,
    limit: int = 50,
    offset: int = 0,
    *,
    outlet: str | None = None,
    story_id: str | None = None,
) -> tuple[list[ArticleRef], int]:
    limit, offset = clamp_page(limit, offset)
    rows = store.read(queries.select_articles_page, limit, offset, outlet=outlet, story_id=story_id)
    total = store.read(queries.count_articles_filtered, outlet=outlet, story_id=story_id)
    return [_article_ref(r) for r in rows], total


# -- events and quotes ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventFilters:
    """Filters of the events table; None or '' means no filter. Dates are 'YYYY-MM-DD'."""

    actor: str | None = None
    recipient: str | None = None
    plover_type: str | None = None
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    story_id: str | None = None

    def as_params(self) -> dict[str, str | None]:
        return {
            "actor": self.actor or None,
            "recipient": self.recipient or None,
            "plover_type": self.plover_type or None,
            "status": self.status or None,
            "date_from": self.date_from or None,
            "date_to": self.date_to or None,
            "story_id": self.story_id or None,
        }


def list_events(
    store: Store, filters: EventFilters, limit: int = 50, offset: int = 0
) -> tuple[list[EventRow], int]:
    limit, offset = clamp_page(limit, offset)
    params = filters.as_params()
    rows = store.read(queries.select_events_page, limit, offset, **params)
    total = store.read(queries.count_events_filtered, **params)
    roles = _participants_by_event(
        store.read(queries.select_participants_for, _ids_json(r["id"] for r in rows))
    )
    return [_event_row(r, roles) for r in rows], total


def event_facets(store: Store) -> dict[str, list[str]]:
    return store.read(queries.select_event_facets)


def list_quotes(
    store: Store,
    limit: int = 50,
    offset: int = 0,
    *,
    speaker: str | None = None,
    article_id: str | None = None,
) -> tuple[list[QuoteRow], int]:
    limit, offset = clamp_page(limit, offset)
    rows = store.read(
        queries.select_quotes_page, limit, offset, speaker=speaker or None, article_id=article_id
    )
    total = store.read(
        queries.count_quotes_filtered, speaker=speaker or None, article_id=article_id
    )
    return [_quote_row(r) for r in rows], total


def _calendar_key(entry: dict[str, Any]) -> tuple[str, int, int, str]:
    return (entry["article_id"], entry["start"], entry["end"], entry["timex_text"])


def _calendar_report(entry: dict[str, Any], timex_ids: dict[Any, int]) -> CalendarReport:
    timex_id = timex_ids.get(_calendar_key(entry))
    return CalendarReport(
        article_id=entry["article_id"],
        outlet=outlet_name(entry["outlet"], entry["url"]),
        published=entry["published"],
        title=entry["title"] or "",
        timex_text=entry["timex_text"],
        sentence=entry["description"],
        story_id=entry["story_id"],
        near_dup_of=entry["near_dup_of"],
        anchor=f"timex-{timex_id}" if timex_id is not None else "",
    )


def list_calendar(
    store: Store, date_from: str | None = None, date_to: str | None = None, limit: int = 200
) -> tuple[list[CalendarMeeting], bool]:
    """What is scheduled, by date: one record a meeting with all its reports, grouped as
    `newsgraph calendar` groups them (`Store.calendar_groups`), and whether `limit`, which
    bounds the reports read, was reached (later meetings may then be missing)."""
    entries = store.calendar(date_from=date_from or None, date_to=date_to or None, limit=limit)
    groups = store.calendar_groups(entries)
    keys = [_calendar_key(e) for group in groups for e in group]
    timex_ids = store.read(queries.select_timex_ids_for_calendar, keys)
    meetings = [
        CalendarMeeting(
            date=group[0]["date"],
            date_first=group[0]["date_first"],
            date_last=group[0]["date_last"],
            kind=group[0]["kind"],
            place=group[0]["place"] or None,
            reports=tuple(_calendar_report(e, timex_ids) for e in group),
        )
        for group in groups
    ]
    return meetings, len(entries) >= limit
