"""The rules of a SAR: creating it, saving its parts safely, checks, sign-off, submission."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F, Max
from django.urls import reverse
from django.utils import timezone

from selfassess import formatting
from selfassess.accounts.models import HmipRole, User
from selfassess.centres.models import Centre, Inspection
from selfassess.reports import content as sar_content
from selfassess.reports import reviewing
from selfassess.reports.content import SarContent
from selfassess.reports.models import (
    KeyConcern,
    Priority,
    Revision,
    Sar,
    Section,
    SignOff,
    Submission,
    TestPart,
)
from selfassess.reports.structure import (
    MAX_PRIORITIES,
    SECTIONS,
    HealthyTest,
    SectionKey,
)

DECLARATION = (
    "I am the centre manager. I have read this self-assessment report, I take responsibility "
    "for its production and its content, and I am satisfied that it is a candid and accurate "
    "assessment of the centre."
)


class StaleEdit(Exception):
    """Someone else saved this part of the SAR after the editor started."""


class PriorityLimitReached(Exception):
    """A SAR already has the six priorities the template allows."""


def get_or_create_sar(centre: Centre) -> Sar:
    """Return the centre's SAR, creating it with its five sections and four test parts."""
    with transaction.atomic():
        sar, created = Sar.objects.get_or_create(centre=centre)
        if created:
            Section.objects.bulk_create(Section(sar=sar, key=spec.key) for spec in SECTIONS)
            TestPart.objects.bulk_create(TestPart(sar=sar, test=test) for test in HealthyTest)
    return sar


# --- Status ------------------------------------------------------------------------------


class SectionStatus(StrEnum):
    NOT_STARTED = "Not started"
    IN_PROGRESS = "In progress"
    COMPLETED = "Completed"


def section_has_content(content: SarContent, key: str) -> bool:
    """Return whether anything has been written in a section."""
    if key in (SectionKey.VISION, SectionKey.LEADERSHIP):
        return bool(content.sections[key].body.strip())
    if key == SectionKey.TESTS:
        return any(part.body.strip() or part.rating for part in content.tests)
    if key == SectionKey.PRIORITIES:
        return bool(content.priorities)
    return bool(content.key_concerns)


def section_status(content: SarContent, key: str) -> SectionStatus:
    """Return a section's status for the task list."""
    if content.sections[key].completed:
        return SectionStatus.COMPLETED
    if section_has_content(content, key):
        return SectionStatus.IN_PROGRESS
    return SectionStatus.NOT_STARTED


# --- Checks before sign-off --------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """Something that stops sign-off, and where to fix it."""

    message: str
    url: str


def section_url(sar: Sar, key: str) -> str:
    return reverse("reports:section", args=[sar.pk, key])


def sign_off_problems(content: SarContent) -> list[Problem]:
    """Return every reason the SAR cannot be signed off yet, in the order of the sections."""
    sar = content.sar
    problems: list[Problem] = []
    personal = _personal_data_problems(content)
    for spec in SECTIONS:
        problems += personal.get(spec.key, [])
        url = section_url(sar, spec.key)
        over = content.over_limit(spec.key)
        if over:
            problems.append(
                Problem(
                    f"{spec.title} is {formatting.plural(over, 'word')} over its limit of "
                    f"{spec.word_limit:,} words",
                    url,
                )
            )
        if spec.key in (SectionKey.VISION, SectionKey.LEADERSHIP):
            if not content.sections[spec.key].body.strip():
                problems.append(Problem(f"Write the {spec.title.lower()} section", url))
    for part in content.tests:
        url = section_url(sar, SectionKey.TESTS) + f"#test-{part.test}"
        if not part.body.strip():
            problems.append(Problem(f"Write your assessment of {part.get_test_display()}", url))
        if not part.rating:
            problems.append(Problem(f"Rate {part.get_test_display()}", url))
    if not content.priorities:
        problems.append(
            Problem("Add at least one priority", section_url(sar, SectionKey.PRIORITIES))
        )
    if len(content.priorities) > MAX_PRIORITIES:
        problems.append(
            Problem(
                f"There are {len(content.priorities)} priorities: remove "
                f"{len(content.priorities) - MAX_PRIORITIES} so there are at most six",
                section_url(sar, SectionKey.PRIORITIES),
            )
        )
    labels = {
        "what": "what the priority is",
        "how_known": "how you know it is a priority",
        "delivering": "how you are delivering it",
        "success": "how you will know you have succeeded",
    }
    for priority in content.priorities:
        url = reverse("reports:priority", args=[sar.pk, priority.pk])
        for name, label in labels.items():
            if not getattr(priority, name).strip():
                problems.append(Problem(f"Priority {priority.position}: answer {label}", url))
    for concern in content.key_concerns:
        url = reverse("reports:key_concern", args=[sar.pk, concern.pk])
        name = concern.reference or f"Concern {concern.position}"
        if not concern.progress.strip():
            problems.append(Problem(f"{name}: describe the progress made", url))
        if not concern.judgement:
            problems.append(Problem(f"{name}: give your judgement of progress", url))
    for spec in SECTIONS:
        if not content.sections[spec.key].completed:
            problems.append(
                Problem(f"Mark {spec.title.lower()} as completed", section_url(sar, spec.key))
            )
    return problems


