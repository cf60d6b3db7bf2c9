"""The judged SAR read beside the framework: what it says about each indicator, and where it is silent.

The sentences come from the review engine's coverage of the submitted snapshot
(`Review.leadership_coverage` and `Review.coverage`, indicator id → sentences), so inspectors
see the same reading of the SAR that the centre saw on its review page.

Section 2 is where a centre assesses its leaders, so what the SAR *claims* about an
indicator, and whether it is *silent* on it, are read from the leadership section; the
sentences elsewhere in the SAR that the engine links to the indicator are shown beside them.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from selfassess.framework.edition import Edition, Expectation
from selfassess.reports.models import Submission
from selfassess.reports.reviewing import review_data
from selfassess.review.checks import names_a_weakness  # the engine's own test
from selfassess.review.report import Review, ReviewedSentence

# Weaknesses the engine's cues miss: "only 47%" (its "only \d" stops at one digit),
# "not yet".
MORE_WEAKNESS_CUES = re.compile(r"\b(?:only|just)\s+\d+|\bnot yet\b", re.IGNORECASE)


def is_strength(sentence: ReviewedSentence) -> bool:
    """Return whether a sentence claims a strength: current, positive, and evidenced or asserted.

    Plans are not claims about now; a sentence naming a weakness ("too few", "only 47%")
    is not a claimed strength even when it cites data.
    """
    labels = sentence.labels
    text = sentence.text
    if labels.aspirational or names_a_weakness(text) or MORE_WEAKNESS_CUES.search(text):
        return False
    return labels.evidenced or labels.unsupported_claim


@dataclass(slots=True)
class Quote:
    """A SAR sentence that speaks to an indicator, with what the review made of it."""

    text: str
    where: str
    in_leadership: bool
    evidenced: bool
    aspirational: bool
    unsupported: bool
    strength: bool


@dataclass(slots=True)
class IndicatorReading:
    """What the SAR says about one indicator."""

    id: str
    text: str
    quotes: list[Quote] = field(default_factory=list)  # in the leadership section
    elsewhere: list[Quote] = field(default_factory=list)  # in the other sections

    @property
    def silent(self) -> bool:
        """Return whether the leadership section says nothing about the indicator."""
        return not self.quotes

    @property
    def silent_in_sar(self) -> bool:
        """Return whether nothing anywhere in the SAR speaks to the indicator."""
        return not self.quotes and not self.elsewhere

    @property
    def claimed(self) -> bool:
        """Return whether the SAR claims the indicator as a strength."""
        return any(q.strength for q in self.quotes)


@dataclass(slots=True)
class ExpectationReading:
    """An expectation with the SAR's sentences for each of its indicators."""

    expectation: Expectation
    indicators: list[IndicatorReading]

    @property
    def silent(self) -> list[IndicatorReading]:
        """Return the indicators the leadership section is silent on."""
        return [i for i in self.indicators if i.silent]


def _quote(sentence: ReviewedSentence) -> Quote:
    labels = sentence.labels
    return Quote(
        text=sentence.text,
        where=sentence.place.label,
        in_leadership=sentence.place.section == "leadership",
        evidenced=labels.evidenced,
        aspirational=labels.aspirational,
        unsupported=labels.unsupported_claim,
        strength=is_strength(sentence),
    )


def review_of(submission: Submission | None) -> Review | None:
    """Return the review of a submitted snapshot (cached by content), or None without one."""
    if submission is None:
        return None
    return review_data(submission.snapshot)


def read(edition: Edition, review: Review | None) -> list[ExpectationReading]:
    """Return, per expectation, each indicator with the SAR sentences that speak to it."""
    readings = []
    for expectation in edition.expectations:
        rows = []
        for indicator in expectation.indicators:
            own: list[ReviewedSentence] = []
            other: list[ReviewedSentence] = []
            if review is not None:
                own = review.leadership_coverage.get(indicator.id, [])
                other = [s for s in review.coverage.get(indicator.id, []) if s not in own]
            rows.append(
                IndicatorReading(
                    indicator.id,
                    indicator.text,
                    [_quote(s) for s in own],
                    [_quote(s) for s in other],
                )
            )
        readings.append(ExpectationReading(expectation, rows))
    return readings


def claimed_indicators(readings: list[ExpectationReading]) -> set[str]:
    """Return the indicators the SAR's leadership section claims as strengths."""
    return {i.id for e in readings for i in e.indicators if i.claimed}


def silent_indicators(readings: list[ExpectationReading]) -> set[str]:
    """Return the indicators the SAR's leadership section is silent on."""
    return {i.id for e in readings for i in e.indicators if i.silent}


def centre_ratings(snapshot: dict[str, Any] | None) -> dict[str, int | None]:
    """Return the centre's own rating of each test in a snapshot."""
    if not snapshot:
        return {}
    parts = snapshot.get("sections", {}).get("tests", {}).get("parts", [])
    return {part["test"]: part.get("rating") for part in parts}


def centre_concerns(snapshot: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Return the key concerns of a snapshot, in order."""
    if not snapshot:
        return []
    items = snapshot.get("sections", {}).get("key_concerns", {}).get("items", [])
    return sorted(items, key=lambda item: int(item.get("position") or 0))
