"""Uploading files of the accepted types: stored privately, under a random name."""

import hashlib
from pathlib import Path

import pytest
from django.urls import reverse

from selfassess.audit.models import Action, AuditEvent
from selfassess.evidence.models import EvidenceItem
from tests.evidence import files


def _add(client, sar, form_data, upload=None):
    data = {**form_data, "file": upload} if upload is not None else form_data
    return client.post(reverse("evidence:add", args=[sar.pk]), data)


@pytest.mark.parametrize(
    ("name", "content", "file_type"),
    [
        ("Use of force review.pdf", files.PDF, "application/pdf"),
        ("Wing plan.png", files.png(), "image/png"),
        ("Incidents by month.csv", files.CSV, "text/csv"),
        (
            "Action plan.docx",
            files.docx(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
    ],
)
def test_it_stores_a_real_file_of_an_accepted_type(
    client_for, contributor, sar, form_data, settings, name, content, file_type
):
    response = _add(client_for(contributor), sar, form_data, files.upload(name, content))
    assert response.status_code == 302
    item = EvidenceItem.objects.get()
    assert item.file_name == name
    assert item.file_type == file_type
    assert item.file_size == len(content)
    assert item.file.name.startswith(f"evidence/{sar.centre_id}/")
    assert Path(item.file.name).stem != Path(name).stem
    assert item.file.read() == content


def test_it_judges_the_type_by_content_and_not_by_what_the_browser_claims(
    client_for, leader, sar, form_data
):
    upload = files.upload("scan.pdf", files.PDF, content_type="text/html")
    _add(client_for(leader), sar, form_data, upload)
    assert EvidenceItem.objects.get().file_type == "application/pdf"


def test_it_gives_a_file_the_extension_its_content_has(client_for, leader, sar, form_data):
    _add(client_for(leader), sar, form_data, files.upload("chart.pdf", files.png()))
    item = EvidenceItem.objects.get()
    assert item.file_type == "image/png"
    assert item.file_name == "chart.pdf.png"
    assert item.file.name.endswith(".png")


def test_it_records_the_upload_in_the_audit_log(client_for, leader, sar, form_data):
    _add(client_for(leader), sar, form_data, files.upload("review.pdf", files.PDF))
    event = AuditEvent.objects.get(action=Action.UPLOAD)
    assert event.actor == leader
    assert event.centre == sar.centre
    assert "review.pdf" in event.description


def test_evidence_without_a_file_is_fine_and_not_audited_as_an_upload(
    client_for, leader, sar, form_data
):
    assert _add(client_for(leader), sar, form_data).status_code == 302
    item = EvidenceItem.objects.get()
    assert not item.file
    assert item.file_name == ""
    assert not AuditEvent.objects.filter(action=Action.UPLOAD).exists()


def test_it_keeps_what_was_typed(client_for, leader, sar, form_data):
    _add(client_for(leader), sar, form_data, files.upload("review.pdf", files.PDF))
    item = EvidenceItem.objects.get()
    assert item.title == "Detainee survey 2026"
    assert item.kind == "detainee_survey"
    assert item.source_group == "detainees"
    assert item.date.isoformat() == "2026-03-14"
    assert item.summary.startswith("78% of detainees")


def test_it_checks_a_large_file_streamed_to_a_temporary_file(
    client_for, leader, sar, form_data, settings
):
    noise = b"".join(hashlib.sha256(n.to_bytes(4, "big")).digest() for n in range(100_000))
    big = files.docx(extra=[("word/media/image1.bin", noise)])
    assert len(big) > settings.FILE_UPLOAD_MAX_MEMORY_SIZE
    response = _add(client_for(leader), sar, form_data, files.upload("Big plan.docx", big))
    assert response.status_code == 302
    item = EvidenceItem.objects.get()
    assert item.file_type.endswith("wordprocessingml.document")
    assert item.file_size == len(big)
