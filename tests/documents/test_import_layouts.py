"""Import: the template's table, headings and paragraphs, and every way of writing a heading."""

import pytest

from tests.documents.test_import_builders import (
    ACTIVITIES,
    ANSWERS,
    LEADERSHIP,
    PREPARATION,
    QUESTIONS,
    RESPECT,
    SAFETY,
    TEXTS,
    VISION,
    Builder,
    headings_sar,
    parse,
)

SEED_VISION_GUIDANCE = (
    "Describe your overarching vision for the future of the centre. This will help us to "
    "understand where you plan to take the centre in the future and why some issues are "
    "prioritised over others. It will also help us understand the extent of your ambition."
)
SEED_LEADERSHIP_GUIDANCE = (
    "Provide your assessment (in no more than 750 words) of the strengths and weaknesses of "
    "leadership in the centre, including senior, middle and first-line leaders."
)


def assert_whole_sar(result):
    assert result.vision == VISION
    assert result.leadership == LEADERSHIP
    assert {t: result.tests[t]["text"] for t in TEXTS} == TEXTS
    assert result.priorities[0]["what"] == ANSWERS["what"]
    assert result.priorities[0]["success"] == ANSWERS["success"]
    assert result.key_concerns[0]["concern"] == "Too many men felt unsafe."
    assert result.unplaced == []


@pytest.mark.parametrize(
    "number",
    [
        lambda n, t: f"{n}. {t}",
        lambda n, t: t,
        lambda n, t: f"Section {n} – {t}",
        lambda n, t: f"SECTION {n}: {t.upper()}",
        lambda n, t: f"{n}) {t}:",
        lambda n, t: f"Part {n} - {t}",
    ],
    ids=["numbered", "plain", "section-dash", "caps-colon", "bracket", "part"],
)
def test_section_headings_are_found_however_they_are_numbered(number):
    """'2. Leadership', 'Leadership', 'Section 2 – Leadership', 'SECTION 2: LEADERSHIP'…"""
    assert_whole_sar(parse(headings_sar(number).bytes()))


def test_bold_paragraphs_work_as_headings():
    """A centre that makes headings bold instead of using Heading styles."""
    b = Builder()
    b.bold("1. Vision").para(VISION)
    b.bold("2. Leadership").para(LEADERSHIP)
    b.bold("3. Healthy establishment tests")
    for title, text in (("Safety", SAFETY), ("Respect", RESPECT)):
        b.bold(title).para(text)
    b.bold("Activities").para(ACTIVITIES)
    b.bold("Preparation for removal and release").para(PREPARATION)
    result = parse(b.bytes())
    assert result.vision == VISION
    assert result.leadership == LEADERSHIP
    assert result.tests["respect"]["text"] == RESPECT
    assert result.tests["preparation"]["text"] == PREPARATION


def test_long_heading_forms_from_the_template_are_recognised():
    """Headings with the template's brackets and word limits still name their sections."""
    b = Builder()
    b.heading("Leadership (no more than 750 words)").para(LEADERSHIP)
    b.heading("Progress against key concerns (KCs) (and recommendations where still relevant)")
    b.para("1.3 Too many men felt unsafe.").para("Progress: Down from 39% to 31%.")
    result = parse(b.bytes())
    assert result.leadership == LEADERSHIP
    assert result.key_concerns[0]["progress"] == "Down from 39% to 31%."


def template_table(guidance=True, two_columns=False) -> Builder:
    """The inspectorate's template: one table row per section, guidance in the row."""
    b = Builder()
    b.para("Self-assessment report", style="Title")
    rows = [
        ("1. Vision", SEED_VISION_GUIDANCE, [VISION]),
        ("2. Leadership", SEED_LEADERSHIP_GUIDANCE, [LEADERSHIP, "Word count: 12"]),
        (
            "3. Healthy establishment tests",
            "Avoid providing a large amount of text. Try to distil and summarise the main "
            "themes and evidence them with relevant performance data wherever possible.",
            ["Safety", SAFETY, "Respect", RESPECT, "Activities", ACTIVITIES],
        ),
    ]
    table = b.doc.add_table(rows=len(rows), cols=2 if two_columns else 1)
    for index, (heading, hint, content) in enumerate(rows):
        first = table.rows[index].cells[0]
        first.paragraphs[0].add_run(heading).bold = True
        if guidance:
            first.add_paragraph(hint).runs[0].italic = True
        target = table.rows[index].cells[1] if two_columns else first
        for text in content:
            if text in ("Safety", "Respect", "Activities"):
                target.add_paragraph().add_run(text).bold = True
            else:
                target.add_paragraph(text)
    return b


