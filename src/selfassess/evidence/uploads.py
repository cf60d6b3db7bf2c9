"""Check an uploaded evidence file: its size, and its type judged by content, never by name.

Binary formats are recognised by their signature (the `filetype` library); Office and
OpenDocument files are then opened as the zip packages they are, to refuse macros.
CSV and plain text have no signature, so a file named .csv or .txt must be strict UTF-8
text with no NUL bytes and no markup.
"""

import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile

TYPE_MESSAGE = (
    "The selected file must be a PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, "
    "PNG or JPEG file"
)
EMPTY_MESSAGE = "The selected file is empty"
ENCODING_MESSAGE = "The selected CSV or text file must be saved with UTF-8 encoding"
ACCEPT = ".pdf,.docx,.xlsx,.pptx,.odt,.ods,.csv,.txt,.png,.jpg,.jpeg"

_HEAD_BYTES = 8192
_MAX_PACKAGE_PART = 1024 * 1024  # the largest [Content_Types].xml or mimetype we will read
_MARKUP = re.compile(
    rb"<\s*(?:!doctype|html|head|body|script|svg|iframe|object|embed|\?xml)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class FileKind:
    """A type of file the library accepts."""

    mime: str
    extensions: tuple[str, ...]  # the first is the one we give a file that lacks it


PDF = FileKind("application/pdf", (".pdf",))
PNG = FileKind("image/png", (".png",))
JPEG = FileKind("image/jpeg", (".jpg", ".jpeg"))
DOCX = FileKind(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (".docx",)
)
XLSX = FileKind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (".xlsx",))
PPTX = FileKind(
    "application/vnd.openxmlformats-officedocument.presentationml.presentation", (".pptx",)
)
ODT = FileKind("application/vnd.oasis.opendocument.text", (".odt",))
ODS = FileKind("application/vnd.oasis.opendocument.spreadsheet", (".ods",))
CSV = FileKind("text/csv", (".csv",))
TEXT = FileKind("text/plain", (".txt",))

_BY_SIGNATURE = {kind.mime: kind for kind in (PDF, PNG, JPEG)}
_ZIP_MIMES = {"application/zip", DOCX.mime, XLSX.mime, PPTX.mime, ODT.mime, ODS.mime}
# The content type of each Office format's main part, as [Content_Types].xml declares it.
_OOXML_MAIN = {
    DOCX: b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    XLSX: b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    PPTX: b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
}
# Macros (VBA, Excel 4 macro sheets) and ActiveX controls, in names or content types.
_OOXML_ACTIVE = (b"macro", b"vbaproject", b"activex")
_ODF_BY_MIMETYPE = {ODT.mime.encode(): ODT, ODS.mime.encode(): ODS}
_TEXT_BY_SUFFIX = {".csv": CSV, ".txt": TEXT}


@dataclass(frozen=True)
class CheckedUpload:
    """An upload that passed every check, with the names to store and show it under."""

    kind: FileKind
    file_name: str  # the user's name, made safe, shown and used for downloads
    size: int

    @property
    def storage_name(self) -> str:
        """Return a neutral name whose suffix matches the content (the path is random)."""
        return f"evidence{self.kind.extensions[0]}"


def human_size(size: int) -> str:
    """Return a size as GOV.UK writes it: '10MB', '500KB', '20 bytes'."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            value = size / factor
            return f"{value:.0f}{unit}" if value == int(value) else f"{value:.1f}{unit}"
    return f"{size} bytes"


def size_message() -> str:
    """Return the error for a file over the limit."""
    return f"The selected file must be smaller than {human_size(max_upload_bytes())}"


def max_upload_bytes() -> int:
    """Return the largest file the library accepts, in bytes."""
    return int(settings.EVIDENCE_MAX_UPLOAD_BYTES)


def clean_file_name(name: str, *, max_length: int = 255) -> str:
    """Return a file name safe to keep and show: no folders, no control characters."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    # Control characters, and invisible format characters such as right-to-left overrides
    # that make "cod.exe" look like "exe.doc".
    name = "".join(ch for ch in name if unicodedata.category(ch) not in {"Cc", "Cf", "Cs"})
    name = " ".join(name.split()).rstrip(" .")
    if name.startswith("."):
        # A hidden name (".hidden.pdf") loses its dots; a bare extension (".pdf") is no name.
        name = name.lstrip(". ")
        if "." not in name:
            name = ""
    if len(name) > max_length:
        stem, dot, suffix = name.rpartition(".")
        if dot and stem and len(suffix) <= 10:
            name = stem[: max_length - len(suffix) - 1].rstrip(" .") + "." + suffix
        else:
            name = name[:max_length]
    return name


