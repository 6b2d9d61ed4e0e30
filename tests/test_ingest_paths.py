"""Which files ingest reads, in which order: paths, folders, stdin and .newsgraphignore."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsgraph.config import Settings
from newsgraph.errors import InputError
from newsgraph.ingest import read_paths
from newsgraph.types import Article, Reject

TEXT = "Russia's foreign minister said Wednesday that he expects talks with the US in January."


def read(*paths: Path | str, stdin: io.BytesIO | None = None) -> list[Article | Reject]:
    return list(read_paths(list(paths), Settings(), stdin=stdin))


def write(path: Path, text: str = TEXT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def names(results: list[Article | Reject], root: Path) -> list[str]:
    return [
        Path(r.source_path).relative_to(root).as_posix() for r in results if isinstance(r, Article)
    ]


def test_ingest_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.txt", "a/b/c.txt", "c.txt", "A.txt"]:
        write(tmp_path / name)
    results = read(tmp_path)
    assert names(results, tmp_path) == ["A.txt", "a/b/c.txt", "a/z.txt", "b.txt", "c.txt"]
    assert read(tmp_path) == results  # deterministic


def test_ingest_paths_are_read_in_the_order_given_and_a_file_only_once(tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    write(tmp_path / "b.txt")
    results = read(tmp_path / "b.txt", tmp_path, tmp_path / "a.txt")
    assert names(results, tmp_path) == ["b.txt", "a.txt"]


def test_ingest_hidden_files_and_folders_are_skipped(tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    write(tmp_path / ".hidden.txt")
    write(tmp_path / ".git" / "b.txt")
    assert names(read(tmp_path), tmp_path) == ["a.txt"]


def test_ingest_newsgraphignore_excludes_folders_and_globs_relative_to_its_folder(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    for name in [
        "a.txt",
        "README.md",
        "gold/answers.txt",
        "notes/gold",
        "drafts/x.txt",
        "sub/drafts/y.txt",
    ]:
        write(corpus / name)
    (corpus / ".newsgraphignore").write_text(
        "# not articles\n\ngold/\nREADME*\n/drafts/*.txt\n", encoding="utf-8"
    )
    result = names(read(corpus), corpus)
    # gold/ matches folders only (notes/gold is a file); /drafts/ is anchored to the corpus
    assert result == ["a.txt", "notes/gold", "sub/drafts/y.txt"]


def test_ingest_newsgraphignore_in_a_subfolder_applies_below_it(tmp_path: Path) -> None:
    write(tmp_path / "keep.txt")
    write(tmp_path / "sub" / "keep.txt")
    write(tmp_path / "sub" / "skip.txt")
    (tmp_path / "sub" / ".newsgraphignore").write_text("skip.txt\n", encoding="utf-8")
    assert names(read(tmp_path), tmp_path) == ["keep.txt", "sub/keep.txt"]


def test_ingest_missing_path_raises_input_error_before_anything_is_read(tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    with pytest.raises(InputError, match="nope.txt: no such file or folder; check the path"):
        read_paths([tmp_path / "a.txt", tmp_path / "nope.txt"], Settings())


def test_ingest_stdin_is_read_with_dash_and_sniffed(tmp_path: Path) -> None:
    record = json.dumps({"title": "Lavrov", "text": TEXT}) + "\n"
    first, second = read("-", stdin=io.BytesIO(2 * record.encode()))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.source_path == "<stdin>"
    assert first.text == TEXT and (first.source_line, second.source_line) == (1, 2)


def test_ingest_stdin_plain_text_is_one_article() -> None:
    [article] = read("-", stdin=io.BytesIO(TEXT.encode()))
    assert article.text == TEXT and article.source_line is None


def test_ingest_stdin_is_not_closed(tmp_path: Path) -> None:
    stdin = io.BytesIO(TEXT.encode())
    read("-", stdin=stdin)
    assert not stdin.closed


def test_ingest_results_are_yielded_lazily(tmp_path: Path) -> None:
    for i in range(3):
        write(tmp_path / f"{i}.txt", f"{TEXT} Number {i}.")
    results = read_paths([tmp_path], Settings())
    first = next(iter(results))
    (tmp_path / "2.txt").unlink()  # not opened yet, so its removal shows up as a reject
    rest = list(results)
    assert isinstance(first, Article)
    assert isinstance(rest[-1], Reject) and "cannot read the file" in rest[-1].reason
