"""The checks of a SAR's content, one function per lesson, each returning findings."""

import re
from collections import Counter
from typing import Any

from selfassess.review.classify import TESTS, main_test
from selfassess.review.patterns import alternatives
from selfassess.review.results import (
    ASPIRATION_SHARE,
    CANDOUR_SECTIONS,
    GROUPS,
    INDICATORS,
    LESSONS,
    QUESTIONS,
    TEST_TITLES,
    Finding,
    Place,
    ReviewedSentence,
    SectionSummary,
)
from selfassess.review.text import tokens

# Run on lower-cased text (`names_a_weakness`).
WEAKNESS = alternatives(
    r"\b(?:weak|weakness|weaknesses|poor|poorly|concern|concerns|concerning|too (?:many|few|"
    r"high|low|long|slow|often)|not (?:yet |always |consistently |sufficiently )?(?:good|"
    r"effective|consistent|enough|sufficient|robust|adequate|where|as|meet|met|fully|been)|"
    r"insufficient|inconsistent|inconsistently|lack|lacks|lacking|shortfall|backlog|delay|"
    r"delays|delayed|fell short|below|behind|gap|gaps|need to improve|needs to improve|must "
    r"improve|requires improvement|struggle|struggled|struggles|challenge|challenges|"
    r"challenging|difficult|difficulty|problem|problems|issue|issues|risk|risks|rose|risen|"
    r"increase in|increased|higher than|worse|deteriorat\w*|failed|fails|failure|limited|"
    r"frustrat\w*|remains? (?:a|an|too|high|low)|vacanc\w+|shortage|under-?staff\w*|"
    r"unacceptabl\w+|disappointing|declined|decline|fewer than|only \d+|only a|few)\b",
)


def names_a_weakness(text: str) -> bool:
    """Return whether a sentence names a weakness ("too few", "a backlog", "not yet good")."""
    return bool(WEAKNESS.search(text.lower()))


_STOP = frozenset(
    "the a an and or of in on at by for from to with we our is are was were be been has have "
    "had this that these those it its as not no all each every more most some into out over "
    "than then there their they them which who what when where how why will would should can "
    "could may might must also other centre detainees detainee staff".split()
)


def concern_id(item: dict[str, Any]) -> str:
    return str(item.get("reference") or item.get("position") or "")


def safety(sentences: list[ReviewedSentence]) -> list[Finding]:
    findings = []
    for item in sentences:
        if not item.labels.personal_data:
            continue
        kinds = sorted({span.kind.replace("_", " ") for span in item.labels.personal_spans})
        shown = ", ".join(f"“{span.text(item.text)}”" for span in item.labels.personal_spans)
        findings.append(
            Finding(
                "personal-data",
                "safety",
                "blocking",
                item.place,
                f"This sentence may identify a person ({', '.join(kinds)}): {shown}.",
                LESSONS["safety"],
                "Remove the name, reference, date of birth or detail that singles someone out, "
                "or describe the case without identifying details ('a detainee on the "
                "induction unit'). If it does not identify anyone, dismiss this with a reason.",
                item.text,
                [(span.start, span.end) for span in item.labels.personal_spans],
            )
        )
    return findings


def candour(
    sentences: list[ReviewedSentence],
    summaries: dict[str, SectionSummary],
    test_sentences: dict[str, list[ReviewedSentence]],
    parts: dict[str, dict[str, Any]],
) -> list[Finding]:
    findings = []
    for key in CANDOUR_SECTIONS:
        summary = summaries[key]
        share = summary.share(summary.aspirational)
        if summary.sentences >= 3 and share > ASPIRATION_SHARE:
            findings.append(
                Finding(
                    "aspiration-share",
                    "candour",
                    "warning",
                    Place(key),
                    f"{summary.aspirational} of {summary.sentences} sentences "
                    f"({share:.0%}) describe plans or intentions rather than what is happening "
                    "now.",
                    LESSONS["candour"],
                    "Report current outcomes here, with data; move plans to the priorities' "
                    "delivery plans (section 4, question iii) or to the vision.",
                )
            )
    for item in sentences:
        section = item.place.section
        if item.labels.aspirational and (
            section in ("leadership", "tests")
            or (section == "key_concerns" and item.place.field == "progress")
        ):
            findings.append(
                Finding(
                    "aspirational",
                    "candour",
                    "advice",
                    item.place,
                    "This sentence describes a plan or intention, not what is happening now.",
                    LESSONS["candour"],
                    "Say what has been done and what difference it has made so far; keep "
                    "plans for section 4.",
                    item.text,
                )
            )
        if item.labels.unsupported_claim and section != "vision":
            findings.append(
                Finding(
                    "unsupported-claim",
                    "candour",
                    "warning",
                    item.place,
                    "This sentence makes a positive claim about current performance with no "
                    "evidence in it.",
                    LESSONS["candour"] + " " + LESSONS["evidence"],
                    "Add the figure or source that shows it (a rate, count, survey result or "
                    "comparison, and where it comes from), or remove the claim.",
                    item.text,
                )
            )
    for test, items in test_sentences.items():
        if not items:
            continue
        place = Place("tests", test)
        if not any(names_a_weakness(item.text) for item in items):
            findings.append(
                Finding(
                    "no-weakness",
                    "candour",
                    "warning",
                    place,
                    f"The {TEST_TITLES[test]} part names no weakness.",
                    LESSONS["candour"],
                    "Name the main weaknesses as well as the strengths, with the data that "
                    "shows them; inspectors will look for them.",
                )
            )
        evidenced = sum(item.labels.evidenced for item in items)
        if parts.get(test, {}).get("rating") == 4 and evidenced < 2:
            findings.append(
                Finding(
                    "good-rating-thin-evidence",
                    "candour",
                    "warning",
                    place,
                    f"{TEST_TITLES[test]} is rated good but only {evidenced} sentence"
                    f"{'' if evidenced == 1 else 's'} cite data.",
                    LESSONS["candour"],
                    "Show the data that supports a good rating (outcome rates, survey results, "
                    "comparisons with other centres), or reconsider the rating.",
                )
            )
    return findings


