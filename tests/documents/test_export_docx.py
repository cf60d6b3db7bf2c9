"""Word export: the inspectorate's template layout, real headings, tables and lists."""

import io

import pytest
from docx import Document
from docx.oxml.ns import qn

from selfassess.documents import sources
from selfassess.documents.docx_export import export_docx
from selfassess.reports import services
from selfassess.reports.structure import ConcernKind, Progress, SectionKey
from tests.factories import EvidenceItemFactory
from tests.reports.conftest import write_complete_sar

HOSTILE = '<script>alert("x")</script> =HYPERLINK("http://evil.example","click") **bold** {{ 7*7 }}'


def write_rich_sar(sar, user):
    """A complete SAR with lists, hostile text, a key concern and cited evidence."""
    write_complete_sar(sar, user, leadership_words=700)
    item = EvidenceItemFactory(
        centre=sar.centre, title="Detainee survey 2026", summary="31% felt unsafe."
    )
    vision = sar.sections.get(key=SectionKey.VISION)
    services.save_section(
        vision,
        user,
        None,
        fields={
            "body": f"A safe, decent centre.\n\n{HOSTILE}\n\nOur aims:\n- fewer incidents\n"
            "- more activity\n\n1. Train staff\n2. Audit ACDT\n\nSecond list:\n1. Again one",
        },
        evidence=[item],
    )
    services.add_key_concern(
        sar,
        user,
        {
            "reference": "1.3",
            "kind": ConcernKind.PRIORITY,
            "concern": "Too many men felt unsafe on their first night.",
            "progress": "Induction moved to unit 1.\n\nSurvey result down from 39% to 31%.",
            "judgement": Progress.REASONABLE,
        },
        [item],
    )
    return sar


@pytest.fixture
def rich_sar(sar, manager):
    return write_rich_sar(sar, manager)


@pytest.fixture
def word(rich_sar):
    return Document(io.BytesIO(export_docx(sources.for_draft(rich_sar))))


def texts(doc_or_cell):
    return [(p.style.name, p.text) for p in doc_or_cell.paragraphs]


def section_cell(word, number):
    return word.tables[1].rows[number].cells[0]


def is_header_row(row):
    tr_pr = row._tr.trPr
    return tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None


def test_it_starts_with_the_title_and_the_title_block(word, manager):
    assert word.paragraphs[0].style.name == "Title"
    assert word.paragraphs[0].text == "Self-assessment report"
    block = {row.cells[0].text: row.cells[1].text for row in word.tables[0].rows}
    assert block["Centre"] == "Brookfield House IRC"
    assert block["Centre manager"] == "Morgan Manager"
    assert block["Version"] == "1"
    assert block["Status"] == "Draft – not submitted"
    assert list(block)[:5] == ["Centre", "Centre manager", "Date", "Version", "Status"]


def test_the_sections_are_rows_of_one_table_with_a_repeating_header(word):
    sections = word.tables[1]
    assert sections.rows[0].cells[0].text == "Section"
    assert is_header_row(sections.rows[0])
    headings = [section_cell(word, n).paragraphs[0] for n in range(1, 6)]
    assert [(p.style.name, p.text) for p in headings] == [
        ("Heading 1", "1. Vision"),
        ("Heading 1", "2. Leadership"),
        ("Heading 1", "3. Healthy establishment tests"),
        ("Heading 1", "4. Main priorities for the next year"),
        ("Heading 1", "5. Progress against key concerns"),
    ]


def test_each_section_shows_its_guidance_and_word_count_against_the_limit(word):
    leadership = texts(section_cell(word, 2))
    assert leadership[1][0] == "Guidance"
    assert leadership[1][1].startswith("Your assessment of the strengths and weaknesses")
    assert leadership[2] == ("Word count", "Word count: 700 of 750")
    assert texts(section_cell(word, 1))[2][0] == "Word count"
    assert texts(section_cell(word, 1))[2][1].startswith("Word count: ")
    assert " of " not in texts(section_cell(word, 1))[2][1]


def test_a_section_over_its_limit_says_by_how_much(sar, manager):
    write_complete_sar(sar, manager, leadership_words=760)
    word = Document(io.BytesIO(export_docx(sources.for_draft(sar))))
    assert ("Word count", "Word count: 760 of 750 – 10 words over the limit") in texts(
        section_cell(word, 2)
    )


def test_lists_become_word_lists_and_numbering_restarts(word):
    vision = texts(section_cell(word, 1))
    assert ("List Bullet", "fewer incidents") in vision
    assert ("List Bullet", "more activity") in vision
    assert ("List Number", "Train staff") in vision
    assert ("Normal", "Our aims:") in vision
    cell = section_cell(word, 1)
    numbered = [p for p in cell.paragraphs if p.style.name == "List Number"]
    num_ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert num_ids[0] == num_ids[1] != num_ids[2]  # the second list starts again at 1


def test_hostile_text_comes_out_literally(word):
    vision = [text for _style, text in texts(section_cell(word, 1))]
    assert HOSTILE in vision
    xml = section_cell(word, 1)._tc.xml
    assert "<w:fldSimple" not in xml and "<w:instrText" not in xml
    assert "&lt;script&gt;" in xml


