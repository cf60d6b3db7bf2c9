"""Bytes of small but real files, built in memory, for upload tests."""

import io
import struct
import zipfile
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile

PDF = (
    b"%PDF-1.4\n"
    b"1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
    b"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]>> endobj\n"
    b"trailer <</Root 1 0 R>>\n"
    b"%%EOF\n"
)
CSV = "month,self-harm incidents\nJanuary,4\nFebruary,3\nMärz,2\n".encode()
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200


def png() -> bytes:
    """Return a valid 1×1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _zip(parts: list[tuple[str, bytes]], *, stored_first: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for index, (name, data) in enumerate(parts):
            method = zipfile.ZIP_STORED if stored_first and index == 0 else zipfile.ZIP_DEFLATED
            package.writestr(name, data, compress_type=method)
    return buffer.getvalue()


def _content_types(main: str, extra: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{main}"/>'
        f"{extra}</Types>"
    ).encode()


RELS = (
    b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'relationships"><Relationship Id="rId1" Target="word/document.xml" Type="officeDocument"/>'
    b"</Relationships>"
)
WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
WORD_MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"


def docx(extra: list[tuple[str, bytes]] | None = None) -> bytes:
    """Return a minimal Word document package, with any extra parts given."""
    return _zip(
        [
            ("[Content_Types].xml", _content_types(WORD_MAIN)),
            ("_rels/.rels", RELS),
            ("word/document.xml", b"<w:document/>"),
            *(extra or []),
        ]
    )


def docm() -> bytes:
    """Return a minimal macro-enabled Word document package."""
    return _zip(
        [
            (
                "[Content_Types].xml",
                _content_types(
                    WORD_MACRO_MAIN,
                    '<Override PartName="/word/vbaProject.bin" '
                    'ContentType="application/vnd.ms-office.vbaProject"/>',
                ),
            ),
            ("_rels/.rels", RELS),
            ("word/document.xml", b"<w:document/>"),
            ("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 Attribute VB_Name = AutoOpen"),
        ]
    )


def docx_with_hidden_vba() -> bytes:
    """Return a package that says it is a plain Word document but carries a VBA project."""
    return _zip(
        [
            ("[Content_Types].xml", _content_types(WORD_MAIN)),
            ("_rels/.rels", RELS),
            ("word/document.xml", b"<w:document/>"),
            ("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 Attribute VB_Name = AutoOpen"),
        ]
    )


def xlsx() -> bytes:
    """Return a minimal Excel workbook package."""
    main = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    return _zip(
        [
            ("[Content_Types].xml", _content_types(main).replace(b"/word/document", b"/xl/book")),
            ("_rels/.rels", RELS),
            ("xl/workbook.xml", b"<workbook/>"),
        ]
    )


def odf(mimetype: str, *, macro: bool = False) -> bytes:
    """Return a minimal OpenDocument package of the given type."""
    parts = [
        ("mimetype", mimetype.encode()),
        ("content.xml", b"<office:document-content/>"),
        ("META-INF/manifest.xml", b"<manifest:manifest/>"),
    ]
    if macro:
        parts.append(("Basic/Standard/Module1.xml", b"<script:module/>"))
    return _zip(parts, stored_first=True)


def upload(name: str, content: bytes, content_type: str = "application/octet-stream"):
    """Return a file as a browser would send it (the type it claims is not trusted)."""
    return SimpleUploadedFile(name, content, content_type=content_type)
