"""Optional two-factor authentication (TOTP, django-otp), required for some groups.

Signing in is two steps for someone with a confirmed authenticator: the password starts
the session, and until the code is checked every page sends them to the code page. Someone
who must use two-factor (settings.REQUIRE_TWO_FACTOR_FOR) and has no authenticator yet is
sent to set one up instead. What is outstanding is kept in the session, so the check costs
no query on each request.
"""

import base64
import io
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from selfassess.accounts.models import Membership, Role, User

SESSION_KEY = "two_factor_pending"
VERIFY = "verify"
SET_UP = "set_up"
# Pages someone part-way through signing in may reach.
OPEN_URL_NAMES = {
    "accounts:login",
    "accounts:logout",
    "accounts:two_factor_verify",
    "accounts:two_factor_setup",
    "accessibility",
}


def is_required(user: User) -> bool:
    """Return whether this user must use two-factor authentication."""
    groups = set(settings.REQUIRE_TWO_FACTOR_FOR)
    if "hmip" in groups and user.is_hmip:
        return True
    if "administrators" in groups and (user.is_staff or user.is_superuser):
        return True
    return "managers" in groups and Membership.objects.filter(user=user, role=Role.MANAGER).exists()


def confirmed_device(user: User) -> TOTPDevice | None:
    """Return the user's confirmed authenticator, if they have one."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def pending(request: HttpRequest) -> str | None:
    """Return the step still outstanding in this session (VERIFY, SET_UP) or None."""
    session = getattr(request, "session", None)
    return session.get(SESSION_KEY) if session is not None else None


def complete(request: HttpRequest) -> None:
    """Record that this session has passed its two-factor step."""
    request.session.pop(SESSION_KEY, None)


@receiver(user_logged_in)
def start_two_factor(sender: Any, request: HttpRequest | None, user: User, **kwargs: Any) -> None:
    """After the password, ask for a code (or a set-up) when the user has or needs one."""
    if request is None or getattr(request, "session", None) is None:
        return
    if confirmed_device(user) is not None:
        request.session[SESSION_KEY] = VERIFY
    elif is_required(user):
        request.session[SESSION_KEY] = SET_UP


class TwoFactorMiddleware:
    """Send a half-signed-in user to the code page (or set-up page) from anywhere else."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        step = pending(request)
        if step and request.user.is_authenticated:
            try:
                name = resolve(request.path_info).view_name
            except Resolver404:
                name = ""
            if name not in OPEN_URL_NAMES:
                target = (
                    "accounts:two_factor_verify" if step == VERIFY else "accounts:two_factor_setup"
                )
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse(target)}?{query}")
        return self.get_response(request)


def formatted_key(device: TOTPDevice) -> str:
    """Return the device's secret as base32 in groups of four, for typing into an app."""
    key = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_code_svg(text: str) -> str:
    """Return an SVG QR code of the text (paths only: no inline styles)."""
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=20, border=2)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode("utf-8")
    # Drop the XML declaration so the SVG can sit inside the HTML page.
    svg = svg[svg.index("<svg") :]
    return svg.replace("<svg ", '<svg role="img" aria-label="QR code of the key" ', 1)
