"""The time-expression grammar: the vocabulary of `data/timex_lexicon.tsv` built into patterns.

Like HeidelTime, recognition is a set of rules per expression class (absolute dates, months,
years, decades, weekdays, deictic words, relative units, quarters, seasons, durations, sets,
clock times, vague references); each rule is a regular expression over the article text whose
pieces (month names, number words, units, modifiers) come from the data file, so the word
lists can grow without touching code. Normalisation and anchoring live in `timex.py`.

A rule's match may carry context that is not part of the expression: the named group `t`,
when present, is the span of the time expression itself (e.g. "years" in "for years").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..lexicons import Lexicons
from .prefilter import guard_prefix

__all__ = ["Vocabulary", "Rule", "TimexRules", "load_rules", "LEXICON_FILE"]

LEXICON_FILE = "timex_lexicon.tsv"
_CACHE_KEY = ("timex_rules", "v1")


@dataclass(frozen=True)
class Vocabulary:
    """The data file's rows by class: word -> value."""

    month: dict[str, int]
    month_abbr: dict[str, int]
    weekday: dict[str, int]
    number: dict[str, str]
    ordinal: dict[str, str]
    unit: dict[str, str]
    season: dict[str, str]
    part_of_day: dict[str, str]
    modifier: dict[str, str]
    approx: dict[str, str]
    set_word: dict[str, str]
    ref: dict[str, str]
    holiday: dict[str, str]
    period_noun: dict[str, str]
    implicative: frozenset[str] = frozenset()
    prospective: frozenset[str] = frozenset()
    day_preposition: frozenset[str] = frozenset()
    other_calendar: frozenset[str] = frozenset()
    name_after_holiday: frozenset[str] = frozenset()
    deferral: frozenset[str] = frozenset()
    schedule_noun: frozenset[str] = frozenset()
    lapse: frozenset[str] = frozenset()
    timetable_verb: frozenset[str] = frozenset()
    # one-word cues of reported speech, shared with the quotes extractor (quote_cues.tsv)
    say_verb: frozenset[str] = frozenset()

    def month_number(self, word: str) -> int:
        key = word.lower().rstrip(".")
        return self.month.get(key) or self.month_abbr[key]

    def parse_number(self, text: str) -> str:
        """'two' -> '2', 'twenty-five' -> '25', '1.5' -> '1.5', 'several' -> 'X'."""
        words = " ".join(text.lower().split())
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", words):  # "2,000": a thousands comma
            words = words.replace(",", "")
        if re.fullmatch(r"\d+(?:\.\d+)?", words):
            return words.lstrip("0") or "0"
        if words in self.number:
            return self.number[words]
        parts = re.split(r"-|\s+", words)
        if len(parts) == 2 and parts[0] in self.number and parts[1] in self.number:
            return str(int(self.number[parts[0]]) + int(self.number[parts[1]]))
        return "X"


@dataclass(frozen=True)
class Rule:
    """One recognition rule: a name (the handler in timex.py), a pattern and a priority
    (lower wins when two rules match the same span)."""

    name: str
    pattern: re.Pattern[str]
    priority: int
    # The same rule with its word lists as plain alternations ("seventy|sixty", where
    # `pattern` has "s(?:eventy|ixty)"): the same matches, and the source the literal gate
    # reads, as it finds whole words.
    plain: str


@dataclass(frozen=True)
class TimexRules:
    vocab: Vocabulary
    rules: tuple[Rule, ...]


def _alt(words: object, *, capitalise: bool = False) -> str:
    """A regex alternation of words (longest first), spaces matching any run of blanks,
    shaped as a trie ("s(?:eventy|ixty)|..."): `re` tries the alternatives of a group one by
    one at every word start, and a case-blind literal gets no quick first-letter test, so a
    list of sixty number words cost sixty tries where a trie costs one a first letter. The
    trie tries the words that can match in the same order as the plain list (`_plain_alt`),
    so the matches are the same."""
    items = _sorted_words(words, capitalise)
    tokens = [[r"\s+" if c == " " else re.escape(c) for c in w] for w in items]
    if any(w != " ".join(w.split()) or not all(_exclusive_char(c) for c in w) for w in items):
        return _plain_alt(words, capitalise=capitalise)  # a case the trie does not read
    return "(?:" + _trie(tokens) + ")"


def _plain_alt(words: object, *, capitalise: bool = False) -> str:
    """`_alt` as one alternative a word: what the literal gate reads (it finds whole words)."""
    items = _sorted_words(words, capitalise)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


def _sorted_words(words: object, capitalise: bool) -> list[str]:
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    if capitalise:
        items = [w[:1].upper() + w[1:] for w in items]
    return items


def _exclusive_char(c: str) -> bool:
    # Two different such characters never match the same one, case ignored or not; a blank
    # between words is always followed by another character ("a few"), so it takes the
    # whole run of blanks there.
    return c == " " or (c.isascii() and not c.isspace())


def _trie(words: list[list[str]]) -> str:
    """The alternation of `words` (each a list of regex tokens), grouped by first token in
    the order of first appearance. Words with different first tokens never both match at
    one place, so only the order within a group counts, and it is kept; a word that ends
    where the group's prefix does is the shortest, so it comes last there, as in the list."""
    groups: dict[str, list[list[str]]] = {}
    for word in words:
        if not word:
            groups.setdefault("", [])
        elif word[1:] not in groups.setdefault(word[0], []):  # a word given twice: once
            groups[word[0]].append(word[1:])
    ended = [not word for word in words]
    if ended != sorted(ended) or len({k.lower() for k in groups}) < len(groups):
        return "|".join("".join(w) for w in words)  # not a trie in the list's order: as given
    parts = []
    for first, rests in groups.items():
        if not first:
            parts.append("")
        elif len(rests) == 1:
            parts.append(first + "".join(rests[0]))
        else:
            parts.append(first + "(?:" + _trie(rests) + ")")
    return "|".join(parts)


