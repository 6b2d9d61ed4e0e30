"""Time expressions: recognise, type and normalise them against the publication date.

`extract_timexes(doc, lexicons)` finds TimeML TIMEX3 expressions (DATE, TIME, DURATION, SET)
with the rules of `timex_rules.py` and normalises each to a TimeML value:

1. Absolute expressions ("January 12, 2022", "2021", "the 1990s") need no anchor.
2. Relative expressions ("Wednesday", "last week", "next month", "early this year") are
   resolved against the publication date (`doc.published`). Direction of weekdays, months and
   month-days without a year comes from the tense of the clause (the governing verb's tag and
   its auxiliaries: "said Wednesday" is the past, "will meet on Monday" the future).
3. Anaphoric expressions ("a day later", "two days after that", "the following week", "that
   day") are resolved against the previous date mentioned in the text.
4. Without a publication date, absolute expressions are still normalised; everything else is
   left underspecified ('XXXX-WXX-3') with `resolved=False`. The clock is never read.

`date_for_span` gives any clause (an event, a quote) a date: the time expression inside it, or
else the publication date, with its precision and a flag saying which.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from ..lexicons import Lexicons
from ..types import ParsedDoc, Timex, Token
from .coref import sentence_numbers
from .prefilter import LiteralGate
from .timex_rules import TimexRules, Vocabulary, load_rules

__all__ = ["extract_timexes", "date_for_span", "value_precision", "tense_at"]

# Arrangement verbs: passive or adjectival, they put the date ahead ("is expected Monday",
# "the vote scheduled for Friday", "due on Monday"). Verbs of agreeing, hoping or promising
# are not among them: "the ceasefire agreed on Monday" was agreed on a past Monday; what they
# announce lies in their infinitive ("agreed to meet on Monday"), which is future anyway.
_FUTURE_LEMMAS = frozenset(
    {"expect", "plan", "schedule", "reschedule", "set", "due", "intend", "propose", "slate"}
)  # fmt: skip
_POS = frozenset({"'s", "’s"})
# "having" too: a perfect participle ("having checked out on Thursday") tells what was done before
_PERFECT = frozenset({"have", "has", "had", "'ve", "'d", "having"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would"})
_GRANULAR_ORDER = (
    "day",
    "weekend",
    "week",
    "month",
    "quarter",
    "season",
    "half",
    "year",
    "decade",
    "century",
)


@dataclass
class _Point:
    """A resolved point in time: a representative day and the granularity of the value."""

    day: date
    gran: str
    # the day closes a period ("the quarter ended Sept. 30", "as of June 30"): a bound, not a
    # day on which the news happened
    bound: bool = False
    clock: str = ""  # "HH:MM" (+ "Z") when the expression gave a clock time ("at 9 a.m. on Monday")
    night: bool = False  # the expression named the day's night ("overnight", "Friday night")


# ---------------------------------------------------------------------------- calendar arithmetic


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _shift(d: date, unit: str, n: int) -> date:
    """d moved by n units ('D', 'W', 'WE', 'M', 'Q', 'Y', 'DE', 'CE')."""
    if unit in ("D",):
        return d + timedelta(days=n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    if unit == "2W":
        return d + timedelta(weeks=2 * n)
    if unit == "M":
        return _add_months(d, n)
    if unit == "Q":
        return _add_months(d, 3 * n)
    if unit == "Y":
        return _add_months(d, 12 * n)
    if unit == "DE":
        return _add_months(d, 120 * n)
    if unit == "CE":
        return _add_months(d, 1200 * n)
    return d


def _fmt(p: _Point) -> str:
    d = p.day
    if p.gran == "day":
        return d.isoformat()
    if p.gran in ("week", "weekend"):
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}" + ("-WE" if p.gran == "weekend" else "")
    if p.gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if p.gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if p.gran == "half":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if p.gran == "year":
        return f"{d.year:04d}"
    if p.gran == "decade":
        return f"{d.year:04d}"[:3]
    if p.gran == "century":
        return f"{d.year:04d}"[:2]
    return d.isoformat()


_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}  # a representative month of each season
_UNIT_GRAN = {"D": "day", "W": "week", "WE": "weekend", "2W": "week", "M": "month",
              "Q": "quarter", "Y": "year", "DE": "decade", "CE": "century"}  # fmt: skip


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# ---------------------------------------------------------------------------- tense


def _sentence_bounds(doc: ParsedDoc, i: int) -> tuple[int, int]:
    for start, end in doc.sents:
        if start <= i < end:
            return start, end
    return 0, len(doc.tokens)


def _is_verb(t: Token) -> bool:
    return t.pos in ("VERB", "AUX") or t.tag.startswith("VB") or t.tag == "MD"


def _pluperfect_plan(doc: ParsedDoc, v: int, s0: int, s1: int) -> bool:
    """Token v tells a plan in the pluperfect: "had been due (to end on June 30)", "had been
    scheduled for Thursday", "had been expected to begin on Monday"."""
    tok = doc.tokens[v]
    lemma = tok.lemma.lower()
    if tok.tag == "JJ" and tok.dep == "acomp" and lemma in _FUTURE_LEMMAS and s0 <= tok.head < s1:
        v, tok = tok.head, doc.tokens[tok.head]  # "due" -> "been"
    elif lemma == "be":
        if not any(
            t.head == v and t.dep == "acomp" and t.lemma.lower() in _FUTURE_LEMMAS
            for t in doc.tokens[s0:s1]
        ):
            return False
    elif lemma not in _FUTURE_LEMMAS or tok.tag != "VBN":
        return False
    auxes = {
        t.text.lower() for t in doc.tokens[s0:s1] if t.head == v and t.dep in ("aux", "auxpass")
    }
    return "had" in auxes and ("been" in auxes or tok.text.lower() == "been")


def _verb_tense(
    doc: ParsedDoc, v: int, s0: int, s1: int, vocab: Vocabulary | None, depth: int = 0
) -> str | None:
    """'past', 'present', 'future', None, or 'either' for a plan told in the pluperfect
    (`_pluperfect_plan`) or with a past "be" ("were due on Jan. 1", not reported speech): a
    plan overtaken by the story, whose date may have passed ("had been due to end on June 30"
    told in July) or lie ahead (told in June); the nearest such date is meant. A bare weekday
    has no nearest and keeps the past (`_weekday_date`)."""
    tok = doc.tokens[v]
    if _pluperfect_plan(doc, v, s0, s1):
        return "either"
    kids = [k for k in range(s0, s1) if doc.tokens[k].head == v and k != v]
    auxes = [doc.tokens[k] for k in kids if doc.tokens[k].dep in ("aux", "auxpass")]
    words = {a.text.lower() for a in auxes} | {a.lemma.lower() for a in auxes}
    if words & _FUTURE_AUX or any(a.tag == "MD" and a.lemma.lower() not in ("can",) for a in auxes):
        return "future"
    if "going" in words and any(a.tag == "TO" for a in auxes):
        return "future"
    perfect_active = bool(words & _PERFECT) and not words & {"be", "been"}
    if (
        tok.tag == "VBN"
        and not auxes
        and tok.dep in ("ROOT", "relcl", "conj", "advcl")
        and any(doc.tokens[k].dep == "nsubj" for k in kids)
        and not _is_headline(doc, v)
    ):
        # a participle heading a clause with a subject of its own and no auxiliary is a
        # simple past the tagger read as a participle ("people protested in Yerevan
        # overnight", "a demand it first set out in December"): English needs "have" or "be"
        # before a participle, but in a headline ("Talks set for Monday") and in the small
        # clause of a verb like "keep" ("held the markets closed until Friday")
        return "past"
    if (
        tok.lemma.lower() in _FUTURE_LEMMAS
        and not perfect_active  # "had planned on Sunday": the planning is past
        and (tok.tag == "VBN" or "be" in words or tok.tag == "JJ")
    ):
        return "future"
    if (
        vocab
        and tok.lemma.lower() == "be"
        and any(
            doc.tokens[k].dep == "acomp" and doc.tokens[k].lemma.lower() in vocab.prospective
            for k in kids
        )
    ):
        if (
            tok.tag == "VBD"
            and any(
                doc.tokens[k].dep == "acomp" and doc.tokens[k].lemma.lower() in _FUTURE_LEMMAS
                for k in kids
            )
            and not _reported(doc, v, s0, s1, vocab)
        ):
            # "the fees were first due on Nov. 30": an arrangement (not a likelihood, "was
            # possible in January") told in the past, not in reported speech, whose date may
            # have gone by or lie ahead, as a plan told in the pluperfect
            return "either"
        return "future"  # "an escalation was possible in late January": ahead of the saying
    if any(a.tag == "TO" for a in auxes):
        gov = doc.tokens[tok.head] if s0 <= tok.head < s1 and tok.head != v else None
        if gov is not None and _pluperfect_plan(doc, tok.head, s0, s1):
            return "either"  # "had been due to end on June 30"
        implicative = vocab.implicative if vocab else frozenset()
        if gov is not None and gov.lemma.lower() in implicative and _is_verb(gov):
            # the infinitive's event is under way when its governor is: "failed to narrow
            # their differences on Wednesday" happened, "sales continue to struggle in
            # February" is the February being reported
            if gov.tag == "VBD":
                return "past"
            if depth < 3:
                gov_tense = _verb_tense(doc, tok.head, s0, s1, vocab, depth + 1)
                if gov_tense in ("past", "present"):
                    return gov_tense
        return "future"  # an infinitive looks ahead of its governor: "to be held on October 12"
    # a bare verb, or a gerund completing its governor ("will begin selling the phone on
    # February 10", "stopped trading on Monday"), takes its governor's time
    bare = tok.tag == "VB" or (tok.tag == "VBG" and tok.dep == "xcomp")
    if bare and not auxes and depth < 3 and tok.head != v and s0 <= tok.head < s1:
        return _verb_tense(doc, tok.head, s0, s1, vocab, depth + 1)
    if tok.tag == "VBD" or any(a.tag == "VBD" for a in auxes):
        return "past"
    if tok.tag == "VBN" and words & {"have", "has", "had", "'ve", "having"}:
        return "past"
    if tok.tag in ("VBZ", "VBP") or any(a.tag in ("VBZ", "VBP") for a in auxes):
        return "present"
    if tok.tag == "VBN" and tok.dep in ("acl", "amod"):  # "the plan announced Monday"
        return "past"
    return None


def _reported(doc: ParsedDoc, v: int, s0: int, s1: int, vocab: Vocabulary) -> bool:
    """Token v heads a clause of reported speech: "he said (an attack was possible)"."""
    tok = doc.tokens[v]
    return (
        tok.dep == "ccomp"
        and s0 <= tok.head < s1
        and tok.head != v
        and doc.tokens[tok.head].lemma.lower() in vocab.say_verb
    )


def _is_headline(doc: ParsedDoc, i: int) -> bool:
    """Token i is in a headline: the text's first line, one sentence without a full stop."""
    text = doc.text
    lead = len(text) - len(text.lstrip())
    nl = text.find("\n", lead)
    if nl > 0 and text.find("\n", nl + 1) > 0 and doc.tokens and i < len(doc.tokens):
        # the line break ends the headline even where the parser ran it on into the date
        # line and the first sentence of the body ("Stocks tumble on Monday\nWednesday, ...")
        line = text[lead:nl].rstrip()
        return doc.tokens[i].idx < nl and bool(line) and line[-1] not in ".!?…"
    if not doc.sents or not doc.sents[0][0] <= i < doc.sents[0][1]:
        return False
    end = doc.sents[0][1] - 1
    while end > doc.sents[0][0] and doc.tokens[end].text.isspace():
        end -= 1  # spaCy keeps the line break as a token of the sentence
    tok = doc.tokens[end]
    rest = doc.text[tok.idx + len(tok.text) :]
    return tok.text not in (".", "!", "?", "...", "…") and rest.lstrip(" \t").startswith("\n")


_DEFERRAL_PREPS = frozenset({"until", "till", "til", "to", "through", "into"})


def _deferred_to(
    doc: ParsedDoc, first: int, last: int, s0: int, s1: int, vocab: Vocabulary
) -> bool:
    """The expression (tokens [first, last]) is the new date of a past deferral ("adjourned
    the case until January 10", "extended the curfew through Friday"): what was moved holds
    now, so the date lies either side of the publication date, as in a present clause."""
    heads = [doc.tokens[k].head for k in range(first, last + 1)]
    outside = [h for h in heads if not first <= h <= last]
    if len(outside) != 1:
        return False
    p = outside[0]
    if not (s0 <= p < s1) or doc.tokens[p].text.lower() not in _DEFERRAL_PREPS:
        return False
    v = doc.tokens[p].head
    if s0 <= v < s1 and not _is_verb(doc.tokens[v]) and doc.tokens[v].dep in ("dobj", "nsubjpass"):
        v = doc.tokens[v].head  # "extended [the curfew through January 15]"
    if not (s0 <= v < s1) or v == p:
        return False
    verb = doc.tokens[v]
    return verb.lemma.lower() in vocab.deferral and verb.tag in ("VBD", "VBN")


def _scheduled(doc: ParsedDoc, first: int, last: int, s0: int, s1: int, vocab: Vocabulary) -> bool:
    """The expression (tokens [first, last]) is a date set ahead: "set a trial date of Sept.
    12", "face a deadline of Jan. 15", "set sentencing for Sept. 12". The setting may be told
    in the past; the date it sets lies ahead, unless it has lapsed ("missed a deadline of")."""
    outside = {doc.tokens[k].head for k in range(first, last + 1)} - set(range(first, last + 1))
    if len(outside) != 1:
        return False
    p = outside.pop()
    if not (s0 <= p < s1) or doc.tokens[p].text.lower() not in ("of", "for"):
        return False
    h = doc.tokens[p].head
    if not (s0 <= h < s1) or h == p:
        return False
    head = doc.tokens[h]
    if doc.tokens[p].text.lower() == "for":
        # "set sentencing for Sept. 12": an arrangement verb, active too
        return _is_verb(head) and head.lemma.lower() in _FUTURE_LEMMAS
    if head.lemma.lower() not in vocab.schedule_noun or _is_verb(head):
        return False
    g = head.head
    return not (s0 <= g < s1 and g != h and doc.tokens[g].lemma.lower() in vocab.lapse)


def _governing_verb(doc: ParsedDoc, first: int, last: int, s0: int, s1: int) -> int | None:
    """The first verb above tokens [first, last] in the dependency tree, within the sentence
    [s0, s1) and outside the expression; None when the walk leaves the sentence first."""
    j, seen = last, 0
    while seen < 12:
        head = doc.tokens[j].head
        if head == j or not (s0 <= head < s1):
            return None
        if _is_verb(doc.tokens[head]) and not (first <= head <= last):
            return head
        j, seen = head, seen + 1
    return None


def _said_on(
    doc: ParsedDoc, head: int, first: int, last: int, s0: int, s1: int, vocab: Vocabulary
) -> int:
    """The verb of saying for an expression the parser hung on the reported clause though it
    stands between the two, before the clause's subject: "GM said on Monday it would recall
    ..." is Monday's saying, not a recall next Monday. Otherwise `head` itself."""
    clause = doc.tokens[head]
    say = clause.head
    if clause.dep != "ccomp" or not (s0 <= say < s1) or not say < first:
        return head
    if doc.tokens[say].lemma.lower() not in vocab.say_verb:
        return head
    if any(doc.tokens[k].tag != "IN" for k in range(say + 1, first)):
        return head  # only a preposition between the saying and the expression
    subjects = [
        k
        for k in range(s0, s1)
        if doc.tokens[k].head == head and doc.tokens[k].dep in ("nsubj", "nsubjpass")
    ]
    return say if subjects and all(k > last for k in subjects) else head


