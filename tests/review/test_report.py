"""The review of a whole SAR: findings section by section, from its canonical content."""

import copy
from typing import Any

import pytest

from selfassess.review.report import INDICATORS, review_sar

SAR: dict[str, Any] = {
    "sections": {
        "vision": {"text": "Our vision is a centre where every man is safe and treated with dignity."},
        "leadership": {
            "text": (
                "Senior leaders do daily walkabouts on every unit.\n"
                "Officer vacancies fell from 18% to 9% after two recruitment campaigns.\n"
                "Managers dip-sample ACDT documents every week as part of quality assurance.\n"
                "The staff survey found that 58% of officers feel supported by their manager."
            ),
            "evidence": [1],
        },
        "tests": {
            "parts": [
                {
                    "test": "safety",
                    "rating": 4,
                    "text": "Our safeguarding is excellent. Detainees feel safe.",
                    "evidence": [],
                },
                {
                    "test": "respect",
                    "rating": 2,
                    "text": "Only 52% of men said staff treated them with respect, "
                    "against 70% at other centres.",
                    "evidence": [2],
                },
                {"test": "activities", "rating": 3, "text": "", "evidence": []},
                {
                    "test": "preparation",
                    "rating": 3,
                    "text": "Legal advice waiting times are too long: 12 days on average.",
                    "evidence": [2],
                },
            ]
        },
        "priorities": {
            "items": [
                {
                    "position": 1,
                    "what": "Reduce legal advice waiting times.",
                    "how_known": "Legal advice waiting times average 12 days.",
                    "delivering": "We will add a second weekly surgery.",
                    "success": "",
                    "targets": [
                        {"measure": "Waiting time", "target": "5 days", "owner": "Head of welfare",
                         "due_date": "2027-06-30"},
                        {"measure": "Surgeries", "target": "more", "owner": "", "due_date": None},
                    ],
                    "evidence": [],
                }
            ]
        },
        "key_concerns": {
            "items": [
                {
                    "position": 1,
                    "reference": "1.4",
                    "concern": "Too many men were held for long periods.",
                    "progress": "We will review every case over 90 days with the Home Office.",
                    "judgement": "reasonable",
                    "evidence": [1],
                }
            ]
        },
    },
    "evidence": [
        {"id": 1, "title": "Workforce data", "source_group": "leaders"},
        {"id": 2, "title": "Detainee survey 2025", "source_group": "detainees"},
    ],
}  # fmt: skip