def evidence(
    summaries: dict[str, SectionSummary],
    leadership: dict[str, Any],
    parts: dict[str, dict[str, Any]],
    test_sentences: dict[str, list[ReviewedSentence]],
    priority_items: list[dict[str, Any]],
    priority_sentences: dict[str, dict[str, list[ReviewedSentence]]],
    concern_items: list[dict[str, Any]],
    concern_sentences: dict[str, dict[str, list[ReviewedSentence]]],
    evidence: dict[int, dict[str, Any]],
) -> list[Finding]:
    findings = []
    how_cite = "Cite the evidence items that support this from the evidence library."
    for key in ("leadership", "tests", "key_concerns"):
        summary = summaries[key]
        share = summary.share(summary.evidenced)
        if summary.sentences >= 3 and share < 0.2:
            findings.append(
                Finding(
                    "evidence-share",
                    "evidence",
                    "warning",
                    Place(key),
                    f"Only {summary.evidenced} of {summary.sentences} sentences ({share:.0%}) "
                    "cite data or a named source.",
                    LESSONS["evidence"],
                    "Back the main points with figures: rates, counts, survey results and "
                    "comparisons over time or with other centres, naming the source.",
                )
            )
    if leadership.get("text") and not leadership.get("evidence"):
        findings.append(
            Finding(
                "no-evidence-cited",
                "evidence",
                "warning",
                Place("leadership"),
                "The leadership section cites no evidence.",
                LESSONS["evidence"],
                how_cite,
            )
        )
    holders: list[tuple[Place, dict[str, Any], list[ReviewedSentence]]] = []
    for test in TESTS:
        part = parts.get(test, {})
        if part.get("text"):
            holders.append((Place("tests", test), part, test_sentences[test]))
    for item in priority_items:
        position = str(item.get("position", ""))
        holders.append(
            (
                Place("priorities", position),
                item,
                [s for q in QUESTIONS for s in priority_sentences[position][q]],
            )
        )
        how_known = priority_sentences[position]["how_known"]
        if item.get("how_known") and not any(s.labels.evidenced for s in how_known):
            findings.append(
                Finding(
                    "priority-unevidenced",
                    "evidence",
                    "warning",
                    Place("priorities", position, "how_known"),
                    f"Priority {position}'s answer to question ii gives no data.",
                    "Question ii asks for a clear analysis of the problem backed up with data: "
                    "historical and current rates, comparisons with other centres, surveys, "
                    "complaints and scrutiny.",
                    "Add the figures that show why this is a priority and where they come from.",
                )
            )
    for item in concern_items:
        position = concern_id(item)
        if item.get("concern") or item.get("progress"):
            holders.append(
                (
                    Place("key_concerns", position, "progress"),
                    item,
                    concern_sentences[position]["progress"],
                )
            )
    for place, holder, items in holders:
        cited = [i for i in holder.get("evidence", []) if i in evidence]
        if not holder.get("evidence"):
            findings.append(
                Finding(
                    "no-evidence-cited",
                    "evidence",
                    "warning",
                    Place(place.section, place.part, "text" if place.section == "tests" else ""),
                    f"{place.label} cites no evidence.",
                    LESSONS["evidence"],
                    how_cite,
                )
            )
        elif items and cited and not any(s.labels.evidenced for s in items):
            titles = ", ".join(f"“{evidence[i]['title']}”" for i in cited[:3])
            findings.append(
                Finding(
                    "evidence-not-used",
                    "evidence",
                    "advice",
                    place,
                    f"{place.label} cites {titles} but no sentence uses its figures.",
                    LESSONS["evidence"],
                    "Bring the key figure from the evidence into the text, so the reader sees "
                    "what it shows.",
                )
            )
    return findings


