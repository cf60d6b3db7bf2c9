"""Each role's main journey in a real browser, with and without JavaScript.

Every page reached is checked by `audit`: a title that says where you are, no axe-core
violation of WCAG 2.0/2.1/2.2 A or AA, and nothing the Content Security Policy had to block.
The journeys run on the demo data, so the pages carry realistic reports and reviews.
"""

import pytest
from django.core.management import call_command

from selfassess.accounts.models import User
from selfassess.demo import people
from selfassess.reports.models import Comment, Sar, Section, Submission
from selfassess.reports.structure import SectionKey

pytestmark = pytest.mark.django_db(transaction=True)
WITH_AND_WITHOUT_JS = pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])


@pytest.fixture
def demo():
    call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115, PTH123
    return {user.email.split("@")[0]: user for user in User.objects.all()}


@pytest.fixture
def sign_in(page_for, demo):
    def open_as(account, javascript=True):
        return page_for(demo[account], people.DEFAULT_PASSWORD, javascript=javascript)

    return open_as


def click(page, name, role="button"):
    page.get_by_role(role, name=name, exact=False).first.click()
    page.wait_for_load_state()


@WITH_AND_WITHOUT_JS
def test_the_centre_manager_writes_evidences_signs_off_and_submits(
    sign_in, audit, live_server, screenshot, javascript
):
    page = sign_in("manager", javascript)
    sar = Sar.objects.get(centre__slug="hatherleigh-house")
    audit(page, "Hatherleigh House IRC")  # the task list is where the manager lands
    if javascript:
        screenshot(page, "sar-task-list")

    # Vision: write, cite a piece of evidence, mark as completed.
    click(page, "Vision", role="link")
    audit(page, "Vision")
    page.fill("#id_body", "A safe, decent centre where detainees are treated with respect.")
    page.locator("summary", has_text="Evidence this section cites").click()
    page.locator("input[name=evidence]").first.check()
    page.locator("#id_completed").check()
    click(page, "Save")
    assert "Vision saved" in page.content()
    audit(page, "Vision")
    vision = Section.objects.get(sar=sar, key=SectionKey.VISION)
    assert vision.body.startswith("A safe, decent centre") and vision.evidence.exists()

    # Leadership: the limit is shown as you type, and over-limit text is saved, flagged.
    page.goto(f"{live_server.url}/sars/{sar.pk}/sections/leadership/")
    audit(page, "Leadership")
    if javascript:
        screenshot(page, "section-with-review", height=3000)
    page.fill("#id_body", " ".join(["word"] * 760))
    if javascript:
        status = page.locator("[data-word-count-status]").first
        assert status.inner_text().startswith("You have 10 words too many")
    click(page, "Save")
    assert "10 words over the 750-word limit" in page.content()
    audit(page, "Leadership")

    # Sign-off is refused while leadership is over its limit, with a link to fix it.
    page.goto(f"{live_server.url}/sars/{sar.pk}/sign-off/")
    assert "You cannot sign off the report yet" in page.content()
    audit(page, "Check and sign off")
    if javascript:
        screenshot(page, "sign-off-refused")
    click(page, "Leadership is 10 words over", role="link")
    page.fill("#id_body", "Leaders are visible: 82% of staff said so in the 2026 survey.")
    page.locator("#id_completed").check()
    click(page, "Save")

    # Sign off: the declaration must be ticked; the error summary takes the focus.
    page.goto(f"{live_server.url}/sars/{sar.pk}/sign-off/")
    audit(page, "Check and sign off")
    click(page, "Sign off the report")
    assert page.title().startswith("Error: ")
    audit(page)
    if javascript:
        assert page.evaluate(
            "() => document.activeElement.classList.contains('govuk-error-summary')"
        )
    page.check("#id_confirm")
    click(page, "Sign off the report")
    assert "You have signed off the self-assessment report" in page.content()
    audit(page, "Hatherleigh House IRC")
    page.goto(f"{live_server.url}/sars/{sar.pk}/submit/")
    audit(page, "Submit")
    click(page, "Submit to HMIP")
    audit(page)
    assert Submission.objects.filter(sar=sar).count() == 2
    assert "submitted" in page.content().lower()


