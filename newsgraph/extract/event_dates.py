"""The date of one event: a date expression attached to its predicate, anchored on publication.

Until the time-expression stage links timexes to events, the events extractor reads the few
date forms news reports give an act directly: "on December 7", "on Thursday", "next Monday",
"yesterday", "in November 2021". Only a DATE entity whose syntactic path reaches the predicate
without crossing another verb counts ("Biden, who spoke on Tuesday, warned ..." dates the
speaking, not the warning). Weekdays and dates without a year are resolved towards the past
for reported acts and towards the future for scheduled ones: a Thursday named in a report
published on Friday is the day before; "will meet on Monday" is the coming Monday.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from ..types import ParsedDoc

__all__ = ["attached_date", "clause_date", "year_span"]

_MONTHS = {
    m: n
    for n, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_WEEKDAYS = {
    d: n
    for n, d in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
_RELATIVE = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_WORD = re.compile(r"[a-z]+|\d+")
# Prepositions a date phrase hangs from ("on Thursday", "in November", "since July 2019" is no
# date of the act and is left out).
_DATE_PREPS = frozenset({"on", "in", "at", "during", "by"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})


def _resolve(text: str, anchor: date, forward: bool) -> tuple[str, str] | None:
    """(ISO value, precision) of a date phrase, or None when it is not one we read."""
    words = _WORD.findall(text.lower())
    if not words:
        return None
    for word, shift in _RELATIVE.items():
        if word in words:
            return (anchor + timedelta(days=shift)).isoformat(), "day"
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    numbers = [int(w) for w in words if w.isdigit()]
    year = next((n for n in numbers if 1900 <= n <= 2100), None)
    day = next((n for n in numbers if 1 <= n <= 31), None)
    if month is not None:
        if year is None:
            # the year that puts the date nearest the report, in the report's direction
            candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
            year = min(candidates, key=lambda y: abs((date(y, month, 1) - anchor).days))
        if day is None:
            return f"{year:04d}-{month:02d}", "month"
        try:
            return date(year, month, day).isoformat(), "day"
        except ValueError:
            return None
    weekday = next((_WEEKDAYS[w] for w in words if w in _WEEKDAYS), None)
    if weekday is not None:
        ahead = (weekday - anchor.weekday()) % 7
        if "next" in words or (forward and "last" not in words):
            shift = ahead if ahead or "next" not in words else 7
        else:
            shift = ahead - 7 if ahead else 0
        return (anchor + timedelta(days=shift)).isoformat(), "day"
    return None


def _attached(doc: ParsedDoc, root: int, anchors: set[int]) -> bool:
    """Whether the word `root` depends on one of `anchors` without crossing another clause."""
    k, seen = root, set()
    while k not in seen:
        seen.add(k)
        head = doc.tokens[k].head
        if head in anchors:
            return True
        if head == k:
            return False
        tok = doc.tokens[head]
        if tok.pos in _CLAUSE_POS or tok.dep in ("relcl", "acl", "advcl", "ccomp"):
            return False
        if tok.dep == "prep" and tok.text.lower() not in _DATE_PREPS:
            return False
        k = head
    return False


def _attached_dates(
    doc: ParsedDoc, anchors: Iterable[int], sentence: tuple[int, int]
) -> list[tuple[str, int, int]]:
    """(text, start, end) character spans of the DATE entities attached to the predicate."""
    anchor_set = set(anchors)
    start, end = sentence
    out = []
    for es, ee, label in doc.ents:
        if label != "DATE" or es < start or ee > end:
            continue
        roots = [k for k in range(es, ee) if not es <= doc.tokens[k].head < ee]
        if len(roots) != 1:
            continue
        if roots[0] in anchor_set or _attached(doc, roots[0], anchor_set):
            first, last = doc.tokens[es], doc.tokens[ee - 1]
            cs, ce = first.idx, last.idx + len(last.text)
            out.append((doc.text[cs:ce], cs, ce))
    return out


def attached_date(
    doc: ParsedDoc, anchors: Iterable[int], sentence: tuple[int, int], forward: bool
) -> tuple[str, str, int, int] | None:
    """Like `clause_date`, with the character span of the date phrase: (value, precision,
    start, end). The events extractor keeps the phrase inside the event's evidence span, so
    the time-expression stage, which dates a stored event by the expression in its span,
    reads the same phrase."""
    if doc.published is None:
        return None
    for text, cs, ce in _attached_dates(doc, anchors, sentence):
        found = _resolve(text, doc.published.date(), forward)
        if found is not None:
            return found[0], found[1], cs, ce
    return None


def year_span(
    doc: ParsedDoc, anchors: Iterable[int], sentence: tuple[int, int], year: str
) -> tuple[int, int] | None:
    """The character span of the attached date phrase naming `year` ("in 2014"), or None."""
    for text, cs, ce in _attached_dates(doc, anchors, sentence):
        if year in text:
            return cs, ce
    return None


def clause_date(
    doc: ParsedDoc, anchors: Iterable[int], sentence: tuple[int, int], forward: bool
) -> tuple[str, str] | None:
    """The date of the act whose predicate (and carrier verb) are the token indices `anchors`.

    Returns (value, precision) with precision 'day' or 'month', or None when no date phrase of
    the sentence attaches to the predicate or the article has no publication date.
    """
    found = attached_date(doc, anchors, sentence, forward)
    return None if found is None else (found[0], found[1])
