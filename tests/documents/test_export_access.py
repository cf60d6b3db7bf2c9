"""Downloading a SAR: who may, what they get, and the audit record it leaves."""

import pytest
from django.urls import reverse

from selfassess.audit.models import Action, AuditEvent
from selfassess.reports import services
from tests.factories import InspectionFactory
from tests.reports.conftest import write_complete_sar

FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "md": "text/markdown; charset=utf-8",
    "json": "application/json",
}


def draft_url(sar, fmt="json"):
    return reverse("documents:export_draft", args=[sar.pk, fmt])


@pytest.fixture
def submission(sar, manager, hmip_inspector):
    inspection = InspectionFactory(centre=sar.centre)
    inspection.inspectors.add(hmip_inspector)
    write_complete_sar(sar, manager)
    services.sign_off(sar, manager)
    return services.submit(sar, manager)


def submission_url(submission, fmt="json"):
    return reverse("documents:export_submission", args=[submission.pk, fmt])


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_member_downloads_the_draft_in_each_format(client_for, leader, sar, fmt):
    response = client_for(leader).get(draft_url(sar, fmt))
    assert response.status_code == 200
    assert response["Content-Type"] == FORMATS[fmt]
    assert response["Content-Disposition"] == (
        f'attachment; filename="brookfield-house-irc-sar-v1-draft.{fmt}"'
    )


def test_a_contributor_may_download_too(client_for, contributor, sar):
    assert client_for(contributor).get(draft_url(sar)).status_code == 200


def test_someone_from_another_centre_gets_not_found(client_for, outsider, sar):
    assert client_for(outsider).get(draft_url(sar)).status_code == 404


def test_an_hmip_user_cannot_download_a_draft(client_for, hmip_coordinator, sar):
    assert client_for(hmip_coordinator).get(draft_url(sar)).status_code == 404


def test_anonymous_users_are_sent_to_log_in(client, sar):
    response = client.get(draft_url(sar))
    assert response.status_code == 302
    assert "/login" in response["Location"]


def test_an_unknown_format_is_not_found(client_for, leader, sar):
    assert client_for(leader).get(draft_url(sar, "exe")).status_code == 404


def test_every_download_is_audited(client_for, leader, sar):
    client_for(leader).get(draft_url(sar, "pdf"))
    event = AuditEvent.objects.get(action=Action.EXPORT)
    assert event.actor == leader
    assert event.centre == sar.centre
    assert "draft version 1" in event.description
    assert "as PDF" in event.description


def test_the_inspector_assigned_downloads_the_submitted_version(
    client_for, hmip_inspector, submission
):
    response = client_for(hmip_inspector).get(submission_url(submission, "docx"))
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="brookfield-house-irc-sar-v1.docx"'
    )
    assert AuditEvent.objects.filter(action=Action.EXPORT, actor=hmip_inspector).exists()


def test_the_coordinator_downloads_the_submitted_version(client_for, hmip_coordinator, submission):
    assert client_for(hmip_coordinator).get(submission_url(submission)).status_code == 200


def test_an_inspector_not_assigned_gets_not_found(client_for, submission):
    from tests.factories import inspector

    other = inspector(full_name="Una Unassigned")
    assert client_for(other).get(submission_url(submission)).status_code == 404


def test_another_centre_cannot_download_a_submitted_version(client_for, outsider, submission):
    assert client_for(outsider).get(submission_url(submission)).status_code == 404


def test_the_task_list_links_to_each_download(client_for, leader, sar):
    page = client_for(leader).get(reverse("reports:sar", args=[sar.pk])).content.decode()
    assert "Download version 1" in page
    for fmt in FORMATS:
        assert f'href="{draft_url(sar, fmt)}"' in page


def test_the_submission_page_links_to_each_download(client_for, manager, submission):
    page = client_for(manager).get(submission.get_absolute_url()).content.decode()
    assert "Download this version" in page
    for fmt in FORMATS:
        assert f'href="{submission_url(submission, fmt)}"' in page