def _display_name(original: str, kind: FileKind) -> str:
    """Return the cleaned name, with the right extension added if it has another one."""
    name = clean_file_name(original) or "evidence"
    if PurePosixPath(name).suffix.lower() not in kind.extensions:
        name = clean_file_name(name, max_length=255 - len(kind.extensions[0]))
        name += kind.extensions[0]
    return name


def _read_all(upload: UploadedFile) -> bytes:
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    return data


def _zip_kind(upload: UploadedFile) -> FileKind | None:
    """Return the Office or OpenDocument format of a zip package, or None if it is not one."""
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as package:
            infos = package.infolist()
            names = {info.filename for info in infos}
            lowered = " ".join(names).lower().encode()
            if "[Content_Types].xml" in names:
                info = package.getinfo("[Content_Types].xml")
                if info.file_size > _MAX_PACKAGE_PART:
                    return None
                types = package.read(info).lower()
                if any(word in types or word in lowered for word in _OOXML_ACTIVE):
                    return None
                for kind, main in _OOXML_MAIN.items():
                    if main in types:
                        return kind
                return None
            if infos and infos[0].filename == "mimetype":
                if infos[0].file_size > _MAX_PACKAGE_PART:
                    return None
                kind = _ODF_BY_MIMETYPE.get(package.read(infos[0]).strip())
                # OpenDocument keeps macros in Basic/ and scripts in Scripts/.
                if kind and not any(n.startswith(("Basic/", "Scripts/")) for n in names):
                    return kind
            return None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, KeyError):
        return None
    finally:
        upload.seek(0)


def _text_kind(upload: UploadedFile, suffix: str) -> FileKind:
    """Return CSV or text for a strict UTF-8 text file named .csv or .txt; refuse anything else."""
    kind = _TEXT_BY_SUFFIX.get(suffix)
    if kind is None:
        raise ValidationError(TYPE_MESSAGE, code="file_type")
    data = _read_all(upload)
    if b"\x00" in data or _MARKUP.search(data):
        raise ValidationError(TYPE_MESSAGE, code="file_type")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(ENCODING_MESSAGE, code="encoding") from None
    # Other control characters (bar tab and line ends) mean this is not really text.
    if any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f" for ch in text):
        raise ValidationError(TYPE_MESSAGE, code="file_type")
    return kind


def detect_kind(upload: UploadedFile) -> FileKind:
    """Return the accepted format of the file's content, or raise ValidationError."""
    upload.seek(0)
    head = upload.read(_HEAD_BYTES)
    upload.seek(0)
    guess = filetype.guess(bytes(head))
    if guess is not None and guess.mime in _BY_SIGNATURE:
        return _BY_SIGNATURE[guess.mime]
    if guess is not None and guess.mime in _ZIP_MIMES:
        kind = _zip_kind(upload)
        if kind is None:
            raise ValidationError(TYPE_MESSAGE, code="file_type")
        return kind
    if guess is not None:
        # Recognised, and not something we accept: executables, archives, other media.
        raise ValidationError(TYPE_MESSAGE, code="file_type")
    suffix = PurePosixPath(clean_file_name(upload.name or "")).suffix.lower()
    return _text_kind(upload, suffix)


def check_upload(upload: UploadedFile) -> CheckedUpload:
    """Check an uploaded file's size and content; raise ValidationError with a GOV.UK message."""
    size = upload.size or 0
    if size == 0:
        raise ValidationError(EMPTY_MESSAGE, code="empty")
    if size > max_upload_bytes():
        raise ValidationError(size_message(), code="too_big")
    kind = detect_kind(upload)
    return CheckedUpload(kind=kind, file_name=_display_name(upload.name or "", kind), size=size)
