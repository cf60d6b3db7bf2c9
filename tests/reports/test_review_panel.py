"""Each section page shows the review of its saved text: marks, notes and figures."""

import datetime as dt
import re

from django.core.cache import cache

from selfassess.reports import reviewing, services
from selfassess.reports.models import KeyConcern
from selfassess.reports.structure import SectionKey

ASPIRATIONAL = "We will recruit ten more officers by next year."
UNSUPPORTED = "Staff morale is excellent."
PERSONAL = "John Smith, Home Office reference A1234567, was moved to another unit."


def save_leadership(sar, user, body):
    section = sar.sections.get(key=SectionKey.LEADERSHIP)
    services.save_section(section, user, None, fields={"body": body})


def panel(page: str) -> str:
    """Return the review panel's HTML."""
    start = page.index('id="review"')
    return page[start : page.index("</section>", start)]


def test_the_leadership_page_marks_a_plan_written_as_an_outcome(client_for, sar, leader):
    save_leadership(sar, leader, f"Leaders meet weekly. {ASPIRATIONAL}")
    page = client_for(leader).get(f"/sars/{sar.pk}/sections/leadership/").content.decode()
    assert "Review of this section" in page
    assert re.search(
        r'<mark class="app-mark app-mark--aspirational">.{0,120}' + re.escape(ASPIRATIONAL),
        panel(page),
    )


def test_the_leadership_page_marks_a_claim_without_evidence(client_for, sar, leader):
    save_leadership(sar, leader, UNSUPPORTED)
    html = panel(client_for(leader).get(f"/sars/{sar.pk}/sections/leadership/").content.decode())
    assert re.search(r'<mark class="app-mark app-mark--unsupported">.{0,120}' + UNSUPPORTED, html)
    assert "makes a positive claim about current performance with no evidence" in html
    assert "How to fix it:" in html
    assert "Why it matters:" in html


def test_the_leadership_page_marks_the_personal_data_itself(client_for, sar, leader):
    save_leadership(sar, leader, PERSONAL)
    html = panel(client_for(leader).get(f"/sars/{sar.pk}/sections/leadership/").content.decode())
    assert (
        '<mark class="app-mark app-mark--personal"><span class="govuk-visually-hidden">'
        "(start of possible personal data) </span>John Smith<" in html
    )
    assert "Must fix" in html


def test_screen_readers_hear_what_each_mark_is(client_for, sar, leader):
    save_leadership(sar, leader, f"{ASPIRATIONAL} {UNSUPPORTED}")
    html = panel(client_for(leader).get(f"/sars/{sar.pk}/sections/leadership/").content.decode())
    assert '<span class="govuk-visually-hidden">(start of plan or intention) </span>' in html
    assert '<span class="govuk-visually-hidden">(start of claim without evidence) </span>' in html


def test_the_panel_shows_the_sections_figures(client_for, sar, leader):
    save_leadership(sar, leader, f"{UNSUPPORTED} Complaints fell from 40 to 22 in 2025.")
    html = panel(client_for(leader).get(f"/sars/{sar.pk}/sections/leadership/").content.decode())
    assert "Sentences citing evidence" in html
    assert "1 of 2 (50%)" in html
    assert "Sentences describing plans or intentions" in html
    assert "Words" in html


def test_a_script_in_the_text_comes_out_escaped_in_the_panel(client_for, sar, leader):
    save_leadership(sar, leader, "Detainees feel safe <script>alert('x')</script> here.")
    page = client_for(leader).get(f"/sars/{sar.pk}/sections/leadership/").content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(" in panel(page)


def test_saving_a_section_shows_the_review_of_what_was_saved(client_for, sar, leader):
    section = sar.sections.get(key=SectionKey.LEADERSHIP)
    response = client_for(leader).post(
        f"/sars/{sar.pk}/sections/leadership/",
        {"body": UNSUPPORTED, "base_version": section.lock_version, "completed": "no"},
        follow=True,
    )
    assert "app-mark--unsupported" in panel(response.content.decode())


def test_a_contributor_sees_the_review_under_the_read_only_text(
    client_for, sar, leader, contributor
):
    save_leadership(sar, leader, UNSUPPORTED)
    page = client_for(contributor).get(f"/sars/{sar.pk}/sections/leadership/").content.decode()
    assert "app-mark--unsupported" in panel(page)


def test_the_panel_links_to_the_review_of_the_whole_report(client_for, sar, leader):
    page = client_for(leader).get(f"/sars/{sar.pk}/sections/vision/").content.decode()
    assert f'href="/sars/{sar.pk}/review/"' in panel(page)
    assert "Nothing has been saved in this section yet." in panel(page)


def test_the_tests_page_reviews_each_test(client_for, sar, leader):
    services.save_tests(
        sar,
        leader,
        None,
        parts={
            "safety": {"body": UNSUPPORTED, "rating": 4},
            "respect": {"body": PERSONAL, "rating": None},
            "activities": {"body": "", "rating": None},
            "preparation": {"body": "", "rating": None},
        },
        completed=False,
    )
    html = panel(client_for(leader).get(f"/sars/{sar.pk}/sections/tests/").content.decode())
    assert "Preparation for removal and release" in html
    assert "app-mark--unsupported" in html
    assert "app-mark--personal" in html
    assert "rated good but only 0 sentences cite data" in html


def test_the_priorities_page_reviews_each_answer(client_for, sar, leader):
    priority = services.add_priority(sar, leader, {})
    services.save_priority(
        priority,
        leader,
        None,
        fields={
            "what": "Reduce self-harm.",
            "how_known": UNSUPPORTED,
            "delivering": "",
            "success": "",
        },
        targets=[],
        evidence=[],
        summary="Added priority 1",
    )
    html = panel(client_for(leader).get(f"/sars/{sar.pk}/sections/priorities/").content.decode())
    assert "Priority 1" in html
    assert "ii. How do you know that this is a priority?" in html
    assert "app-mark--unsupported" in html
    assert "has no targets" in html


def test_the_key_concerns_page_reviews_the_progress(client_for, sar, leader):
    KeyConcern.objects.create(
        sar=sar,
        position=1,
        reference="KC1",
        concern="Too many detainees were held for long periods.",
        progress=PERSONAL,
    )
    html = panel(client_for(leader).get(f"/sars/{sar.pk}/sections/key_concerns/").content.decode())
    assert "Concern KC1" in html
    assert "app-mark--personal" in html


def test_the_review_is_run_once_for_the_same_content(sar, leader, monkeypatch):
    cache.clear()
    save_leadership(sar, leader, f"{UNSUPPORTED} {dt.date.today().isoformat()}")
    calls = []
    real = reviewing.review_sar
    monkeypatch.setattr(reviewing, "review_sar", lambda data: calls.append(1) or real(data))
    first = reviewing.review_for(sar)
    second = reviewing.review_for(sar)
    assert len(calls) == 1
    assert [f.key for f in first.findings] == [f.key for f in second.findings]
    save_leadership(sar, leader, "Something else entirely.")
    reviewing.review_for(sar)
    assert len(calls) == 2
