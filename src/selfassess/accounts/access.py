"""Who may see and do what. Every view of centre data goes through these helpers.

A centre user reaches only their own centre's data; a request for anything else
answers 404, so that ids of other centres' objects reveal nothing.
"""

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from selfassess.accounts.models import Membership, Role, User
from selfassess.centres.models import Centre


@dataclass(frozen=True)
class Access:
    """What a user may do with one centre's SAR and evidence."""

    role: str | None

    @property
    def can_view(self) -> bool:
        return self.role is not None

    @property
    def can_edit(self) -> bool:
        return self.role in {Role.MANAGER, Role.LEADER}

    @property
    def can_comment(self) -> bool:
        return self.role is not None

    @property
    def can_add_evidence(self) -> bool:
        return self.role is not None

    @property
    def can_resolve_comments(self) -> bool:
        return self.role in {Role.MANAGER, Role.LEADER}

    @property
    def can_dismiss_findings(self) -> bool:
        return self.role in {Role.MANAGER, Role.LEADER}

    @property
    def can_sign_off(self) -> bool:
        return self.role == Role.MANAGER

    @property
    def can_submit(self) -> bool:
        return self.role == Role.MANAGER

    @property
    def can_assign(self) -> bool:
        return self.role == Role.MANAGER

    @property
    def is_contributor(self) -> bool:
        return self.role == Role.CONTRIBUTOR


NO_ACCESS = Access(role=None)


def membership(user: User | AnonymousUser, centre_id: int) -> Membership | None:
    """Return the user's membership of a centre, if any."""
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(user=user, centre_id=centre_id).first()


def centre_access(user: User | AnonymousUser, centre: Centre | int) -> Access:
    """Return what the user may do at a centre (nothing, if they are not a member)."""
    centre_id = centre if isinstance(centre, int) else centre.pk
    member = membership(user, centre_id)
    return Access(role=member.role) if member else NO_ACCESS


def require(allowed: bool) -> None:
    """Refuse with 403 a member who may see something but not do this to it."""
    if not allowed:
        raise PermissionDenied


def centres_for(user: User | AnonymousUser) -> list[Centre]:
    """Return the centres a user is a member of."""
    if not user.is_authenticated:
        return []
    return list(Centre.objects.filter(memberships__user=user).order_by("name"))


def require_hmip(request: HttpRequest, *, coordinator: bool = False) -> None:
    """Let only HMIP staff through (only coordinators, if asked); others get 404."""
    user = request.user
    if not user.is_authenticated or not user.is_hmip:
        raise Http404
    if coordinator and not user.is_coordinator:
        raise Http404
