"""Read a SAR written in Word (.docx) into the SAR's structure: bytes in, data out, no Django.

`parse_docx` first checks the file as the zip package it should be (size, zip bomb,
macros, password protection, XML entity declarations) before python-docx ever opens it,
then walks the document body in order, paragraphs and tables (nested ones too), and maps
what it finds onto the five sections. It reads the layout `documents/docx_export.py`
writes (docs/word-layout.md) field for field, and the many other shapes centres use:
the template's table, headings and paragraphs, numbered or bold headings, priorities as
blocks or tables, key concerns as a table or a numbered list.

Text it cannot place is never dropped: it is returned in `unplaced`, for the user to
assign or discard.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no types

# The four tests' names live with the review; the importer's users read them from here too.
from selfassess.review.results import TEST_TITLES as TEST_TITLES

# --- Limits -------------------------------------------------------------------------------
# A real SAR is well under 1MB of XML. These limits are generous for Word files full of
# images and refuse archives built to exhaust memory when they are unpacked.
MAX_ZIP_ENTRIES = 1000
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024  # the whole package, unpacked
MAX_XML_PART_BYTES = 20 * 1024 * 1024  # any one XML part we (or python-docx) parse
MAX_COMPRESSION_RATIO = 100  # unpacked / packed, for any part over RATIO_FLOOR_BYTES
RATIO_FLOOR_BYTES = 1024 * 1024
MAX_PRIORITIES = 6
MAX_REFERENCE_LENGTH = 20  # KeyConcern.reference
TARGET_LIMITS = {"measure": 300, "baseline": 100, "target": 100, "owner": 150}

TESTS = ("safety", "respect", "activities", "preparation")
PRIORITY_FIELDS = ("what", "how_known", "delivering", "success")
RATINGS = {4: "Good", 3: "Reasonably good", 2: "Not sufficiently good", 1: "Poor"}
JUDGEMENTS = {
    "good": "Good progress",
    "reasonable": "Reasonable progress",
    "insufficient": "Insufficient progress",
    "none": "No meaningful progress",
}
KINDS = {"priority": "Priority concern", "key": "Key concern", "recommendation": "Recommendation"}

# --- Messages -----------------------------------------------------------------------------
EMPTY_FILE = "The selected file is empty"
NOT_DOCX = "The selected file must be a Word document (.docx)"
IS_PDF = (
    "The selected file is a PDF. Upload the SAR as a Word document (.docx): open the "
    "original in Word and save it as a Word Document"
)
IS_DOC = (
    "The selected file is an older Word document (.doc). Open it in Word, save it as a "
    "Word Document (.docx) and upload that"
)
IS_ODT = (
    "The selected file is an OpenDocument text file (.odt). Save it as a Word Document "
    "(.docx) and upload that"
)
ENCRYPTED = (
    "The selected file is protected with a password. Remove the password in Word (File, "
    "Info, Protect Document), save it and upload it again"
)
MACROS = (
    "The selected file contains macros. Save it in Word as a Word Document (.docx), not a "
    "Word Macro-Enabled Document (.docm), and upload that"
)
TEMPLATE = (
    "The selected file is a Word template. Open it in Word, save it as a Word Document "
    "(.docx) and upload that"
)
TOO_LARGE_UNPACKED = (
    "The selected file could not be read: it expands to far more than a Word document "
    "should. Save it again in Word and upload that"
)
ENTITIES = (
    "The selected file could not be read: it contains XML declarations that Word "
    "documents do not use. Open it in Word, save it as a new Word Document and upload that"
)
DAMAGED = (
    "The selected file could not be read. It may be damaged: open it in Word, save it "
    "again and upload that"
)
NO_TEXT = "The selected file has no text in it. Check you chose the right file"


class DocxImportError(Exception):
    """The file cannot be imported; the message says why, in plain English."""


# --- The result ---------------------------------------------------------------------------


@dataclass
class ImportResult:
    """What a Word SAR holds, mapped onto the SAR's sections, and what could not be placed."""

    vision: str = ""
    leadership: str = ""
    tests: dict[str, Any] = field(
        default_factory=lambda: {t: {"text": "", "rating": None} for t in TESTS}
    )
    priorities: list[dict[str, Any]] = field(default_factory=list)
    key_concerns: list[dict[str, Any]] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    comments: list[dict[str, str]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # the title block, if any
    evidence: list[dict[str, str]] = field(default_factory=list)  # the evidence appendix

    def as_json(self) -> dict[str, Any]:
        """Return the parsed structure under exactly the issue's top-level keys.

        Comments have no key of their own: each is added to the warnings, so that a
        reader of the JSON still learns of them.
        """
        warnings = list(self.warnings)
        for comment in self.comments:
            on = f" on “{comment['anchor']}”" if comment.get("anchor") else ""
            warnings.append(f"Comment by {comment['author'] or 'unknown'}{on}: {comment['text']}")
        return {
            "vision": self.vision,
            "leadership": self.leadership,
            "tests": self.tests,
            "priorities": self.priorities,
            "key_concerns": self.key_concerns,
            "unplaced": self.unplaced,
            "warnings": warnings,
        }

    def as_dict(self) -> dict[str, Any]:
        """Return everything, comments and title block included (kept between upload steps)."""
        return {
            **self.as_json(),
            "warnings": list(self.warnings),
            "comments": self.comments,
            "meta": self.meta,
            "evidence": self.evidence,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImportResult:
        """Rebuild a result kept by `as_dict`."""
        return cls(
            vision=data.get("vision", ""),
            leadership=data.get("leadership", ""),
            tests=data.get("tests") or cls().tests,
            priorities=list(data.get("priorities", [])),
            key_concerns=list(data.get("key_concerns", [])),
            unplaced=list(data.get("unplaced", [])),
            warnings=list(data.get("warnings", [])),
            comments=list(data.get("comments", [])),
            meta=dict(data.get("meta", {})),
            evidence=list(data.get("evidence", [])),
        )


# --- Checking the package -----------------------------------------------------------------

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


# --- Reading the document into blocks -----------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_P, _TBL, _TR, _TC, _R, _T = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("r"), _w("t")
_PPR, _RPR, _SDT, _SDTCONTENT, _SDTPR = (
    _w("pPr"),
    _w("rPr"),
    _w("sdt"),
    _w("sdtContent"),
    _w("sdtPr"),
)
_INS, _DEL, _MOVE_TO, _MOVE_FROM = _w("ins"), _w("del"), _w("moveTo"), _w("moveFrom")
_TXBX = _w("txbxContent")
_SKIP_IN_RUN = {
    _w("instrText"),
    _w("delText"),
    _w("delInstrText"),
    _w("footnoteReference"),
    _w("endnoteReference"),
    _w("commentReference"),
    _w("fldChar"),
    _w("rubyPr"),
    _w("rt"),  # ruby annotation: the base text is what is read
}
_SAFE_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
)
_FALSE = {"0", "false", "off", "none"}


@dataclass
class Para:
    """One paragraph as read: its text and what its formatting says about it."""

    text: str
    style: str = ""  # the style's name, lower case
    level: int | None = None  # 0 for Title, 1–9 for headings (style or outline level)
    bold: bool = False  # every character of the text is bold
    bold_prefix: str = ""  # the leading bold text, for run-in headings ("Safety: …")
    list_kind: str | None = None  # "bullet" or "number"
    list_level: int = 0
    list_format: str = "decimal"
    list_id: str = ""
    in_header_row: bool = False
    first_in_cell: bool = False


@dataclass
class Table:
    """A table: rows of cells, each cell a list of blocks."""

    rows: list[list[list[Block]]]
    header_rows: int = 0

    def cell_texts(self) -> list[list[str]]:
        """Return each cell's text, paragraphs joined by line breaks."""
        return [[_cell_text(cell) for cell in row] for row in self.rows]


Block = Para | Table


def _cell_text(cell: list[Block]) -> str:
    builder = _TextBuilder()
    for block in cell:
        builder.add(block)
    return builder.text()


@dataclass
class _Styles:
    """What the styles part says: each style's name, heading level, boldness and list."""

    names: dict[str, str] = field(default_factory=dict)
    based_on: dict[str, str] = field(default_factory=dict)
    bold: dict[str, bool] = field(default_factory=dict)
    outline: dict[str, int] = field(default_factory=dict)
    num: dict[str, tuple[str, int]] = field(default_factory=dict)
    default_paragraph: str = ""

    def _chain(self, style_id: str) -> Iterator[str]:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            yield style_id
            style_id = self.based_on.get(style_id, "")

    def name(self, style_id: str) -> str:
        return self.names.get(style_id, style_id).lower()

    def is_bold(self, style_id: str) -> bool:
        for sid in self._chain(style_id):
            if sid in self.bold:
                return self.bold[sid]
        return False

    def level(self, style_id: str) -> int | None:
        name = self.name(style_id)
        match = re.fullmatch(r"heading\s*(\d)", name)
        if match:
            return int(match.group(1))
        if name == "title":
            return 0
        for sid in self._chain(style_id):
            if sid in self.outline:
                return self.outline[sid] + 1
            match = re.fullmatch(r"heading\s*(\d)", self.name(sid))
            if match:
                return int(match.group(1))
        return None

    def numbering(self, style_id: str) -> tuple[str, int] | None:
        for sid in self._chain(style_id):
            if sid in self.num:
                return self.num[sid]
        return None


def _on(element: Any) -> bool:
    """Return whether a toggle property (w:b) is switched on."""
    return element is not None and element.get(_w("val"), "true").lower() not in _FALSE


def _read_styles(document: Any) -> _Styles:
    styles = _Styles()
    try:
        root = document.part.part_related_by(RT.STYLES).element
    except (KeyError, AttributeError):
        return styles
    for style in root.iter(_w("style")):
        sid = style.get(_w("styleId"), "")
        name = style.find(_w("name"))
        if name is not None:
            styles.names[sid] = name.get(_w("val"), sid)
        based = style.find(_w("basedOn"))
        if based is not None:
            styles.based_on[sid] = based.get(_w("val"), "")
        rpr = style.find(_RPR)
        if rpr is not None and rpr.find(_w("b")) is not None:
            styles.bold[sid] = _on(rpr.find(_w("b")))
        ppr = style.find(_PPR)
        if ppr is not None:
            outline = ppr.find(_w("outlineLvl"))
            if outline is not None and outline.get(_w("val"), "").isdigit():
                value = int(outline.get(_w("val")))
                if value < 9:
                    styles.outline[sid] = value
            numpr = ppr.find(_w("numPr"))
            if numpr is not None:
                num_id = numpr.find(_w("numId"))
                ilvl = numpr.find(_w("ilvl"))
                if num_id is not None:
                    level = ilvl.get(_w("val"), "0") if ilvl is not None else "0"
                    styles.num[sid] = (num_id.get(_w("val"), "0"), int(level or 0))
        if style.get(_w("type")) == "paragraph" and style.get(_w("default")) in ("1", "true"):
            styles.default_paragraph = sid
    return styles


def _read_numbering(document: Any) -> dict[tuple[str, int], str]:
    """Return the number format of each (numId, level): 'bullet', 'decimal', 'lowerRoman'…"""
    formats: dict[tuple[str, int], str] = {}
    try:
        root = document.part.part_related_by(RT.NUMBERING).element
    except (KeyError, AttributeError):
        return formats
    abstract: dict[str, dict[int, str]] = {}
    for item in root.iter(_w("abstractNum")):
        levels: dict[int, str] = {}
        for lvl in item.iter(_w("lvl")):
            fmt = lvl.find(_w("numFmt"))
            ilvl = lvl.get(_w("ilvl"), "0")
            levels[int(ilvl) if ilvl.isdigit() else 0] = (
                fmt.get(_w("val"), "decimal") if fmt is not None else "decimal"
            )
        abstract[item.get(_w("abstractNumId"), "")] = levels
    for num in root.iter(_w("num")):
        ref = num.find(_w("abstractNumId"))
        levels = abstract.get(ref.get(_w("val"), "") if ref is not None else "", {})
        for ilvl, fmt in levels.items():
            formats[(num.get(_w("numId"), ""), ilvl)] = fmt
        for override in num.iter(_w("lvlOverride")):
            lvl = override.find(_w("lvl"))
            fmt = lvl.find(_w("numFmt")) if lvl is not None else None
            if fmt is not None:
                ilvl = override.get(_w("ilvl"), "0")
                formats[(num.get(_w("numId"), ""), int(ilvl) if ilvl.isdigit() else 0)] = fmt.get(
                    _w("val"), "decimal"
                )
    return formats


@dataclass
class _Reader:
    """Walks the body of a document, in order, into blocks; counts tracked changes."""

    styles: _Styles
    numbering: dict[tuple[str, int], str]
    insertions: int = 0
    deletions: int = 0
    unreadable: int = 0

    def blocks(self, container: Any) -> list[Block]:
        """Return the paragraphs and tables of a body, cell or content control, in order."""
        out: list[Block] = []
        for child in container:
            tag = child.tag
            if tag == _P:
                out.extend(self.paragraph(child))
            elif tag == _TBL:
                table = self.table(child)
                if table.rows:
                    out.append(table)
            elif tag == _SDT:
                content = child.find(_SDTCONTENT)
                if content is not None and not self._placeholder(child):
                    out.extend(self.blocks(content))
            elif tag in (_w("customXml"), _INS, _MOVE_TO):
                if tag != _w("customXml"):
                    self.insertions += 1
                out.extend(self.blocks(child))
            elif tag in (_DEL, _MOVE_FROM):
                self.deletions += 1
            elif tag == _w("altChunk"):
                self.unreadable += 1
        return out

    def _placeholder(self, sdt: Any) -> bool:
        props = sdt.find(_SDTPR)
        return props is not None and props.find(_w("showingPlcHdr")) is not None

    def table(self, tbl: Any) -> Table:
        rows: list[list[list[Block]]] = []
        header_rows = 0
        for tr in _rows(tbl):
            trpr = tr.find(_w("trPr"))
            if trpr is not None and trpr.find(_DEL) is not None:
                self.deletions += 1
                continue
            if trpr is not None and trpr.find(_INS) is not None:
                self.insertions += 1
            cells: list[list[Block]] = []
            for tc in tr:
                if tc.tag == _SDT:  # a content control around a cell
                    content = tc.find(_SDTCONTENT)
                    tc = content.find(_TC) if content is not None else None
                    if tc is None:
                        continue
                if tc.tag != _TC:
                    continue
                tcpr = tc.find(_w("tcPr"))
                if tcpr is not None:
                    merge = tcpr.find(_w("vMerge"))
                    if merge is not None and merge.get(_w("val"), "continue") == "continue":
                        # The lower part of a vertically merged cell: Word shows no text.
                        if not "".join(tc.itertext()).strip():
                            continue
                    if tcpr.find(_w("cellDel")) is not None:
                        self.deletions += 1
                        continue
                cell = self.blocks(tc)
                for index, block in enumerate(b for b in cell if isinstance(b, Para)):
                    block.first_in_cell = index == 0
                cells.append(cell)
            is_header = trpr is not None and _on(trpr.find(_w("tblHeader")))
            if is_header and header_rows == len(rows):
                header_rows += 1
                for cell in cells:
                    for item in cell:
                        if isinstance(item, Para):
                            item.in_header_row = True
            if cells:
                rows.append(cells)
        return Table(rows, header_rows)

    def paragraph(self, p: Any) -> list[Block]:
        """Return the paragraph, and any text boxes anchored in it, as paragraphs."""
        ppr = p.find(_PPR)
        style_id = ""
        numbering: tuple[str, int] | None = None
        outline: int | None = None
        para_bold = False
        if ppr is not None:
            pstyle = ppr.find(_w("pStyle"))
            if pstyle is not None:
                style_id = pstyle.get(_w("val"), "")
            numpr = ppr.find(_w("numPr"))
            if numpr is not None:
                num_id = numpr.find(_w("numId"))
                ilvl = numpr.find(_w("ilvl"))
                level = ilvl.get(_w("val"), "0") if ilvl is not None else "0"
                if num_id is not None:
                    numbering = (num_id.get(_w("val"), "0"), int(level or 0))
            lvl = ppr.find(_w("outlineLvl"))
            if lvl is not None and lvl.get(_w("val"), "").isdigit():
                outline = int(lvl.get(_w("val"))) + 1 if int(lvl.get(_w("val"))) < 9 else None
            mark = ppr.find(_RPR)
            para_bold = mark is not None and _on(mark.find(_w("b")))
        style_id = style_id or self.styles.default_paragraph
        style_bold = self.styles.is_bold(style_id)
        segments: list[tuple[str, bool]] = []
        boxes: list[Any] = []
        self._collect(p, segments, boxes, style_bold)
        text = "".join(s for s, _ in segments)
        level = self.styles.level(style_id)
        if level is None and outline is not None:
            level = outline
        if numbering is None:
            numbering = self.styles.numbering(style_id)
        list_kind = None
        list_format = "decimal"
        list_level = 0
        list_id = ""
        if numbering is not None and numbering[0] not in ("", "0") and level is None:
            fmt = self.numbering.get(numbering, "")
            style_name = self.styles.name(style_id)
            if not fmt:
                fmt = "bullet" if "bullet" in style_name else "decimal"
            if fmt != "none":
                list_kind = "bullet" if fmt == "bullet" else "number"
                list_format = fmt
                list_level = numbering[1]
                list_id = numbering[0]
        visible = [(s, b) for s, b in segments if s.strip()]
        bold = bool(visible) and all(b for _, b in visible)
        prefix = []
        for s, b in segments:
            if not b and s.strip():
                break
            prefix.append(s)
        del para_bold  # the paragraph mark's formatting says nothing about its text
        para = Para(
            text=text,
            style=self.styles.name(style_id),
            level=level,
            bold=bold,
            bold_prefix="".join(prefix) if not bold else "",
            list_kind=list_kind,
            list_level=list_level,
            list_format=list_format,
            list_id=list_id,
        )
        out: list[Block] = [para]
        for box in boxes:
            out.extend(self.blocks(box))
        return out

    def _collect(
        self, element: Any, segments: list[tuple[str, bool]], boxes: list[Any], bold: bool
    ) -> None:
        """Append the visible text under `element` to `segments`, with whether it is bold."""
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):
                continue  # a comment or processing instruction
            if tag in (_PPR, _RPR, _SDTPR) or tag in _SKIP_IN_RUN:
                continue
            if tag == _R:
                self._run(child, segments, boxes, bold)
            elif tag in (_DEL, _MOVE_FROM):
                if "".join(child.itertext()).strip():
                    self.deletions += 1
            elif tag in (_INS, _MOVE_TO):
                if "".join(child.itertext()).strip():
                    self.insertions += 1
                self._collect(child, segments, boxes, bold)
            elif tag == _TXBX:
                boxes.append(child)
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is None:
                    choice = child.find(f"{{{MC}}}Fallback")
                if choice is not None:
                    self._collect(choice, segments, boxes, bold)
            elif tag == _SDT:
                if not self._placeholder(child):
                    content = child.find(_SDTCONTENT)
                    if content is not None:
                        self._collect(content, segments, boxes, bold)
            else:
                # Hyperlinks, simple fields, smart tags, custom XML, drawings holding text
                # boxes: their runs are read in order.
                self._collect(child, segments, boxes, bold)

    def _run(
        self, run: Any, segments: list[tuple[str, bool]], boxes: list[Any], bold: bool
    ) -> None:
        rpr = run.find(_RPR)
        if rpr is not None:
            b = rpr.find(_w("b"))
            if b is not None:
                bold = _on(b)
            else:
                rstyle = rpr.find(_w("rStyle"))
                if rstyle is not None and self.styles.is_bold(rstyle.get(_w("val"), "")):
                    bold = True
            if _on(rpr.find(_w("vanish"))) and rpr.find(_w("specVanish")) is None:
                pass  # hidden text is still the author's text: keep it
        for child in run:
            tag = child.tag
            if tag == _T:
                segments.append((child.text or "", bold))
            elif tag == _w("tab") or tag == _w("ptab"):
                segments.append(("\t", bold))
            elif tag in (_w("br"), _w("cr")):
                if child.get(_w("type")) in (None, "textWrapping"):
                    segments.append(("\n", bold))
            elif tag == _w("noBreakHyphen"):
                segments.append(("-", bold))
            elif tag == _w("sym"):
                segments.append(("", bold))
            elif tag in _SKIP_IN_RUN or tag == _RPR:
                continue
            else:
                self._collect_in_run(child, segments, boxes, bold)

    def _collect_in_run(
        self, element: Any, segments: list[tuple[str, bool]], boxes: list[Any], bold: bool
    ) -> None:
        """Find text boxes inside drawings and VML shapes in a run."""
        for child in element.iter():
            if child.tag == _TXBX:
                boxes.append(child)
                return
            if child.tag == f"{{{MC}}}Fallback":
                return


