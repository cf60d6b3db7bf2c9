"""Sign-off is bound to the exact content; submission freezes a snapshot and tells HMIP."""

import datetime as dt

from django.core import mail
from django.utils import timezone

from selfassess.audit.models import Action, AuditEvent
from selfassess.reports import content as sar_content
from selfassess.reports import services
from selfassess.reports.models import Priority, Section, SignOff, Submission
from selfassess.reports.structure import SectionKey
from tests.factories import InspectionFactory
from tests.reports.conftest import write_complete_sar


def current_hash(sar):
    return services.sign_off_state(sar_content.load(sar)).content_hash


def sign_off(client, sar, seen_hash=None):
    seen_hash = current_hash(sar) if seen_hash is None else seen_hash
    return client.post(f"/sars/{sar.pk}/sign-off/", {"confirm": "on", "content_hash": seen_hash})


def test_sign_off_is_refused_if_the_report_changed_while_the_manager_checked_it(
    client_for, complete_sar, manager, leader
):
    seen = current_hash(complete_sar)
    page = client_for(manager).get(f"/sars/{complete_sar.pk}/sign-off/").content.decode()
    assert f'name="content_hash" value="{seen}"' in page
    vision = Section.objects.get(sar=complete_sar, key=SectionKey.VISION)
    client_for(leader).post(
        f"/sars/{complete_sar.pk}/sections/vision/",
        {"body": "Changed meanwhile.", "base_version": vision.lock_version, "completed": "yes"},
    )
    response = sign_off(client_for(manager), complete_sar, seen_hash=seen)
    assert response.status_code == 302
    assert not SignOff.objects.exists()
    assert (
        "changed while you were checking it"
        in client_for(manager).get(response.url).content.decode()
    )


def test_sign_off_is_refused_listing_each_reason_with_a_link(client_for, sar, manager):
    write_complete_sar(sar, manager, leadership_words=800)
    priority = Priority.objects.get(sar=sar)
    Priority.objects.filter(pk=priority.pk).update(delivering="")
    page = client_for(manager).get(f"/sars/{sar.pk}/sign-off/").content.decode()
    assert "You cannot sign off the report yet" in page
    assert "Leadership is 50 words over its limit of 750 words" in page
    assert f'href="/sars/{sar.pk}/sections/leadership/"' in page
    assert "Priority 1: answer how you are delivering it" in page
    assert f'href="/sars/{sar.pk}/priorities/{priority.pk}/"' in page
    response = sign_off(client_for(manager), sar)
    assert response.status_code == 302
    assert not SignOff.objects.exists()


def test_only_the_centre_manager_signs_off(client_for, complete_sar, leader):
    assert sign_off(client_for(leader), complete_sar).status_code == 403
    assert not SignOff.objects.exists()


def test_the_manager_must_confirm_the_declaration(client_for, complete_sar, manager):
    response = client_for(manager).post(f"/sars/{complete_sar.pk}/sign-off/", {})
    assert response.status_code == 200
    assert "Confirm that you own the content of this SAR" in response.content.decode()
    assert not SignOff.objects.exists()


def test_an_edit_after_sign_off_withdraws_it(client_for, complete_sar, manager, leader):
    client = client_for(manager)
    assert sign_off(client, complete_sar).status_code == 302
    assert AuditEvent.objects.filter(action=Action.SIGN_OFF, actor=manager).exists()
    state = services.sign_off_state(sar_content.load(complete_sar))
    assert state.current is not None
    section = Section.objects.get(sar=complete_sar, key=SectionKey.VISION)
    client_for(leader).post(
        f"/sars/{complete_sar.pk}/sections/vision/",
        {"body": "A changed vision.", "base_version": section.lock_version, "completed": "yes"},
    )
    state = services.sign_off_state(sar_content.load(complete_sar))
    assert state.current is None
    assert state.withdrawn is not None
    page = client_for(manager).get(f"/sars/{complete_sar.pk}/").content.decode()
    assert "That sign-off has been withdrawn" in page
    response = client_for(manager).post(f"/sars/{complete_sar.pk}/submit/")
    assert not Submission.objects.exists()
    assert "must sign off this version first" in client.get(response.url).content.decode()


