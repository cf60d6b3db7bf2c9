"""The centre's view beside the inspection's: tests, key concerns and indicators, with a summary."""

from dataclasses import dataclass, field
from typing import Any

from selfassess.framework.edition import Edition
from selfassess.inspection.models import Finding, Judgement
from selfassess.inspection.reading import (
    ExpectationReading,
    Quote,
    centre_concerns,
    centre_ratings,
)
from selfassess.reports.structure import Progress

# Progress judgements in order, so that "more favourable" can be counted.
PROGRESS_ORDER = {
    Progress.GOOD: 4,
    Progress.REASONABLE: 3,
    Progress.INSUFFICIENT: 2,
    Progress.NONE: 1,
}
PROGRESS_LABELS = dict(Progress.choices)
FINDING_LABELS = dict(Finding.choices)


def direction(centre: int | None, inspection: int | None) -> str | None:
    """Return "higher", "lower" or "same" for the centre's view against the inspection's."""
    if centre is None or inspection is None:
        return None
    if centre > inspection:
        return "higher"
    if centre < inspection:
        return "lower"
    return "same"


@dataclass(slots=True)
class TestRow:
    """One healthy establishment test: the centre's rating and the inspection's."""

    id: str
    title: str
    centre: int | None
    inspection: int | None
    centre_label: str
    inspection_label: str
    why: str = ""

    @property
    def direction(self) -> str | None:
        return direction(self.centre, self.inspection)

    @property
    def difference(self) -> int | None:
        """Return the centre's rating minus the inspection's."""
        if self.centre is None or self.inspection is None:
            return None
        return self.centre - self.inspection


@dataclass(slots=True)
class ConcernRow:
    """One key concern: the centre's judgement of progress and the inspection's."""

    position: int
    reference: str
    concern: str
    centre: str
    inspection: str
    why: str = ""

    @property
    def centre_label(self) -> str:
        return PROGRESS_LABELS.get(self.centre, "Not judged")

    @property
    def inspection_label(self) -> str:
        return PROGRESS_LABELS.get(self.inspection, "Not judged yet")

    @property
    def direction(self) -> str | None:
        return direction(PROGRESS_ORDER.get(self.centre), PROGRESS_ORDER.get(self.inspection))


@dataclass(slots=True)
class IndicatorRow:
    """An indicator on which the centre's view and the inspection's diverge."""

    id: str
    text: str
    finding: str
    notes: str
    why: str
    quotes: list[Quote] = field(default_factory=list)

    @property
    def finding_label(self) -> str:
        return FINDING_LABELS.get(self.finding, "Not recorded")


@dataclass(slots=True)
class Comparison:
    """Everything the comparison page shows."""

    tests: list[TestRow]
    concerns: list[ConcernRow]
    claimed_not_met: list[IndicatorRow]
    met_but_silent: list[IndicatorRow]

    def count(self, rows: list[Any], which: str) -> int:
        """Return how many rows go in one direction."""
        return sum(1 for row in rows if row.direction == which)

    @property
    def compared_tests(self) -> list[TestRow]:
        """Return the tests both the centre and the inspection rated."""
        return [row for row in self.tests if row.direction is not None]

    @property
    def compared_concerns(self) -> list[ConcernRow]:
        """Return the concerns both the centre and the inspection judged."""
        return [row for row in self.concerns if row.direction is not None]

    @property
    def summary(self) -> str:
        """Return the one-line summary of the tests."""
        rows = self.compared_tests
        if not rows:
            return "There are no test ratings to compare yet."
        higher, lower, same = (self.count(rows, d) for d in ("higher", "lower", "same"))
        line = f"The centre rated itself higher than the inspection on {higher} of {len(rows)} {_plural(len(rows), 'test')}"
        return line + _rest([(lower, "lower"), (same, "the same")]) + "."

    @property
    def concerns_summary(self) -> str:
        """Return the one-line summary of the key concerns (empty if none were compared)."""
        rows = self.compared_concerns
        if not rows:
            return ""
        higher, lower, same = (self.count(rows, d) for d in ("higher", "lower", "same"))
        line = (
            "The centre judged its progress more favourably than the inspection on "
            f"{higher} of {len(rows)} key {_plural(len(rows), 'concern')}"
        )
        return line + _rest([(lower, "less favourably"), (same, "the same")]) + "."

    @property
    def indicators_summary(self) -> str:
        """Return the one-line summary of the indicators where the views diverge."""
        claimed, silent = len(self.claimed_not_met), len(self.met_but_silent)
        return (
            f"Inspectors found {claimed} {_plural(claimed, 'indicator')} the SAR claims as "
            f"{_plural(claimed, 'a strength', 'strengths')} not met, and {silent} "
            f"{_plural(silent, 'indicator')} met that the SAR's leadership section is silent on."
        )


def _plural(count: int, one: str, many: str | None = None) -> str:
    return one if count == 1 else (many or one + "s")


def _rest(parts: list[tuple[int, str]]) -> str:
    """Return ", lower on 1 and the same on 2" for the non-zero parts."""
    shown = [f"{words} on {count}" for count, words in parts if count]
    if not shown:
        return ""
    if len(shown) == 1:
        return f" and {shown[0]}"
    return ", " + ", ".join(shown[:-1]) + f" and {shown[-1]}"


def compare(
    edition: Edition,
    judgement: Judgement | None,
    snapshot: dict[str, Any] | None,
    readings: list[ExpectationReading],
) -> Comparison:
    """Compare the centre's view in its submitted SAR with the inspection's judgements."""
    ratings = {r.test: r for r in judgement.tests.all()} if judgement else {}
    concerns = {c.position: c for c in judgement.concerns.all()} if judgement else {}
    findings = {f.indicator: f for f in judgement.indicators.all()} if judgement else {}
    labels = {p.value: p.label for p in edition.rating_scale}
    centre = centre_ratings(snapshot)
    tests = []
    for test in edition.tests:
        rated = ratings.get(test.id)
        mine = centre.get(test.id)
        theirs = rated.rating if rated else None
        tests.append(
            TestRow(
                test.id,
                test.title,
                mine,
                theirs,
                labels.get(mine, "Not rated") if mine else "Not rated",
                labels.get(theirs, "Not rated yet") if theirs else "Not rated yet",
                rated.why if rated else "",
            )
        )
    concern_rows = []
    for item in centre_concerns(snapshot):
        position = int(item["position"])
        judged = concerns.get(position)
        concern_rows.append(
            ConcernRow(
                position,
                item.get("reference") or str(position),
                item.get("concern") or "",
                item.get("judgement") or "",
                judged.progress if judged else "",
                judged.why if judged else "",
            )
        )
    claimed_not_met, met_but_silent = [], []
    for expectation in readings:
        for reading in expectation.indicators:
            found = findings.get(reading.id)
            if found is None:
                continue
            row = IndicatorRow(
                reading.id,
                reading.text,
                found.finding,
                found.notes,
                found.why,
                [q for q in reading.quotes if q.strength],
            )
            if reading.claimed and found.finding == Finding.NOT_MET:
                claimed_not_met.append(row)
            elif reading.silent and found.finding == Finding.MET:
                met_but_silent.append(row)
    return Comparison(tests, concern_rows, claimed_not_met, met_but_silent)
