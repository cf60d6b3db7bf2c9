"""Recording, checking and publishing an inspection's judgements."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from selfassess.accounts.models import User
from selfassess.audit.models import Action
from selfassess.audit.services import record
from selfassess.centres.models import Inspection
from selfassess.inspection.models import (
    ConcernJudgement,
    ExpectationJudgement,
    IndicatorFinding,
    Judgement,
    OutcomeRating,
    SectionEvidence,
)
from selfassess.reports.models import Submission


class StaleEdit(Exception):
    """Someone else saved the same judgements after the editor loaded them."""

    def __init__(self, by: User | None, at: datetime | None, lock_version: int) -> None:
        super().__init__("Someone else saved these judgements while you were editing")
        self.by = by
        self.at = at
        self.lock_version = lock_version


class AlreadyPublished(Exception):
    """The inspection's report is published: its judgements no longer change."""


@dataclass(frozen=True)
class IndicatorValues:
    """What the form gives for one indicator."""

    finding: str
    notes: str
    why: str
    sources: list[str]


@dataclass(frozen=True)
class OverviewValues:
    """What the tests, key concerns and evidence quality form gives."""

    tests: Mapping[str, tuple[int | None, str]]
    concerns: Mapping[int, tuple[str, str]]
    evidence: Mapping[str, str]


def judged_submission(inspection: Inspection) -> Submission | None:
    """Return the latest SAR version submitted for the inspection."""
    return inspection.submissions.order_by("-version").first()


def start(inspection: Inspection) -> Judgement:
    """Return the inspection's judgements, starting them on the edition and SAR version in force."""
    judgement, created = Judgement.objects.get_or_create(
        inspection=inspection,
        defaults={
            "framework_edition": inspection.framework_edition,
            "submission": judged_submission(inspection),
        },
    )
    if not created and judgement.submission_id is None:
        # A SAR that arrives after judging began (a late one) is the one judged.
        submission = judged_submission(inspection)
        if submission is not None:
            judgement.submission = submission
            judgement.save(update_fields=["submission"])
    return judgement


def save_expectation(
    judgement: Judgement,
    expectation: str,
    user: User,
    lock_version: int | None,
    narrative: str,
    indicators: Mapping[str, IndicatorValues],
) -> ExpectationJudgement:
    """Save an expectation's narrative and its indicators' findings, unless someone saved first."""
    with transaction.atomic():
        locked = Judgement.objects.select_for_update().get(pk=judgement.pk)
        if locked.is_published:
            raise AlreadyPublished
        row, _ = ExpectationJudgement.objects.select_for_update().get_or_create(
            judgement=locked, expectation=expectation
        )
        if lock_version is not None and lock_version != row.lock_version:
            raise StaleEdit(row.updated_by, row.updated_at, row.lock_version)
        row.narrative = narrative
        row.lock_version += 1
        row.updated_at = timezone.now()
        row.updated_by = user
        row.save()
        for indicator, values in indicators.items():
            IndicatorFinding.objects.update_or_create(
                judgement=locked,
                indicator=indicator,
                defaults={
                    "finding": values.finding,
                    "notes": values.notes,
                    "why": values.why,
                    "sources": list(values.sources),
                },
            )
    return row


def save_overview(
    judgement: Judgement, user: User, lock_version: int | None, values: OverviewValues
) -> Judgement:
    """Save the tests' ratings, the key concerns' progress and the evidence quality."""
    with transaction.atomic():
        locked = Judgement.objects.select_for_update().get(pk=judgement.pk)
        if locked.is_published:
            raise AlreadyPublished
        if lock_version is not None and lock_version != locked.lock_version:
            raise StaleEdit(locked.updated_by, locked.updated_at, locked.lock_version)
        for test, (rating, why) in values.tests.items():
            OutcomeRating.objects.update_or_create(
                judgement=locked, test=test, defaults={"rating": rating, "why": why}
            )
        for position, (progress, why) in values.concerns.items():
            ConcernJudgement.objects.update_or_create(
                judgement=locked, position=position, defaults={"progress": progress, "why": why}
            )
        for section, quality in values.evidence.items():
            SectionEvidence.objects.update_or_create(
                judgement=locked, section=section, defaults={"quality": quality}
            )
        locked.lock_version += 1
        locked.updated_at = timezone.now()
        locked.updated_by = user
        locked.save(update_fields=["lock_version", "updated_at", "updated_by"])
    return locked


def publish(request: HttpRequest | None, judgement: Judgement, user: User) -> Judgement:
    """Publish the inspection's report: the centre's manager and leaders can now see the judgements."""
    with transaction.atomic():
        locked = (
            Judgement.objects.select_for_update()
            .select_related("inspection__centre")
            .get(pk=judgement.pk)
        )
        if locked.is_published:
            raise AlreadyPublished
        locked.published_at = timezone.now()
        locked.published_by = user
        locked.save(update_fields=["published_at", "published_by"])
        centre = locked.inspection.centre
        # Publishing changes who may see the judgements: the centre's manager and leaders now can.
        record(
            request,
            Action.PERMISSION,
            f"Published the judgements of the inspection of {centre} announced "
            f"{locked.inspection.announced_at:%d %b %Y} to the centre's manager and leaders",
            centre=centre,
            actor=user,
        )
    return locked
