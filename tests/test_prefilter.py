"""The literal gate: a pattern is skipped only when it cannot match."""

from __future__ import annotations

import re

import pytest

from newsgraph.extract.prefilter import (
    DIGIT,
    LiteralGate,
    first_char_guard,
    required_literals,
    single_line,
)


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        # one set per mandatory part: every match holds a string of each set
        (r"(?<![\w-])(?:early\s+)?spring\b", [{"spring"}]),  # the optional part is not needed
        (r"(?:Monday|Tuesday) morning", [{"monday", "tuesday"}, {" morning"}]),
        (r"(?:last|next)\s+(?:week|month)", [{"last", "next"}, {"week", "month"}]),
        (r"\d+\s*(?:days|weeks)", [{DIGIT}, {"days", "weeks"}]),
        (r"(?:\d{4}|today)", [{DIGIT, "today"}]),
        (r"(?-i:December)\s+\d{1,2}", [{"december"}, {DIGIT}]),  # lower-cased: case is ignored
        (r"(?:today|\w+day)", [{"today", "day"}]),
        (r"\d+(?=\s+in\s+a\s+row)", [{DIGIT}, {"in"}, {"row"}]),  # a lookahead's words too
        (r"(?<![\w-])5-a-side", [{"5-a-side"}]),
        (r"a\s+b", None),  # single letters say little: left out
        # an alternative's single letter is passed over for a usable requirement of it
        (r"(?<![\w-])(?:1[89]\d\d|today)(?![\w])", [{DIGIT, "today"}]),
        # what every alternative needs is needed: a digit (which "20" holds too)
        (r"(?<![\w-])(?:1[89]\d\d|20\d\d)(?![\w])", [{DIGIT}]),
        # a class of digits needs a digit too: "Q[1-4]", "(?:1[0-2]|0?[1-9])\s*pm"
        (r"Q[1-4]", [{DIGIT}]),
        (r"(?:1[0-2]|0?[1-9])\s*pm", [{DIGIT}, {"pm"}]),
        (r"(?:(?:1[89]|20)\d0|'\d0|(?<=the\s)\d0)'?s", [{DIGIT}]),  # not "the" or a digit
        (r"(?:last|next)\s+(?:week|month)|(?:week|month)\s+ago", [{"week", "month"}]),
        (r"[0-9a]x", None),  # not when it holds anything else
        (r"[^1-9]x", None),
    ],
)
def test_required_literals_are_what_every_match_contains(pattern, needed):
    found = required_literals(re.compile(pattern, re.IGNORECASE))
    assert (None if found is None else sorted(map(sorted, found))) == (
        None if needed is None else sorted(map(sorted, needed))
    )


@pytest.mark.parametrize(
    "pattern",
    [r"\w+", r"(?:week)?\d?", r"(?:today|\w+)", r"(?:years|\u00e9t\u00e9)"],
)
def test_required_literals_none_when_a_match_needs_no_ascii_word(pattern):
    assert required_literals(re.compile(pattern, re.IGNORECASE)) is None


PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(?<![\w-])(?:early\s+)?spring\b",
        r"(?:last|next)\s+(?:week|month)",
        r"\d+\s*(?:days|weeks)",
        r"(?-i:December)\s+\d{1,2}",
        r"\w+",
    )
]
TEXTS = [
    "",
    "Talks resume next week, in early spring, on December 12.",
    "TALKS RESUME NEXT WEEK",  # case does not hide a match
    "No dates here at all.",
    "Three days later.",  # 'days' without a digit: the gate opens, the pattern still fails
    "It took 3 Days.",
    "Next we\u0131ek",  # a dotless i: such texts are never filtered
    "\u0130stanbul, spr\u0131ng",
    "De\u017fcember 5",
]


def _gated(pattern, spans, text):
    windows = [(0, len(text))] if spans is None else spans
    return [m.span() for s, e in windows for m in pattern.finditer(text, s, e)]


@pytest.mark.parametrize("text", TEXTS)
def test_gated_matches_equal_ungated_matches(text):
    windows = LiteralGate(PATTERNS).windows(text)
    for pattern, spans in zip(PATTERNS, windows, strict=True):
        assert _gated(pattern, spans, text) == [m.span() for m in pattern.finditer(text)]


def test_gate_closes_patterns_whose_words_are_absent():
    windows = LiteralGate(PATTERNS).windows("No dates here at all.")
    assert [spans == [] for spans in windows] == [True, True, True, True, False]


def test_gate_never_closes_on_texts_with_case_oddities():
    assert LiteralGate(PATTERNS).windows("\u0130stanbul") == [None] * len(PATTERNS)


