"""The dashboard in a real browser: Playwright driving Chromium against `detente serve`.

The store holds generated events (so pairs have enough events for an index) and a
hostile article coded by `detente code`: a title, a url and sentences full of
`<script>`, `onerror=` and `javascript:`. Every page must load with no console error
and run none of it. Screenshots go to build/screenshots/. Where no Chromium is
installed (`make browser` installs Debian's) the tests skip and say so.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHOTS = REPO / "build" / "screenshots"
CHROMIUM = os.environ.get("DETENTE_CHROMIUM") or shutil.which("chromium") or \
    shutil.which("chromium-browser") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM}: `make browser` installs Debian's chromium "
                "(browser tests skipped)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

sys.path.insert(0, str(REPO / "bench"))
from web_store import make_store

pytestmark = pytest.mark.timeout(400)

# A hostile article: every field a page shows tries to run script. Each attempt would set
# window.__pwned; a CSP violation or a dialog would show up as well.
HOSTILE = {
    "id": "hostile-1",
    "title": "<script>window.__pwned='title'</script><img src=x onerror=\"window.__pwned='t2'\">",
    "url": "javascript:window.__pwned='url'",
    "published": "2021-03-20",
    "source": "<b onmouseover=alert(1)>wire</b>",
    "text": (
        "Russia accused Turkey of violating the ceasefire <script>window.__pwned='s1'</script> "
        "on Friday.\n\n"
        "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi "
        "<img src=x onerror=\"window.__pwned='s2'\"> on Friday.\n\n"
        "The United States imposed sanctions on Russia "
        "<a href=\"javascript:window.__pwned='s3'\">details</a> on Thursday.\n\n"
        "Iran condemned the United States <svg onload=\"window.__pwned='s4'\"></svg> for the "
        "sanctions."
    ),
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`detente serve` on a free loopback port over the store; stopped at the end."""
    folder = tmp_path_factory.mktemp("browser")
    db = folder / "web.duckdb"
    make_store(db, events=1500)
    article = folder / "hostile.jsonl"
    article.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    coded = subprocess.run([sys.executable, "-m", "detente.cli", "code", str(article), "--db",
                            str(db)], check=False, capture_output=True, text=True, env=env,
                           timeout=180)
    assert coded.returncode == 0, coded.stderr
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "detente.cli", "serve", "--db", str(db),
                             "--port", str(port), "--refresh", "0"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/api/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"detente serve did not start: {proc.stderr.read()}")
            time.sleep(0.3)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


class Page:
    """A browser tab that records console errors, page errors and dialogs."""

    def __init__(self, context, base: str) -> None:
        self.base = base
        self.page = context.new_page()
        self.page.set_default_timeout(30_000)
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def open(self, path: str, shot: str | None = None):
        self.page.goto(self.base + path)
        self.page.wait_for_selector("body[data-ready]")
        assert self.page.get_attribute("body", "data-ready") == "true", \
            self.page.inner_text("#status")
        if shot:
            SHOTS.mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(SHOTS / f"{shot}.png"), full_page=True)
        return self.page

    def close(self) -> None:
        self.page.close()

    def assert_clean(self) -> None:
        assert self.errors == [], self.errors
        assert self.dialogs == [], self.dialogs
        assert self.page.evaluate("window.__pwned === undefined")


@pytest.fixture(scope="module")
def context(browser):
    """One browser context for the module, so plotly.js is fetched and cached once."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    yield ctx
    ctx.close()


@pytest.fixture
def tab(context, server):
    t = Page(context, server)
    yield t
    t.close()


@pytest.mark.parametrize("path, shot", [
    ("/", "overview"), ("/pair?a=RUS&b=USA&by=year", "pair"), ("/actor?code=USA", "actor"),
    ("/events", "events"), ("/map", "map"), ("/docs", "api-docs"),
])
def test_each_page_loads_without_console_errors(tab, path, shot):
    page = tab.open(path, shot)
    assert page.locator("main h2, main table, main .plot").count() > 0
    tab.assert_clean()


def test_a_click_goes_from_a_pair_in_the_overview_to_its_evidence_sentence(tab):
    page = tab.open("/")
    first = page.locator("a.pair-link").first
    pair = first.inner_text()
    first.click()
    page.wait_for_selector("body[data-ready]")
    assert f"{pair} over time" in page.inner_text("h1")
    page.wait_for_selector("#timeline .main-svg")
    item = page.locator("#evidence li").first
    sentence = item.locator(".evidence").inner_text()
    item.locator("a.doc-link").click()
    page.wait_for_selector("body[data-ready]")
    assert sentence in page.locator("mark.focus").inner_text()
    tab.assert_clean()


def test_a_filter_narrows_the_events_table(tab):
    page = tab.open("/events")
    before = page.locator("tr.event-row").count()
    page.fill("input[name=type]", "SANCTION")
    page.fill("input[name=actor]", "USA")
    page.click("#filters button")
    page.wait_for_url("**/events?**")
    page.wait_for_selector("body[data-ready]")
    rows = page.locator("tr.event-row")
    assert 0 < rows.count() < before
    assert set(rows.locator("td:nth-child(3)").all_inner_texts()) == {"SANCTION"}
    assert "type=SANCTION" in page.url  # the view is in the URL, to be shared
    page.click("#events-table th:nth-child(1)")  # sortable
    tab.assert_clean()


def test_hostile_news_runs_no_script_in_pages_or_brief(tab):
    for path in ("/events?q=script", "/events?actor=TUR", "/doc?id=hostile-1",
                 "/pair?a=RUS&b=TUR", "/"):
        page = tab.open(path)
        tab.assert_clean()
    page = tab.open("/doc?id=hostile-1", "hostile-document")
    assert "<script>window.__pwned='s1'</script>" in page.inner_text("#document")
    assert "<script>" in page.inner_text("h1")
    assert page.locator("main script, main img, main svg[onload], main [onerror]").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    page.goto(tab.base + "/events?q=script")
    page.wait_for_selector("body[data-ready]")
    assert "<script>" in page.inner_text("#events-table")
    tab.assert_clean()
    # the brief, as the download button serves it
    page.goto(tab.base + "/api/brief?actors=RUS,TUR,USA,IRN", timeout=180_000)  # charts
    page.wait_for_load_state("load")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "brief.png"), full_page=True)
    assert "Brief" in page.inner_text("h1")
    assert page.locator("script, [onerror], [onload], a[href^='javascript']").count() == 0
    tab.assert_clean()
