"""Where each centre's SAR stands against its inspection's deadline, for many at once.

Everything here reads a fixed number of queries however many centres or inspections
are asked about: one for the SARs' facts, one for the submissions (and, for the
dashboard, one for the centres' latest inspections). Nothing is loaded per centre.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import models
from django.db.models import Exists, Max, OuterRef, Q, Subquery
from django.utils import timezone

from selfassess import formatting
from selfassess.centres.models import Centre, Inspection
from selfassess.evidence.models import EvidenceItem
from selfassess.reports.models import Revision, Sar, SignOff, Submission
from selfassess.reports.services import lateness


class SarStatus(models.TextChoices):
    """Where a SAR stands, as the coordinator's dashboard shows it."""

    NOT_STARTED = "not_started", "Not started"
    DRAFTING = "drafting", "Drafting"
    SIGNED_OFF = "signed_off", "Signed off"
    SUBMITTED_ON_TIME = "on_time", "Submitted on time"
    SUBMITTED_LATE = "late", "Submitted late"
    OVERDUE = "overdue", "Overdue"


# GOV.UK tag colour of each status.
TAG_CLASSES = {
    SarStatus.NOT_STARTED: "govuk-tag--grey",
    SarStatus.DRAFTING: "govuk-tag--blue",
    SarStatus.SIGNED_OFF: "govuk-tag--turquoise",
    SarStatus.SUBMITTED_ON_TIME: "govuk-tag--green",
    SarStatus.SUBMITTED_LATE: "govuk-tag--orange",
    SarStatus.OVERDUE: "govuk-tag--red",
}

# The order "sort by status" uses: what needs the coordinator's attention first.
ATTENTION_ORDER = {
    SarStatus.OVERDUE: 0,
    SarStatus.NOT_STARTED: 1,
    SarStatus.DRAFTING: 2,
    SarStatus.SIGNED_OFF: 3,
    SarStatus.SUBMITTED_LATE: 4,
    SarStatus.SUBMITTED_ON_TIME: 5,
}


@dataclass(frozen=True)
class SarFacts:
    """What the status needs to know about one centre's SAR, read in one query for all."""

    sar_id: int
    last_change: datetime | None  # the latest save of any part of the SAR's content
    has_revisions: bool
    signed_at: datetime | None  # the latest sign-off

    @property
    def started(self) -> bool:
        """Whether anyone has saved anything in the SAR."""
        return self.last_change is not None or self.has_revisions

    @property
    def signed_off(self) -> bool:
        """Whether the latest sign-off still holds: nothing has changed since it was given."""
        if self.signed_at is None:
            return False
        return self.last_change is None or self.last_change <= self.signed_at


@dataclass(frozen=True)
class StatusInfo:
    """A SAR's status for one inspection (or for no inspection yet) and its countdown."""

    status: SarStatus
    due_at: datetime | None
    now: datetime
    first_submission: Submission | None = None
    submissions: tuple[Submission, ...] = ()

    @property
    def label(self) -> str:
        """Return the status as the page shows it."""
        return str(self.status.label)

    @property
    def tag_classes(self) -> str:
        """Return the GOV.UK tag colour class of the status."""
        return TAG_CLASSES[self.status]

    @property
    def late_by(self) -> timedelta | None:
        """Return how late the first submission was (None if on time or not submitted)."""
        return lateness(self.first_submission) if self.first_submission else None

    @property
    def latest_submission(self) -> Submission | None:
        """Return the newest version submitted for this inspection."""
        return max(self.submissions, key=lambda s: s.version, default=None)

    @property
    def countdown(self) -> str:
        """Return 'Due in 2 days 4 hours', 'Overdue by 5 hours', or how it was submitted."""
        if self.status == SarStatus.SUBMITTED_ON_TIME:
            return "Submitted on time"
        if self.status == SarStatus.SUBMITTED_LATE and self.late_by is not None:
            return f"Late by {formatting.duration(self.late_by)}"
        return formatting.countdown(self.due_at, self.now)


def sar_facts(centre_ids: Iterable[int]) -> dict[int, SarFacts]:
    """Return, by centre id, the facts about each centre's SAR, in one query.

    Whether a sign-off still holds is decided by time, not by the content hash: a SAR
    counts as signed off when its latest SignOff is no older than the SAR's last content
    change. Every save of any part of a section (its text, test parts, priorities and
    their targets, key concerns, citations) bumps that Section's `updated_at`, and the
    citable evidence items carry their own `updated_at`, so the latest of those is the
    SAR's last change. Recomputing the exact content hash would need each SAR's whole
    content, a handful of queries per centre; the SAR page itself still checks the hash.
    The two can differ only on the cautious side (a save that changed nothing reads as
    drafting here) or for a change to the centre's own name or operator.
    """
    cited = (
        EvidenceItem.objects.filter(
            Q(cited_in_sections__sar=OuterRef("pk"))
            | Q(cited_in_tests__sar=OuterRef("pk"))
            | Q(cited_in_priorities__sar=OuterRef("pk"))
            | Q(cited_in_key_concerns__sar=OuterRef("pk"))
        )
        .order_by("-updated_at")
        .values("updated_at")[:1]
    )
    latest_sign_off = SignOff.objects.filter(sar=OuterRef("pk")).order_by("-signed_at", "-pk")
    rows = Sar.objects.filter(centre_id__in=list(centre_ids)).annotate(
        sections_changed=Max("sections__updated_at"),
        evidence_changed=Subquery(cited),
        revised=Exists(Revision.objects.filter(sar=OuterRef("pk"))),
        signed_at=Subquery(latest_sign_off.values("signed_at")[:1]),
    )
    facts = {}
    for row in rows.values(
        "pk", "centre_id", "sections_changed", "evidence_changed", "revised", "signed_at"
    ):
        changes = [t for t in (row["sections_changed"], row["evidence_changed"]) if t is not None]
        # Evidence edited only counts once the SAR has been written in at all.
        last_change = max(changes) if row["sections_changed"] is not None else None
        facts[row["centre_id"]] = SarFacts(
            sar_id=row["pk"],
            last_change=last_change,
            has_revisions=row["revised"],
            signed_at=row["signed_at"],
        )
    return facts


