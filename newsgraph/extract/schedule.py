"""Scheduled items: meetings and deadlines announced for a future date (the calendar).

A sentence becomes a calendar entry when it holds a time expression that points after the
publication date (or sits in a future-tense clause) together with a meeting or deadline word
from `data/schedule_predicates.tsv` ("will meet on January 12 in Brussels", "a day later,
negotiations are expected ... in Vienna"). The place is the GPE/LOC/FAC entity of the
sentence introduced by "in" or "at" that is nearest this time expression (rather than another
upcoming one of the same sentence).

Some dated meeting words are no entry, whatever the tense (cue words in
`data/schedule_cues.tsv`): a meeting cancelled or postponed with no new date ("the talks
planned for Friday were called off"; "postponed until March 16" keeps the new date), one in
a condition ("if they meet on Friday"), one told in the simple past ("first met"), a rule
("the first Thursday of every month"), an anniversary, a sports fixture, and a date that
bounds another verb ("hopes to announce by Friday a date for the summit"). A date after
"by"/"until" that ends an obligation is a deadline with no deadline word ("must be submitted
by March 17", "have until June 1 to"). Predicates marked `needs` in the predicate file count
only with their complement ("host" a guest, "expected" a place).
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..lexicons import Lexicons
from ..types import ParsedDoc, ScheduledItem, Timex
from .timex import extract_timexes, tense_at
from .timex_rules import Vocabulary, load_rules

__all__ = ["extract_schedule", "value_range"]

PREDICATES_FILE = "schedule_predicates.tsv"
CUES_FILE = "schedule_cues.tsv"
STATUS_FILE = "event_status_cues.tsv"  # its "mark" rows: if, unless, whether
# dependency links to another clause: a cue beyond one governs another clause. A relative
# clause or participle ("the summit, which was due on Thursday, has been postponed", "the
# talks planned for Friday") and a verb's complement ("due to take place") are not: they
# describe the noun or verb they hang on.
_CLAUSE_LINKS = frozenset({"conj", "advcl", "ccomp", "parataxis"})
_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "compound", "attr", "appos"})
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


def _nearest_predicate(
    doc: ParsedDoc, kinds: dict[str, str], t: Timex, first: int, cues: _Cues
) -> int | None:
    """The meeting or deadline word of the sentence nearest the time expression, or None."""
    s0, s1 = doc.sents[t.sentence]
    preds = [
        i
        for i in range(s0, s1)
        if (doc.tokens[i].lemma.lower() in kinds or doc.tokens[i].text.lower() in kinds)
        and (doc.tokens[i].pos != "PROPN" or doc.tokens[i].text == "Council")
        and _needs_met(doc, i, s0, s1, cues, kinds)
    ]
    return min(preds, key=lambda i: (abs(i - first), i)) if preds else None


def _needs_met(
    doc: ParsedDoc, i: int, s0: int, s1: int, cues: _Cues, kinds: dict[str, str]
) -> bool:
    """A predicate word that counts only with a complement has it (`needs` in
    schedule_predicates.tsv): "host" a common noun or a person ("host the talks", not "host
    Cádiz"); "expected" a place ("is expected in Moscow next week", not "expected to rise")."""
    need = cues.needs.get(doc.tokens[i].lemma.lower(), "")
    kids = _children(doc, i, s0, s1)
    if need == "object":
        return any(
            doc.tokens[k].dep == "dobj"
            and (
                doc.tokens[k].pos == "NOUN"
                or doc.tokens[k].ent_type == "PERSON"
                or doc.tokens[k].lemma.lower() in kinds
            )
            for k in kids
        )
    if need == "place":
        return any(
            doc.tokens[k].dep == "prep"
            and doc.tokens[k].text.lower() in ("in", "at")
            and any(
                doc.tokens[o].dep == "pobj" and doc.tokens[o].ent_type in _PLACE_LABELS
                for o in _children(doc, k, s0, s1)
            )
            for k in kids
        )
    return True


def _is_upcoming(doc: ParsedDoc, t: Timex, first: int, last: int, vocab: Vocabulary) -> bool:
    if t.type not in ("DATE", "TIME") or not _is_future(doc, t, first, last, vocab):
        return False
    s0, _s1 = doc.sents[t.sentence]
    # "for the first time since July 2019" looks back whatever the tense
    if first > s0 and doc.tokens[first - 1].text.lower() in _PAST_PREPOSITIONS:
        return False
    # "the results of this week's meetings" (published on the Monday): a period that has begun,
    # named as the owner of its meetings, is the set of them, those held already included
    span = value_range(t.value)
    return not (
        _next_text(doc, last) in ("'s", "’s")
        and span is not None
        and span[0] != span[1]
        and doc.published is not None
        and span[0] <= doc.published.date()
    )


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


@dataclass(frozen=True, slots=True)
class _Cues:
    """The words of `schedule_cues.tsv` by role (see that file), and the predicates that need
    an object."""

    roles: dict[str, frozenset[str]]
    needs: dict[str, str]
    conditional: frozenset[str]

    def has(self, role: str, word: str) -> bool:
        return word in self.roles.get(role, frozenset())


def _load_cues(lexicons: Lexicons) -> _Cues:
    roles: dict[str, set[str]] = {}
    for r in lexicons.rows(CUES_FILE):
        roles.setdefault(r["role"], set()).add(r["cue"])
    needs = {r["lemma"]: r["needs"] for r in lexicons.rows(PREDICATES_FILE) if r.get("needs")}
    marks = frozenset(r["cue"] for r in lexicons.rows(STATUS_FILE) if r["kind"] == "mark")
    return _Cues({k: frozenset(v) for k, v in roles.items()}, needs, marks)


def _children(doc: ParsedDoc, i: int, s0: int, s1: int) -> list[int]:
    return [k for k in range(s0, s1) if k != i and doc.tokens[k].head == i]


def _clause_chain(doc: ParsedDoc, i: int, s0: int, s1: int) -> list[int]:
    """Token `i` and its heads up to the head of its clause (not beyond "and", an adverbial
    clause or a reported one: "postponed, and will now be held on Friday")."""
    chain: list[int] = []
    while s0 <= i < s1 and i not in chain:
        chain.append(i)
        tok = doc.tokens[i]
        if tok.head == i or tok.dep in _CLAUSE_LINKS:
            break
        i = tok.head
    return chain


def _root_of(doc: ParsedDoc, first: int, last: int) -> int:
    """The token of [first, last] whose head lies outside it (the expression's head)."""
    for k in range(first, last + 1):
        h = doc.tokens[k].head
        if not first <= h <= last or h == k:
            return k
    return last


def _is_cancel(doc: ParsedDoc, i: int, s0: int, s1: int, cues: _Cues) -> bool:
    """A verb that undoes its object or subject: "cancel", "call off", "postpone"."""
    tok = doc.tokens[i]
    if tok.pos not in ("VERB", "AUX") and not tok.tag.startswith("VB"):
        return False
    lemma = tok.lemma.lower()
    particles = [doc.tokens[k].text.lower() for k in _children(doc, i, s0, s1)]
    particles = [
        p
        for k, p in zip(_children(doc, i, s0, s1), particles, strict=True)
        if doc.tokens[k].dep == "prt"
    ]
    return cues.has("cancel", lemma) or any(cues.has("cancel", f"{lemma} {p}") for p in particles)


def _new_date(doc: ParsedDoc, root: int, s0: int, s1: int, cues: _Cues) -> bool:
    """The date a cancel verb moves its event to: "postponed until March 16"."""
    prep = doc.tokens[root].head
    if prep == root or not s0 <= prep < s1:
        return False
    return cues.has("reschedule_to", doc.tokens[prep].text.lower()) and _is_cancel(
        doc, doc.tokens[prep].head, s0, s1, cues
    )


def _conditional(doc: ParsedDoc, chain: list[int], s0: int, s1: int, cues: _Cues) -> bool:
    """A clause of "if", "unless", "whether", or opened by an auxiliary before its subject
    ("Should the talks collapse on Friday")."""
    for i in chain:
        kids = _children(doc, i, s0, s1)
        if any(
            doc.tokens[k].dep == "mark" and doc.tokens[k].text.lower() in cues.conditional
            for k in kids
        ):
            return True
        subjects = [k for k in kids if doc.tokens[k].dep.startswith("nsubj")]
        for k in kids:
            first_of_clause = k == s0 or doc.tokens[k - 1].text in (",", ";", ":", "—", "-")
            if (
                doc.tokens[k].dep == "aux"
                and cues.has("inversion", doc.tokens[k].text.lower())
                and first_of_clause
                and subjects
                and k < min(subjects)
            ):
                return True
    return False


def _vetoed(doc: ParsedDoc, pred: int, first: int, last: int, cues: _Cues) -> bool:
    """Why a dated meeting word is no calendar entry, whatever the tense of the date's clause:
    cancelled, conditional, told in the past, a rule, an anniversary, a sports fixture."""
    s0, s1 = _sentence_of(doc, pred)
    root = _root_of(doc, first, last)
    moved = _new_date(doc, root, s0, s1, cues)
    chains = _clause_chain(doc, pred, s0, s1) + _clause_chain(doc, root, s0, s1)
    tok = doc.tokens[pred]
    if not moved and (
        tok.tag == "VBD"  # "the two leaders first met": a meeting told as past
        or any(_is_cancel(doc, i, s0, s1, cues) for i in chains)
    ):
        return True
    if _conditional(doc, chains, s0, s1, cues):
        return True
    after = _next_text(doc, last)
    if after == "of" and cues.has("recurring", _next_text(doc, last + 1)):
        return True  # "the first Thursday of every month"
    if any(cues.has("recurring", doc.tokens[k].text.lower()) for k in range(first, last + 1)):
        return True
    of = tok.head
    if (
        tok.dep == "pobj"
        and doc.tokens[of].text.lower() == "of"
        and cues.has("retrospective", doc.tokens[doc.tokens[of].head].lemma.lower())
    ):
        return True  # "the anniversary of the talks falls on Thursday"
    return any(_fixture(doc, k, chains, cues) for k in range(s0, s1))


def _fixture(doc: ParsedDoc, k: int, chains: list[int], cues: _Cues) -> bool:
    """A word of sport as the competition the meeting is played in ("Liverpool meet Real
    Madrid in the Champions League", "in a London derby") or its object ("host the derby"):
    a fixture. The name of something else is not ("the Arab League will hold a summit",
    "a dispute over World Cup broadcasting rights")."""
    tok = doc.tokens[k]
    if not cues.has("sport", tok.lemma.lower()):
        return False
    if tok.pos not in ("NOUN", "PROPN") and tok.dep not in _NOMINAL:
        return False  # "a final round of talks"
    if tok.dep == "compound":
        k, tok = tok.head, doc.tokens[tok.head]  # "the FA Cup", "the cup final"
    head = doc.tokens[tok.head]
    if tok.dep == "pobj" and head.text.lower() in ("in", "at") and head.head in chains:
        return True
    return tok.dep == "dobj" and tok.head in chains


def _deadline_by(doc: ParsedDoc, first: int, last: int, cues: _Cues) -> int | None:
    """The verb of an obligation the date ends, with no deadline word: "must be submitted by
    March 17", "ordered to leave by March 20", "given until Friday", "have until June 1 to"."""
    root = _root_of(doc, first, last)
    s0, s1 = _sentence_of(doc, root)
    prep = doc.tokens[root].head
    if prep == root or not s0 <= prep < s1:
        return None
    if doc.tokens[root].dep != "pobj" or not cues.has("deadline_by", doc.tokens[prep].text.lower()):
        return None
    verb = doc.tokens[prep].head
    chain = [verb]
    while doc.tokens[chain[-1]].dep == "xcomp" and s0 <= doc.tokens[chain[-1]].head < s1:
        chain.append(doc.tokens[chain[-1]].head)  # "ordered to leave by": up to "ordered"
    for i in chain:
        t = doc.tokens[i]
        if t.dep != "aux" and cues.has("obligation", t.lemma.lower()):
            return verb
        if any(
            doc.tokens[k].tag == "MD" and cues.has("obligation", doc.tokens[k].lemma.lower())
            for k in _children(doc, i, s0, s1)
        ):
            return verb
    return None


def _bounds_another_verb(
    doc: ParsedDoc, pred: int, first: int, last: int, cues: _Cues, kinds: dict[str, str]
) -> bool:
    """ "by Friday" ends the time for the verb it hangs on: "hopes to announce by Friday a
    date for the summit" dates the announcement, not the summit ("must respond by Friday",
    a deadline word, or the meeting verb itself keep it)."""
    root = _root_of(doc, first, last)
    prep = doc.tokens[root].head
    if prep == root or not cues.has("bound", doc.tokens[prep].text.lower()):
        return False
    word = doc.tokens[pred]
    kind = kinds.get(word.lemma.lower()) or kinds.get(word.text.lower())
    return doc.tokens[prep].head != pred and kind != "deadline"


def _sentence_of(doc: ParsedDoc, i: int) -> tuple[int, int]:
    for s0, s1 in doc.sents:
        if s0 <= i < s1:
            return s0, s1
    return 0, len(doc.tokens)


def extract_schedule(
    doc: ParsedDoc, lexicons: Lexicons, timexes: Sequence[Timex] | None = None
) -> list[ScheduledItem]:
    """Calendar entries of one document, sorted by position.

    `timexes` are the document's time expressions when the caller has them already
    (`run_extractors` passes the timex extractor's rows); otherwise they are found here."""
    if not doc.tokens or not doc.sents:
        return []
    kinds = lexicons.derived("schedule.kinds", _predicate_kinds)
    cues = lexicons.derived("schedule.cues", _load_cues)
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
        _nearest_predicate(doc, kinds, t, span[0], cues)
        for t, span in zip(upcoming, dated, strict=True)
    ]
    for k, t in enumerate(upcoming):
        s0, s1 = doc.sents[t.sentence]
        first, last = dated[k]
        pred = chosen[k]
        obliged = _deadline_by(doc, first, last, cues)
        if pred is None and obliged is None:
            continue
        if pred is not None and _bounds_another_verb(doc, pred, first, last, cues, kinds):
            pred = None
        if pred is not None:
            # One predicate, one date: "meets next Wednesday to set production for March" is
            # a meeting next Wednesday; March goes with no meeting word of its own.
            rivals = [dated[j][0] for j in range(len(upcoming)) if chosen[j] == pred]
            if min(rivals, key=lambda f: (abs(f - pred), f)) != first:
                pred = None
            elif _vetoed(doc, pred, first, last, cues):
                continue
        if obliged is not None:
            pred, kind = obliged, "deadline"  # "must respond by Friday": the date ends a duty
        elif pred is None:
            continue
        else:
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
