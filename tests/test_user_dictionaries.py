"""User actor dictionaries (TABARI/PETRARCH format) given to `newsgraph run`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.config import Settings
from newsgraph.pipeline import run

ARTICLE = """Title: Gondor and Mordor

The army of Gondor attacked Mordor on Monday, officials in Minas Tirith said. Gondor also
threatened Mordor with new sanctions, and the two sides will meet in Bree next week.
"""


def _codes(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT code FROM event_participants")}


@pytest.mark.model
def test_run_codes_actors_from_a_user_dictionary(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "gondor.txt").write_text(ARTICLE, encoding="utf-8")
    actors = tmp_path / "middle-earth.actors.txt"
    actors.write_text("GONDOR [GON]\nMINAS_TIRITH [GON]\nMORDOR [MOR]\n", encoding="utf-8")

    plain = tmp_path / "plain.db"
    run([tmp_path / "in"], Settings(db=str(plain), processes=1))
    with_dictionary = tmp_path / "user.db"
    run([tmp_path / "in"], Settings(db=str(with_dictionary), processes=1, actors=str(actors)))

    assert not {"GON", "MOR"} & _codes(plain)  # our dictionary knows no Gondor
    assert {"GON", "MOR"} <= {code[:3] for code in _codes(with_dictionary)}


def test_run_stops_with_the_name_of_a_missing_dictionary(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    missing = tmp_path / "nowhere.actors.txt"
    result = CliRunner().invoke(
        app,
        ["run", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.db"), "--actors", str(missing)],
    )
    assert result.exit_code != 0
    # rich wraps long paths, at a space (which it drops) or inside a word: compare without
    # any white space, so the test does not depend on the length of the temporary path
    message = "".join(result.output.split())
    assert "--actorsdictionary" in message and "nowhere.actors.txtdoesnotexist" in message
