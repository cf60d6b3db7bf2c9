"""Browser tests: Debian's Chromium driven by Playwright against the live development server."""

import os
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
        # The Content Security Policy must never have to block anything on our pages.
        page.on("console", lambda message: _note_csp(page, message.text))
        return page

    open_page.new_page = new_page
    yield open_page
    for context in contexts:
        context.close()


CSP_ERRORS: dict[int, list[str]] = {}
# Every page the journeys checked with axe: (path, JavaScript on), for the summary.
CHECKED: set[tuple[str, bool]] = set()


def _note_csp(page, text):
    if "Content Security Policy" in text:
        CSP_ERRORS.setdefault(id(page), []).append(text)


@pytest.fixture
def audit(live_server):
    """Check the page as it is now: a title that says where you are, axe, and the CSP."""

    def check(page, title=None):
        page.wait_for_load_state()
        page_title = page.title()
        assert page_title.endswith(" – Self-assessment reports – HM Inspectorate of Prisons"), (
            page_title
        )
        if title is not None:
            assert page_title.startswith(title), f"{page_title!r} should start {title!r}"
        violations = axe_violations(page)
        assert violations == [], f"axe on {page.url}:\n{report(violations)}"
        assert CSP_ERRORS.get(id(page), []) == [], CSP_ERRORS[id(page)]
        javascript = page.evaluate("() => document.body.classList.contains('js-enabled')")
        CHECKED.add((page.url.replace(live_server.url, "").split("?")[0], javascript))
        return page_title

    return check


def pytest_terminal_summary(terminalreporter):
    if CHECKED:
        paths = {path for path, _ in CHECKED}
        terminalreporter.write_line(
            f"axe-core: {len(CHECKED)} page checks ({len(paths)} distinct pages, with and "
            "without JavaScript) reported no WCAG 2.0/2.1/2.2 A or AA violation"
        )


@pytest.fixture
def screenshot():
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page, name):
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    return take
