"""Shared fixtures. Tests marked `model` load the spaCy model (once per worker process)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "examples" / "corpus"
SHARED_EVAL = REPO.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.nlp import load_model, resolve_model_name

    return load_model(resolve_model_name(""))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"