def groups(data: dict[str, Any], evidence: dict[int, dict[str, Any]]) -> dict[str, int]:
    counts = Counter(item.get("source_group") for item in evidence.values())
    return {group: counts.get(group, 0) for group in GROUPS}


def collaboration(groups: dict[str, int], any_evidence: bool) -> list[Finding]:
    findings = []
    names = {"leaders": "leaders", "staff": "staff", "detainees": "detainees",
             "partners": "partner organisations"}  # fmt: skip
    if not any_evidence:
        return [
            Finding(
                "no-evidence",
                "collaboration",
                "warning",
                Place("vision"),
                "The SAR cites no evidence at all.",
                LESSONS["collaboration"],
                "Add evidence from leaders, staff, detainees and partners to the evidence "
                "library and cite it in the sections it supports.",
            )
        ]
    for group, count in groups.items():
        if count == 0:
            findings.append(
                Finding(
                    f"no-{group}-evidence",
                    "collaboration",
                    "warning",
                    Place("vision"),
                    f"None of the evidence cited comes from {names[group]}.",
                    LESSONS["collaboration"],
                    f"Cite evidence drawn from {names[group]} (for example "
                    + {
                        "leaders": "management information or quality assurance",
                        "staff": "the staff survey or staff consultation",
                        "detainees": "the detainee survey, forums or complaints",
                        "partners": "the IMB, healthcare provider or visitors' groups",
                    }[group]
                    + ").",
                )
            )
    return findings


def _addressed(item: ReviewedSentence) -> list[str]:
    """Return the indicators a sentence speaks to: its first, and any other its words name.

    The label ranks three indicators so that the right one is rarely missed; a sentence only
    covers the runners-up when the lexicon finds their own words in it.
    """
    ranked = item.labels.indicators
    cues = item.labels.scores.get("indicators", {})
    return ranked[:1] + [indicator for indicator in ranked[1:] if cues.get(indicator, 0.0) > 0]


def coverage(
    sentences: list[ReviewedSentence],
    leadership_sentences: list[ReviewedSentence],
    test_sentences: dict[str, list[ReviewedSentence]],
) -> tuple[
    dict[str, list[ReviewedSentence]],
    dict[str, list[ReviewedSentence]],
    dict[str, bool],
    list[Finding],
]:
    coverage: dict[str, list[ReviewedSentence]] = {i: [] for i in INDICATORS}
    leadership: dict[str, list[ReviewedSentence]] = {i: [] for i in INDICATORS}
    for item in sentences:
        for indicator in _addressed(item):
            coverage[indicator].append(item)
    for item in leadership_sentences:
        for indicator in _addressed(item):
            leadership[indicator].append(item)
    findings = []
    if leadership_sentences:
        names = {"1": "Direction", "2": "Engagement", "3": "Enabling",
                 "4": "Continuous improvement"}  # fmt: skip
        for number, name in names.items():
            ids = [i for i in INDICATORS if i.split(".")[0] == number]
            if not any(leadership[i] for i in ids):
                findings.append(
                    Finding(
                        "expectation-silent",
                        "coverage",
                        "warning",
                        Place("leadership"),
                        f"The leadership section says nothing about the {name} expectation "
                        f"(indicators {ids[0]}–{ids[-1]}).",
                        LESSONS["coverage"],
                        f"Assess leaders against {name}: say what is strong and weak, with "
                        "evidence.",
                    )
                )
        silent = [i for i in INDICATORS if not leadership[i]]
        if silent:
            findings.append(
                Finding(
                    "indicators-silent",
                    "coverage",
                    "advice",
                    Place("leadership"),
                    f"The leadership section is silent on {len(silent)} of {len(INDICATORS)} "
                    f"indicators: {', '.join(silent)}.",
                    LESSONS["coverage"],
                    "Check the coverage table: cover the indicators that matter most for your "
                    "centre; not every indicator needs a sentence.",
                )
            )
    addressed = {}
    labelled = [item for items in test_sentences.values() for item in items if item.labels.test]
    for test, items in test_sentences.items():
        # Addressed: its own part has text, or section 3 speaks about it somewhere.
        addressed[test] = bool(items) or any(item.labels.test == test for item in labelled)
        about = Counter(item.labels.test for item in items if item.labels.test)
        if about and sum(about.values()) >= 3:
            other, count = about.most_common(1)[0]
            if other != test and count * 2 > sum(about.values()):
                findings.append(
                    Finding(
                        "test-misplaced",
                        "coverage",
                        "advice",
                        Place("tests", test),
                        f"Most of the {TEST_TITLES[test]} part is about {TEST_TITLES[other]}.",
                        LESSONS["coverage"],
                        f"Move the text about {TEST_TITLES[other]} to its own part, so each "
                        "test's assessment and rating stand on their own.",
                    )
                )
        if not items:
            findings.append(
                Finding(
                    "test-silent",
                    "coverage",
                    "warning",
                    Place("tests", test),
                    f"Section 3 says nothing about {TEST_TITLES[test]}.",
                    LESSONS["coverage"],
                    "Assess outcomes for detainees in this test, with strengths, weaknesses "
                    "and data.",
                )
            )
    return coverage, leadership, addressed, findings


