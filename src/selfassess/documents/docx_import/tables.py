"""Telling what a table is: title block, key concerns, targets, evidence, priorities or layout."""

from __future__ import annotations

import re

from selfassess.documents.docx_import.blocks import Block, Para, Table
from selfassess.documents.docx_import.headings import _heading_like, _section_of
from selfassess.documents.docx_import.labels import _KC_MARK, _question_of
from selfassess.documents.docx_import.text import _norm

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