def _personal_data_problems(content: SarContent) -> dict[str, list[Problem]]:
    """Return, by section, the possible personal data nobody has removed or dismissed."""
    review = reviewing.review_content(content)
    dismissed = set(content.sar.review_dismissals.values_list("key", flat=True))
    review_url = reverse("reports:review", args=[content.sar.pk])
    problems: dict[str, list[Problem]] = {}
    for finding in reviewing.open_personal_data(review, dismissed):
        problems.setdefault(finding.place.section, []).append(
            Problem(
                f"{finding.where}: remove possible personal data, or dismiss it with a reason "
                "if it does not identify anyone",
                f"{review_url}#finding-{finding.key}",
            )
        )
    return problems


# --- Saving, with revisions and stale-edit protection ------------------------------------


def _claim(obj: Section | Priority | KeyConcern, base_version: int | None, **updates: Any) -> None:
    """Apply `updates` and the next lock version, unless someone saved since `base_version`.

    A conditional UPDATE (… WHERE lock_version = n) is atomic on SQLite and PostgreSQL
    alike; no row matching means a newer save exists, and the edit is refused as stale.
    """
    rows = type(obj).objects.filter(pk=obj.pk)
    if base_version is not None:
        rows = rows.filter(lock_version=base_version)
    if not rows.update(lock_version=F("lock_version") + 1, **updates):
        raise StaleEdit


def _bump(section: Section, user: User, base_version: int | None) -> None:
    """Claim the next version of a section, or raise StaleEdit if someone got there first."""
    now = timezone.now()
    _claim(section, base_version, updated_at=now, updated_by=user)
    section.refresh_from_db(fields=["lock_version", "updated_at", "updated_by"])
    Sar.objects.filter(pk=section.sar_id).update(updated_at=now)


def record_revision(sar: Sar, key: str, user: User, summary: str) -> Revision:
    """Keep the section's whole text as it now stands, with who changed it and how."""
    content = sar_content.load(sar)
    text = sar_content.section_text(content, key)
    return Revision.objects.create(
        sar=sar,
        section=key,
        author=user,
        summary=summary[:200],
        text=text,
        word_count=content.words(key),
    )


@transaction.atomic
def save_section(
    section: Section,
    user: User,
    base_version: int | None,
    *,
    fields: dict[str, Any],
    evidence: list[Any] | None = None,
    summary: str = "Edited",
) -> Section:
    """Save a section's own fields, refusing a stale edit. Over-limit text is saved as it is."""
    _bump(section, user, base_version)
    for name, value in fields.items():
        setattr(section, name, value)
    section.save(update_fields=list(fields))
    if evidence is not None:
        section.evidence.set(evidence)
    record_revision(section.sar, section.key, user, summary)
    return section


@transaction.atomic
def save_tests(
    sar: Sar,
    user: User,
    base_version: int | None,
    *,
    parts: dict[str, dict[str, Any]],
    completed: bool,
) -> None:
    """Save all four healthy establishment test parts of section 3 together."""
    section = sar.sections.get(key=SectionKey.TESTS)
    _bump(section, user, base_version)
    section.completed = completed
    section.save(update_fields=["completed"])
    for part in sar.test_parts.all():
        values = parts[part.test]
        part.body = values["body"]
        part.rating = values["rating"]
        part.save(update_fields=["body", "rating"])
        if "evidence" in values:
            part.evidence.set(values["evidence"])
    record_revision(sar, SectionKey.TESTS, user, "Edited the healthy establishment tests")


def _lock_sar(sar: Sar) -> None:
    # Serialises adding and reordering priorities and concerns on PostgreSQL (SQLite
    # already serialises writers).
    Sar.objects.select_for_update().filter(pk=sar.pk).first()


