"""A download is an attachment under the original name, never sniffed, and audited."""

from django.urls import reverse

from selfassess.audit.models import Action, AuditEvent
from tests.evidence import files


def test_it_sends_the_file_as_an_attachment_under_its_original_name(
    client_for, contributor, item_with_file
):
    response = client_for(contributor).get(reverse("evidence:download", args=[item_with_file.pk]))
    assert response["Content-Disposition"] == 'attachment; filename="Use of force review.pdf"'
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "private" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == files.PDF


def test_it_serves_text_as_utf8_text(client_for, leader, sar, form_data):
    client = client_for(leader)
    upload = files.upload("Incidents.csv", files.CSV)
    client.post(reverse("evidence:add", args=[sar.pk]), {**form_data, "file": upload})
    item = sar.centre.evidence_items.get()
    response = client.get(reverse("evidence:download", args=[item.pk]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="Incidents.csv"'
    assert response["X-Content-Type-Options"] == "nosniff"


def test_it_never_trusts_an_unknown_stored_type(client_for, leader, item_with_file):
    item_with_file.file_type = "text/html"
    item_with_file.save()
    response = client_for(leader).get(reverse("evidence:download", args=[item_with_file.pk]))
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")


def test_it_records_each_download_in_the_audit_log(client_for, contributor, item_with_file):
    client_for(contributor).get(reverse("evidence:download", args=[item_with_file.pk]))
    event = AuditEvent.objects.get(action=Action.DOWNLOAD)
    assert event.actor == contributor
    assert event.centre == item_with_file.centre
    assert "Use of force review.pdf" in event.description


def test_a_refused_download_is_not_audited(client_for, outsider, item_with_file):
    client_for(outsider).get(reverse("evidence:download", args=[item_with_file.pk]))
    assert not AuditEvent.objects.filter(action=Action.DOWNLOAD).exists()


def test_a_file_missing_from_storage_is_not_found(client_for, leader, item_with_file):
    item_with_file.file.storage.delete(item_with_file.file.name)
    response = client_for(leader).get(reverse("evidence:download", args=[item_with_file.pk]))
    assert response.status_code == 404
