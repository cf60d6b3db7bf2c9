"""Reading the submitted SAR beside the framework."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_each_indicator_shows_what_the_sar_says_and_where_it_is_silent(
    client_for, inspection, submission, assigned
):
    text = (
        client_for(assigned)
        .get(reverse("inspection:reading", args=[inspection.pk]))
        .content.decode()
    )
    assert "version 1" in text
    # The leadership section's claim about visible leaders, under 2.1, tagged as a strength.
    section = text.split('id="indicator-2.1"')[1].split('id="indicator-2.2"')[0]
    assert "87% of staff in the staff survey" in section
    assert "Claimed as a strength" in section
    assert "Evidenced" in section
    # Silent indicators are listed per expectation.
    # (How many depends on the review engine's reading; the page must list them.)
    assert re.search(r"The leadership section is silent on \d+ indicators?:", text)
    assert "The leadership section is silent on this indicator." in text


def test_the_sar_text_is_escaped(client_for, inspection, sar, manager, assigned):
    from selfassess.reports import services
    from tests.inspection.conftest import write_sar

    write_sar(sar, manager)
    section = sar.sections.get(key="leadership")
    services.save_section(
        section,
        manager,
        None,
        fields={
            "body": section.body
            + " Leaders at every level are visible <script>alert(1)</script> on 90% of days."
        },
    )
    services.sign_off(sar, manager)
    services.submit(sar, manager)
    text = (
        client_for(assigned)
        .get(reverse("inspection:reading", args=[inspection.pk]))
        .content.decode()
    )
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_a_submission_records_the_framework_edition(submission):
    assert submission.framework_edition == "irc-leadership-1"
