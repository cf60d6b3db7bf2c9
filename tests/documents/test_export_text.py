"""Markdown and JSON exports: the same content, for data portability."""

import json

import pytest

from selfassess.documents import sources
from selfassess.documents.document import blocks, filename
from selfassess.documents.json_export import SCHEMA, export_json
from selfassess.documents.markdown_export import escape, export_markdown
from selfassess.reports import services
from tests.documents.test_export_docx import write_rich_sar


@pytest.fixture
def rich_sar(sar, manager):
    return write_rich_sar(sar, manager)


def test_markdown_has_the_sections_as_headings(rich_sar):
    md = export_markdown(sources.for_draft(rich_sar))
    assert md.startswith("# Self-assessment report\n")
    for heading in (
        "## 1. Vision",
        "## 2. Leadership",
        "## 3. Healthy establishment tests",
        "### Safety",
        "## 4. Main priorities for the next year",
        "### Priority 1",
        "#### i. What is the priority?",
        "## 5. Progress against key concerns",
        "### 1.3 (Priority concern)",
        "## Appendix: evidence cited",
    ):
        assert f"\n{heading}\n" in md, heading
    assert "Word count: 700 of 750" in md
    assert "**Status:** Draft – not submitted" in md
    assert (
        "| Self-harm incidents a quarter | 31 | 20 | Head of safer custody | 31 March 2027 |" in md
    )


def test_markdown_lists_are_lists_and_hostile_text_is_escaped(rich_sar):
    md = export_markdown(sources.for_draft(rich_sar))
    assert "\n- fewer incidents\n- more activity\n" in md
    assert "\n1. Train staff\n2. Audit ACDT\n" in md
    assert "\\<script\\>" in md
    assert "<script>" not in md
    assert "\\*\\*bold\\*\\*" in md


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- not a list", "\\- not a list"),
        ("1. not a list", "1\\. not a list"),
        ("# not a heading", "\\# not a heading"),
        ("[link](http://x)", "\\[link\\](http://x)"),
        ("a | b", "a \\| b"),
    ],
)
def test_markdown_escapes_what_would_be_read_as_markup(text, expected):
    assert escape(text) == expected


def test_json_is_the_full_structure(rich_sar):
    data = json.loads(export_json(sources.for_draft(rich_sar)))
    assert data["schema"] == SCHEMA
    assert data["version"] == 1
    assert data["state"] == "draft"
    assert data["status"] == "Draft – not submitted"
    assert data["centre"]["name"] == "Brookfield House IRC"
    assert data["centre"]["manager"] == "Morgan Manager"
    assert data["sign_off"] is None
    assert data["submission"] is None
    sections = data["sections"]
    assert list(sections) == ["vision", "leadership", "tests", "priorities", "key_concerns"]
    assert sections["leadership"]["word_count"] == 700
    assert sections["leadership"]["word_limit"] == 750
    assert [p["rating"] for p in sections["tests"]["parts"]] == [3, 3, 3, 3]
    priority = sections["priorities"]["items"][0]
    assert priority["targets"][0]["due_date"] == "2027-03-31"
    concern = sections["key_concerns"]["items"][0]
    assert (concern["reference"], concern["kind"], concern["judgement"]) == (
        "1.3",
        "priority",
        "reasonable",
    )
    assert data["evidence"][0]["title"] == "Detainee survey 2026"
    assert concern["evidence"] == [data["evidence"][0]["id"]]


def test_json_of_a_submitted_version_has_its_sign_off_and_submission(rich_sar, manager):
    services.sign_off(rich_sar, manager)
    submission = services.submit(rich_sar, manager)
    data = json.loads(export_json(sources.for_submission(submission)))
    assert data["state"] == "submitted"
    assert data["status"] == "Submitted on time"
    assert data["sign_off"]["signed_by"] == "Morgan Manager"
    assert data["submission"]["submitted_by"] == "Morgan Manager"
    assert data["sections"] == submission.snapshot["sections"]


def test_an_unchanged_draft_exports_as_the_version_it_was_submitted_as(rich_sar, manager):
    services.sign_off(rich_sar, manager)
    services.submit(rich_sar, manager)
    doc = sources.for_draft(rich_sar)
    assert (doc.meta.version, doc.meta.status) == (1, "Submitted on time")
    assert filename(doc, "docx") == "brookfield-house-irc-sar-v1.docx"


def test_file_names_are_safe(rich_sar):
    doc = sources.for_draft(rich_sar)
    assert filename(doc, "pdf") == "brookfield-house-irc-sar-v1-draft.pdf"
    rich_sar.centre.name = 'Évian "House"/../IRC\r\n'
    doc = sources.for_draft(rich_sar)
    assert filename(doc, "md") == "evian-house-irc-sar-v1-draft.md"


def test_blocks_split_paragraphs_and_list_items():
    result = blocks("One\nline two\n\n- a\n* b\n\n2) c")
    assert [(b.kind, b.text) for b in result] == [
        ("paragraph", "One\nline two"),
        ("bullet", "a"),
        ("bullet", "b"),
        ("number", "c"),
    ]
