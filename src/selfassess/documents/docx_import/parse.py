"""The entry point, `parse_docx`: check the package, read the document, map it."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no types

from selfassess.documents.docx_import.blocks import Block, Para
from selfassess.documents.docx_import.comments import _comment_anchors, _comments, _notes
from selfassess.documents.docx_import.common import TESTS
from selfassess.documents.docx_import.errors import DAMAGED, NO_TEXT, DocxImportError
from selfassess.documents.docx_import.mapper import _Mapper
from selfassess.documents.docx_import.package import check_package
from selfassess.documents.docx_import.reader import _Reader
from selfassess.documents.docx_import.result import ImportResult
from selfassess.documents.docx_import.styles import _read_numbering, _read_styles


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