def _rows(tbl: Any) -> Iterator[Any]:
    """Yield a table's own rows, including rows wrapped in content controls."""
    for child in tbl:
        if child.tag == _TR:
            yield child
        elif child.tag in (_SDT, _w("customXml")):
            holder = child.find(_SDTCONTENT) if child.tag == _SDT else child
            if holder is not None:
                yield from (row for row in holder if row.tag == _TR)


def _comments(document: Any, anchors: dict[str, str]) -> list[dict[str, str]]:
    """Return the document's comments: who wrote them, when, what, and on which text."""
    try:
        part = document.part.part_related_by(RT.COMMENTS)
    except (KeyError, AttributeError):
        return []
    root = getattr(part, "element", None)
    if root is None:
        root = etree.fromstring(part.blob, _SAFE_PARSER)
    found = []
    for comment in root.iter(_w("comment")):
        paragraphs = ["".join(t.text or "" for t in p.iter(_T)) for p in comment.iter(_P)]
        text = "\n".join(p for p in paragraphs if p.strip())
        cid = comment.get(_w("id"), "")
        found.append(
            {
                "author": comment.get(_w("author"), ""),
                "date": (comment.get(_w("date")) or "")[:10],
                "text": text,
                "anchor": _shorten(anchors.get(cid, ""), 120),
            }
        )
    return found


