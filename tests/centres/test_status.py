"""Each inspection's SAR status, worked out for many inspections at once."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from selfassess.centres.status import (
    SarStatus,
    centre_rows,
    inspection_statuses,
    sort_rows,
)
from selfassess.evidence.models import EvidenceItem
from selfassess.reports import content, services
from selfassess.reports.models import Section, SignOff, Submission
from selfassess.reports.structure import SectionKey
from tests.centres.conftest import write_complete_sar
from tests.factories import CentreFactory, EvidenceItemFactory, InspectionFactory, member

pytestmark = pytest.mark.django_db


def status_of(inspection, now=None):
    return inspection_statuses([inspection], now=now)[inspection.pk]


def write(sar, user, text="We keep detainees safe."):
    section = sar.sections.get(key=SectionKey.VISION)
    services.save_section(section, user, None, fields={"body": text})


def test_an_inspection_of_a_centre_with_no_sar_is_not_started(inspection):
    info = status_of(inspection)
    assert info.status == SarStatus.NOT_STARTED
    assert info.label == "Not started"
    assert info.tag_classes == "govuk-tag--grey"


def test_a_sar_nobody_has_written_in_is_not_started(inspection, sar):
    assert status_of(inspection).status == SarStatus.NOT_STARTED


def test_a_sar_with_a_saved_section_is_drafting(inspection, sar, leader):
    write(sar, leader)
    info = status_of(inspection)
    assert info.status == SarStatus.DRAFTING
    assert info.tag_classes == "govuk-tag--blue"


def test_a_sar_signed_off_by_its_manager_is_signed_off(inspection, complete_sar, manager):
    services.sign_off(complete_sar, manager)
    info = status_of(inspection)
    assert info.status == SarStatus.SIGNED_OFF
    assert info.tag_classes == "govuk-tag--turquoise"


def test_an_edit_after_sign_off_withdraws_it(inspection, complete_sar, manager, leader):
    services.sign_off(complete_sar, manager)
    SignOff.objects.update(signed_at=timezone.now() - dt.timedelta(minutes=5))
    write(complete_sar, leader, "A new vision.")
    assert status_of(inspection).status == SarStatus.DRAFTING
    # The SAR page, which checks the content hash, agrees.
    assert services.sign_off_state(content.load(complete_sar)).current is None


def test_editing_cited_evidence_after_sign_off_withdraws_it(
    inspection, complete_sar, manager, centre
):
    item = EvidenceItemFactory(centre=centre)
    complete_sar.sections.get(key=SectionKey.VISION).evidence.add(item)
    services.sign_off(complete_sar, manager)
    SignOff.objects.update(signed_at=timezone.now() - dt.timedelta(minutes=5))
    Section.objects.update(updated_at=timezone.now() - dt.timedelta(minutes=10))
    EvidenceItem.objects.update(updated_at=timezone.now() - dt.timedelta(minutes=10))
    assert status_of(inspection).status == SarStatus.SIGNED_OFF
    item.summary = "A different finding."
    item.save()
    assert status_of(inspection).status == SarStatus.DRAFTING


def test_editing_evidence_the_sar_does_not_cite_leaves_the_sign_off(
    inspection, complete_sar, manager, centre
):
    services.sign_off(complete_sar, manager)
    EvidenceItemFactory(centre=centre)
    assert EvidenceItem.objects.count() == 1
    assert status_of(inspection).status == SarStatus.SIGNED_OFF


def test_a_sar_submitted_before_the_deadline_is_submitted_on_time(
    inspection, complete_sar, manager
):
    services.sign_off(complete_sar, manager)
    submission = services.submit(complete_sar, manager)
    assert submission.inspection == inspection
    info = status_of(inspection)
    assert info.status == SarStatus.SUBMITTED_ON_TIME
    assert info.tag_classes == "govuk-tag--green"
    assert info.countdown == "Submitted on time"
    assert info.late_by is None
    assert info.latest_submission == submission


def test_a_sar_submitted_after_the_deadline_is_late_by_how_long(centre, complete_sar, manager):
    announced = timezone.now() - dt.timedelta(days=5)
    inspection = InspectionFactory(
        centre=centre, announced_at=announced, due_at=announced + dt.timedelta(days=3)
    )
    services.sign_off(complete_sar, manager)
    services.submit(complete_sar, manager, now=inspection.due_at + dt.timedelta(days=1, hours=2))
    info = status_of(inspection)
    assert info.status == SarStatus.SUBMITTED_LATE
    assert info.tag_classes == "govuk-tag--orange"
    assert info.late_by == dt.timedelta(days=1, hours=2)
    assert info.countdown == "Late by 1 day 2 hours"


def test_the_first_submission_decides_whether_the_sar_was_on_time(
    inspection, complete_sar, manager, leader
):
    services.sign_off(complete_sar, manager)
    first = services.submit(complete_sar, manager)
    write(complete_sar, leader, "A vision revised after the first submission.")
    services.sign_off(complete_sar, manager)
    second = services.submit(complete_sar, manager, now=inspection.due_at + dt.timedelta(hours=5))
    assert second.is_late
    info = status_of(inspection)
    assert info.status == SarStatus.SUBMITTED_ON_TIME
    assert info.first_submission == first
    assert info.latest_submission == second


def test_a_sar_not_submitted_after_the_deadline_is_overdue(centre, sar, leader):
    announced = timezone.now() - dt.timedelta(days=3, hours=5)
    inspection = InspectionFactory(
        centre=centre, announced_at=announced, due_at=announced + dt.timedelta(days=3)
    )
    write(sar, leader)
    info = status_of(inspection)
    assert info.status == SarStatus.OVERDUE
    assert info.tag_classes == "govuk-tag--red"
    assert info.countdown == "Overdue by 5 hours"


def test_a_submission_for_an_earlier_inspection_does_not_count_for_a_new_one(
    centre, complete_sar, manager
):
    old = InspectionFactory(
        centre=centre,
        announced_at=timezone.now() - dt.timedelta(days=400),
        due_at=timezone.now() - dt.timedelta(days=397),
    )
    services.sign_off(complete_sar, manager)
    services.submit(complete_sar, manager)
    new = InspectionFactory(centre=centre)
    statuses = inspection_statuses([old, new])
    assert statuses[old.pk].status == SarStatus.SUBMITTED_LATE
    assert statuses[new.pk].status == SarStatus.SIGNED_OFF


def test_the_countdown_before_the_deadline_says_how_long_is_left(inspection):
    now = inspection.due_at - dt.timedelta(days=2, hours=4)
    assert status_of(inspection, now=now).countdown == "Due in 2 days 4 hours"


def test_statuses_of_many_inspections_take_the_same_number_of_queries():
    def measure(count):
        inspections = []
        for _ in range(count):
            centre = CentreFactory()
            sar = services.get_or_create_sar(centre)
            write(sar, member(centre))
            inspections.append(InspectionFactory(centre=centre))
        with CaptureQueriesContext(connection) as queries:
            inspection_statuses(inspections)
        return len(queries)

    assert measure(2) == measure(8) == 2


def test_a_centre_with_no_inspection_gets_a_status_without_a_deadline(centre, sar, leader):
    write(sar, leader)
    (row,) = centre_rows([centre])
    assert row.inspection is None
    assert row.info.status == SarStatus.DRAFTING
    assert row.info.countdown == ""


def test_a_centres_row_shows_its_latest_inspection_and_newest_submission(
    centre, complete_sar, manager
):
    InspectionFactory(
        centre=centre,
        announced_at=timezone.now() - dt.timedelta(days=30),
        due_at=timezone.now() - dt.timedelta(days=27),
    )
    services.sign_off(complete_sar, manager)
    submission = services.submit(complete_sar, manager)
    latest = InspectionFactory(centre=centre)
    (row,) = centre_rows([centre])
    assert row.inspection == latest
    assert row.latest_submission == submission
    assert row.info.status == SarStatus.SIGNED_OFF


def _rows_in_each_state():
    now = timezone.now()
    late_centre = CentreFactory(name="Beta")
    overdue_centre = CentreFactory(name="alpha")
    quiet_centre = CentreFactory(name="Gamma")
    InspectionFactory(centre=overdue_centre, announced_at=now, due_at=now - dt.timedelta(hours=1))
    InspectionFactory(centre=late_centre, announced_at=now, due_at=now + dt.timedelta(days=2))
    return centre_rows([late_centre, overdue_centre, quiet_centre], now=now)


def test_rows_sort_by_centre_name_ignoring_case():
    rows = _rows_in_each_state()
    assert [r.centre.name for r in sort_rows(rows, "centre")] == ["alpha", "Beta", "Gamma"]
    assert [r.centre.name for r in sort_rows(rows, "centre", True)] == ["Gamma", "Beta", "alpha"]


def test_rows_sort_by_due_time_with_centres_without_a_deadline_last():
    rows = _rows_in_each_state()
    assert [r.centre.name for r in sort_rows(rows, "due")] == ["alpha", "Beta", "Gamma"]
    assert [r.centre.name for r in sort_rows(rows, "due", True)] == ["Beta", "alpha", "Gamma"]


def test_rows_sort_by_status_with_the_most_urgent_first():
    rows = _rows_in_each_state()
    assert [r.info.status for r in sort_rows(rows, "status")] == [
        SarStatus.OVERDUE,
        SarStatus.NOT_STARTED,
        SarStatus.NOT_STARTED,
    ]
    assert sort_rows(rows, "status", True)[-1].info.status == SarStatus.OVERDUE


def test_a_submission_without_a_deadline_counts_as_on_time(centre, complete_sar, manager):
    services.sign_off(complete_sar, manager)
    submission = services.submit(complete_sar, manager)
    assert submission.inspection is None
    assert Submission.objects.count() == 1
    (row,) = centre_rows([centre])
    assert row.info.status == SarStatus.SIGNED_OFF
    assert row.latest_submission == submission


def test_a_complete_sar_for_another_centre_does_not_change_this_centres_status(
    inspection, other_centre, sar
):
    other = services.get_or_create_sar(other_centre)
    write_complete_sar(other, member(other_centre))
    assert status_of(inspection).status == SarStatus.NOT_STARTED
