"""The name a person's file had is kept only as text, cleaned; it never reaches the disk."""

from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from selfassess.evidence.models import EvidenceItem
from selfassess.evidence.uploads import clean_file_name
from tests.evidence import files


def test_a_path_traversal_name_never_reaches_disk_as_given(
    client_for, leader, sar, form_data, tmp_path
):
    upload = files.upload("../../etc/passwd.pdf", files.PDF)
    response = client_for(leader).post(
        reverse("evidence:add", args=[sar.pk]), {**form_data, "file": upload}
    )
    assert response.status_code == 302
    item = EvidenceItem.objects.get()
    assert item.file_name == "passwd.pdf"
    assert ".." not in item.file.name
    assert "passwd" not in item.file.name
    stored = Path(default_storage.path(item.file.name)).resolve()
    root = Path(default_storage.location).resolve()
    assert stored.is_relative_to(root / "evidence" / str(sar.centre_id))
    assert not (tmp_path / "etc").exists()
    assert not (root.parent / "etc").exists()
    assert [p.name for p in root.rglob("*passwd*")] == []


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("..\\..\\Windows\\system32\\report.pdf", "report.pdf"),
        ("C:\\Users\\lee\\Desktop\\Survey results.csv", "Survey results.csv"),
        ("report\x00.pdf", "report.pdf"),
        ("line\nbreak\r.txt", "linebreak.txt"),
        ("invoice\u202egpj.exe", "invoicegpj.exe"),
        ("  .hidden.pdf  ", "hidden.pdf"),
        ("..", ""),
        ("", ""),
    ],
)
def test_it_cleans_a_file_name(given, kept):
    assert clean_file_name(given) == kept


def test_it_shortens_a_long_name_but_keeps_its_extension():
    cleaned = clean_file_name("a" * 400 + ".xlsx")
    assert len(cleaned) == 255
    assert cleaned.endswith(".xlsx")


def test_a_file_with_no_usable_name_gets_a_plain_one(client_for, leader, sar, form_data):
    upload = files.upload("\x01\x02.pdf", files.PDF)
    client_for(leader).post(reverse("evidence:add", args=[sar.pk]), {**form_data, "file": upload})
    assert EvidenceItem.objects.get().file_name == "evidence.pdf"
