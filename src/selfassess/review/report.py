"""Review a whole SAR: every sentence labelled, and findings section by section.

The input is the SAR's canonical content (`reports.content.as_dict`, the JSON a submitted
snapshot keeps, or what the Word importer produced), so the same review runs on a draft, a
submitted version or a Word file. Each finding says what is wrong, where, why it matters
(the inspectorate's lesson it comes from) and how to fix it.
"""

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from selfassess.review.classify import TESTS, Labels, classify
from selfassess.review.lexicon import INDICATOR_CUES
from selfassess.review.text import Sentence, split_sentences, tokens
from selfassess.review.words import count_words

INDICATORS = tuple(INDICATOR_CUES)
GROUPS = ("leaders", "staff", "detainees", "partners")
TEST_TITLES = {
    "safety": "Safety",
    "respect": "Respect",
    "activities": "Activities",
    "preparation": "Preparation for removal and release",
}
SECTION_TITLES = {
    "vision": "1. Vision",
    "leadership": "2. Leadership",
    "tests": "3. Healthy establishment tests",
    "priorities": "4. Main priorities for the next year",
    "key_concerns": "5. Progress against key concerns",
}
QUESTIONS = {
    "what": "i. What is the priority?",
    "how_known": "ii. How do you know that this is a priority?",
    "delivering": "iii. How are you delivering this priority?",
    "success": "iv. How will you know you have succeeded?",
}
LIMITS = {"leadership": 750, "tests": 3000}
LONG_SENTENCE = 40
ASPIRATION_SHARE = 0.2
# Sections where aspirations do not belong: they should report what is happening now.
CANDOUR_SECTIONS = ("leadership", "tests", "key_concerns")

LESSONS = {
    "candour": "The best SARs offer a candid, accurate and realistic assessment; weaker ones "
    "are overly optimistic or describe aspirations rather than the outcomes being delivered.",
    "evidence": "Inspectors ask for claims to be evidenced with relevant performance data "
    "wherever possible, with the data sources named.",
    "collaboration": "The best SARs draw their evidence from leaders, staff, detainees and "
    "partner organisations together.",
    "coverage": "Inspectors judge leadership against the four Leadership expectations and "
    "their indicators, and outcomes against the four healthy establishment tests.",
    "succinct": "The best SARs are succinct, with clear analysis, and focus on the most "
    "important issues.",
    "plan": "The best SARs are aligned with business planning: up to six priorities, each "
    "with targets, owners and timescales, and a way to know it has succeeded.",
    "safety": "A SAR is shared with the inspectorate and may be quoted: it must not identify "
    "individual detainees or staff.",
}


@dataclass(frozen=True, slots=True)
class Place:
    """Where a piece of text sits in the SAR: section, part (test, priority, concern), field."""

    section: str
    part: str = ""
    field: str = "text"

    @property
    def label(self) -> str:
        """Return a human description: "Section 3, Safety"."""
        parts = [SECTION_TITLES[self.section]]
        if self.section == "tests" and self.part:
            parts.append(TEST_TITLES.get(self.part, self.part))
        elif self.section == "priorities" and self.part:
            parts.append(f"Priority {self.part}")
            if self.field in QUESTIONS:
                parts.append(f"question {QUESTIONS[self.field].split('.')[0]}")
        elif self.section == "key_concerns" and self.part:
            parts.append(f"Key concern {self.part}")
            parts.append(self.field)
        return ", ".join(parts)


@dataclass(slots=True)
class ReviewedSentence:
    """A sentence of the SAR with its labels and where it sits."""

    place: Place
    index: int  # the sentence's number within its field, from 1
    sentence: Sentence
    labels: Labels

    @property
    def text(self) -> str:
        """Return the sentence's text."""
        return self.sentence.text

    @property
    def words(self) -> int:
        """Return the sentence's word count."""
        return len(self.sentence.text.split())


