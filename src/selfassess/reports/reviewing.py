"""The review of a SAR for its pages: cached by content, highlighted, with dismissals.

The engine (`selfassess.review`) labels every sentence and lists findings; this module runs
it on a SAR's canonical content (cached by the content's hash, so page views stay fast),
cuts each field's text into escaped-by-the-template segments for highlighting, and keeps
the leaders' dismissals of possible personal data.
"""

import hashlib
from dataclasses import dataclass, field
from functools import cache as cache_for_process
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from django.core.cache import cache

from selfassess.accounts.models import User
from selfassess.framework.edition import current as current_framework
from selfassess.reports import content as sar_content
from selfassess.reports.content import SarContent
from selfassess.reports.models import ReviewDismissal, Sar
from selfassess.review.report import review_sar
from selfassess.review.results import (
    QUESTIONS,
    SECTION_TITLES,
    TEST_TITLES,
    Finding,
    Review,
    ReviewedSentence,
    SectionSummary,
)

# Bump when the shape of a cached Review changes, so old entries are never read back.
CACHE_PREFIX = "sar-review:1:"
CACHE_SECONDS = 24 * 60 * 60
PERSONAL_DATA = "personal-data"

CATEGORIES = {
    "safety": "Safe to send",
    "candour": "Candour",
    "evidence": "Evidence",
    "collaboration": "Collaboration",
    "coverage": "Coverage",
    "succinct": "Succinct and focused",
    "plan": "Priorities as a plan",
}
SEVERITIES = {
    "blocking": ("Must fix", "govuk-tag--red"),
    "warning": ("Warning", "govuk-tag--orange"),
    "advice": ("Advice", "govuk-tag--grey"),
}
# What a mark means, for the visually hidden text and the key above the text.
MARKS = {
    "aspirational": "plan or intention",
    "unsupported": "claim without evidence",
    "personal": "possible personal data",
}
GROUP_TITLES = {
    "leaders": "Leaders",
    "staff": "Staff",
    "detainees": "Detainees",
    "partners": "Partner organisations",
}


# --- Running the review -------------------------------------------------------------------


