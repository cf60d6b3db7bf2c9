"""Import: key concerns as a table (any column order, varied headers) or as a numbered list."""

import pytest

from tests.documents.test_import_builders import Builder, parse

CONCERN = "Too many men felt unsafe on their first night."
PROGRESS = "Induction moved to unit 1; the survey result fell from 39% to 31%."


@pytest.mark.parametrize(
    "header",
    [
        ["Reference", "Concern", "Progress", "Status"],
        ["Status", "Progress made", "Key concern", "Ref"],
        ["KC", "Recommendation", "Evidence of progress", "Our judgement"],
        ["Paragraph", "Issue", "Action taken", "RAG rating"],
    ],
    ids=["template", "reordered", "recommendations", "other-words"],
)
def test_a_concerns_table_is_read_whatever_its_column_order_and_names(header):
    order = {"reference": 0, "concern": 1, "progress": 2, "status": 3}
    standard = ["Reference", "Concern", "Progress", "Status"]
    names = {
        "Reference": "reference",
        "Ref": "reference",
        "KC": "reference",
        "Paragraph": "reference",
        "Concern": "concern",
        "Key concern": "concern",
        "Recommendation": "concern",
        "Issue": "concern",
        "Progress": "progress",
        "Progress made": "progress",
        "Evidence of progress": "progress",
        "Action taken": "progress",
        "Status": "status",
        "Our judgement": "status",
        "RAG rating": "status",
    }
    values = ["1.3 (Priority concern)", CONCERN, PROGRESS, "Reasonable progress"]
    row = [values[order[names[h]]] for h in header]
    assert standard
    b = Builder().heading("5. Progress against key concerns")
    b.table([header, row, [r.replace("1.3 (Priority concern)", "2.7") for r in row]])
    result = parse(b.bytes())
    first = result.key_concerns[0]
    assert first == {
        "reference": "1.3",
        "kind": "priority",
        "concern": CONCERN,
        "progress": PROGRESS,
        "status": "Reasonable progress",
        "judgement": "reasonable",
    }
    assert result.key_concerns[1]["reference"] == "2.7"


def test_a_numbered_list_of_concerns_with_progress_lines():
    """'1.3 Concern text' then 'Progress: …' paragraphs, concern after concern."""
    b = Builder().heading("Progress against key concerns")
    b.para(f"1.3 {CONCERN}").para(f"Progress: {PROGRESS}").para("We are still auditing.")
    b.para("Status: Good progress")
    b.para("1.4 Use of force was high.").para("Progress: It fell from 219 to 173.")
    result = parse(b.bytes())
    assert [kc["reference"] for kc in result.key_concerns] == ["1.3", "1.4"]
    assert result.key_concerns[0]["concern"] == CONCERN
    assert result.key_concerns[0]["progress"] == f"{PROGRESS}\n\nWe are still auditing."
    assert result.key_concerns[0]["judgement"] == "good"
    assert result.key_concerns[1]["progress"] == "It fell from 219 to 173."


def test_labelled_concerns_with_progress_headings():
    b = Builder().heading("Key concerns")
    b.heading("Priority concern 1: Too many men felt unsafe", 2)
    b.heading("Progress", 3).para(PROGRESS)
    b.heading("KC2 – Use of force was high", 2)
    b.para("Progress (Insufficient progress): Paperwork is still late.")
    result = parse(b.bytes())
    first, second = result.key_concerns
    assert (first["reference"], first["kind"], first["concern"]) == (
        "1",
        "priority",
        "Too many men felt unsafe",
    )
    assert first["progress"] == PROGRESS
    assert (second["reference"], second["concern"], second["judgement"]) == (
        "KC2",
        "Use of force was high",
        "insufficient",
    )
    assert second["progress"] == "Paperwork is still late."


def test_figures_inside_progress_do_not_start_new_concerns():
    b = Builder().heading("Key concerns")
    b.para(f"KC1: {CONCERN}").para("Progress:").para("12 men now have a mentor.").para(
        "2.5 hours is the average wait."
    )
    result = parse(b.bytes())
    assert len(result.key_concerns) == 1
    assert (
        result.key_concerns[0]["progress"]
        == "12 men now have a mentor.\n\n2.5 hours is the average wait."
    )


def test_an_unknown_status_is_kept_and_flagged():
    b = Builder().heading("Key concerns")
    b.table([["Ref", "Concern", "Progress", "Status"], ["1.1", CONCERN, PROGRESS, "Amber"]])
    result = parse(b.bytes())
    assert result.key_concerns[0]["status"] == "Amber"
    assert result.key_concerns[0]["judgement"] == ""
    assert any("“Amber”" in w for w in result.warnings)


def test_no_key_concerns_recorded_imports_none():
    result = parse(
        Builder().heading("Progress against key concerns").para("No key concerns recorded.").bytes()
    )
    assert result.key_concerns == []
    assert result.unplaced == []


def test_text_before_the_first_concern_is_unplaced():
    b = Builder().heading("Key concerns").para("We have worked hard on all of these.")
    b.para(f"1.3 {CONCERN}")
    result = parse(b.bytes())
    assert result.unplaced == ["We have worked hard on all of these."]
    assert result.key_concerns[0]["concern"] == CONCERN
