"""Writing a centre's SAR through the services, at the times the demo's story gives.

Everything a user would do goes through the SAR services, so lock versions, revisions,
sign-offs and submissions are real. Afterwards the writer moves the timestamps the
database filled in (revisions, comments, sign-offs, audit events) to when the story says
they happened, relative to now, so the demo always looks current.
"""

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from selfassess.accounts.models import User
from selfassess.audit.models import Action, AuditEvent
from selfassess.audit.services import record
from selfassess.centres import deadlines
from selfassess.centres.models import Centre, Inspection
from selfassess.demo.spec import CentreContent, Concern, Priority, TestAssessment
from selfassess.evidence.models import EvidenceItem
from selfassess.reports import services
from selfassess.reports.models import (
    Assignment,
    Comment,
    Revision,
    Sar,
    Section,
    SignOff,
    Submission,
)
from selfassess.reports.structure import SectionKey

PRIORITY_FIELDS = ("what", "how_known", "delivering", "success")


class Clock:
    """Times in the demo's story, relative to now and never in the future."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now
        self.latest = now - dt.timedelta(minutes=5)

    def day(self, days_ago: int, hour: int, minute: int = 0) -> dt.datetime:
        """Return a wall-clock time in the UK, `days_ago` days before today."""
        local = self.now.astimezone(deadlines.UK) - dt.timedelta(days=days_ago)
        when = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
        return min(when, self.latest).astimezone(dt.UTC)

    def after(self, start: dt.datetime, hours: float) -> dt.datetime:
        """Return a time some hours after another, but not later than a few minutes ago."""
        return min(start + dt.timedelta(hours=hours), self.latest)


class SarWriter:
    """Writes one centre's SAR through the services, at the times the story gives."""

    def __init__(self, centre: Centre, content: CentreContent, members: dict[str, User]) -> None:
        self.centre = centre
        self.content = content
        self.members = members
        self.sar = services.get_or_create_sar(centre)
        self.evidence: dict[str, EvidenceItem] = {}

    def add_evidence(self, clock: Clock) -> None:
        for spec in self.content.evidence:
            date = (clock.now - dt.timedelta(days=spec.days_ago)).date()
            item = EvidenceItem.objects.create(
                centre=self.centre,
                title=spec.title.format(year=date.year),
                kind=spec.kind,
                source_group=spec.source_group,
                date=date,
                summary=spec.summary,
                created_by=self.members.get(spec.added_by) or self.members["manager"],
            )
            added = clock.day(max(spec.days_ago - 2, 1), 10, 30)
            EvidenceItem.objects.filter(pk=item.pk).update(created_at=added, updated_at=added)
            self.evidence[spec.key] = item

    def items(self, keys: tuple[str, ...]) -> list[EvidenceItem]:
        return [self.evidence[key] for key in keys]

    @contextmanager
    def at(self, when: dt.datetime) -> Iterator[None]:
        """Date whatever the services record inside the block to `when`."""
        started = timezone.now()
        last = Revision.objects.filter(sar=self.sar).aggregate(m=Max("pk"))["m"] or 0
        yield
        Revision.objects.filter(sar=self.sar, pk__gt=last).update(created_at=when)
        Section.objects.filter(sar=self.sar, updated_at__gte=started).update(updated_at=when)
        Sar.objects.filter(pk=self.sar.pk).update(updated_at=when)

    def section(
        self,
        key: str,
        user: User,
        when: dt.datetime,
        *,
        completed: bool,
        summary: str,
        body: str | None = None,
        evidence: tuple[str, ...] | None = None,
    ) -> None:
        section = self.sar.sections.get(key=key)
        fields: dict[str, object] = {"completed": completed}
        if body is not None:
            fields["body"] = body
        with self.at(when):
            services.save_section(
                section,
                user,
                section.lock_version,
                fields=fields,
                evidence=None if evidence is None else self.items(evidence),
                summary=summary,
            )

    def tests(
        self,
        user: User,
        when: dt.datetime,
        parts: dict[str, TestAssessment],
        *,
        completed: bool,
    ) -> None:
        blank = TestAssessment("", None)
        values = {}
        for test in ("safety", "respect", "activities", "preparation"):
            part = parts.get(test, blank)
            values[test] = {
                "body": part.body,
                "rating": part.rating,
                "evidence": self.items(part.evidence),
            }
        section = self.sar.sections.get(key=SectionKey.TESTS)
        with self.at(when):
            services.save_tests(
                self.sar, user, section.lock_version, parts=values, completed=completed
            )

    def priority(self, spec: Priority, user: User, when: dt.datetime) -> None:
        with self.at(when):
            priority = services.add_priority(self.sar, user, {"what": spec.what})
            services.save_priority(
                priority,
                user,
                priority.lock_version,
                fields={
                    "what": spec.what,
                    "how_known": spec.how_known,
                    "delivering": spec.delivering,
                    "success": spec.success,
                },
                targets=[
                    {
                        "measure": target.measure,
                        "baseline": target.baseline,
                        "target": target.target,
                        "owner": target.owner,
                        "due_date": (when + dt.timedelta(days=target.due_in_days)).date(),
                    }
                    for target in spec.targets
                ],
                evidence=self.items(spec.evidence),
                summary=f"Added priority {priority.position}",
            )

    def append_to_priority(
        self, position: int, field: str, addition: str, user: User, when: dt.datetime
    ) -> None:
        """Add a sentence to one answer of a priority, keeping its targets and evidence."""
        priority = self.sar.priorities.get(position=position)
        fields = {name: getattr(priority, name) for name in PRIORITY_FIELDS}
        fields[field] = fields[field] + addition
        targets = [
            {
                "measure": target.measure,
                "baseline": target.baseline,
                "target": target.target,
                "owner": target.owner,
                "due_date": target.due_date,
            }
            for target in priority.targets.all()
        ]
        with self.at(when):
            services.save_priority(
                priority,
                user,
                priority.lock_version,
                fields=fields,
                targets=targets,
                evidence=list(priority.evidence.all()),
                summary=f"Updated priority {position} with the latest audit",
            )

    def concern(self, spec: Concern, user: User, when: dt.datetime) -> None:
        fields = {
            "reference": spec.reference,
            "kind": spec.kind,
            "concern": spec.concern,
            "progress": spec.progress,
            "judgement": spec.judgement,
        }
        with self.at(when):
            services.add_key_concern(self.sar, user, fields, self.items(spec.evidence))

    def comment(
        self,
        key: str,
        author: User,
        when: dt.datetime,
        body: str,
        *,
        resolved_by: User | None = None,
        resolved_at: dt.datetime | None = None,
    ) -> None:
        comment = Comment.objects.create(sar=self.sar, section=key, author=author, body=body)
        Comment.objects.filter(pk=comment.pk).update(
            created_at=when, resolved_by=resolved_by, resolved_at=resolved_at
        )

    def assign(self, user: User, *keys: str) -> None:
        Assignment.objects.bulk_create(
            Assignment(sar=self.sar, section=key, user=user) for key in keys
        )

    def sign_off(self, user: User, when: dt.datetime) -> None:
        signed = services.sign_off(self.sar, user)
        SignOff.objects.filter(pk=signed.pk).update(signed_at=when)
        audit(Action.SIGN_OFF, f"Signed off the SAR for {self.centre}", self.centre, user, when)

    def submit(self, user: User, when: dt.datetime) -> Submission:
        submission = services.submit(self.sar, user, now=when)
        audit(
            Action.SUBMIT,
            f"Submitted version {submission.version} of the SAR for {self.centre}",
            self.centre,
            user,
            when,
        )
        return submission


def audit(action: Action, description: str, centre: Centre, user: User, when: dt.datetime) -> None:
    # The demo's story happened in the past, so its audit events are dated when they
    # happened in the story; real events are only ever added by the services and views.
    event = record(None, action, description, centre=centre, actor=user)
    AuditEvent.objects.filter(pk=event.pk).update(created_at=when)


def announce(
    centre: Centre,
    announced_at: dt.datetime,
    coordinator: User,
    inspectors: list[User],
) -> Inspection:
    working_days = settings.SAR_DEADLINE_WORKING_DAYS
    due = deadlines.due_at(
        announced_at, centre.nation, days=settings.SAR_DEADLINE_DAYS, working_days=working_days
    )
    inspection = Inspection.objects.create(
        centre=centre,
        announced_at=announced_at,
        due_at=due,
        working_days=working_days,
        announced_by=coordinator,
    )
    inspection.inspectors.set(inspectors)
    audit(
        Action.ANNOUNCE, f"Announced an inspection of {centre}", centre, coordinator, announced_at
    )
    return inspection