def tense_at(doc: ParsedDoc, first: int, last: int, vocab: Vocabulary | None = None) -> str | None:
    """'past', 'present', 'future' or None for the clause around tokens [first, last].

    `vocab` (the timex lexicon) lends the verbs whose past tense makes their infinitive past
    ("failed to agree on Monday") and the adjectives that make "be" look ahead ("was possible
    in late January"); without it neither is recognised.

    The governing verb is found by walking up the dependency tree from the expression; when
    the tree gives nothing (no parse, a verbless fragment), the nearest finite verb or modal
    of the sentence decides.
    """
    s0, s1 = _sentence_bounds(doc, first)
    if vocab and _deferred_to(doc, first, last, s0, s1, vocab):
        return "present"
    if vocab and _scheduled(doc, first, last, s0, s1, vocab):
        return "future"
    head = _governing_verb(doc, first, last, s0, s1)
    if head is not None and vocab:
        head = _said_on(doc, head, first, last, s0, s1, vocab)
    if head is not None:
        tense = _verb_tense(doc, head, s0, s1, vocab)
        if tense == "either":
            return None  # a plan in the pluperfect: no direction, the nearest date
        if tense:
            return tense
    best: tuple[int, str] | None = None
    for k in range(s0, s1):
        if first <= k <= last:
            continue
        t = doc.tokens[k]
        tense = None
        if t.tag == "MD" and t.lemma.lower() in _FUTURE_AUX | {"will"}:
            tense = "future"
        elif t.tag == "VBD" or (t.tag == "VBN" and t.dep in ("amod", "acl")):
            tense = "past"  # a participle modifying a noun: "the treaties published ..."
        elif t.tag in ("VBZ", "VBP"):
            tense = "present"
        if tense and (best is None or abs(k - first) < best[0]):
            best = (abs(k - first), tense)
    return best[1] if best else None


# ---------------------------------------------------------------------------- resolution


@dataclass
class _Ctx:
    doc: ParsedDoc
    vocab: Vocabulary
    dct: date | None
    earlier: Sequence[_Point]  # the points in time mentioned before, the latest last
    first: int  # token range of the expression
    last: int

    _tense: str | None = None
    _tense_done: bool = False

    @property
    def prev(self) -> _Point | None:
        """The reference time: the point mentioned last."""
        return self.earlier[-1] if self.earlier else None

    def recent(self, gran: str, *, events_only: bool = False) -> _Point | None:
        """The latest point mentioned at this granularity or a finer one: "the day" is the
        last day named, even when "in March" came in between. `events_only` passes over the
        bounds of periods ("the quarter ended Sept. 30")."""
        limit = _GRANULAR_ORDER.index(gran)
        for p in reversed(self.earlier):
            if events_only and p.bound:
                continue
            if p.gran in _GRANULAR_ORDER and _GRANULAR_ORDER.index(p.gran) <= limit:
                return p
        return None

    def in_question(self, gran: str) -> _Point | None:
        """The period "the year" / "the day" refers to: the latest one named (`recent`), unless
        the clause's tense rules it out: "expect prices to ease in the second half of the year"
        after "down from 24% in 1990" is about this year, not 1990."""
        p = self.recent(gran)
        if p is None or self.dct is None:
            return p
        if self.tense == "future" and p.day.year < self.dct.year:
            return None
        if self.tense == "past" and p.day.year > self.dct.year:
            return None
        return p

    @property
    def tense(self) -> str | None:
        if not self._tense_done:
            self._tense = tense_at(self.doc, self.first, self.last, self.vocab)
            self._tense_done = True
        return self._tense

    @property
    def day_tense(self) -> str | None:
        """The tense that places a day named without its year: the clause's, except that a
        verb of a timetable in the present ("Early voting begins Oct. 21", "the offer expires
        Dec. 31") names a day still to come; other present tenses keep the nearest such day
        ("shares are down 4% since Oct. 21")."""
        if self.tense != "present":
            return self.tense
        s0, s1 = _sentence_bounds(self.doc, self.first)
        head = _governing_verb(self.doc, self.first, self.last, s0, s1)
        verb = self.doc.tokens[head] if head is not None else None
        if (
            verb is not None
            and verb.tag in ("VBZ", "VBP")
            and verb.lemma.lower() in self.vocab.timetable_verb
        ):
            return "future"
        return self.tense


@dataclass
class _Value:
    type: str
    value: str
    anchor: str = "none"
    resolved: bool = True
    mod: str = ""
    point: _Point | None = None  # set for resolved points (what "a day later" may anchor on)


def _choose_year(
    dct: date, month: int, day: int | None, tense: str | None, rel: str | None
) -> date:
    """The year of a month (and day) given without one, by tense or the relation word."""
    years = (dct.year - 1, dct.year, dct.year + 1)
    cands = [d for y in years if (d := _safe_date(y, month, day or 1))]
    if not cands:  # 29 February with no leap year near: the last day of February
        cands = [date(y, month, 28) for y in years]
    ref = date(dct.year, dct.month, 1) if day is None else dct  # months compare by month
    if rel == "last":
        return max(c for c in cands if c < ref)
    if rel in ("next", "coming"):
        return min(c for c in cands if c > ref)
    if rel == "this":
        return next(c for c in cands if c.year == dct.year)
    if tense == "past":
        return max(c for c in cands if c <= ref)
    if tense == "future":
        return min(c for c in cands if c >= ref)
    return min(cands, key=lambda c: (abs((c - ref).days), c.year != dct.year))


_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous 'Meeus/Jones/Butcher' rule)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


_QUOTES = frozenset({'"', "“", "”", "``", "''"})


def _quote_said_on(ctx: _Ctx) -> date | None:
    """The day a direct quote was said, for "today", "tomorrow" inside it: '" Today the
    world came together , " the prime minister said on Thursday .' names the Thursday. Only a
    quote closed in the same sentence and attributed there, by a verb of saying (a one-word cue
    of `quote_cues.tsv`) in the simple past, to a bare weekday before the publication day;
    None otherwise."""
    doc, dct = ctx.doc, ctx.dct
    if dct is None:
        return None
    s0, s1 = _sentence_bounds(doc, ctx.first)
    opens = [k for k in range(s0, ctx.first) if doc.tokens[k].text in _QUOTES]
    closes = [k for k in range(ctx.last + 1, s1) if doc.tokens[k].text in _QUOTES]
    if len(opens) != 1 or not closes:
        return None
    end = closes[0]
    for k in range(end + 1, s1):
        t = doc.tokens[k]
        wd = ctx.vocab.weekday.get(t.text.lower())
        if wd is None or t.tag != "NNP":
            continue
        h = t.head
        if s0 <= h < s1 and doc.tokens[h].text.lower() == "on":
            h = doc.tokens[h].head
        if not (end < h < s1):
            return None
        verb = doc.tokens[h]
        if verb.lemma.lower() not in ctx.vocab.say_verb or verb.tag != "VBD":
            return None
        if any(doc.tokens[j].head == k for j in range(s0, s1) if j != k):
            return None  # "said last Thursday", "Thursday night": not a bare weekday
        day = _weekday_date(dct, wd, "past", None)
        return day if day != dct else None
    return None


def _holiday_offset(d: date, g: dict[str, str | None]) -> date:
    """ "the day after Thanksgiving", "the day before Christmas": the day next to the feast."""
    off = (g.get("hoff") or "").lower()
    return d + timedelta(days={"after": 1, "before": -1}.get(off, 0))


def _holiday(spec: str, year: int) -> date:
    """The day of a holiday in a year: "12-25", "11-TH4" (4th Thursday), "05-MOL" (last
    Monday), "11-TH4+1" (the day after), "EASTER-2" (Good Friday)."""
    if (e := re.fullmatch(r"EASTER([+-]\d+)", spec)) is not None:  # "EASTER-47": Shrove Tuesday
        return _easter(year) + timedelta(days=int(e[1]))
    m = re.fullmatch(r"(\d\d)-?(?:([A-Z]{2})([1-5L]))?(?:-?(\d\d))?([+-]\d+)?", spec)
    if m is None:
        raise ValueError(f"holiday value {spec!r} is not understood")
    shift = timedelta(days=int(m[5] or 0))
    month = int(m[1])
    if m[2] is None:
        return date(year, month, int(m[4])) + shift
    weekday = _WEEKDAY_CODES.index(m[2])
    first = date(year, month, 1)
    d = first + timedelta(days=(weekday - first.weekday()) % 7)
    if m[3] == "L":
        while (d + timedelta(days=7)).month == month:
            d += timedelta(days=7)
    else:
        d += timedelta(days=7 * (int(m[3]) - 1))
    return d + shift


def _mod(vocab: Vocabulary, text: str | None) -> str:
    if not text:
        return ""
    key = " ".join(text.lower().replace("-", " ").split())
    # "end-June", "year-end": "end" is a modifier only hyphenated (the rules ask for it so)
    return vocab.modifier.get(key) or ("END" if key == "end" else "")


def _date_value(ctx: _Ctx, p: _Point, anchor: str, mod: str = "", type_: str = "DATE") -> _Value:
    return _Value(type_, _fmt(p), anchor, True, mod, p)


def _unresolved(value: str, mod: str = "", type_: str = "DATE") -> _Value:
    return _Value(type_, value, "none", False, mod)


def _weekday_date(
    dct: date, wd: int, tense: str | None, rel: str | None, headline: bool = False
) -> date:
    delta = wd - dct.isoweekday()
    if rel == "this":
        return dct + timedelta(days=delta)
    if rel == "last" or rel == "past":
        back = (dct.isoweekday() - wd) % 7 or 7
        return dct - timedelta(days=back)
    if rel in ("next", "coming"):
        ahead = (wd - dct.isoweekday()) % 7 or 7
        return dct + timedelta(days=ahead)
    back = (dct.isoweekday() - wd) % 7  # 0: the publication day itself
    ahead = (wd - dct.isoweekday()) % 7  # news names the publication day by its weekday too
    if tense == "future" or (tense == "present" and back != 0 and (ahead <= 3 or not headline)):
        # a present tense names a coming weekday ("travel to Sevilla on Saturday", "the
        # summit opens Thursday"): what is past is told in the past tense. Headlines tell past
        # events in the present too ("Stocks tumble on Monday"): there only the next few days
        # are taken to be ahead.
        return dct + timedelta(days=ahead)
    return dct - timedelta(days=back)


def _number(vocab: Vocabulary, text: str | None) -> str:
    return vocab.parse_number(text) if text else "1"


def _unit_code(vocab: Vocabulary, unit: str) -> str:
    u = unit.lower()
    if u == "centuries":
        u = "century"
    if u not in vocab.unit and u.endswith("s"):
        u = u[:-1]
    return vocab.unit.get(u, "")


def _duration(n: str, code: str) -> str:
    if code in ("H", "MIN", "S"):
        return f"PT{n}{'M' if code == 'MIN' else code}"
    if code in ("DE", "CE"):
        # in years either way, as "a decade" is P10Y: "decades" is some years, PXY; "half a
        # century" is P50Y and "a decade and a half" P15Y, whole years
        if n == "X":
            return "PXY"
        years = float(n) * (10 if code == "DE" else 100)
        return f"P{int(years)}Y" if years.is_integer() else f"P{years}Y"
    if code == "2W":
        return f"P{int(n) * 2}W" if n.isdigit() else "PXW"
    return f"P{n}{code}"


def _half(n: str) -> str:
    if n == "X":
        return n
    v = float(n) + 0.5
    return str(int(v)) if v.is_integer() else str(v)


def _ordinal_day(ctx: _Ctx, day: int) -> _Value | None:
    """ "on the 5th": that day of the month named last ("in March ... on the 5th"), or else of
    the publication's month or a neighbour, in the direction of the clause's tense."""
    ref = ctx.recent("month")
    if ref is not None:
        d = _safe_date(ref.day.year, ref.day.month, day)
        return _date_value(ctx, _Point(d, "day"), "previous") if d else None
    dct = ctx.dct
    if dct is None:
        return _unresolved(f"XXXX-XX-{day:02d}")
    cands = [c for k in (-1, 0, 1) if (c := _safe_date_in(_add_months(dct, k), day))]
    tense = ctx.tense
    if tense == "past" and any(c <= dct for c in cands):
        d = max(c for c in cands if c <= dct)
    elif tense == "future" and any(c >= dct for c in cands):
        d = min(c for c in cands if c >= dct)
    else:
        d = min(cands, key=lambda c: abs((c - dct).days))
    return _date_value(ctx, _Point(d, "day"), "publication")


def _safe_date_in(month: date, day: int) -> date | None:
    return _safe_date(month.year, month.month, day)


def _one_day_adverbial(ctx: _Ctx, g: dict[str, str | None]) -> bool:
    """ "one day" used as an adverb of time, before its verb ("he would one day lead it", "one
    day, the phone rang"), not a length after it ("stayed one day") or after a preposition
    ("for one day")."""
    if (g.get("num") or "").lower() != "one" or (g.get("unit") or "").lower() != "day":
        return False
    if g.get("the") or g.get("approx") or g.get("half") or g.get("half2"):
        return False
    toks = ctx.doc.tokens
    unit = toks[ctx.last]
    nxt = toks[ctx.last + 1].text.lower() if ctx.last + 1 < len(toks) else ""
    if nxt in ("after", "before", "since", "until", "from", "earlier", "later"):
        return False  # "one day after Putin recognised them": a length between two events
    return unit.head > ctx.last and _is_verb(toks[unit.head])


def _relative_year(ctx: _Ctx, dct: date, yrel: str) -> tuple[int, str]:
    """The year of "of next year", "of last year", "of this year" (the publication date's
    neighbours) or "of the following year", "of the previous year" (the year named before's):
    (year, anchor)."""
    words = yrel.lower().split()
    if words[-1] in ("following", "previous"):
        step = 1 if words[-1] == "following" else -1
        base = ctx.recent("year")
        if base is not None:
            return base.day.year + step, "previous"
        return dct.year + step, "publication"
    return dct.year + {"next": 1, "last": -1}.get(words[-1], 0), "publication"


_MONTH_AFTER_RUN = re.compile(
    r"(?:\s+(?:in\s+a\s+row|running))?\s+in\s+([A-Z][a-z]+)\b(?:\s*,?\s*(\d{4})\b)?"
)


# "the fiscal year ending June 30", "the quarter that ended Sept. 30, 2008": the day that
# closes the period named before it
_PERIOD_END = re.compile(
    r"\s+(?:that\s+)?(?:ended|ending)\s+([A-Z][a-z]+)\.?(?:\s+(\d{1,2})\b)?(?:\s*,\s*(\d{4})\b)?"
)


_YEAR_AFTER_RUN = re.compile(r"(?:\s+(?:in\s+a\s+row|running))?\s+in\s+((?:19|20)\d\d)\b")


