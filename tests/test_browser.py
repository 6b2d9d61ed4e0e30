"""Browser specifications: the web app and the static report in headless Chromium.

They use Debian's Chromium (/usr/bin/chromium, installed by `make install`) through
Playwright's bundled driver; nothing is downloaded. Without either, they skip with the reason.
A dialog (alert, confirm, prompt) fails the test at once, and `window.__xss`, which every
script in the hostile fixture article would set, must stay undefined.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.report import write_report
from tests import briefing_fixture as fx
from tests.conftest import REPO

CHROMIUM = Path(os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = REPO / "test-artifacts"

# exc_type=ImportError: a half-installed playwright (say, without greenlet) skips as well.
sync_api = pytest.importorskip(
    "playwright.sync_api",
    reason="playwright is not installed (pip install -e '.[dev]')",
    exc_type=ImportError,
)
uvicorn = pytest.importorskip("uvicorn", reason="uvicorn is not installed", exc_type=ImportError)
if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
    pytest.skip(
        f"no Chromium at {CHROMIUM}: install Debian's package (apt-get install -y chromium, "
        "which `make install` does as root) or set NEWSGRAPH_CHROMIUM",
        allow_module_level=True,
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fx.build(tmp_path_factory.mktemp("browser") / "fixture.db")


@pytest.fixture(scope="module")
def server(fixture_db: Path) -> Iterator[str]:
    """`newsgraph serve` on a free port, in a thread."""
    from newsgraph.web import create_app

    port = _free_port()
    config = uvicorn.Config(
        create_app(fixture_db), host="127.0.0.1", port=port, log_level="warning"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web app did not start within 15 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.set_default_timeout(10_000)
    yield page
    context.close()
    assert dialogs == [], f"a script from article text opened a dialog: {dialogs}"


def _no_injected_script_ran(page) -> None:
    assert page.evaluate("typeof window.__xss") == "undefined"


def test_browser_story_list_opens_a_story(page, server: str) -> None:
    page.goto(server + "/")
    page.get_by_role("link", name="Russian troop build-up near Ukraine").click()
    page.wait_for_url("**/stories/troops")
    assert page.locator("h1").inner_text() == "Russian troop build-up near Ukraine"
    assert page.locator("#summary ol.summary li").count() >= 3
    assert page.locator("#intensity svg").count() == 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "story.png"), full_page=True)
    assert (ARTIFACTS / "story.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    _no_injected_script_ran(page)


def test_browser_search_from_the_header(page, server: str) -> None:
    page.goto(server + "/")
    page.get_by_label("Search articles").fill('"Jens Stoltenberg" AND alliance')
    page.get_by_label("Search articles").press("Enter")
    page.wait_for_url("**/search?q=*")
    results = page.locator("li.result")
    assert results.count() == 3
    assert page.locator("li.result mark").first.inner_text() == "Jens Stoltenberg"
    _no_injected_script_ran(page)


def test_browser_filter_events(page, server: str) -> None:
    page.goto(server + "/events")
    assert page.locator("#events-table tbody tr").count() == 7
    page.locator("input[name=actor]").fill("RUS")
    page.locator("select[name=status]").select_option("reported")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/events?*actor=RUS*")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 2
    assert all("Russia" in rows.nth(i).inner_text() for i in range(rows.count()))
    page.locator("input[name=from]").fill("2021-12-03")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/events?*from=2021-12-03*")
    assert page.locator("#events-table tbody tr").count() == 1


def test_browser_follow_an_evidence_link_to_the_sentence(page, server: str) -> None:
    page.goto(server + "/stories/troops")
    page.locator("#timeline a[href='/articles/wire#event-1']").click()
    page.wait_for_url("**/articles/wire#event-1")
    target = page.locator(":target")
    assert target.get_attribute("id") == "event-1"
    assert target.inner_text().startswith("The Russia-NATO Council will meet")
    assert target.is_visible()


def test_browser_highlight_toggles_run_from_the_local_script(page, server: str) -> None:
    page.goto(server + "/articles/wire")
    page.locator("input.hl-toggle[data-kind=quote]").uncheck()
    assert "hide-quote" in page.evaluate("document.body.className")


@pytest.mark.parametrize(
    "path",
    [
        "/articles/hostile",
        "/stories/troops",
        "/search?q=script",
        "/events",
        "/api/articles/hostile",
    ],
)
def test_browser_no_script_from_article_text_runs(page, server: str, path: str) -> None:
    page.goto(server + path)
    page.wait_for_load_state("load")
    for el in page.locator("text=Outlet").all()[:3]:  # the outlet name carries onmouseover
        el.hover()
    _no_injected_script_ran(page)


def test_browser_static_report_works_from_file_without_scripts(
    page, fixture_db: Path, tmp_path: Path
) -> None:
    write_report(fixture_db, tmp_path)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((tmp_path / "index.html").as_uri())
    page.get_by_role("link", name="Russian troop build-up near Ukraine").click()
    page.locator("#timeline a[href='../articles/wire.html#event-1']").click()
    assert page.locator(":target").get_attribute("id") == "event-1"
    page.goto((tmp_path / "articles" / "hostile.html").as_uri())
    _no_injected_script_ran(page)
    assert all(u.startswith(("file://", "data:")) for u in requests), requests
