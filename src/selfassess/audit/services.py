"""Write audit events."""

from django.http import HttpRequest

from selfassess.audit.models import Action, AuditEvent
from selfassess.centres.models import Centre


def client_ip(request: HttpRequest | None) -> str | None:
    """Return the address the request came from (REMOTE_ADDR; proxies are not trusted)."""
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def user_agent(request: HttpRequest | None) -> str:
    """Return the browser's description of itself, cut to fit the column."""
    if request is None:
        return ""
    return str(request.META.get("HTTP_USER_AGENT", ""))[:300]


def record(
    request: HttpRequest | None,
    action: Action,
    description: str,
    *,
    centre: Centre | None = None,
    actor: object = None,
    actor_email: str = "",
) -> AuditEvent:
    """Record that someone did something."""
    user = actor if actor is not None else getattr(request, "user", None)
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    return AuditEvent.objects.create(
        actor=user,
        actor_email=actor_email or (getattr(user, "email", "") if user else ""),
        action=action,
        centre=centre,
        description=description[:500],
        ip_address=client_ip(request),
        user_agent=user_agent(request),
    )