def _first_chars(words: object, extra: str = "") -> str:
    """A character class of the first letters of `words` (and `extra`, itself such a class or
    plain characters)."""
    chars = {str(w)[:1].lower() for w in words} | set(extra.strip("[]"))  # type: ignore[attr-defined]
    return "[" + "".join(sorted(re.escape(c) for c in chars if c)) + "]"


def _vocabulary(lexicons: Lexicons) -> Vocabulary:
    by_class: dict[str, dict[str, str]] = {}
    for row in lexicons.rows(LEXICON_FILE):
        by_class.setdefault(row["class"], {})[row["word"]] = row["value"]

    def ints(name: str) -> dict[str, int]:
        return {k: int(v) for k, v in by_class.get(name, {}).items()}

    return Vocabulary(
        month=ints("month"),
        month_abbr=ints("month_abbr"),
        weekday=ints("weekday"),
        number=by_class.get("number", {}),
        ordinal=by_class.get("ordinal", {}),
        unit=by_class.get("unit", {}),
        season=by_class.get("season", {}),
        part_of_day=by_class.get("part_of_day", {}),
        modifier=by_class.get("modifier", {}),
        approx=by_class.get("approx", {}),
        set_word=by_class.get("set_word", {}),
        ref=by_class.get("ref", {}),
        holiday=by_class.get("holiday", {}),
        period_noun=by_class.get("period_noun", {}),
        implicative=frozenset(by_class.get("implicative", {})),
        prospective=frozenset(by_class.get("prospective", {})),
        day_preposition=frozenset(by_class.get("day_preposition", {})),
        other_calendar=frozenset(by_class.get("other_calendar", {})),
        name_after_holiday=frozenset(by_class.get("name_after_holiday", {})),
        deferral=frozenset(by_class.get("deferral", {})),
        schedule_noun=frozenset(by_class.get("schedule_noun", {})),
        lapse=frozenset(by_class.get("lapse", {})),
        timetable_verb=frozenset(by_class.get("timetable_verb", {})),
        say_verb=frozenset(
            row["cue"] for row in lexicons.rows("quote_cues.tsv") if " " not in row["cue"]
        ),
    )


def _build(vocab: Vocabulary, guard: bool = True) -> tuple[Rule, ...]:
    """The rules; `guard` puts a cheap test of a match's first character in front of each
    rule where it pays (`guard_prefix`: the same matches, sooner)."""
    blank = r"[^\S\n]"  # a time expression never spans a line break (a sentence a line)
    rules = []
    for (name, plain, priority), (_, shaped, _) in zip(
        _specs(vocab, _plain_alt), _specs(vocab, _alt), strict=True
    ):
        plain, shaped = plain.replace(r"\s", blank), shaped.replace(r"\s", blank)
        # The guard is read from the plain source (both find the same matches, so they start
        # with the same characters), and each rule is compiled once: every worker compiles the
        # rules when it starts.
        prefix = guard_prefix(plain, re.IGNORECASE) if guard else ""
        try:
            pattern = re.compile(_guarded(prefix, shaped), re.IGNORECASE)
        except re.error:  # say, global flags written into the rule: they must come first
            prefix, pattern = "", re.compile(shaped, re.IGNORECASE)
        rules.append(Rule(name, pattern, priority, _guarded(prefix, plain)))
    return tuple(rules)


def _guarded(prefix: str, source: str) -> str:
    return f"{prefix}(?:{source})" if prefix else source


