"""Integrity of the event predicate lexicon (`data/event_predicates.tsv`): every row is well formed,
names a PLOVER 2.0 type and a CAMEO code that exist, and no key is given twice (the loader keeps
the last row of a key, so a repeated key silently overrides the first)."""

from __future__ import annotations

from collections import Counter

import pytest

from newsgraph.eval.events import PLOVER_TYPES
from newsgraph.extract.events import event_lexicon
from newsgraph.lexicons import Lexicons

FRAMES = {"", "sym", "pass_actor", "light", "content", "force", "announced", "aspect"}
# Where the lexicon deliberately departs from the CAMEO2PLOVER type of its CAMEO code (README,
# "Events"): resignations are RETREAT (resign) in the PLOVER 2.0 codebook; economic sanctions
# and embargoes are SANCTION as the codebook defines it; a crackdown, and repression short of
# attack, are COERCE.
CAMEO_TYPE_DEPARTURES = {
    ("RETREAT", "0831"),
    ("SANCTION", "163"),
    ("COERCE", "175"),
}


@pytest.fixture(scope="module")
def lexicons() -> Lexicons:
    return Lexicons.load()


@pytest.fixture(scope="module")
def rows(lexicons):
    return lexicons.rows("event_predicates.tsv")


@pytest.fixture(scope="module")
def cameo(lexicons):
    return {r["cameo"]: r for r in lexicons.rows("cameo_codes.tsv")}


def test_event_lexicon_rows_have_every_field(rows):
    bad = [r for r in rows if None in r or any(v is None for v in r.values())]
    assert not bad, f"rows with a missing or extra field: {bad[:5]}"


def test_event_lexicon_has_no_duplicate_keys(rows):
    counts = Counter((r["lemma"].strip().lower(), r["pos"]) for r in rows)
    assert not [k for k, n in counts.items() if n > 1]


def test_event_lexicon_parts_of_speech_and_frames_are_known(rows):
    assert {r["pos"] for r in rows} <= {"VERB", "NOUN"}
    assert not [r["lemma"] for r in rows if r["frame"] not in FRAMES]


def test_event_lexicon_types_are_plover_types(rows):
    assert not [r["lemma"] for r in rows if r["type"] and r["type"] not in PLOVER_TYPES]


def test_event_lexicon_typed_rows_have_a_cameo_code_of_the_table(rows, cameo):
    assert not [r["lemma"] for r in rows if r["type"] and r["cameo"] not in cameo]
    assert not [r["lemma"] for r in rows if not r["type"] and r["cameo"]]


def test_event_lexicon_types_agree_with_cameo2plover(rows, cameo):
    """A row's PLOVER type is the one CAMEO2PLOVER gives its CAMEO code (the table writes the
    split root 08 as 'CONCEDE(081-083)/RETREAT(084-087)'), except the documented departures."""
    wrong = [
        (r["lemma"], r["type"], r["cameo"], cameo[r["cameo"]]["plover_type"])
        for r in rows
        if r["type"]
        and r["type"] not in cameo[r["cameo"]]["plover_type"]
        and (r["type"], r["cameo"]) not in CAMEO_TYPE_DEPARTURES
    ]
    assert not wrong


def test_event_lexicon_lemmas_are_lower_case_words(rows):
    assert not [r["lemma"] for r in rows if r["lemma"] != r["lemma"].strip().lower()]
    assert not [r["lemma"] for r in rows if len(r["lemma"].split()) > 2]


def test_event_lexicon_loads_every_row(rows, lexicons):
    lex = event_lexicon(lexicons)
    assert len(lex.verbs) + len(lex.nouns) == len(rows)


@pytest.mark.parametrize(
    ("lemma", "pos", "type_"),
    [
        ("lambaste", "VERB", "ACCUSE"),
        ("turn down", "VERB", "REJECT"),
        ("bail out", "VERB", "AID"),
        ("prisoner swap", "NOUN", "RETREAT"),
        ("clampdown", "NOUN", "COERCE"),
        ("tariff", "NOUN", "SANCTION"),
        ("test-fire", "VERB", "MOBILIZE"),
        ("plea", "NOUN", "REQUEST"),
        ("news conference", "NOUN", ""),
    ],
)
def test_event_lexicon_covers_general_news_vocabulary(lexicons, lemma, pos, type_):
    lex = event_lexicon(lexicons)
    entry = (lex.verbs if pos == "VERB" else lex.nouns)[lemma]
    assert entry.type == type_