def _run_month(m: re.Match[str], vocab: Vocabulary) -> tuple[int, int | None] | None:
    """The month (and year) named just after a run of months ("the fourth straight month in
    November 2021"), or None."""
    after = _MONTH_AFTER_RUN.match(m.string, m.end())
    if after is None or after[1].lower() not in vocab.month:
        return None
    return vocab.month[after[1].lower()], int(after[2]) if after[2] else None


def _last_day_of(ctx: _Ctx, month: int, year: int | None) -> _Value:
    """ "the last day of June": the month's last day, its year by the clause's tense."""
    if year is None and ctx.dct is not None:
        year = _choose_year(ctx.dct, month, None, ctx.tense, None).year
    elif year is None:
        return _unresolved(f"XXXX-{month:02d}-{calendar.monthrange(2001, month)[1]:02d}")
    d = date(year, month, calendar.monthrange(year, month)[1])
    return _date_value(ctx, _Point(d, "day"), "none" if ctx.dct is None else "publication")


def _resolve(rule: str, m: re.Match[str], ctx: _Ctx) -> _Value | None:  # noqa: C901
    vocab, dct = ctx.vocab, ctx.dct
    g = m.groupdict()
    mod = _mod(vocab, g.get("mod"))

    if rule in ("iso", "slash"):
        y = int(g["y"])
        if y < 100:
            y += 2000 if y < 50 else 1900
        d = _safe_date(y, int(g["m"]), int(g["d"]))
        return _date_value(ctx, _Point(d, "day"), "none") if d else None

    if rule == "slash_md":
        a, b = int(g["a"]), int(g["b"])
        month, day = (b, a) if a > 12 else (a, b)
        if not 1 <= month <= 12 or _safe_date(2000, month, day) is None:
            return None
        if dct is None:
            return _unresolved(f"XXXX-{month:02d}-{day:02d}")
        d = _choose_year(dct, month, day, ctx.day_tense, None)
        return _date_value(ctx, _Point(d, "day"), "publication")

    if rule in ("mdy", "dmy"):
        month = vocab.month_number(g["mon"])
        day = int(re.sub(r"\D", "", g["day"]))
        if g.get("d0") and (first := int(re.sub(r"\D", "", g["d0"]))) < day:
            day = first  # a range of days ("6-7 November"): its first day
        if g.get("y"):
            d = _safe_date(int(g["y"]), month, day)
            return _date_value(ctx, _Point(d, "day"), "none", mod) if d else None
        if dct is None:
            return _unresolved(f"XXXX-{month:02d}-{day:02d}", mod)
        if _safe_date(2000, month, day) is None:  # Feb 30 and the like: not a date
            return None
        d = _choose_year(dct, month, day, ctx.day_tense, None)
        return _date_value(ctx, _Point(d, "day"), "publication", mod)

    if rule == "nth_weekday":
        # the n-th (or last) weekday of the month, in the year the month alone would take
        month = vocab.month_number(g["mon"])
        n = vocab.ordinal[g["ord"].lower()]
        spec = f"{month:02d}-{_WEEKDAY_CODES[vocab.weekday[g['wd'].lower()] - 1]}{n[0].upper()}"
        if not g.get("y") and dct is None:
            return _unresolved(f"XXXX-{month:02d}-XX")
        year = int(g["y"]) if g.get("y") else _choose_year(dct, month, None, ctx.tense, None).year
        d = _holiday(spec, year)
        if d.month != month:  # "the fifth Monday of June" in a June of four Mondays
            return None
        return _date_value(ctx, _Point(d, "day"), "none" if g.get("y") else "publication")

    if rule == "month":
        month = vocab.month_number(g["mon"])
        if g.get("y"):
            return _date_value(ctx, _Point(date(int(g["y"]), month, 1), "month"), "none", mod)
        if dct is None:
            return _unresolved(f"XXXX-{month:02d}", mod)
        if g.get("yrel"):  # "October of next year"
            year, anchor = _relative_year(ctx, dct, g["yrel"])
            return _date_value(ctx, _Point(date(year, month, 1), "month"), anchor, mod)
        # a verb of a timetable in the present names a month still to come, as it does a
        # day: "fiscal 2009, which ends in March" said in August is next March
        tense = ctx.day_tense
        toks = ctx.doc.tokens
        if ctx.last + 1 < len(toks) and toks[ctx.last + 1].text.lower() in _DELIVERY_NOUNS:
            tense = "future"  # "crude for November delivery fell": a contract's month is to come
        elif tense != "past" and _reports_results(ctx):
            tense = "past"  # "stores will report December sales": a month that is over
        d = _choose_year(dct, month, None, tense, (g.get("rel") or "").lower() or None)
        return _date_value(ctx, _Point(d, "month"), "publication", mod)

    if rule in ("year", "year_old"):
        y = int(g["y"])
        return _date_value(ctx, _Point(date(y, 1, 1), "year"), "none", mod)

    if rule == "fiscal_year":
        y = int(g["y"])
        if g.get("y2") and int(g["y2"]) % 100 != (y + 1) % 100:
            return None  # "2019-22" is a span of years, not one fiscal year
        return _date_value(ctx, _Point(date(y, 1, 1), "year"), "none")

    if rule == "half_h":
        y, h = int(g["y"]), int(g["h"])
        return _date_value(ctx, _Point(date(y, 6 * h - 5, 1), "half"), "none")

    if rule in ("year_short", "fiscal_year_short"):
        yy = int(g["yy"])  # the nearest such year, at most ten years ahead: '11 in 2010
        year = 1900 + yy if dct is None else dct.year // 100 * 100 + yy
        if dct is not None and year > dct.year + 10:
            year -= 100
        return _date_value(ctx, _Point(date(year, 1, 1), "year"), "none")

    if rule in ("decade", "decade_word"):
        # "the sixties": the tens of the number word ("sixty"), a two-digit decade
        dec = _number(vocab, g["w"][:-3] + "y") if rule == "decade_word" else g["dec"].lstrip("'")
        if len(dec) == 2:
            century = 19 if dct is None or int(dec) > dct.year % 100 else dct.year // 100
            dec = f"{century}{dec}"
        if re.fullmatch(r"1[0-9]00", dec):  # "the 1800s", "the early 1900s": the century
            return _date_value(ctx, _Point(date(int(dec), 1, 1), "century"), "none", mod)
        return _date_value(ctx, _Point(date(int(dec), 1, 1), "decade"), "none", mod)

    if rule == "century":
        if g.get("turn"):
            mod = "START"  # "the turn of the 20th century": its start
        c = int(g["c"]) - 1
        return _date_value(ctx, _Point(date(max(c, 1) * 100, 1, 1), "century"), "none", mod)

    if rule == "new_year":
        if dct is None:
            return _unresolved("XXXX")
        year = dct.year + 1 if dct.month >= 7 else dct.year
        return _date_value(ctx, _Point(date(year, 1, 1), "year"), "publication")

    if rule in ("deictic", "deictic2"):
        w = " ".join(g["w"].lower().split())
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                  "before yesterday": -2, "after tomorrow": 2}[w]  # fmt: skip
        pod = (g.get("pod") or "").lower() or ("night" if w == "tonight" else "")
        nxt = ctx.last + 1
        if (
            w == "today"
            and not pod
            and nxt < len(ctx.doc.tokens)
            and ctx.doc.tokens[nxt].text in ("'s", "’s")
        ):
            return _Value("DATE", "PRESENT_REF")  # "today's GM": the present, not the day
        if dct is None:
            return _unresolved("XXXX-XX-XX" + (f"T{vocab.part_of_day[pod]}" if pod else ""))
        said = _quote_said_on(ctx)
        p = _Point((said or dct) + timedelta(days=offset), "day")
        anchor = "previous" if said else "publication"
        if pod:
            return _Value("TIME", f"{_fmt(p)}T{vocab.part_of_day[pod]}", anchor, True, mod, p)
        return _date_value(ctx, p, anchor, mod)

    if rule == "weekday":
        wd = vocab.weekday[g["wd"].lower()]
        rel = (g.get("rel") or "").lower().split()[-1] if g.get("rel") else None
        pod = (g.get("pod") or "").lower()
        suffix = f"T{vocab.part_of_day[pod]}" if pod else ""
        type_ = "TIME" if pod else "DATE"
        if rel in ("following", "previous") and (base := ctx.recent("day")) is not None:
            # "the following Monday": the first Monday after the day named last
            if rel == "following":
                day = base.day + timedelta(days=(wd - base.day.isoweekday() - 1) % 7 + 1)
            else:
                day = base.day - timedelta(days=(base.day.isoweekday() - wd - 1) % 7 + 1)
            return _Value(
                type_, day.isoformat() + suffix, "previous", True, mod, _Point(day, "day")
            )
        rel = {"following": "next", "previous": "last"}.get(rel or "", rel)
        if dct is None:
            return _unresolved(f"XXXX-WXX-{wd}{suffix}", type_=type_)
        tense = ctx.tense
        nxt = ctx.last + 1
        if tense == "present" and nxt < len(ctx.doc.tokens) and ctx.doc.tokens[nxt].text in _POS:
            tense = None  # "says Monday's attack was ...": a possessed event, not the schedule
        p = _Point(_weekday_date(dct, wd, tense, rel, _is_headline(ctx.doc, ctx.first)), "day")
        return _Value(type_, _fmt(p) + suffix, "publication", True, mod, p)

    if rule == "week_of_month":
        month = vocab.month_number(g["mon"])
        if g.get("y"):
            year = int(g["y"])
        elif dct is None:
            return _unresolved(f"XXXX-{month:02d}")
        else:
            year = _choose_year(dct, month, None, ctx.tense, None).year
        ordw = g["ord"].lower()
        if ordw in ("last", "final"):
            day = date(year, month, calendar.monthrange(year, month)[1]) - timedelta(days=6)
        else:
            day = date(year, month, 4) + timedelta(weeks=int(vocab.ordinal[ordw]) - 1)
        return _date_value(ctx, _Point(day, "week"), "none" if g.get("y") else "publication")

    if rule == "ordinal_day":
        return _ordinal_day(ctx, int(g["day"]))

    if rule == "range_day":  # the end of "from Jan. 10 to 13": the start's month and year
        month, day = vocab.month_number(g["mon"]), int(re.sub(r"\D", "", g["day"]))
        start = ctx.prev
        if start is None or start.gran != "day" or start.day.month != month:
            return None  # the start was not read as a day
        end = _safe_date(start.day.year, month, day)
        if end is None or end <= start.day:
            return None  # "March 3 to 2": not a range of days
        return _date_value(ctx, _Point(end, "day"), "previous")

    if rule == "the_weekend":  # the nearest weekend in the direction of the tense
        if dct is None:
            return _unresolved("XXXX-WXX-WE")
        ahead = ctx.tense == "future" or (ctx.tense == "present" and dct.isoweekday() < 6)
        toks = ctx.doc.tokens
        if ctx.first > 0 and toks[ctx.first - 1].text.lower() == "since":
            ahead = False  # "have been evacuating since the weekend": what "since" names is past
        day = dct + timedelta(days=(6 - dct.isoweekday()) % 7) if ahead else dct
        if not ahead and dct.isoweekday() < 6:
            day = dct - timedelta(days=dct.isoweekday() + 1)  # the Saturday before
        return _date_value(ctx, _Point(day, "weekend"), "publication")

    if rule == "midweek":  # the week whose middle is meant, with mod MID
        if dct is None:
            return _unresolved("XXXX-WXX", "MID")
        rel = (g.get("rel") or "").lower()
        step = {"next": 1, "last": -1, "this": 0}.get(rel)
        if step is None:  # the nearest midweek in the direction of the tense
            wd = dct.isoweekday()
            step = 1 if ctx.tense == "future" and wd >= 3 else 0
            step = -1 if ctx.tense == "past" and wd < 3 else step
        p = _Point(dct + timedelta(weeks=step), "week")
        return _date_value(ctx, p, "publication", "MID")

    if rule == "this_pod":
        pod = g["pod"].lower()
        if dct is None:
            return _unresolved(f"XXXX-XX-XXT{vocab.part_of_day[pod]}", type_="TIME")
        offset = -1 if g["rel"].lower() == "last" else 0
        p = _Point(dct + timedelta(days=offset), "day")
        return _Value("TIME", f"{_fmt(p)}T{vocab.part_of_day[pod]}", "publication", True, mod, p)

    if rule == "last_day_of":
        return _last_day_of(ctx, vocab.month_number(g["mon"]), int(g["y"]) if g.get("y") else None)

    if rule == "rel_unit":
        rel = g["rel"].lower().split()[-1]  # "this past week" is "past week"
        rel = "previous" if rel == "prior" else rel
        unit = g["unit"].lower()
        season = vocab.season.get(unit)
        code = "SEASON" if season else _unit_code(vocab, unit)
        toks = ctx.doc.tokens
        nxt = toks[ctx.last + 1].text.lower() if ctx.last + 1 < len(toks) else ""
        before = toks[ctx.first - 1].text.lower() if ctx.first > 0 else ""
        if (
            rel in ("past", "last")
            and g.get("the")
            and code in ("DE", "CE", "Y", "M", "W", "2W", "Q")
            and not (rel == "last" and nxt == "of")
            and nxt not in _POS
            and before != "of"
        ):
            # "the past decade", "over the last year": a stretch of time up to now. Not "the
            # last year of his term" (a final one), "the last week's bloodshed", "the early
            # part of the last decade" (the one before, a calendar period)
            return _Value("DURATION", _duration("1", code), "none", True, mod)
        if (
            rel in ("next", "coming")
            and g.get("the")
            and code in ("DE", "CE", "Y", "M", "W", "2W", "Q")
            and before in ("over", "within", "for")
        ):
            # "hire 1,000 workers over the next year": a stretch from now, as "over the past year"
            return _Value("DURATION", _duration("1", code), "none", True, mod)
        if rel == "last" and g.get("the") and code == "D" and nxt == "of":
            # "the last day of the session": a final day that the text does not date, not
            # yesterday (of a month, "the last day of June", rule `last_day_of`)
            return _unresolved("XXXX-XX-XX", mod)
        if rel in ("following", "previous", "same") or (rel == "next" and g.get("the")):
            # "the following day": after the last day named (or the last point at all)
            ref = _recent_for_future(ctx, "season" if season else _UNIT_GRAN.get(code, "day"))
            base = ref or (_Point(dct, "day") if dct else None)
            anchor = "previous" if ref else "publication"
            step = {"following": 1, "next": 1, "previous": -1, "same": 0}[rel]
        else:
            base = _Point(dct, "day") if dct else None
            anchor = "publication"
            # "this past weekend", "past week" (no article): the one before
            step = {"last": -1, "past": -1, "next": 1, "coming": 1, "upcoming": 1}.get(rel, 0)
        if base is None:
            return _unresolved("XXXX-XX-XX", mod)
        if season:
            y = _season_year(base.day.year, season, step, base.day.month)
            if season == "WI" and base.day.month <= 2 and step == 0:
                y -= 1
            return _Value(
                "DATE", f"{y:04d}-{season}", anchor, True, mod, _Point(date(y, 6, 1), "season")
            )
        if not code:
            return None
        d = _shift(base.day, code, step)
        gran = _UNIT_GRAN.get(code, "day")
        return _date_value(ctx, _Point(d, gran), anchor, mod)

    if rule == "prev_unit":
        unit = g["unit"].lower()
        base = ctx.prev if unit == "time" else (ctx.recent(unit) or ctx.prev)
        if base is None:
            return None  # "that time" with nothing before it: not a date we can place
        gran = {"time": base.gran, "day": "day", "week": "week", "month": "month", "year": "year"}[
            unit
        ]
        if _GRANULAR_ORDER.index(gran) < _GRANULAR_ORDER.index(base.gran):
            gran = base.gran
        return _date_value(ctx, _Point(base.day, gran), "previous")

    if rule == "pod_trading":
        base = ctx.in_question("day")
        if base is None and dct is None:
            return _unresolved(f"XXXX-XX-XXT{vocab.part_of_day[g['pod'].lower()]}", type_="TIME")
        p = _Point(base.day if base else dct, "day")  # type: ignore[arg-type]
        clock = vocab.part_of_day[g["pod"].lower()]
        anchor = "previous" if base else "publication"
        return _Value("TIME", f"{_fmt(p)}T{clock}", anchor, True, mod, p)

    if rule == "half_adj":
        toks = ctx.doc.tokens
        nxt = toks[ctx.last + 1] if ctx.last + 1 < len(toks) else None
        if ctx.first == ctx.last and (nxt is None or nxt.text.lower() not in vocab.period_noun):
            return None  # "a first-half goal": the half of a match
        if ctx.first < ctx.last and not any(
            toks[i].text.lower() in vocab.period_noun
            and toks[i].text.lower() not in ("deficit", "surplus")  # also a gap in a score
            for i in range(*_sentence_of(ctx))
        ):
            return None  # "scored in the first half": no report of a period's figures
        h = 1 if g["h"].lower() == "first" else 2
        if dct is None:
            return _unresolved(f"XXXX-H{h}")
        in_question = ctx.in_question("year")
        y = in_question.day.year if in_question else dct.year
        if (
            in_question is None
            and h > (dct.month + 5) // 6
            and (ctx.tense == "past" or _reports_results(ctx))
        ):
            y -= 1  # results reported for a half not yet begun are last year's (as quarters)
        point = _Point(date(y, 6 * h - 5, 1), "half")
        return _Value("DATE", f"{y:04d}-H{h}", "publication", True, "", point)

    if rule == "prev_pod":
        step = {"next": 1, "following": 1, "previous": -1}.get((g.get("rel") or "").lower(), 0)
        base, anchor = ctx.recent("day"), "previous"
        if base is None and step and dct is not None:
            # "missing since the previous evening" with no day named: the publication's
            base, anchor = _Point(dct, "day"), "publication"
        if base is None:
            return None  # "that night" with no day named before it
        p = _Point(base.day + timedelta(days=step), "day")
        clock = vocab.part_of_day[g["pod"].lower()]
        return _Value("TIME", f"{_fmt(p)}T{clock}", anchor, True, "", p)

    if rule == "prev_season":
        base = ctx.recent("year")
        if base is None:
            return None  # "that summer" with no year named before it
        step = {"following": 1, "previous": -1}.get((g.get("rel") or "").lower(), 0)
        y = base.day.year + step
        code = vocab.season[g["s"].lower()]
        point = _Point(date(y, _SEASON_MONTH[code], 1), "season")
        return _Value("DATE", f"{y:04d}-{code}", "previous", True, "", point)

    if rule == "same_last_year":
        unit = g["unit"].lower()
        named = {"month": "month", "quarter": "quarter", "week": "week"}.get(unit)
        # "profit for the second quarter on Thursday ... the same quarter last year": the
        # quarter named last, not the quarter of the day told after it
        same = next((p for p in reversed(ctx.earlier) if p.gran == named), None)
        base = same or ctx.prev or (_Point(dct, "day") if dct else None)
        if base is None:
            return _unresolved("XXXX-XX-XX")
        gran = {"month": "month", "quarter": "quarter", "week": "week", "day": "day"}.get(
            unit, base.gran if ctx.prev else "year"
        )  # "the same period last year" with no period named: last year, not its day
        p = _Point(_shift(base.day, "Y", -1), gran)
        v = _date_value(ctx, p, "previous" if ctx.prev else "publication")
        # a comparison, as "the year-ago quarter" is: not the period talked about next ("rose
        # 95 percent from the same quarter last year ... sold 18.65 million in the quarter")
        return _Value(v.type, v.value, v.anchor, v.resolved, v.mod, None)

    if rule == "whole_unit":
        code = _unit_code(vocab, g["unit"])
        base = ctx.prev or (_Point(dct, "day") if dct else None)
        if base is None:
            return _unresolved("XXXX-XX-XX", mod)
        if _GRANULAR_ORDER.index(base.gran) > _GRANULAR_ORDER.index(_UNIT_GRAN[code]):
            base = _Point(dct, "day") if dct else base  # "the month" after "in 2005": the DCT's
        elif dct and base is ctx.prev and base.day < dct and _will_clause(ctx):
            # "introduced in January last year, will continue through the end of the year":
            # what will go on runs to the end of the publication's year, not of one past
            gran = _UNIT_GRAN[code]
            if _fmt(_Point(base.day, gran)) < _fmt(_Point(dct, gran)):
                base = _Point(dct, "day")
        p = _Point(base.day, _UNIT_GRAN[code])
        return _date_value(
            ctx, p, "previous" if ctx.prev and base is ctx.prev else "publication", mod
        )

    if rule in ("for_the_unit", "end_the_day", "nth_in_a_row", "of_the_unit"):
        # the period in question: the one mentioned before, or the current one
        unit = g["unit"] or g.get("unit2") or ""  # "end_the_day" has two alternatives
        code = "D" if unit.lower() == "session" else _unit_code(vocab, unit)
        gran = _UNIT_GRAN[code]
        if rule == "nth_in_a_row" and gran == "month" and (named := _run_month(m, vocab)):
            # "fell for the fourth consecutive month in November": the month named after the run
            month, year = named
            if year:
                return _date_value(ctx, _Point(date(year, month, 1), gran), "none", mod)
            if dct is not None:
                d = _choose_year(dct, month, None, ctx.tense, None)
                return _date_value(ctx, _Point(d, gran), "publication", mod)
        if (
            rule == "nth_in_a_row"
            and gran == "year"
            and (y := _YEAR_AFTER_RUN.match(m.string, m.end()))
        ):
            # "rose for a second consecutive year in 2007": the year named after the run
            return _date_value(ctx, _Point(date(int(y[1]), 1, 1), gran), "none", mod)
        end = _PERIOD_END.match(m.string, m.end()) if gran in ("year", "quarter") else None
        if end is not None and (
            month := vocab.month.get(end[1].lower()) or vocab.month_abbr.get(end[1].lower())
        ):
            # "the fiscal year ending June 30": the period of the day that closes it
            day = int(end[2]) if end[2] and int(end[2]) <= 31 else None
            if end[3]:
                closing = date(int(end[3]), month, 1)
            elif dct is not None:
                closing = _choose_year(dct, month, day, ctx.tense, None)
            else:
                return _unresolved("XXXX-XX-XX", mod)
            anchor = "none" if end[3] else "publication"
            return _date_value(ctx, _Point(closing, gran), anchor, mod)
        base = ctx.in_question(gran)
        if base is None:
            if dct is None:
                return _unresolved("XXXX-XX-XX", mod)
            if gran == "quarter" and ctx.tense == "past":
                # a quarter is reported once it is over: "profit in the quarter fell"
                return _date_value(ctx, _Point(_add_months(dct, -3), gran), "publication", mod)
            return _date_value(ctx, _Point(dct, gran), "publication", mod)
        return _date_value(ctx, _Point(base.day, gran), "previous", mod)

    if rule == "in_the_unit":  # "earlier in the week": the publication date's week
        code = _unit_code(vocab, g["unit"])
        if code == "D" and (day := ctx.recent("day", events_only=True)) is not None:
            # "late in the day": the day being reported, the last one mentioned (not the last
            # day of a period: "the quarter ended Sept. 30 ... earlier in the day")
            return _date_value(ctx, _Point(day.day, "day"), "previous", mod)
        if dct is None:
            return _unresolved("XXXX-XX-XX", mod)
        return _date_value(ctx, _Point(dct, _UNIT_GRAN[code]), "publication", mod)

    if rule == "unit_rel":
        code = _unit_code(vocab, g["unit"])
        base = ctx.prev or (_Point(dct, "day") if dct else None)
        if base is None:
            return _unresolved("XXXX-XX-XX")
        step = 1 if g["dir"].lower() in ("after", "later") else -1
        gran = _UNIT_GRAN[code]
        if code == "Y" and step < 0 and ctx.prev and base.gran in ("month", "quarter", "half"):
            gran = base.gran  # "August sales fell from the year before": August a year before,
            # as "a year earlier" after a month is
        p = _Point(_shift(base.day, code, step), gran)
        return _date_value(ctx, p, "previous" if ctx.prev else "publication")

    if rule in ("quarter", "quarter_q"):
        if rule == "quarter_q":
            q = int(g["q"])
        else:
            ordw = g["ord"].lower()
            q = int(vocab.ordinal[ordw]) if vocab.ordinal.get(ordw, "").isdigit() else 4
        if g.get("y"):
            year = int(g["y"])
        elif dct is None:
            return _unresolved(f"XXXX-Q{q}")
        else:
            rel = (g.get("rel") or "").lower()
            year = dct.year + {"last": -1, "previous": -1, "next": 1}.get(rel, 0)
            current_q = (dct.month - 1) // 3 + 1
            if rule == "quarter" and g["ord"].lower() in ("last", "latest") and not rel:
                # "the last quarter", "the latest quarter": the quarter before the publication
                # date's
                q = current_q - 1 or 4
                year = dct.year - (1 if current_q == 1 else 0)
            elif not rel and q > current_q and (ctx.tense == "past" or _reports_results(ctx)):
                # results reported are for a past quarter, "will report fourth-quarter
                # results" in January too
                year -= 1
        p = _Point(date(year, 3 * q - 2, 1), "quarter")
        return _date_value(ctx, p, "none" if g.get("y") else "publication", mod)

    if rule == "later_date":
        return _Value("DATE", "XXXX-XX-XX", "none", False)

    if rule == "rest_of_unit":
        return _Value("DURATION", _duration("1", _unit_code(vocab, g["unit"])), "none", True)

    if rule == "quarter_end_month":
        m_end = vocab.month_number(g["mon"])
        if g.get("y"):
            return _date_value(ctx, _Point(date(int(g["y"]), m_end - 2, 1), "quarter"), "none")
        if dct is None:
            return _unresolved(f"XXXX-Q{m_end // 3}")
        d = _choose_year(dct, m_end, None, ctx.tense, None)
        return _date_value(ctx, _Point(date(d.year, m_end - 2, 1), "quarter"), "publication")

    if rule == "quarter_months":
        m1 = vocab.month_number(re.split(r"\s*[-–/]|\s+(?:to|through)\s+", g["m1"])[0])
        q = (m1 - 1) // 3 + 1
        if g.get("y"):
            return _date_value(ctx, _Point(date(int(g["y"]), m1, 1), "quarter"), "none")
        if dct is None:
            return _unresolved(f"XXXX-Q{q}")
        d = _choose_year(dct, m1, None, ctx.tense, None)
        return _date_value(ctx, _Point(d, "quarter"), "publication")

    if rule == "edge_of_month":
        edge = "START" if g["edge"].lower().split()[0] in ("first", "opening", "early") else "END"
        if g.get("y2"):
            return _date_value(ctx, _Point(date(int(g["y2"]), 1, 1), "year"), "none", edge)
        month = vocab.month_number(g["mon"])
        if g.get("y"):
            return _date_value(ctx, _Point(date(int(g["y"]), month, 1), "month"), "none", edge)
        if dct is None:
            return _unresolved(f"XXXX-{month:02d}", edge)
        d = _choose_year(dct, month, None, ctx.tense, None)
        return _date_value(ctx, _Point(d, "month"), "publication", edge)

    if rule == "half":
        h = 1 if g["h"].lower() == "first" else 2
        if g.get("y"):  # a point, so that "a year earlier" after it is its half a year before
            return _date_value(ctx, _Point(date(int(g["y"]), 6 * h - 5, 1), "half"), "none")
        if dct is None:
            return _unresolved(f"XXXX-H{h}")
        rel = g["rel"].lower()
        in_question = ctx.in_question("year") if rel == "the" else None
        if in_question is not None:  # "the second half of the year": the one in question
            y = in_question.day.year
        else:
            y = dct.year + {"last": -1, "next": 1}.get(rel, 0)
        return _Value(
            "DATE", f"{y:04d}-H{h}", "publication", True, "", _Point(date(y, 6 * h - 5, 1), "half")
        )

    if rule == "overnight":  # the night before a past event; the coming one otherwise
        if dct is None:
            return _unresolved("XXXX-XX-XXTNI", type_="TIME")
        # "overnight" in the past crossed into the publication day; "late-night" is an evening
        overnight = g["w"].lower() == "overnight"
        night = dct - timedelta(days=1) if overnight and ctx.tense == "past" else dct
        p = _Point(night, "day")
        return _Value("TIME", f"{_fmt(p)}TNI", "publication", True, "", p)

    if rule == "prev_session":  # the weekday before the day in question: Friday for a Monday
        base, anchor = ctx.recent("day"), "previous"
        if base is None:
            if dct is None:
                return _unresolved("XXXX-XX-XX")
            base, anchor = _Point(dct, "day"), "publication"
        d = base.day - timedelta(days=1)
        while d.isoweekday() > 5:
            d -= timedelta(days=1)
        return _date_value(ctx, _Point(d, "day"), anchor)

    if rule == "pod_in_question":
        nxt = ctx.doc.tokens[ctx.last + 1] if ctx.last + 1 < len(ctx.doc.tokens) else None
        if nxt is not None and nxt.tag.startswith("NN"):
            return None  # "in the afternoon sun", "the morning papers": a modifier
        base = ctx.recent("day")
        clock = vocab.part_of_day[g["pod"].lower()]
        if base is not None:
            # "fighting went on overnight ... until the morning": the morning after the night
            p = _Point(base.day + timedelta(days=base.night and clock == "MO"), "day")
            return _Value("TIME", f"{_fmt(p)}T{clock}", "previous", True, "", p)
        if dct is None:
            return _unresolved(f"XXXX-XX-XXT{clock}", type_="TIME")
        p = _Point(dct, "day")
        return _Value("TIME", f"{_fmt(p)}T{clock}", "publication", True, "", p)

    if rule == "year_ago_adj":  # a year before the month or quarter named last, else last year
        base = ctx.prev
        toks = ctx.doc.tokens
        noun = (g.get("noun") or "").lower()
        if not noun and ctx.last + 1 < len(toks):
            noun = toks[ctx.last + 1].text.lower()  # "year-earlier sales", a noun left out
        gran = {"quarter": "quarter", "month": "month", "half": "half"}.get(noun)
        same = next((p for p in reversed(ctx.earlier) if p.gran == gran), None) if gran else None
        if same is not None:
            # "the year-ago quarter" after a quarter and a day: a year before the quarter; a
            # comparison, not the period talked about next ("sold 6.9 million in the quarter")
            v = _date_value(ctx, _Point(_shift(same.day, "Y", -1), same.gran), "previous")
            return _Value(v.type, v.value, v.anchor, v.resolved, v.mod, None)
        if base is not None and base.gran in ("month", "quarter", "half"):
            return _date_value(ctx, _Point(_shift(base.day, "Y", -1), base.gran), "previous")
        if dct is None:
            return _unresolved("XXXX")
        return _date_value(ctx, _Point(_shift(dct, "Y", -1), "year"), "publication")

    if rule == "early_hours":  # the morning of the day named before; else of the publication
        # day, whose early hours have passed by the time it is published
        base = ctx.recent("day")
        if base is not None:
            p = _Point(base.day, "day")
            return _Value("TIME", f"{_fmt(p)}TMO", "previous", True, "START", p)
        if dct is None:
            return _unresolved("XXXX-XX-XXTMO", "START", type_="TIME")
        p = _Point(dct, "day")
        return _Value("TIME", f"{_fmt(p)}TMO", "publication", True, "START", p)

    if rule == "through_night":  # the night of the day named before; else as "overnight"
        base = ctx.recent("day")
        if base is not None and ctx.tense == "future" and dct is not None and base.day < dct:
            # "the search will continue through the night" after a past Saturday: a future
            # clause's night is still to come, not the night of a day gone by
            base = None
        if base is not None:
            p = _Point(base.day, "day")
            return _Value("TIME", f"{_fmt(p)}TNI", "previous", True, "", p)
        if dct is None:
            return _unresolved("XXXX-XX-XXTNI", type_="TIME")
        p = _Point(dct - timedelta(days=1) if ctx.tense == "past" else dct, "day")
        return _Value("TIME", f"{_fmt(p)}TNI", "publication", True, "", p)

    if rule == "season":
        code = vocab.season[g["s"].lower()]
        rel = (g.get("rel") or "").lower()
        month = _SEASON_MONTH[code]
        if g.get("y"):
            y = int(g["y"])
            return _Value(
                "DATE", f"{y}-{code}", "none", True, mod, _Point(date(y, month, 1), "season")
            )
        if dct is None:
            return _unresolved(f"XXXX-{code}", mod)
        if g.get("yrel"):  # "the spring of last year"
            y, anchor = _relative_year(ctx, dct, g["yrel"])
            point = _Point(date(y, month, 1), "season")
            return _Value("DATE", f"{y:04d}-{code}", anchor, True, mod, point)
        step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
        y = _season_year(dct.year, code, step, dct.month)
        if not rel:
            if ctx.tense == "past" and month > dct.month + 1:
                y -= 1
            elif ctx.tense == "future" and month < dct.month - 1 and code != "WI":
                y += 1
        point = _Point(date(y, month, 1), "season")
        return _Value("DATE", f"{y:04d}-{code}", "publication", True, mod, point)

    if rule == "before_last":
        code = _unit_code(vocab, g["unit"])
        if dct is None:
            return _unresolved("XXXX-XX-XX")
        return _date_value(ctx, _Point(_shift(dct, code, -2), _UNIT_GRAN[code]), "publication")

    if rule == "nine_eleven":
        return _date_value(ctx, _Point(date(2001, 9, 11), "day"), "none")

    if rule == "holiday":
        spec = vocab.holiday[" ".join(g["h"].lower().split()).replace(" '", "'")]
        if g.get("y") or g.get("y0"):  # "Boxing Day 2004", "the 2009 Christmas special"
            d = _holiday(spec, int(g.get("y") or g["y0"]))
            return _date_value(ctx, _Point(_holiday_offset(d, g), "day"), "none")
        if dct is None:
            fixed = re.fullmatch(r"\d\d-\d\d", spec)  # a movable feast has no fixed day
            return _unresolved(f"XXXX-{spec}" if fixed else "XXXX-XX-XX")
        cands = [_holiday(spec, y) for y in (dct.year - 1, dct.year, dct.year + 1)]
        hrel = (g.get("hrel") or "").lower()
        if hrel == "last":
            d = max(c for c in cands if c < dct)
        elif hrel == "next":
            d = min(c for c in cands if c > dct)
        elif hrel == "this":
            d = cands[1]
        elif ctx.tense == "past":
            d = max(c for c in cands if c <= dct)
        elif ctx.tense == "future":
            d = min(c for c in cands if c >= dct)
        else:
            d = min(cands, key=lambda c: (abs((c - dct).days), c.year != dct.year))
        return _date_value(ctx, _Point(_holiday_offset(d, g), "day"), "publication")

    if rule in ("duration", "half_unit", "duration_adj", "duration_vague_adj", "duration_plural",
                "duration_recent", "num_range", "duration_long", "duration_bare",
                "unit_to_month"):  # fmt: skip
        code = _unit_code(vocab, g["unit"])
        if not code:
            return None
        if rule == "half_unit":
            n = "0.25" if g.get("qtr") else "0.5"
        elif rule in ("duration_long", "unit_to_month"):
            n = "1"
        elif rule in ("duration_vague_adj", "duration_plural", "duration_recent", "duration_bare"):
            n = "X"
        else:
            n = _number(vocab, g.get("num"))
        if g.get("half") or g.get("half2"):
            n = _half(n)
        if n != "X" and "." in n and code in ("H", "MIN"):
            minutes = float(n) * (60 if code == "H" else 1)
            n, code = str(int(minutes)) if minutes.is_integer() else str(minutes), "MIN"
        approx = vocab.approx.get(" ".join((g.get("approx") or "").lower().split()), "")
        direction = " ".join((g.get("dir") or "").lower().split())
        if g.get("hence") or g.get("hence1"):
            direction = "hence"  # "in two years' time", "in a week's time": from now
        if not direction:
            if _one_day_adverbial(ctx, g) and ctx.tense in ("future", "past"):
                # "would one day lead the party": some day, not a length of time; a past "one
                # day" is some past day
                if ctx.tense == "future":
                    return _Value("DATE", "FUTURE_REF")
                return _Value("DATE", "XXXX-XX-XX", "none", False)
            return _Value("DURATION", _duration(n, code), "none", True, approx)
        # An anchored point: "two days ago" (publication), "a day later" (the previous date)
        if code in ("H", "MIN", "S") and (point := _hours_from_previous(ctx, n, code, direction)):
            return _Value(point[0], point[1], "previous", True, approx, point[2])
        if n == "X" or code in ("H", "MIN", "S"):
            if (
                direction in ("later", "afterwards", "afterward", "after that")
                and ctx.tense == "past"
            ):
                # "the meetings stopped a few months later", "walked out two minutes later":
                # some time after a past event, not ahead of the publication (as "later")
                return _Value("DATE", "XXXX-XX-XX", "none", False, approx)
            ref = (
                "PAST_REF"
                if direction in ("ago", "earlier", "before that", "previously")
                else "FUTURE_REF"
            )
            if code in ("H", "MIN", "S") and dct is not None and direction == "ago":
                return _date_value(ctx, _Point(dct, "day"), "publication", approx)
            return _Value("DATE", ref, "none", True, approx)
        sign = -1 if direction in ("ago", "earlier", "before that", "previously") else 1
        if direction in ("ago", "from now", "hence"):
            base, anchor = (_Point(dct, "day") if dct else None), "publication"
            if direction == "ago" and code == "Y" and n == "1" and _compared_period(ctx):
                # "sold 35.1 million iPhones in the March quarter, compared with 18.65 million
                # a year ago": the same quarter a year before, as after "a year earlier"
                base, anchor = ctx.prev, "previous"
        else:
            # "A week earlier, the Fed had lent ..." after "the next meeting is on April 29"
            prev = _anchor_for_unit(ctx, _UNIT_GRAN.get(code, "day"))
            if (
                sign < 0
                and prev is not None
                and dct is not None
                and prev.day <= dct
                and ctx.tense == "future"
            ):
                # "will begin selling on February 10, the companies said on Tuesday.
                # Customers will be able to order a week earlier": what will happen earlier
                # than a past day would be past, so it counts from the point still to come
                ahead = (p for p in reversed(ctx.earlier) if p.day > dct and not p.bound)
                prev = next(ahead, prev)
            base, anchor = (
                (prev, "previous")
                if prev
                else ((_Point(dct, "day") if dct else None), "publication")
            )
        if base is None:
            return _unresolved("XXXX-XX-XX", approx)
        amount = float(n)
        gran = _UNIT_GRAN.get(code, "day")
        if not amount.is_integer():  # "a month and a half ago": in days, at the unit's precision
            days = {"D": 1, "W": 7, "M": 30.44, "Q": 91.3, "Y": 365.25, "DE": 3652.5,
                    "CE": 36525}.get(code)  # fmt: skip
            if days is None:
                return _unresolved("XXXX-XX-XX", approx)
            d = base.day + timedelta(days=round(sign * amount * days))
            if code in ("DE", "CE"):
                gran = "year"  # "half a century ago": a year, not the century it falls in
            return _date_value(ctx, _Point(d, gran), anchor, approx)
        if (
            code == "Y"
            and amount == 1
            and sign < 0
            and anchor == "previous"
            and base.gran == "day"
            and len(ctx.earlier) > 1
            and base is ctx.earlier[-1]
            and ctx.earlier[-2].gran in ("quarter", "half")
            and not ctx.earlier[-2].bound
        ):
            # "reported a loss for the third quarter on Thursday. A year earlier, it had
            # earned ...": the period reported a year before, not the day of the report
            base = ctx.earlier[-2]
        d = _shift(base.day, code, sign * int(amount))
        if gran == "day" or (gran == "week" and base.gran == "day" and anchor == "previous"):
            gran = "day"
        if (
            code == "Y"
            and amount == 1
            and sign < 0
            and anchor == "previous"
            and base.gran in ("month", "quarter", "half")
        ):
            # "50 jets in October, up from 42 a year earlier": the same month (quarter) a year
            # before, as "the same month a year ago" (while "left two years later" is a year)
            gran = base.gran
            if _after_comparison(ctx):
                # the baseline of a comparison, as "the year-ago quarter" is: not the period
                # talked about next ("rose in the third quarter from a year earlier. It earned
                # $2 billion in the quarter" is the third quarter)
                v = _date_value(ctx, _Point(d, gran), anchor, approx)
                return _Value(v.type, v.value, v.anchor, v.resolved, v.mod, None)
        return _date_value(ctx, _Point(d, gran), anchor, approx)

    if rule == "duration_compound":
        parts = [
            (_unit_code(vocab, g["unit"]), _number(vocab, g["num"])),
            (_unit_code(vocab, g["unit2"]), _number(vocab, g["num2"])),
        ]
        order = ("Y", "M", "W", "D", "H", "MIN", "S")
        codes = [c for c, _n in parts]
        if any(c not in order for c in codes) or order.index(codes[0]) >= order.index(codes[1]):
            return None  # "two weeks and two days" is fine, "minutes and hours" is not one span
        if not all(n.isdigit() for _c, n in parts):
            return None
        date_part = "".join(f"{n}{c}" for c, n in parts if c in ("Y", "M", "W", "D"))
        time_part = "".join(
            f"{n}{'M' if c == 'MIN' else c}" for c, n in parts if c in ("H", "MIN", "S")
        )
        approx = vocab.approx.get(" ".join((g.get("approx") or "").lower().split()), "")
        value = "P" + date_part + (f"T{time_part}" if time_part else "")
        return _Value("DURATION", value, "none", True, approx)

    if rule in ("set_every", "set_weekdays"):
        if g.get("wd"):  # "every Monday", "on Sundays", "on Saturday afternoons"
            pods = g.get("pods")
            clock = f"T{vocab.part_of_day[pods.lower()]}" if pods else ""
            return _Value("SET", f"XXXX-WXX-{vocab.weekday[g['wd'].lower()]}{clock}")
        if g.get("mon"):  # "every July"
            return _Value("SET", f"XXXX-{vocab.month_number(g['mon']):02d}")
        if g.get("s"):  # "every summer"
            return _Value("SET", f"XXXX-{vocab.season[g['s'].lower()]}")
        if g.get("pod"):  # "every morning"
            return _Value("SET", f"XXXX-XX-XXT{vocab.part_of_day[g['pod'].lower()]}")
        code = _unit_code(vocab, g["unit"])
        if not code:
            return None
        if code == "WE":  # "every weekend"
            return _Value("SET", "XXXX-WXX-WE")
        n = _number(vocab, g.get("num"))
        if g.get("other") and n.isdigit():
            n = str(int(n) * 2)
        return _Value("SET", _duration(n, code))

    if rule == "set_rate":
        code = _unit_code(vocab, g["unit"])
        return _Value("SET", _duration("1", code)) if code else None

    if rule == "set_word":
        value = vocab.set_word[g["w"].lower()]
        nxt = ctx.last + 1
        if nxt < len(ctx.doc.tokens) and ctx.doc.tokens[nxt].text.lower() in vocab.period_noun:
            return _Value("DURATION", value)  # "annual profit": the profit of one year
        return _Value("SET", value)

    if rule == "ref":
        value = vocab.ref[" ".join(g["w"].lower().split())]
        tok = ctx.doc.tokens[ctx.last]
        if value == "FUTURE_REF" and ctx.first == ctx.last and tok.tag.startswith("RB"):
            # "later", "soon", "eventually" order an event after another one; they point past
            # the publication only when the clause does: "will be released later" is the
            # future, "was later released" an unknown date after a past event.
            nxt = ctx.doc.tokens[ctx.last + 1] if ctx.last + 1 < len(ctx.doc.tokens) else None
            if nxt is not None and nxt.text.lower() in ("after", "before", "than"):
                # "shortly after 3:30 a.m.": a modifier of what follows; "no later than June",
                # "sooner than expected": a comparison, no time of its own
                return None
            if ctx.tense == "past":
                return _Value("DATE", "XXXX-XX-XX", "none", False)
        return _Value("DATE", value)

    if rule == "clock_length":  # "in 1:59:40": PT1H59M40S
        h, mi, sec = int(g["h"]), int(g["mi"]), int(g["sec"])
        parts = "".join(f"{n}{c}" for n, c in ((h, "H"), (mi, "M"), (sec, "S")) if n)
        approx = vocab.approx.get(" ".join((g.get("approx") or "").lower().split()), "")
        return _Value("DURATION", f"PT{parts or '0S'}", "none", True, approx)

    if rule in ("time", "time_ampm", "time_word", "time_zone4"):
        midnight = rule == "time_word" and g["w"].lower() == "midnight"
        day_words = ("tonight", "today", "tomorrow", "yesterday")  # "midnight tonight"
        if rule == "time_word" and ctx.last + 1 < len(ctx.doc.tokens):
            nxt = ctx.doc.tokens[ctx.last + 1]
            if (
                nxt.tag.startswith("NN")
                and nxt.text[:1].islower()
                and nxt.text.lower() not in day_words
            ):
                return None  # "midnight regulations", "a midday meal": a modifier, no time
        ampm = ""
        if rule == "time_word":
            # TimeML writes midnight as the end of its day, T24:00: "midnight on Tuesday" is
            # Tuesday's last instant, not its first
            h, mi = (24, 0) if midnight else (12, 0)
        else:
            h, mi = int(g["h"]), int(g.get("mi") or 0)
            ampm = (g.get("ampm") or "").lower().replace(".", "").replace(" ", "")
            if ampm == "pm" and h < 12:
                h += 12
            elif ampm == "am" and h == 12:
                h = 0
        tz = "Z" if (g.get("tz") or "").upper() in ("UTC", "GMT") else ""
        day_word = (g.get("wd") or g.get("wd0") or "").lower()
        day: date | None = None
        anchor = "publication"
        if day_word in vocab.weekday and dct:
            day = _weekday_date(dct, vocab.weekday[day_word], ctx.tense, None)
        elif day_word and dct:
            day = dct + timedelta(
                days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[day_word]
            )
        elif (prev := _day_for_past(ctx)) and prev.gran == "day":
            # "on Tuesday ... at 18:00"; "conceded after 11 p.m." after "will be sworn in on
            # January 20" is not on that day to come
            day, anchor = prev.day, "previous"
            if prev.night and (ampm == "am" or (not ampm and h < 6)):
                # "swept across England overnight ... the strongest winds were between 5 a.m.
                # and 7 a.m.": the small hours of a night are on the day after it began
                day += timedelta(days=1)
        elif dct:
            # a past clause's midnight with no day named is the one that ended the day before
            day = dct - timedelta(days=1) if midnight and ctx.tense == "past" else dct
        sec = f":{int(g['sec']):02d}" if g.get("sec") else ""
        clock = f"T{h:02d}:{mi:02d}{sec}{tz}"
        approx = vocab.approx.get(" ".join((g.get("approx") or "").lower().split()), "")
        if day is None and day_word in vocab.weekday:  # "2248 GMT Tuesday", no publication date
            value = f"XXXX-WXX-{vocab.weekday[day_word]}{clock}"
            return _Value("TIME", value, "none", False, approx)
        if day is None:
            return _Value("TIME", "XXXX-XX-XX" + clock, "none", False, approx)
        return _Value("TIME", day.isoformat() + clock, anchor, True, approx, _Point(day, "day"))

    return None


