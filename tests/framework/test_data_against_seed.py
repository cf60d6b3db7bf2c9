"""The framework data file states seed 004 word for word, numbered as PRODUCT.md says."""

import copy
import re
from pathlib import Path

import pytest

from selfassess.framework.edition import current
from selfassess.framework.loading import check, data_files
from selfassess.framework.schema import SchemaError

# A copy of ../shared/seeds/004_*.txt, the Expectations' source text, kept with the tests.
SEED = (Path(__file__).parent / "seed_004_leadership.txt").read_text("utf-8")


def normalise(text: str) -> str:
    """Collapse whitespace, as the YAML folds long lines."""
    return re.sub(r"\s+", " ", text).strip()


def seed_indicators() -> list[str]:
    """Return the seed's indicators in order: its italic bullet points."""
    return [normalise(m) for m in re.findall(r"^- \*(.+?)\*\s*$", SEED, flags=re.MULTILINE)]


def test_every_indicator_appears_in_the_seed_word_for_word():
    for indicator in current().indicators.values():
        assert indicator.text in SEED, indicator.id


def test_the_indicators_are_the_seeds_in_the_seeds_order():
    assert [i.text for i in current().indicators.values()] == seed_indicators()


def test_indicators_are_numbered_e_n_in_order_7_11_8_8():
    edition = current()
    assert [len(e.indicators) for e in edition.expectations] == [7, 11, 8, 8]
    assert len(edition.indicators) == 34
    for expectation in edition.expectations:
        assert [i.id for i in expectation.indicators] == [
            f"{expectation.number}.{n}" for n in range(1, len(expectation.indicators) + 1)
        ]


def test_expectations_state_the_seeds_wording():
    edition = current()
    assert [e.title for e in edition.expectations] == [
        "Direction",
        "Engagement",
        "Enabling",
        "Continuous improvement",
    ]
    for expectation in edition.expectations:
        assert f"{expectation.title}: {expectation.text}" in normalise(SEED)
    assert edition.statement in SEED
    assert normalise(edition.indicator_preamble) in normalise(SEED)
    assert normalise(edition.human_rights_summary) in normalise(SEED)


def test_references_cite_the_seeds_paragraph_numbers():
    see = normalise(SEED).split("See ", 1)[1].rstrip(".")
    cited = {}
    for part in see.split("; "):
        code, paragraphs = part.split(" ", 1)
        cited[code] = paragraphs.split(", ")
    edition = current()
    assert {r.code: list(r.paragraphs) for r in edition.references} == cited
    assert list(cited) == ["EPR", "SMR", "BOP", "BR", "HR", "TGFR", "UNHCR-DG", "CPT"]
    names = {r.code: r.name for r in edition.references}
    assert "Nelson Mandela Rules" in names["SMR"]
    assert "Bangkok Rules" in names["BR"]
    assert "Havana Rules" in names["HR"]
    assert names["UNHCR-DG"] == "UNHCR Detention Guidelines (2012)"


def test_tests_and_scales_are_the_products():
    edition = current()
    assert [t.id for t in edition.tests] == ["safety", "respect", "activities", "preparation"]
    assert [(p.value, p.label) for p in edition.rating_scale] == [
        (4, "Good"),
        (3, "Reasonably good"),
        (2, "Not sufficiently good"),
        (1, "Poor"),
    ]
    assert [p.label for p in edition.progress_scale] == [
        "Good progress",
        "Reasonable progress",
        "Insufficient progress",
        "No meaningful progress",
    ]


def test_every_shipped_data_file_matches_the_schema():
    files = data_files()
    assert [f.edition for f in files] == ["irc-leadership-1"]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d.pop("human_rights"), "human_rights is required"),
        (lambda d: d["expectations"][0]["indicators"][0].pop("text"), "text is required"),
        (lambda d: d["expectations"][0]["indicators"][1].update(id="1.9"), "must be numbered 1.2"),
        (lambda d: d["expectations"][1].update(number=7), "must be number 2"),
        (lambda d: d.update(colour="blue"), "colour is not allowed"),
        (lambda d: d["rating_scale"][0].update(value="4"), "must be of type integer"),
        (lambda d: d["human_rights"]["references"][0].update(paragraphs=["6a"]), "does not match"),
    ],
)
def test_the_schema_refuses_a_broken_file(change, problem):
    data = copy.deepcopy(dict(data_files()[0].data))
    change(data)
    with pytest.raises(SchemaError) as error:
        check(data)
    assert any(problem in p for p in error.value.problems), error.value.problems
