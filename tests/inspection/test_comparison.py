"""The comparison page and its one-line summaries."""

import pytest
from django.urls import reverse

from selfassess.inspection import comparison as compared
from selfassess.inspection.comparison import Comparison, ConcernRow

pytestmark = pytest.mark.django_db


def row(centre, inspection):
    return compared.TestRow("t", "Test", centre, inspection, "", "")


@pytest.mark.parametrize(
    ("pairs", "summary"),
    [
        (
            [(3, 2), (3, 2), (2, 2), (3, 3)],
            "The centre rated itself higher than the inspection on 2 of 4 tests and the same on 2.",
        ),
        (
            [(3, 2), (1, 2), (2, 2), (3, 3)],
            "The centre rated itself higher than the inspection on 1 of 4 tests, lower on 1 and the same on 2.",
        ),
        ([(4, 2)], "The centre rated itself higher than the inspection on 1 of 1 test."),
        (
            [(2, 3), (None, 3)],
            "The centre rated itself higher than the inspection on 0 of 1 test and lower on 1.",
        ),
        ([(None, None)], "There are no test ratings to compare yet."),
    ],
)
def test_the_summary_counts_the_tests_both_rated(pairs, summary):
    assert Comparison([row(c, i) for c, i in pairs], [], [], []).summary == summary


def test_the_concerns_summary_orders_progress_judgements():
    concerns = [
        ConcernRow(1, "1.8", "", "good", "reasonable"),
        ConcernRow(2, "1.9", "", "none", "insufficient"),
        ConcernRow(3, "1.10", "", "reasonable", "reasonable"),
        ConcernRow(4, "1.11", "", "reasonable", ""),
    ]
    assert Comparison([], concerns, [], []).concerns_summary == (
        "The centre judged its progress more favourably than the inspection on 1 of 3 key "
        "concerns, less favourably on 1 and the same on 1."
    )


def test_the_page_shows_each_view_and_why_they_differ(client_for, judgement, assigned):
    page = client_for(assigned).get(
        reverse("inspection:comparison", args=[judgement.inspection.pk])
    )
    text = page.content.decode()
    # The centre rated safety 3 and respect 3; the inspection 2 and 3.
    assert (
        "The centre rated itself higher than the inspection on 1 of 2 tests and the same on 1."
        in text
    )
    assert "Centre rated higher by 1 point" in text
    assert "PRIVATE WHY on safety" in text


def test_a_claimed_strength_found_not_met_and_a_silent_indicator_found_met_are_listed(
    client_for, inspection, submission, assigned
):
    client = client_for(assigned)
    client.post(
        reverse("inspection:expectation", args=[inspection.pk, "engagement"]),
        {
            "lock_version": "0",
            "i2_1_finding": "not_met",
            "i2_1_why": "Not seen at night.",
            "i2_9_finding": "met",
        },
    )
    text = client.get(reverse("inspection:comparison", args=[inspection.pk])).content.decode()
    assert (
        "Inspectors found 1 indicator the SAR claims as a strength not met, and 1 indicator met "
        "that the SAR&#39;s leadership section is silent on."
    ) in text
    claimed = text.split('id="claimed-not-met"')[1].split('id="met-but-silent"')[0]
    silent = text.split('id="met-but-silent"')[1]
    assert "2.1" in claimed and "Not seen at night." in claimed and "87% of staff" in claimed
    assert "2.9" in silent


def test_an_inspection_without_a_sar_says_so(client_for, inspection, assigned):
    text = (
        client_for(assigned)
        .get(reverse("inspection:comparison", args=[inspection.pk]))
        .content.decode()
    )
    assert "No SAR has been submitted for this inspection yet" in text
    assert "There are no test ratings to compare yet." in text