def test_timex_rules_find_the_same_candidates_with_the_gate():
    from dataclasses import replace

    from newsgraph.config import Settings
    from newsgraph.extract.timex import _candidates, _gate, load_rules
    from newsgraph.ingest import read_paths
    from newsgraph.lexicons import Lexicons
    from newsgraph.types import Article

    from .conftest import CORPUS
    from .helpers import make_doc

    lexicons = Lexicons.load()
    rules = load_rules(lexicons)
    gate = _gate(lexicons, rules)
    articles = [a for a in read_paths([CORPUS], Settings()) if isinstance(a, Article)]
    assert len(articles) >= 50
    for article in articles:
        doc = replace(make_doc(["x"]), text=article.text)
        plain = [(s, e, n) for s, e, n, _ in _candidates(doc, rules)]
        gated = [(s, e, n) for s, e, n, _ in _candidates(doc, rules, gate)]
        assert gated == plain, article.id


def test_the_gate_reads_each_time_rule_as_required_literals_and_single_line_do():
    # The gate parses each pattern once for both readings; the readings are the same.
    from newsgraph.extract.timex import load_rules
    from newsgraph.lexicons import Lexicons

    patterns = [rule.pattern for rule in load_rules(Lexicons.load()).rules]
    patterns += [re.compile(r"next\s+week"), re.compile(r"\bnext week\b"), re.compile(r"\w+")]
    gate = LiteralGate(patterns)
    assert gate.needs == [required_literals(p) for p in patterns]
    assert gate.by_line == [required_literals(p) is not None and single_line(p) for p in patterns]


@pytest.mark.parametrize(
    ("pattern", "one_line"),
    [
        (r"(?<![\w-])next[^\S\n]+week(?![\w-])", True),
        (r"next\s+week", False),  # \s takes in a line break
        (r"next\W+week", False),
        (r"next.week", True),  # "." stops at a line break
        (r"(?s)next.week", False),
        (r"^next week", False),  # anchors read differently at a line's end
        (r"next week$", False),
        (r"next week(?=\s)", False),  # a lookahead may look past the line
        (r"\bnext week\b", True),
    ],
)
def test_single_line_patterns_cannot_take_in_a_line_break(pattern, one_line):
    from newsgraph.extract.prefilter import single_line

    assert single_line(re.compile(pattern, re.IGNORECASE)) is one_line


MULTILINE_TEXT = (
    "Talks resume next week.\nNothing here.\nnext\nweek apart, then NEXT WEEK again.\n"
    "\n3 days, 4 weeks later; last month\nin early spring"
)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<![\w-])(?:next|last)[^\S\n]+(?:week|month)(?![\w-])",
        r"\d+[^\S\n]*(?:days|weeks)\b",
        r"(?<![\w-])(?:early[^\S\n]+)?spring\b",
        r"next\s+week",  # not single-line: searched in the whole text
    ],
)
def test_windows_find_the_same_matches_as_the_whole_text(pattern):
    compiled = re.compile(pattern, re.IGNORECASE)
    [spans] = LiteralGate([compiled]).windows(MULTILINE_TEXT)
    whole = [m.span() for m in compiled.finditer(MULTILINE_TEXT)]
    if spans is None:
        return  # the gate did not narrow this one; nothing to compare
    windowed = [m.span() for s, e in spans for m in compiled.finditer(MULTILINE_TEXT, s, e)]
    assert windowed == whole
    assert whole  # each pattern does match this text, so the test compares something


def test_a_one_line_pattern_is_skipped_when_its_words_are_on_different_lines():
    one_line = re.compile(r"(?:last|next)[^\S\n]+week", re.IGNORECASE)
    spanning = re.compile(r"(?:last|next)\s+week", re.IGNORECASE)
    text = "Talks resume next\nweek, officials said."
    assert LiteralGate([one_line, spanning]).windows(text) == [[], None]
    assert not one_line.search(text) and spanning.search(text)


def test_gate_searches_no_string_that_holds_another_of_its_requirement():
    # "april" can only occur where "apr" does, "2020" only where a digit does: the gate
    # searches the shorter ones, and finds the same texts and lines.
    from newsgraph.extract.prefilter import _searched

    assert _searched(frozenset({"apr", "april", "may", "sept", "sep"})) == ("apr", "may", "sep")
    assert _searched(frozenset({DIGIT, "20", "today"})) == (DIGIT, "today")
    assert _searched(frozenset({"a\nb", "a"})) == ("a", "a\nb")  # not across a line break


WORD_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(?<![\w-])\w*day(?![\w-])",  # "day" inside a word: "Monday", "today"
        r"(?<![\w-])year-end(?![\w-])",  # a requirement with a hyphen: searched, not indexed
        r"(?<![\w-])saints'[^\S\n]+day",
        r"(?<![\w-])(?:\d+|two)[^\S\n]+weeks",
        r"(?<![\w-])the[^\S\n]+20th",
    )
]
WORD_TEXTS = [
    "Talks on Monday.\nNo talks today, or on the 20th.\nAll Saints' Day, year-end.\n",
    "TWO WEEKS\n\n12 weeks\nweeks 2",
    "A midday break.\nThe 20thcentury.\nYEAR-END",
    "caf\u00e9day and na\u00efve-days\u00fcber 2 weeks",  # non-ASCII letters belong to the words
    # more lines than a machine word has bits
    "\n".join(f"{n} weeks on the 20th, Friday" if n % 7 == 3 else "nothing" for n in range(150)),
]


