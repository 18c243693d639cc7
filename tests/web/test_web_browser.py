"""The page in headless Chromium over a live server: counts, filters, dossier, safety.

Needs Debian's chromium at /usr/bin/chromium (no browser is downloaded). Without it the
tests skip with the reason, except under CI, where a missing browser is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "web"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing; install Debian's chromium package")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page plus every dialog, page error and console error it produced."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("console", self._console)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.errors.append(message.text)


@pytest.fixture
def watched(browser, live_server) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.set_default_timeout(5000)
    seen = Watched(page)
    page.goto(live_server + "/")
    page.wait_for_selector("body[data-loaded]")
    yield seen
    context.close()
    assert seen.dialogs == [], "a dialog fired: data ran as script"
    assert seen.errors == [], "the page logged errors (a CSP violation shows up here)"


def api(live_server: str, path: str, **params: Any) -> Any:
    return httpx.get(live_server + path, params={**params, "limit": 1000}).json()


def located(items: list[dict[str, Any]]) -> int:
    return sum(1 for item in items if item["place"] is not None)


def wait_for_rows(page: Any, count: int) -> None:
    page.wait_for_function("n => document.querySelectorAll('#rows tr.row').length === n", arg=count)


def test_page_shows_every_incident_on_map_timeline_and_table(watched, live_server):
    page = watched.page
    body = api(live_server, "/api/incidents")
    assert body["total"] > 0
    wait_for_rows(page, body["total"])
    assert page.locator(".incident-mark").count() == located(body["items"])
    dated = sum(1 for item in body["items"] if item["start"])
    assert page.locator(".timeline-bar").count() == dated
    assert page.locator("#page-info").inner_text().endswith(f"of {body['total']}")


def test_date_filter_updates_map_and_table_together(watched, live_server):
    page = watched.page
    everything = api(live_server, "/api/incidents")["total"]
    window = {"from": "2024-06-01", "to": "2024-10-31"}
    expected = api(live_server, "/api/incidents", **window)
    assert 0 < expected["total"] < everything, "the window should pick out some incidents"
    page.fill("#f-from", window["from"])
    page.fill("#f-to", window["to"])
    page.click("button[type=submit]")
    wait_for_rows(page, expected["total"])
    shown = {
        page.locator("#rows tr.row").nth(i).get_attribute("data-incident")
        for i in range(expected["total"])
    }
    assert shown == {item["id"] for item in expected["items"]}
    assert page.locator(".incident-mark").count() == located(expected["items"])
    assert page.locator(".timeline-bar").count() == expected["total"]


def test_a_slow_answer_to_an_earlier_filter_does_not_overwrite_the_latest(watched, live_server):
    page = watched.page
    window = {"from": "2024-06-01", "to": "2024-10-31"}
    expected = api(live_server, "/api/incidents", **window)

    # The answer to the half-set filter (only "from") arrives a second late.
    page.evaluate(
        """() => {
          const real = window.fetch;
          window.fetch = (url, options) => {
            const answer = real(url, options);
            if (!String(url).includes("/api/incidents") || String(url).includes("to=")) {
              return answer;
            }
            return answer.then((r) => new Promise((done) => setTimeout(() => done(r), 1000)));
          };
        }"""
    )
    page.fill("#f-from", window["from"])
    page.dispatch_event("#f-from", "change")
    page.fill("#f-to", window["to"])
    page.click("button[type=submit]")
    wait_for_rows(page, expected["total"])
    page.wait_for_timeout(1500)  # the slow answer arrives meanwhile
    assert page.locator("#rows tr.row").count() == expected["total"]
    assert page.locator(".incident-mark").count() == located(expected["items"])


def test_keyboard_opens_a_dossier_with_highlighted_evidence(watched, live_server):
    page = watched.page
    first = api(live_server, "/api/incidents")["items"][0]
    dossier = api(live_server, f"/api/incidents/{first['id']}")
    page.locator("#rows tr.row").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#dossier:not([hidden]) .report")
    assert page.get_attribute("#dossier", "data-incident") == first["id"]
    reports = [r for reading in dossier["readings"] for r in reading["reports"]]
    when_texts = {r["when"]["text"] for r in reports if r["when"]}
    place_texts = {p["text"] for r in reports for p in r["where"]}
    marks_when = set(page.locator("#dossier .excerpt mark.hl-when").all_inner_texts())
    marks_where = set(page.locator("#dossier .excerpt mark.hl-where").all_inner_texts())
    assert when_texts & marks_when or place_texts & marks_where
    assert page.locator("#dossier .excerpt .evidence").count() >= 1
    assert page.locator("#dossier .chain-node.origin").count() >= 1
    assert first["grade_reason"] in page.locator("#dossier .grade-reason").inner_text()
    page.keyboard.press("Escape")
    page.wait_for_selector("#dossier", state="hidden")
    assert page.evaluate("document.activeElement.dataset.incident") == first["id"]


def test_dossier_explains_the_links_of_a_multi_report_incident(watched, live_server):
    page = watched.page
    items = api(live_server, "/api/incidents")["items"]
    linked = max(items, key=lambda item: len(item["reports"]))
    links = api(live_server, f"/api/incidents/{linked['id']}")["assessment"]["links"]
    assert links, "the example corpus holds a linked incident"
    page.locator(f"#rows tr[data-incident='{linked['id']}']").click()
    page.wait_for_selector("#dossier:not([hidden]) section.why")
    shown = page.locator("#dossier section.why ul.assessment li").all_inner_texts()
    assert all(link["text"] in shown for link in links)


def test_hostile_article_renders_as_text(watched, live_server):
    page = watched.page
    page.fill("#f-q", "ferry")
    page.press("#f-q", "Enter")
    wait_for_rows(page, 1)
    page.locator("#rows tr.row").first.click()
    page.wait_for_selector("#dossier:not([hidden]) .report")
    page.locator("#dossier details.full-article summary").first.click()
    page.wait_for_selector("#dossier .article-text")
    text = page.locator("#dossier").inner_text()
    assert '<script>alert("body")</script>' in text
    assert "<img src=x onerror=" in text
    assert "javascript:alert('link')" in text
    scripts = page.evaluate("[...document.scripts].map(s => s.getAttribute('src'))")
    assert scripts and all(src and src.startswith("/static/") for src in scripts)
    injected = page.evaluate(
        """document.querySelectorAll(
            '#dossier img, #dossier svg a, #dossier a[href^="javascript"], '
            + '[onerror], [onload], [onmouseover], #rows script, #dossier script'
        ).length"""
    )
    assert injected == 0
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "hostile-dossier.png"))


def test_screenshots(watched, live_server):
    page = watched.page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(300)  # let the border layer finish drawing
    page.screenshot(path=str(ARTIFACTS / "ledger.png"))
    explode = api(live_server, "/api/incidents", q="Djibo")["items"][0]
    page.locator(f"#rows tr[data-incident='{explode['id']}']").click()
    page.wait_for_selector("#dossier:not([hidden]) .report")
    page.screenshot(path=str(ARTIFACTS / "dossier.png"))
    assert (ARTIFACTS / "ledger.png").stat().st_size > 10_000