def _comment_anchors(body: Any) -> dict[str, str]:
    """Return the text each comment is attached to, by comment id."""
    anchors: dict[str, list[str]] = {}
    open_ids: set[str] = set()
    start, end = _w("commentRangeStart"), _w("commentRangeEnd")
    for element in body.iter(start, end, _T):
        if element.tag == start:
            open_ids.add(element.get(_w("id"), ""))
            anchors.setdefault(element.get(_w("id"), ""), [])
        elif element.tag == end:
            open_ids.discard(element.get(_w("id"), ""))
        elif open_ids and not _inside(element, (_DEL, _MOVE_FROM)):
            for cid in open_ids:
                anchors[cid].append(element.text or "")
    return {cid: " ".join("".join(parts).split()) for cid, parts in anchors.items()}


def _inside(element: Any, tags: tuple[str, ...]) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _notes(document: Any) -> list[str]:
    """Return the text of footnotes and endnotes (they are the author's text too)."""
    found = []
    for reltype, tag, label in (
        (RT.FOOTNOTES, "footnote", "Footnote"),
        (RT.ENDNOTES, "endnote", "Endnote"),
    ):
        try:
            part = document.part.part_related_by(reltype)
        except (KeyError, AttributeError):
            continue
        root = etree.fromstring(part.blob, _SAFE_PARSER)
        for note in root.iter(_w(tag)):
            if note.get(_w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = " ".join(
                "".join(t.text or "" for t in p.iter(_T) if not _inside(t, (_DEL,)))
                for p in note.iter(_P)
            ).strip()
            if text:
                found.append(f"{label}: {text}")
    return found


# --- Text helpers -------------------------------------------------------------------------

_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " ", "·": " "}
)


