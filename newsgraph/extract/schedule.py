"""Scheduled items: meetings and deadlines announced for a future date (the calendar).

A sentence becomes a calendar entry when it holds a time expression that points after the
publication date (or sits in a future-tense clause) together with a meeting or deadline word
from `data/schedule_predicates.tsv` ("will meet on January 12 in Brussels", "a day later,
negotiations are expected ... in Vienna"). The place is the GPE/LOC/FAC entity of the
sentence introduced by "in" or "at" that is nearest this time expression (rather than another
upcoming one of the same sentence).
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Sequence
from datetime import date

from ..lexicons import Lexicons
from ..types import ParsedDoc, ScheduledItem, Timex
from .timex import extract_timexes, tense_at
from .timex_rules import Vocabulary, load_rules

__all__ = ["extract_schedule", "value_range"]

PREDICATES_FILE = "schedule_predicates.tsv"
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MAX_DESCRIPTION = 200
_PAST_PREPOSITIONS = frozenset({"since"})


def value_range(value: str) -> tuple[date, date] | None:
    """First and last day a TimeML date value covers ('2022-01' -> Jan 1..31), or None."""
    if m := re.match(r"^(\d{4})-(\d{2})-(\d{2})", value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value):
        first = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return first, date.fromisocalendar(int(m[1]), int(m[2]), 7)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    if m := re.fullmatch(r"(\d{4})", value):
        return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    return None


def _token_range(doc: ParsedDoc, t: Timex, starts: list[int]) -> tuple[int, int]:
    """First and last token of the expression; `starts` are the tokens' offsets."""
    first = max(0, bisect.bisect_right(starts, t.start) - 1)
    if doc.tokens[first].idx + len(doc.tokens[first].text) <= t.start:
        first += 1  # t.start fell in the space after a token
    last = max(first, bisect.bisect_left(starts, t.end) - 1)
    return first, last


def _is_future(doc: ParsedDoc, t: Timex, first: int, last: int, vocab: Vocabulary) -> bool:
    span = value_range(t.value) if t.resolved else None
    if span is None:
        return False
    tense = tense_at(doc, first, last, vocab)
    if doc.published is None:
        return tense == "future"
    pub = doc.published.date()
    return span[0] > pub or (span[1] >= pub and tense == "future")


def _next_text(doc: ParsedDoc, i: int) -> str:
    return doc.tokens[i + 1].text.lower() if i + 1 < len(doc.tokens) else ""


def _nearest_predicate(doc: ParsedDoc, kinds: dict[str, str], t: Timex, first: int) -> int | None:
    """The meeting or deadline word of the sentence nearest the time expression, or None."""
    s0, s1 = doc.sents[t.sentence]
    preds = [
        i
        for i in range(s0, s1)
        if (doc.tokens[i].lemma.lower() in kinds or doc.tokens[i].text.lower() in kinds)
        and (doc.tokens[i].pos != "PROPN" or doc.tokens[i].text == "Council")
    ]
    return min(preds, key=lambda i: (abs(i - first), i)) if preds else None


def _is_upcoming(doc: ParsedDoc, t: Timex, first: int, last: int, vocab: Vocabulary) -> bool:
    if t.type not in ("DATE", "TIME") or not _is_future(doc, t, first, last, vocab):
        return False
    s0, _s1 = doc.sents[t.sentence]
    # "for the first time since July 2019" looks back whatever the tense
    return not (first > s0 and doc.tokens[first - 1].text.lower() in _PAST_PREPOSITIONS)


def _in_compound(doc: ParsedDoc, a: int, b: int) -> bool:
    """No venue: a place inside a hyphenated name ("the NATO-Russia Council") or a
    possessor ("Russia's concerns")."""
    before = a > 0 and doc.tokens[a - 1].text == "-"
    after = b < len(doc.tokens) and doc.tokens[b].text in ("-", "'s", "’s", "—", "–")
    return before or after


def _nearest(spans: list[tuple[int, int]], a: int, b: int) -> tuple[int, int] | None:
    """The time expression (token span) closest to the entity [a, b): a place goes with the
    date nearest it ("on January 12 and ... in Vienna a day later": Vienna is the 13th)."""

    def gap(span: tuple[int, int]) -> int:
        return max(span[0] - (b - 1), a - span[1], 0)

    return min(spans, key=gap, default=None)


