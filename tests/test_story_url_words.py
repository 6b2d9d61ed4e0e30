"""Story features: a short text takes the words of its URL's slug (story_features.v2 on)."""

from __future__ import annotations

import dataclasses

import pytest

from newsgraph.extract.story_embedding import embedding_text
from newsgraph.extract.story_features import (
    URL_WORDS_MAX_TEXT,
    extract_story_features,
    features_from_text,
    url_words,
)
from newsgraph.lexicons import Lexicons
from newsgraph.stories.cluster import StoryClusterer
from tests.helpers import make_doc

LATIMES = (
    "http://www.latimes.com/business/money/"
    "la-fi-mo-federal-reserve-plosser-stimulus-economy-20140310,0,1312750.story\\?track=rss"
)
LIVEMINT = (
    "http://www.livemint.com/Politics/H2EvwJSK2VE6OF7iK1g3PP/"
    "Feds-Charles-Plosser-sees-high-bar-for-change-in-pace-of-ta.html"
)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        # outlet codes (two letters), a date and ids after the words, an escaped query
        (LATIMES, ["federal", "reserve", "plosser", "stimulus", "economy"]),
        # a hash segment and a section before the slug; the truncated last word ("ta") goes
        (LIVEMINT, ["fed", "charle", "plosser", "see", "high", "bar", "change", "pace"]),
        # a Reuters id glued to the last word holds digits: dropped whole
        (
            "http://in.reuters.com/article/2014/03/10/britain-boe-bean-sterling-idINL9N0KY00O20140310",
            ["britain", "boe", "bean", "sterling"],
        ),
        # the slug is the segment with the most words, not the last one
        (
            "http://timesofindia.indiatimes.com/tech/tech-news/hardware/"
            "Apple-releases-iOS-7-1-with-CarPlay-support/articleshow/31804455.cms",
            ["apple", "release", "ios", "carplay", "support"],
        ),
        # underscores, a trailing slash, a query and a fragment
        (
            "https://chicagoist.com/2014/03/10/the_miley_cyrus_bangerz_tour.php?ref=rss#top",
            ["miley", "cyrus", "bangerz", "tour"],
        ),
        ("http://bgr.com/2014/03/11/titanfall-1080p-update-xbox-one/", ["titanfall", "xbox"]),
        # percent-encoded separators
        ("http://example.com/2014/lohan%20checks%20into%20rehab", ["lohan", "check", "rehab"]),
    ],
)
def test_url_words_are_the_slug_words_without_ids_dates_or_codes(url, words):
    assert url_words(url) == words


@pytest.mark.parametrize(
    "url",
    [
        "",
        "http://www.usatoday.com/videos/money/business/2014/03/10/6252067/",  # no slug
        "http://www.example.com/news/world/tech-news/index.html",  # sections only
        "http://www.bostonglobe.com/business/2014/03/09/dAUfXD4zhG9YLFfHqL1WcP/story.html",
        "http://russia-masses-troops-near-ukraine.example.com/",  # the host is never read
        "http://www.example.com/?title=russia-masses-troops-near-ukraine",  # nor the query
        "1_1ecbplus",  # not a web address (an ECB+ document id)
        "ftp://example.com/russia-masses-troops-near-ukraine",
        "http://[broken/russia-masses-troops",  # malformed: no words, no error
    ],
)
def test_url_words_none_without_a_slug(url):
    assert url_words(url) == []


def test_url_words_drops_generic_path_words_from_the_data_file():
    url = "http://example.com/news-story-video-russia-masses-troops-index"
    assert url_words(url) == ["russia", "masse", "troop"]
    kept = ["new", "story", "video", "russia", "masse", "troop", "index"]  # term keys
    assert url_words(url, stop=frozenset()) == kept


def test_story_features_count_only_the_url_words_a_short_text_lacks():
    f = features_from_text("a", "Plosser sees high bar for taper", url=LATIMES)
    terms = dict(f.terms)
    assert terms["plosser"] == 1  # in the headline: not counted again
    assert terms["federal"] == terms["reserve"] == terms["economy"] == 1
    assert "federal" not in f.title_terms  # labels still read the headline alone


def test_story_features_long_text_takes_no_url_words():
    long_text = " ".join(["Troops massed near the border"] * (URL_WORDS_MAX_TEXT // 5 + 1))
    f = features_from_text("a", long_text, url=LATIMES)
    assert "plosser" not in dict(f.terms)
    assert f == features_from_text("a", long_text)


def test_story_features_extractor_reads_the_parsed_docs_url():
    doc = make_doc(["Plosser", "sees", "high", "bar"], pos=["PROPN", "VERB", "ADJ", "NOUN"])
    lex = Lexicons.load()
    (plain,) = extract_story_features(doc, lex)
    (with_url,) = extract_story_features(dataclasses.replace(doc, url=LATIMES), lex)
    assert "federal" not in dict(plain.terms)
    assert dict(with_url.terms)["federal"] == 1 and dict(with_url.terms)["plosser"] == 1
    assert with_url.minhash == plain.minhash  # copies are still found by their text alone


def test_story_headlines_sharing_only_slug_words_join_one_story():
    first = ("a1", "Fed official says weak data caused by weather, should not slow taper", LATIMES)
    second = ("a2", "Charles Plosser sees high bar for change in pace of tapering", LIVEMINT)
    without, with_urls = StoryClusterer(), StoryClusterer()
    apart = [without.add(features_from_text(i, t)) for i, t, _ in (first, second)]
    joined = [with_urls.add(features_from_text(i, t, url=u)) for i, t, u in (first, second)]
    assert apart == ["a1", "a2"]
    assert joined == ["a1", "a1"]


def test_story_embedding_text_of_a_short_text_ends_with_its_slug_words():
    text = embedding_text("Plosser sees high bar for taper", "", url=LATIMES)
    assert text == "Plosser sees high bar for taper\nfederal reserve plosser stimulus economy"


def test_story_embedding_text_of_a_long_text_or_no_web_address_is_unchanged():
    long_text = " ".join(["Troops massed near the border."] * (URL_WORDS_MAX_TEXT // 5 + 1))
    assert embedding_text("Troops", long_text, url=LATIMES) == embedding_text("Troops", long_text)
    assert embedding_text("Reid in rehab", "", url="1_1ecb") == "Reid in rehab"
