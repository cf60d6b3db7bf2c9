"""Editing evidence: the file stays unless replaced or removed; old files do not linger."""

from django.core.files.storage import default_storage
from django.urls import reverse

from selfassess.audit.models import Action, AuditEvent
from tests.evidence import files


def test_the_form_shows_what_is_saved(client_for, leader, item_with_file):
    page = (
        client_for(leader).get(reverse("evidence:edit", args=[item_with_file.pk])).content.decode()
    )
    assert 'value="Use of force review"' in page
    assert 'value="30"' in page and 'value="9"' in page and 'value="2026"' in page
    assert "Use of force review.pdf" in page


def test_saving_without_a_new_file_keeps_the_old_one(client_for, leader, item_with_file, form_data):
    stored = item_with_file.file.name
    client_for(leader).post(reverse("evidence:edit", args=[item_with_file.pk]), form_data)
    item_with_file.refresh_from_db()
    assert item_with_file.title == "Detainee survey 2026"
    assert item_with_file.file.name == stored
    assert item_with_file.file_name == "Use of force review.pdf"


def test_a_new_file_replaces_the_old_one(
    client_for, leader, item_with_file, form_data, django_capture_on_commit_callbacks
):
    old = item_with_file.file.name
    url = reverse("evidence:edit", args=[item_with_file.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client_for(leader).post(url, {**form_data, "file": files.upload("Plan.png", files.png())})
    item_with_file.refresh_from_db()
    assert item_with_file.file_name == "Plan.png"
    assert item_with_file.file_type == "image/png"
    assert item_with_file.file.read() == files.png()
    assert not default_storage.exists(old)
    assert AuditEvent.objects.filter(action=Action.UPLOAD).count() == 1


def test_the_file_can_be_removed(
    client_for, leader, item_with_file, form_data, django_capture_on_commit_callbacks
):
    old = item_with_file.file.name
    url = reverse("evidence:edit", args=[item_with_file.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client_for(leader).post(url, {**form_data, "remove_file": "remove"})
    item_with_file.refresh_from_db()
    assert not item_with_file.file
    assert item_with_file.file_name == ""
    assert item_with_file.file_size is None
    assert not default_storage.exists(old)
    assert AuditEvent.objects.filter(action=Action.DELETE).count() == 1


def test_a_missing_answer_is_explained_and_nothing_is_saved(client_for, leader, item, form_data):
    response = client_for(leader).post(
        reverse("evidence:edit", args=[item.pk]),
        {**form_data, "summary": "", "kind": "", "date-month": "13"},
    )
    page = response.content.decode()
    assert "<title>Error: " in page
    assert "Enter what the evidence shows" in page
    assert "Select what kind of evidence this is" in page
    assert 'href="#id_kind"' in page
    assert "The date of the evidence must be a real date" in page
    assert 'value="13"' in page
    item.refresh_from_db()
    assert item.title == "Safety survey 2026"


def test_a_date_in_the_future_is_refused(client_for, leader, item, form_data):
    response = client_for(leader).post(
        reverse("evidence:edit", args=[item.pk]), {**form_data, "date-year": "2999"}
    )
    assert "The date of the evidence must be a real date" in response.content.decode()
    response = client_for(leader).post(
        reverse("evidence:edit", args=[item.pk]), {**form_data, "date-year": "2099"}
    )
    assert "must be today or in the past" in response.content.decode()
