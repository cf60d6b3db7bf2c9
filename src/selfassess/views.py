"""Pages that belong to no one app: the start page, errors, the accessibility statement."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from selfassess.accounts.access import centres_for


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Send each person to where their work is."""
    user = request.user
    if user.is_coordinator:
        return redirect("centres:dashboard")
    if user.is_inspector:
        return redirect("centres:inbox")
    centres = centres_for(user)
    if len(centres) == 1:
        return redirect("reports:for_centre", centres[0].slug)
    return render(request, "home.html", {"centres": centres})


def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "accessibility.html")


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/404.html", status=404)


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/403.html", status=403)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "errors/500.html", status=500)