# ---------------------------------------------------------------------------- filters


_NOT_AFTER_YEAR = frozenset(
    {"%", "percent", "per", "km", "kg", "mph", "ft", "m", "miles", "metres"}
)
# units of length: a period after one is a speed's ("miles an hour", "kilometres per hour")
_LENGTH_UNITS = frozenset(
    {"mile", "miles", "kilometre", "kilometres", "kilometer", "kilometers", "km", "metre",
     "metres", "meter", "meters", "m", "feet", "foot", "ft", "yards", "inches", "centimetres",
     "centimeters", "cm", "millimetres", "mm"}
)  # fmt: skip
_NOT_BEFORE_YEAR = frozenset(
    {"$", "us$", "€", "£", "#", "no.", "number", "flight", "route", "model"}
)
# entity labels a year may share with the words before it and still be a year
_NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
# words that leave a year a year though a title-case line puts them in a name with it
# ("Claims Filed Before 2009", "Full Year 2013 Results")
_WORDS_BEFORE_A_YEAR = frozenset(
    {"in", "since", "by", "for", "until", "till", "from", "of", "before", "after", "during",
     "through", "to", "and", "or", "between", "at", "on", "the", "as", "year", "fiscal", "end",
     "early", "late", "mid"}
)  # fmt: skip
_REPORT_VERBS = frozenset({"report", "post", "announce", "release", "publish", "unveil"})


