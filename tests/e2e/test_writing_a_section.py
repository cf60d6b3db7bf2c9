"""Writing a section in a real browser: the live word count, and the same page without JavaScript."""

import pytest

from selfassess.reports.models import Section
from selfassess.reports.structure import SectionKey
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_word_count_updates_live_and_warns_over_the_limit(
    page_for, sar, leader, live_server, screenshot
):
    page = page_for(leader, PASSWORD)
    page.goto(f"{live_server.url}/sars/{sar.pk}/sections/leadership/")
    status = page.locator("[data-word-count-status]")
    assert status.inner_text() == "0 of 750 words used"
    page.fill("#id_body", "Leaders are visible – 82% of staff said so.")
    assert status.inner_text() == "8 of 750 words used"
    page.fill("#id_body", " ".join(["word"] * 760))
    assert status.inner_text().startswith("You have 10 words too many (760 of 750)")
    assert "govuk-textarea--error" in page.locator("#id_body").get_attribute("class")
    page.click("button:has-text('Save')")
    page.wait_for_load_state()
    assert "10 words over the 750-word limit" in page.content()
    screenshot(page, "leadership-over-limit")
    assert Section.objects.get(sar=sar, key=SectionKey.LEADERSHIP).body.count("word") == 760


def test_the_tests_section_counts_all_four_parts_together(page_for, sar, leader, live_server):
    page = page_for(leader, PASSWORD)
    page.goto(f"{live_server.url}/sars/{sar.pk}/sections/tests/")
    page.fill("#id_safety_body", "one two three")
    page.fill("#id_respect_body", "four five")
    assert page.locator('[data-word-count-status="tests"]').inner_text() == "5 of 3,000 words used"


def test_a_section_is_saved_with_javascript_off(page_for, sar, leader, live_server):
    page = page_for(leader, PASSWORD, javascript=False)
    page.goto(f"{live_server.url}/sars/{sar.pk}/sections/vision/")
    page.fill("#id_body", "A safe and decent centre.")
    page.check("#id_completed")
    page.click("button:has-text('Save')")
    page.wait_for_load_state()
    assert "Vision saved" in page.content()
    section = Section.objects.get(sar=sar, key=SectionKey.VISION)
    assert (section.body, section.completed) == ("A safe and decent centre.", True)
