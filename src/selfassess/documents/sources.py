"""Build the export document of a SAR version: the current draft or a submitted snapshot."""

from datetime import date, datetime

from django.utils import timezone

from selfassess import formatting
from selfassess.accounts.models import Membership, Role
from selfassess.documents.document import DRAFT_STATUS, ExportDocument, Meta
from selfassess.reports import content as sar_content
from selfassess.reports import services
from selfassess.reports.models import Sar, Submission


def status_text(submission: Submission) -> str:
    """Return 'Submitted on time' or 'Submitted 2 days 4 hours late'."""
    late = services.lateness(submission)
    return f"Submitted {formatting.duration(late)} late" if late else "Submitted on time"


def _manager_name(sar: Sar) -> str:
    member = (
        Membership.objects.filter(centre_id=sar.centre_id, role=Role.MANAGER)
        .select_related("user")
        .order_by("user__full_name")
        .first()
    )
    return member.user.full_name if member else ""


def for_submission(submission: Submission) -> ExportDocument:
    """Return a submitted version exactly as it was sent."""
    data = submission.snapshot
    sign_off = data.get("sign_off") or {}
    signed_at = sign_off.get("signed_at")
    meta = Meta(
        centre=data["centre"]["name"],
        centre_slug=data["centre"]["slug"],
        manager=sign_off.get("signed_by") or submission.sign_off.signed_by.full_name,
        date=timezone.localdate(submission.submitted_at),
        version=submission.version,
        status=status_text(submission),
        submitted=True,
        submitted_at=submission.submitted_at,
        submitted_by=data.get("submitted_by") or submission.submitted_by.full_name,
        due_at=submission.due_at,
        signed_off_by=sign_off.get("signed_by"),
        signed_off_at=datetime.fromisoformat(signed_at) if signed_at else None,
        declaration=sign_off.get("declaration"),
    )
    return ExportDocument(data, meta)


def for_draft(sar: Sar, today: date | None = None) -> ExportDocument:
    """Return the SAR as it now stands, with its sign-off if that still holds."""
    content = sar_content.load(sar)
    data = sar_content.as_dict(content)
    digest = sar_content.content_hash(data)
    last = sar.submissions.select_related("sign_off__signed_by", "submitted_by").first()
    if last is not None and last.content_hash == digest:
        # Nothing has changed since the last submission: this is that version.
        return for_submission(last)
    latest = sar.sign_offs.select_related("signed_by").first()
    signed = latest if latest is not None and latest.content_hash == digest else None
    meta = Meta(
        centre=sar.centre.name,
        centre_slug=sar.centre.slug,
        manager=_manager_name(sar),
        date=today or timezone.localdate(),
        version=(last.version + 1) if last else 1,
        status=DRAFT_STATUS,
        submitted=False,
        signed_off_by=signed.signed_by.full_name if signed else None,
        signed_off_at=signed.signed_at if signed else None,
        declaration=signed.declaration if signed else None,
    )
    return ExportDocument(data, meta)


class VersionNotFound(LookupError):
    """The SAR has no submitted version with that number."""


def for_version(sar: Sar, version: int | None) -> ExportDocument:
    """Return submitted version `version` of the SAR, or its current draft when None."""
    if version is None:
        return for_draft(sar)
    submission = (
        sar.submissions.select_related("sar__centre", "sign_off__signed_by", "submitted_by")
        .filter(version=version)
        .first()
    )
    if submission is None:
        raise VersionNotFound(version)
    return for_submission(submission)