def _season_year(year: int, season: str, step: int, month_now: int) -> int:
    """The year of the season `step` (-1, 0, 1) away from one in `year`: "last spring" said
    in October is this year's, the last one there was, and "next autumn" said in March this
    year's, the next one to come (winter, across two years, keeps the plain step)."""
    month = _SEASON_MONTH[season]
    if season != "WI" and (
        (step == -1 and month + 1 < month_now) or (step == 1 and month - 1 > month_now)
    ):
        return year
    return year + step


def _prev_for_past(ctx: _Ctx) -> _Point | None:
    """The point mentioned last, but in a past clause the last one not after the publication
    date: a past event is not placed from a date still to come."""
    prev = ctx.prev
    if prev is not None and ctx.dct is not None and prev.day > ctx.dct and ctx.tense == "past":
        return next((p for p in reversed(ctx.earlier) if p.day <= ctx.dct), None)
    return prev


def _day_for_past(ctx: _Ctx) -> _Point | None:
    """`_prev_for_past`, but a past clause passes over a coarser point named in an aside to
    the day of the story: "lifted off at 4:15 p.m." after "reached orbit on Sunday. Three
    earlier launches had failed, the last in August" is Sunday's 4:15 p.m."""
    prev = _prev_for_past(ctx)
    if prev is None or prev.gran == "day" or ctx.tense != "past" or ctx.dct is None:
        return prev
    day = ctx.recent("day")
    return day if day is not None and day.gran == "day" and day.day <= ctx.dct else prev


