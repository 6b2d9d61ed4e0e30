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


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Warn when a test starts with SIGINT ignored or blocked in this process: some code
    run before it changed that and left it so (the Ctrl-C tests guard themselves; this
    names the test after which it happened)."""
    import signal
    import warnings

    ignored = signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    blocked = signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])
    if ignored or blocked:
        warnings.warn(
            f"SIGINT is {'ignored' if ignored else 'blocked'} in the test process before "
            f"{item.nodeid}",
            stacklevel=1,
        )