def _specs(vocab: Vocabulary, alt: Callable[..., str]) -> list[tuple[str, str, int]]:
    """The rules' names, pattern sources and priorities, with word lists made by `alt`."""
    # Month and weekday names must be capitalised: "may" and "march" are verbs.
    month_full = "(?-i:" + alt(vocab.month, capitalise=True)[3:]
    abbr = [w for w in vocab.month_abbr if w not in vocab.month]
    month_any = (  # "Dec." ends in a dot, so the word boundary comes before it; a full name
        # takes no dot: "on 24 March." ends a sentence
        "(?-i:(?:"
        + alt(vocab.month, capitalise=True)
        + r"\b|"
        + alt(abbr, capitalise=True)
        + r"\b\.?))"
    )
    weekday = "(?-i:" + alt(vocab.weekday, capitalise=True)[3:]
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    tens = [w for w, v in vocab.number.items() if v.isdigit() and int(v) % 10 == 0 and int(v) >= 20]
    ones = [w for w, v in vocab.number.items() if v.isdigit() and 1 <= int(v) <= 9 and " " not in w]
    ones = [w for w in ones if w not in ("a", "an", "another")]
    numw = (  # a figure may group its thousands with commas: "a 2,000-year history"
        r"(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?|"
        + alt(tens)  # the group keeps "-" after every tens word ("twenty-five", not only "sixty-")
        + r"(?:-|\s+)"  # "twenty five" is written without the hyphen too
        + alt(ones)
        + "|"
        + alt(vocab.number)[3:-1]
        + ")"
    )
    # What a number can start with: a cheap first test for the rules that begin with one, which
    # would otherwise try every number word at every position of the text
    num_start = _first_chars(vocab.number, "0123456789")
    approx_start = _first_chars(vocab.approx, num_start)
    year_start = _first_chars([*vocab.modifier, "end", "the", "fiscal", "financial"], "12")
    units_sg = [u for u in vocab.unit]
    units = (
        "(?:"
        + "|".join(
            sorted(
                (("centur(?:y|ies)" if u == "century" else re.escape(u) + "s?") for u in units_sg),
                key=len,
                reverse=True,
            )
        )
        + ")"
    )
    point_units = r"(?:week|weekend|month|year|quarter|decade|century|day|fortnight)"
    seasons = alt(vocab.season)
    mods = alt(vocab.modifier)
    approx = alt(vocab.approx)
    # "at about 3 p.m.", "around midnight": TimeML keeps the approximation in the expression
    # (mod APPROX), as it does for lengths; "more than", "nearly" say nothing of a clock time
    clock_approx = alt({k: v for k, v in vocab.approx.items() if v == "APPROX" and k != "some"})
    rel = (
        r"(?:last|next|this(?:\s+past)?|past|coming|previous|prior|following|current|same|"
        r"upcoming)"
    )
    pod = alt(vocab.part_of_day)
    tz_wire = r"(?:UTC|GMT)"  # the zones wire copy gives four-figure times in
    tz = r"(?:UTC|GMT|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|MSK|EET|ET)"
    deictic = r"(?:today|tonight|yesterday|tomorrow)"
    set_words = "(?-i:" + alt(vocab.set_word)[3:]
    refs = alt(vocab.ref)
    # "Christmas Eve", "New Year's Day": every word of a holiday's name is capitalised,
    # but for "of" ("Fourth of July")
    holiday_names = {
        " ".join(w if w == "of" else w[:1].upper() + w[1:] for w in h.split())
        for h in vocab.holiday
    }
    # a tokenised text splits the possessive off: "New Year 's Eve", "Presidents ' Day"
    holiday_names |= {h.replace("'", " '") for h in holiday_names if "'" in h}
    holidays = "(?-i:" + alt(holiday_names)[3:]
    decade_words = alt(w[:-1] + "ies" for w in tens if int(vocab.number[w]) < 100)  # sixties

    nth = (  # ordinals past the first: "third", "12th"
        "(?:"
        + alt(w for w, v in vocab.ordinal.items() if v.isdigit() and v != "1")[3:-1]
        + r"|\d*(?:1[1-3]th|[04-9]th|[2-9]?(?:2nd|3rd)|[2-9]1st))"
    )
    # the ordinals a weekday of a month can take: the first to the fifth, or the last
    week_ord = alt(w for w, v in vocab.ordinal.items() if v in ("1", "2", "3", "4", "5", "last"))
    year_ago_noun = r"(?:period|quarter|month|half|week)"  # "the year-ago quarter"
    run_unit = r"(?:trading\s+)?(?P<unit>day|week|month|quarter|year|session)"
    full_names = {v: w[:1].upper() + w[1:] for w, v in vocab.month.items()}
    quarter_months = (  # "July-September", "April to June": the first and last month of a
        # calendar quarter
        "(?-i:"
        + "|".join(
            rf"{full_names[q]}(?:\s*[-–/]\s*|\s+(?:to|through)\s+){full_names[q + 2]}"
            for q in (1, 4, 7, 10)
        )
        + ")"
    )
    b = r"(?<![\w-])"  # a word start that is not inside a hyphenated compound
    # a weekday that a date follows ("on Thursday, Dec. 12") is left to the weekday's rule,
    # which reads them as one day; the clock time before it stands alone
    wd_no_date = rf"(?!\s*,?\s*(?:{month_any}|{day}\s+{month_full}))"
    e = r"(?![\w])"
    specs: list[tuple[str, str, int]] = [
        ("iso", rf"{b}(?P<y>{year})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]){e}", 0),
        (
            "slash_md",  # "on 5/12", "since 3/15": month and day (day and month when the first
            # is past 12), only after a preposition of time: elsewhere a fraction or a score
            rf"{b}(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d){e}(?!/)",  # the preposition: `_keep`
            1,
        ),
        (
            "slash",
            rf"{b}(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>\d{{4}}|\d\d){e}",
            0,
        ),
        (
            "mdy",
            rf"{b}(?:(?P<wd>{weekday})\s*,?\s+)?(?:(?P<mod>{mods})(?:\s+|-))?(?P<mon>{month_any})\s*"
            rf"(?P<day>{day}){e}(?:\s*,?\s*(?P<y>{year}){e})?",
            1,
        ),
        (
            "dmy",  # "6 November", "the 6th of November"; "6-7 November" is dated by its 6th
            rf"{b}(?:(?P<wd>{weekday})\s*,?\s+)?(?:the\s+)?(?:(?P<d0>{day})[-–])?(?P<day>{day})\s+"
            rf"(?:of\s+)?(?P<mon>{month_any})(?:\s*,?\s*(?P<y>{year}){e})?",
            1,
        ),
        (
            "range_day",  # "from Jan. 10 to 13", "June 3-5": the last day of a range written
            # with its month once is a day of that month, a DATE of its own
            rf"{b}(?P<mon>{month_any})\s*{day}{e}\s*(?:to|through|until|till|-|–)\s*"
            rf"(?P<t>(?P<day>{day})){e}(?!\s*(?:,\s*)?(?:{year}|%|percent|per\s*cent|{month_any}))",
            1,
        ),
        (
            "nth_weekday",  # "the last Friday of July", "the second Tuesday in March 2023"
            rf"{b}the\s+(?P<ord>{week_ord})\s+(?P<wd>{weekday})\s+(?:of|in)\s+(?P<mon>{month_full})"
            rf"{e}(?:\s*,?\s*(?P<y>{year}){e})?",
            1,
        ),
        (
            "month",  # a month followed by its day is the day's ("mdy"): in "past March 27",
            # "past" is the preposition, not "last"
            rf"{b}(?P<t>(?:(?P<mod>{mods}|end(?=-))(?:\s+|-))?(?:(?P<rel>last|next|this|coming|past)\s+)?"
            rf"(?P<mon>{month_full}){e}(?!\s*{day}{e})(?:\s*,?\s*(?:of\s+)?(?P<y>{year}){e})?)(?:\s+(?:of\s+)?"
            rf"(?P<yrel>next|last|this|the\s+following|the\s+previous)\s+year{e})?",
            2,
        ),
        (
            "year",
            rf"{b}(?={year_start})(?:(?P<mod>{mods}|end(?=-))(?:\s+|-))?"
            rf"(?:(?P<fy>(?:the\s+)?(?:fiscal|financial)(?:\s+year)?)\s+)?"
            rf"(?<![\d.,$])(?P<y>{year}){e}(?![.,]\d)(?!\s*(?:%|percent|per\s*cent))",
            3,
        ),
        (
            "year",  # the end of a lifespan or a term in brackets, one word: "Smith (1931-2019)"
            rf"(?:(?<=\((?:1[89]|20)\d\d[-–])|(?<=\(\s(?:1[89]|20)\d\d[-–]))"
            rf"(?:(?P<mod>(?!))(?P<fy>(?!)))?(?P<y>{year})(?=\s?\))",
            3,
        ),
        (
            "year_old",  # "adopted in 1787", "from 1660 to 1685": a year before 1800, taken only
            # where the entity recogniser calls it a date and a preposition introduces it
            rf"{b}(?<![\d.,$])(?P<y>1[0-7]\d\d){e}(?![.,]\d)(?!\s*(?:%|percent|per\s*cent))",
            3,
        ),
        (
            "fiscal_year",  # "the 2022-23 fiscal year", "financial year 2022/23": one year that
            # runs across two, named by the one it begins in (as "fiscal 2022" is 2022)
            rf"{b}(?:the\s+)?(?P<y>{year})(?:[-–/](?P<y2>\d\d(?:\d\d)?))?\s+(?:fiscal|financial|"
            rf"budget|tax)\s+year{e}",
            2,
        ),
        (
            "fiscal_year",
            rf"{b}(?:the\s+)?(?:fiscal|financial)(?:\s+year)?\s+(?P<y>{year})[-–/]"
            rf"(?P<y2>\d\d(?:\d\d)?){e}",
            2,
        ),
        (
            "fiscal_year",  # "FY2023", "FY 2022/23": the fiscal year named by its first year
            rf"{b}(?-i:FY)\s?(?P<y>{year})(?:[-–/](?P<y2>\d\d(?:\d\d)?))?{e}",
            2,
        ),
        ("fiscal_year_short", rf"{b}(?-i:FY)\s?(?P<yy>\d\d){e}", 2),  # "FY23"
        ("half_h", rf"{b}(?-i:H)(?P<h>[12])\s+(?P<y>{year}){e}", 1),  # "H1 2023", as "Q1 2023"
        (
            "year_short",  # "lowest since '82": an apostrophe for the century
            r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’%]|[.,]\d)",
            3,
        ),
        (
            "decade",  # "the 1990s", "the mid-1990s", "early 2000s": the article is part of the
            # expression, as in "the past decade"
            rf"{b}(?:the\s+)?(?:(?P<mod>early|mid|late)(?:\s+|-))?(?P<dec>(?:1[89]|20)\d0|'\d0|"
            rf"(?<=the\s)\d0|(?<=and\s)\d0)\s?'?s{e}",
            2,
        ),
        (
            "decade_word",  # "the sixties", "the late nineties" (not "in his sixties")
            rf"{b}the\s+(?:(?P<mod>early|mid|late)(?:\s+|-))?(?P<w>{decade_words}){e}",
            2,
        ),
        (
            "century",  # "the 12th century", "the early 20th century"
            rf"{b}(?:(?P<turn>the\s+turn\s+of\s+)?the\s+)?(?:(?P<mod>early|mid|late)(?:\s+|-))?"
            rf"(?P<c>1[0-9]|2[0-2])(?:st|nd|rd|th)"
            rf"(?:\s+|-)century{e}",
            2,
        ),
        (
            "deictic",
            rf"{b}(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>{deictic})"
            rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?{e}",
            1,
        ),
        (
            "new_year",  # "talks resume in the new year": the year that begins at the nearest
            # 1 January (the capitalised "New Year" is the holiday, "the new year's budget" a year
            # named by its owner)
            rf"{b}(?-i:the\s+new\s+year){e}(?!['’])",
            2,
        ),
        ("deictic2", rf"{b}the\s+day\s+(?P<w>before\s+yesterday|after\s+tomorrow){e}", 1),
        # "the year before last", "the week before last": two such units before the current one
        ("before_last", rf"{b}the\s+(?P<unit>week|month|year)\s+before\s+last{e}", 1),
        (
            "weekday",
            rf"{b}(?:(?P<mod>early|late|earlier|later)\s+(?:on\s+)?)?(?:(?P<rel>last|next|this(?:\s+coming)?|coming|past|"
            rf"the\s+(?:following|previous))\s+)?(?P<wd>{weekday})"
            rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?{e}",
            2,
        ),
        (
            "week_of_month",  # "the last week of March"
            rf"{b}the\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mon>{month_full})"
            rf"(?:\s*,?\s*(?P<y>{year}))?{e}",
            1,
        ),
        ("the_weekend", rf"{b}the\s+weekend{e}", 4),
        # "by midweek", "next midweek": the middle of a week (TIMEX2's MOD MID on the week)
        ("midweek", rf"(?<!\ba\s){b}(?:(?P<rel>this|next|last)\s+)?mid-?week{e}(?!-)", 3),
        (
            "ordinal_day",  # "on the 5th": a day of the month in question (not "the 5th floor",
            # which `_keep` drops by the noun after it)
            rf"{b}the\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th){e}",
            3,
        ),
        # "this morning", "late last night"
        ("this_pod", rf"{b}(?:(?P<mod>early|late)\s+)?(?P<rel>this|last)\s+(?P<pod>{pod}){e}", 2),
        (
            "rel_unit",
            # "last fiscal year", "the current financial year": a fiscal year is named as a year
            rf"{b}(?:(?P<mod>{mods})\s+)?(?P<the>the\s+)?(?P<rel>{rel})\s+"
            rf"(?:(?:fiscal|financial)\s+(?=(?:year|quarter)\b))?(?P<unit>{point_units}|{seasons}){e}",
            2,
        ),
        ("prev_unit", rf"{b}(?:that|the\s+same)\s+(?P<unit>day|week|month|year|time){e}", 3),
        (
            "prev_session",  # "had gained 1% in the previous session": the trading day before
            rf"{b}the\s+(?:previous|prior|preceding)\s+(?:trading\s+)?(?:session|trading\s+day){e}",
            2,
        ),
        (
            "prev_pod",  # "that night", "the next morning": a part of the day named last
            rf"{b}(?:that|the\s+(?P<rel>same|next|following|previous))\s+"
            rf"(?P<pod>morning|afternoon|evening|night){e}",
            2,
        ),
        (
            "same_last_year",  # "the same month a year ago", "the same period last year"
            rf"{b}the\s+same\s+(?P<unit>period|month|quarter|week|day|time)\s+(?:of\s+)?(?:(?:the\s+)?"
            rf"(?:last|previous)\s+year|a\s+year\s+(?:ago|earlier|before)){e}",
            1,
        ),
        (
            "whole_unit",  # "the beginning of the year", "the entire year": the year in question
            # "the turn of the century": its start, as "the turn of the 20th century" is
            rf"{b}(?:(?P<mod>the\s+(?:beginning|start|end|middle|turn)\s+of)\s+the|the\s+(?:entire|whole|full))"
            rf"\s+(?P<unit>year|month|week|decade|century){e}",
            3,
        ),
        (
            "of_the_unit",  # "the hottest day of the year", "its biggest fall of the week": the
            # period in question; `_keep` asks for a superlative before it
            rf"(?<=\bof\s)(?P<t>the\s+(?P<unit>(?-i:year|month|week))){e}(?!\s+(?:before|after|ahead)\b)",
            5,
        ),
        (
            "in_the_unit",
            rf"{b}(?P<mod>earlier|later|early|late)\s+(?:in|on)\s+the\s+(?P<unit>day|week|month|year){e}",
            2,
        ),
        (
            "for_the_unit",  # "up 5% for the year", "rain throughout the day": the period the
            # report covers
            rf"(?:(?<=\bfor\s)|(?<=\bthroughout\s))(?P<t>the\s+(?P<unit>day|week|month|year|quarter)){e}"
            rf"(?!\s+(?:of|to|ahead|before|after|when))",
            5,
        ),
        (
            "for_the_unit",  # "the Dow lost 416 points in the day": the session's day, as "on
            # the day" and "ended the day"; not "back in the day", "early (late) in the day"
            rf"(?<=\bin\s)(?<!\bback\sin\s)(?<!\bearly\sin\s)(?<!\blate\sin\s)"
            rf"(?<!\bearlier\sin\s)(?<!\blater\sin\s)(?P<t>the\s+(?P<unit>day)){e}"
            rf"(?!\s+(?:of|to|ahead|before|after|following|since|when|that|in|and)\b)",
            5,
        ),
        (
            "for_the_unit",  # "profit in the quarter fell": the period the report covers
            rf"(?:(?<=\bin\s)|(?<=\bduring\s))(?P<t>the\s+(?P<unit>quarter|month|week)){e}"
            rf"(?!\s+(?:of|to|ahead|before|after|following|since|when|that|in)\b)",
            5,
        ),
        (
            "for_the_unit",  # "the fiscal year ending June 30", "the quarter that ended Sept.
            # 30": the period that closes on the day named after it, one DATE as "the quarter"
            # in "for the quarter ended Sept. 30" is ("the year to November" is a length)
            rf"{b}(?P<t>the\s+(?:(?:fiscal|financial)\s+)?"
            rf"(?P<unit>year|quarter)){e}(?=\s+(?:that\s+)?(?:ended|ending)\s+{month_any})",
            5,
        ),
        (
            "end_the_day",  # "ended the day down 2%", "to open the day": the day being reported
            rf"{b}(?:end|ends|ended|ending|finish|finished|finishing|close|closed|closing|open|"
            rf"opened|opening|start|started|starting|began|begin|on)\s+(?P<t>the\s+(?P<unit>day)){e}"
            rf"(?!\s+(?:of|before|after|when|that|in|he|she|they|we|I|it)\b)",
            5,
        ),
        (
            "end_the_day",  # "ended the week up 2%", "started the year with a loss"
            rf"{b}(?:end|ends|ended|ending|finish|finished|finishing|close|closed|closing|open|"
            rf"opened|opening|start|started|starting|began|begin|on)\s+(?P<t>the\s+"
            rf"(?P<unit>week|month|quarter|year)){e}"
            rf"(?!\s+(?:of|before|after|when|that|in|he|she|they|we|I|it)\b)",
            5,
        ),
        (
            "end_the_day",  # "for much of the day", "most of the week": part of the period
            # being reported
            rf"{b}(?:(?:much|most|all|part)\s+of\s+the\s+(?P<unit>day|week|month|year)|the\s+rest\s+of\s+"
            rf"the\s+(?P<unit2>day)){e}(?!['’]|\s+(?:of|before|after))",
            4,
        ),
        (
            "rest_of_unit",  # "for the remainder of the week": MEANTIME's dev half annotates "the
            # week" as a stretch of one week (not "the rest of the week's games")
            rf"{b}the\s+(?:rest|remainder|balance)\s+of\s+(?P<t>the\s+(?P<unit>week|month|quarter|"
            rf"year|decade)){e}(?!\s*['’]|\s+(?:of|before|after)\b)",
            4,
        ),
        (
            "nth_in_a_row",  # "for a third straight day", "the fourth week in a row": the period
            # being reported, the last of the run (a count of them is a duration: "six days")
            rf"{b}(?P<t>{nth}\s+(?:straight|consecutive|successive)\s+{run_unit}){e}",
            3,
        ),
        # "the fourth week in a row", "the sixth month running"
        ("nth_in_a_row", rf"{b}(?P<t>{nth}\s+{run_unit})(?=\s+(?:in\s+a\s+row|running)\b)", 3),
        # "the Dow fell for a third day": the n-th of a run, the period being reported
        (
            "nth_in_a_row",
            rf"(?<=\bfor\s)(?P<t>(?:a|the)\s+{nth}\s+{run_unit}){e}(?!\s+(?:in\s+a\s+row|running)\b)",
            3,
        ),
        (
            "for_the_unit",  # "by year-end", "at year end": the end of the year in question
            rf"{b}(?:the\s+)?(?P<unit>year)(?P<mod>(?:-|\s+)end){e}",
            3,
        ),
        (
            "pod_trading",  # "in afternoon trading": that part of the day being reported
            rf"{b}(?P<pod>morning|afternoon|evening)(?=\s+(?:trading|trade|dealings|deals)\b)",
            3,
        ),
        # "by mid-afternoon": the middle of that part of the day being reported
        ("pod_trading", rf"{b}(?P<mod>mid)-?(?P<pod>morning|afternoon|evening){e}", 3),
        (
            "later_date",  # "adjourned to a later date", "call back at a later time": some date
            rf"{b}an?\s+(?:later|future)\s+(?:date|time|stage){e}",
            2,
        ),
        ("overnight", rf"{b}(?P<w>overnight|late-night){e}", 4),
        (
            "pod_in_question",  # "on Monday ... In the morning, he met": that part of the day in
            # question (the day named before, else the publication day); not "the morning of";
            # "stuck until the evening", "through the afternoon" are that part of it too
            rf"(?:(?<=\bin\s)|(?<=\bIn\s)|(?<=\bduring\s)|(?<=\bDuring\s)|(?<=\buntil\s)|"
            rf"(?<=\bUntil\s)|(?<=\btill\s)|(?<=\bthrough\s)|(?<=\bthroughout\s))"
            rf"(?P<t>the\s+(?P<pod>morning|afternoon|evening)){e}(?!\s+(?:of|after|before)\b)",
            4,
        ),
        (
            "year_ago_adj",  # "the year-ago quarter", "year-earlier sales": a year before the
            # period being reported; a period noun heads the expression, with its article, as
            # in "the quarter" ("the year-earlier period"); another noun is left out ("sales")
            rf"{b}(?:the\s+(?=year-(?:ago|earlier)\s+{year_ago_noun}{e}))?year-(?:ago|earlier)"
            rf"(?:\s+(?P<noun>{year_ago_noun}){e})?{e}",
            2,
        ),
        (
            "early_hours",  # "in the early hours", "the small hours": the start of the morning
            # of the day in question ("the early hours of Sunday" is found with its day)
            rf"{b}(?P<t>the\s+(?:early|small|wee)\s+hours){e}(?!\s+of\b)",
            4,
        ),
        (
            "through_night",  # "worked through the night": the night of the day in question
            rf"(?:(?<=\bthrough\s)|(?<=\bthroughout\s))(?P<t>the\s+night){e}(?!\s+(?:of|before|after)\b)",
            4,
        ),
        (
            "num_range",  # "between 60 and 90 days": the first number shares the unit
            rf"{b}(?={num_start})(?P<t>(?P<num>{numw}))\s+(?:and|to|or)\s+(?:{numw})\s+(?P<unit>{units}){e}",
            6,
        ),
        (
            "unit_rel",  # "the day before", "the week after"
            rf"{b}the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after|previous|earlier|later)"
            rf"(?=\s*[,.;)]|\s+(?:and|but)\b)",
            3,
        ),
        (
            "quarter",
            # "the fourth quarter", but "the fourth-quarter results": before an adjective the
            # article is the head noun's, not the expression's
            # "the end of the second quarter": its end, one DATE as "the end of 2008" is
            rf"{b}(?:(?P<mod>the\s+(?:beginning|start|end|middle)\s+of)\s+(?=the\s))?"
            rf"(?:the\s+(?![a-z0-9]+-))?(?:fiscal\s+(?=\w+\s))?"  # "the fiscal fourth quarter"
            rf"(?P<ord>first|second|third|fourth|final|last|latest|1st|2nd|3rd|4th)(?:\s+|-)"
            rf"(?:fiscal\s+)?quarter{e}(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>{year}){e}|(?:the\s+)?(?P<rel>last|this|next|"
            rf"current|previous)\s+year{e}))?",
            1,
        ),
        ("quarter_q", rf"{b}Q(?P<q>[1-4])(?:\s+(?P<y>{year}))?{e}", 1),
        (
            "quarter_months",  # "the July-September quarter", "the April-June period": a calendar
            # quarter named by its first and last months
            rf"{b}(?:the\s+)?(?P<m1>{quarter_months})\s+(?:quarter|period)"
            rf"{e}(?:\s+(?:of\s+)?(?P<y>{year}){e})?",
            1,
        ),
        (
            "quarter_end_month",  # "the December quarter", "the June quarter of 2009": the
            # calendar quarter that ends in that month
            rf"{b}the\s+(?P<mon>(?-i:March|June|September|December))\s+quarter"
            rf"{e}(?:\s+(?:of\s+)?(?P<y>{year}){e})?",
            1,
        ),
        (
            "edge_of_month",  # "the final days of October", "the first weeks of 2023": the month
            # or year, its start or end
            rf"{b}the\s+(?P<edge>first|last|final|closing|opening|dying|early|last\s+few|first\s+few)"
            rf"\s+(?:days|weeks|months)\s+of\s+(?:(?P<mon>{month_full}){e}(?:\s*,?\s*(?P<y>{year}))?|"
            rf"(?P<y2>{year})){e}",
            1,
        ),
        # "first-half profit": the half-year a report covers (`_resolve` wants a period noun
        # after it, so "a first-half goal" is no date)
        ("half_adj", rf"{b}(?P<h>first|second)-half{e}", 1),
        (
            "half_adj",  # "sales fell in the first half": the half-year a report covers (`_resolve`
            # wants a period noun in the sentence, so "scored in the first half" is no date)
            rf"(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bduring\s)|(?<=\bover\s))"
            rf"(?P<t>the\s+(?P<h>first|second)\s+half){e}(?!\s+of\b)",
            1,
        ),
        (
            "half",
            rf"{b}(?:the\s+)?(?P<h>first|second|latter)\s+half\s+of\s+(?:(?P<y>{year})|(?P<rel>last|this|next|"
            rf"the)\s+year){e}",
            0,
        ),
        (
            "season",
            rf"{b}(?:(?P<mod>early|late|mid|(?:earlier|later)\s+in)(?:\s+|-))?"
            rf"(?:(?P<rel>last|next|this|coming|past)\s+)?(?:the\s+)?(?P<s>{seasons})(?:\s+(?:of\s+)?(?P<y>{year})|\s+(?:of\s+)?"
            rf"(?P<yrel>last|next|this|the\s+following|the\s+previous)\s+year)?{e}",
            3,
        ),
        (
            "nine_eleven",  # "9/11", "the September 11 attacks": the day of the 2001 attacks,
            # a date as the news names it, not the 11 September of the publication year
            rf"{b}(?:9/11|(?-i:September|Sept\.?)\s+11(?=\s+(?:attacks?|terror|terrorist|hijack"
            rf"|hijackers|commission|victims|memorial)\b))(?![\w/])",
            0,
        ),
        (
            "holiday",
            # "last Christmas", "this Easter": the feast before, of this year, after; "the day
            # after Thanksgiving", "the day before Christmas": the day next to the feast
            rf"{b}(?:the\s+day\s+(?P<hoff>after|before)\s+)?(?:(?<!\bthe\s)(?P<hrel>(?-i:[Ll]ast|[Tt]his|[Nn]ext))\s+)?"
            rf"(?:(?<=\bthe\s)(?P<y0>{year})\s+)?(?P<h>{holidays}){e}(?:\s+(?P<y>{year}){e})?",
            3,
        ),
        (
            "duration",
            # the article is part of a length as of "the past decade": "in the three months to
            # September", "the 24 hours after the vote"
            rf"{b}(?={approx_start}|t)(?:(?P<the>the\s+)(?:(?P<rel>next|past|last|previous|coming|first|"
            rf"following|final)\s+)?)?"
            rf"(?:(?P<approx>{approx})\s+)?(?P<num>{numw})(?P<half>\s+and\s+a\s+half)?\s+"
            rf"(?:(?:more|additional|further|straight|consecutive|full|whole|single|trading|business|working)\s+)?(?P<unit>{units})"
            rf"(?P<half2>\s+and\s+a\s+half)?{e}(?:\s+(?P<dir>ago|later|earlier|afterwards?|from\s+now|"
            rf"before\s+that|after\s+that|previously|hence){e}|(?<=s)(?P<hence>['’]\s+time){e}|"
            rf"(?<![sS])(?P<hence1>['’]s\s+time){e})?",
            4,
        ),
        (
            "unit_to_month",  # "prices rose 2% in the year to November": the year that ends
            # then, a length, as "the three months to September" is
            rf"{b}(?P<t>the\s+(?P<unit>year|month|week))(?=\s+to\s+(?:end-)?{month_any})",
            4,
        ),
        (
            "duration_compound",  # "five hours and 24 minutes", "two years and three months"
            rf"{b}(?={approx_start})(?:(?P<approx>{approx})\s+)?(?P<num>{numw})\s+(?P<unit>{units}),?\s+and\s+"
            rf"(?P<num2>{numw})\s+(?P<unit2>{units}){e}",
            3,
        ),
        (
            "half_unit",
            # "half an hour", "half a century"; "a quarter century" (P25Y), "a quarter-century"
            rf"{b}(?:(?P<approx>{approx})\s+)?(?:half\s+(?:an?\s+)|(?P<qtr>an?\s+quarter(?:\s+|-)(?=century)))"
            rf"(?P<unit>hour|day|year|month|century|decade)"
            rf"{e}(?:\s+(?P<dir>ago|later|earlier){e})?",
            3,
        ),
        (
            "duration_adj",
            rf"{b}(?={num_start})(?P<num>{numw})-(?P<unit>year|month|week|day|hour|minute|second|decade)s?"
            rf"(?:-(?:long|old))?{e}",
            2,
        ),
        (
            "duration_vague_adj",
            rf"{b}(?P<unit>centuries|decades|years|months|weeks|days|hours)-(?:long|(?:(?<=centuries-)|"
            rf"(?<=decades-))old){e}",
            2,
        ),
        (
            "duration_long",  # "a week-long festival", "weeklong talks", "the year-long dispute"
            rf"{b}(?P<unit>hour|day|week|month|year|decade|century)-?long{e}",
            2,
        ),
        (
            "duration_plural",
            rf"{b}(?:for|over|in|within)\s+(?P<t>(?:the\s+)?(?:recent\s+)?(?P<unit>years|months|weeks|"
            rf"decades|centuries|days|hours)){e}",
            5,
        ),
        ("duration_recent", rf"{b}(?P<t>recent\s+(?P<unit>years|months|weeks|days|decades)){e}", 5),
        (
            "duration_bare",  # "could take months", "after years of talks": a bare plural unit
            # is a length of that unit, its number unsaid (TimeML's PXM); the words around it
            # are checked in the extractor (a verb or a preposition other than "of" before it)
            rf"{b}(?P<unit>years|months|weeks|days|hours|minutes|decades|centuries){e}",
            6,
        ),
        (
            "duration_plural",  # "years ago": some time before now; "days later": some time after
            rf"{b}(?P<unit>years|months|weeks|days|hours|minutes|decades|centuries)\s+"
            rf"(?P<dir>ago|earlier|later|afterwards?){e}",
            5,
        ),
        (
            "set_every",
            rf"{b}(?:every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{numw})\s+)?"
            rf"(?:(?P<unit>{units})|(?P<wd>{weekday})|(?P<s>{seasons})|(?P<mon>{month_full})|"
            rf"(?P<pod>morning|afternoon|evening)){e}",
            0,
        ),
        (
            "last_day_of",  # "the last day of June (2014)": one expression, that month's last day
            rf"{b}the\s+last\s+day\s+of\s+(?P<mon>{month_full})(?:\s*,?\s+(?P<y>{year}))?{e}",
            2,
        ),
        # "on Sundays", "on Saturday afternoons"
        ("set_weekdays", rf"{b}(?<=\bon\s)(?P<t>(?P<wd>{weekday})(?:s|\s+(?P<pods>{pod})s)){e}", 2),
        (
            "prev_season",  # "that autumn": the season of the year named before
            rf"{b}(?:that|the\s+same|the\s+(?P<rel>following|previous))\s+(?P<s>{seasons}){e}",
            2,
        ),
        (
            "set_rate",  # "twice a week", "three times a month": the frequency is part of the
            # expression (TimeML's freq="2X", which the value does not carry)
            rf"{b}(?P<t>(?:once|twice|thrice|(?={num_start})(?:{numw})\s+times)\s+an?\s+"
            rf"(?P<unit>year|month|week|day|hour|minute)){e}",
            0,
        ),
        (
            "set_rate",  # "24 hours a day", "seven days a week": how much of each period, one SET
            # of that period
            rf"{b}(?={num_start})(?P<t>(?:{numw})\s+(?:hours|days|nights)\s+an?\s+"
            rf"(?P<unit>day|week|month|year)){e}",
            0,
        ),
        (
            "set_rate",  # "8% a year", "$5 billion a year", "40 cents a day": an amount per period
            rf"(?:(?<=\d\s)|(?<=\d)|(?<=\btimes\s)|(?<=\bonce\s)|(?<=\btwice\s)|(?<=%\s)|"
            rf"(?<=\bmillion\s)|(?<=\bbillion\s)|(?<=\btrillion\s)|(?<=\bpercent\s)|"
            rf"(?<=\bcents\s)|(?<=\bdollars\s)|(?<=\beuros\s)|(?<=\bpounds\s))"
            rf"(?P<t>an?\s+(?P<unit>year|month|week|day|hour|minute)){e}",
            0,
        ),
        (
            "set_rate",  # "60,000 barrels a day", "500 cars a month", "two flights a week": a
            # count of things per period is a rate as an amount of money is (not "a day
            # earlier", "a year ago")
            rf"(?<![\w.,])(?:\d[\d,.]*|(?={num_start})(?:{numw}))\s+(?:[a-z]+\s+)?"
            # plurals without an s too: "a million people a year"
            rf"(?!(?:years|months|weeks|days|hours|minutes|seconds|nights|times)\s)"
            rf"(?:[a-z]+s|people|children|men|women)\s+"
            rf"(?P<t>an?\s+(?P<unit>year|month|week|day)){e}"
            rf"(?!\s+(?:ago|later|earlier|before|after|from|or|and|long|old)\b)(?!-)",
            0,
        ),
        (
            "set_rate",  # "four doses, one a month", "take two a day": a number standing for
            # the things counted, then a period, is a rate as "500 cars a month" is
            rf"(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            rf"(?P<t>an?\s+(?P<unit>year|month|week|day)){e}"
            rf"(?!\s+(?:ago|later|earlier|before|after|from|or|and|long|old)\b)(?!-)",
            0,
        ),
        # "twice daily": the frequency is part of the expression, as in "twice a week"
        ("set_word", rf"{b}(?:(?:once|twice|thrice)\s+)?(?P<w>{set_words}){e}", 3),
        ("ref", rf"{b}(?={_first_chars(vocab.ref)})(?P<w>{refs}){e}", 6),
        (
            "clock_length",  # "finished in 1:59:40", "a time of 2:01:39": hours, minutes and
            # seconds are a length (a race's, a record's) unless a clock's preposition comes
            # before them ("at 14:30:05" is a clock time)
            rf"{b}(?<!\d[:.])(?<!\b(?:at|by)\s)(?<!\bfrom\s)(?<!\b(?:until|after|since)\s)(?<!\bbefore\s)"
            rf"(?:(?P<approx>{approx})\s+)?(?P<h>\d{{1,2}}):(?P<mi>[0-5]\d):(?P<sec>[0-5]\d)"
            rf"(?:\.\d+)?{e}(?![:.]\d)",
            0,
        ),
        (
            "time",
            rf"{b}(?:(?P<wd0>{weekday}|{deictic})\s+(?:at\s+)?)?(?:(?P<approx>{clock_approx})\s+)?"
            rf"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<sec>[0-5]\d))?(?![:\d])"
            rf"(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?))?(?:\s*\(?(?P<tz>{tz})\)?)?(?:\s+(?:on\s+)?(?P<wd>{weekday}|"
            rf"{deictic}){e}{wd_no_date})?",
            0,
        ),
        (
            "time_ampm",
            rf"{b}(?:(?P<approx>{clock_approx})\s+)?(?P<h>1[0-2]|0?[1-9])\s*(?P<ampm>[ap]\.m\.|[ap]m{e})(?:\s*\(?(?P<tz>{tz})\)?)?"
            rf"(?:\s+(?:on\s+)?(?P<wd>{weekday}|{deictic}){e}{wd_no_date})?",
            0,
        ),
        (
            "time_zone4",  # "at 0600 GMT", "(1315 GMT)": four figures are a clock time only with a
            # zone after them and "at", "by", "from", ... or a bracket before ("2015 GMT rules")
            rf"(?:{b}(?:at|by|from|until|to|about|around)\s+|\(\s*)"
            rf"(?P<t>(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:(?:hours|hrs)\s*)?(?P<tz>{tz_wire}){e}"
            rf"(?:\s+(?:on\s+)?(?P<wd>{weekday}|{deictic}){e})?)",
            0,
        ),
        (
            "time_word",
            rf"{b}(?:(?P<approx>{clock_approx})\s+)?(?P<w>noon|midnight|midday){e}",
            3,
        ),
    ]
    return specs


def load_rules(lexicons: Lexicons) -> TimexRules:
    """The compiled rules for these lexicons, built once per Lexicons object.

    The compiled patterns are kept in the Lexicons' own cache (the object every worker
    builds once), so no module-level state is needed.
    """
    cache = lexicons._cache  # noqa: SLF001 - the per-process data cache is the right home
    if _CACHE_KEY not in cache:
        vocab = _vocabulary(lexicons)
        cache[_CACHE_KEY] = TimexRules(vocab, _build(vocab))
    return cache[_CACHE_KEY]  # type: ignore[no-any-return]
