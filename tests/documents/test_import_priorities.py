"""Import: priorities as 'Priority 1' blocks, as tables either way round, and more than six."""

import pytest

from tests.documents.test_import_builders import ANSWERS, QUESTIONS, Builder, parse

FIELDS = ("what", "how_known", "delivering", "success")


def second(answer: str) -> str:
    return f"{answer} (two)"


def check_two(result):
    assert len(result.priorities) == 2
    first, other = result.priorities
    assert {k: first[k] for k in FIELDS} == ANSWERS
    assert {k: other[k] for k in FIELDS} == {k: second(v) for k, v in ANSWERS.items()}
    assert result.unplaced == []


@pytest.mark.parametrize("question_style", ["heading", "bold", "numbered-line", "run-in"])
def test_priority_blocks_with_the_four_questions(question_style):
    """'Priority 1' blocks with the questions as headings, bold labels, 'i.' lines or lead-ins."""
    b = Builder().heading("4. Main priorities for the next year")
    for number, transform in ((1, str), (2, second)):
        b.heading(f"Priority {number}", 2)
        for name, question in QUESTIONS.items():
            answer = transform(ANSWERS[name])
            if question_style == "heading":
                b.heading(question, 3).para(answer)
            elif question_style == "bold":
                b.bold(question.split(". ", 1)[1]).para(answer)
            elif question_style == "numbered-line":
                b.para(question).para(answer)
            else:
                b.run_in(question + " ", answer)
    check_two(parse(b.bytes()))


def test_priority_headings_with_a_title_and_short_labels():
    """'Priority 1: Safer first days' with 'Why:', 'Actions:' and 'Success measures:' labels."""
    b = Builder().heading("Priorities")
    b.bold("Priority 1: Make men's first days safer.")
    b.para(f"Why: {ANSWERS['how_known']}")
    b.para(f"Actions: {ANSWERS['delivering']}")
    b.para(f"Success measures: {ANSWERS['success']}")
    result = parse(b.bytes())
    assert {k: result.priorities[0][k] for k in FIELDS} == ANSWERS


def test_a_table_with_the_questions_as_columns():
    """One row per priority; the first column just numbers them."""
    b = Builder().heading("Main priorities for the next year")
    b.table(
        [
            ["No.", *QUESTIONS.values()],
            ["1", *ANSWERS.values()],
            ["2", *(second(v) for v in ANSWERS.values())],
        ]
    )
    check_two(parse(b.bytes()))


def test_a_table_with_the_questions_as_rows():
    """One column per priority, the questions down the side."""
    b = Builder().heading("Main priorities for the next year")
    rows = [["", "Priority 1", "Priority 2"]]
    rows += [[QUESTIONS[k], ANSWERS[k], second(ANSWERS[k])] for k in FIELDS]
    b.table(rows)
    check_two(parse(b.bytes()))


def test_targets_tables_are_read_with_their_priority():
    b = Builder().heading("Priorities").heading("Priority 1", 2)
    for name, question in QUESTIONS.items():
        b.heading(question, 3).para(ANSWERS[name])
    b.table(
        [
            ["Measure", "Baseline", "Target", "Owner", "Due"],
            ["Men unsafe on first night", "31%", "22%", "Head of Residential", "31 March 2027"],
        ]
    )
    target = parse(b.bytes()).priorities[0]["targets"][0]
    assert target == {
        "measure": "Men unsafe on first night",
        "baseline": "31%",
        "target": "22%",
        "owner": "Head of Residential",
        "due_date": "2027-03-31",
    }


def test_a_target_with_an_unreadable_date_is_unplaced_not_lost():
    b = (
        Builder()
        .heading("Priorities")
        .heading("Priority 1", 2)
        .para(f"{QUESTIONS['what']} {ANSWERS['what']}")
    )
    b.table(
        [["Measure", "Target", "Owner", "Due"], ["Waits", "2%", "Reception manager", "next spring"]]
    )
    result = parse(b.bytes())
    assert result.priorities[0]["targets"] == []
    assert result.unplaced == ["Priority 1 target: Waits | 2% | Reception manager | next spring"]


def test_priorities_beyond_six_go_to_unplaced_with_a_warning():
    b = Builder().heading("Main priorities for the next year")
    for number in range(1, 9):
        b.heading(f"Priority {number}", 2).heading(QUESTIONS["what"], 3).para(
            f"Priority text {number}"
        )
    result = parse(b.bytes())
    assert [p["what"] for p in result.priorities] == [f"Priority text {n}" for n in range(1, 7)]
    assert len(result.unplaced) == 2
    assert result.unplaced[0].startswith("Priority 7")
    assert "Priority text 7" in result.unplaced[0]
    assert any("at most 6" in w for w in result.warnings)


def test_a_plain_list_of_priorities_becomes_one_priority_each():
    b = Builder().heading("Main priorities").numbers("Safer first days", "More purposeful activity")
    result = parse(b.bytes())
    assert [p["what"] for p in result.priorities] == [
        "Safer first days",
        "More purposeful activity",
    ]
    assert any("without the four questions" in w for w in result.warnings)


def test_lists_inside_an_answer_are_kept():
    b = Builder().heading("Priorities").heading("Priority 1", 2).heading(QUESTIONS["delivering"], 3)
    b.para("Steps:").bullets("move induction", "recruit mentors")
    assert (
        parse(b.bytes()).priorities[0]["delivering"]
        == "Steps:\n\n- move induction\n- recruit mentors"
    )
