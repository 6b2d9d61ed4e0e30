"""MiniLM sentence embeddings (the optional `embeddings` extra): tokenizer, pooling, storage.

Tests that run the model skip when the extra is not installed; the rest need only numpy.
"""

from __future__ import annotations

import numpy as np
import pytest

from newsgraph import embeddings
from newsgraph.errors import ConfigError

needs_extra = pytest.mark.skipif(
    not embeddings.available(), reason="pip install 'newsgraph[embeddings]' to run the model"
)


def test_embeddings_pack_keeps_a_unit_vector_to_float16_precision():
    vector = np.random.default_rng(1).normal(size=embeddings.DIMENSIONS)
    vector /= np.linalg.norm(vector)
    text = embeddings.pack(vector)
    assert len(text) == 1024  # 384 float16 values in base64
    back = embeddings.unpack(text)
    assert back.dtype == np.float32
    assert float(back @ vector) == pytest.approx(1.0, abs=1e-3)


def test_embeddings_unpack_of_nothing_is_empty():
    assert embeddings.unpack("").shape == (0,)


def test_embeddings_shipped_vocabulary_is_bert_base_uncased():
    lines = embeddings.VOCAB_FILE.read_text("utf-8").splitlines()
    assert len(lines) == 30522
    assert (lines[0], lines[100], lines[101], lines[102], lines[103]) == (
        "[PAD]",
        "[UNK]",
        "[CLS]",
        "[SEP]",
        "[MASK]",
    )
    embeddings.check_file(embeddings.VOCAB_FILE, embeddings.VOCAB_SHA256, "vocabulary")


def test_embeddings_a_changed_vocabulary_is_refused_with_its_sha256(tmp_path):
    changed = tmp_path / "vocab.txt"
    changed.write_text("[PAD]\nhello\n", "utf-8")
    with pytest.raises(ConfigError, match="sha256 .* expected 07eced37"):
        embeddings.check_file(changed, embeddings.VOCAB_SHA256, "MiniLM vocabulary")


def test_embeddings_a_missing_vocabulary_says_reinstall(tmp_path):
    with pytest.raises(ConfigError, match="missing; reinstall"):
        embeddings.check_file(tmp_path / "none.txt", embeddings.VOCAB_SHA256, "vocabulary")


def test_embeddings_without_the_extra_the_message_says_what_to_install(monkeypatch):
    monkeypatch.setattr(embeddings, "available", lambda: False)
    with pytest.raises(ConfigError, match=r"pip install 'newsgraph\[embeddings\]'"):
        embeddings.require()


@needs_extra
def test_embeddings_tokenizer_is_lower_cased_wordpiece_with_cls_and_sep():
    enc = embeddings.encoder().tokenizer.encode("Unbelievable, Kyiv!")
    assert enc.tokens[0] == "[CLS]" and enc.tokens[-1] == "[SEP]"
    assert "unbelievable" in enc.tokens or "##able" in enc.tokens
    assert all(t == t.lower() for t in enc.tokens[1:-1])


@needs_extra
def test_embeddings_tokenizer_truncates_at_the_models_256_tokens():
    enc = embeddings.encoder().tokenizer.encode("word " * 1000)
    assert len(enc.ids) == embeddings.MAX_TOKENS


@needs_extra
def test_embeddings_paraphrases_are_close_and_unrelated_texts_are_not():
    vectors = embeddings.encoder().encode(
        [
            "Russia masses troops near the Ukraine border",
            "Moscow sends more soldiers to the Ukrainian frontier",
            "Justin Bieber and Selena Gomez dance in a Texas studio",
        ]
    )
    assert np.linalg.norm(vectors, axis=1) == pytest.approx([1.0, 1.0, 1.0], abs=1e-5)
    assert float(vectors[0] @ vectors[1]) > 0.6
    assert float(vectors[0] @ vectors[2]) < 0.2


@needs_extra
def test_embeddings_are_the_mean_of_the_hidden_states_normalised_whatever_the_padding():
    encoder = embeddings.encoder()
    text = "A man is eating food."
    alone = encoder.encode([text])[0]
    padded = encoder.encode([text, "A much longer sentence " * 20])[0]
    assert float(alone @ padded) == pytest.approx(1.0, abs=1e-4)
    # sentence-transformers' pooling, written out on the unpadded tokens
    ids = np.array([encoder.tokenizer.encode(text).ids], dtype=np.int64)
    ids = ids[:, : int((ids != 0).sum())]
    feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": 0 * ids}
    hidden = encoder.session.run(None, feeds)[0][0]
    mean = hidden.mean(axis=0)
    assert alone == pytest.approx(mean / np.linalg.norm(mean), abs=1e-5)