@pytest.mark.parametrize("two_columns", [False, True], ids=["one-column", "heading-beside-text"])
def test_the_template_table_is_read_row_by_row_without_its_guidance(two_columns):
    """Each row is a section; the template's guidance and 'Word count:' lines are left out."""
    result = parse(template_table(two_columns=two_columns).bytes())
    assert result.vision == VISION
    assert result.leadership == LEADERSHIP
    assert result.tests["safety"]["text"] == SAFETY
    assert result.tests["activities"]["text"] == ACTIVITIES
    assert result.unplaced == []
    assert not any("guidance" in w.lower() for w in result.warnings)


def test_the_template_introduction_left_in_the_document_is_not_imported():
    """The template's own introduction and guidance section, kept at the top, is skipped."""
    b = Builder()
    b.heading("Introduction")
    b.para(
        "HM Inspectorate of Prisons (HMI Prisons) reports include a narrative judgement about "
        "leadership in inspections of immigration removal centres."
    )
    b.para("The lessons from the best SARs are:")
    b.heading("Guidance for completion")
    b.heading("1. Vision", 2).para(SEED_VISION_GUIDANCE)
    b.heading("4. Main priorities for the next year", 2)
    b.para("i. What is the priority?")
    b.para(
        "State what you want to achieve in a few words, for example ‘improve care for those at risk of self-harm’."
    )
    b.heading("1. Vision").para(VISION)
    b.heading("4. Main priorities for the next year").heading("Priority 1", 2)
    b.heading(QUESTIONS["what"], 3).para(ANSWERS["what"])
    result = parse(b.bytes())
    assert result.vision == VISION
    assert [p["what"] for p in result.priorities] == [ANSWERS["what"]]
    assert result.unplaced == []


def test_lists_come_back_as_dash_and_number_lines_and_paragraphs_as_blank_lines():
    """Bullets become '- item' lines, numbered items '1. item', paragraphs blank-line separated."""
    b = Builder().heading("Vision").para("Our aims:")
    b.bullets("fewer incidents", "more activity")
    b.para("Our steps:")
    b.numbers("Train staff", "Audit ACDT")
    b.para("Last paragraph.")
    assert parse(b.bytes()).vision == (
        "Our aims:\n\n- fewer incidents\n- more activity\n\nOur steps:\n\n1. Train staff\n"
        "2. Audit ACDT\n\nLast paragraph."
    )


def test_line_breaks_inside_a_paragraph_are_kept():
    """A Shift+Enter line break stays a line break, not a new paragraph."""
    b = Builder().heading("Leadership")
    b.doc.add_paragraph("First line").add_run().add_break()
    b.doc.paragraphs[-1].add_run("second line")
    assert parse(b.bytes()).leadership == "First line\nsecond line"


def test_text_before_the_first_heading_is_unplaced_not_dropped():
    """A cover note above the sections lands in the unplaced list."""
    b = Builder().para("Hatherleigh House IRC, March 2026").para("Prepared by the SMT.")
    b.heading("Vision").para(VISION)
    result = parse(b.bytes())
    assert result.unplaced == ["Hatherleigh House IRC, March 2026\n\nPrepared by the SMT."]
    assert result.vision == VISION


def test_a_section_that_is_missing_is_reported():
    """A document without a leadership section says so."""
    result = parse(Builder().heading("Vision").para(VISION).bytes())
    assert any("“Leadership”" in w for w in result.warnings)


def test_tables_inside_table_cells_are_read():
    """A nested table of figures inside a section row is kept as text, row by row."""
    b = Builder()
    outer = b.doc.add_table(rows=1, cols=1)
    cell = outer.rows[0].cells[0]
    cell.paragraphs[0].add_run("2. Leadership").bold = True
    cell.add_paragraph(LEADERSHIP)
    b.table([["Measure", "2025", "2026"], ["Staff survey response", "51%", "58%"]], container=cell)
    cell.add_paragraph("After the figures.")
    result = parse(b.bytes())
    assert result.leadership == (
        f"{LEADERSHIP}\n\nMeasure | 2025 | 2026\nStaff survey response | 51% | 58%\n\n"
        "After the figures."
    )


def test_a_title_block_table_is_not_imported_as_content():
    """The Centre / Centre manager / Date table at the top is read as the title block."""
    b = Builder()
    b.table(
        [
            ["Centre", "Hatherleigh House IRC"],
            ["Centre manager", "M. Manager"],
            ["Date", "1 March 2026"],
        ]
    )
    b.heading("Vision").para(VISION)
    result = parse(b.bytes())
    assert result.meta["Centre"] == "Hatherleigh House IRC"
    assert result.unplaced == []


def test_text_in_content_controls_is_read_and_placeholders_are_not():
    """Text typed into a content control is read; an unfilled control's prompt is not."""
    b = Builder().heading("Vision")
    b.xml(
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r>"
        "<w:t>Enter your vision here</w:t></w:r></w:p></w:sdtContent></w:sdt>".replace(
            "<w:sdt>",
            '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
        )
    )
    b.xml(
        '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:sdtContent><w:p><w:r><w:t>{VISION}</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    assert parse(b.bytes()).vision == VISION
