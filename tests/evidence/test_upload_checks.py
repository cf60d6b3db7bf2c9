"""The upload checks judge a file by what is in it, whatever it is called."""

import pytest
from django.core.exceptions import ValidationError

from selfassess.evidence import uploads
from tests.evidence import files


def _kind(name, content):
    return uploads.check_upload(files.upload(name, content)).kind


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("a.pdf", files.PDF, uploads.PDF),
        ("a.png", files.png(), uploads.PNG),
        ("a.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64, uploads.JPEG),
        ("a.docx", files.docx(), uploads.DOCX),
        ("a.xlsx", files.xlsx(), uploads.XLSX),
        ("a.odt", files.odf("application/vnd.oasis.opendocument.text"), uploads.ODT),
        ("a.ods", files.odf("application/vnd.oasis.opendocument.spreadsheet"), uploads.ODS),
        ("a.csv", files.CSV, uploads.CSV),
        ("a.txt", "Notes from the detainee forum – 3 May\n".encode(), uploads.TEXT),
        ("a.csv", b"\xef\xbb\xbfmonth,count\nJan,1\n", uploads.CSV),
    ],
)
def test_it_accepts_each_supported_format(name, content, kind):
    assert _kind(name, content) == kind


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", files.HTML),
        ("page.html", files.HTML),
        ("chart.svg", files.SVG),
        ("chart.txt", files.SVG),
        ("setup.exe", files.EXE),
        ("setup.txt", files.EXE),
        ("macros.docm", files.docm()),
        ("sneaky.docx", files.docx_with_hidden_vba()),
        ("archive.zip", files._zip([("readme.txt", b"hello")])),
        ("archive.docx", files._zip([("readme.txt", b"hello")])),
        ("broken.docx", b"PK\x03\x04" + b"\x00" * 100),
        (
            "macros.odt",
            files.odf("application/vnd.oasis.opendocument.text", macro=True),
        ),
        ("nul.csv", b"month,count\x00\nJan,1\n"),
        ("bell.txt", b"ring \x07 ring"),
        ("image.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
        ("no-extension", b"just some text"),
        ("data.json", b'{"a": 1}'),
    ],
)
def test_it_refuses_anything_else(name, content):
    with pytest.raises(ValidationError) as refused:
        _kind(name, content)
    assert refused.value.messages == [uploads.TYPE_MESSAGE]


def test_it_asks_for_utf8_text():
    with pytest.raises(ValidationError) as refused:
        _kind("survey.csv", "Café,3\n".encode("cp1252"))
    assert refused.value.messages == [uploads.ENCODING_MESSAGE]


def test_it_refuses_an_empty_file():
    with pytest.raises(ValidationError) as refused:
        _kind("empty.csv", b"")
    assert refused.value.messages == ["The selected file is empty"]


def test_it_refuses_a_file_one_byte_over_the_limit(settings):
    settings.EVIDENCE_MAX_UPLOAD_BYTES = len(files.PDF)
    assert _kind("exact.pdf", files.PDF) == uploads.PDF
    with pytest.raises(ValidationError) as refused:
        _kind("over.pdf", files.PDF + b"\n")
    assert refused.value.messages == [
        f"The selected file must be smaller than {len(files.PDF)} bytes"
    ]


@pytest.mark.parametrize(
    ("size", "text"),
    [(10 * 1024 * 1024, "10MB"), (512 * 1024, "512KB"), (1536 * 1024, "1.5MB"), (20, "20 bytes")],
)
def test_it_writes_sizes_the_govuk_way(size, text):
    assert uploads.human_size(size) == text