def plan(
    priority_items: list[dict[str, Any]],
    priority_sentences: dict[str, dict[str, list[ReviewedSentence]]],
    parts: dict[str, dict[str, Any]],
    test_sentences: dict[str, list[ReviewedSentence]],
    concern_items: list[dict[str, Any]],
) -> list[Finding]:
    findings = []
    if len(priority_items) > 6:
        findings.append(
            Finding(
                "too-many-priorities",
                "plan",
                "blocking",
                Place("priorities"),
                f"There are {len(priority_items)} priorities; the SAR allows six at most.",
                LESSONS["plan"],
                "Keep the six that most affect outcomes for detainees.",
            )
        )
    weak_texts = [
        s.text
        for items in test_sentences.values()
        for s in items
        if priority_items and names_a_weakness(s.text)  # only priorities are linked to them
    ]
    weak_texts += [item.get("concern") or "" for item in concern_items]
    weak_words = [_content_words(text) for text in weak_texts]
    addressed_tests: set[str] = set()
    for item in priority_items:
        position = str(item.get("position", ""))
        for question, label in QUESTIONS.items():
            if not (item.get(question) or "").strip():
                findings.append(
                    Finding(
                        "priority-unanswered",
                        "plan",
                        "warning",
                        Place("priorities", position, question),
                        f"Priority {position} does not answer “{label}”.",
                        LESSONS["plan"],
                        "Answer all four questions for every priority.",
                    )
                )
        targets = item.get("targets", [])
        place = Place("priorities", position, "delivering")
        if not targets:
            findings.append(
                Finding(
                    "no-targets",
                    "plan",
                    "warning",
                    place,
                    f"Priority {position} has no targets.",
                    LESSONS["plan"],
                    "Add at least one target with a measure, a baseline, the figure to reach, "
                    "an owner and a date.",
                )
            )
        for number, target in enumerate(targets, start=1):
            problems = []
            if not re.search(r"\d", target.get("target") or ""):
                problems.append("no number to reach")
            if not target.get("due_date"):
                problems.append("no date")
            if not (target.get("owner") or "").strip():
                problems.append("no owner")
            if problems:
                findings.append(
                    Finding(
                        "target-not-measurable",
                        "plan",
                        "warning",
                        place,
                        f"Priority {position}, target {number} "
                        f"(“{target.get('measure') or 'no measure'}”) has "
                        f"{_join(problems)}.",
                        LESSONS["plan"],
                        "Make each target measurable: a number to reach, by a date, with a "
                        "named owner (a role, not a person's name).",
                    )
                )
        text = " ".join(
            s.text for q in ("what", "how_known") for s in priority_sentences[position][q]
        )
        words = _content_words(text)
        test = main_test(text) if text else None
        if test:
            addressed_tests.add(test)
        linked = any(len(words & weak) >= 2 for weak in weak_words)
        if text and not linked:
            findings.append(
                Finding(
                    "priority-unlinked",
                    "plan",
                    "warning",
                    Place("priorities", position, "what"),
                    f"Priority {position} is not linked to any weakness in section 3 or any "
                    "key concern.",
                    LESSONS["plan"],
                    "Priorities should address the weaknesses you identify: name the weakness "
                    "in section 3 or link the priority to the key concern it answers.",
                )
            )
    for test in TESTS:
        rating = parts.get(test, {}).get("rating")
        if rating in (1, 2) and test not in addressed_tests:
            findings.append(
                Finding(
                    "weak-test-no-priority",
                    "plan",
                    "warning",
                    Place("tests", test),
                    f"{TEST_TITLES[test]} is rated "
                    f"{'poor' if rating == 1 else 'not sufficiently good'} but no priority "
                    "addresses it.",
                    LESSONS["plan"],
                    "Make improving this test one of your priorities, or explain why not.",
                )
            )
    return findings


def _content_words(text: str) -> set[str]:
    return {word for word in tokens(text) if word not in _STOP and len(word) > 3}


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
