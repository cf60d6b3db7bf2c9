from typing import Any

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from selfassess.accounts import two_factor
from selfassess.accounts.forms import LoginForm, TokenForm
from selfassess.audit.models import Action
from selfassess.audit.services import record


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


def axes_username(request: HttpRequest, credentials: dict[str, Any] | None = None) -> str:
    """Return the e-mail address a sign-in is for, as django-axes counts it."""
    raw = (credentials or {}).get("username") or request.POST.get("username", "")
    return str(raw).strip().lower()


def locked_out(
    request: HttpRequest, original_response: Any = None, credentials: Any = None
) -> HttpResponse:
    """Tell someone locked out by django-axes what happened and when to try again."""
    from django.conf import settings

    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    email = (credentials or {}).get("username") or request.POST.get("username", "")
    record(request, Action.LOGIN_FAILED, f"Sign-in refused: {email} is locked out"[:500])
    form = LoginForm(request, initial={"username": email})
    message = (
        f"You have entered a wrong password too many times. You can try again in {minutes} minutes."
    )
    return render(
        request,
        "accounts/login.html",
        {"form": form, "locked_out": message, "next": request.POST.get("next", "")},
        status=429,
    )


def _next_url(request: HttpRequest) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return "/"


def _check_code(form: TokenForm, device: TOTPDevice) -> bool:
    """Check the code against the device (django-otp slows down repeated wrong codes)."""
    allowed, _ = device.verify_is_allowed()
    if allowed and device.verify_token(form.cleaned_data["token"]):
        return True
    form.add_error(
        "token",
        "The code is not right or has expired. Enter the 6-digit code your authenticator app shows now"
        if allowed
        else "You have entered a wrong code too many times. Wait a minute, then enter the code your app shows",
    )
    return False


@login_required
@require_http_methods(["GET", "POST"])
def two_factor_verify(request: HttpRequest) -> HttpResponse:
    """Ask for the code from the authenticator app, after the password."""
    device = two_factor.confirmed_device(request.user)
    if two_factor.pending(request) != two_factor.VERIFY or device is None:
        return redirect(_next_url(request))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if _check_code(form, device):
            otp_login(request, device)
            two_factor.complete(request)
            record(request, Action.LOGIN, "Passed two-factor authentication")
            return redirect(_next_url(request))
        record(request, Action.LOGIN_FAILED, "Wrong two-factor code")
    return render(
        request,
        "accounts/two_factor_verify.html",
        {"form": form, "next": _next_url(request)},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    """Set up an authenticator app: show the key (and a QR code), then check one code."""
    if two_factor.pending(request) == two_factor.VERIFY:
        return redirect("accounts:two_factor_verify")
    confirmed = two_factor.confirmed_device(request.user)
    if confirmed is not None:
        return render(
            request, "accounts/two_factor_setup.html", {"confirmed": confirmed, "form": None}
        )
    device = TOTPDevice.objects.filter(
        user=request.user, confirmed=False
    ).first() or TOTPDevice.objects.create(
        user=request.user, name="Authenticator app", confirmed=False
    )
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if _check_code(form, device):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            two_factor.complete(request)
            record(request, Action.PERMISSION, "Set up two-factor authentication")
            messages.success(request, "Two-factor authentication is set up")
            return redirect(_next_url(request))
    return render(
        request,
        "accounts/two_factor_setup.html",
        {
            "form": form,
            "confirmed": None,
            "required": two_factor.pending(request) == two_factor.SET_UP,
            "key": two_factor.formatted_key(device),
            "qr_svg": two_factor.qr_code_svg(device.config_url),
            "next": request.POST.get("next") or request.GET.get("next", ""),
        },
        status=400 if form.errors else 200,
    )