@dataclass(slots=True)
class Finding:
    """Something the team should look at, in plain English."""

    code: str
    category: str  # candour, evidence, collaboration, coverage, succinct, plan, safety
    severity: str  # blocking, warning, advice
    place: Place
    what: str
    why: str
    how: str
    sentence: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Return a stable id: the same problem in the same text keeps the same key."""
        raw = "|".join(
            [self.code, self.place.section, self.place.part, self.place.field, self.sentence or ""]
        )
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]

    @property
    def where(self) -> str:
        """Return where the finding is, for people."""
        return self.place.label

    def as_dict(self) -> dict[str, Any]:
        """Return the finding as plain data."""
        return {
            "key": self.key,
            "code": self.code,
            "category": self.category,
            "severity": self.severity,
            "section": self.place.section,
            "part": self.place.part,
            "field": self.place.field,
            "where": self.where,
            "sentence": self.sentence,
            "spans": [list(span) for span in self.spans],
            "what": self.what,
            "why": self.why,
            "how": self.how,
        }


@dataclass(slots=True)
class SectionSummary:
    """The figures for one section."""

    key: str
    title: str
    words: int
    limit: int | None
    sentences: int = 0
    aspirational: int = 0
    evidenced: int = 0
    unsupported: int = 0
    personal: int = 0

    def share(self, count: int) -> float:
        """Return a count as a share of the section's sentences."""
        return count / self.sentences if self.sentences else 0.0

    def as_dict(self) -> dict[str, Any]:
        """Return the summary as plain data."""
        return {
            "title": self.title,
            "words": self.words,
            "limit": self.limit,
            "sentences": self.sentences,
            "aspirational": self.aspirational,
            "evidenced": self.evidenced,
            "unsupported_claims": self.unsupported,
            "personal_data": self.personal,
            "aspirational_share": round(self.share(self.aspirational), 3),
            "evidenced_share": round(self.share(self.evidenced), 3),
        }


@dataclass(slots=True)
class Review:
    """The review of a whole SAR."""

    sentences: list[ReviewedSentence]
    findings: list[Finding]
    sections: dict[str, SectionSummary]
    coverage: dict[str, list[ReviewedSentence]]  # indicator id → sentences addressing it
    leadership_coverage: dict[str, list[ReviewedSentence]]
    tests_addressed: dict[str, bool]
    groups: dict[str, int]  # stakeholder group → cited evidence items

    def for_place(self, section: str, part: str = "", field: str = "") -> list[ReviewedSentence]:
        """Return the reviewed sentences of one section, part or field."""
        return [
            s
            for s in self.sentences
            if s.place.section == section
            and (not part or s.place.part == part)
            and (not field or s.place.field == field)
        ]

    def findings_for(self, section: str) -> list[Finding]:
        """Return the findings about one section."""
        return [f for f in self.findings if f.place.section == section]

    @property
    def silent_indicators(self) -> list[str]:
        """Return the indicators no sentence of the SAR speaks to."""
        return [i for i in INDICATORS if not self.coverage[i]]

    @property
    def blocking(self) -> list[Finding]:
        """Return the findings that must be dealt with before sign-off."""
        return [f for f in self.findings if f.severity == "blocking"]

    def as_dict(self) -> dict[str, Any]:
        """Return the review as plain data (the JSON of `selfassess review`)."""
        return {
            "sections": {key: summary.as_dict() for key, summary in self.sections.items()},
            "findings": [finding.as_dict() for finding in self.findings],
            "coverage": {
                "indicators": {
                    indicator: [_sentence_ref(s) for s in sentences]
                    for indicator, sentences in self.coverage.items()
                },
                "leadership_indicators": {
                    indicator: [_sentence_ref(s) for s in sentences]
                    for indicator, sentences in self.leadership_coverage.items()
                },
                "silent_indicators": self.silent_indicators,
                "tests_addressed": self.tests_addressed,
            },
            "evidence_groups": self.groups,
            "sentences": [
                {**_sentence_ref(s), **s.labels.as_dict()} | {"spans": _spans(s)}
                for s in self.sentences
            ],
        }


def _sentence_ref(item: ReviewedSentence) -> dict[str, Any]:
    return {
        "section": item.place.section,
        "part": item.place.part,
        "field": item.place.field,
        "index": item.index,
        "text": item.text,
    }


def _spans(item: ReviewedSentence) -> list[dict[str, Any]]:
    return [
        {"start": span.start, "end": span.end, "kind": span.kind}
        for span in item.labels.personal_spans
    ]


# --- the review ---------------------------------------------------------------------------

_WEAKNESS = re.compile(
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
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&]{1,6}s?\b")
_KNOWN_ACRONYMS = frozenset(
    {"UK", "NHS", "EU", "UN", "HM", "GP", "TV", "ID", "OK", "COVID", "CCTV", "IT", "AM", "PM",
     "I", "II", "III", "IV", "V", "VI", "KC", "KCS", "SAR", "Q1", "Q2", "Q3", "Q4", "A", "B", "C",
     "D", "E", "F", "G", "H", "PDF", "MP", "BBC", "USA", "HR", "IRC", "IRCS"}
)  # fmt: skip
_STOP = frozenset(
    "the a an and or of in on at by for from to with we our is are was were be been has have "
    "had this that these those it its as not no all each every more most some into out over "
    "than then there their they them which who what when where how why will would should can "
    "could may might must also other centre detainees detainee staff".split()
)


