"""Take the README screenshot: the biggest sample-corpus story, as `newsgraph report` writes it.

    .venv/bin/python docs/screenshot.py [--out docs/img/story.png]

Runs the pipeline on examples/corpus into a temporary database, writes the static report and
photographs the story page with the most articles in Debian's Chromium (never downloaded).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium"))


def _newsgraph(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "newsgraph", *args], check=True, cwd=REPO)


def _biggest_story(db: Path, site: Path) -> Path:
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT id FROM stories ORDER BY n_outlets DESC, n_articles DESC, id LIMIT 1"
        ).fetchone()
    if row is not None:
        return site / "stories" / f"{row[0]}.html"
    # Without stories every article is a one-article story: show the richest page.
    return max((site / "stories").glob("*.html"), key=lambda p: p.stat().st_size)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "img" / "story.png")
    parser.add_argument("--height", type=int, default=1800, help="pixels kept from the top")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        db, site = Path(tmp) / "sample.db", Path(tmp) / "report"
        _newsgraph("run", "examples/corpus", "--db", str(db), "--quiet")
        _newsgraph("report", "--all", "--out", str(site), "--db", str(db))
        page_path = _biggest_story(db, site)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"]
            )
            page = browser.new_page(viewport={"width": 1100, "height": args.height})
            page.goto(page_path.as_uri())
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
            browser.close()
    print(f"wrote {args.out} from {page_path.name}")


if __name__ == "__main__":
    main()
