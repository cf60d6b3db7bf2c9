"""Word files for the import tests, built with python-docx in the shapes centres write them.

Helpers only (imported by the other test_import_* modules), plus a check that the builders
themselves make files Word can open.
"""

import io
import zipfile

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from selfassess.documents.docx_import import parse_docx

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

VISION = "Hatherleigh House should be a place where men are held safely and decently."
LEADERSHIP = "The senior management team of nine has been stable for 18 months."
SAFETY = "Recorded self-harm fell from 263 to 212 incidents."
RESPECT = "71% of men said most staff treated them with respect."
ACTIVITIES = "Only 38% of men were in purposeful activity on a weekday."
PREPARATION = "62% of leavers were released into the community."
TEXTS = {
    "safety": SAFETY,
    "respect": RESPECT,
    "activities": ACTIVITIES,
    "preparation": PREPARATION,
}
ANSWERS = {
    "what": "Make men's first days safer.",
    "how_known": "31% felt unsafe on their first night (comparator 24%).",
    "delivering": "Head of Residential leads; induction moves to unit 1 by June.",
    "success": "Fewer than 22% feel unsafe in next year's survey.",
}
QUESTIONS = {
    "what": "i. What is the priority?",
    "how_known": "ii. How do you know that this is a priority?",
    "delivering": "iii. How are you delivering this priority?",
    "success": "iv. How will you know you have succeeded?",
}


class Builder:
    """A python-docx document with short methods for the shapes the tests need."""

    def __init__(self) -> None:
        self.doc = Document()

    def heading(self, text: str, level: int = 1) -> "Builder":
        self.doc.add_heading(text, level)
        return self

    def para(self, text: str, style: str | None = None, container=None) -> "Builder":
        (container or self.doc).add_paragraph(text, style=style)
        return self

    def bold(self, text: str, container=None) -> "Builder":
        (container or self.doc).add_paragraph().add_run(text).bold = True
        return self

    def run_in(self, label: str, rest: str, container=None) -> "Builder":
        """A paragraph starting with a bold label, then ordinary text: 'Safety: …'."""
        paragraph = (container or self.doc).add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(rest)
        return self

    def bullets(self, *items: str) -> "Builder":
        for item in items:
            self.doc.add_paragraph(item, style="List Bullet")
        return self

    def numbers(self, *items: str) -> "Builder":
        for item in items:
            self.doc.add_paragraph(item, style="List Number")
        return self

    def table(self, rows: list[list[str]], container=None):
        """Add a table with these cell texts (a cell's lines become paragraphs)."""
        holder = container or self.doc
        table = holder.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = table.rows[r].cells[c]
                lines = text.split("\n")
                cell.text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
        return table

    def xml(self, fragment: str) -> "Builder":
        """Add a paragraph from raw WordprocessingML (tracked changes, content controls)."""
        self.doc.element.body.insert(
            len(self.doc.element.body) - 1,
            parse_xml(fragment.replace("<w:p>", f"<w:p {nsdecls('w')}>", 1)),
        )
        return self

    def bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()


def headings_sar(number=lambda n, title: f"{n}. {title}") -> Builder:
    """A whole SAR as headings and paragraphs; `number` writes each section heading."""
    b = Builder()
    b.heading(number(1, "Vision")).para(VISION)
    b.heading(number(2, "Leadership")).para(LEADERSHIP)
    b.heading(number(3, "Healthy establishment tests"))
    for title, text in (
        ("Safety", SAFETY),
        ("Respect", RESPECT),
        ("Activities", ACTIVITIES),
        ("Preparation for removal and release", PREPARATION),
    ):
        b.heading(title, 2).para(text)
    b.heading(number(4, "Main priorities for the next year"))
    b.heading("Priority 1", 2)
    for name, question in QUESTIONS.items():
        b.heading(question, 3).para(ANSWERS[name])
    b.heading(number(5, "Progress against key concerns"))
    b.table(
        [
            ["Reference", "Concern", "Progress", "Status"],
            ["1.3", "Too many men felt unsafe.", "Down from 39% to 31%.", "Reasonable progress"],
        ]
    )
    return b


def parse(data: bytes):
    """Parse with no extra guidance, as a centre's own document would be."""
    return parse_docx(data)


def rewrite(data: bytes, replace: dict[str, bytes | None] | None = None, add=None) -> bytes:
    """Return a copy of a zip package with some parts replaced, removed (None) or added."""
    replace = replace or {}
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename in replace:
                if replace[info.filename] is not None:
                    target.writestr(info.filename, replace[info.filename])
            else:
                target.writestr(info, source.read(info))
        for name, content in (add or {}).items():
            target.writestr(name, content)
    return out.getvalue()


def part(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(name)


def test_the_builders_make_files_python_docx_opens():
    """A built SAR opens in python-docx and reads back its five sections."""
    data = headings_sar().bytes()
    assert Document(io.BytesIO(data)).paragraphs
    result = parse(data)
    assert result.vision == VISION
    assert result.key_concerns[0]["reference"] == "1.3"
