"""Calibration across inspections: how often and by how much centres rate themselves above or below."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from selfassess.framework.edition import current
from selfassess.inspection import services as judging
from selfassess.inspection.calibration import calibrate
from selfassess.reports import services
from tests.factories import InspectionFactory, member
from tests.inspection.conftest import write_sar

pytestmark = pytest.mark.django_db


def rate(inspection, ratings):
    judgement = judging.start(inspection)
    judging.save_overview(
        judgement,
        None,
        None,
        judging.OverviewValues({t: (r, "") for t, r in ratings.items()}, {}, {}),
    )
    return judgement


@pytest.fixture
def two_inspections(inspection, submission, other_centre, other_sar):
    """Centre ratings 3,3,2,4 and 3,3,2,4 (the fixture SAR); the inspections differ."""
    earlier = timezone.now() - dt.timedelta(days=400)
    other = InspectionFactory(
        centre=other_centre, announced_at=earlier, due_at=earlier + dt.timedelta(days=3)
    )
    manager = member(other_centre, "manager")
    write_sar(other_sar, manager)
    services.sign_off(other_sar, manager)
    services.submit(other_sar, manager)
    # Now: safety 2 (+1), respect 3 (0), activities 3 (-1), preparation 2 (+2).
    rate(inspection, {"safety": 2, "respect": 3, "activities": 3, "preparation": 2})
    # A year ago: safety 3 (0), respect 2 (+1); the other two not rated.
    rate(other, {"safety": 3, "respect": 2})
    return inspection, other


def test_the_figures_per_test(two_inspections):
    figures = calibrate(current())
    by_test = {t.id: t for t in figures.tests}
    assert [(t.count, t.above, t.same, t.below) for t in figures.tests] == [
        (2, 1, 1, 0),
        (2, 1, 1, 0),
        (1, 0, 0, 1),
        (1, 1, 0, 0),
    ]
    assert by_test["safety"].mean == 0.5
    assert by_test["preparation"].mean_above == 2
    assert by_test["activities"].mean_below == 1
    assert (figures.pairs, figures.above, figures.same, figures.below) == (6, 3, 2, 1)


def test_the_figures_over_time_are_in_date_order(two_inspections):
    inspection, other = two_inspections
    figures = calibrate(current())
    assert [item.judgement.inspection for item in figures.inspections] == [other, inspection]
    assert [item.mean for item in figures.inspections] == [0.5, 0.5]
    assert figures.inspections[1].difference("preparation") == 2


def test_the_page_draws_an_accessible_chart_with_the_same_numbers_in_a_table(
    client_for, two_inspections, hmip_coordinator
):
    text = client_for(hmip_coordinator).get(reverse("inspection:calibration")).content.decode()
    assert text.count('class="app-chart" role="img"') == 2
    assert '<title id="per-test-title">' in text and '<desc id="per-test-desc">' in text
    assert "Safety: 1 above, 1 the same, 0 below, of 2." in text
    assert "1 above" in text and "1 same" in text  # text labels on the bars, not colour alone
    assert (
        "Over 2 inspections and 6 test ratings, centres rated themselves higher than the "
        "inspection 3 times, the same 2 times and lower 1 time."
    ) in text
    table = text.split('id="per-test"')[1].split("</table>")[0]
    assert "+0.50" in table and "2.00" in table


def test_no_figures_yet(client_for, hmip_coordinator):
    text = client_for(hmip_coordinator).get(reverse("inspection:calibration")).content.decode()
    assert "No inspection has test ratings to compare yet." in text
