"""The audit log for administrators: filter, page through, export as CSV."""

import csv
import datetime as dt
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from selfassess.audit.models import Action, AuditEvent
from selfassess.audit.services import record

PAGE_SIZE = 50
DATE_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d %m %Y", "%d %B %Y", "%d %b %Y"]
# Spreadsheet programs run a cell that starts with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class GovukDateField(forms.DateField):
    input_formats = DATE_FORMATS
    default_error_messages = {"invalid": "Enter a real date, like 27/3/2026"}


class AuditFilterForm(forms.Form):
    action = forms.ChoiceField(
        label="Action", required=False, choices=[("", "All actions"), *Action.choices]
    )
    user = forms.CharField(label="Person (e-mail address or part of it)", required=False)
    date_from = GovukDateField(label="From", required=False)
    date_to = GovukDateField(label="To", required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", "The ‘to’ date must be the same as or after the ‘from’ date")
        return data


def require_administrator(request: HttpRequest) -> None:
    """Let only administrators through; anyone else gets 404."""
    if not (request.user.is_staff or request.user.is_superuser):
        raise Http404


def filtered_events(form: AuditFilterForm) -> QuerySet[AuditEvent]:
    """Return the events matching a valid filter form, newest first."""
    events = AuditEvent.objects.select_related("centre").order_by("-created_at", "-pk")
    if not form.is_valid():
        return events.none()
    data = form.cleaned_data
    if data["action"]:
        events = events.filter(action=data["action"])
    if data["user"]:
        events = events.filter(actor_email__icontains=data["user"].strip())
    zone = timezone.get_current_timezone()
    if data["date_from"]:
        start = dt.datetime.combine(data["date_from"], dt.time.min, tzinfo=zone)
        events = events.filter(created_at__gte=start)
    if data["date_to"]:
        end = dt.datetime.combine(data["date_to"] + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
        events = events.filter(created_at__lt=end)
    return events


def safe_cell(value: object) -> str:
    """Return a CSV cell that a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


@login_required
def audit_log(request: HttpRequest) -> HttpResponse:
    """List audit events newest first, filtered and paginated."""
    require_administrator(request)
    form = AuditFilterForm(request.GET)
    events = filtered_events(form)
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "audit/log.html",
        {"form": form, "page": page, "query": query.urlencode()},
        status=400 if form.errors else 200,
    )


@login_required
def audit_log_csv(request: HttpRequest) -> HttpResponse:
    """Download the filtered audit events as CSV; the export is itself audited."""
    require_administrator(request)
    form = AuditFilterForm(request.GET)
    events = filtered_events(form)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="audit-log-{stamp}.csv"'
    writer = csv.writer(response)
    writer.writerow(["When", "Who", "Action", "Centre", "What", "IP address", "Browser"])
    count = 0
    for event in events.iterator(chunk_size=500):
        count += 1
        writer.writerow(
            [
                safe_cell(timezone.localtime(event.created_at).isoformat(timespec="seconds")),
                safe_cell(event.actor_email),
                safe_cell(event.get_action_display()),
                safe_cell(event.centre.name if event.centre else ""),
                safe_cell(event.description),
                safe_cell(event.ip_address or ""),
                safe_cell(event.user_agent),
            ]
        )
    filters = ", ".join(f"{k}={v}" for k, v in request.GET.items() if v and k != "page")
    record(
        request,
        Action.EXPORT_AUDIT,
        f"Exported {count} audit events as CSV" + (f" ({filters})" if filters else ""),
    )
    return response