def _recent_for_future(ctx: _Ctx, gran: str) -> _Point | None:
    """The point "the following day" counts from: the latest one at its granularity or finer
    (else the latest at all), but a future clause counts from a point still to come when one
    was named: "will step down on June 21 ... the scandal began on May 8 ... a new Speaker
    will be elected the following day" is June 22."""
    ref = ctx.recent(gran) or ctx.prev
    if ref is None or ctx.dct is None or ref.day > ctx.dct or ctx.tense != "future":
        return ref
    limit = _GRANULAR_ORDER.index(gran) if gran in _GRANULAR_ORDER else 0
    ahead = (
        p
        for p in reversed(ctx.earlier)
        if p.day > ctx.dct
        and p.gran in _GRANULAR_ORDER
        and _GRANULAR_ORDER.index(p.gran) <= limit
        and not p.bound
    )
    return next(ahead, ref)


def _anchor_for_unit(ctx: _Ctx, gran: str) -> _Point | None:
    """The anchor of "a week earlier", "two days later": the point mentioned last
    (`_prev_for_past`), unless it is coarser than the unit counted and a point as fine was
    named before it: "won on Sunday, after victories in 2005 and 2007. He had missed Boston a
    week earlier" counts back from Sunday, not from 2007."""
    prev = _prev_for_past(ctx)
    if prev is None or prev.gran not in _GRANULAR_ORDER or gran not in _GRANULAR_ORDER:
        return prev
    if _GRANULAR_ORDER.index(prev.gran) <= _GRANULAR_ORDER.index(gran):
        return prev
    fine = ctx.recent(gran)
    if fine is None or (ctx.tense == "past" and ctx.dct is not None and fine.day > ctx.dct):
        return prev
    return fine


_LATER = frozenset({"later", "afterwards", "afterward", "after that"})
_EARLIER = frozenset({"earlier", "before that"})


def _hours_from_previous(
    ctx: _Ctx, n: str, code: str, direction: str
) -> tuple[str, str, _Point] | None:
    """ "about two hours later", "hours later", "30 minutes earlier" after a day or a clock
    time: (type, value, point) of the point that far from it. The TIMEX3 value of an anchored
    expression is the point it names at the precision its anchor gives: after "at 9 a.m. on
    Monday" a TIME ("...T11:00"); after "on Monday" that day, a DATE, as "two hours ago" is
    the publication day. None without such an anchor (a period, a bound, nothing)."""
    if direction not in _LATER | _EARLIER:
        return None
    prev = _prev_for_past(ctx)
    if prev is None or prev.gran != "day" or prev.bound:
        return None
    if not prev.clock or n == "X" or code == "S" or not n.isdigit():
        return "DATE", prev.day.isoformat(), _Point(prev.day, "day")
    # the zone of the clock counted from stays: "at 16:28 GMT ... about six hours later"
    hh, mm, zone = int(prev.clock[:2]), int(prev.clock[3:5]), prev.clock[5:]
    minutes = int(n) * (60 if code == "H" else 1) * (1 if direction in _LATER else -1)
    at = datetime(prev.day.year, prev.day.month, prev.day.day, hh, mm) + timedelta(minutes=minutes)
    clock = f"{at.hour:02d}:{at.minute:02d}{zone}"
    return "TIME", f"{at.date().isoformat()}T{clock}", _Point(at.date(), "day", clock=clock)


def _reports_results(ctx: _Ctx) -> bool:
    """A verb of reporting results governs the expression ("will report fourth-quarter
    results", "is due to post its first-quarter earnings"): a report is about a period that is
    over, whatever the tense. The verb is the one just before the noun phrase."""
    a, _ = _sentence_of(ctx)
    toks = ctx.doc.tokens
    nouns = ctx.vocab.period_noun
    # "figures for September will be published": the figures a verb of reporting has as its
    # subject are of a period that is over
    prep = toks[ctx.last].head
    if toks[prep].text.lower() == "for" and prep != ctx.last:
        noun = toks[toks[prep].head]
        verb = toks[noun.head]
        if (
            noun.text.lower() in nouns
            and noun.dep in ("nsubj", "nsubjpass")
            and verb.lemma.lower() in _REPORT_VERBS
        ):
            return True
    # the report is of a period's figures: "fourth-quarter results", "results for the quarter"
    figures = ctx.last + 1 < len(toks) and toks[ctx.last + 1].text.lower() in nouns
    for i in range(ctx.first - 1, max(a, ctx.first - 4) - 1, -1):
        tok = toks[i]
        if tok.tag.startswith("VB") or tok.tag == "MD":
            word = tok.lemma.lower() if tok.lemma else tok.text.lower()
            return figures and (
                word in _REPORT_VERBS or re.sub(r"(?:ed|s|ing)$", "", word) in _REPORT_VERBS
            )
        if tok.tag not in ("DT", "PRP$", "POS", "JJ", "IN", "CD", "NN", "NNS"):
            return False
        figures = figures or tok.text.lower() in nouns
    return False


# nouns after a month that make it a futures contract's month, which has not yet come
_DELIVERY_NOUNS = frozenset({"delivery", "contract", "contracts", "futures", "options"})
# the prepositions (and verbs of lasting) that make a bare "minutes" a length of time
_MINUTES_AFTER = frozenset({"within", "for", "in", "after", "over", "took", "lasted"})
# the words after "quarters of" that make it a fraction of something, not three-month periods
# ("two quarters of growth" stays a length)
_FRACTION_OF = frozenset(
    {"a", "an", "one", "its", "their", "his", "her", "our", "all", "those", "these", "them"}
)
_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
_PLURAL = ("NNS", "NNPS", "CD")
_BARE_UNITS = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "decades"})
_CURRENT_TERMS = frozenset({"account", "accounts", "affairs", "assets", "liabilities"})


_COMPARISON = frozenset({"from", "compared", "than", "versus", "vs.", "against"})


def _compared_period(ctx: _Ctx) -> bool:
    """The expression is the baseline of a comparison in its sentence ("up from 42 a year
    ago", "compared with 18.65 million a year ago") and the point named last is a month,
    quarter or half, not the bound of a period."""
    prev = ctx.prev
    if prev is None or prev.gran not in ("month", "quarter", "half") or prev.bound:
        return False
    return _after_comparison(ctx)


def _after_comparison(ctx: _Ctx) -> bool:
    """A word of comparison ("from", "than", "compared", ...) comes shortly before the
    expression, in its sentence: "up from 42 a year earlier"."""
    s0, _ = _sentence_of(ctx)
    toks = ctx.doc.tokens
    return any(
        toks[k].text.lower() in _COMPARISON for k in range(max(s0, ctx.first - 6), ctx.first)
    )


def _will_clause(ctx: _Ctx) -> bool:
    """The expression's clause is in the plain future ("will", "shall", "'ll"), its own verb
    or the verb its infinitive or gerund completes: not "would", the future of a past."""
    s0, s1 = _sentence_of(ctx)
    doc = ctx.doc
    v = _governing_verb(doc, ctx.first, ctx.last, s0, s1)
    for _ in range(3):
        if v is None:
            return False
        kids = [doc.tokens[k] for k in range(s0, s1) if doc.tokens[k].head == v and k != v]
        auxes = [k for k in kids if k.dep in ("aux", "auxpass")]
        if any(a.text.lower() in ("will", "shall", "'ll") for a in auxes):
            return True
        tok = doc.tokens[v]
        if tok.dep not in ("xcomp",) or tok.head == v or not (s0 <= tok.head < s1):
            return False
        v = tok.head
    return False


def _sentence_of(ctx: _Ctx) -> tuple[int, int]:
    """The token range of the sentence the expression is in."""
    for a, b in ctx.doc.sents:
        if a <= ctx.first < b:
            return a, b
    return ctx.first, ctx.last + 1


def _time_word(vocab: Vocabulary, word: str) -> bool:
    """A month, weekday, season, holiday word or part of the day: no name after a weekday."""
    w = word.lower().rstrip(".")
    return (
        w in vocab.month
        or w in vocab.month_abbr
        or w in vocab.weekday
        or w in vocab.season
        or w in vocab.part_of_day
        or any(h.split()[0] == w for h in vocab.holiday)
    )


def _year_before_its_noun(tok: Token, before: Token | None) -> bool:
    """ "the 2019 elections", "its 2021 results", "the firm's 2020 figures": a year the entity
    recogniser dates, between a determiner or possessive and a plural noun, says which year's
    (while "2000 people" counts them)."""
    return tok.ent_type == "DATE" and before is not None and before.tag in ("DT", "PRP$", "POS")


def _superlative_before(toks: Sequence[Token], of: int) -> bool:
    """The noun phrase ending before token `of` ("of") has a superlative: "the hottest day",
    "the biggest one-day fall"."""
    for k in range(of - 1, max(-1, of - 5), -1):
        if toks[k].tag in ("JJS", "RBS"):
            return True
        if _is_verb(toks[k]) or toks[k].tag in (",", ".", ":", "IN"):
            return False
    return False


_SEASON_PREPS = frozenset({"in", "during", "by", "until", "through", "since"})


def _fall_season(
    toks: Sequence[Token], first: int, last: int, before: Token | None, after: Token | None
) -> bool:
    """ "(reached) in the fall", "by the fall,": the season, named after a preposition of time
    with its article, and nothing of its own after it (a fall *of* or *in* something is a
    falling; so is one with no article, "prices in fall")."""
    if toks[first].text.lower() != "the" or before is None:
        return False
    if before.text.lower() not in _SEASON_PREPS:
        return False
    return after is None or after.tag in (".", ",", ":", "CC") or after.text in (".", ",", ";")


