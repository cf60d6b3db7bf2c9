"""Import: hostile and broken files are refused with a clear message, before Word XML is read."""

import io
import zipfile

import pytest

from selfassess.documents import docx_import, importing
from selfassess.documents.docx_import import DocxImportError, parse_docx
from tests.documents.test_import_builders import VISION, Builder, part, rewrite


@pytest.fixture
def good() -> bytes:
    return Builder().heading("Vision").para(VISION).bytes()


def refused(data: bytes, **kwargs) -> str:
    with pytest.raises(DocxImportError) as error:
        parse_docx(data, **kwargs)
    return str(error.value)


def test_an_empty_file_is_refused():
    assert refused(b"") == "The selected file is empty"


def test_a_pdf_is_refused_with_what_to_do():
    assert "is a PDF" in refused(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")


def test_random_bytes_are_refused():
    assert refused(bytes(range(256)) * 10) == "The selected file must be a Word document (.docx)"


def test_an_old_doc_file_is_refused_with_how_to_convert_it():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "WordDocument".encode("utf-16-le")
    assert "older Word document (.doc)" in refused(ole)


def test_a_password_protected_file_is_refused():
    ole = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 500
        + "EncryptionInfo".encode("utf-16-le")
        + "EncryptedPackage".encode("utf-16-le")
    )
    assert "protected with a password" in refused(ole)


def test_a_zip_that_is_not_a_word_document_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("notes.txt", "hello")
    assert refused(buffer.getvalue()) == "The selected file must be a Word document (.docx)"


def test_an_opendocument_file_is_refused_with_how_to_convert_it():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", "<office:document-content/>")
    assert "OpenDocument" in refused(buffer.getvalue())


def test_a_macro_enabled_docm_is_refused(good):
    types = part(good, "[Content_Types].xml").replace(
        b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml"
    )
    docm = rewrite(good, {"[Content_Types].xml": types}, add={"word/vbaProject.bin": b"\x00" * 64})
    assert "contains macros" in refused(docm)


def test_a_docx_with_a_hidden_vba_project_is_refused(good):
    assert "contains macros" in refused(rewrite(good, add={"word/vbaProject.bin": b"x"}))


def test_a_word_template_is_refused(good):
    types = part(good, "[Content_Types].xml").replace(
        b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml"
    )
    assert "Word template" in refused(rewrite(good, {"[Content_Types].xml": types}))


def test_a_zip_bomb_is_refused_from_its_compression_ratio_before_word_opens_it(good, monkeypatch):
    bomb = rewrite(good, add={"word/media/image1.png": b"\x00" * (8 * 1024 * 1024)})
    monkeypatch.setattr(docx_import.parse.docx, "Document", lambda *a, **k: pytest.fail("opened"))
    assert "expands to far more" in refused(bomb)


def test_a_package_that_expands_past_the_total_limit_is_refused(good, monkeypatch):
    monkeypatch.setattr(docx_import.package, "MAX_UNCOMPRESSED_BYTES", 20_000)
    assert "expands to far more" in refused(good)


def test_too_many_parts_are_refused(good):
    many = rewrite(
        good, add={f"word/media/{i}.bin": b"" for i in range(docx_import.MAX_ZIP_ENTRIES)}
    )
    assert "expands to far more" in refused(many)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
)


def test_entity_declarations_in_the_document_are_refused(good):
    xml = part(good, "word/document.xml")
    body = xml.split(b"?>", 1)[1]
    hostile = BILLION_LAUGHS + body.replace(VISION.encode(), b"&lol2;")
    assert "XML declarations" in refused(rewrite(good, {"word/document.xml": hostile}))


def test_an_external_entity_in_a_relationships_part_is_refused(good):
    rels = part(good, "_rels/.rels")
    hostile = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + rels.split(b"?>", 1)[1]
    )
    assert "XML declarations" in refused(rewrite(good, {"_rels/.rels": hostile}))


def test_an_entity_declaration_hidden_in_utf16_is_refused(good):
    xml = part(good, "word/styles.xml").split(b"?>", 1)[1].decode("utf-8")
    hostile = (
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE s [<!ENTITY a "b">]>' + xml
    ).encode("utf-16")
    assert "XML declarations" in refused(rewrite(good, {"word/styles.xml": hostile}))


def test_a_document_with_no_text_is_refused():
    assert "has no text" in refused(Builder().para("   ").bytes())


def test_a_damaged_file_is_refused(good):
    assert "could not be read" in refused(good[: len(good) // 2])


def test_a_package_missing_its_document_is_refused(good):
    assert "may be damaged" in refused(rewrite(good, {"word/document.xml": None}))


def test_a_file_over_the_upload_limit_is_refused(good, settings):
    settings.EVIDENCE_MAX_UPLOAD_BYTES = 1024
    with pytest.raises(DocxImportError, match="must be smaller than 1KB"):
        importing.read_upload(good)