def _plain_lines(pattern, text):
    """The lines a single-line pattern is searched over, found the slow, plain way: every
    requirement searched for in the whole text, and each line for the two most selective."""
    needs = required_literals(pattern)
    lines = text.lower().split("\n")

    def holds(line, clause):
        return any(re.search(r"\d", line) if w == DIGIT else w in line for w in clause)

    if not all(any(holds(line, clause) for line in lines) for clause in needs):
        return []
    return [n for n, line in enumerate(lines) if all(holds(line, c) for c in needs[:2])]


@pytest.mark.parametrize("text", WORD_TEXTS)
def test_windows_hold_the_lines_a_plain_search_finds(text):
    # The gate finds the lines of its requirements from the text's words ("day" in "Monday"):
    # the same lines as a substring search of each line, and the same matches.
    windows = LiteralGate(WORD_PATTERNS).windows(text)
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for pattern, spans in zip(WORD_PATTERNS, windows, strict=True):
        assert spans is not None  # every one of these patterns is read line by line
        lines = [n for n, start in enumerate(starts) if any(a <= start <= b for a, b in spans)]
        assert lines == _plain_lines(pattern, text)
        assert _gated(pattern, spans, text) == [m.span() for m in pattern.finditer(text)]


def test_the_word_index_forgets_at_its_bound_and_finds_the_same(monkeypatch):
    from newsgraph.extract import prefilter

    gate = LiteralGate(WORD_PATTERNS)
    expected = [gate.windows(text) for text in WORD_TEXTS]
    monkeypatch.setattr(prefilter, "_REMEMBERED", 3)
    forgetful = LiteralGate(WORD_PATTERNS)
    for _ in range(2):
        assert [forgetful.windows(text) for text in WORD_TEXTS] == expected
        assert len(forgetful._index._held) <= 3


@pytest.mark.parametrize(
    ("pattern", "guard"),
    [
        # the lookbehinds of a rule, tried at every character, now only before an "a"
        (r"(?:(?<=\d\s)|(?<=\btimes\s))an?\s+(?:year|day)", "[a]"),
        (r"(?<![\w-])(?:last|next)\s+week", "[ln]"),
        (r"(?<![\w-])(?:early\s+)?(?-i:May)\b", "[em]"),  # an optional start: what follows too
        (r"(?<![\w-])(?:\d+|two)\s+days", r"[t\d]"),
        (r"(?<![\w-])[0-3]?\d/\d", r"[\d]"),  # "0" to "3" go in "\d"
        (r"(?<![\w'\u2019])['\u2019]\d\d", "['\u2019]"),
        # none: a lookahead of the pattern's own in front, an empty match, any character,
        # a negated class, too many letters, a letter with wider case rules
        (r"(?<![\w-])(?=[ln])(?:last|next)\s+week", None),
        (r"(?:week)?\d?", None),
        (r".day", None),
        (r"[^x]day", None),
        (r"(?:apple|bee|cat|dog|eel|fox|gnu|hen|ibis|jay|kiwi|lark|mole)s", None),
        (r"(?:\u00e9t\u00e9|hiver)", None),
    ],
)
def test_first_char_guard_tests_the_characters_a_match_starts_with(pattern, guard):
    compiled = re.compile(pattern, re.IGNORECASE)
    guarded = first_char_guard(compiled)
    if guard is None:
        assert guarded is compiled
        return
    assert guarded.pattern == f"(?=(?i:{guard}))(?:{pattern})"
    assert guarded.groupindex == compiled.groupindex
    text = "Twice a day; 3 days, May 5 or early May, 10/3 in '99 and last WEEK, two days"
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in compiled.finditer(text)]


def test_time_rules_find_the_same_matches_with_and_without_first_char_guards():
    from newsgraph.config import Settings
    from newsgraph.extract.timex_rules import _build, load_rules
    from newsgraph.ingest import read_paths
    from newsgraph.lexicons import Lexicons
    from newsgraph.types import Article

    from .conftest import CORPUS

    rules = load_rules(Lexicons.load())
    plain = _build(rules.vocab, guard=False)
    assert sum(g.pattern is not p.pattern for g, p in zip(rules.rules, plain, strict=True)) > 40
    texts = [a.text for a in read_paths([CORPUS], Settings()) if isinstance(a, Article)]
    texts += [t.upper() for t in texts[:10]]  # the guard ignores case as the rules do
    for text in texts:
        for guarded, rule in zip(rules.rules, plain, strict=True):
            found = [(m.span(), m.groupdict()) for m in guarded.pattern.finditer(text)]
            assert found == [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text)]
