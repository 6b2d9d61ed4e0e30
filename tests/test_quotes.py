"""Who said what: quotation marks, the three kinds of quote, speakers, citations, evaluation."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsgraph.eval.quotes import GoldDoc, GoldQuote, normalise_speaker, score
from newsgraph.extract.citations import extract_citations
from newsgraph.extract.quotes import extract_quotes, quote_segments
from newsgraph.lexicons import Lexicons
from newsgraph.types import Article, Quote

# -- quotation marks (pure text) ------------------------------------------------------------


def _contents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in quote_segments(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We are ready," he said.', ["We are ready,"]),
        ("\u201cWe are ready,\u201d he said.", ["We are ready,"]),
        ("Il a dit \u00abnous sommes pr\u00eats\u00bb hier.", ["nous sommes pr\u00eats"]),
        ("He called it 'a farce' twice.", ["a farce"]),
        ("``We are ready,'' he said.", ["We are ready,"]),
    ],
)
def test_quote_segments_pair_every_quotation_style(text: str, expected: list[str]) -> None:
    assert _contents(text) == expected


def test_quote_segments_keep_a_nested_single_quote_inside_its_double_quote() -> None:
    text = "\"They know where our 'red lines' lie,\" he said."
    assert _contents(text) == ["They know where our 'red lines' lie,"]


def test_quote_segments_apostrophes_are_not_quotation_marks() -> None:
    assert _contents("Russia's troops and NATO's allies aren't leaving.") == []


def test_quote_segments_a_quote_spanning_paragraphs_is_one_chain_of_segments() -> None:
    text = '"We will respond.\n\n"And we will respond firmly," he said.'
    segments = quote_segments(text)
    assert [text[s.start : s.end] for s in segments] == [
        "We will respond.",
        "And we will respond firmly,",
    ]
    assert segments[0].close is None  # the first paragraph leaves the quote open
    assert segments[0].chain == segments[1].chain


# -- extraction with the model ----------------------------------------------------------------


def _quotes(nlp, text: str, published: datetime | None = None) -> list[Quote]:
    from newsgraph.nlp import parse

    doc = next(parse([Article(id="t", text=text, published=published)], nlp))
    return extract_quotes(doc, Lexicons.load())


def _by_text(quotes: list[Quote]) -> dict[str, Quote]:
    return {q.text: q for q in quotes}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('"We are ready to talk," Sergei Lavrov said.', "We are ready to talk,", "Sergei Lavrov"),
        ('"We are ready to talk," said Sergei Lavrov.', "We are ready to talk,", "Sergei Lavrov"),
        ('Sergei Lavrov said: "We are ready to talk."', "We are ready to talk.", "Sergei Lavrov"),
    ],
)
def test_quotes_direct_quote_with_the_attribution_after_or_before(
    nlp, text: str, content: str, speaker: str
) -> None:
    found = _by_text(_quotes(nlp, text))
    assert found[content].kind == "direct"
    assert found[content].speaker == speaker
    assert found[content].cue == "say"


@pytest.mark.model
def test_quotes_a_quote_broken_by_its_attribution_is_two_segments_of_one_speaker(nlp) -> None:
    text = '"Such a step would be a mistake," Jens Stoltenberg said, "and we will respond."'
    found = _by_text(_quotes(nlp, text))
    assert found["Such a step would be a mistake,"].speaker == "Jens Stoltenberg"
    assert found["and we will respond."].speaker == "Jens Stoltenberg"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            "Antony Blinken said that Russia would face severe consequences.",
            "Russia would face severe consequences",
            "Antony Blinken",
            "say",
        ),
        (
            "Jen Psaki told reporters the talks would go ahead in January.",
            "the talks would go ahead in January",
            "Jen Psaki",
            "tell",
        ),
        (
            "According to Olaf Scholz, the pipeline could be halted.",
            "the pipeline could be halted",
            "Olaf Scholz",
            "according to",
        ),
    ],
)
def test_quotes_indirect_quote_is_the_reported_clause(
    nlp, text: str, content: str, speaker: str, cue: str
) -> None:
    found = _by_text(_quotes(nlp, text))
    assert found[content].kind == "indirect"
    assert found[content].speaker == speaker
    assert found[content].cue == cue


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Capital Wire) — Russia could launch an offensive early next year,"
        " according to a U.S. intelligence assessment.",
        "KYIV — Russia could launch an offensive early next year, Ukrainian officials said.",
    ],
)
def test_quotes_a_dateline_opening_the_article_is_not_what_was_said(nlp, text: str) -> None:
    [quote] = _quotes(nlp, text)
    assert quote.text == "Russia could launch an offensive early next year"


@pytest.mark.model
def test_quotes_mixed_quote_is_only_the_quoted_fragment(nlp) -> None:
    text = 'Vladimir Putin warned of "grave repercussions" if NATO expanded further.'
    found = _by_text(_quotes(nlp, text))
    assert found["grave repercussions"].kind == "mixed"
    assert found["grave repercussions"].speaker == "Vladimir Putin"


@pytest.mark.model
def test_quotes_a_surname_resolves_to_the_full_name_used_earlier(nlp) -> None:
    text = (
        "Foreign Minister Sergei Lavrov met his counterpart on Friday.\n\n"
        '"We will not wait forever," Lavrov said.'
    )
    assert _by_text(_quotes(nlp, text))["We will not wait forever,"].speaker == "Sergei Lavrov"


@pytest.mark.model
def test_quotes_a_pronoun_goes_to_the_salient_person_whatever_its_gender(nlp) -> None:
    # a rewritten copy calls Karen Donfried "he": salience, not grammatical gender, decides
    text = (
        "Assistant Secretary of State Karen Donfried briefed reporters on Tuesday.\n\n"
        '"We are united with our allies," he said.'
    )
    quote = _by_text(_quotes(nlp, text))["We are united with our allies,"]
    assert quote.speaker == "Karen Donfried"
    assert quote.speaker_mention == "he"


@pytest.mark.model
@pytest.mark.parametrize(
    ("subject", "speaker", "kind"),
    [
        ("The Kremlin", "Kremlin", "organisation"),
        ("Moscow", "Russian government", "country"),
        (
            "A senior administration official",
            "anonymous: senior administration official",
            "anonymous",
        ),
    ],
)
def test_quotes_organisations_metonyms_and_anonymous_sources(
    nlp, subject: str, speaker: str, kind: str
) -> None:
    text = f"{subject} said the talks would be difficult."
    quote = _by_text(_quotes(nlp, text))["the talks would be difficult"]
    assert (quote.speaker, quote.speaker_kind) == (speaker, kind)


@pytest.mark.model
def test_quotes_a_definite_institution_goes_back_to_the_one_named_before(nlp) -> None:
    text = (
        "Ukraine's foreign ministry summoned the Russian ambassador.\n\n"
        "Later, the foreign ministry said the talks had failed."
    )
    quote = _by_text(_quotes(nlp, text))["the talks had failed"]
    assert quote.speaker == "Ukrainian Foreign Ministry"


@pytest.mark.model
def test_quotes_a_country_officeholder_described_by_title_is_named(nlp) -> None:
    text = "Russia's foreign minister said the talks would be difficult."
    published = datetime(2022, 1, 10, tzinfo=UTC)
    quote = _by_text(_quotes(nlp, text, published))["the talks would be difficult"]
    assert quote.speaker == "Sergei Lavrov"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "outlet", "phrase"),
    [
        ("Dmitry Peskov told Reuters the talks were useful.", "Reuters", "told Reuters"),
        ("The troops were moved, as per NDTV.", "NDTV", "as per NDTV"),
        ("Biden will call Putin, the NY Post reported.", "New York Post", "the NY Post reported"),
        ("According to CNN, the call lasted an hour.", "CNN", "According to CNN"),
    ],
)
def test_citations_an_outlet_cited_is_a_citation_not_a_speaker(
    nlp, text: str, outlet: str, phrase: str
) -> None:
    from newsgraph.nlp import parse

    doc = next(parse([Article(id="t", text=text)], nlp))
    citations = extract_citations(doc, Lexicons.load())
    assert [(c.outlet, c.text) for c in citations] == [(outlet, phrase)]
    assert all(q.speaker not in (outlet, phrase) for q in extract_quotes(doc, Lexicons.load()))


@pytest.mark.model
def test_citations_an_outlet_merely_mentioned_is_not_cited(nlp) -> None:
    from newsgraph.nlp import parse

    doc = next(parse([Article(id="t", text="A Reuters photographer was hurt in Kyiv.")], nlp))
    assert extract_citations(doc, Lexicons.load()) == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Reuters",
        "Reuters and CNN and the NY Post, as per NDTV.",
        "ex-Reuters staff, xReuters, Reuters-owned, Reuters_ and _Reuters, CNNReuters CNN.",
        "the New York Times, York Times; Times of India (TASS) RIA Novosti/Interfax",
        "Straße CNN, \u00e9CNN, 1CNN, \u0394 CNN\nCNN",
    ],
)
def test_citations_outlet_search_equals_the_pattern_with_its_lookbehind(text: str) -> None:
    # The outlet names are searched without the leading lookbehind (so `re` can skip ahead
    # by their first letters) and the character before is checked by hand: same matches.
    import re

    from newsgraph.extract.citations import _alias_matches, _alias_pattern

    pattern = _alias_pattern(Lexicons.load())
    with_lookbehind = re.compile(r"(?<![\w-])(?:" + pattern.pattern + ")")
    expected = [(m.span(), m.group()) for m in with_lookbehind.finditer(text)]
    assert [(m.span(), m.group()) for m in _alias_matches(pattern, text)] == expected


# -- evaluation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the U.S. State Department", "US State Department"),
        ("Gitanas Nausėda", "Gitanas Nauseda"),
        ("anonymous: senior administration official", "anonymous: senior US officials"),
    ],
)
def test_normalise_speaker_compares_names_not_spellings(a: str, b: str) -> None:
    assert normalise_speaker(a) == normalise_speaker(b)


def test_normalise_speaker_keeps_different_people_apart() -> None:
    assert normalise_speaker("Sergei Lavrov") != normalise_speaker("Sergei Ryabkov")
    assert normalise_speaker("anonymous: official") != normalise_speaker("anonymous: diplomat")


def _pred(start: int, end: int, speaker: str | None) -> Quote:
    return Quote("d", start, end, 0, "", "direct", speaker=speaker)


def test_score_overlap_thresholds_and_speaker_accuracy_over_matched_quotes() -> None:
    gold = GoldDoc(
        "d",
        "x" * 300,
        None,
        (
            GoldQuote(0, 100, "direct", "Sergei Lavrov", "Lavrov"),
            GoldQuote(100, 200, "indirect", "Yuri Ushakov", "he"),
            GoldQuote(200, 300, "mixed", "Kremlin", "the Kremlin"),
        ),
        "sample",
    )
    predicted = {
        "d": [
            _pred(0, 100, "Sergei Lavrov"),  # exact
            _pred(100, 150, "Dmitry Peskov"),  # half the gold characters, wrong speaker
            _pred(280, 300, "Kremlin"),  # a fifth: below 30%
        ]
    }
    m = score([gold], predicted)
    assert m["n_gold"] == 3
    assert m["quote_p_30"] == pytest.approx(2 / 3) and m["quote_r_30"] == pytest.approx(2 / 3)
    assert m["quote_r_80"] == pytest.approx(1 / 3)
    assert m["speaker_acc"] == pytest.approx(1 / 2)
    assert m["pronoun_speaker_acc"] == 0.0


def test_score_one_predicted_quote_matches_one_gold_quote() -> None:
    gold = GoldDoc(
        "d",
        "x" * 200,
        None,
        (GoldQuote(0, 100, "direct", "A"), GoldQuote(100, 200, "direct", "A")),
        "sample",
    )
    m = score([gold], {"d": [_pred(0, 200, "A")]})
    assert m["quote_r_30"] == 0.5 and m["quote_p_30"] == 1.0
