"""A file of the wrong type, too big or empty is refused, and nothing typed is lost."""

from html import escape

import pytest
from django.urls import reverse

from selfassess.evidence.models import EvidenceItem
from tests.evidence import files

TYPE_ERROR = (
    "The selected file must be a PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, "
    "PNG or JPEG file"
)


def _refused(client, sar, form_data, upload):
    response = client.post(reverse("evidence:add", args=[sar.pk]), {**form_data, "file": upload})
    assert response.status_code == 200
    assert not EvidenceItem.objects.exists()
    page = response.content.decode()
    # The error summary, linked to the file input, and the <title> starting "Error: ".
    assert "govuk-error-summary" in page
    assert 'href="#id_file"' in page
    assert "<title>Error: " in page
    # Everything else the person typed is still there.
    assert 'value="Detainee survey 2026"' in page
    assert escape("78% of detainees said they felt safe", quote=False) in page
    assert 'value="detainee_survey" checked' in page
    assert 'value="detainees" checked' in page
    assert 'value="14"' in page and 'value="2026"' in page
    return page


def test_it_refuses_an_html_page_renamed_pdf(client_for, leader, sar, form_data):
    page = _refused(client_for(leader), sar, form_data, files.upload("report.pdf", files.HTML))
    assert TYPE_ERROR in page


def test_it_refuses_an_html_page_renamed_txt(client_for, leader, sar, form_data):
    page = _refused(client_for(leader), sar, form_data, files.upload("notes.txt", files.HTML))
    assert TYPE_ERROR in page


def test_it_refuses_an_svg_image(client_for, leader, sar, form_data):
    page = _refused(client_for(leader), sar, form_data, files.upload("chart.svg", files.SVG))
    assert TYPE_ERROR in page


def test_it_refuses_an_executable(client_for, leader, sar, form_data):
    page = _refused(client_for(leader), sar, form_data, files.upload("setup.exe", files.EXE))
    assert TYPE_ERROR in page


def test_it_refuses_an_executable_renamed_pdf(client_for, leader, sar, form_data):
    page = _refused(client_for(leader), sar, form_data, files.upload("report.pdf", files.EXE))
    assert TYPE_ERROR in page


@pytest.mark.parametrize("name", ["Action plan.docm", "Action plan.docx"])
def test_it_refuses_a_macro_enabled_word_document(client_for, leader, sar, form_data, name):
    page = _refused(client_for(leader), sar, form_data, files.upload(name, files.docm()))
    assert TYPE_ERROR in page


def test_it_refuses_a_file_over_the_limit(client_for, leader, sar, form_data, settings):
    settings.EVIDENCE_MAX_UPLOAD_BYTES = 100
    upload = files.upload("big.pdf", files.PDF + b"%" * 100)
    page = _refused(client_for(leader), sar, form_data, upload)
    assert "The selected file must be smaller than 100 bytes" in page


def test_it_says_the_limit_in_megabytes(client_for, leader, sar, form_data, settings):
    settings.EVIDENCE_MAX_UPLOAD_BYTES = 10 * 1024 * 1024
    upload = files.upload("big.pdf", files.PDF + b"%" * (10 * 1024 * 1024))
    page = _refused(client_for(leader), sar, form_data, upload)
    assert "The selected file must be smaller than 10MB" in page


def test_it_refuses_an_empty_file(client_for, leader, sar, form_data):
    page = _refused(client_for(leader), sar, form_data, files.upload("empty.pdf", b""))
    assert "The selected file is empty" in page


def test_a_refused_file_on_edit_keeps_the_old_file(client_for, leader, item_with_file, form_data):
    url = reverse("evidence:edit", args=[item_with_file.pk])
    response = client_for(leader).post(
        url, {**form_data, "file": files.upload("x.pdf", files.HTML)}
    )
    assert response.status_code == 200
    assert TYPE_ERROR in response.content.decode()
    item_with_file.refresh_from_db()
    assert item_with_file.title == "Use of force review"
    assert item_with_file.file.read() == files.PDF