def _norm(text: str) -> str:
    """Return text folded for comparison: lower case, plain quotes and dashes, one space."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    return " ".join(text.replace("•", " ").split())


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _roman(number: int) -> str:
    out = ""
    for value, letters in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while number >= value:
            out += letters
            number -= value
    return out


def _list_marker(fmt: str, number: int) -> str:
    if fmt in ("lowerRoman", "upperRoman"):
        marker = _roman(number)
        return (marker.upper() if fmt == "upperRoman" else marker) + "."
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (number - 1) % 26)
        return (letter.upper() if fmt == "upperLetter" else letter) + "."
    return f"{number}."


class _TextBuilder:
    """Joins paragraphs the way the service keeps text: blank lines between paragraphs,
    one line per list item, "- " for bullets and "1. " for numbers."""

    def __init__(self) -> None:
        self.chunks: list[tuple[str, bool]] = []
        self._counters: dict[tuple[str, int], int] = {}
        self._last_list: str | None = None

    def add(self, block: Block | str) -> None:
        if isinstance(block, str):
            if block.strip():
                self.chunks.append((block.strip(), False))
                self._last_list = None
            return
        if isinstance(block, Table):
            text = _table_as_text(block)
            if text:
                self.chunks.append((text, False))
            self._last_list = None
            return
        text = block.text.strip()
        if not text:
            return
        if block.list_kind is None:
            self.chunks.append((text, False))
            self._last_list = None
            self._counters.clear()
            return
        if self._last_list != block.list_id:
            self._counters.clear()
        self._last_list = block.list_id
        key = (block.list_id, block.list_level)
        for deeper in [k for k in self._counters if k[1] > block.list_level]:
            del self._counters[deeper]
        self._counters[key] = self._counters.get(key, 0) + 1
        if block.list_kind == "bullet":
            marker = "-"
        else:
            marker = _list_marker(block.list_format, self._counters[key])
        self.chunks.append(("  " * block.list_level + f"{marker} {text}", True))

    def text(self) -> str:
        out = ""
        previous_list = False
        for index, (chunk, is_list) in enumerate(self.chunks):
            if index:
                out += "\n" if (is_list and previous_list) else "\n\n"
            out += chunk
            previous_list = is_list
        return out

    def __bool__(self) -> bool:
        return bool(self.chunks)


def _table_as_text(table: Table) -> str:
    """Return a table that is only content as text: one line per row, cells split by ' | '."""
    lines = []
    for row in table.cell_texts():
        cells = [" ".join(cell.split()) for cell in row]
        if any(cells):
            lines.append(" | ".join(cells))
    return "\n".join(lines)


# --- Recognising headings, labels and template text ---------------------------------------

# The inspectorate's template text (seed 000): its introduction and guidance. A paragraph
# that is part of it is the template speaking, not the centre, and is left out.
TEMPLATE_TEXT = """
Introduction
HM Inspectorate of Prisons (HMI Prisons) reports include a narrative judgement about leadership in inspections of immigration removal centres. This has strengthened our inspection in this area because we believe the quality of leadership is one of the most important factors in driving improvement and ensuring better outcomes for detainees. We want to use our reports to encourage effective leadership practice.
The self-assessment report (SAR) gives immigration removal centre leadership teams an opportunity to provide information that will help us to make judgements about the leadership of their centre. The SAR provides one strand of evidence, but there will be others, including detainee and staff surveys, data, documentation and our own observations. There will be opportunities to discuss all elements of this self-assessment report and to provide further evidence if necessary, during the inspection.
The lessons from the best SARs are:
They offer a candid, accurate and realistic assessment. Those that are less effective are overly optimistic or describe aspirations rather than the reality of the outcomes being delivered.
The evidence for the SAR is produced collaboratively, where possible involving leaders, staff, detainees and partner organisations in assessing outcomes.
The final document is owned by the centre manager, and they take ultimate responsibility for its production and the content.
The document is succinct with clear analysis. It focuses on the most important issues.
Many prisons have ensured that SAR and business planning are aligned. The SAR is often used to inform business planning. The regular review of SAR has been used to ensure an up-to-date and shared understanding of progress and priorities.
The SAR is a template with five sections which must be sent to the HMI Prisons inspection coordinator within three days of the announcement of an inspection. We hope that in due course managers may choose to use this document as part of regular business planning processes and will therefore just need to update it.
Advice on how to complete the SAR is provided below. Please follow this carefully and if in doubt, speak with the HMI Prisons inspection coordinator. Each row on the template will expand as text is added. Please adhere to the wordcount guidance provided.
Guidance for completion
Describe your overarching vision for the future of the centre. This will help us to understand where you plan to take the centre in the future and why some issues are prioritised over others. It will also help us understand the extent of your ambition.
Provide your assessment (in no more than 750 words) of the strengths and weaknesses of leadership in the centre, including senior, middle and first-line leaders. Where your assessment is based on data, such as feedback from staff and detainees, surveys or previous inspections, you should identify this. You should identify how you are improving leadership, including arrangements for support and supervision, access to well-being support and development opportunities for leaders.
Provide your assessment of the centre's current performance in terms of outcomes for detainees in the four healthy establishment tests in no more than 3,000 words. Highlight both strengths and weaknesses.
This will tell us how well you know your centre, how well you understand our Expectations and whether you can accurately assess your centre against them. We hope that your assessment will broadly match ours.
Avoid providing a large amount of text. Try to distil and summarise the main themes and evidence them with relevant performance data wherever possible.
Describe up to six main priorities for your centre. We realise you may have a long list of priorities generated from various sources, including national targets and recommendations from external scrutiny. We want to know what you have determined to be your top six priorities.
This section will help us understand your strategic approach and how you have articulated your ambition for the centre. It will also show us the quality of your improvement planning and how you are measuring progress. We will consider whether you have prioritised the issues that most affect outcomes for detainees.
For each priority, please answer the following questions:
State what you want to achieve in a few words, for example 'improve care for those at risk of self-harm'.
Provide a clear analysis of the problem backed up with data. For example, if you want to reduce self-harm, you might provide details of the historical and current rates and compare this to other centres. What do other evidence sources such as surveys, consultation, complaints and scrutiny tell you about the causes of self-harm?
Describe in detail your plan to deliver improvement against this priority with clear targets, owners and timescales. Include any obstacles to delivery and say how you plan to overcome them. You may append detailed additional evidence, but you should still summarise the main points in this section.
Describe how you will evaluate the effectiveness of this plan. What is the benchmark for success and what targets have you set? Describe the criteria or metrics you will use to ensure you are heading in the right direction? What are the timescales? What will you see? By when? You may append detailed additional evidence, but you should still summarise the main points in this section.
Use this section to provide an assessment of the progress made against the KCs from your last full inspection (or main recommendations in older reports). Use data and clear evidence to support your analysis of progress. This section will tell us if you have understood our recommendations and taken action to deliver better outcomes in the areas of greatest concern. If your centre did not receive any KCs or main recommendations, you can leave this section blank.
Detainees are held in safety and with due regard to the insecurity of their position.
Detainees are treated with respect for their human dignity and the circumstances of their detention.
The centre encourages activities and provides facilities to preserve and promote detainees' mental and physical well-being.
Detainees are able to maintain contact with family, friends, support groups, legal representatives and advisers, access information about their country of origin and be prepared for their release, transfer or removal. Detainees are able to retain or recover their property.
"""
PLACEHOLDERS = {
    "click or tap here to enter text.",
    "click here to enter text.",
    "enter text here",
    "[enter text here]",
    "[insert text here]",
    "insert text here",
    "type here",
    "no key concerns recorded.",
    "no evidence cited.",
    "self-assessment report",
    "self assessment report",
    "self-assessment report (sar)",
    "self assessment report (sar)",
    "sar",
}
GENERIC_HEADERS = {"section", "sections", "response", "your response", "content", "centre response"}
_WORD_COUNT = re.compile(
    r"^\(?\s*(?:word count|words|word limit|maximum|max\.?|no more than|up to|limit)\s*[:\-]?\s*"
    r"[\d,]+\s*(?:(?:of|/|out of)\s*[\d,]+)?\s*(?:words?)?(?:\s*maximum)?\s*\)?\.?$"
)

# "Word count: 812 of 750 – 62 words over the limit", as the exporter writes it.
_WORD_COUNT_LINE = re.compile(
    r"^word count\s*[:\-]?\s*[\d,]+(?:\s*(?:of|/)\s*[\d,]+)?(?:\s*-\s*[\d,]+ words? over the limit)?\.?$"
)

_NUMBER_PREFIX = re.compile(
    r"^(?:(?:section|part)\s+)?(?:(?:\d{1,2}|[ivx]{1,4})(?:\s*[.):\-]\s*|\s+))",
)
_SECTION_PREFIX_WORD = re.compile(r"^(?:section|part)\s*[.:\-]?\s*")
_PARENS = re.compile(r"\s*\([^()]*\)")
_LIMIT_TAIL = re.compile(
    r"\s*[-:,]?\s*(?:in )?(?:no more than|maximum|max\.?|up to)\s+[\d,]+\s+words.*$"
)

SECTION_NAMES: dict[str, tuple[str, ...]] = {
    "vision": (
        "vision",
        "our vision",
        "the vision",
        "vision for the centre",
        "our vision for the centre",
        "overarching vision",
        "vision statement",
        "centre vision",
    ),
    "leadership": (
        "leadership",
        "leadership and management",
        "assessment of leadership",
        "leadership assessment",
        "our leadership",
        "strengths and weaknesses of leadership",
        "leadership in the centre",
    ),
    "tests": (
        "healthy establishment tests",
        "healthy establishment test",
        "the healthy establishment tests",
        "healthy establishment test assessment",
        "healthy establishment tests assessment",
        "assessment against the healthy establishment tests",
        "outcomes against the healthy establishment tests",
        "outcomes for detainees",
        "he tests",
    ),
    "priorities": (
        "main priorities for the next year",
        "main priorities for the coming year",
        "main priorities",
        "priorities",
        "our priorities",
        "key priorities",
        "top priorities",
        "strategic priorities",
        "priorities for the next year",
        "priorities for the coming year",
        "priorities for the year ahead",
    ),
    "key_concerns": (
        "progress against key concerns",
        "progress against key concerns and recommendations",
        "progress against key concerns and recommendations where still relevant",
        "progress on key concerns",
        "progress against kcs",
        "progress against recommendations",
        "progress against previous recommendations",
        "progress against the key concerns",
        "key concerns",
        "key concerns and recommendations",
        "progress since the last inspection",
        "progress against key concerns from the last inspection",
    ),
}
_SECTION_LOOKUP = {name: key for key, names in SECTION_NAMES.items() for name in names}

TEST_NAMES: dict[str, tuple[str, ...]] = {
    "safety": ("safety", "safety test", "safe"),
    "respect": ("respect", "respect test"),
    "activities": ("activities", "activity", "activities test", "purposeful activity"),
    "preparation": (
        "preparation for removal and release",
        "preparation for release and removal",
        "preparation for removal and release test",
        "preparation for release and removal test",
        "preparation for removal or release",
        "preparation for release or removal",
        "preparation for removal/release",
        "preparation for release/removal",
        "preparation for removal",
        "preparation for release",
        "removal and release",
        "release and removal",
        "preparation",
    ),
}
_TEST_LOOKUP = {name: key for key, names in TEST_NAMES.items() for name in names}
_TEST_PREFIX = re.compile(
    r"^(?:(?:healthy establishment|he)\s+)?test\s*(?:\d)?\s*[.:\-]?\s*|^(?:\d|[ivx]{1,3}|[a-d])\s*[.):\-]\s*"
)


def _strip_heading(text: str) -> str:
    """Return a heading's words, without numbering, brackets, word limits or end marks."""
    value = _norm(text)
    value = _PARENS.sub("", value)
    value = _LIMIT_TAIL.sub("", value)
    value = _NUMBER_PREFIX.sub("", value, count=1)
    value = (
        _SECTION_PREFIX_WORD.sub("", value, count=1)
        if value.startswith(("section", "part"))
        else value
    )
    return value.strip(" .:-").strip()


def _section_of(text: str) -> str | None:
    """Return the section a heading names ('vision', …, 'appendix'), or None."""
    words = _strip_heading(text)
    if not words or len(words) > 120:
        return None
    if words in _SECTION_LOOKUP:
        return _SECTION_LOOKUP[words]
    if words.startswith("the ") and words[4:] in _SECTION_LOOKUP:
        return _SECTION_LOOKUP[words[4:]]
    if re.match(r"^(?:appendix|appendices|annex)\b", words):
        return "appendix"
    return None


def _test_name(value: str) -> str | None:
    """Return the test a short phrase names ('Safety', 'Test 4: Preparation…'), or None."""
    words = _PARENS.sub("", _norm(value)).strip(" .:")
    words = _TEST_PREFIX.sub("", words, count=1).strip(" .:")
    return _TEST_LOOKUP.get(words)


def _test_of(text: str) -> tuple[str, str] | None:
    """Return the test a heading names and any words after it (a run-in rest), or None."""
    text = text.strip()
    key = _test_name(text)
    if key is not None:
        brackets = re.search(r"\(([^()]*)\)\s*$", text)
        return key, brackets.group(1).strip() if brackets else ""
    # "Safety – detainees are held…", "Safety: reasonably good"
    match = re.match(r"^(.{2,60}?)\s*(?:[:\u2013\u2014]|\s-\s)\s*(.+)$", text, re.DOTALL)
    if match:
        key = _test_name(match.group(1))
        if key is not None:
            return key, match.group(2).strip()
    return None


def _rating_of(value: str) -> int | None | bool:
    """Return the rating a phrase names (4–1), None for 'not rated', False if it names none."""
    words = _norm(value).strip(" .")
    words = re.sub(r"^(?:the centre is|we judge (?:this|it) to be|judged)\s+", "", words)
    digit = re.match(r"^([1-4])\b", words)
    if digit:
        return int(digit.group(1))
    for number, label in sorted(RATINGS.items(), key=lambda item: -len(item[1])):
        if words == label.lower():
            return number
    if words in ("not rated", "unrated", "not yet rated", "none", "n/a", "not assessed"):
        return None
    return False


_RATING_LINE = re.compile(
    r"^(?:self[- ]?rating|self[- ]assessed rating|our (?:self[- ])?(?:rating|assessment|judgement)|"
    r"rating|overall rating|self[- ]assessment(?: rating)?|grade|judgement)\s*[:\-]\s*(.+)$"
)


