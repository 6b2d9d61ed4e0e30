"""Entity mentions are read from a ParsedDoc built by hand: no model needed."""

from newsgraph.extract import DEFAULT_EXTRACTORS, EXTRACTORS, run_extractors
from newsgraph.extract.entities import extract_entities
from newsgraph.lexicons import Lexicons

from .helpers import make_doc


def test_entities_keeps_actor_like_entities_with_character_offsets():
    doc = make_doc(
        ["Sergei", "Lavrov", "met", "Antony", "Blinken", "in", "Geneva", "on", "Friday"],
        ents=[(0, 2, "PERSON"), (3, 5, "PERSON"), (6, 7, "GPE"), (8, 9, "DATE")],
    )
    mentions = extract_entities(doc)
    assert [(m.text, m.label) for m in mentions] == [
        ("Sergei Lavrov", "PERSON"),
        ("Antony Blinken", "PERSON"),
        ("Geneva", "GPE"),
    ]
    assert all(doc.text[m.start : m.end] == m.text for m in mentions)


def test_entities_numbers_and_dates_are_left_to_other_extractors():
    doc = make_doc(
        ["Russia", "massed", "175,000", "troops", "in", "December"],
        ents=[(0, 1, "GPE"), (2, 3, "CARDINAL"), (5, 6, "DATE")],
    )
    assert [m.label for m in extract_entities(doc)] == ["GPE"]


def test_entities_records_the_sentence_of_each_mention():
    doc = make_doc(
        ["NATO", "met", ".", "Moscow", "replied", "."],
        ents=[(0, 1, "ORG"), (3, 4, "GPE")],
        sents=[(0, 3), (3, 6)],
    )
    assert [(m.text, m.sentence) for m in extract_entities(doc)] == [("NATO", 0), ("Moscow", 1)]


def test_entities_without_annotation_gives_nothing():
    assert extract_entities(make_doc(["No", "entities", "here"])) == []


def test_extractor_registry_uses_versioned_names():
    assert all("." in name and name.rsplit(".", 1)[1].startswith("v") for name in EXTRACTORS)
    doc = make_doc(["Kyiv", "waits"], ents=[(0, 1, "GPE")])
    found = run_extractors(doc, Lexicons.load(), DEFAULT_EXTRACTORS)
    assert [m.text for m in found["mentions"]] == ["Kyiv"]
