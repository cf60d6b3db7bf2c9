"""What every export works from: a SAR's canonical content plus a little about the document.

`sources` builds an `ExportDocument` from the database (a draft) or from a frozen snapshot (a
submitted version). The exporters (`docx_export`, `pdf_export`, `markdown_export`,
`json_export`) are pure functions of it: no request, no database.
"""

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from selfassess import formatting

DRAFT_STATUS = "Draft – not submitted"
FORMATS: dict[str, tuple[str, str]] = {
    # format: (file extension, media type)
    "docx": (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "pdf": ("pdf", "application/pdf"),
    "md": ("md", "text/markdown; charset=utf-8"),
    "json": ("json", "application/json"),
}


@dataclass(frozen=True)
class Meta:
    """What the title block says about the document, beside the content itself."""

    centre: str
    centre_slug: str
    manager: str
    date: date
    version: int
    status: str
    submitted: bool
    submitted_at: datetime | None = None
    submitted_by: str | None = None
    due_at: datetime | None = None
    signed_off_by: str | None = None
    signed_off_at: datetime | None = None
    declaration: str | None = None


@dataclass(frozen=True)
class ExportDocument:
    """A SAR version ready to export: its canonical content and its metadata."""

    data: dict[str, Any]
    meta: Meta

    @property
    def title(self) -> str:
        """Return the document's title, as its properties and tab name show it."""
        return f"Self-assessment report – {self.meta.centre} – version {self.meta.version}"

    def section(self, key: str) -> dict[str, Any]:
        """Return one section of the content."""
        section: dict[str, Any] = self.data["sections"][key]
        return section

    def evidence_by_id(self) -> dict[int, dict[str, Any]]:
        """Return the cited evidence items keyed by id."""
        return {item["id"]: item for item in self.data.get("evidence", [])}

    def evidence_titles(self, ids: list[int]) -> list[str]:
        """Return the titles of the evidence items with these ids, in the appendix's order."""
        items = self.evidence_by_id()
        return [items[i]["title"] for i in ids if i in items]


def filename(doc: ExportDocument, fmt: str) -> str:
    """Return a safe file name: 'hatherleigh-house-irc-sar-v2.docx' (drafts end '-draft')."""
    ascii_name = (
        unicodedata.normalize("NFKD", doc.meta.centre).encode("ascii", "ignore").decode("ascii")
    )
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:80] or "centre"
    draft = "" if doc.meta.submitted else "-draft"
    return f"{slug}-sar-v{doc.meta.version}{draft}.{FORMATS[fmt][0]}"


# --- Text -----------------------------------------------------------------------------------

BlockKind = Literal["paragraph", "bullet", "number"]
_BULLET = re.compile(r"^\s*[-*•]\s+")
_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s+")


@dataclass(frozen=True)
class Block:
    """One paragraph or list item of text written in the service."""

    kind: BlockKind
    text: str


def blocks(text: str | None) -> list[Block]:
    """Split text into paragraphs (blank-line separated) and list items (`- `, `1. ` lines).

    Consecutive ordinary lines stay one paragraph, with their line breaks kept.
    """
    result: list[Block] = []
    for chunk in re.split(r"\n[ \t]*\n", (text or "").replace("\r\n", "\n").strip()):
        lines: list[str] = []
        for line in chunk.split("\n"):
            kind: BlockKind | None = None
            if _BULLET.match(line):
                kind, line = "bullet", _BULLET.sub("", line, count=1)
            elif _NUMBER.match(line):
                kind, line = "number", _NUMBER.sub("", line, count=1)
            if kind is None:
                lines.append(line)
                continue
            if lines:
                result.append(Block("paragraph", "\n".join(lines).strip()))
                lines = []
            result.append(Block(kind, line.strip()))
        if any(line.strip() for line in lines):
            result.append(Block("paragraph", "\n".join(lines).strip()))
    return result


def word_count_text(section: dict[str, Any]) -> str:
    """Return 'Word count: 712 of 750', with how far over the limit when it is."""
    words, limit = section.get("word_count", 0), section.get("word_limit")
    if not limit:
        return f"Word count: {words:,}"
    over = f" – {formatting.plural(words - limit, 'word')} over the limit" if words > limit else ""
    return f"Word count: {words:,} of {limit:,}{over}"


@dataclass(frozen=True)
class Group:
    """Paragraphs and list items grouped as HTML and Markdown write them: p, ul or ol."""

    kind: Literal["p", "ul", "ol"]
    items: list[str]


def groups(text: str | None) -> list[Group]:
    """Return text as paragraphs, bulleted lists and numbered lists."""
    result: list[Group] = []
    tags: dict[BlockKind, Literal["p", "ul", "ol"]] = {
        "paragraph": "p",
        "bullet": "ul",
        "number": "ol",
    }
    for block in blocks(text):
        tag = tags[block.kind]
        if tag != "p" and result and result[-1].kind == tag:
            result[-1].items.append(block.text)
        else:
            result.append(Group(tag, [block.text]))
    return result


# Characters XML 1.0 cannot hold; the rest of what a user typed is kept as it is.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str | None) -> str:
    """Return text with the control characters no Word, HTML or XML file can hold removed."""
    return _INVALID_XML.sub("", text or "")


KIND_LABELS = {
    "priority": "Priority concern",
    "key": "Key concern",
    "recommendation": "Recommendation",
}


def concern_reference(item: dict[str, Any]) -> str:
    """Return '1.3 (Priority concern)', or '(Key concern)' when there is no reference."""
    kind = KIND_LABELS.get(item.get("kind") or "", "Key concern")
    reference = (item.get("reference") or "").strip()
    return f"{reference} ({kind})" if reference else f"({kind})"
