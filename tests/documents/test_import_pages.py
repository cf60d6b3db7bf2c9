"""The upload page: upload, see what went where, place unplaced text, confirm; who may."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from selfassess.reports import services
from selfassess.reports.models import Priority, Revision
from selfassess.reports.structure import SectionKey
from tests.documents.test_import_builders import (
    DOCX_TYPE,
    LEADERSHIP,
    RESPECT,
    VISION,
    Builder,
    headings_sar,
)

pytestmark = pytest.mark.django_db


def upload_url(sar):
    return reverse("documents:import_upload", args=[sar.pk])


def word(data: bytes, name: str = "our-sar.docx"):
    return SimpleUploadedFile(name, data, content_type=DOCX_TYPE)


def upload(client, sar, data: bytes):
    return client.post(upload_url(sar), {"file": word(data)})


@pytest.fixture
def messy() -> bytes:
    """A SAR with a cover note and tests run together: two things for the user to place."""
    b = Builder().para("Cover note from the SMT.")
    b.heading("Vision").para(VISION).heading("Leadership").para(LEADERSHIP)
    b.heading("Healthy establishment tests").para(RESPECT)
    return b.bytes()


def test_the_task_list_links_to_the_upload_page_for_people_who_can_edit(
    client_for, sar, leader, contributor
):
    page = client_for(leader).get(reverse("reports:sar", args=[sar.pk])).content.decode()
    assert "Start from your existing Word SAR" in page
    page = client_for(contributor).get(reverse("reports:sar", args=[sar.pk])).content.decode()
    assert "Start from your existing Word SAR" not in page


def test_the_whole_journey_places_text_and_saves(client_for, sar, leader, messy):
    client = client_for(leader)
    page = client.get(upload_url(sar))
    assert page.status_code == 200
    assert "Start from your existing Word SAR" in page.content.decode()
    response = upload(client, sar, messy)
    assert response.status_code == 302
    preview_url = response.url
    page = client.get(preview_url).content.decode()
    assert "Check what was found in “our-sar.docx”" in page
    assert VISION in page and LEADERSHIP in page
    assert "Cover note from the SMT." in page
    assert "not split by test" in page
    # Nothing saved yet.
    assert sar.sections.get(key=SectionKey.VISION).body == ""
    # Submitting without choosing is an error, said plainly.
    page = client.post(preview_url, {}).content.decode()
    assert "There is a problem" in page
    assert "Select where this text goes, or discard it" in page
    response = client.post(preview_url, {"item_0": "test:respect", "item_1": "discard"})
    assert response.status_code == 302
    confirm_url = response.url
    page = client.get(confirm_url).content.decode()
    assert "Check before you import" in page
    assert "1 placed, 1 discarded" in page
    response = client.post(confirm_url)
    assert response.status_code == 302
    assert response.url == reverse("reports:sar", args=[sar.pk])
    assert sar.sections.get(key=SectionKey.VISION).body == VISION
    assert sar.test_parts.get(test="respect").body == RESPECT
    assert "Cover note" not in sar.sections.get(key=SectionKey.LEADERSHIP).body
    assert Revision.objects.filter(sar=sar, author=leader).exists()
    page = client.get(response.url).content.decode()
    assert "Imported “our-sar.docx”" in page
    # The kept upload is gone once saved.
    assert client.get(confirm_url).status_code == 302


def test_replacing_content_needs_the_box_ticked(client_for, sar, manager):
    services.save_section(
        sar.sections.get(key=SectionKey.VISION), manager, None, fields={"body": "Old."}
    )
    client = client_for(manager)
    preview_url = upload(client, sar, headings_sar().bytes()).url
    confirm_url = client.post(preview_url, {}).url
    page = client.post(confirm_url, {}).content.decode()
    assert "Confirm that the imported text should replace the SAR&#39;s content" in page or (
        "Confirm that the imported text should replace the SAR's content" in page
    )
    assert sar.sections.get(key=SectionKey.VISION).body == "Old."
    client.post(confirm_url, {"replace": "on"})
    assert sar.sections.get(key=SectionKey.VISION).body == VISION
    assert Priority.objects.filter(sar=sar).count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7", "The selected file is a PDF"),
        (b"", "The selected file is empty"),
        (b"not a word file at all", "The selected file must be a Word document (.docx)"),
    ],
)
def test_a_bad_file_is_refused_on_the_page_with_a_gov_uk_error(
    client_for, sar, manager, data, message
):
    response = upload(client_for(manager), sar, data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert message in page
    assert page.count(message) >= 2  # in the summary and by the field


def test_no_file_chosen_says_so(client_for, sar, manager):
    page = client_for(manager).post(upload_url(sar), {}).content.decode()
    assert "Select a Word document" in page


def test_a_file_over_the_limit_is_refused(client_for, sar, manager, settings):
    settings.EVIDENCE_MAX_UPLOAD_BYTES = 2048
    page = upload(client_for(manager), sar, headings_sar().bytes()).content.decode()
    assert "The selected file must be smaller than 2KB" in page


def test_a_made_up_token_is_not_found_in_the_session(client_for, sar, manager):
    response = client_for(manager).get(f"/sars/{sar.pk}/import/..%2F..%2Fetc%2Fpasswd/")
    assert response.status_code in (302, 404)
    response = client_for(manager).get(reverse("documents:import_preview", args=[sar.pk, "abc"]))
    assert response.status_code == 302
    assert response.url == upload_url(sar)


def test_an_upload_for_one_sar_cannot_be_confirmed_on_another(client_for, centre, sar, manager):
    from selfassess.accounts.models import Membership, Role
    from tests.factories import CentreFactory

    second_centre = CentreFactory()
    Membership.objects.create(user=manager, centre=second_centre, role=Role.MANAGER)
    second = services.get_or_create_sar(second_centre)
    client = client_for(manager)
    token = upload(client, sar, headings_sar().bytes()).url.rstrip("/").rsplit("/", 1)[-1]
    response = client.post(reverse("documents:import_confirm", args=[second.pk, token]))
    assert response.status_code == 302
    assert second.sections.get(key=SectionKey.VISION).body == ""


@pytest.mark.parametrize("who", ["manager", "leader"])
def test_the_centre_manager_and_leaders_may_import(client_for, sar, who, request):
    user = request.getfixturevalue(who)
    assert client_for(user).get(upload_url(sar)).status_code == 200


def test_a_contributor_may_not(client_for, sar, contributor):
    client = client_for(contributor)
    assert client.get(upload_url(sar)).status_code == 403
    assert upload(client, sar, headings_sar().bytes()).status_code == 403


def test_another_centres_manager_gets_not_found(client_for, sar, outsider):
    assert client_for(outsider).get(upload_url(sar)).status_code == 404
    url = reverse("documents:import_confirm", args=[sar.pk, "anything"])
    assert client_for(outsider).post(url).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, sar):
    response = client.get(upload_url(sar))
    assert response.status_code == 302
    assert "login" in response.url or "sign-in" in response.url
