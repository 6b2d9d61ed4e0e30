"""Docs cannot drift: generated sections are current, every command and setting is documented."""

from newsgraph.config import settings_help
from newsgraph.docs import CLI_REFERENCE, README, cli_reference, commands, render_readme


def test_docs_readme_settings_table_is_current():
    text = README.read_text("utf-8")
    assert render_readme(text) == text, "run `python -m newsgraph.docs` and commit the result"


def test_docs_every_setting_is_in_the_readme():
    text = README.read_text("utf-8")
    for name, _default, _help in settings_help():
        assert f"`{name}`" in text


def test_docs_cli_reference_is_current():
    assert CLI_REFERENCE.read_text("utf-8") == cli_reference(), (
        "run `python -m newsgraph.docs` and commit docs/cli-reference.md"
    )


def test_docs_readme_shows_every_command_and_the_two_quick_start_commands():
    text = README.read_text("utf-8")
    assert "make demo" in text and "make test" in text
    for command in commands():
        if len(command) == 1:
            assert f"newsgraph {command[0]}" in text, f"README never shows `newsgraph {command[0]}`"


def test_docs_export_table_lists_every_exportable_table():
    text = README.read_text("utf-8")
    for table in ("articles", "mentions", "quotes", "events", "stories", "rejects", "runs"):
        assert f"| `{table}` |" in text