def _place_rank(doc: ParsedDoc, ent: tuple[int, int], s0: int, first: int) -> tuple[int, int]:
    """Places introduced by "in"/"at" first, then the one nearest the time expression."""
    before = doc.tokens[ent[0] - 1].text.lower() if ent[0] > s0 else ""
    return (0 if before in ("in", "at") else 1, abs(ent[0] - first))


def _predicate_kinds(lexicons: Lexicons) -> dict[str, str]:
    """Predicate lemma -> kind of calendar entry, built once per Lexicons (read only)."""
    return {r["lemma"]: r["kind"] for r in lexicons.rows(PREDICATES_FILE)}


def extract_schedule(
    doc: ParsedDoc, lexicons: Lexicons, timexes: Sequence[Timex] | None = None
) -> list[ScheduledItem]:
    """Calendar entries of one document, sorted by position.

    `timexes` are the document's time expressions when the caller has them already
    (`run_extractors` passes the timex extractor's rows); otherwise they are found here."""
    if not doc.tokens or not doc.sents:
        return []
    kinds = lexicons.derived("schedule.kinds", _predicate_kinds)
    items: list[ScheduledItem] = []
    starts = [tok.idx for tok in doc.tokens]
    ranged = [
        (t, _token_range(doc, t, starts))
        for t in (extract_timexes(doc, lexicons) if timexes is None else timexes)
    ]
    vocab = load_rules(lexicons).vocab
    ranged = [(t, span) for t, span in ranged if _is_upcoming(doc, t, *span, vocab)]
    upcoming = [t for t, _span in ranged]
    dated = [span for _t, span in ranged]
    chosen = [
        _nearest_predicate(doc, kinds, t, span[0]) for t, span in zip(upcoming, dated, strict=True)
    ]
    for k, t in enumerate(upcoming):
        s0, s1 = doc.sents[t.sentence]
        first, last = dated[k]
        pred = chosen[k]
        if pred is None:
            continue
        # One predicate, one date: "meets next Wednesday to set production for March" is a
        # meeting next Wednesday; March goes with no meeting word of its own.
        rivals = [dated[j][0] for j in range(len(upcoming)) if chosen[j] == pred]
        if min(rivals, key=lambda f: (abs(f - pred), f)) != first:
            continue
        word = doc.tokens[pred].lemma.lower()
        kind = kinds.get(word) or kinds.get(doc.tokens[pred].text.lower(), "meeting")
        if kind == "deadline" and word == "due" and _next_text(doc, pred) == "to":
            kind = "meeting"  # "is due to speak on Tuesday": scheduled, not a deadline
        places = [
            (a, b)
            for a, b, label in doc.ents
            if label in _PLACE_LABELS
            and s0 <= a < s1
            and a > s0
            and doc.tokens[a - 1].text.lower() in ("in", "at")  # a venue, not "urged Moscow"
            and not _in_compound(doc, a, b)
            and _nearest(dated, a, b) == (first, last)
        ]

        place = ""
        if places:
            a, b = min(places, key=lambda ent, s0=s0, first=first: _place_rank(doc, ent, s0, first))
            place = doc.text[
                doc.tokens[a].idx : doc.tokens[b - 1].idx + len(doc.tokens[b - 1].text)
            ]
        start = doc.tokens[s0].idx
        end = doc.tokens[s1 - 1].idx + len(doc.tokens[s1 - 1].text)
        description = " ".join(doc.text[start:end].split())
        if len(description) > _MAX_DESCRIPTION:
            description = description[: _MAX_DESCRIPTION - 1].rsplit(" ", 1)[0] + "…"
        items.append(
            ScheduledItem(
                article_id=doc.article_id,
                start=start,
                end=end,
                sentence=t.sentence,
                date=t.value[:10] if t.type == "TIME" else t.value,
                timex_text=t.text,
                kind=kind,
                predicate=doc.tokens[pred].text,
                place=place,
                description=description,
            )
        )
    return sorted(items, key=lambda i: (i.start, i.date))