def _keep(
    rule: str,
    m: re.Match[str],
    doc: ParsedDoc,
    first: int,
    last: int,
    vocab: Vocabulary,
    starts: list[int] | None = None,
) -> bool:
    """Token-level checks that a regex cannot make: verbs named like months, numbers that are
    not years, ordinals that are not units. (`starts`: the tokens' character offsets, which
    the caller has already listed.)"""
    toks = doc.tokens
    tok = toks[first]
    after = toks[last + 1] if last + 1 < len(toks) else None
    before = toks[first - 1] if first > 0 else None
    if rule == "month" and not m.group("y") and not m.group("mod") and not m.group("rel"):
        # "May" the modal, "March" the verb, "April" the first name
        i = _tok_at(doc, m.start("mon"), starts)
        mon = toks[i]
        if mon.tag == "MD" or mon.tag.startswith("VB") or mon.ent_type in _NAME_LABELS:
            return False
        prev_tok = toks[i - 1] if i > 0 else None
        if (
            prev_tok is not None
            and prev_tok.tag == "NNP"
            and (
                prev_tok.ent_type in _NAME_LABELS
                or (prev_tok.dep == "compound" and prev_tok.head == i)
            )
        ):
            return False  # "Theresa May": a first name before it
        if _modal_in_title_case(doc, i):
            return False  # "Global Growth Worries May Pressure Stocks"
    if (
        before is not None
        and before.text.lower() in _LENGTH_UNITS
        and re.fullmatch(r"(?:an?|per|every|each)\s+(?:hour|minute|second)", m.group(0), re.I)
    ):
        return False  # "99 miles per hour", "15 miles an hour": a speed, no time
    if rule in ("weekday", "month", "season") and _inside_name(
        doc, _tok_at(doc, m.end() - 1, starts)
    ):
        return False  # "The Sunday Times", "Tuesday Morning Corp.", "the Winter Olympics"
    if (
        rule == "weekday"
        and before is not None
        and before.text.lower() == "the"
        and after is not None
        and after.tag == "NNP"
        and after.text[:1].isupper()
        and not _time_word(vocab, after.text)
        and (last + 2 >= len(toks) or not toks[last + 2].tag.startswith("NN"))
    ):
        # "the Sunday Telegraph", "the Friday Group" when the recogniser has no name for it:
        # "the" + weekday + one proper noun that ends the phrase is a title (while "the Monday
        # Senate vote" is that Monday's vote, and "Tuesday Oct. 14" a date)
        return False
    if rule == "year_old" and not (
        tok.ent_type == "DATE" and before is not None and before.tag in ("IN", "TO", "CC")
    ):
        return False  # "1500 workers", "to 1,200": a count, unless dated and introduced
    if rule == "year_short" and (
        (after is not None and (after.text.lower() in _NOT_AFTER_YEAR or after.tag in _PLURAL))
        or before is None
        or before.tag not in ("IN", "DT", "TO", "CC")
    ):
        return False  # only where a year is expected ("since '82", "the '92 race"), not in
        # a quoted number ("'24 hours a day'") or a product name ("iLife '11")
    if rule == "year" and not m.group("mod") and not m.group("fy"):
        if before is not None and (
            before.text.lower() in _NOT_BEFORE_YEAR
            or doc.text[max(0, m.start() - 1) : m.start()] == "$"
        ):
            return False
        if after is not None and (
            after.text.lower() in _NOT_AFTER_YEAR
            or (after.tag in ("NNS", "NNPS") and not _year_before_its_noun(tok, before))
        ):
            return False
        if (
            tok.ent_type in ("MONEY", "PERCENT", "QUANTITY")
            or tok.tag == "NNP"
            and tok.ent_type == "ORG"
        ):
            return False
        if (
            before is not None
            and before.text[:1].isupper()
            and before.text.lower() not in _WORDS_BEFORE_A_YEAR
            and any(a < first < b and label not in _NUMERIC_LABELS for a, b, label in doc.ents)
        ):
            return False  # "Vision 2030", "Euro 2020", "SXSW 2014": a year inside a name
    if rule == "duration_bare" and (
        tok.tag != "NNS"
        or before is None
        or not (
            before.tag.startswith("VB")
            or (before.tag == "IN" and before.text.lower() != "of")
            or before.text.lower() in ("just", "only", "mere")  # "just days after the vote"
            # "could take weeks or months": the second of two lengths joined
            or (
                before.text.lower() in ("or", "and")
                and first > 1
                and toks[first - 2].text.lower() in _BARE_UNITS
            )
        )
        or (  # "in its waning days", "the coming years": a participle used as an adjective
            before.tag == "VBG" and first > 1 and toks[first - 2].tag in ("DT", "PRP$", "POS")
        )
        or (after is not None and (after.tag.startswith("NN") or after.tag in ("POS", "VBN")))
    ):
        return False  # "those days", "hundreds of years", "working hours", "hours worked"
    if (
        rule == "duration_bare"
        and m.group("unit").lower() == "minutes"
        and (before is None or before.text.lower() not in _MINUTES_AFTER)
    ):
        return False  # "within minutes" is a length, "released minutes of its meeting" a record
    if rule == "duration":
        unit_tok = toks[_tok_at(doc, m.start("unit"), starts)]
        unit = m.group("unit").lower()
        if unit == "second" and unit_tok.tag in ("JJ", "RB"):  # "a second round"
            return False
        if unit == "quarter" and m.group("num").lower() in ("a", "an") and not m.group("dir"):
            return False  # "a quarter of the troops", "about a quarter": a fraction
        if (
            unit.startswith("quarter")
            and not m.group("dir")
            and last + 2 < len(toks)
            and toks[last + 1].text.lower() == "of"
            and toks[last + 2].text.lower() in _FRACTION_OF
        ):
            return False  # "three quarters of a point", "two quarters of its sales": a fraction
        num = m.group("num").lower()
        if unit.startswith("minute") and unit_tok.tag == "JJ":  # "minute details"
            return False
        if (
            num in ("a", "an", "one")
            and unit in ("day", "time")
            and before is not None
            and (before.text.lower() in ("one",))
        ):
            return False
    if rule in ("duration", "duration_adj") and (
        m.group(0).lower().endswith("-old")
        or (after is not None and after.text.lower() == "old")
        or (before is not None and before.text.lower() == "aged")
    ):
        return False  # "the 50-year-old man", "she is 12 years old": an age, no time
    if (
        rule == "ref"
        and m.group("w").lower() == "the past"
        and after is not None
        and (after.tag.startswith(("CD", "JJ", "NN")) or after.text.lower() in ("few", "several"))
    ):
        return False  # "each of the past four sessions": a count of things, not the past
    if rule == "slash_md" and (before is None or before.text.lower() not in ("on", "by")):
        return False  # "won 5/12 of the seats": a fraction
    if rule == "ordinal_day" and (
        before is None
        or before.text.lower() not in vocab.day_preposition
        or (
            after is not None
            and (
                after.pos in ("NOUN", "PROPN", "ADJ", "NUM")
                or after.tag.startswith(("NN", "JJ", "CD"))
                or after.text.lower() in ("of", "century", "place")
            )
        )
    ):
        return False  # "on the 5th floor", "by the 21st century": an ordinal, not a day
    if rule == "nth_in_a_row" and after is not None and after.tag.startswith("NN"):
        return False  # "for a fourth quarter touchdown": a modifier of a noun, no period
    if rule == "holiday" and not (m.group("y") or m.group("y0")):
        i = _tok_at(doc, m.end() - 1, starts)
        if any(a <= i < b - 1 and label in ("GPE", "LOC", "FAC") for a, b, label in doc.ents):
            return False  # "Easter Island": a place named after a holiday
        if before is not None and before.text.lower() in vocab.other_calendar:
            return False  # "Lunar New Year", "Orthodox Christmas": another calendar's feast
        if (
            after is not None
            and after.text[:1].isupper()
            and after.text.lower() in vocab.name_after_holiday
        ):
            return False  # "the Good Friday Agreement", "the Easter Rising": a name
    if rule == "of_the_unit" and not _superlative_before(toks, first - 1):
        return False  # "the rest of the year", "the Player of the Year": no period reported
    if rule == "ref" and doc.text[m.end() : m.end() + 1] == "-":
        return False  # "the now-cancelled deal", "the soon-to-open terminal"
    if (
        rule == "ref"
        and m.group("w").lower() == "current"
        and (tok.tag != "JJ" or (after is not None and after.text.lower() in _CURRENT_TERMS))
    ):
        return False  # "the current" (a flow), "current account": no present time
    if (
        rule == "ref"
        and m.group("w").lower() == "recent"
        and before is not None
        and before.text.lower() in ("most", "more")
    ):
        return False  # "its most recent model": the latest of a series, not a time
    if (
        rule == "ref"
        and before is not None
        and before.text.lower() == "as"
        and (after is not None and after.text.lower() == "as")
    ):
        return False  # "as soon as": a conjunction
    if rule == "prev_unit" and m.group("unit").lower() == "time" and "same" in m.group(0).lower():
        return False  # "at the same time": a discourse connective
    if (
        rule == "season"
        and m.group("s").lower() == "fall"
        and not (m.group("rel") or m.group("y"))
        and not _fall_season(toks, first, last, before, after)
    ):
        return False  # "a fall in prices", "the fall of the Berlin Wall": a falling
    if (
        rule == "season"
        and not (m.group("rel") or m.group("y") or m.group("mod"))
        and m.group("s")[:1].isupper()
        and before is not None
        and before.text[:1].isupper()
        and first - 1 > _sentence_bounds(doc, first)[0]
    ):
        return False  # "the Arab Spring", "the Prague Spring": a capitalised name
    if (
        rule == "season"
        and not (m.group("rel") or m.group("y") or m.group("mod"))
        and m.group("s")[:1].isupper()
        and after is not None
        and after.text[:1].isupper()
        and after.text.lower().rstrip(".") not in vocab.month
        and after.ent_type not in ("DATE", "TIME")
        and tok.ent_type != "DATE"
    ):
        return False  # "the Winter Olympics", "the Summer Games": a season opening a name
    # "spring" the verb is no season
    return not (
        rule == "season" and not (m.group("rel") or m.group("y")) and tok.tag.startswith("VB")
    )


_FUNCTION_TAGS = frozenset({"IN", "DT", "TO", "CC", "POS", "PRP$", "CD", "WDT", "RP"})


def _modal_in_title_case(doc: ParsedDoc, i: int) -> bool:
    """ "May" between a subject and a verb of a headline in title case ("Origin May Ban Early
    Players", "Growth Worries May Pressure Stocks") is the modal: the tagger, seeing every word
    capitalised, takes it for the month. A month there follows a preposition, a determiner or a
    possessive ("Sales Fall In May", "McDonald's May Sales") or starts the line."""
    toks = doc.tokens
    if toks[i].text != "May" or i == 0 or i + 1 >= len(toks):
        return False
    s0, s1 = _sentence_bounds(doc, i)
    words = [t.text for t in toks[s0:s1] if t.text.isalpha() and len(t.text) > 3]
    if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.75 * len(words):
        return False  # not a title-case line: there the tagger's "MD" is to be trusted
    before, after = toks[i - 1], toks[i + 1]
    return (
        i - 1 >= s0
        and before.text[:1].isalpha()
        and before.tag not in _FUNCTION_TAGS
        and before.text.lower() not in ("early", "late", "mid", "last", "next", "this", "since")
        and after.text[:1].isupper()
        and after.text.isalpha()
        and after.tag not in _FUNCTION_TAGS
    )


def _inside_name(doc: ParsedDoc, i: int) -> bool:
    """Token i is part of a longer named entity (a title, a company) rather than a date."""
    return any(
        a <= i < b and b - a > 1 and label in _NAME_LABELS and not doc.tokens[b - 1].text.isdigit()
        for a, b, label in doc.ents
    )


def _tok_at(doc: ParsedDoc, char: int, starts: list[int] | None = None) -> int:
    if starts is None:
        starts = [t.idx for t in doc.tokens]
    return max(0, bisect.bisect_right(starts, char) - 1)


# ---------------------------------------------------------------------------- the extractor


def _gate(lexicons: Lexicons, rules: TimexRules) -> LiteralGate:
    # Most rules match nothing in a given article; the gate skips those whose words are absent.
    cache = lexicons._cache  # noqa: SLF001 - the per-process data cache, like load_rules
    key = ("timex", "literal-gate")
    if key not in cache:
        # the plain sources: the gate finds the words of a plain list (`Rule.plain`)
        cache[key] = LiteralGate([(rule.plain, rule.pattern.flags) for rule in rules.rules])
    return cache[key]  # type: ignore[no-any-return]


def _candidates(
    doc: ParsedDoc, rules: TimexRules, gate: LiteralGate | None = None
) -> list[tuple[int, int, str, re.Match[str]]]:
    found: list[tuple[int, int, int, str, re.Match[str]]] = []
    text = doc.text
    whole = [(0, len(text))]
    windows = gate.windows(text) if gate is not None else [None] * len(rules.rules)
    for rule, spans in zip(rules.rules, windows, strict=True):
        for window_start, window_end in whole if spans is None else spans:
            for m in rule.pattern.finditer(text, window_start, window_end):
                start, end = m.span("t") if "t" in rule.pattern.groupindex else m.span()
                if end > start:
                    found.append((start, end, rule.priority, rule.name, m))
    # Longest expression first, then the rule's priority; no overlaps.
    found.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for start, end, _prio, name, m in found:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append((start, end, name, m))
    return sorted(chosen, key=lambda c: (c[0], c[1]))


def extract_timexes(doc: ParsedDoc, lexicons: Lexicons) -> list[Timex]:
    """Time expressions of one document, normalised, sorted by position."""
    if not doc.text or not doc.tokens:
        return []
    rules = load_rules(lexicons)
    dct = doc.published.date() if doc.published is not None else None
    sent_of = sentence_numbers(doc.sents, len(doc.tokens))
    earlier: list[_Point] = []
    starts = [t.idx for t in doc.tokens]
    out: list[Timex] = []
    clock_only: list[int] = []  # clock times whose day came from context, not the expression
    for start, end, name, m in _candidates(doc, rules, _gate(lexicons, rules)):
        first, last = _tok_at(doc, start, starts), _tok_at(doc, end - 1, starts)
        if not _keep(name, m, doc, first, last, rules.vocab, starts):
            continue
        ctx = _Ctx(doc, rules.vocab, dct, earlier, first, last)
        value = _resolve(name, m, ctx)
        if value is None:
            continue
        since = first > 0 and doc.tokens[first - 1].text.lower() == "since"
        # "highest since September 2014": a bound, not the time being talked about; so is
        # the baseline of a change, "up 0.5% from Monday's close", "higher than Friday's level"
        since = since or (
            first > 0
            and doc.tokens[first - 1].text.lower() in ("from", "than")
            and last + 1 < len(doc.tokens)
            and doc.tokens[last + 1].tag == "POS"
        )
        if (
            value.point is not None
            and value.type in ("DATE", "TIME")
            and value.resolved
            and not since
        ):
            point = value.point
            if value.type == "DATE" and _period_end(doc, first):
                point = replace(point, bound=True)
            if value.type == "TIME" and (clock := _CLOCK_AT_END.search(value.value)):
                point = replace(point, clock=clock[1] + clock[2])
            elif value.type == "TIME" and value.value.endswith("TNI"):
                point = replace(point, night=True)
            earlier.append(point)
        if name.startswith("time") and not (m.groupdict().get("wd") or m.groupdict().get("wd0")):
            clock_only.append(len(out))
        out.append(
            Timex(
                article_id=doc.article_id,
                start=start,
                end=end,
                sentence=sent_of[first],
                text=doc.text[start:end],
                type=value.type,
                value=value.value,
                anchor=value.anchor,
                resolved=value.resolved,
                mod=value.mod,
            )
        )
    out = _order_coordinated_days(doc, _date_clock_times(out, clock_only))
    out = _part_of_named_day(doc, rules.vocab, _appositive_days(doc, rules.vocab, out))
    out = _overnight_on_named_day(doc, _run_on_named_day(doc, _week_of_day(doc, out)))
    return _over_a_stretch(doc, out, starts)


_PERIOD_END_WORDS = frozenset({"ended", "ending"})
_CLOCK_AT_END = re.compile(r"T(\d\d:\d\d)(?::\d\d)?(Z?)$")


def _period_end(doc: ParsedDoc, first: int) -> bool:
    """The expression starting at token `first` closes a period: "(the quarter) ended Sept.
    30", "(the year) ending June 30", "as of June 30"."""
    before = [t.text.lower() for t in doc.tokens[max(0, first - 2) : first]]
    return bool(before) and (before[-1] in _PERIOD_END_WORDS or before == ["as", "of"])