def _rating_line(text: str) -> int | None | bool:
    """Return the rating a 'Self-rating: Good' line gives, or False if the line is not one."""
    match = _RATING_LINE.match(_norm(text))
    if not match:
        return False
    return _rating_of(match.group(1))


_PRIORITY_MARK = re.compile(
    r"^(?:main\s+)?priority\s*(?:no\.?\s*|number\s*)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b\s*([:.)\-]?)\s*(.*)$",
    re.DOTALL,
)
_QUESTION_PREFIX = re.compile(
    r"^(?:\(?(?:[ivx]{1,4}|[a-d]|\d)\s*[.)]\s*|q\s*\d\s*[.:)]?\s*|question\s*\d\s*[.:)]?\s*)"
)
QUESTIONS: dict[str, tuple[str, ...]] = {
    "what": (r"what is (?:the|this|our|your) priority",),
    "how_known": (
        r"how do (?:you|we) know (?:that )?(?:this|it) is a priority",
        r"why is (?:this|it) a priority",
    ),
    "delivering": (
        r"how (?:are|will) (?:you|we) (?:be )?deliver(?:ing)?(?: this priority| the priority| it)?",
    ),
    "success": (
        r"how will (?:you|we) know (?:that )?(?:you|we) (?:have|'ve) succeeded",
        r"how will (?:you|we) (?:know|measure|judge) (?:success|if (?:you|we) have succeeded|whether (?:you|we) have succeeded)",
    ),
}
_QUESTION_RES = {
    name: [re.compile(rf"^{pattern}\s*\??\s*[:\-]?\s*", re.DOTALL) for pattern in patterns]
    for name, patterns in QUESTIONS.items()
}
QUESTION_LABELS: dict[str, tuple[str, ...]] = {
    "what": ("priority", "the priority", "what", "aim", "objective"),
    "how_known": (
        "why",
        "evidence",
        "rationale",
        "how we know",
        "how do we know",
        "why this is a priority",
        "evidence of need",
        "analysis",
    ),
    "delivering": (
        "actions",
        "delivery",
        "how",
        "plan",
        "action plan",
        "delivery plan",
        "delivering",
        "how we will deliver",
        "how we are delivering",
    ),
    "success": (
        "success",
        "success measures",
        "measures of success",
        "success criteria",
        "measures",
        "how we will measure success",
        "how we will know",
        "evaluation",
    ),
}
_LABEL_LOOKUP = {label: name for name, labels in QUESTION_LABELS.items() for label in labels}


def _question_of(text: str) -> tuple[str, str, bool] | None:
    """Return (field, answer after it, whether it was the full question) or None."""
    value = unicodedata.normalize("NFKC", text).translate(_QUOTES).strip()
    lowered = _QUESTION_PREFIX.sub("", value.lower(), count=1)
    offset = len(value) - len(lowered)
    for name, patterns in _QUESTION_RES.items():
        for pattern in patterns:
            match = pattern.match(lowered)
            if match:
                return name, value[offset + match.end() :].strip(), True
    label = re.match(r"^([a-z' ]{3,40}?)\s*(?::|\?)\s*(.*)$", lowered, re.DOTALL)
    if label and label.group(1).strip() in _LABEL_LOOKUP:
        start = offset + label.start(2)
        return _LABEL_LOOKUP[label.group(1).strip()], value[start:].strip(), False
    if lowered.strip(" .") in _LABEL_LOOKUP:
        return _LABEL_LOOKUP[lowered.strip(" .")], "", False
    return None


_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}

_KIND_WORDS = (
    ("priority concern", "priority"),
    ("key concern", "key"),
    ("main recommendation", "recommendation"),
    ("recommendation", "recommendation"),
)
_KC_MARK = re.compile(
    r"^(priority concern|key concern|main recommendation|recommendation|concern|kc)?\s*"
    r"(?:no\.?\s*)?((?:\d{1,3}\.)+\d{1,3}|\d{1,3}|[a-z]{1,3}\s?\d{1,3}(?:\.\d{1,3})*)(?=[\s:.)\-]|$)"
    r"\s*(\((?:priority concern|key concern|recommendation)\))?\s*([:.)\-]?)\s*(.*)$",
    re.DOTALL,
)
_PROGRESS_LABEL = re.compile(
    r"^(?:progress|progress made|our progress|update|progress update|action taken|actions taken|"
    r"evidence of progress|progress and evidence|response)\s*(?:\(([^)]*)\))?\s*(?::|-)\s*(.*)$",
    re.DOTALL,
)
_PROGRESS_HEADING = re.compile(
    r"^(?:progress|progress made|our progress|update|progress update|action taken|actions taken|"
    r"evidence of progress|progress and evidence)\s*(?:\(([^)]*)\))?$"
)
_STATUS_LABEL = re.compile(
    r"^(?:status|judgement|our judgement|judgement of progress|self[- ]assessment|progress rating|"
    r"rating|assessment|rag(?: rating| status)?)\s*[:\-]\s*(.*)$",
    re.DOTALL,
)
_CONCERN_LABEL = re.compile(
    r"^(?:concern|the concern|key concern|priority concern|recommendation)\s*[:\-]\s*(.*)$",
    re.DOTALL,
)


def _judgement_of(text: str) -> str | None:
    """Return the progress judgement a status names ('good', …), '' for none, None if unknown."""
    words = _norm(text).strip(" .")
    if words in ("", "not judged", "not yet judged", "none given", "n/a", "to be judged"):
        return ""
    for key, label in JUDGEMENTS.items():
        if words in (label.lower(), key) or words == label.lower().replace(" progress", ""):
            return key
    if words in ("no progress", "no meaningful", "none", "no meaningful progress made"):
        return "none"
    return None


def _kind_of(text: str) -> str:
    words = _norm(text)
    for phrase, kind in _KIND_WORDS:
        if phrase in words:
            return kind
    return ""


def _split_reference(cell: str) -> tuple[str, str]:
    """Split '1.3 (Priority concern)' into its reference and kind."""
    kind = _kind_of(cell)
    reference = _PARENS.sub("", cell).strip()
    for phrase, _ in _KIND_WORDS:
        reference = re.sub(rf"^{phrase}\s*", "", reference, flags=re.IGNORECASE)
    return reference.strip(" :.-–"), kind


# --- Tables: what each one is -------------------------------------------------------------

TITLE_LABELS = {
    "centre",
    "centre name",
    "name of centre",
    "establishment",
    "centre manager",
    "date",
    "version",
    "status",
    "completed by",
    "date completed",
    "author",
    "submitted",
    "submitted by",
    "operator",
}


def _header_role(text: str) -> str | None:
    words = _norm(text).strip(" .:")
    if not words:
        return None
    if re.search(r"\b(status|judgement|rating|rag|grade)\b", words) or words in (
        "assessment",
        "our assessment",
    ):
        return "status"
    if re.fullmatch(
        r"(ref|ref\.|reference|no|no\.|number|#|kc|kc no\.?|kc number|para|paragraph|"
        r"paragraph (no\.?|number|reference)|id|(key )?concern (no\.?|number|ref\.?|reference)|"
        r"recommendation (no\.?|number|ref\.?|reference)|kc ref(erence)?)",
        words,
    ):
        return "reference"
    if re.search(r"\b(type|kind|category)\b", words):
        return "kind"
    if re.search(r"progress|action|update|response|evidence|what we have done", words):
        return "progress"
    if re.search(r"concern|recommendation|issue|finding|kcs?\b", words):
        return "concern"
    return None


def _classify(table: Table, section: str | None) -> str:
    """Return what a table is: title, kc, targets, evidence, priorities_cols,
    priorities_rows, layout or content."""
    texts = table.cell_texts()
    if any(_holds_section_heading(cell) for row in table.rows for cell in row):
        return "layout"
    width = max(len(row) for row in texts)
    first = [_norm(cell).strip(" .:") for cell in texts[0]]
    if width == 2 and sum(1 for row in texts if _norm(row[0]).strip(" .:") in TITLE_LABELS) >= 2:
        return "title"
    headers = set(first)
    if {"measure", "target"} <= headers or ({"measure", "owner"} <= headers):
        return "targets"
    if "finding" in headers and ("title" in headers or "kind" in headers):
        return "evidence"
    question_cols = {q[0] for cell in texts[0] if (q := _question_of(cell)) and q[2]}
    if len(question_cols) >= 2:
        return "priorities_cols"
    question_rows = {q[0] for row in texts if row and (q := _question_of(row[0]))}
    if len(question_rows) >= 2 and width >= 2:
        return "priorities_rows"
    roles = [_header_role(cell) for cell in texts[0]]
    if (
        width >= 2
        and len(texts) >= 2
        and ("concern" in roles or ("reference" in roles and "progress" in roles))
    ):
        return "kc"
    if section == "key_concerns" and width >= 2:
        refs = sum(1 for row in texts if row and _KC_MARK.match(_norm(row[0])) and len(row[0]) < 30)
        if refs >= max(1, len(texts) - 1):
            return "kc_plain"
    if width == 1 or len(texts) == 1 and width <= 2:
        return "layout"
    return "content"


def _holds_section_heading(cell: list[Block]) -> bool:
    return any(
        isinstance(block, Para) and _heading_like(block) and _section_of(block.text) is not None
        for block in cell
    )


def _heading_like(para: Para) -> bool:
    """Return whether a paragraph looks like a heading: styled, bold, capitals or numbered."""
    text = para.text.strip()
    if not text or len(text) > 200:
        return False
    if para.level is not None or para.bold:
        return True
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        return True
    # Numbered ("2. Leadership"), but not a numbered sentence ("12 men were…").
    return len(text) <= 80 and not text.endswith(".") and bool(_NUMBER_PREFIX.match(_norm(text)))