@WITH_AND_WITHOUT_JS
def test_a_leader_edits_a_section_and_comments(sign_in, audit, live_server, javascript):
    page = sign_in("leader", javascript)
    sar = Sar.objects.get(centre__slug="hatherleigh-house")
    audit(page, "Hatherleigh House IRC")
    page.goto(f"{live_server.url}/sars/{sar.pk}/sections/tests/")
    audit(page, "Healthy establishment tests")
    page.fill("#id_safety_body", "Detainees feel safe: 79% said so in the 2026 survey.")
    click(page, "Save")
    assert "saved" in page.content()
    audit(page)
    page.fill("#comment-body", "Can we add the use of force figures here?")
    click(page, "Add comment")
    audit(page)
    assert Comment.objects.filter(body__startswith="Can we add the use of force").exists()
    page.goto(f"{live_server.url}/sars/{sar.pk}/review/")
    audit(page, "Review")


@WITH_AND_WITHOUT_JS
def test_a_contributor_reads_and_comments(sign_in, audit, live_server, javascript):
    page = sign_in("contributor", javascript)
    sar = Sar.objects.get(centre__slug="hatherleigh-house")
    audit(page, "Hatherleigh House IRC")
    page.goto(f"{live_server.url}/sars/{sar.pk}/sections/vision/")
    audit(page, "Vision")
    assert page.locator("#id_body").count() == 0  # contributors read, they do not edit
    page.goto(f"{live_server.url}/sars/{sar.pk}/sections/tests/")
    audit(page, "Healthy establishment tests")
    page.fill("#comment-body", "The detainee survey had 212 replies, worth saying.")
    click(page, "Add comment")
    audit(page)
    assert Comment.objects.filter(body__startswith="The detainee survey had 212").exists()
    page.goto(f"{live_server.url}/sars/{sar.pk}/evidence/")
    audit(page, "Evidence")


@WITH_AND_WITHOUT_JS
def test_the_coordinator_announces_watches_deadlines_and_reads_a_snapshot(
    sign_in, audit, screenshot, javascript
):
    page = sign_in("coordinator", javascript)
    audit(page, "Centres and deadlines")
    if javascript:
        screenshot(page, "coordinator-dashboard")
    assert page.locator("table").first.inner_text().count("IRC") >= 3
    click(page, "Announce an inspection")  # a link styled as a button
    audit(page, "Announce an inspection")
    page.select_option("#id_centre", label="Ravensmoor IRC")
    click(page, "Continue")
    audit(page, "Check the inspection before you announce it")
    click(page, "Confirm and announce")
    audit(page, "Inspection of Ravensmoor IRC")
    click(page, "Back to centres and deadlines", role="link")
    audit(page, "Centres and deadlines")
    assert "Ravensmoor IRC" in page.content()
    snapshot = page.locator("a", has_text="Version 1").first
    snapshot.click()
    page.wait_for_load_state()
    audit(page)
    assert "Version 1" in page.content()
    page.go_back()
    click(page, "Calibration", role="link")
    audit(page, "Calibration")


@WITH_AND_WITHOUT_JS
def test_an_inspector_opens_an_assigned_sar(sign_in, audit, javascript):
    page = sign_in("inspector", javascript)
    audit(page, "Your inspections")
    page.locator("a", has_text="Read version").first.click()
    page.wait_for_load_state()
    audit(page)
    assert "Vision" in page.content()
    page.go_back()
    page.locator("td a", has_text="IRC").first.click()  # the inspection
    page.wait_for_load_state()
    audit(page, "Inspection of")
    for link in ("Read the SAR beside the framework", "judgements", "the inspection's"):
        click(page, link, role="link")  # reading, judgements, comparison
        audit(page)
        page.go_back()


@WITH_AND_WITHOUT_JS
def test_an_administrator_reads_and_filters_the_audit_log(sign_in, audit, javascript):
    page = sign_in("admin", javascript)
    audit(page)
    click(page, "Audit log", role="link")
    audit(page, "Audit log")
    assert "Logged in" in page.content()
    page.select_option("#id_action", label="Logged in")
    click(page, "Filter")
    audit(page, "Audit log")
    page.fill("#id_date_from", "not a date")
    click(page, "Filter")
    assert page.title().startswith("Error: Audit log")
    audit(page)


@WITH_AND_WITHOUT_JS
def test_a_user_opens_two_factor_set_up(sign_in, audit, javascript):
    page = sign_in("manager", javascript)
    click(page, "Two-factor authentication", role="link")
    audit(page, "Two-factor authentication")
    assert page.locator(".app-qr-code svg").count() == 1
    click(page, "Turn on two-factor authentication")
    assert page.title().startswith("Error: ")
    audit(page)
