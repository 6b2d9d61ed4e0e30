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


_SIGINT_AT_START: list[tuple[bool, bool]] = []


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Warn when SIGINT becomes ignored or blocked in the test process between two tests:
    the test before changed it and left it so. A suite started with SIGINT ignored (as a
    background job of a non-interactive shell is) is not warned about; the Ctrl-C tests set
    SIGINT to its default where they need it."""
    import signal
    import warnings

    state = (
        signal.getsignal(signal.SIGINT) is signal.SIG_IGN,
        signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []),
    )
    if not _SIGINT_AT_START:
        _SIGINT_AT_START.append(state)
    elif state != _SIGINT_AT_START[0] and any(state):
        _SIGINT_AT_START[0] = state
        warnings.warn(
            f"SIGINT became {'ignored' if state[0] else 'blocked'} in the test process "
            f"before {item.nodeid}",
            stacklevel=1,
        )