@cache_for_process
def engine_fingerprint() -> str:
    """Return a hash of the review engine's code and data: a new engine never reads old reviews."""
    digest = hashlib.sha256()
    package = resources.files("selfassess.review")
    for path in sorted(_engine_files(package), key=str):
        digest.update(str(path).encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _engine_files(folder: Traversable) -> list[Traversable]:
    files: list[Traversable] = []
    for item in folder.iterdir():
        if item.is_dir() and item.name != "__pycache__":
            files += _engine_files(item)
        elif item.is_file() and not item.name.endswith(".pyc"):
            files.append(item)
    return files


def review_data(data: dict[str, Any]) -> Review:
    """Review a SAR's canonical content, reusing the cached review of identical content."""
    key = f"{CACHE_PREFIX}{engine_fingerprint()}:{sar_content.content_hash(data)}"
    review: Review | None = cache.get(key)
    if review is None:
        review = review_sar(data)
        cache.set(key, review, CACHE_SECONDS)
    return review


def review_content(content: SarContent) -> Review:
    """Review loaded SAR content."""
    return review_data(sar_content.as_dict(content))


def review_for(sar: Sar) -> Review:
    """Review a SAR's current draft."""
    return review_content(sar_content.load(sar))


# --- Personal data and dismissals ---------------------------------------------------------


def personal_data_findings(review: Review) -> list[Finding]:
    """Return the findings of possible personal data."""
    return [f for f in review.findings if f.code == PERSONAL_DATA]


def dismissals_for(sar: Sar) -> dict[str, ReviewDismissal]:
    """Return the SAR's dismissals by finding key."""
    return {d.key: d for d in sar.review_dismissals.select_related("dismissed_by")}


def open_personal_data(review: Review, dismissed: dict[str, Any] | set[str]) -> list[Finding]:
    """Return the personal-data findings nobody has dismissed."""
    return [f for f in personal_data_findings(review) if f.key not in dismissed]


def dismiss(sar: Sar, finding: Finding, reason: str, user: User) -> ReviewDismissal:
    """Record that a finding does not identify anyone, and why (once per finding)."""
    dismissal, _ = ReviewDismissal.objects.get_or_create(
        sar=sar,
        key=finding.key,
        defaults={
            "code": finding.code,
            "sentence": finding.sentence or "",
            "reason": reason,
            "dismissed_by": user,
        },
    )
    return dismissal


# --- Highlighting -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of a sentence's text, personal data or not."""

    text: str
    personal: bool = False


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of a field's text: plain text between sentences, or one sentence with its marks."""

    pieces: tuple[Piece, ...]
    kinds: tuple[str, ...] = ()

    @property
    def note(self) -> str:
        """Return what the marks mean, for screen readers."""
        return " and ".join(MARKS[kind] for kind in self.kinds)


def _marks(item: ReviewedSentence) -> tuple[str, ...]:
    """Return the sentence-level marks, where the review counts them against the SAR."""
    place = item.place
    kinds = []
    # Plans belong in the vision and the priorities; elsewhere they stand in for outcomes.
    if item.labels.aspirational and (
        place.section in ("leadership", "tests")
        or (place.section == "key_concerns" and place.field == "progress")
    ):
        kinds.append("aspirational")
    if item.labels.unsupported_claim and place.section != "vision":
        kinds.append("unsupported")
    return tuple(kinds)


def _pieces(text: str, spans: list[tuple[int, int]], whole: bool) -> tuple[Piece, ...]:
    if whole and not spans:
        return (Piece(text, personal=True),)
    pieces: list[Piece] = []
    cursor = 0
    for start, end in sorted(spans):
        start = max(start, cursor)
        if end <= start:
            continue
        if start > cursor:
            pieces.append(Piece(text[cursor:start]))
        pieces.append(Piece(text[start:end], personal=True))
        cursor = end
    if cursor < len(text):
        pieces.append(Piece(text[cursor:]))
    return tuple(pieces)


def highlight(text: str, items: list[ReviewedSentence]) -> list[Segment]:
    """Cut a field's text into segments, each sentence carrying its marks."""
    segments: list[Segment] = []
    cursor = 0
    for item in sorted(items, key=lambda s: s.sentence.start):
        start, end = item.sentence.start, item.sentence.end
        if start < cursor or text[start:end] != item.text:
            continue  # never mark text the sentence does not match exactly
        if start > cursor:
            segments.append(Segment((Piece(text[cursor:start]),)))
        spans = [(span.start, span.end) for span in item.labels.personal_spans]
        pieces = _pieces(item.text, spans, item.labels.personal_data)
        segments.append(Segment(pieces, _marks(item)))
        cursor = end
    if cursor < len(text):
        segments.append(Segment((Piece(text[cursor:]),)))
    return segments


def sentence_segments(finding: Finding) -> list[Segment]:
    """Return a finding's sentence with its personal data marked, for quoting."""
    if not finding.sentence:
        return []
    personal = finding.code == PERSONAL_DATA
    pieces = _pieces(finding.sentence, list(finding.spans) if personal else [], personal)
    return [Segment(pieces)]


# --- What a section's review panel shows --------------------------------------------------


@dataclass(slots=True)
class FieldView:
    """One field's text, highlighted."""

    label: str | None
    segments: list[Segment]


@dataclass(slots=True)
class BlockView:
    """A part of a section (a test, a priority, a concern), with its fields."""

    heading: str | None
    fields: list[FieldView]


@dataclass(slots=True)
class FindingView:
    """A finding as a page shows it, with its dismissal if any."""

    finding: Finding
    dismissal: ReviewDismissal | None = None

    @property
    def anchor(self) -> str:
        """Return the finding's id on the review page."""
        return f"finding-{self.finding.key}"

    @property
    def severity(self) -> tuple[str, str]:
        """Return the severity's tag text and class."""
        if self.dismissal is not None:
            return ("Dismissed", "govuk-tag--grey")
        return SEVERITIES[self.finding.severity]

    @property
    def dismissable(self) -> bool:
        """Return whether this finding can be dismissed (possible personal data only)."""
        return self.finding.code == PERSONAL_DATA and self.dismissal is None

    @property
    def quote(self) -> list[Segment]:
        """Return the sentence the finding is about, with personal data marked."""
        return sentence_segments(self.finding)


@dataclass(slots=True)
class SectionReview:
    """Everything a section page's review panel shows."""

    key: str
    title: str
    summary: SectionSummary
    blocks: list[BlockView]
    findings: list[FindingView] = field(default_factory=list)

    @property
    def marked(self) -> dict[str, int]:
        """Return how many marks of each kind the section's text carries."""
        counts = dict.fromkeys(MARKS, 0)
        for block in self.blocks:
            for view in block.fields:
                for segment in view.segments:
                    for kind in segment.kinds:
                        counts[kind] += 1
                    counts["personal"] += sum(piece.personal for piece in segment.pieces)
        return counts


def _field(label: str | None, text: str | None, items: list[ReviewedSentence]) -> FieldView:
    return FieldView(label, highlight(text or "", items))


def _blocks(review: Review, data: dict[str, Any], key: str) -> list[BlockView]:
    sections = data.get("sections", {})
    section = sections.get(key, {})
    if key in ("vision", "leadership"):
        return [BlockView(None, [_field(None, section.get("text"), review.for_place(key))])]
    if key == "tests":
        return [
            BlockView(
                TEST_TITLES.get(part["test"], part["test"]),
                [_field(None, part.get("text"), review.for_place(key, part["test"]))],
            )
            for part in section.get("parts", [])
        ]
    if key == "priorities":
        blocks = []
        for item in section.get("items", []):
            position = str(item.get("position", ""))
            fields = [
                _field(label, item.get(name), review.for_place(key, position, name))
                for name, label in QUESTIONS.items()
            ]
            blocks.append(BlockView(f"Priority {position}", fields))
        return blocks
    blocks = []
    for item in section.get("items", []):
        part = str(item.get("reference") or item.get("position") or "")
        fields = [
            _field(label, item.get(name), review.for_place(key, part, name))
            for name, label in (("concern", "The concern"), ("progress", "Progress"))
        ]
        blocks.append(BlockView(f"Concern {part}", fields))
    return blocks


def finding_views(
    findings: list[Finding], dismissals: dict[str, ReviewDismissal]
) -> list[FindingView]:
    """Return findings with their dismissals."""
    return [FindingView(f, dismissals.get(f.key)) for f in findings]


def section_review(
    review: Review, data: dict[str, Any], key: str, dismissals: dict[str, ReviewDismissal]
) -> SectionReview:
    """Return the review panel of one section."""
    # Collaboration is about the whole SAR's evidence: it is on the review page only.
    findings = [f for f in review.findings_for(key) if f.category != "collaboration"]
    return SectionReview(
        key=key,
        title=SECTION_TITLES[key],
        summary=review.sections[key],
        blocks=_blocks(review, data, key),
        findings=finding_views(findings, dismissals),
    )


def section_panel(content: SarContent, key: str) -> SectionReview:
    """Return the review panel of one section of a draft, as last saved."""
    data = sar_content.as_dict(content)
    review = review_data(data)
    return section_review(review, data, key, dismissals_for(content.sar))


# --- The review page ----------------------------------------------------------------------


@dataclass(slots=True)
class IndicatorRow:
    """One row of the coverage table."""

    id: str
    text: str
    in_leadership: int
    in_sar: int
    quotes: list[ReviewedSentence]


@dataclass(slots=True)
class ExpectationRows:
    """An expectation's rows of the coverage table."""

    number: int
    title: str
    rows: list[IndicatorRow]

    @property
    def silent(self) -> int:
        """Return how many of its indicators nothing in the SAR speaks to."""
        return sum(1 for row in self.rows if not row.in_sar)


def coverage_table(review: Review) -> list[ExpectationRows]:
    """Return the 34 indicators, grouped by expectation, with the sentences addressing them."""
    table = []
    for expectation in current_framework().expectations:
        rows = []
        for indicator in expectation.indicators:
            leadership = review.leadership_coverage.get(indicator.id, [])
            anywhere = review.coverage.get(indicator.id, [])
            quotes = (leadership + [s for s in anywhere if s not in leadership])[:2]
            rows.append(
                IndicatorRow(indicator.id, indicator.text, len(leadership), len(anywhere), quotes)
            )
        table.append(ExpectationRows(expectation.number, expectation.title, rows))
    return table


def findings_by_category(
    review: Review, dismissals: dict[str, ReviewDismissal]
) -> list[tuple[str, str, list[FindingView]]]:
    """Return the findings grouped by category, in the order of the lessons."""
    views = finding_views(review.findings, dismissals)
    return [
        (category, title, [v for v in views if v.finding.category == category])
        for category, title in CATEGORIES.items()
    ]