@transaction.atomic
def add_priority(sar: Sar, user: User, fields: dict[str, Any]) -> Priority:
    """Add a priority at the end of the list, unless there are six already."""
    _lock_sar(sar)
    if sar.priorities.count() >= MAX_PRIORITIES:
        raise PriorityLimitReached
    position = (sar.priorities.aggregate(m=Max("position"))["m"] or 0) + 1
    priority = Priority.objects.create(sar=sar, position=position, **fields)
    _bump(sar.sections.get(key=SectionKey.PRIORITIES), user, None)
    return priority


@transaction.atomic
def save_priority(
    priority: Priority,
    user: User,
    base_version: int | None,
    *,
    fields: dict[str, Any],
    targets: list[dict[str, Any]],
    evidence: list[Any],
    summary: str,
) -> Priority:
    """Save a priority's answers, targets and citations, refusing a stale edit."""
    _claim(priority, base_version, **fields)
    priority.refresh_from_db()
    priority.targets.all().delete()
    priority.targets.bulk_create(
        priority.targets.model(priority=priority, position=index, **target)
        for index, target in enumerate(targets)
    )
    priority.evidence.set(evidence)
    _bump(priority.sar.sections.get(key=SectionKey.PRIORITIES), user, None)
    record_revision(priority.sar, SectionKey.PRIORITIES, user, summary)
    return priority


def _renumber(items: list[Any]) -> None:
    for index, item in enumerate(items, start=1):
        if item.position != index:
            item.position = index
            item.save(update_fields=["position"])


@transaction.atomic
def delete_priority(priority: Priority, user: User) -> None:
    """Remove a priority and renumber the rest."""
    sar = priority.sar
    _lock_sar(sar)
    position = priority.position
    priority.delete()
    _renumber(list(sar.priorities.order_by("position")))
    _bump(sar.sections.get(key=SectionKey.PRIORITIES), user, None)
    record_revision(sar, SectionKey.PRIORITIES, user, f"Removed priority {position}")


@transaction.atomic
def move(item: Priority | KeyConcern, user: User, direction: int) -> None:
    """Move a priority or concern up (-1) or down (+1) the list."""
    sar = item.sar
    _lock_sar(sar)
    is_priority = isinstance(item, Priority)
    siblings = list((sar.priorities if is_priority else sar.key_concerns).order_by("position"))
    index = next(i for i, s in enumerate(siblings) if s.pk == item.pk)
    other = index + direction
    if not 0 <= other < len(siblings):
        return
    siblings[index], siblings[other] = siblings[other], siblings[index]
    _renumber(siblings)
    key = SectionKey.PRIORITIES if is_priority else SectionKey.KEY_CONCERNS
    _bump(sar.sections.get(key=key), user, None)
    record_revision(sar, key, user, f"Moved {item} {'up' if direction < 0 else 'down'}")


@transaction.atomic
def add_key_concern(
    sar: Sar, user: User, fields: dict[str, Any], evidence: list[Any]
) -> KeyConcern:
    """Add a concern from the last inspection at the end of the list."""
    _lock_sar(sar)
    position = (sar.key_concerns.aggregate(m=Max("position"))["m"] or 0) + 1
    concern = KeyConcern.objects.create(sar=sar, position=position, **fields)
    concern.evidence.set(evidence)
    _bump(sar.sections.get(key=SectionKey.KEY_CONCERNS), user, None)
    record_revision(sar, SectionKey.KEY_CONCERNS, user, f"Added {concern}")
    return concern


@transaction.atomic
def save_key_concern(
    concern: KeyConcern,
    user: User,
    base_version: int | None,
    *,
    fields: dict[str, Any],
    evidence: list[Any],
) -> KeyConcern:
    """Save a concern's progress and judgement, refusing a stale edit."""
    _claim(concern, base_version, **fields)
    concern.refresh_from_db()
    concern.evidence.set(evidence)
    _bump(concern.sar.sections.get(key=SectionKey.KEY_CONCERNS), user, None)
    record_revision(concern.sar, SectionKey.KEY_CONCERNS, user, f"Edited {concern}")
    return concern


@transaction.atomic
def delete_key_concern(concern: KeyConcern, user: User) -> None:
    """Remove a concern and renumber the rest."""
    sar = concern.sar
    _lock_sar(sar)
    label = str(concern)
    concern.delete()
    _renumber(list(sar.key_concerns.order_by("position")))
    _bump(sar.sections.get(key=SectionKey.KEY_CONCERNS), user, None)
    record_revision(sar, SectionKey.KEY_CONCERNS, user, f"Removed {label}")


# --- Sign-off and submission ---------------------------------------------------------------


@dataclass(frozen=True)
class SignOffState:
    """Where the SAR stands with its centre manager's sign-off."""

    current: SignOff | None  # a sign-off that matches the content exactly
    withdrawn: SignOff | None  # the latest sign-off, if the content changed after it
    content_hash: str


