"""Find a SAR, or a part of one, for the user asking; 404 for anyone outside its centre."""

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from selfassess.accounts.access import Access, centre_access
from selfassess.reports.models import Comment, KeyConcern, Priority, Sar, Submission


def get_sar_for_user(request: HttpRequest, pk: int) -> tuple[Sar, Access]:
    """Return the SAR and what the user may do with it; 404 unless they are a member."""
    sar = get_object_or_404(Sar.objects.select_related("centre"), pk=pk)
    access = centre_access(request.user, sar.centre_id)
    if not access.can_view:
        raise Http404
    return sar, access


def get_priority_for_user(request: HttpRequest, sar_pk: int, pk: int) -> tuple[Priority, Access]:
    """Return a priority of a SAR the user may see."""
    sar, access = get_sar_for_user(request, sar_pk)
    priority = get_object_or_404(Priority, pk=pk, sar=sar)
    priority.sar = sar
    return priority, access


def get_key_concern_for_user(
    request: HttpRequest, sar_pk: int, pk: int
) -> tuple[KeyConcern, Access]:
    """Return a key concern of a SAR the user may see."""
    sar, access = get_sar_for_user(request, sar_pk)
    concern = get_object_or_404(KeyConcern, pk=pk, sar=sar)
    concern.sar = sar
    return concern, access


def get_comment_for_user(request: HttpRequest, sar_pk: int, pk: int) -> tuple[Comment, Access]:
    """Return a comment on a SAR the user may see."""
    sar, access = get_sar_for_user(request, sar_pk)
    comment = get_object_or_404(Comment, pk=pk, sar=sar)
    comment.sar = sar
    return comment, access


def can_read_submission(request: HttpRequest, submission: Submission) -> bool:
    """Members of the centre, coordinators, and inspectors assigned to its inspection."""
    user = request.user
    if not user.is_authenticated:
        return False
    if centre_access(user, submission.sar.centre_id).can_view or user.is_coordinator:
        return True
    if user.is_inspector and submission.inspection_id is not None:
        return submission.inspection.inspectors.filter(pk=user.pk).exists()
    return False


def get_submission_for_user(request: HttpRequest, pk: int) -> Submission:
    """Return a submitted snapshot the user may read; 404 otherwise."""
    submission = get_object_or_404(
        Submission.objects.select_related(
            "sar__centre", "inspection", "submitted_by", "sign_off__signed_by"
        ),
        pk=pk,
    )
    if not can_read_submission(request, submission):
        raise Http404
    return submission
