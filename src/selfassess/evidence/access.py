"""Find an evidence item for the user asking; 404 for anyone outside its centre."""

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from selfassess.accounts.access import Access, centre_access, require
from selfassess.accounts.models import User
from selfassess.evidence.models import EvidenceItem
from selfassess.reports.models import Sar


def get_evidence_for_user(request: HttpRequest, pk: int) -> tuple[EvidenceItem, Access]:
    """Return the item and what the user may do at its centre; 404 unless they are a member."""
    item = get_object_or_404(
        EvidenceItem.objects.select_related("centre__sar", "created_by"), pk=pk
    )
    access = centre_access(request.user, item.centre_id)
    if not access.can_view:
        raise Http404
    return item, access


def can_change(item: EvidenceItem, access: Access, user: User | AnonymousUser) -> bool:
    """Managers and leaders may edit or delete any item; others only the items they added."""
    if not access.can_view:
        return False
    if access.can_edit:
        return True
    return (
        user.is_authenticated and item.created_by_id is not None and item.created_by_id == user.pk
    )


def require_change(request: HttpRequest, item: EvidenceItem, access: Access) -> None:
    """Refuse with 403 a member who may not edit or delete this item."""
    require(can_change(item, access, request.user))


def sar_of(item: EvidenceItem) -> Sar | None:
    """Return the SAR of the item's centre (loaded with it), if the centre has one yet."""
    try:
        return item.centre.sar
    except ObjectDoesNotExist:
        return None
