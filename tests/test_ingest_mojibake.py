"""The mojibake test searched around non-ASCII characters gives ftfy's answer."""

from __future__ import annotations

import random
import re
from pathlib import Path

import ftfy
import pytest
from ftfy.badness import BADNESS_RE
from ftfy.badness import is_bad as ftfy_is_bad

from newsgraph.ingest import mojibake
from newsgraph.ingest.mojibake import _searchable_by_window, fix_encoding, is_bad

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def test_ingest_mojibake_ftfys_expression_is_searched_by_window():
    # If a new ftfy breaks the conditions, the whole text is searched (still right, slower).
    assert mojibake._WIDTH is not None


def test_ingest_mojibake_random_texts_get_ftfys_answer():
    rng = random.Random(8)
    odd = sorted({c for c in BADNESS_RE.pattern if ord(c) >= 0x80})
    plain = list("ab XY,.-\n09")
    for _ in range(20_000):
        text = "".join(
            rng.choice(odd) if rng.random() < 0.3 else rng.choice(plain)
            for _ in range(rng.randrange(0, 24))
        )
        assert is_bad(text) == ftfy_is_bad(text), repr(text)


def test_ingest_mojibake_long_non_ascii_texts_get_ftfys_answer():
    # past the windows a text gets (`_MOST_WINDOWS`), the rest is searched whole
    rng = random.Random(9)
    odd = sorted({c for c in BADNESS_RE.pattern if ord(c) >= 0x80})
    for _ in range(300):
        text = "".join(
            rng.choice(odd) if rng.random() < 0.5 else rng.choice("абв ab.")
            for _ in range(rng.randrange(100, 400))
        )
        assert is_bad(text) == ftfy_is_bad(text), repr(text)
    cyrillic = "Переговоры в Женеве завершились без заявления. " * 40
    assert is_bad(cyrillic) == ftfy_is_bad(cyrillic)
    assert is_bad(cyrillic + "cafÃ©") == ftfy_is_bad(cyrillic + "cafÃ©") is True


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain ASCII",
        "Ã at the start",
        "x Ã not at the start",
        "“Curly” quotes, an em dash — and café",
        "The mojibake: cafÃ© and â€œquotesâ€\x9d",
        "Ã",
        "Ã©" * 50,
    ],
)
def test_ingest_mojibake_fix_encoding_is_ftfys(text):
    assert is_bad(text) == ftfy_is_bad(text)
    assert fix_encoding(text) == ftfy.fix_encoding(text)


def test_ingest_mojibake_sample_corpus_gets_ftfys_answer():
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file():
            text = path.read_bytes().decode("utf-8", errors="replace")
            assert is_bad(text) == ftfy_is_bad(text), path
            assert fix_encoding(text) == ftfy.fix_encoding(text), path


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        ("é(?=x)", 0),  # a lookahead may look past the window
        ("é$", 0),  # the end of a window is no end of the text
        ("é", re.IGNORECASE),
        ("é", re.MULTILINE),  # not that it matters here: `^` would then be a line start
        ("é|ab", 0),  # an alternative without a non-ASCII character
        ("é+", 0),  # no longest match
    ],
)
def test_ingest_mojibake_other_expressions_are_searched_whole(pattern, flags):
    assert _searchable_by_window(re.compile(pattern, flags)) is None


def test_ingest_mojibake_windows_allow_the_start_anchor_and_give_the_longest_match():
    assert _searchable_by_window(re.compile("^[ÃÂ] |ab[é€]c|é")) == 4
