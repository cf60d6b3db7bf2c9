"""Import: the healthy establishment tests, split by name or run together, with self-ratings."""

import pytest

from tests.documents.test_import_builders import (
    ACTIVITIES,
    PREPARATION,
    RESPECT,
    SAFETY,
    Builder,
    parse,
)


def build_tests_doc(names, rating_lines=None, style="heading") -> bytes:
    b = Builder().heading("3. Healthy establishment tests")
    for index, (name, text) in enumerate(
        zip(names, (SAFETY, RESPECT, ACTIVITIES, PREPARATION), strict=True)
    ):
        if style == "heading":
            b.heading(name, 2)
        elif style == "bold":
            b.bold(name)
        else:
            b.para(name)
        if rating_lines:
            b.para(rating_lines[index])
        b.para(text)
    return b.bytes()


@pytest.mark.parametrize(
    "preparation",
    [
        "Preparation for removal and release",
        "Preparation for release and removal",
        "4. Preparation for removal and release",
        "Healthy establishment test 4: Preparation for release and removal",
    ],
)
def test_each_test_is_found_by_its_name_in_either_order_of_words(preparation):
    """'Preparation for release and removal' is the same test as '…removal and release'."""
    result = parse(build_tests_doc(["Safety", "Respect", "Activities", preparation]))
    assert result.tests["safety"]["text"] == SAFETY
    assert result.tests["respect"]["text"] == RESPECT
    assert result.tests["activities"]["text"] == ACTIVITIES
    assert result.tests["preparation"]["text"] == PREPARATION
    assert "unsplit" not in result.tests


@pytest.mark.parametrize("style", ["heading", "bold", "plain"])
def test_test_names_work_as_headings_in_any_style(style):
    result = parse(build_tests_doc(["Safety", "Respect", "Activities", "Preparation"], style=style))
    assert result.tests["respect"]["text"] == RESPECT
    assert result.tests["preparation"]["text"] == PREPARATION


def test_self_ratings_are_captured_and_not_left_in_the_text():
    """'Self-rating: Good' lines set each test's rating on the four-point scale."""
    result = parse(
        build_tests_doc(
            ["Safety", "Respect", "Activities", "Preparation for removal and release"],
            [
                "Self-rating: Good",
                "Our assessment: reasonably good",
                "Self-rating: Not sufficiently good",
                "Self-rating: not rated",
            ],
        )
    )
    assert [
        result.tests[t]["rating"] for t in ("safety", "respect", "activities", "preparation")
    ] == [4, 3, 2, None]
    assert result.tests["safety"]["text"] == SAFETY


def test_a_rating_in_the_heading_is_captured():
    b = Builder().heading("Healthy establishment tests")
    b.heading("Safety – Reasonably good", 2).para(SAFETY)
    b.heading("Respect (Poor)", 2).para(RESPECT)
    result = parse(b.bytes())
    assert result.tests["safety"]["rating"] == 3
    assert result.tests["safety"]["text"] == SAFETY
    assert result.tests["respect"]["text"] == RESPECT
    assert result.tests["respect"]["rating"] == 1


def test_run_in_test_names_split_the_text():
    """'Safety: …' written as a bold lead-in at the start of a paragraph."""
    b = Builder().heading("Healthy establishment tests")
    b.run_in("Safety: ", SAFETY).run_in("Respect: ", RESPECT)
    result = parse(b.bytes())
    assert result.tests["safety"]["text"] == SAFETY
    assert result.tests["respect"]["text"] == RESPECT


def test_tests_run_together_are_kept_unsplit_with_a_warning():
    """Text with no test names is not guessed at: it is kept whole as 'unsplit'."""
    b = Builder().heading("3. Healthy establishment tests")
    b.para(SAFETY).para(RESPECT).para(ACTIVITIES)
    result = parse(b.bytes())
    assert result.tests["unsplit"] == f"{SAFETY}\n\n{RESPECT}\n\n{ACTIVITIES}"
    assert all(
        result.tests[t]["text"] == "" for t in ("safety", "respect", "activities", "preparation")
    )
    assert any("not split by test" in w for w in result.warnings)


def test_an_introduction_before_the_first_test_is_unplaced():
    b = Builder().heading("Healthy establishment tests")
    b.para("Our overall view is improving.").heading("Safety", 2).para(SAFETY)
    result = parse(b.bytes())
    assert result.unplaced == ["Our overall view is improving."]
    assert result.tests["safety"]["text"] == SAFETY


def test_subheadings_inside_a_test_stay_in_its_text():
    """'Strengths' and 'Weaknesses' headings belong to the test's text."""
    b = Builder().heading("Healthy establishment tests").heading("Safety", 2)
    b.heading("Strengths", 3).para(SAFETY).heading("Weaknesses", 3).para("Too many feel unsafe.")
    result = parse(b.bytes())
    assert (
        result.tests["safety"]["text"]
        == f"Strengths\n\n{SAFETY}\n\nWeaknesses\n\nToo many feel unsafe."
    )
