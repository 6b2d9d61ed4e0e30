"""Generated documentation: the README's settings table and docs/cli-reference.md.

`python -m newsgraph.docs` rewrites both from the code (Settings metadata, real `--help`
output); `tests/test_docs.py` fails when they are out of date, so docs cannot drift.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .config import settings_help

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
CLI_REFERENCE = REPO / "docs" / "cli-reference.md"
COMMANDS = ("run", "ingest", "stats", "search", "export")


def settings_table() -> str:
    rows = ["| setting | default | meaning |", "|---|---|---|"]
    for name, default, help_text in settings_help():
        rows.append(f"| `{name}` | `{default!r}` | {help_text} |")
    return "\n".join(rows)


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
    for args in ([], *([c] for c in COMMANDS)):
        result = runner.invoke(app, [*args, "--help"], terminal_width=100, env={"COLUMNS": "100"})
        title = " ".join(["newsgraph", *args])
        parts += [f"## `{title}`", "", "```", result.output.rstrip(), "```", ""]
    return "\n".join(parts)


def render_readme(text: str) -> str:
    return replace_section(text, "settings-table", settings_table())


def main() -> int:
    README.write_text(render_readme(README.read_text("utf-8")), "utf-8")
    CLI_REFERENCE.parent.mkdir(exist_ok=True)
    CLI_REFERENCE.write_text(cli_reference(), "utf-8")
    print(f"updated {README.name} and {CLI_REFERENCE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