def review_sar(data: dict[str, Any]) -> Review:
    """Review a SAR's canonical content and return every label and finding."""
    sections_data = data.get("sections", {})
    evidence = {item["id"]: item for item in data.get("evidence", []) if "id" in item}
    sentences: list[ReviewedSentence] = []
    findings: list[Finding] = []
    summaries: dict[str, SectionSummary] = {}

    def read(place: Place, text: str | None) -> list[ReviewedSentence]:
        found = [
            ReviewedSentence(place, number, sentence, classify(sentence.text))
            for number, sentence in enumerate(split_sentences(text or ""), start=1)
        ]
        sentences.extend(found)
        return found

    vision = sections_data.get("vision", {})
    leadership = sections_data.get("leadership", {})
    tests = sections_data.get("tests", {})
    priorities = sections_data.get("priorities", {})
    concerns = sections_data.get("key_concerns", {})

    read(Place("vision"), vision.get("text"))
    leadership_sentences = read(Place("leadership"), leadership.get("text"))
    parts = {part["test"]: part for part in tests.get("parts", [])}
    test_sentences = {
        test: read(Place("tests", test), parts.get(test, {}).get("text")) for test in TESTS
    }
    priority_items = priorities.get("items", [])
    priority_sentences: dict[str, dict[str, list[ReviewedSentence]]] = {}
    for item in priority_items:
        position = str(item.get("position", ""))
        priority_sentences[position] = {
            question: read(Place("priorities", position, question), item.get(question))
            for question in QUESTIONS
        }
    concern_items = concerns.get("items", [])
    concern_sentences: dict[str, dict[str, list[ReviewedSentence]]] = {}
    for item in concern_items:
        position = _concern_id(item)
        concern_sentences[position] = {
            name: read(Place("key_concerns", position, name), item.get(name))
            for name in ("concern", "progress")
        }

    texts = {
        "vision": vision.get("text") or "",
        "leadership": leadership.get("text") or "",
        "tests": "\n\n".join((parts.get(t, {}).get("text") or "") for t in TESTS),
        "priorities": "\n\n".join(
            (item.get(q) or "") for item in priority_items for q in QUESTIONS
        ),
        "key_concerns": "\n\n".join(
            f"{item.get('concern') or ''}\n{item.get('progress') or ''}" for item in concern_items
        ),
    }
    for key, title in SECTION_TITLES.items():
        summary = SectionSummary(key, title, count_words(texts[key]), LIMITS.get(key))
        for item in sentences:
            if item.place.section != key:
                continue
            # The concern's wording is the inspectorate's; only the progress is the centre's.
            if key == "key_concerns" and item.place.field == "concern":
                continue
            summary.sentences += 1
            summary.aspirational += item.labels.aspirational
            summary.evidenced += item.labels.evidenced
            summary.unsupported += item.labels.unsupported_claim
            summary.personal += item.labels.personal_data
        summaries[key] = summary

    findings += _safety(sentences)
    findings += _candour(sentences, summaries, test_sentences, parts)
    findings += _evidence(
        summaries, leadership, parts, test_sentences, priority_items, priority_sentences,
        concern_items, concern_sentences, evidence,
    )  # fmt: skip
    groups = _groups(data, evidence)
    findings += _collaboration(groups, bool(evidence))
    coverage, leadership_coverage, tests_addressed, coverage_findings = _coverage(
        sentences, leadership_sentences, test_sentences
    )
    findings += coverage_findings
    findings += _succinct(sentences, summaries, texts)
    findings += _plan(priority_items, priority_sentences, parts, test_sentences, concern_items)
    order = {"blocking": 0, "warning": 1, "advice": 2}
    sections_order = list(SECTION_TITLES)
    findings.sort(key=lambda f: (order[f.severity], sections_order.index(f.place.section)))
    return Review(
        sentences, findings, summaries, coverage, leadership_coverage, tests_addressed, groups
    )


def _concern_id(item: dict[str, Any]) -> str:
    return str(item.get("reference") or item.get("position") or "")


def _safety(sentences: list[ReviewedSentence]) -> list[Finding]:
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