# --- Mapping the blocks onto the SAR ------------------------------------------------------


@dataclass
class _Priority:
    title: str = ""
    fields: dict[str, _TextBuilder] = field(
        default_factory=lambda: {name: _TextBuilder() for name in PRIORITY_FIELDS}
    )
    preamble: _TextBuilder = field(default_factory=_TextBuilder)
    targets: list[dict[str, Any]] = field(default_factory=list)
    current: str | None = None
    label: str = ""


@dataclass
class _Concern:
    reference: str = ""
    kind: str = ""
    concern: _TextBuilder = field(default_factory=_TextBuilder)
    progress: _TextBuilder = field(default_factory=_TextBuilder)
    status: str = ""
    judgement: str = ""
    mode: str = "concern"


class _Mapper:
    """Turns the document's blocks into an ImportResult."""

    def __init__(self, guidance: Iterable[str]) -> None:
        self.result = ImportResult()
        corpus = [_norm(line) for line in TEMPLATE_TEXT.splitlines() if line.strip()]
        corpus += [_norm(text) for text in guidance if text.strip()]
        self._guidance = {line.strip(" :") for line in corpus}
        self._corpus = "\n".join(corpus)
        self.unplaced = _TextBuilder()  # the current run of unplaced text
        self.found: set[str] = set()

    # Items ----------------------------------------------------------------------------

    def _skip(self, para: Para) -> bool:
        """Return whether a paragraph is template text, a placeholder or a word count."""
        words = _norm(para.text)
        if not words:
            return True
        if words in PLACEHOLDERS or _WORD_COUNT.match(words) or _WORD_COUNT_LINE.match(words):
            return True
        if para.in_header_row and words.strip(" :") in GENERIC_HEADERS:
            return True
        stripped = words.strip(" :")
        if stripped in self._guidance:
            return True
        return len(stripped) >= 40 and stripped in self._corpus

    def flatten(self, blocks: list[Block]) -> list[Block]:
        """Return the blocks with layout tables opened up into their cells, in reading order."""
        out: list[Block] = []
        for block in blocks:
            if isinstance(block, Table) and _classify(block, None) == "layout":
                for row in block.rows:
                    for cell in row:
                        out.extend(self.flatten(cell))
            else:
                out.append(block)
        return out

    def split_sections(self, blocks: list[Block]) -> list[tuple[str, list[Block]]]:
        """Cut the blocks into sections at the section headings."""
        candidates = [
            (index, key, _heading_like(block))
            for index, block in enumerate(blocks)
            if isinstance(block, Para) and (key := _section_of(block.text)) is not None
        ]
        strong = [c for c in candidates if c[2]]
        chosen = strong if len(strong) >= 2 else candidates
        starts = {index: key for index, key, _ in chosen}
        parts: list[tuple[str, list[Block]]] = [("preamble", [])]
        for index, block in enumerate(blocks):
            if index in starts:
                parts.append((starts[index], []))
                self.found.add(starts[index])
                continue
            parts[-1][1].append(block)
        return parts

    def run(self, blocks: list[Block]) -> ImportResult:
        flat = self.flatten(blocks)
        parts = self.split_sections(flat)
        # Tests named as top-level headings with no section 3 heading: read them as tests.
        builders: dict[str, _TextBuilder] = {"vision": _TextBuilder(), "leadership": _TextBuilder()}
        tests_blocks: list[Block] = []
        priority_blocks: list[Block] = []
        concern_blocks: list[Block] = []
        for key, items in parts:
            if key in builders:
                self._text_section(key, items, builders[key], priority_blocks, concern_blocks)
            elif key == "tests":
                tests_blocks.extend(items)
            elif key == "priorities":
                priority_blocks.extend(items)
            elif key == "key_concerns":
                concern_blocks.extend(items)
            elif key == "appendix":
                self._appendix(items)
            else:
                self._preamble(items, tests_blocks, priority_blocks, concern_blocks)
        self.result.vision = builders["vision"].text()
        self.result.leadership = builders["leadership"].text()
        self._tests(tests_blocks)
        self._priorities(priority_blocks)
        self._key_concerns(concern_blocks)
        self._flush_unplaced()
        for key, title in (
            ("vision", "Vision"),
            ("leadership", "Leadership"),
            ("tests", "Healthy establishment tests"),
            ("priorities", "Main priorities for the next year"),
            ("key_concerns", "Progress against key concerns"),
        ):
            if key not in self.found and not self._has(key):
                self.result.warnings.append(
                    f"No “{title}” section was found. If its text is in the unplaced text, "
                    "choose where it goes."
                )
        return self.result

    def _has(self, key: str) -> bool:
        result = self.result
        if key == "tests":
            return any(result.tests[t]["text"] for t in TESTS) or "unsplit" in result.tests
        if key == "priorities":
            return bool(result.priorities)
        if key == "key_concerns":
            return bool(result.key_concerns)
        return bool(getattr(result, key))

    # Unplaced text --------------------------------------------------------------------

    def _unplace(self, block: Block | str) -> None:
        self.unplaced.add(block)

    def _flush_unplaced(self) -> None:
        text = self.unplaced.text()
        if text:
            self.result.unplaced.append(text)
        self.unplaced = _TextBuilder()

    # Data tables found anywhere ---------------------------------------------------------

    def _data_table(
        self,
        table: Table,
        section: str | None,
        priority_blocks: list[Block],
        concern_blocks: list[Block],
    ) -> bool:
        """Handle a table that is data wherever it is; return whether it was."""
        kind = _classify(table, section)
        if kind == "title":
            for row in table.cell_texts():
                if len(row) >= 2 and row[0].strip():
                    self.result.meta[row[0].strip().rstrip(":")] = row[1].strip()
            return True
        if kind == "evidence":
            self._evidence_table(table)
            return True
        if kind in ("priorities_cols", "priorities_rows"):
            priority_blocks.append(table)
            return True
        if kind == "kc":
            concern_blocks.append(table)
            return True
        return False

    # Sections ---------------------------------------------------------------------------

    def _preamble(
        self,
        items: list[Block],
        tests_blocks: list[Block],
        priority_blocks: list[Block],
        concern_blocks: list[Block],
    ) -> None:
        """Text before the first section heading: unplaced, unless it is the template's."""
        for block in items:
            if isinstance(block, Table):
                if not self._data_table(block, None, priority_blocks, concern_blocks):
                    self._unplace(block)
                continue
            if self._skip(block) or block.level == 0:
                if block.level == 0 and not self._skip(block):
                    self.result.meta.setdefault("Title", block.text.strip())
                continue
            if _heading_like(block) and _test_of(block.text):
                # The tests written with no section 3 heading before them.
                tests_blocks.append(block)
                continue
            if tests_blocks:
                tests_blocks.append(block)
                continue
            if _heading_like(block):
                self._flush_unplaced()
            self._unplace(block)
        self._flush_unplaced()

    def _text_section(
        self,
        key: str,
        items: list[Block],
        builder: _TextBuilder,
        priority_blocks: list[Block],
        concern_blocks: list[Block],
    ) -> None:
        for block in items:
            if isinstance(block, Table):
                if self._data_table(block, key, priority_blocks, concern_blocks):
                    continue
                if _classify(block, key) == "targets":
                    priority_blocks.append(block)
                    continue
                builder.add(block)
            elif not self._skip(block):
                builder.add(block)

    def _appendix(self, items: list[Block]) -> None:
        for block in items:
            if isinstance(block, Table):
                if _classify(block, "appendix") == "evidence":
                    self._evidence_table(block)
                else:
                    self._unplace(block)
            elif not self._skip(block):
                self._unplace(block)
        self._flush_unplaced()

    def _evidence_table(self, table: Table) -> None:
        texts = table.cell_texts()
        header = [_norm(cell).strip(" .:") for cell in texts[0]]
        for row in texts[1:]:
            item = {header[i] if i < len(header) else str(i): cell for i, cell in enumerate(row)}
            if any(value.strip() for value in item.values()):
                self.result.evidence.append(item)
        if self.result.evidence:
            count = len(self.result.evidence)
            self.result.warnings = [w for w in self.result.warnings if "evidence appendix" not in w]
            self.result.warnings.append(
                f"The document's evidence appendix lists {count} "
                f"{'item' if count == 1 else 'items'}. Evidence is not imported: add it to "
                "the evidence library and cite it from the sections."
            )

    # Tests ------------------------------------------------------------------------------

    def _tests(self, items: list[Block]) -> None:
        builders = {test: _TextBuilder() for test in TESTS}
        preamble = _TextBuilder()
        current: str | None = None
        seen_heading = False
        for block in items:
            if isinstance(block, Table):
                (builders[current] if current else preamble).add(block)
                continue
            if self._skip(block):
                continue
            text = block.text.strip()
            heading = None
            if _heading_like(block) or len(text) < 60:
                heading = _test_of(text)
            if heading is None and block.bold_prefix:
                prefix = _test_of(block.bold_prefix)
                if prefix is not None and not prefix[1]:
                    heading = (prefix[0], text[len(block.bold_prefix) :].strip(" :-–—\t"))
            if heading is not None:
                current, rest = heading
                seen_heading = True
                rating = _rating_of(rest) if rest else False
                if rating is False:
                    rating = _rating_line(rest) if rest else False
                if rating is not False:
                    self.result.tests[current]["rating"] = rating
                elif rest and not self._is_guidance(rest):
                    builders[current].add(rest)
                continue
            rating = _rating_line(text)
            if rating is not False and current is not None:
                self.result.tests[current]["rating"] = rating
                continue
            (builders[current] if current else preamble).add(block)
        for test in TESTS:
            self.result.tests[test]["text"] = builders[test].text()
        if not seen_heading and preamble:
            self.result.tests["unsplit"] = preamble.text()
            self.result.warnings.append(
                "The healthy establishment tests are not split by test (Safety, Respect, "
                "Activities, Preparation for removal and release), so their text is kept "
                "together. Choose which test it belongs to."
            )
        elif preamble:
            self.result.unplaced.append(preamble.text())

    def _is_guidance(self, text: str) -> bool:
        words = _norm(text).strip(" :")
        return words in self._guidance or (len(words) >= 40 and words in self._corpus)

    # Priorities -------------------------------------------------------------------------

    def _priorities(self, items: list[Block]) -> None:
        drafts: list[_Priority] = []
        current: _Priority | None = None
        loose = _TextBuilder()  # text before the first priority

        def start(title: str = "", label: str = "") -> _Priority:
            draft = _Priority(title=title, label=label)
            drafts.append(draft)
            return draft

        for block in items:
            if isinstance(block, Table):
                kind = _classify(block, "priorities")
                if kind == "targets":
                    if current is None:
                        current = start()
                    self._targets(block, current, len(drafts))
                elif kind == "priorities_cols":
                    drafts.extend(self._priority_table_cols(block))
                    current = None
                elif kind == "priorities_rows":
                    drafts.extend(self._priority_table_rows(block))
                    current = None
                elif current is not None and current.current:
                    current.fields[current.current].add(block)
                elif current is not None:
                    current.preamble.add(block)
                else:
                    loose.add(block)
                continue
            if self._skip(block):
                continue
            text = block.text.strip()
            mark = _PRIORITY_MARK.match(_norm(text))
            if mark and (_heading_like(block) or mark.group(2) or not mark.group(3)):
                rest = text[len(text) - len(mark.group(3)) :].strip() if mark.group(3) else ""
                question = _question_of(rest) if rest else None
                current = start(label=text)
                if question:
                    current.current = question[0]
                    if question[1]:
                        current.fields[question[0]].add(question[1])
                elif rest:
                    current.title = rest
                continue
            question = _question_of(text)
            if question is None and block.bold_prefix:
                label = _question_of(block.bold_prefix)
                if label and not label[1]:
                    question = (label[0], text[len(block.bold_prefix) :].strip(" :-–—\t"), label[2])
            if question is not None:
                name, answer, full = question
                heading_ish = (
                    full or _heading_like(block) or bool(answer) or bool(block.bold_prefix)
                )
                usable = heading_ish and (
                    full or current is None or not current.fields[name] or current.current == name
                )
                if usable and (full or current is not None):
                    if current is None or (current.fields[name] and current.current != name):
                        current = start()
                    current.current = name
                    if answer:
                        current.fields[name].add(answer)
                    continue
            if current is None:
                loose.add(block)
            elif current.current:
                current.fields[current.current].add(block)
            else:
                current.preamble.add(block)
        if not drafts and loose:
            drafts = self._priority_list(items)
            loose = _TextBuilder() if drafts else loose
        if loose:
            self.result.unplaced.append(loose.text())
        self._finish_priorities(drafts)

    def _priority_list(self, items: list[Block]) -> list[_Priority]:
        """Read priorities written as a plain list, one item each, with no questions."""
        drafts: list[_Priority] = []
        for block in items:
            if isinstance(block, Para) and block.list_kind and block.list_level == 0:
                drafts.append(_Priority())
                drafts[-1].fields["what"].add(block.text.strip())
            elif drafts and not (isinstance(block, Para) and self._skip(block)):
                drafts[-1].preamble.add(block)
        if drafts:
            self.result.warnings.append(
                "The priorities are a list without the four questions: each item is imported "
                "as “What is the priority?”. Add the other answers after importing."
            )
        return drafts

    def _priority_table_cols(self, table: Table) -> list[_Priority]:
        texts = table.cell_texts()
        columns: dict[int, str] = {}
        for index, cell in enumerate(texts[0]):
            question = _question_of(cell)
            if question and question[2]:
                columns[index] = question[0]
        drafts = []
        for row in texts[1:]:
            draft = _Priority()
            for index, cell in enumerate(row):
                if index in columns:
                    draft.fields[columns[index]].add(cell)
                elif cell.strip() and not re.fullmatch(r"(?:priority\s*)?\d{1,2}\.?", _norm(cell)):
                    draft.preamble.add(cell)
            drafts.append(draft)
        return drafts

    def _priority_table_rows(self, table: Table) -> list[_Priority]:
        texts = table.cell_texts()
        width = max(len(row) for row in texts)
        drafts = [_Priority() for _ in range(width - 1)]
        for row in texts:
            question = _question_of(row[0]) if row else None
            for index, cell in enumerate(row[1:]):
                if not cell.strip():
                    continue
                if question is not None:
                    drafts[index].fields[question[0]].add(cell)
                elif not _PRIORITY_MARK.match(_norm(cell)):
                    drafts[index].preamble.add(
                        f"{row[0].strip()}: {cell.strip()}" if row[0].strip() else cell
                    )
        return drafts

    def _targets(self, table: Table, draft: _Priority, number: int) -> None:
        texts = table.cell_texts()
        header = [_norm(cell).strip(" .:") for cell in texts[0]]
        names = {
            "measure": "measure",
            "baseline": "baseline",
            "target": "target",
            "owner": "owner",
            "due": "due_date",
            "due date": "due_date",
            "by when": "due_date",
            "date": "due_date",
        }
        for row in texts[1:]:
            values = {
                names[header[i]]: cell.strip()
                for i, cell in enumerate(row)
                if i < len(header) and header[i] in names
            }
            if not any(values.values()):
                continue
            line = " | ".join(cell.strip() for cell in row)
            due_text = values.pop("due_date", "")
            due = _parse_date(due_text)
            too_long = any(len(values.get(k, "")) > limit for k, limit in TARGET_LIMITS.items())
            if (due_text and due is None) or too_long:
                self.result.unplaced.append(f"Priority {number} target: {line}")
                self.result.warnings.append(
                    f"A target of priority {number} could not be read as a target (its due "
                    "date or a value is not in a form the service keeps), so it is in the "
                    "unplaced text."
                )
                continue
            target: dict[str, str | None] = {
                k: values.get(k, "") for k in ("measure", "baseline", "target", "owner")
            }
            target["due_date"] = due.isoformat() if due else None
            draft.targets.append(target)

    def _finish_priorities(self, drafts: list[_Priority]) -> None:
        priorities: list[dict[str, Any]] = []
        for draft in drafts:
            fields = {name: draft.fields[name].text() for name in PRIORITY_FIELDS}
            extra = draft.preamble.text()
            if draft.title:
                if not fields["what"]:
                    fields["what"] = draft.title
                elif _norm(draft.title) not in _norm(fields["what"]):
                    fields["what"] = f"{draft.title}\n\n{fields['what']}"
            if extra:
                if not fields["what"]:
                    fields["what"] = extra
                elif not any(fields[n] for n in PRIORITY_FIELDS[1:]):
                    fields["what"] = f"{fields['what']}\n\n{extra}"
                else:
                    number = len(priorities) + 1
                    self.result.unplaced.append(f"Priority {number}: {extra}")
            if not any(fields.values()) and not draft.targets:
                continue  # an empty block, such as the template's own questions
            priorities.append({**fields, "targets": draft.targets})
        no_questions = [
            i + 1
            for i, p in enumerate(priorities)
            if p["what"] and not any(p[n] for n in PRIORITY_FIELDS[1:]) and p["what"].count("\n\n")
        ]
        if no_questions:
            numbers = ", ".join(str(n) for n in no_questions)
            self.result.warnings.append(
                f"Priority {numbers}: the four questions were not found, so all the text is in "
                "“What is the priority?”. Move it to the right answers after importing."
            )
        if len(priorities) > MAX_PRIORITIES:
            extra_priorities = priorities[MAX_PRIORITIES:]
            priorities = priorities[:MAX_PRIORITIES]
            for offset, priority in enumerate(extra_priorities, start=MAX_PRIORITIES + 1):
                self.result.unplaced.append(_priority_as_text(offset, priority))
            self.result.warnings.append(
                f"The document has {MAX_PRIORITIES + len(extra_priorities)} priorities; a SAR "
                f"has at most {MAX_PRIORITIES}. Priorities {MAX_PRIORITIES + 1} onwards are in "
                "the unplaced text."
            )
        self.result.priorities = priorities

    # Key concerns -----------------------------------------------------------------------

    def _key_concerns(self, items: list[Block]) -> None:
        concerns: list[_Concern] = []
        current: _Concern | None = None
        loose = _TextBuilder()
        for block in items:
            if isinstance(block, Table):
                kind = _classify(block, "key_concerns")
                if kind in ("kc", "kc_plain"):
                    concerns.extend(self._concern_table(block, kind == "kc"))
                    current = None
                elif current is not None:
                    (current.progress if current.mode == "progress" else current.concern).add(block)
                else:
                    loose.add(block)
                continue
            if self._skip(block):
                continue
            text = block.text.strip()
            words = _norm(text)
            if words in ("none", "n/a", "not applicable", "none.", "n/a."):
                continue
            labelled = self._concern_label(block, text)
            if labelled is not None and current is not None:
                mode, rest, judgement = labelled
                if mode == "status":
                    self._set_status(current, rest)
                else:
                    current.mode = mode
                    if judgement:
                        self._set_status(current, judgement)
                    if rest:
                        (current.progress if mode == "progress" else current.concern).add(rest)
                continue
            mark = self._concern_mark(block, words, current)
            if mark is not None:
                rest = text[len(text) - len(mark.group(5)) :].strip() if mark.group(5) else ""
                raw = text[: len(text) - len(rest)] if rest else text
                reference, kind = _split_reference(raw.strip(" :.-–—)"))
                if mark.group(1) and not kind:
                    kind = _kind_of(mark.group(1))
                current = _Concern(reference=reference, kind=kind)
                concerns.append(current)
                labelled = self._concern_label(block, rest) if rest else None
                if labelled is not None and labelled[0] == "progress":
                    current.mode = "progress"
                    rest = labelled[1]
                    if labelled[2]:
                        self._set_status(current, labelled[2])
                if rest:
                    (current.progress if current.mode == "progress" else current.concern).add(rest)
                continue
            if block.list_kind == "number" and block.list_level == 0 and self._fresh(current):
                # An automatically numbered list of concerns: the number is not in the text.
                current = _Concern()
                concerns.append(current)
                current.concern.add(text)
                continue
            if current is None:
                loose.add(block)
            elif current.mode == "progress":
                current.progress.add(block)
            else:
                current.concern.add(block)
        if loose:
            self.result.unplaced.append(loose.text())
        self._finish_concerns(concerns)

    @staticmethod
    def _fresh(current: _Concern | None) -> bool:
        """Return whether a numbered paragraph may start a concern rather than continue one."""
        if current is None:
            return True
        last = current.concern.chunks[-1][1] if current.concern.chunks else False
        return current.mode == "concern" and bool(current.concern) and not last

    def _concern_mark(self, block: Para, words: str, current: _Concern | None) -> Any:
        """Return the match of a paragraph that starts a new concern ('1.3 …', 'KC2: …')."""
        mark = _KC_MARK.match(words)
        if mark is None:
            return None
        label, reference, paren, separator, rest = mark.groups()
        if re.match(r"^[a-z]", reference) and not re.match(r"^(?:kc|r|rec)\s?\d", reference):
            return None
        strong = bool(label or paren) or reference.startswith(("kc", "r"))
        dotted = "." in reference
        if current is None or (current.mode == "concern" and not current.concern):
            return mark if strong or dotted or separator or _heading_like(block) else None
        if strong and (separator or rest or _heading_like(block)):
            return mark
        if dotted and (_heading_like(block) or block.bold_prefix):
            return mark
        if dotted and current.reference.count(".") == reference.count(".") and current.reference:
            return mark
        return None

    def _concern_label(self, block: Para, text: str) -> tuple[str, str, str] | None:
        """Return (mode, rest, judgement) for 'Progress: …', 'Status: …', 'Concern: …'."""
        words = unicodedata.normalize("NFKC", text).translate(_QUOTES).strip()
        lowered = words.lower()
        match = _STATUS_LABEL.match(lowered)
        if match:
            return "status", words[match.start(1) :].strip(), ""
        match = _PROGRESS_LABEL.match(lowered)
        if match:
            judgement = words[match.start(1) : match.end(1)] if match.group(1) else ""
            return "progress", words[match.start(2) :].strip(), judgement
        match = _PROGRESS_HEADING.match(lowered.strip(" :"))
        if match and (_heading_like(block) or len(words) < 40):
            judgement = words[match.start(1) : match.end(1)] if match.group(1) else ""
            return "progress", "", judgement
        match = _CONCERN_LABEL.match(lowered)
        if match:
            return "concern", words[match.start(1) :].strip(), ""
        return None

    def _set_status(self, concern: _Concern, status: str) -> None:
        judgement = _judgement_of(status)
        if judgement is None:
            concern.status = status.strip()
        else:
            concern.judgement = judgement
            concern.status = JUDGEMENTS.get(judgement, "")

    def _concern_table(self, table: Table, has_header: bool) -> list[_Concern]:
        texts = table.cell_texts()
        if has_header:
            roles: list[str | None] = [_header_role(cell) for cell in texts[0]]
            rows = texts[1:]
        else:
            width = max(len(r) for r in texts)
            defaults: list[str | None] = ["reference", "concern", "progress", "status"]
            roles = defaults[:width]
            rows = texts
        found = []
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            concern = _Concern()
            for index, cell in enumerate(row):
                role = roles[index] if index < len(roles) else None
                value = cell.strip()
                if not value:
                    continue
                if role == "reference":
                    concern.reference, kind = _split_reference(value)
                    concern.kind = concern.kind or kind
                elif role == "kind":
                    concern.kind = _kind_of(value) or concern.kind
                    if not _kind_of(value):
                        concern.concern.add(value)
                elif role == "status":
                    self._set_status(concern, value)
                elif role == "progress":
                    concern.progress.add(value)
                else:
                    concern.concern.add(value)
            found.append(concern)
        return found

    def _finish_concerns(self, concerns: list[_Concern]) -> None:
        for concern in concerns:
            text = concern.concern.text()
            progress = concern.progress.text()
            reference = concern.reference
            if len(reference) > MAX_REFERENCE_LENGTH:
                text = f"{reference}\n\n{text}" if text else reference
                reference = ""
                self.result.warnings.append(
                    "A key concern's reference was too long to keep as a reference, so it "
                    "starts the concern's text instead."
                )
            if not (text or progress or reference):
                continue
            entry = {
                "reference": reference,
                "kind": concern.kind,
                "concern": text,
                "progress": progress,
                "status": concern.status,
                "judgement": concern.judgement,
            }
            if concern.status and not concern.judgement:
                name = reference or f"key concern {len(self.result.key_concerns) + 1}"
                self.result.warnings.append(
                    f"The status “{concern.status}” of {name} is not one of good, reasonable, "
                    "insufficient or no meaningful progress: choose a judgement after importing."
                )
            self.result.key_concerns.append(entry)


