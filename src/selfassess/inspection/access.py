"""Who may see and record an inspection's judgements. Every view here goes through `get_for_user`.

Inspectors assigned to the inspection and coordinators read and record judgements. The
centre's manager and leaders read them only once the coordinator has published the
inspection's report; before that, and for everyone else, the pages answer 404.
"""

from dataclasses import dataclass

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from selfassess.accounts.access import centre_access
from selfassess.accounts.models import Role
from selfassess.centres.models import Inspection
from selfassess.inspection.models import Judgement

HMIP = "hmip"
CENTRE = "centre"


@dataclass(frozen=True)
class JudgementAccess:
    """What a user may do with one inspection's judgements."""

    side: str  # HMIP (assigned inspector or coordinator) or CENTRE (after publication)
    coordinator: bool
    published: bool

    @property
    def is_hmip(self) -> bool:
        return self.side == HMIP

    @property
    def can_edit(self) -> bool:
        """Record judgements: HMIP, until the report is published."""
        return self.is_hmip and not self.published

    @property
    def can_export(self) -> bool:
        """Export the draft leadership narrative for the report team."""
        return self.is_hmip

    @property
    def can_publish(self) -> bool:
        return self.coordinator and not self.published


def get_for_user(
    request: HttpRequest, pk: int
) -> tuple[Inspection, Judgement | None, JudgementAccess]:
    """Return the inspection, its judgements (if any yet) and the user's access; 404 otherwise."""
    user = request.user
    if not user.is_authenticated:
        raise Http404
    inspection = get_object_or_404(Inspection.objects.select_related("centre"), pk=pk)
    judgement = (
        Judgement.objects.select_related("submission", "published_by", "updated_by")
        .filter(inspection=inspection)
        .first()
    )
    published = judgement is not None and judgement.is_published
    if user.is_coordinator:
        return inspection, judgement, JudgementAccess(HMIP, True, published)
    if user.is_inspector and inspection.inspectors.filter(pk=user.pk).exists():
        return inspection, judgement, JudgementAccess(HMIP, False, published)
    role = centre_access(user, inspection.centre_id).role
    if published and role in {Role.MANAGER, Role.LEADER}:
        return inspection, judgement, JudgementAccess(CENTRE, False, True)
    raise Http404
