"""Announcing an inspection: its SAR deadline, the audit record and the centre's e-mail."""

import re
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse

from selfassess import formatting
from selfassess.accounts.models import Membership, Role, User
from selfassess.audit.models import Action
from selfassess.audit.services import record
from selfassess.centres import deadlines
from selfassess.centres.models import Centre, Inspection

_CLOCK = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?$")


def parse_time(text: str) -> time | None:
    """Return the time in '10:00', '14:30', '10am', '3.15pm', 'midday' or 'midnight', or None."""
    value = text.strip().lower().replace(" ", "")
    if value in {"midday", "noon", "12noon"}:
        return time(12, 0)
    if value == "midnight":
        return time(0, 0)
    match = _CLOCK.match(value)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").replace(".", "")
    if suffix:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    elif match.group(2) is None:
        return None  # a bare number such as "10" could be morning or evening
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def deadline_for(centre: Centre, announced_at: datetime) -> datetime:
    """Return when the SAR is due for an inspection of this centre announced then."""
    return deadlines.due_at(
        announced_at,
        nation=centre.nation,
        days=settings.SAR_DEADLINE_DAYS,
        working_days=settings.SAR_DEADLINE_WORKING_DAYS,
    )


def skipped_bank_holidays(
    announced_at: datetime, due: datetime, nation: str
) -> list[tuple[date, str]]:
    """Return the weekday bank holidays of the nation between the announcement and the due day."""
    start = announced_at.astimezone(deadlines.UK).date()
    end = due.astimezone(deadlines.UK).date()
    skipped = []
    day = start + timedelta(days=1)
    while day <= end:
        name = deadlines.bank_holiday_name(day, nation)
        if name and day.weekday() < 5:
            skipped.append((day, name))
        day += timedelta(days=1)
    return skipped


def managers_of(centre: Centre) -> list[User]:
    """Return the active centre managers of a centre."""
    return [
        m.user
        for m in Membership.objects.filter(
            centre=centre, role=Role.MANAGER, user__is_active=True
        ).select_related("user")
    ]


def notify_managers(inspection: Inspection) -> int:
    """E-mail the centre's managers that an inspection was announced and when the SAR is due."""
    centre = inspection.centre
    recipients = sorted({user.email for user in managers_of(centre)})
    if not recipients:
        return 0
    sar_url = settings.SITE_URL.rstrip("/") + reverse("reports:for_centre", args=[centre.slug])
    due = formatting.govuk_datetime(inspection.due_at)
    rule = "working days" if inspection.working_days else "days"
    return send_mail(
        subject=f"Inspection announced: your self-assessment report is due {due}",
        message=(
            f"HM Inspectorate of Prisons has announced an inspection of {centre.name} "
            f"on {formatting.govuk_datetime(inspection.announced_at)}.\n\n"
            f"Your self-assessment report (SAR) must be signed off by the centre manager and "
            f"submitted by {due} ({settings.SAR_DEADLINE_DAYS} {rule} after the announcement). "
            f"A late SAR is still accepted, and is shown as late.\n\n"
            f"Write and submit it at {sar_url}\n"
        ),
        from_email=None,
        recipient_list=recipients,
    )


def announce(
    request: HttpRequest, centre: Centre, announced_at: datetime
) -> tuple[Inspection, int]:
    """Record an announced inspection with its deadline, audit it, and e-mail the managers.

    Returns the inspection and how many e-mails were sent.
    """
    with transaction.atomic():
        inspection = Inspection.objects.create(
            centre=centre,
            announced_at=announced_at,
            due_at=deadline_for(centre, announced_at),
            working_days=settings.SAR_DEADLINE_WORKING_DAYS,
            announced_by=request.user,
        )
        record(
            request,
            Action.ANNOUNCE,
            f"Announced an inspection of {centre.name} on "
            f"{formatting.govuk_datetime(announced_at)}; SAR due "
            f"{formatting.govuk_datetime(inspection.due_at)}",
            centre=centre,
        )
    return inspection, notify_managers(inspection)


def assign_inspectors(request: HttpRequest, inspection: Inspection, inspectors: list[User]) -> None:
    """Set the inspectors who may read the inspection's SAR, and audit the change."""
    before = {user.pk for user in inspection.inspectors.all()}
    after = {user.pk for user in inspectors}
    if before == after:
        return
    with transaction.atomic():
        inspection.inspectors.set(inspectors)
        names = ", ".join(sorted(str(user) for user in inspectors)) or "no one"
        record(
            request,
            Action.PERMISSION,
            f"Assigned inspectors to the inspection of {inspection.centre.name} announced "
            f"{formatting.govuk_date(inspection.announced_at)}: {names}",
            centre=inspection.centre,
        )