def decide(
    facts: SarFacts | None,
    inspection: Inspection | None,
    submissions: Sequence[Submission],
    now: datetime,
) -> StatusInfo:
    """Return the status of a SAR for an inspection, given its facts and its submissions."""
    due = inspection.due_at if inspection else None
    ordered = tuple(sorted(submissions, key=lambda s: (s.submitted_at, s.version)))
    if ordered:
        # The first submission for the inspection decides whether the SAR arrived on time.
        first = ordered[0]
        status = SarStatus.SUBMITTED_LATE if lateness(first) else SarStatus.SUBMITTED_ON_TIME
        return StatusInfo(status, due, now, first, ordered)
    if due is not None and now > due:
        return StatusInfo(SarStatus.OVERDUE, due, now)
    if facts is not None and facts.signed_off:
        return StatusInfo(SarStatus.SIGNED_OFF, due, now)
    if facts is not None and facts.started:
        return StatusInfo(SarStatus.DRAFTING, due, now)
    return StatusInfo(SarStatus.NOT_STARTED, due, now)


def _submissions_by_inspection(inspection_ids: list[int]) -> dict[int, list[Submission]]:
    grouped: dict[int, list[Submission]] = defaultdict(list)
    rows = (
        Submission.objects.filter(inspection_id__in=inspection_ids)
        .select_related("submitted_by")
        .defer("snapshot")
        .order_by("submitted_at", "version")
    )
    for submission in rows:
        grouped[submission.inspection_id].append(submission)
    return grouped


def inspection_statuses(
    inspections: Sequence[Inspection], now: datetime | None = None
) -> dict[int, StatusInfo]:
    """Return, by inspection id, the SAR status for each inspection, in two queries."""
    now = now or timezone.now()
    inspections = list(inspections)
    facts = sar_facts({i.centre_id for i in inspections})
    submissions = _submissions_by_inspection([i.pk for i in inspections])
    return {
        i.pk: decide(facts.get(i.centre_id), i, submissions.get(i.pk, []), now) for i in inspections
    }


def latest_inspections(centre_ids: Iterable[int] | None = None) -> dict[int, Inspection]:
    """Return, by centre id, each centre's most recently announced inspection, in one query."""
    newest = Inspection.objects.filter(centre=OuterRef("centre")).order_by("-announced_at", "-pk")
    rows = Inspection.objects.annotate(newest=Subquery(newest.values("pk")[:1])).filter(
        pk=models.F("newest")
    )
    if centre_ids is not None:
        rows = rows.filter(centre_id__in=list(centre_ids))
    return {inspection.centre_id: inspection for inspection in rows}


@dataclass(frozen=True)
class CentreRow:
    """One line of the coordinator's dashboard."""

    centre: Centre
    inspection: Inspection | None
    info: StatusInfo
    latest_submission: Submission | None  # the newest version the centre has submitted


def centre_rows(centres: Sequence[Centre], now: datetime | None = None) -> list[CentreRow]:
    """Return a dashboard row for each centre: its latest inspection and SAR status."""
    now = now or timezone.now()
    ids = [c.pk for c in centres]
    inspections = latest_inspections(ids)
    facts = sar_facts(ids)
    # Every submission of these centres, without the snapshots: both the ones that decide
    # the latest inspection's status and each centre's newest version.
    for_inspection: dict[int, list[Submission]] = defaultdict(list)
    newest: dict[int, Submission] = {}
    rows = (
        Submission.objects.filter(sar__centre_id__in=ids)
        .select_related("sar")
        .defer("snapshot", "sar__created_at", "sar__updated_at")
        .order_by("version")
    )
    for submission in rows:
        centre_id = submission.sar.centre_id
        newest[centre_id] = submission
        inspection = inspections.get(centre_id)
        if inspection is not None and submission.inspection_id == inspection.pk:
            for_inspection[centre_id].append(submission)
    return [
        CentreRow(
            centre=centre,
            inspection=inspections.get(centre.pk),
            info=decide(
                facts.get(centre.pk),
                inspections.get(centre.pk),
                for_inspection.get(centre.pk, []),
                now,
            ),
            latest_submission=newest.get(centre.pk),
        )
        for centre in centres
    ]


SORT_KEYS = ("centre", "due", "status")


def sort_rows(rows: list[CentreRow], sort: str, descending: bool = False) -> list[CentreRow]:
    """Return the rows sorted by centre name, due time or status (most urgent first)."""
    far_future = datetime.max.replace(tzinfo=timezone.get_current_timezone())

    def name(row: CentreRow) -> str:
        return row.centre.name.casefold()

    def due(row: CentreRow) -> datetime:
        return row.info.due_at or far_future

    if sort == "due":
        # Centres with no inspection stay at the end whichever way the column is sorted.
        dated = sorted(
            (r for r in rows if r.info.due_at), key=lambda r: (due(r), name(r)), reverse=descending
        )
        return dated + sorted((r for r in rows if not r.info.due_at), key=name)
    if sort == "status":
        return sorted(
            rows,
            key=lambda r: (ATTENTION_ORDER[r.info.status], due(r), name(r)),
            reverse=descending,
        )
    return sorted(rows, key=name, reverse=descending)