def _candour(
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
        if not any(_WEAKNESS.search(item.text) for item in items):
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


def _evidence(
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
        position = _concern_id(item)
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


def _groups(data: dict[str, Any], evidence: dict[int, dict[str, Any]]) -> dict[str, int]:
    counts = Counter(item.get("source_group") for item in evidence.values())
    return {group: counts.get(group, 0) for group in GROUPS}


def _collaboration(groups: dict[str, int], any_evidence: bool) -> list[Finding]:
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


def _coverage(
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
        for indicator in item.labels.indicators:
            coverage[indicator].append(item)
    for item in leadership_sentences:
        for indicator in item.labels.indicators:
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


def _succinct(
    sentences: list[ReviewedSentence],
    summaries: dict[str, SectionSummary],
    texts: dict[str, str],
) -> list[Finding]:
    findings = []
    for key, summary in summaries.items():
        if summary.limit and summary.words > summary.limit:
            findings.append(
                Finding(
                    "over-limit",
                    "succinct",
                    "blocking",
                    Place(key),
                    f"{summary.title} has {summary.words:,} words; the limit is "
                    f"{summary.limit:,} ({summary.words - summary.limit:,} over).",
                    LESSONS["succinct"],
                    "Cut it to the most important issues; summarise and put detail in the "
                    "evidence.",
                )
            )
        ease = _reading_ease(texts[key], summary.sentences)
        if ease is not None and summary.words >= 80 and ease < 30:
            findings.append(
                Finding(
                    "hard-to-read",
                    "succinct",
                    "advice",
                    Place(key),
                    f"{summary.title} is hard to read (reading ease {ease:.0f} out of 100).",
                    LESSONS["succinct"],
                    "Use shorter sentences and plain words; one point per sentence.",
                )
            )
    for item in sentences:
        words = item.words
        if words > LONG_SENTENCE:
            findings.append(
                Finding(
                    "long-sentence",
                    "succinct",
                    "advice",
                    item.place,
                    f"This sentence is {words} words long.",
                    LESSONS["succinct"],
                    "Split it: aim for sentences of 25 words or fewer.",
                    item.text,
                )
            )
    findings += _acronyms(sentences, "\n".join(texts.values()))
    seen: dict[str, ReviewedSentence] = {}
    for item in sentences:
        if item.place.section == "key_concerns" and item.place.field == "concern":
            continue
        if item.words < 8:
            continue
        norm = " ".join(tokens(item.text))
        if norm in seen:
            findings.append(
                Finding(
                    "repeated",
                    "succinct",
                    "advice",
                    item.place,
                    f"This sentence repeats one in {seen[norm].place.label}.",
                    LESSONS["succinct"],
                    "Say it once, where it matters most.",
                    item.text,
                )
            )
        else:
            seen[norm] = item
    return findings


def _acronyms(sentences: list[ReviewedSentence], whole: str) -> list[Finding]:
    findings = []
    reported: set[str] = set()
    words = [word.lower() for word in _WORD.findall(whole)]
    for item in sentences:
        for match in _ACRONYM.finditer(item.text):
            acronym = match.group(0)
            bare = acronym[:-1] if acronym.endswith("s") and acronym[:-1].isupper() else acronym
            if bare in _KNOWN_ACRONYMS or bare in reported or any(c.isdigit() for c in bare):
                continue
            reported.add(bare)
            if _spelled_out(bare, whole, words):
                continue
            findings.append(
                Finding(
                    "acronym",
                    "succinct",
                    "advice",
                    item.place,
                    f"“{bare}” is not spelled out anywhere in the SAR.",
                    "The SAR should be in plain English, with acronyms explained.",
                    f"Write it out in full the first time, followed by ({bare}).",
                    item.text,
                    [(match.start(), match.start() + len(bare))],
                )
            )
    return findings


def _spelled_out(acronym: str, text: str, words: list[str]) -> bool:
    if re.search(rf"\(\s*{re.escape(acronym)}s?\s*\)", text) or re.search(
        rf"\b{re.escape(acronym)}s?\s*\(\s*[A-Za-z]", text
    ):
        return True
    letters = [c for c in acronym.lower() if c.isalpha()]
    minor = {"of", "and", "for", "the", "in", "on", "to", "&"}
    for start in range(len(words)):
        if words[start][0] != letters[0]:
            continue
        matched, index = 0, start
        while index < len(words) and matched < len(letters):
            word = words[index]
            if word[0] == letters[matched]:
                matched += 1
            elif word not in minor:
                break
            index += 1
        if matched == len(letters):
            return True
    return False


def _plan(
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
        s.text for items in test_sentences.values() for s in items if _WEAKNESS.search(s.text)
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
        main_test = classify(text).test if text else None
        if main_test:
            addressed_tests.add(main_test)
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


def _reading_ease(text: str, sentences: int) -> float | None:
    words = _WORD.findall(text)
    if len(words) < 20:
        return None
    sentence_count = max(1, sentences)
    # Syllables approximated by vowel groups, less a silent final "e": close enough to rank.
    lower = text.lower()
    syllables = len(_VOWELS.findall(lower)) - len(_SILENT_E.findall(lower))
    syllables = max(syllables, len(words))
    return 206.835 - 1.015 * (len(words) / sentence_count) - 84.6 * (syllables / len(words))


_WORD = re.compile(r"[A-Za-z]+")
_VOWELS = re.compile(r"[aeiouy]+")
_SILENT_E = re.compile(r"[^aeiouyl]e\b")
