"""Briefings people read: the story pages of `newsgraph report` (static HTML) and `newsgraph serve`.

    >>> from newsgraph.report import write_report
    >>> write_report(Path("newsgraph.db"), Path("report"))          # doctest: +SKIP
    ReportResult(index=PosixPath('report/index.html'), n_stories=12, n_articles=40)

`data` reads the store into the records of `model`; `summary`, `charts` and `highlight` are
pure functions; `render` holds the Jinja2 environment the web app shares.
"""

from __future__ import annotations

from .generator import ReportResult, write_report

__all__ = ["ReportResult", "write_report"]
