"""Label one sentence: the review's public contract (PRODUCT.md, "Sentence labels").

Deterministic rules over curated patterns and lexicons: each label is a small function that
can be read, tested and explained to a user ("this sentence says 'we will', so it is a plan").
The rules live by label in `aspiration.py`, `evidence.py`, `claims.py` and `categories.py`;
this module puts them together and re-exports what callers import from here.
"""

from dataclasses import dataclass, field
from typing import Any

from selfassess.review import personal
from selfassess.review.aspiration import is_aspirational, is_priority_title
from selfassess.review.categories import (
    EXPECTATIONS,
    PRIORITY_TITLE_WEIGHT,
    TESTS,
    _categories,
    _score_table,
)
from selfassess.review.claims import is_unsupported_claim
from selfassess.review.drafting import outside_draft_notes, without_draft_notes
from selfassess.review.evidence import is_evidenced
from selfassess.review.model import features_of
from selfassess.review.text import tokens

__all__ = [
    "EXPECTATIONS",
    "TESTS",
    "Labels",
    "classify",
    "is_aspirational",
    "is_evidenced",
    "is_unsupported_claim",
]


@dataclass(slots=True)
class Labels:
    """The labels of one sentence, as the CLI and API expose them."""

    aspirational: bool
    evidenced: bool
    unsupported_claim: bool
    personal_data: bool
    expectation: str | None
    indicators: list[str]
    test: str | None
    personal_spans: list[personal.Span] = field(default_factory=list)
    scores: dict[str, Any] = field(default_factory=dict)

    def as_dict(self, with_scores: bool = False) -> dict[str, Any]:
        """Return the public label fields (and optionally the scores)."""
        data: dict[str, Any] = {
            "aspirational": self.aspirational,
            "evidenced": self.evidenced,
            "unsupported_claim": self.unsupported_claim,
            "personal_data": self.personal_data,
            "expectation": self.expectation,
            "indicators": list(self.indicators),
            "test": self.test,
        }
        if with_scores:
            data["scores"] = self.scores
        return data


def classify(sentence: str) -> Labels:
    """Return the labels of one sentence (or short paragraph)."""
    spans = personal.find(sentence)
    # A reference number or date of birth is not data about performance, and a drafting note
    # ("[DN: Raj to check]") is not part of what the SAR says.
    plain = without_draft_notes(_without(sentence, spans))
    about_someone = bool(outside_draft_notes(sentence, spans))
    aspirational = is_aspirational(plain)
    evidenced = is_evidenced(plain, aspirational, personal=about_someone)
    words = tokens(sentence)
    feats = features_of(words)
    unsupported = is_unsupported_claim(plain, evidenced, aspirational, feats)
    scores = _score_table(words)
    test_scores = {label: score for label, score in scores.items() if label in TESTS}
    indicator_scores = {label: score for label, score in scores.items() if label not in TESTS}
    plan = is_priority_title(sentence)
    if plan:
        # "Priority 2: …" heads a plan: evidence of realistic, aspirational plans (1.4).
        indicator_scores["1.4"] = indicator_scores.get("1.4", 0.0) + PRIORITY_TITLE_WEIGHT
    test, indicators, expectation = _categories(words, test_scores, indicator_scores, plan, feats)
    return Labels(
        aspirational=aspirational,
        evidenced=evidenced,
        unsupported_claim=unsupported,
        personal_data=bool(spans),
        expectation=expectation,
        indicators=indicators,
        test=test,
        personal_spans=spans,
        scores={"test": test_scores, "indicators": indicator_scores},
    )


def main_test(text: str) -> str | None:
    """Return the healthy establishment test a passage is mainly about (only that label)."""
    words = tokens(text)
    scores = _score_table(words)
    test_scores = {label: score for label, score in scores.items() if label in TESTS}
    return _categories(words, test_scores, {})[0]


def _without(sentence: str, spans: list[personal.Span]) -> str:
    for span in reversed(spans):
        if span.kind in ("reference", "date_of_birth"):
            sentence = sentence[: span.start] + " " + sentence[span.end :]
    return sentence
