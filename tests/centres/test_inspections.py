"""An inspection's page, assigning inspectors to it, and the inspectors' inbox."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from selfassess.audit.models import Action, AuditEvent
from selfassess.reports import services
from tests.factories import CentreFactory, InspectionFactory, inspector

pytestmark = pytest.mark.django_db


def page(inspection):
    return reverse("centres:inspection", args=[inspection.pk])


def assign_url(inspection):
    return reverse("centres:inspectors", args=[inspection.pk])


INBOX = reverse("centres:inbox")


# --- The inspection page --------------------------------------------------------------


def test_the_coordinator_sees_the_inspection_with_its_deadline_and_status(
    client_for, hmip_coordinator, hmip_inspector, inspection
):
    response = client_for(hmip_coordinator).get(page(inspection))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Brookfield House IRC" in html
    assert "Due in 2 days 22 hours" in html
    assert "Not started" in html
    assert "No SAR has been submitted for this inspection yet" in html
    assert "Inspectors assigned to this inspection" in html
    assert "Ian Inspector" in html


def test_the_coordinator_is_told_when_there_are_no_inspectors_to_assign(
    client_for, hmip_coordinator, inspection
):
    html = client_for(hmip_coordinator).get(page(inspection)).content.decode()
    assert "There are no inspectors in this service yet" in html


def test_the_inspection_lists_its_submissions_on_time_and_late(
    client_for, hmip_coordinator, inspection, complete_sar, manager, leader
):
    services.sign_off(complete_sar, manager)
    first = services.submit(complete_sar, manager)
    section = complete_sar.sections.get(key="vision")
    services.save_section(section, leader, None, fields={"body": "A revised vision."})
    services.sign_off(complete_sar, manager)
    second = services.submit(
        complete_sar, manager, now=inspection.due_at + dt.timedelta(days=1, hours=2)
    )
    html = client_for(hmip_coordinator).get(page(inspection)).content.decode()
    assert reverse("reports:submission", args=[first.pk]) in html
    assert reverse("reports:submission", args=[second.pk]) in html
    assert "Version 1" in html and "Version 2" in html
    assert "Morgan Manager" in html
    assert "On time" in html
    assert "Late by 1 day 2 hours" in html
    assert "Submitted on time" in html  # the first submission decides the status


def test_an_assigned_inspector_sees_the_inspection_but_cannot_assign(
    client_for, hmip_inspector, inspection
):
    inspection.inspectors.add(hmip_inspector)
    response = client_for(hmip_inspector).get(page(inspection))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ian Inspector" in html
    assert "Save inspectors" not in html


def test_an_inspector_not_assigned_gets_not_found(client_for, hmip_inspector, inspection):
    assert client_for(hmip_inspector).get(page(inspection)).status_code == 404


@pytest.mark.parametrize("person", ["manager", "leader", "contributor"])
def test_members_of_the_centre_see_their_own_inspection_and_its_deadline(
    client_for, person, request, inspection
):
    response = client_for(request.getfixturevalue(person)).get(page(inspection))
    assert response.status_code == 200
    assert inspection.due_at.astimezone(timezone.get_current_timezone()).strftime("%B") in (
        response.content.decode()
    )
    assert "Save inspectors" not in response.content.decode()


def test_a_member_of_another_centre_gets_not_found(client_for, outsider, inspection):
    assert client_for(outsider).get(page(inspection)).status_code == 404


def test_someone_signed_out_is_asked_to_sign_in_for_an_inspection(client, inspection):
    response = client.get(page(inspection))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_an_inspection_that_does_not_exist_is_not_found(client_for, hmip_coordinator):
    assert client_for(hmip_coordinator).get("/inspections/999999/").status_code == 404


def test_a_working_days_inspection_names_the_bank_holidays_it_skipped(
    client_for, hmip_coordinator, centre
):
    uk = timezone.get_current_timezone()
    inspection = InspectionFactory(
        centre=centre,
        announced_at=dt.datetime(2026, 8, 28, 10, tzinfo=uk),
        due_at=dt.datetime(2026, 9, 3, 10, tzinfo=uk),
        working_days=True,
    )
    html = client_for(hmip_coordinator).get(page(inspection)).content.decode()
    assert "Counted in working days" in html
    assert "Late Summer Bank Holiday (31 August 2026)" in html


# --- Assigning inspectors --------------------------------------------------------------


def test_the_coordinator_assigns_inspectors_and_the_change_is_audited(
    client_for, hmip_coordinator, hmip_inspector, inspection
):
    second = inspector(full_name="Ines Inspector")
    client = client_for(hmip_coordinator)
    html = client.get(page(inspection)).content.decode()
    assert "Ian Inspector" in html and "Ines Inspector" in html
    response = client.post(assign_url(inspection), {"inspectors": [hmip_inspector.pk, second.pk]})
    assert response.status_code == 302
    assert response.url == page(inspection)
    assert set(inspection.inspectors.all()) == {hmip_inspector, second}
    event = AuditEvent.objects.get(action=Action.PERMISSION)
    assert event.actor == hmip_coordinator
    assert event.centre == inspection.centre
    assert "Ian Inspector, Ines Inspector" in event.description
    html = client.get(page(inspection)).content.decode()
    assert f'value="{hmip_inspector.pk}" checked' in html


def test_unassigning_every_inspector_is_audited_too(
    client_for, hmip_coordinator, hmip_inspector, inspection
):
    inspection.inspectors.add(hmip_inspector)
    client_for(hmip_coordinator).post(assign_url(inspection), {})
    assert not inspection.inspectors.exists()
    assert "no one" in AuditEvent.objects.get(action=Action.PERMISSION).description


def test_saving_the_same_inspectors_again_records_nothing(
    client_for, hmip_coordinator, hmip_inspector, inspection
):
    inspection.inspectors.add(hmip_inspector)
    client_for(hmip_coordinator).post(assign_url(inspection), {"inspectors": [hmip_inspector.pk]})
    assert not AuditEvent.objects.filter(action=Action.PERMISSION).exists()


def test_only_inspectors_can_be_assigned(client_for, hmip_coordinator, manager, inspection):
    response = client_for(hmip_coordinator).post(
        assign_url(inspection), {"inspectors": [manager.pk]}
    )
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert not inspection.inspectors.exists()


@pytest.mark.parametrize("person", ["hmip_inspector", "manager", "outsider"])
def test_no_one_but_the_coordinator_can_assign_inspectors(
    client_for, person, request, inspection, hmip_inspector
):
    user = request.getfixturevalue(person)
    inspection.inspectors.add(hmip_inspector)
    response = client_for(user).post(assign_url(inspection), {"inspectors": [hmip_inspector.pk]})
    assert response.status_code == 404


def test_someone_signed_out_cannot_assign_inspectors(client, inspection, hmip_inspector):
    client.post(assign_url(inspection), {"inspectors": [hmip_inspector.pk]})
    assert not inspection.inspectors.exists()


# --- The inbox -----------------------------------------------------------------------


def test_an_inspector_sees_the_inspections_assigned_newest_deadline_first(
    client_for, hmip_inspector, centre, other_centre, complete_sar, manager
):
    now = timezone.now()
    older = InspectionFactory(
        centre=other_centre,
        announced_at=now - dt.timedelta(days=10),
        due_at=now - dt.timedelta(days=7),
    )
    newer = InspectionFactory(centre=centre, announced_at=now, due_at=now + dt.timedelta(days=3))
    unassigned = InspectionFactory(centre=CentreFactory(name="Colnbrook IRC"))
    older.inspectors.add(hmip_inspector)
    newer.inspectors.add(hmip_inspector)
    services.sign_off(complete_sar, manager)
    submission = services.submit(complete_sar, manager)

    html = client_for(hmip_inspector).get(INBOX).content.decode()
    assert html.index("Brookfield House IRC") < html.index("Ashdown IRC")
    assert html.count(f'href="{reverse("centres:inspection", args=[newer.pk])}"') == 1
    assert reverse("centres:inspection", args=[older.pk]) in html
    assert reverse("centres:inspection", args=[unassigned.pk]) not in html
    assert "Colnbrook IRC" not in html
    assert reverse("reports:submission", args=[submission.pk]) in html
    assert "Submitted on time" in html
    assert "Overdue" in html


def test_an_inspector_with_no_inspections_is_told_so(client_for, hmip_inspector, inspection):
    html = client_for(hmip_inspector).get(INBOX).content.decode()
    assert "You are not assigned to any inspection yet" in html


def test_the_coordinator_sees_every_inspection_in_the_inbox(
    client_for, hmip_coordinator, inspection, other_inspection
):
    html = client_for(hmip_coordinator).get(INBOX).content.decode()
    assert "Brookfield House IRC" in html and "Ashdown IRC" in html


@pytest.mark.parametrize("person", ["manager", "leader", "contributor", "outsider"])
def test_centre_staff_have_no_inbox(client_for, person, request):
    assert client_for(request.getfixturevalue(person)).get(INBOX).status_code == 404


def test_someone_signed_out_is_asked_to_sign_in_for_the_inbox(client):
    response = client.get(INBOX)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))
