"""What a review produces: where text sits, labelled sentences, findings, section figures."""

import hashlib
from dataclasses import dataclass, field
from typing import Any

from selfassess.review.classify import Labels
from selfassess.review.lexicon import INDICATOR_CUES
from selfassess.review.text import Sentence

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
