"""Browser tests: Debian's Chromium driven by Playwright against the live development server."""

import os
import re
import shutil
from pathlib import Path

import pytest

from tests.e2e.accessibility import axe_violations, report

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests
# make there (creating users and centres) are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.skip(f"Chromium is not installed at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page_for(browser, live_server, settings):
    """Return a function that opens a signed-in page for a user, with or without JavaScript."""
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    contexts = []

    def open_page(user, password, javascript=True):
        page = new_page(javascript)
        page.goto(f"{live_server.url}/accounts/login/")
        page.fill("#id_username", user.email)
        page.fill("#id_password", password)
        page.click("button:has-text('Sign in')")
        page.wait_for_load_state()
        return page

    def new_page(javascript=True):
        context = browser.new_context(
            java_script_enabled=javascript, viewport={"width": 1200, "height": 900}
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        JAVASCRIPT[id(page)] = javascript
        # The Content Security Policy must never have to block anything on our pages.
        page.on("console", lambda message: _note_csp(page, message.text))
        return page

    open_page.new_page = new_page
    yield open_page
    for context in contexts:
        context.close()


CSP_ERRORS: dict[int, list[str]] = {}
JAVASCRIPT: dict[int, bool] = {}
# Every page the journeys checked with axe: (path, JavaScript on), for the summary.
CHECKED: list[tuple[str, bool]] = []


def _note_csp(page, text):
    if "Content Security Policy" in text:
        CSP_ERRORS.setdefault(id(page), []).append(text)


@pytest.fixture
def audit(live_server, browser):
    """Check the page as it is now: a title that says where you are, axe, and the CSP."""
    copies = []

    def without_javascript(page):
        """Return a copy of a page shown without JavaScript, in a page where axe can run.

        axe runs as JavaScript, which a page with JavaScript off cannot: the copy has the
        same HTML, minus its scripts, at the same address with the same styles.
        """
        if not copies:
            copies.append(browser.new_context(viewport={"width": 1200, "height": 900}))
        html = re.sub(r"<script\b[^>]*>.*?</script>", "", page.content(), flags=re.S)
        copy = copies[0].new_page()
        copy.route(
            page.url,
            lambda route: route.fulfill(body=html, content_type="text/html; charset=utf-8"),
        )
        copy.goto(page.url)
        return copy

    def check(page, title=None):
        page.wait_for_load_state()
        page_title = page.title()
        assert page_title.endswith(" – Self-assessment reports – HM Inspectorate of Prisons"), (
            page_title
        )
        if title is not None:
            assert title in page_title, f"{page_title!r} should say {title!r}"
        javascript = JAVASCRIPT.get(id(page), True)
        target = page if javascript else without_javascript(page)
        violations = axe_violations(target)
        if not javascript:
            target.close()
        assert violations == [], f"axe on {page.url}:\n{report(violations)}"
        assert CSP_ERRORS.get(id(page), []) == [], CSP_ERRORS[id(page)]
        CHECKED.append((page.url.replace(live_server.url, "").split("?")[0], javascript))
        return page_title

    yield check
    for context in copies:
        context.close()


def pytest_terminal_summary(terminalreporter):
    if CHECKED:
        without = sum(1 for _, javascript in CHECKED if not javascript)
        terminalreporter.write_line(
            f"axe-core: {len(CHECKED)} page checks ({without} with JavaScript off) against "
            "WCAG 2.0/2.1/2.2 A and AA, no violation"
        )


@pytest.fixture
def screenshot():
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page, name, height=None):
        """Save the whole page, or its top `height` pixels."""
        clip = {"x": 0, "y": 0, "width": 1200, "height": height} if height else None
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True, clip=clip)

    return take
