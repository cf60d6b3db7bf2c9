"""How centres' own ratings of the healthy establishment tests compare with the inspections'.

Over every inspection whose judgements rate a test the centre's judged SAR also rated: per
test, how often the centre rated itself above, the same as or below the inspection, and by
how much; and, over time, each inspection's average difference. A difference is the
centre's rating minus the inspection's, on the four-point scale.
"""

from dataclasses import dataclass, field
from datetime import date

from selfassess.framework.edition import Edition
from selfassess.inspection.models import Judgement
from selfassess.inspection.reading import centre_ratings


@dataclass(slots=True)
class Pair:
    """One test of one inspection: the centre's rating and the inspection's."""

    test: str
    centre: int
    inspection: int

    @property
    def difference(self) -> int:
        return self.centre - self.inspection


@dataclass(slots=True)
class TestFigures:
    """The figures for one test over every inspection that rated it."""

    id: str
    title: str
    differences: list[int] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.differences)

    @property
    def above(self) -> int:
        return sum(1 for d in self.differences if d > 0)

    @property
    def same(self) -> int:
        return sum(1 for d in self.differences if d == 0)

    @property
    def below(self) -> int:
        return sum(1 for d in self.differences if d < 0)

    @property
    def mean(self) -> float | None:
        """Return the average difference (centre minus inspection), or None with no pairs."""
        return sum(self.differences) / self.count if self.count else None

    @property
    def mean_above(self) -> float | None:
        """Return by how many points, on average, centres that rated higher did so."""
        above = [d for d in self.differences if d > 0]
        return sum(above) / len(above) if above else None

    @property
    def mean_below(self) -> float | None:
        """Return by how many points, on average, centres that rated lower did so."""
        below = [-d for d in self.differences if d < 0]
        return sum(below) / len(below) if below else None


@dataclass(slots=True)
class InspectionFigures:
    """One inspection's pairs, for the view over time."""

    judgement: Judgement
    when: date
    pairs: list[Pair]

    @property
    def mean(self) -> float:
        return sum(p.difference for p in self.pairs) / len(self.pairs)

    @property
    def above(self) -> int:
        return sum(1 for p in self.pairs if p.difference > 0)

    @property
    def below(self) -> int:
        return sum(1 for p in self.pairs if p.difference < 0)

    def difference(self, test: str) -> int | None:
        """Return the difference for one test, or None if it was not rated by both."""
        return next((p.difference for p in self.pairs if p.test == test), None)


@dataclass(slots=True)
class Calibration:
    """Every figure of the calibration view."""

    tests: list[TestFigures]
    inspections: list[InspectionFigures]

    @property
    def pairs(self) -> int:
        return sum(t.count for t in self.tests)

    @property
    def above(self) -> int:
        return sum(t.above for t in self.tests)

    @property
    def below(self) -> int:
        return sum(t.below for t in self.tests)

    @property
    def same(self) -> int:
        return sum(t.same for t in self.tests)


def calibrate(edition: Edition, judgements: list[Judgement] | None = None) -> Calibration:
    """Return the calibration figures over the given judgements (by default, all of them)."""
    if judgements is None:
        judgements = list(
            Judgement.objects.select_related("inspection__centre", "submission").prefetch_related(
                "tests"
            )
        )
    tests = {t.id: TestFigures(t.id, t.title) for t in edition.tests}
    over_time = []
    for judgement in judgements:
        if judgement.submission is None:
            continue
        centre = centre_ratings(judgement.submission.snapshot)
        pairs = []
        for rating in judgement.tests.all():
            mine = centre.get(rating.test)
            if rating.rating and mine and rating.test in tests:
                pair = Pair(rating.test, mine, rating.rating)
                pairs.append(pair)
                tests[rating.test].differences.append(pair.difference)
        if pairs:
            over_time.append(
                InspectionFigures(judgement, judgement.inspection.announced_at.date(), pairs)
            )
    over_time.sort(key=lambda item: (item.when, item.judgement.pk))
    return Calibration(list(tests.values()), over_time)


# --- The charts, drawn on the server as SVG ------------------------------------------------

BAR_WIDTH = 420
ROW_HEIGHT = 44
LABEL_WIDTH = 250


@dataclass(slots=True)
class Segment:
    """A labelled part of a stacked bar."""

    x: float
    width: float
    count: int
    kind: str  # above, same, below
    label: str


@dataclass(slots=True)
class BarRow:
    """One test's stacked bar."""

    y: int
    title: str
    segments: list[Segment]
    total: int


def test_bars(calibration: Calibration) -> list[BarRow]:
    """Return the geometry of the per-test chart: above, same and below as one stacked bar."""
    rows = []
    for index, figures in enumerate(calibration.tests):
        x = float(LABEL_WIDTH)
        segments = []
        for kind, count, words in (
            ("above", figures.above, "above"),
            ("same", figures.same, "same"),
            ("below", figures.below, "below"),
        ):
            if not count:
                continue
            width = BAR_WIDTH * count / figures.count
            segments.append(Segment(x, width, count, kind, f"{count} {words}"))
            x += width
        rows.append(BarRow(10 + index * ROW_HEIGHT, figures.title, segments, figures.count))
    return rows


@dataclass(slots=True)
class TimePoint:
    """One inspection's average difference, as a bar above or below the zero line."""

    x: float
    y: float
    height: float
    label: str
    value: str


TIME_HEIGHT = 200
TIME_ZERO = 110
POINT_SCALE = 30  # pixels for one point of difference (the scale runs from -3 to +3)


def time_bars(calibration: Calibration) -> list[TimePoint]:
    """Return the geometry of the over-time chart: one bar per inspection, by date."""
    points = []
    for index, item in enumerate(calibration.inspections):
        mean = item.mean
        height = abs(mean) * POINT_SCALE
        y = TIME_ZERO - height if mean > 0 else TIME_ZERO
        points.append(
            TimePoint(
                x=80 + index * 110,
                y=y,
                height=max(height, 2),
                label=f"{item.judgement.inspection.centre.name}, {item.when:%b %Y}",
                value=f"{mean:+.2f}",
            )
        )
    return points
