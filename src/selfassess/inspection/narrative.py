"""Assemble the draft leadership narrative from an inspection's recorded judgements."""

from selfassess import formatting
from selfassess.centres.models import Inspection
from selfassess.documents.narrative_docx import (
    ExpectationPart,
    IndicatorLine,
    Narrative,
    RatingLine,
)
from selfassess.framework.edition import Edition
from selfassess.inspection.comparison import Comparison
from selfassess.inspection.models import Finding, Judgement

# The order the narrative groups indicators in; "not assessed" and unrecorded last.
GROUPS = (
    (Finding.MET, "Indicators met"),
    (Finding.PARTLY_MET, "Indicators partly met"),
    (Finding.NOT_MET, "Indicators not met"),
)


def assemble(
    inspection: Inspection,
    judgement: Judgement | None,
    edition: Edition,
    comparison: Comparison | None = None,
) -> Narrative:
    """Return the draft narrative: per expectation, its narrative and indicators by finding."""
    narratives = (
        {e.expectation: e.narrative for e in judgement.expectations.all()} if judgement else {}
    )
    findings = {f.indicator: f for f in judgement.indicators.all()} if judgement else {}
    parts = []
    for expectation in edition.expectations:
        groups = []
        for finding, label in GROUPS:
            lines = tuple(
                IndicatorLine(
                    i.id,
                    i.text,
                    findings[i.id].notes,
                    tuple(findings[i.id].source_labels()),
                )
                for i in expectation.indicators
                if i.id in findings and findings[i.id].finding == finding
            )
            groups.append((label, lines))
        parts.append(
            ExpectationPart(
                expectation.number,
                expectation.title,
                expectation.text,
                narratives.get(expectation.id, ""),
                tuple(groups),
            )
        )
    ratings: tuple[RatingLine, ...] = ()
    if comparison is not None:
        ratings = tuple(
            RatingLine(row.title, row.centre_label, row.inspection_label)
            for row in comparison.tests
        )
    published = judgement is not None and judgement.published_at is not None
    status = (
        f"Published {formatting.govuk_date(judgement.published_at)}"
        if published and judgement is not None and judgement.published_at
        else "Draft for the report team: not published"
    )
    return Narrative(
        centre=inspection.centre.name,
        inspection=f"Inspection announced {formatting.govuk_date(inspection.announced_at)}",
        edition=judgement.framework_edition if judgement else inspection.framework_edition,
        status=status,
        expectations=tuple(parts),
        ratings=ratings,
    )
