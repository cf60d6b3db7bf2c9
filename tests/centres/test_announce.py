"""Announcing an inspection: the form, checking the deadline, and confirming it."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from selfassess.audit.models import Action, AuditEvent
from selfassess.centres.models import Inspection
from selfassess.centres.services import parse_time
from tests.factories import CentreFactory

pytestmark = pytest.mark.django_db
URL = reverse("centres:announce")
UK = ZoneInfo("Europe/London")


def answers(centre, day=dt.date(2026, 8, 28), clock="10am", **extra):
    return {
        "centre": str(centre.pk),
        "announced_on-day": str(day.day),
        "announced_on-month": str(day.month),
        "announced_on-year": str(day.year),
        "announced_time": clock,
        **extra,
    }


def test_the_form_offers_every_centre_and_defaults_to_now(client_for, hmip_coordinator, centre):
    response = client_for(hmip_coordinator).get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Brookfield House IRC" in html
    now = timezone.localtime()
    assert f'name="announced_on-year" type="text" value="{now.year}"' in html
    assert 'name="announced_time"' in html


def test_the_check_page_shows_the_computed_due_time_before_anything_is_saved(
    client_for, hmip_coordinator, centre
):
    response = client_for(hmip_coordinator).post(URL, answers(centre))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Check the inspection before you announce it" in html
    assert "28 August 2026 at 10am" in html
    assert "31 August 2026 at 10am" in html  # three calendar days later
    assert "Confirm and announce" in html
    assert not Inspection.objects.exists()
    assert not mail.outbox


def test_in_working_days_the_check_page_names_the_bank_holiday_skipped(
    client_for, hmip_coordinator, centre, settings
):
    settings.SAR_DEADLINE_WORKING_DAYS = True
    html = client_for(hmip_coordinator).post(URL, answers(centre)).content.decode()
    assert "3 September 2026 at 10am" in html
    assert "Late Summer Bank Holiday, 31 August 2026" in html


def test_in_working_days_a_scottish_centre_works_on_31_august(
    client_for, hmip_coordinator, settings
):
    settings.SAR_DEADLINE_WORKING_DAYS = True
    scottish = CentreFactory(name="Dungavel House IRC", nation="scotland")
    html = client_for(hmip_coordinator).post(URL, answers(scottish)).content.decode()
    assert "2 September 2026 at 10am" in html
    assert "No bank holidays fall in this time" in html


def test_confirming_records_the_inspection_audits_it_and_emails_the_manager(
    client_for, hmip_coordinator, centre, manager, leader, settings
):
    settings.SAR_DEADLINE_WORKING_DAYS = True
    client = client_for(hmip_coordinator)
    check = client.post(URL, answers(centre))
    assert check.status_code == 200
    response = client.post(URL, answers(centre, clock="10:00", confirm="yes"))
    inspection = Inspection.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("centres:inspection", args=[inspection.pk])
    assert inspection.centre == centre
    assert inspection.announced_at == dt.datetime(2026, 8, 28, 10, tzinfo=UK)
    assert inspection.due_at == dt.datetime(2026, 9, 3, 10, tzinfo=UK)
    assert inspection.working_days is True
    assert inspection.announced_by == hmip_coordinator

    event = AuditEvent.objects.get(action=Action.ANNOUNCE)
    assert event.actor == hmip_coordinator
    assert event.centre == centre
    assert "3 September 2026 at 10am" in event.description

    (message,) = mail.outbox
    assert message.to == [manager.email]
    assert leader.email not in message.to
    assert "3 September 2026 at 10am" in message.subject
    assert "Brookfield House IRC" in message.body
    assert reverse("reports:for_centre", args=[centre.slug]) in message.body

    html = client.get(response.url).content.decode()
    assert "Inspection of Brookfield House IRC announced" in html
    assert "The centre manager has been told by e-mail" in html


def test_confirming_twice_records_the_inspection_once(
    client_for, hmip_coordinator, centre, manager
):
    client = client_for(hmip_coordinator)
    client.post(URL, answers(centre, confirm="yes"))
    client.post(URL, answers(centre, confirm="yes"))
    assert Inspection.objects.count() == 1
    assert len(mail.outbox) == 1


def test_calendar_days_are_stored_as_such(client_for, hmip_coordinator, centre):
    client_for(hmip_coordinator).post(URL, answers(centre, confirm="yes"))
    inspection = Inspection.objects.get()
    assert inspection.working_days is False
    assert inspection.due_at == dt.datetime(2026, 8, 31, 10, tzinfo=UK)


def test_change_goes_back_to_the_form_with_the_answers_kept(client_for, hmip_coordinator, centre):
    response = client_for(hmip_coordinator).post(URL, answers(centre, change="yes"))
    html = response.content.decode()
    assert "Announce an inspection</h1>" in html
    assert 'value="10am"' in html
    assert not Inspection.objects.exists()


def test_missing_answers_are_shown_in_an_error_summary(client_for, hmip_coordinator, centre):
    response = client_for(hmip_coordinator).post(
        URL, {"announced_on-day": "28", "announced_on-month": "", "announced_on-year": "2026"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: " in html
    assert "There is a problem" in html
    assert "Choose the centre to be inspected" in html
    assert "must include a month" in html
    assert "Enter the time the inspection was announced" in html
    assert not Inspection.objects.exists()


def test_a_time_that_is_not_a_time_is_refused(client_for, hmip_coordinator, centre):
    html = client_for(hmip_coordinator).post(URL, answers(centre, clock="25:99")).content.decode()
    assert "as a time such as 10:00 or 10am" in html


def test_an_announcement_in_the_future_is_refused(client_for, hmip_coordinator, centre):
    later = timezone.localdate() + dt.timedelta(days=2)
    html = client_for(hmip_coordinator).post(URL, answers(centre, day=later)).content.decode()
    assert "must be in the past" in html
    assert not Inspection.objects.exists()


def test_an_announcement_without_a_centre_manager_sends_no_email(
    client_for, hmip_coordinator, centre
):
    response = client_for(hmip_coordinator).post(URL, answers(centre, confirm="yes"), follow=True)
    assert Inspection.objects.count() == 1
    assert not mail.outbox
    assert "No e-mail was sent" in response.content.decode()


def test_an_inspector_cannot_announce(client_for, hmip_inspector, centre):
    client = client_for(hmip_inspector)
    assert client.get(URL).status_code == 404
    assert client.post(URL, answers(centre, confirm="yes")).status_code == 404
    assert not Inspection.objects.exists()


@pytest.mark.parametrize("person", ["manager", "leader", "contributor", "outsider"])
def test_centre_staff_cannot_announce(client_for, person, request, centre):
    client = client_for(request.getfixturevalue(person))
    assert client.get(URL).status_code == 404
    assert client.post(URL, answers(centre, confirm="yes")).status_code == 404
    assert not Inspection.objects.exists()


def test_someone_signed_out_cannot_announce(client, centre):
    response = client.post(URL, answers(centre, confirm="yes"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))
    assert not Inspection.objects.exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:00", dt.time(10, 0)),
        ("10am", dt.time(10, 0)),
        ("10 AM", dt.time(10, 0)),
        ("2:30pm", dt.time(14, 30)),
        ("3.15 p.m.", dt.time(15, 15)),
        ("14:30", dt.time(14, 30)),
        ("12am", dt.time(0, 0)),
        ("12pm", dt.time(12, 0)),
        ("midday", dt.time(12, 0)),
        ("midnight", dt.time(0, 0)),
    ],
)
def test_times_are_read_as_people_write_them(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["", "10", "25:00", "10:60", "13pm", "0am", "teatime"])
def test_what_is_not_a_clear_time_is_not_read(text):
    assert parse_time(text) is None