_RUN_OF_DAYS = re.compile(r"\b(?:trading\s+)?(?:day|session)$", re.IGNORECASE)
_RUN_THEN_DAY = re.compile(r"\s+(?:in\s+a\s+row\s+|running\s+)?(?:on\s+)?", re.IGNORECASE)


_OVER = re.compile(r"over\s+", re.IGNORECASE)


def _over_a_stretch(doc: ParsedDoc, out: list[Timex], starts: list[int]) -> list[Timex]:
    """ "cut deaths by a third over five years", "rose 10% over two years": "over" after a
    noun or an amount is the preposition of a stretch of time, not "more than" ("for over a
    year", "in over six years"): the length alone is the expression."""
    for k, t in enumerate(out):
        m = _OVER.match(t.text)
        if t.type != "DURATION" or t.mod != "MORE_THAN" or m is None:
            continue
        i = _tok_at(doc, t.start, starts)
        before = doc.tokens[i - 1] if i > 0 else None
        if before is None or not (
            before.tag.startswith("NN")
            or before.tag == "CD"
            or before.ent_type in ("CARDINAL", "PERCENT", "MONEY", "QUANTITY")
        ):
            continue
        start = t.start + m.end()
        out[k] = replace(t, start=start, text=doc.text[start : t.end], mod="")
    return out


_NIGHT_THEN_DAY = re.compile(r"\s+(?:on\s+)?", re.IGNORECASE)


def _overnight_on_named_day(doc: ParsedDoc, out: list[Timex]) -> list[Timex]:
    """ "knocked out power overnight on Thursday", "overnight Thursday": the night of the day
    named right after it (was the night before the publication day)."""
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if (
            a.type == "TIME"
            and a.text.lower() == "overnight"
            and b.type == "DATE"
            and _DAY_VALUE.match(b.value)
            and a.sentence == b.sentence
            and _NIGHT_THEN_DAY.fullmatch(doc.text, a.end, b.start)
        ):
            out[k] = replace(a, value=f"{b.value}TNI", anchor=b.anchor, resolved=b.resolved)
    return out


def _run_on_named_day(doc: ParsedDoc, out: list[Timex]) -> list[Timex]:
    """ "fell for a fourth straight session on Tuesday", "up 2% for the day on Monday": the
    day of the run (or the day reported) is the day named right after it, as "the fourth
    straight month in November" is November."""
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if (
            a.type == "DATE"
            and _DAY_VALUE.match(a.value)
            and _RUN_OF_DAYS.search(a.text)
            and b.type == "DATE"
            and _DAY_VALUE.match(b.value)
            and a.sentence == b.sentence
            and _RUN_THEN_DAY.fullmatch(doc.text, a.end, b.start)
        ):
            out[k] = replace(a, value=b.value, anchor=b.anchor, resolved=b.resolved)
    return out


_COORDINATION = re.compile(r"\s*(?:,|and|or|to|through|-|–)\s*(?:on\s+)?", re.IGNORECASE)
_CLOCK_VALUE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")
_LOCAL_CLOCK = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d$")
_WEEKDAY_IN_TEXT = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_RANGE = re.compile(r"\s*(?:to|through|until|till|-|–)\s*", re.IGNORECASE)
_WEEKDAY_TEXT = re.compile(r"(?i:(?:early|late|earlier|later)\s+(?:on\s+)?)?[A-Z][a-z]+day$")
_YEARLESS_DAY = re.compile(
    r"(?i:(?:[a-z]+\s+)?[A-Z][a-z]+\.?\s*\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]+\.?)$"
)


def _order_coordinated_days(doc: ParsedDoc, out: list[Timex]) -> list[Timex]:
    """ "On Wednesday and Thursday": coordinated weekdays run forward from the first one, so a
    later weekday resolved into the week before moves a week on. Likewise the end of a range
    of days given without a year ("from June 10 to July 11") never precedes its start: it
    moves a year on, and a range of clock times ending earlier than it starts ("from 10 p.m.
    to 5 a.m.") ends the next day."""
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        between = doc.text[a.end : b.start]
        if (
            a.type == b.type == "TIME"
            and _CLOCK_VALUE.match(a.value)
            and _CLOCK_VALUE.match(b.value)
            and a.value[:10] == b.value[:10]
            and b.value[11:16] < a.value[11:16]
            and _RANGE.fullmatch(between)
        ):  # "from 10 p.m. to 5 a.m.": the range ends on the next day
            later = date.fromisoformat(b.value[:10]) + timedelta(days=1)
            out[k] = replace(b, value=later.isoformat() + b.value[10:])
            continue
        if (
            a.type == b.type == "TIME"
            and _WEEKDAY_IN_TEXT.search(a.text)
            and _WEEKDAY_IN_TEXT.search(b.text)
            and re.match(r"\d{4}-\d\d-\d\dT", a.value)
            and re.match(r"\d{4}-\d\d-\d\dT", b.value)
            and b.value[:10] < a.value[:10]
            and _RANGE.fullmatch(between)
        ):  # "from 6 a.m. on Friday until 6 a.m. on Sunday", "from Friday night to Sunday
            # morning": a range of weekdays' times ends after it starts, a week on if need be
            later = date.fromisoformat(b.value[:10])
            while later.isoformat() < a.value[:10]:
                later += timedelta(days=7)
            out[k] = replace(b, value=later.isoformat() + b.value[10:])
            continue
        if (
            a.type == b.type == "DATE"
            and a.anchor == b.anchor == "publication"
            and _MONTH_VALUE.match(a.value)
            and _MONTH_VALUE.match(b.value)
            and b.value < a.value
            and not any(c.isdigit() for c in a.text + b.text)
            and (
                _RANGE.fullmatch(between)
                or (
                    re.fullmatch(r"\s*and\s*", between)
                    and re.search(r"\bbetween\s*$", doc.text[max(0, a.start - 10) : a.start])
                )
            )
        ):  # "from January to June", "from October to February": a range of months named
            # without a year ends after it starts, whatever the tense made of each alone
            end = date(int(b.value[:4]), int(b.value[5:7]), 1)
            while f"{end.year:04d}-{end.month:02d}" < a.value:
                end = _add_months(end, 12)
            out[k] = replace(b, value=f"{end.year:04d}-{end.month:02d}")
            continue
        if not (
            a.type == b.type == "DATE"
            and a.anchor == b.anchor == "publication"
            and re.fullmatch(r"\d{4}-\d\d-\d\d", a.value)
            and re.fullmatch(r"\d{4}-\d\d-\d\d", b.value)
        ):
            continue
        if _WEEKDAY_TEXT.match(a.text) and _WEEKDAY_TEXT.match(b.text):
            step = 7 if _COORDINATION.fullmatch(between) else 0
        elif _YEARLESS_DAY.match(a.text) and _YEARLESS_DAY.match(b.text):
            step = 365 if _RANGE.fullmatch(between) else 0
        else:
            step = 0
        first, second = date.fromisoformat(a.value), date.fromisoformat(b.value)
        if step and second < first:
            later = second + timedelta(days=7) if step == 7 else _add_months(second, 12)
            out[k] = replace(b, value=later.isoformat())
    return out


_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_VALUE = re.compile(r"^\d{4}-\d{2}$")
_PART_OF_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}T[A-Z]{2}$")
_WEEKDAY_VALUE = re.compile(r"^(?:\d{4}-\d\d-\d\d|XXXX-WXX-\d)(?P<clock>T[A-Z]{2})?$")
_YEARLESS_VALUE = re.compile(r"^(?:\d{4}|XXXX)-\d\d-\d\d$")


def _appositive_days(doc: ParsedDoc, vocab: Vocabulary, out: list[Timex]) -> list[Timex]:
    """ "on Thursday (June 13)", "Friday night (February 29)": a weekday and the date in
    brackets after it name one day. The weekday takes the date; a date written without its year
    takes, of the years next to the one chosen, the one where it falls on that weekday."""
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        name = a.text.split()[-1].lower() if a.text else ""
        wm = _WEEKDAY_VALUE.match(a.value)
        if (
            wm is None
            or b.type != "DATE"
            or not _YEARLESS_VALUE.match(b.value)
            or not re.fullmatch(r"\s*\(\s*", doc.text[a.end : b.start])
            or not doc.text[b.end :].lstrip().startswith(")")
        ):
            continue
        wd = vocab.weekday.get(name) or next(
            (vocab.weekday[w.lower()] for w in a.text.split() if w.lower() in vocab.weekday), None
        )
        if wd is None:
            continue
        value = b.value
        if not value.startswith("X"):
            day = date.fromisoformat(value)
            if day.isoweekday() != wd:
                if re.search(r"\b(?:1[89]|20)\d\d\b", b.text):
                    continue  # a year written out: the two disagree, leave both as they are
                years = [
                    y for y in (day.year - 1, day.year + 1) if _safe_date(y, day.month, day.day)
                ]
                fits = [y for y in years if date(y, day.month, day.day).isoweekday() == wd]
                if not fits:
                    continue
                value = date(fits[0], day.month, day.day).isoformat()
                out[k] = replace(b, value=value)
        out[k - 1] = replace(a, value=value + (wm["clock"] or ""), anchor=out[k].anchor)
    for k in range(1, len(out)):
        # "on November 22, a Tuesday": the weekday says which day of the week the date is
        a, b = out[k - 1], out[k]
        wd = vocab.weekday.get(b.text.lower())
        if (
            wd is not None
            and _DAY_VALUE.match(a.value)
            and re.fullmatch(r"\s*,\s*an?\s+", doc.text[a.end : b.start])
            and date.fromisoformat(a.value[:10]).isoweekday() == wd
        ):
            out[k] = replace(b, value=a.value[:10], anchor=a.anchor)
    return out


_PART_OF_DAY_BEFORE = re.compile(
    r"the\s+(?:(morning|afternoon|evening|night)|(?:early|small|wee)\s+hours)\s+of\s+$", re.I
)
_MORNING_VALUE = re.compile(r"^(?:\d{4}|XXXX)-\d\d-\d\dTMO$")


def _part_of_named_day(doc: ParsedDoc, vocab: Vocabulary, out: list[Timex]) -> list[Timex]:
    """ "on the night of January 10": that part of the day, one TIME expression. "the early
    hours of Sunday (morning)" is the start of its morning, as "early Sunday morning" is."""
    for k, t in enumerate(out):
        day = t.type == "DATE" and bool(_DAY_VALUE.match(t.value) or _YEARLESS_VALUE.match(t.value))
        if not day and not (t.type == "TIME" and _MORNING_VALUE.match(t.value)):
            continue
        m = _PART_OF_DAY_BEFORE.search(doc.text, max(0, t.start - 30), t.start)
        if m is None or (k > 0 and out[k - 1].end > m.start()) or (not day and m[1]):
            continue
        if m[1]:
            value, mod = f"{t.value}T{vocab.part_of_day[m[1].lower()]}", t.mod
        else:  # the early hours: the start of the morning
            value, mod = (f"{t.value}TMO" if day else t.value), "START"
        out[k] = replace(
            t, start=m.start(), text=doc.text[m.start() : t.end], type="TIME", value=value,
            mod=mod,
        )  # fmt: skip
    return out


_WEEK_OF_BEFORE = re.compile(r"\bthe\s+week\s+(?:of|to|ending|ended)\s+$", re.I)


def _week_of_day(doc: ParsedDoc, out: list[Timex]) -> list[Timex]:
    """ "the week of Nov. 14": the week that day falls in, one DATE expression; so is the week
    a market report closes on a day ("gained 1.2% in the week to Friday", "the week ending
    Nov. 4"), whose "the week" found alone gives way."""
    dropped: set[int] = set()
    for k, t in enumerate(out):
        if t.type != "DATE" or not _DAY_VALUE.match(t.value):
            continue
        m = _WEEK_OF_BEFORE.search(doc.text, max(0, t.start - 20), t.start)
        if m is None:
            continue
        if k > 0 and out[k - 1].end > m.start():
            if out[k - 1].start < m.start() or k - 1 in dropped:
                continue
            dropped.add(k - 1)  # "the week" on its own, inside the longer expression
        year, week, _ = date.fromisoformat(t.value).isocalendar()
        out[k] = replace(
            t, start=m.start(), text=doc.text[m.start() : t.end], value=f"{year:04d}-W{week:02d}"
        )
    return [t for k, t in enumerate(out) if k not in dropped]


def _date_clock_times(out: list[Timex], clock_only: list[int]) -> list[Timex]:
    """A clock time takes the day named in its own sentence: "at 16:15 UTC, June 1".

    A part of a day names its day too: "tonight the leaders dine at 8 p.m." is tonight's 8 p.m.,
    even when "tomorrow" stands further away in the sentence; so does a clock time that came
    with its day ("between 1 p.m. and 3 p.m. on Sunday").
    """
    dayless = set(clock_only)
    for i in clock_only:
        t = out[i]
        days = [
            d
            for k, d in enumerate(out)
            if d.sentence == t.sentence
            and (
                (d.type == "DATE" and _DAY_VALUE.match(d.value))
                or (d.type == "TIME" and _PART_OF_DAY_VALUE.match(d.value))
                # "between 1 p.m. and 3 p.m. on Sunday": a clock time with its own day, in
                # the same zone (a time given in GMT may fall on another day)
                or (d.type == "TIME" and k not in dayless and _LOCAL_CLOCK.match(d.value))
            )
        ]
        if days and "T" in t.value:
            day = min(days, key=lambda d: abs(d.start - t.start))
            clock = t.value[t.value.index("T") :]
            out[i] = replace(
                t, value=day.value[:10] + clock, anchor=day.anchor, resolved=day.resolved
            )
    return out


# ---------------------------------------------------------------------------- dates for clauses

_PRECISION = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}T"), "time"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "day"),
    (re.compile(r"^\d{4}-W\d{2}"), "week"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}-Q\d$"), "quarter"),
    (re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{4}-H\d$"), "half"),
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{3}$"), "decade"),
    (re.compile(r"^\d{2}$"), "century"),
)


def value_precision(value: str) -> str | None:
    """'day', 'month', 'year', ... for a concrete TimeML date value; None for anything else."""
    for pattern, name in _PRECISION:
        if pattern.match(value):
            return name
    return None


def date_for_span(
    doc: ParsedDoc, timexes: list[Timex] | tuple[Timex, ...], start: int, end: int
) -> tuple[str | None, str | None, str]:
    """The date of the clause [start, end): (value, precision, source).

    Source is 'timex' when a resolved DATE/TIME expression lies inside the span (the first
    one wins; a TIME counts at day precision), 'publication' when the article's date is used
    instead, and 'none' (value and precision None) when there is neither.

    >>> from datetime import datetime, timezone
    >>> doc = ParsedDoc("a", datetime(2021, 12, 28, tzinfo=timezone.utc), "x", (), (), ())
    >>> date_for_span(doc, [], 0, 1)
    ('2021-12-28', 'day', 'publication')
    """
    for t in sorted(timexes, key=lambda t: t.start):
        if t.start >= start and t.end <= end and t.type in ("DATE", "TIME") and t.resolved:
            precision = value_precision(t.value)
            if precision is None:
                continue  # PRESENT_REF and the like say nothing about the calendar
            if precision == "time":
                return t.value[:10], "day", "timex"
            return t.value, precision, "timex"
    if doc.published is not None:
        return doc.published.date().isoformat(), "day", "publication"
    return None, None, "none"
