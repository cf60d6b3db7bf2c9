"""The centre manager's journey with the keyboard alone (Tab, Enter, Space and typing).

Every element the journey tabs to must show where the focus is (GOV.UK's yellow focus
state: an outline, a box shadow or a changed background).
"""

import pytest
from django.core.management import call_command

from selfassess.accounts.models import User
from selfassess.demo import people
from selfassess.reports.models import Sar, Section, Submission
from selfassess.reports.structure import SectionKey

pytestmark = pytest.mark.django_db(transaction=True)

FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(), id: el.id, type: el.type || "",
    text: (el.innerText || el.value || el.getAttribute("aria-label") || "").trim().slice(0, 80),
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
    shadow: style.boxShadow !== "none",
    background: style.backgroundColor,
  };
}"""
FOCUS_YELLOW = "rgb(255, 221, 0)"


def tab_to(page, matches, limit=150):
    """Press Tab until the focused element matches; check each one shows its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None:
            continue
        visible = focused["outline"] or focused["shadow"] or focused["background"] == FOCUS_YELLOW
        assert visible, f"no visible focus on {focused}"
        if matches(focused):
            return focused
    raise AssertionError("never reached the element by tabbing")


def by_id(element_id):
    return lambda f: f["id"] == element_id


def by_text(text):
    return lambda f: text in f["text"]


def press(page, key):
    """Press a key that follows a link or sends a form, and wait for the next page."""
    with page.expect_navigation():
        page.keyboard.press(key)
    page.wait_for_load_state()


def test_the_manager_completes_the_journey_with_the_keyboard_alone(
    browser, live_server, settings, audit
):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115, PTH123
    manager = User.objects.get(email="manager@example.org")
    sar = Sar.objects.get(centre__slug="hatherleigh-house")
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(f"{live_server.url}/accounts/login/")
        audit(page, "Sign in")
        # The skip link comes first and shows its focus.
        first = tab_to(page, lambda f: True)
        assert first["text"] == "Skip to main content"
        tab_to(page, by_id("id_username"))
        page.keyboard.type(manager.email)
        tab_to(page, by_id("id_password"))
        page.keyboard.type(people.DEFAULT_PASSWORD)
        press(page, "Enter")
        audit(page, "Hatherleigh House IRC")

        tab_to(page, by_text("1. Vision"))
        press(page, "Enter")
        audit(page, "Vision")
        tab_to(page, by_id("id_body"))
        page.keyboard.press("Control+A")
        page.keyboard.type("Typed by keyboard: a safe and decent centre.")
        tab_to(page, lambda f: f["tag"] == "input" and f["type"] == "radio")
        page.keyboard.press("Space")
        tab_to(page, by_text("Save"))
        press(page, "Enter")
        assert "Vision saved" in page.content()
        audit(page, "Vision")
        body = Section.objects.get(sar=sar, key=SectionKey.VISION).body
        assert body == "Typed by keyboard: a safe and decent centre."

        page.goto(f"{live_server.url}/sars/{sar.pk}/")
        tab_to(page, by_text("Check and sign off"))
        press(page, "Enter")
        audit(page, "Check and sign off")
        tab_to(page, by_id("id_confirm"))
        page.keyboard.press("Space")
        tab_to(page, by_text("Sign off the report"))
        press(page, "Enter")
        assert "You have signed off" in page.content()
        tab_to(page, by_text("Submit to HMIP"))
        press(page, "Enter")
        audit(page, "Submit")
        tab_to(page, by_text("Submit to HMIP"))
        press(page, "Enter")
        audit(page)
        assert Submission.objects.filter(sar=sar).count() == 2
    finally:
        context.close()


def test_an_error_summary_takes_the_focus(browser, live_server, audit):
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
        assert page.title().startswith("Error: Sign in")
        assert page.evaluate(
            "() => document.activeElement.classList.contains('govuk-error-summary')"
        )
        audit(page)
    finally:
        context.close()
