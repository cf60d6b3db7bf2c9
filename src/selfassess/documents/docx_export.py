"""Write a SAR as a Word document in the inspectorate's template layout (docs/word-layout.md).

Everything the user wrote goes in as plain text runs: nothing they type is read as markup,
a field or a formula. Headings, lists and table header rows are real Word structures, so
the document is navigable and accessible.
"""

from datetime import datetime
from io import BytesIO
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from selfassess import formatting
from selfassess.documents.document import (
    Block,
    ExportDocument,
    blocks,
    clean,
    concern_reference,
    word_count_text,
)
from selfassess.reports.structure import PRIORITY_QUESTIONS, SECTIONS, SectionKey

Container = DocxDocument | _Cell
TEXT_COLOUR = RGBColor(0x0B, 0x0C, 0x0C)
QUIET_COLOUR = RGBColor(0x50, 0x5A, 0x5F)
HEADER_FILL = "DEE0E2"
LABEL_FILL = "F3F2F1"
FONT = "Arial"


class _Writer:
    """Builds one Word document; keeps its styles to hand and numbers its lists."""

    def __init__(self, doc: ExportDocument) -> None:
        self.doc = doc
        self.document: DocxDocument = Document()
        self.styles = self._set_up_styles()
        self.style_ids = {name: style.style_id for name, style in self.styles.items()}
        self._number_list_id: int | None = None

    # --- Styles and page ------------------------------------------------------------------

    def _style(self, name: str) -> ParagraphStyle:
        style = self.document.styles[name]
        assert isinstance(style, ParagraphStyle)  # noqa: S101 - the default template has it
        return style

    def _set_up_styles(self) -> dict[str, ParagraphStyle]:
        styles = self.document.styles
        normal = self._style("Normal")
        _set_font(normal, FONT, 11, TEXT_COLOUR)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "en-GB")
        normal.element.get_or_add_rPr().append(lang)
        normal.paragraph_format.space_after = Pt(6)
        for name, size in (("Title", 26), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11)):
            style = self._style(name)
            _set_font(style, FONT, size, TEXT_COLOUR)
            style.font.bold = True
            style.font.italic = False
            style.paragraph_format.space_before = Pt(12 if name != "Heading 3" else 8)
            style.paragraph_format.space_after = Pt(4)
        title = self._style("Title")
        title.paragraph_format.space_before = Pt(0)
        title.paragraph_format.space_after = Pt(12)
        # The default Title style draws a blue rule under the title; the template has none.
        p_pr = title.element.pPr
        if p_pr is not None:
            for border in p_pr.findall(qn("w:pBdr")):
                p_pr.remove(border)
        guidance = styles.add_style("Guidance", WD_STYLE_TYPE.PARAGRAPH)
        assert isinstance(guidance, ParagraphStyle)  # noqa: S101
        guidance.base_style = normal
        guidance.font.italic = True
        guidance.font.color.rgb = QUIET_COLOUR
        guidance.font.size = Pt(10)
        count = styles.add_style("Word count", WD_STYLE_TYPE.PARAGRAPH)
        assert isinstance(count, ParagraphStyle)  # noqa: S101
        count.base_style = normal
        count.font.size = Pt(9)
        count.font.color.rgb = QUIET_COLOUR
        names = ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3")
        found = {name: self._style(name) for name in names}
        found.update(
            {
                "List Bullet": self._style("List Bullet"),
                "List Number": self._style("List Number"),
                "Guidance": guidance,
                "Word count": count,
            }
        )
        return found

    def set_up_page(self) -> None:
        """A4 with 2 cm margins; the centre and version at the top, page numbers below."""
        section = self.document.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2))
        meta = self.doc.meta
        header = section.header.paragraphs[0]
        run = header.add_run(
            clean(f"{meta.centre} – Self-assessment report, version {meta.version}")
        )
        run.font.size, run.font.color.rgb = Pt(9), QUIET_COLOUR
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for part in ("Page ", "PAGE", " of ", "NUMPAGES"):
            if part.isupper():
                _add_field(footer, part)
            else:
                footer.add_run(part)
        for run in footer.runs:
            run.font.size, run.font.color.rgb = Pt(9), QUIET_COLOUR

    def set_properties(self) -> None:
        """Title, author (the centre) and subject, as Word's File > Info shows them."""
        meta = self.doc.meta
        props = self.document.core_properties
        props.title = clean(self.doc.title)[:255]
        props.author = clean(meta.centre)[:255]
        props.last_modified_by = clean(meta.centre)[:255]
        props.subject = "Self-assessment report for HM Inspectorate of Prisons"
        props.keywords = "self-assessment report; SAR; HMIP; immigration removal centre"
        props.comments = clean(meta.status)
        props.category = "Self-assessment report"
        props.revision = meta.version
        stamp = meta.submitted_at or datetime.combine(meta.date, datetime.min.time())
        props.created = props.modified = stamp

    # --- Text -----------------------------------------------------------------------------

    def paragraph(
        self, container: Container, text: str, style: str = "Normal", *, first: bool = False
    ) -> Paragraph:
        """Add a paragraph of plain text (or fill the cell's first, empty one)."""
        para: Paragraph
        if first and isinstance(container, _Cell):
            para = container.paragraphs[0]
        else:
            para = container.add_paragraph()
        if style != "Normal":
            # Set the style id directly: python-docx's style setter scans every style
            # each time to find the default, which is most of an export's time.
            para._p.get_or_add_pPr().style = self.style_ids[style]
        if text:
            para.add_run(clean(text))
        return para

    def text(self, container: Container, text: str | None, *, first: bool = False) -> None:
        """Add text as paragraphs and lists; empty text as one empty paragraph."""
        items = blocks(text)
        if not items:
            self.paragraph(container, "", first=first)
            return
        previous: Block | None = None
        for index, block in enumerate(items):
            style = {"paragraph": "Normal", "bullet": "List Bullet", "number": "List Number"}
            para = self.paragraph(
                container, block.text, style[block.kind], first=first and not index
            )
            if block.kind == "number":
                if previous is None or previous.kind != "number":
                    self._number_list_id = self._restart_numbering()
                if self._number_list_id is not None:
                    _set_numbering(para, self._number_list_id)
            previous = block

    def _restart_numbering(self) -> int | None:
        """Return a new numbering instance of List Number that starts again at 1."""
        style_pr = self.styles["List Number"].element.pPr
        num_pr = style_pr.numPr if style_pr is not None else None
        if num_pr is None or num_pr.numId is None:
            return None
        numbering = self.document.part.numbering_part.element
        base = next(
            (n for n in numbering.num_lst if n.numId == num_pr.numId.val),
            None,
        )
        if base is None:
            return None
        num = numbering.add_num(base.abstractNumId.val)
        override = num.add_lvlOverride(ilvl=0)
        override.add_startOverride(1)
        return int(num.numId)

    # --- Tables ---------------------------------------------------------------------------

    def table(self, container: Container, headers: list[str], widths: list[float]) -> Table:
        """Add a bordered table with a shaded header row that repeats on every page."""
        table = container.add_table(rows=1, cols=len(headers))
        table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        row = table.rows[0]
        mark_header_row(row)
        for cell, header, width in zip(row.cells, headers, widths, strict=True):
            cell.width = Cm(width)
            run = cell.paragraphs[0].add_run(header)
            run.bold = True
            _shade(cell, HEADER_FILL)
        return table

    def add_row(self, table: Table, values: list[str], widths: list[float]) -> None:
        """Add a row of plain-text cells."""
        cells = _new_row(table).cells
        for cell, value, width in zip(cells, values, widths, strict=True):
            cell.width = Cm(width)
            self.text(cell, value, first=True)

    # --- The document ---------------------------------------------------------------------

    def build(self) -> bytes:
        """Return the whole document as .docx bytes."""
        self.set_up_page()
        self.set_properties()
        self.paragraph(self.document, "Self-assessment report", "Title")
        self.title_block()
        self.sections()
        self.appendix()
        out = BytesIO()
        self.document.save(out)
        return out.getvalue()

    def title_block(self) -> None:
        meta = self.doc.meta
        rows = [
            ("Centre", meta.centre),
            ("Centre manager", meta.manager or "Not recorded"),
            ("Date", formatting.govuk_date(meta.date)),
            ("Version", str(meta.version)),
            ("Status", meta.status),
        ]
        if meta.signed_off_by and meta.signed_off_at:
            when = formatting.govuk_datetime(meta.signed_off_at)
            rows.append(("Signed off", f"{meta.signed_off_by}, {when}"))
        table = self.document.add_table(rows=0, cols=2)
        table.style = self.document.styles["Table Grid"]
        for label, value in rows:
            cells = _new_row(table).cells
            cells[0].width, cells[1].width = Cm(4.5), Cm(12.5)
            run = cells[0].paragraphs[0].add_run(label)
            run.bold = True
            _shade(cells[0], LABEL_FILL)
            cells[1].paragraphs[0].add_run(clean(value))
        self.paragraph(self.document, "")

    def sections(self) -> None:
        table = self.table(self.document, ["Section"], [17])
        for spec in SECTIONS:
            cell = _new_row(table).cells[0]
            cell.width = Cm(17)
            section = self.doc.section(spec.key)
            self.paragraph(cell, f"{spec.number}. {spec.title}", "Heading 1", first=True)
            self.paragraph(cell, spec.guidance, "Guidance")
            self.paragraph(cell, word_count_text(section), "Word count")
            if spec.key in (SectionKey.VISION, SectionKey.LEADERSHIP):
                self.text(cell, section.get("text"))
            elif spec.key == SectionKey.TESTS:
                self.tests(cell, section)
            elif spec.key == SectionKey.PRIORITIES:
                self.priorities(cell, section)
            else:
                self.key_concerns(cell, section)

    def tests(self, cell: _Cell, section: dict[str, Any]) -> None:
        for part in section.get("parts", []):
            self.paragraph(cell, part["title"], "Heading 2")
            self.paragraph(cell, f"Self-rating: {part.get('rating_label') or 'not rated'}")
            self.text(cell, part.get("text"))

    def priorities(self, cell: _Cell, section: dict[str, Any]) -> None:
        items = section.get("items", [])
        if not items:
            self.paragraph(cell, "No priorities recorded.")
        widths = [5.0, 2.3, 2.3, 3.9, 3.0]
        for item in items:
            self.paragraph(cell, f"Priority {item['position']}", "Heading 2")
            for name, (question, _hint) in PRIORITY_QUESTIONS.items():
                self.paragraph(cell, question, "Heading 3")
                self.text(cell, item.get(name))
            if item.get("targets"):
                table = self.table(cell, ["Measure", "Baseline", "Target", "Owner", "Due"], widths)
                for target in item["targets"]:
                    due = target.get("due_date")
                    due_text = formatting.govuk_date(_date(due)) if due else ""
                    values = [target["measure"], target["baseline"], target["target"]]
                    self.add_row(table, [*values, target["owner"], due_text], widths)

    def key_concerns(self, cell: _Cell, section: dict[str, Any]) -> None:
        items = section.get("items", [])
        if not items:
            self.paragraph(cell, "No key concerns recorded.")
            return
        widths = [2.6, 5.6, 6.2, 2.6]
        table = self.table(cell, ["Reference", "Concern", "Progress", "Status"], widths)
        for item in items:
            reference = concern_reference(item)
            status = item.get("judgement_label") or "Not judged"
            self.add_row(table, [reference, item["concern"], item["progress"], status], widths)

    def appendix(self) -> None:
        self.paragraph(self.document, "Appendix: evidence cited", "Heading 1")
        items = self.doc.data.get("evidence", [])
        if not items:
            self.paragraph(self.document, "No evidence cited.")
            return
        widths = [4.0, 2.6, 2.2, 2.6, 5.6]
        table = self.table(self.document, ["Title", "Kind", "Source", "Date", "Finding"], widths)
        for item in items:
            values = [item["title"], item["kind_label"], item["source_group_label"]]
            when = formatting.govuk_date(_date(item["date"]))
            self.add_row(table, [*values, when, item["summary"]], widths)


def _new_row(table: Table) -> _Row:
    """Add a row to a table (python-docx leaves `add_row` untyped)."""
    row: _Row = table.add_row()  # type: ignore[no-untyped-call]
    return row


def _date(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _set_font(style: ParagraphStyle, name: str, size: int, colour: RGBColor) -> None:
    style.font.name = name
    style.font.size = Pt(size)
    style.font.color.rgb = colour
    r_fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        r_fonts.attrib.pop(qn(attr), None)
    r_fonts.set(qn("w:cs"), name)


def mark_header_row(row: Any) -> None:
    """Mark a table row as its header: repeated at the top of each page, never split."""
    tr_pr = row._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):
        element = OxmlElement(tag)
        element.set(qn("w:val"), "true")
        tr_pr.append(element)


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _add_field(paragraph: Paragraph, instruction: str) -> None:
    """Add a simple field (PAGE, NUMPAGES) that Word fills in."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _set_numbering(paragraph: Paragraph, num_id: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def export_docx(doc: ExportDocument) -> bytes:
    """Return the SAR as a Word document (.docx bytes)."""
    return _Writer(doc).build()
