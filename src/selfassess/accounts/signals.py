"""Audit every login, failed login and logout."""

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from selfassess.audit.models import Action
from selfassess.audit.services import record


@receiver(user_logged_in)
def audit_login(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    record(request, Action.LOGIN, "Logged in", actor=user)


@receiver(user_login_failed)
def audit_failed_login(
    sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any
) -> None:
    email = str(credentials.get("username", ""))[:254]
    record(request, Action.LOGIN_FAILED, f"Failed login for {email}", actor_email=email)


@receiver(user_logged_out)
def audit_logout(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        record(request, Action.LOGOUT, "Logged out", actor=user)