def sign_off_state(content: SarContent) -> SignOffState:
    """Return whether the SAR as it stands is signed off, and any withdrawn sign-off."""
    digest = sar_content.content_hash(sar_content.as_dict(content))
    latest = content.sar.sign_offs.select_related("signed_by").first()
    if latest is None:
        return SignOffState(None, None, digest)
    if latest.content_hash == digest:
        return SignOffState(latest, None, digest)
    return SignOffState(None, latest, digest)


class SignOffRefused(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("The SAR cannot be signed off yet")
        self.problems = problems


@transaction.atomic
def sign_off(sar: Sar, user: User, seen_hash: str | None = None) -> SignOff:
    """Record the centre manager's sign-off of the SAR exactly as it now stands.

    `seen_hash` is the hash of the content the manager was shown; if the SAR changed since,
    the sign-off is refused so that it never covers text the manager has not seen.
    """
    _lock_sar(sar)
    content = sar_content.load(sar)
    problems = sign_off_problems(content)
    digest = sar_content.content_hash(sar_content.as_dict(content))
    if seen_hash is not None and seen_hash != digest:
        problems.insert(
            0,
            Problem(
                "The report changed while you were checking it: check it again",
                reverse("reports:sign_off", args=[sar.pk]),
            ),
        )
    if problems:
        raise SignOffRefused(problems)
    return SignOff.objects.create(
        sar=sar, signed_by=user, content_hash=digest, declaration=DECLARATION
    )


def latest_inspection(centre: Centre) -> Inspection | None:
    """Return the centre's most recently announced inspection."""
    return centre.inspections.order_by("-announced_at").first()


def draft_version(sar: Sar, digest: str) -> int:
    """Return the version number of the SAR as it now stands."""
    last = sar.submissions.order_by("-version").first()
    if last is None:
        return 1
    return last.version if last.content_hash == digest else last.version + 1


class SubmissionRefused(Exception):
    pass


@transaction.atomic
def submit(sar: Sar, user: User, now: datetime | None = None) -> Submission:
    """Freeze the signed-off SAR as an immutable snapshot and send it to the inspectorate."""
    _lock_sar(sar)
    content = sar_content.load(sar)
    state = sign_off_state(content)
    if state.current is None:
        raise SubmissionRefused("The centre manager must sign off this version first.")
    last = sar.submissions.order_by("-version").first()
    if last is not None and last.content_hash == state.content_hash:
        raise SubmissionRefused(f"Version {last.version} has already been submitted.")
    inspection = latest_inspection(sar.centre)
    data = sar_content.as_dict(content)
    version = (last.version + 1) if last else 1
    submitted_at = now or timezone.now()
    data["version"] = version
    data["sign_off"] = {
        "signed_by": state.current.signed_by.full_name,
        "signed_at": state.current.signed_at.isoformat(),
        "declaration": state.current.declaration,
    }
    data["submitted_at"] = submitted_at.isoformat()
    data["submitted_by"] = user.full_name
    submission = Submission.objects.create(
        sar=sar,
        inspection=inspection,
        version=version,
        snapshot=data,
        content_hash=state.content_hash,
        sign_off=state.current,
        submitted_by=user,
        submitted_at=submitted_at,
        due_at=inspection.due_at if inspection else None,
    )
    transaction.on_commit(lambda: notify_coordinators(submission))
    return submission


def lateness(submission: Submission) -> timedelta | None:
    """Return how late a submission was, or None if it was on time."""
    if submission.due_at is None or submission.submitted_at <= submission.due_at:
        return None
    return submission.submitted_at - submission.due_at


def notify_coordinators(submission: Submission) -> None:
    """E-mail the HMIP inspection coordinators that a SAR has arrived."""
    recipients = set(settings.HMIP_COORDINATOR_EMAILS)
    recipients.update(
        User.objects.filter(hmip_role=HmipRole.COORDINATOR, is_active=True).values_list(
            "email", flat=True
        )
    )
    if not recipients:
        return
    centre = submission.sar.centre
    late = lateness(submission)
    timing = f"late, by {formatting.duration(late)}" if late else "on time"
    url = settings.SITE_URL.rstrip("/") + submission.get_absolute_url()
    send_mail(
        subject=f"Self-assessment report submitted: {centre.name} (version {submission.version})",
        message=(
            f"{submission.submitted_by.full_name} submitted version {submission.version} of the "
            f"self-assessment report for {centre.name} on "
            f"{formatting.govuk_datetime(submission.submitted_at)}, {timing}.\n\n"
            f"Read it at {url}\n"
        ),
        from_email=None,
        recipient_list=sorted(recipients),
    )
