"""Checking the uploaded file as a .docx zip package, within safety limits, before it is opened."""

from __future__ import annotations

import io
import re
import zipfile

from selfassess.documents.docx_import.errors import (
    DAMAGED,
    EMPTY_FILE,
    ENCRYPTED,
    ENTITIES,
    IS_DOC,
    IS_ODT,
    IS_PDF,
    MACROS,
    NOT_DOCX,
    TEMPLATE,
    TOO_LARGE_UNPACKED,
    DocxImportError,
)

# --- Limits -------------------------------------------------------------------------------
# A real SAR is well under 1MB of XML. These limits are generous for Word files full of
# images and refuse archives built to exhaust memory when they are unpacked.
MAX_ZIP_ENTRIES = 1000
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024  # the whole package, unpacked
MAX_XML_PART_BYTES = 20 * 1024 * 1024  # any one XML part we (or python-docx) parse
MAX_COMPRESSION_RATIO = 100  # unpacked / packed, for any part over RATIO_FLOOR_BYTES
RATIO_FLOOR_BYTES = 1024 * 1024

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)", re.IGNORECASE)


def _xml_bytes_for_scan(raw: bytes) -> bytes:
    """Return an XML part as UTF-8 for scanning, whatever encoding it declares."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or raw[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        for codec in ("utf-16", "utf-16-le", "utf-16-be"):
            try:
                return raw.decode(codec).encode("utf-8")
            except UnicodeDecodeError:
                continue
    return raw


def check_package(data: bytes, max_bytes: int | None = None) -> None:
    """Refuse anything but a plain, safe .docx; raise DocxImportError saying why.

    Everything here reads the zip's central directory or parts we have sized first, so
    nothing is unpacked beyond the limits before python-docx opens the file.
    """
    if not data:
        raise DocxImportError(EMPTY_FILE)
    if max_bytes is not None and len(data) > max_bytes:
        raise DocxImportError(f"The selected file must be smaller than {_human_size(max_bytes)}")
    if data.startswith(_OLE_SIGNATURE):
        # Word keeps a password-protected .docx as an OLE compound file holding the
        # encrypted package; an older .doc is an OLE file too.
        if "EncryptedPackage".encode("utf-16-le") in data or b"EncryptionInfo" in data:
            raise DocxImportError(ENCRYPTED)
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise DocxImportError(ENCRYPTED)
        raise DocxImportError(IS_DOC)
    if data.startswith(b"%PDF"):
        raise DocxImportError(IS_PDF)
    if not data.startswith(_ZIP_SIGNATURES):
        raise DocxImportError(NOT_DOCX)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            _check_sizes(infos)
            names = {info.filename for info in infos}
            if infos and infos[0].filename == "mimetype" and "[Content_Types].xml" not in names:
                raise DocxImportError(IS_ODT)
            if "[Content_Types].xml" not in names:
                raise DocxImportError(NOT_DOCX)
            lowered = [name.lower() for name in names]
            if any("vbaproject" in n or "vbadata" in n or "activex" in n for n in lowered):
                raise DocxImportError(MACROS)
            types = package.read("[Content_Types].xml")
            if _DECLARATION.search(_xml_bytes_for_scan(types)):
                raise DocxImportError(ENTITIES)
            lowered_types = types.lower()
            if b"macroenabled" in lowered_types or b"vbaproject" in lowered_types:
                raise DocxImportError(MACROS)
            if b"wordprocessingml.template.main+xml" in lowered_types:
                raise DocxImportError(TEMPLATE)
            if b"wordprocessingml.document.main+xml" not in lowered_types:
                raise DocxImportError(NOT_DOCX)
            for info in infos:
                if info.filename.lower().endswith((".xml", ".rels", ".vml")):
                    if _DECLARATION.search(_xml_bytes_for_scan(package.read(info))):
                        raise DocxImportError(ENTITIES)
    except DocxImportError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, KeyError):
        raise DocxImportError(DAMAGED) from None
    except NotImplementedError:  # a compression method zipfile does not know
        raise DocxImportError(DAMAGED) from None


def _check_sizes(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a zip bomb from the sizes its directory declares.

    zipfile never unpacks more than an entry's declared size (a lie fails the CRC check),
    so checking the declared sizes bounds what any later read can cost.
    """
    if len(infos) > MAX_ZIP_ENTRIES:
        raise DocxImportError(TOO_LARGE_UNPACKED)
    total = 0
    for info in infos:
        total += info.file_size
        if total > MAX_UNCOMPRESSED_BYTES:
            raise DocxImportError(TOO_LARGE_UNPACKED)
        is_xml = info.filename.lower().endswith((".xml", ".rels", ".vml"))
        if is_xml and info.file_size > MAX_XML_PART_BYTES:
            raise DocxImportError(TOO_LARGE_UNPACKED)
        if info.file_size > RATIO_FLOOR_BYTES:
            if info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
                raise DocxImportError(TOO_LARGE_UNPACKED)


def _human_size(size: int) -> str:
    """Return a size as GOV.UK writes it: '10MB', '500KB'."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            value = size / factor
            return f"{value:.0f}{unit}" if value == int(value) else f"{value:.1f}{unit}"
    return f"{size} bytes"
