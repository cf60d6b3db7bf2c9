"""Write the draft leadership narrative of an inspection as a Word document, for the report team.

A pure function: plain data in, bytes out. Headings are real Word headings (so the
document is navigable), findings are real lists and the ratings a real table; everything
inspectors wrote goes in as plain text runs.
"""

from dataclasses import dataclass, field
from io import BytesIO

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Pt

from selfassess.documents.document import clean
from selfassess.documents.docx_export import mark_header_row


@dataclass(frozen=True, slots=True)
class IndicatorLine:
    """One indicator's finding, with the inspectors' notes."""

    id: str
    text: str
    notes: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExpectationPart:
    """One expectation: the narrative and the indicators grouped by finding."""

    number: int
    title: str
    text: str
    narrative: str
    groups: tuple[tuple[str, tuple[IndicatorLine, ...]], ...]  # (finding label, indicators)


@dataclass(frozen=True, slots=True)
class RatingLine:
    """One healthy establishment test, as the centre and the inspection rated it."""

    test: str
    centre: str
    inspection: str


@dataclass(frozen=True, slots=True)
class Narrative:
    """The draft leadership narrative, as assembled from the recorded judgements."""

    centre: str
    inspection: str
    edition: str
    status: str
    expectations: tuple[ExpectationPart, ...]
    ratings: tuple[RatingLine, ...] = field(default=())


def _paragraphs(document: DocxDocument, text: str) -> None:
    """Add text as paragraphs, one for each block separated by a blank line."""
    blocks = [b.strip() for b in clean(text).split("\n\n") if b.strip()]
    for block in blocks:
        document.add_paragraph(block)


def narrative_docx(narrative: Narrative) -> bytes:
    """Return the narrative as a .docx file."""
    document = Document()
    props = document.core_properties
    props.title = clean(f"Leadership: draft narrative – {narrative.centre}")[:255]
    props.author = "HM Inspectorate of Prisons"
    props.subject = "Draft leadership narrative for the inspection report"
    props.comments = clean(narrative.status)[:255]
    document.add_heading(clean(f"Leadership: draft narrative – {narrative.centre}"), level=0)
    intro = document.add_paragraph()
    intro.add_run(clean(f"{narrative.inspection}. {narrative.status}. ")).italic = True
    intro.add_run(clean(f"Judged against the framework edition {narrative.edition}.")).italic = True
    for part in narrative.expectations:
        document.add_heading(clean(f"{part.number}. {part.title}"), level=1)
        expectation = document.add_paragraph()
        run = expectation.add_run(clean(part.text))
        run.italic = True
        run.font.size = Pt(10)
        document.add_heading("Narrative", level=2)
        if part.narrative.strip():
            _paragraphs(document, part.narrative)
        else:
            document.add_paragraph("No narrative recorded yet.")
        for label, lines in part.groups:
            document.add_heading(clean(label), level=2)
            if not lines:
                document.add_paragraph("None.")
                continue
            for line in lines:
                item = document.add_paragraph(style="List Bullet")
                item.add_run(clean(f"{line.id} ")).bold = True
                item.add_run(clean(line.text))
                if line.notes.strip():
                    item.add_run(clean(f" – {line.notes.strip()}"))
                if line.sources:
                    item.add_run(
                        clean(f" (evidence: {', '.join(line.sources).lower()})")
                    ).italic = True
    if narrative.ratings:
        document.add_heading("Healthy establishment tests", level=1)
        table = document.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        header = table.rows[0]
        for cell, text in zip(
            header.cells, ("Test", "Centre's rating", "Inspection's rating"), strict=True
        ):
            cell.text = text
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.bold = True
        mark_header_row(header)
        for rating in narrative.ratings:
            cells = table.add_row().cells
            values = (rating.test, rating.centre, rating.inspection)
            for cell, text in zip(cells, values, strict=True):
                cell.text = clean(text)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()
