"""Generated documentation: the README's settings and export tables and docs/cli-reference.md.

`python -m newsgraph.docs` rewrites them from the code (Settings metadata, the store's schema
after every migration, real `--help` output); `tests/test_docs.py` fails when they are out of
date, so docs cannot drift.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import tempfile
from pathlib import Path

from .config import settings_help

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
CLI_REFERENCE = REPO / "docs" / "cli-reference.md"


def settings_table() -> str:
    rows = ["| setting | default | meaning |", "|---|---|---|"]
    for name, default, help_text in settings_help():
        rows.append(f"| `{name}` | `{default!r}` | {help_text} |")
    return "\n".join(rows)


def export_columns() -> str:
    """One line per exportable table: its columns, read from a freshly migrated database."""
    from .store import EXPORTABLE_TABLES, Store
    from .store.queries import table_columns

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "schema.db"
        Store.open(path).close()
        with sqlite3.connect(path) as conn:
            columns = {table: table_columns(conn, table) for table in EXPORTABLE_TABLES}
        conn.close()
    rows = ["| table | columns |", "|---|---|"]
    for table, cols in columns.items():
        rows.append(f"| `{table}` | {', '.join(name for name, _type in cols)} |")
    return "\n".join(rows)


def commands() -> list[list[str]]:
    """Every command path of the CLI (`["run"]`, `["eval", "quotes"]`, ...), in help order."""
    import typer.main

    from .cli import app

    def walk(group, prefix: list[str]) -> list[list[str]]:
        found = []
        for name in group.list_commands(None):
            command = group.get_command(None, name)
            found.append([*prefix, name])
            if hasattr(command, "list_commands"):
                found += walk(command, [*prefix, name])
        return found

    return walk(typer.main.get_command(app), [])


def replace_section(text: str, marker: str, body: str) -> str:
    """Replace what stands between `<!-- marker ... -->` and `<!-- /marker -->`."""
    pattern = re.compile(
        rf"(<!-- {re.escape(marker)}\b[^>]*-->\n)(.*?)(<!-- /{re.escape(marker)} -->)", re.S
    )
    if not pattern.search(text):
        raise ValueError(f"README has no <!-- {marker} --> section")
    return pattern.sub(lambda m: m.group(1) + body.rstrip("\n") + "\n" + m.group(3), text)


def cli_reference() -> str:
    from typer.testing import CliRunner

    from .cli import app

    runner = CliRunner()
    parts = [
        "# CLI reference",
        "",
        "Generated from the real `--help` output by `python -m newsgraph.docs`; do not edit.",
        "",
    ]
    for args in ([], *commands()):
        result = runner.invoke(app, [*args, "--help"], terminal_width=100, env={"COLUMNS": "100"})
        title = " ".join(["newsgraph", *args])
        parts += [f"## `{title}`", "", "```", result.output.rstrip(), "```", ""]
    return "\n".join(parts)


def render_readme(text: str) -> str:
    text = replace_section(text, "settings-table", settings_table())
    return replace_section(text, "export-columns", export_columns())


def main() -> int:
    README.write_text(render_readme(README.read_text("utf-8")), "utf-8")
    CLI_REFERENCE.parent.mkdir(exist_ok=True)
    CLI_REFERENCE.write_text(cli_reference(), "utf-8")
    print(f"updated {README.name} and {CLI_REFERENCE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