def test_marking_a_section_complete_does_not_withdraw_sign_off(client_for, complete_sar, manager):
    client = client_for(manager)
    sign_off(client, complete_sar)
    client.post(f"/sars/{complete_sar.pk}/sections/priorities/complete/", {"completed": "yes"})
    assert services.sign_off_state(sar_content.load(complete_sar)).current is not None


def test_submission_on_time_freezes_a_snapshot_and_emails_the_coordinator(
    client_for, complete_sar, manager, hmip_coordinator, django_capture_on_commit_callbacks
):
    InspectionFactory(
        centre=complete_sar.centre, announced_at=timezone.now() - dt.timedelta(days=1)
    )
    client = client_for(manager)
    sign_off(client, complete_sar)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/sars/{complete_sar.pk}/submit/")
    submission = Submission.objects.get()
    assert response.status_code == 302
    assert submission.version == 1
    assert not submission.is_late
    assert submission.snapshot["sections"]["vision"]["text"] == "A safe, decent centre."
    page = client.get(response.url).content.decode()
    assert "Report submitted" in page and "on time" in page
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [hmip_coordinator.email]
    assert "on time" in mail.outbox[0].body
    assert AuditEvent.objects.filter(action=Action.SUBMIT).exists()


def test_a_late_submission_is_accepted_and_shows_how_late(client_for, complete_sar, manager):
    announced = timezone.now() - dt.timedelta(days=4, hours=2)
    InspectionFactory(centre=complete_sar.centre, announced_at=announced)
    client = client_for(manager)
    assert "Overdue by 1 day 2 hours" in client.get(f"/sars/{complete_sar.pk}/").content.decode()
    sign_off(client, complete_sar)
    response = client.post(f"/sars/{complete_sar.pk}/submit/")
    submission = Submission.objects.get()
    assert submission.is_late
    assert "late by 1 day 2 hours" in client.get(response.url).content.decode()


def test_edits_after_submission_make_a_new_version_and_the_old_stays_readable(
    client_for, complete_sar, manager, hmip_coordinator
):
    client = client_for(manager)
    sign_off(client, complete_sar)
    client.post(f"/sars/{complete_sar.pk}/submit/")
    first = Submission.objects.get()
    vision = Section.objects.get(sar=complete_sar, key=SectionKey.VISION)
    client.post(
        f"/sars/{complete_sar.pk}/sections/vision/",
        {"body": "Version two vision.", "base_version": vision.lock_version, "completed": "yes"},
    )
    assert "Version 2 (draft)" in client.get(f"/sars/{complete_sar.pk}/").content.decode()
    sign_off(client, complete_sar)
    client.post(f"/sars/{complete_sar.pk}/submit/")
    assert list(Submission.objects.values_list("version", flat=True)) == [2, 1]
    coordinator_page = client_for(hmip_coordinator).get(f"/submissions/{first.pk}/")
    assert coordinator_page.status_code == 200
    assert "A safe, decent centre." in coordinator_page.content.decode()
    assert "Version two vision." not in coordinator_page.content.decode()


def test_the_same_version_cannot_be_submitted_twice(client_for, complete_sar, manager):
    client = client_for(manager)
    sign_off(client, complete_sar)
    client.post(f"/sars/{complete_sar.pk}/submit/")
    client.post(f"/sars/{complete_sar.pk}/submit/")
    assert Submission.objects.count() == 1


def test_a_snapshot_cannot_be_changed(complete_sar, manager):
    services.sign_off(complete_sar, manager)
    submission = services.submit(complete_sar, manager)
    submission.snapshot = {}
    try:
        submission.save()
    except ValueError:
        pass
    else:
        raise AssertionError("a submitted snapshot was changed")


def test_who_may_read_a_snapshot(
    client_for,
    complete_sar,
    manager,
    contributor,
    outsider,
    hmip_coordinator,
    hmip_inspector,
    client,
):
    inspection = InspectionFactory(centre=complete_sar.centre)
    services.sign_off(complete_sar, manager)
    submission = services.submit(complete_sar, manager)
    url = f"/submissions/{submission.pk}/"
    assert client_for(contributor).get(url).status_code == 200
    assert client_for(hmip_coordinator).get(url).status_code == 200
    assert client_for(outsider).get(url).status_code == 404
    assert client_for(hmip_inspector).get(url).status_code == 404
    inspection.inspectors.add(hmip_inspector)
    assert client_for(hmip_inspector).get(url).status_code == 200
    client.logout()
    assert client.get(url).status_code == 302