def _priority_as_text(number: int, priority: dict[str, Any]) -> str:
    """Return a priority as plain text, for the unplaced list."""
    lines = [f"Priority {number}"]
    questions = {
        "what": "i. What is the priority?",
        "how_known": "ii. How do you know that this is a priority?",
        "delivering": "iii. How are you delivering this priority?",
        "success": "iv. How will you know you have succeeded?",
    }
    for name in PRIORITY_FIELDS:
        if priority[name]:
            lines.append(f"{questions[name]}\n{priority[name]}")
    for target in priority.get("targets", []):
        lines.append(
            "Target: "
            + " | ".join(
                str(target.get(k) or "")
                for k in ("measure", "baseline", "target", "owner", "due_date")
            )
        )
    return "\n\n".join(lines)


_DATE_FORMATS = (
    "%Y-%m-%d",
    "%d %B %Y",
    "%d %b %Y",
    "%d/%m/%Y",
    "%d/%m/%y",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%B %Y",
    "%b %Y",
    "%d %B, %Y",
)


def _parse_date(text: str) -> date | None:
    """Return the date a target's due cell gives, or None."""
    value = " ".join(text.replace(",", " ").split())
    value = re.sub(r"^(?:by|due)\s+", "", value, flags=re.IGNORECASE)
    value = re.sub(r"^(\d{1,2})(?:st|nd|rd|th)\b", r"\1", value)
    if not value or _norm(value) in ("none", "no date", "-", "n/a", "tbc", "ongoing"):
        return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