def test_tests_have_subheadings_and_self_ratings(word):
    tests = texts(section_cell(word, 3))
    assert ("Heading 2", "Safety") in tests
    assert ("Heading 2", "Preparation for removal and release") in tests
    assert tests.count(("Normal", "Self-rating: Reasonably good")) == 4


def test_priorities_answer_the_four_questions_with_a_targets_table(word):
    cell = section_cell(word, 4)
    priorities = texts(cell)
    assert ("Heading 2", "Priority 1") in priorities
    questions = [text for style, text in priorities if style == "Heading 3"]
    assert questions == [
        "i. What is the priority?",
        "ii. How do you know that this is a priority?",
        "iii. How are you delivering this priority?",
        "iv. How will you know you have succeeded?",
    ]
    index = priorities.index(("Heading 3", "i. What is the priority?"))
    assert priorities[index + 1] == ("Normal", "Reduce self-harm")
    targets = cell.tables[0]
    assert [c.text for c in targets.rows[0].cells] == [
        "Measure",
        "Baseline",
        "Target",
        "Owner",
        "Due",
    ]
    assert is_header_row(targets.rows[0])
    assert [c.text for c in targets.rows[1].cells] == [
        "Self-harm incidents a quarter",
        "31",
        "20",
        "Head of safer custody",
        "31 March 2027",
    ]


def test_key_concerns_are_a_table_with_reference_kind_and_status(word):
    table = section_cell(word, 5).tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Reference", "Concern", "Progress", "Status"]
    assert is_header_row(table.rows[0])
    row = table.rows[1].cells
    assert row[0].text == "1.3 (Priority concern)"
    assert row[1].text == "Too many men felt unsafe on their first night."
    assert [p.text for p in row[2].paragraphs] == [
        "Induction moved to unit 1.",
        "Survey result down from 39% to 31%.",
    ]
    assert row[3].text == "Reasonable progress"


def test_no_key_concerns_says_so(sar, manager):
    write_complete_sar(sar, manager)
    word = Document(io.BytesIO(export_docx(sources.for_draft(sar))))
    assert ("Normal", "No key concerns recorded.") in texts(section_cell(word, 5))


def test_the_evidence_cited_is_an_appendix_table(word):
    heading = word.paragraphs[-1] if word.paragraphs[-1].text else word.paragraphs[-2]
    assert (heading.style.name, heading.text) == ("Heading 1", "Appendix: evidence cited")
    table = word.tables[2]
    assert [c.text for c in table.rows[0].cells] == ["Title", "Kind", "Source", "Date", "Finding"]
    assert is_header_row(table.rows[0])
    assert [c.text for c in table.rows[1].cells] == [
        "Detainee survey 2026",
        "Performance data",
        "Leaders",
        "30 September 2026",
        "31% felt unsafe.",
    ]


def test_empty_answers_are_empty_paragraphs_not_placeholders(sar, manager):
    services.add_priority(sar, manager, {"what": "Only the what"})
    word = Document(io.BytesIO(export_docx(sources.for_draft(sar))))
    priorities = texts(section_cell(word, 4))
    index = priorities.index(("Heading 3", "ii. How do you know that this is a priority?"))
    assert priorities[index + 1] == ("Normal", "")
    assert ("Normal", "") == texts(section_cell(word, 1))[3]  # an empty vision


def test_document_properties_name_the_centre(word):
    props = word.core_properties
    assert props.author == "Brookfield House IRC"
    assert props.title == "Self-assessment report – Brookfield House IRC – version 1"


def test_pages_are_a4_with_the_centre_and_version_in_the_header(word):
    section = word.sections[0]
    assert round(section.page_width.cm, 1) == 21.0
    assert round(section.page_height.cm, 1) == 29.7
    assert (
        "Brookfield House IRC – Self-assessment report, version 1"
        in section.header.paragraphs[0].text
    )
    assert 'w:instr="NUMPAGES"' in section.footer.paragraphs[0]._p.xml


def test_control_characters_do_not_break_the_file(sar, manager):
    # NUL never reaches the database (forms refuse it, PostgreSQL cannot store it); the other
    # control characters can, and Word would refuse the file with them in it.
    section = sar.sections.get(key=SectionKey.VISION)
    services.save_section(section, manager, None, fields={"body": "Bell\x07 and escape\x1b gone"})
    word = Document(io.BytesIO(export_docx(sources.for_draft(sar))))
    assert ("Normal", "Bell and escape gone") in texts(section_cell(word, 1))


def test_a_submitted_version_shows_how_it_was_submitted(rich_sar, manager):
    services.sign_off(rich_sar, manager)
    submission = services.submit(rich_sar, manager)
    word = Document(io.BytesIO(export_docx(sources.for_submission(submission))))
    block = {row.cells[0].text: row.cells[1].text for row in word.tables[0].rows}
    assert block["Status"] == "Submitted on time"
    assert block["Signed off"].startswith("Morgan Manager, ")