def codes(data: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for finding in review_sar(data).findings:
        found.setdefault(finding.code, []).append(finding.where)
    return found


def test_every_sentence_is_labelled_with_where_it_sits() -> None:
    review = review_sar(SAR)
    leadership = review.for_place("leadership")
    assert len(leadership) == 4
    assert leadership[1].labels.evidenced
    text = SAR["sections"]["leadership"]["text"]
    item = leadership[2]
    assert text[item.sentence.start : item.sentence.end] == item.text


def test_unsupported_claims_and_a_good_rating_without_data_are_flagged() -> None:
    found = codes(SAR)
    assert "3. Healthy establishment tests, Safety" in found["unsupported-claim"]
    assert found["good-rating-thin-evidence"] == ["3. Healthy establishment tests, Safety"]
    assert "3. Healthy establishment tests, Safety" in found["no-weakness"]


def test_plans_in_the_key_concern_progress_are_flagged_as_aspirations() -> None:
    review = review_sar(SAR)
    aspirational = [f for f in review.findings if f.code == "aspirational"]
    assert any(f.place.section == "key_concerns" for f in aspirational)


def test_a_silent_test_and_missing_evidence_groups_are_flagged() -> None:
    found = codes(SAR)
    assert found["test-silent"] == ["3. Healthy establishment tests, Activities"]
    assert "no-staff-evidence" in found
    assert "no-partners-evidence" in found
    assert "no-leaders-evidence" not in found


def test_priorities_are_checked_as_a_plan() -> None:
    found = codes(SAR)
    assert any("question iv" in where for where in found["priority-unanswered"])
    assert len(found["target-not-measurable"]) == 1  # the second target only
    assert "priority-unlinked" not in found  # waiting times are a weakness in section 3
    assert found["weak-test-no-priority"] == ["3. Healthy establishment tests, Respect"]


def test_a_priority_unrelated_to_any_weakness_is_flagged() -> None:
    data = copy.deepcopy(SAR)
    data["sections"]["priorities"]["items"][0]["what"] = "Open a new gardening club."
    data["sections"]["priorities"]["items"][0]["how_known"] = "Men enjoy gardening."
    assert "priority-unlinked" in codes(data)


def test_coverage_lists_the_indicators_each_sentence_speaks_to() -> None:
    review = review_sar(SAR)
    assert set(review.coverage) == set(INDICATORS)
    assert len(INDICATORS) == 34
    assert review.leadership_coverage["2.1"]
    assert not review.leadership_coverage["1.3"]
    assert set(review.silent_indicators) <= set(INDICATORS)
    assert review.tests_addressed == {
        "safety": True,
        "respect": True,
        "activities": False,
        "preparation": True,
    }


def test_personal_data_is_a_blocking_finding_with_its_span() -> None:
    data = copy.deepcopy(SAR)
    data["sections"]["leadership"]["text"] += "\nMr Tariq Hussain complained about DCO Baker."
    review = review_sar(data)
    blocking = [f for f in review.blocking if f.code == "personal-data"]
    assert len(blocking) == 1
    finding = blocking[0]
    assert [finding.sentence[a:b] for a, b in finding.spans] == ["Mr Tariq Hussain", "DCO Baker"]
    assert finding.what and finding.why and finding.how


def test_the_centres_own_name_is_not_a_persons_name() -> None:
    data = copy.deepcopy(SAR)
    data["sections"]["vision"]["text"] = (
        "I want Fenwick Moss to be a place where women are met with kindness.\n"
        "At Fenwick we ask Grace Obi, a DCO, to lead the welcome."
    )
    flagged = [f.sentence for f in review_sar(data).blocking if f.code == "personal-data"]
    assert any("Fenwick Moss" in sentence for sentence in flagged)  # a person, for all we know
    data["centre"] = {"name": "Fenwick Moss", "operator": "Caldwell Secure Services"}
    blocking = [f for f in review_sar(data).blocking if f.code == "personal-data"]
    assert [[f.sentence[a:b] for a, b in f.spans] for f in blocking] == [["Grace Obi"]]


def test_a_finding_keeps_its_key_while_its_text_is_unchanged() -> None:
    first = {f.key for f in review_sar(SAR).findings}
    second = {f.key for f in review_sar(copy.deepcopy(SAR)).findings}
    assert first == second


def test_over_limit_long_sentences_acronyms_and_repeats_are_flagged() -> None:
    data = copy.deepcopy(SAR)
    long_sentence = " ".join(["word"] * 45) + "."
    repeated = "Officer vacancies fell from 18% to 9% after two recruitment campaigns."
    data["sections"]["leadership"]["text"] = (
        ("Leaders meet weekly. " * 260) + long_sentence + " The DET meets us. " + repeated
    )
    found = codes(data)
    assert found["over-limit"] == ["2. Leadership"]
    assert "long-sentence" in found
    assert "acronym" in found
    spelled = copy.deepcopy(SAR)
    spelled["sections"]["leadership"]["text"] += (
        "\nThe Detention Engagement Team (DET) meets new arrivals."
    )
    flagged = [f.sentence for f in review_sar(spelled).findings if f.code == "acronym"]
    assert not any("DET" in (sentence or "") for sentence in flagged)


@pytest.mark.parametrize("section", ["vision", "leadership", "tests", "priorities"])
def test_an_empty_sar_reviews_without_error(section: str) -> None:
    empty = {"sections": {}, "evidence": []}
    review = review_sar(empty)
    assert review.sections[section].sentences == 0
    assert any(f.code == "no-evidence" for f in review.findings)


def test_the_review_is_plain_data_for_the_command_line() -> None:
    data = review_sar(SAR).as_dict()
    assert set(data) == {"sections", "findings", "coverage", "evidence_groups", "sentences"}
    assert data["evidence_groups"] == {"leaders": 1, "staff": 0, "detainees": 1, "partners": 0}
    assert all({"what", "why", "how", "where"} <= set(f) for f in data["findings"])


def test_a_test_part_mostly_about_another_test_is_flagged() -> None:
    data = copy.deepcopy(SAR)
    data["sections"]["tests"]["parts"][2]["text"] = (
        "Self-harm fell from 40 to 31 incidents. Use of force rose by 12%. "
        "ACDT case reviews now include healthcare. The gym opened at weekends."
    )
    review = review_sar(data)
    assert any(f.code == "test-misplaced" and f.place.part == "activities" for f in review.findings)