# --- The entry point ----------------------------------------------------------------------


def parse_docx(
    data: bytes, *, max_bytes: int | None = None, guidance: Iterable[str] = ()
) -> ImportResult:
    """Read a Word SAR; raise DocxImportError with a plain-English message if it cannot be.

    `guidance` adds the service's own guidance text (as the exporter writes it) to the
    template text that is recognised and left out.
    """
    check_package(data, max_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError, zipfile.BadZipFile):
        raise DocxImportError(DAMAGED) from None
    except (OSError, EOFError, AttributeError, TypeError):
        raise DocxImportError(DAMAGED) from None
    body = document.element.body
    reader = _Reader(_read_styles(document), _read_numbering(document))
    blocks = reader.blocks(body)
    anchors = _comment_anchors(body)
    try:
        comments = _comments(document, anchors)
        notes = _notes(document)
    except etree.XMLSyntaxError:
        raise DocxImportError(DAMAGED) from None
    if not any(_has_text(block) for block in blocks) and not notes:
        raise DocxImportError(NO_TEXT)
    mapper = _Mapper(guidance)
    result = mapper.run(blocks)
    result.unplaced.extend(notes)
    result.comments = comments
    if reader.insertions or reader.deletions:
        result.warnings.insert(
            0,
            "The document has tracked changes: "
            f"{_count(reader.insertions, 'insertion')} kept and "
            f"{_count(reader.deletions, 'deletion')} left out, as if all were accepted. "
            "Check the text before you save it.",
        )
    if comments:
        result.warnings.append(
            f"The document has {_count(len(comments), 'comment')}. Comments are listed, not "
            "imported into the report."
        )
    if reader.unreadable:
        result.warnings.append(
            f"The document has {_count(reader.unreadable, 'embedded document')} that could "
            "not be read. Copy its text into Word as ordinary text and upload it again."
        )
    if not _has_content(result):
        result.warnings.append("No text of a SAR was found in the document.")
    return result


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _has_text(block: Block) -> bool:
    if isinstance(block, Para):
        return bool(block.text.strip())
    return any(_has_text(b) for row in block.rows for cell in row for b in cell)


def _has_content(result: ImportResult) -> bool:
    return bool(
        result.vision
        or result.leadership
        or any(result.tests[t]["text"] or result.tests[t]["rating"] for t in TESTS)
        or result.tests.get("unsplit")
        or result.priorities
        or result.key_concerns
        or result.unplaced
    )
