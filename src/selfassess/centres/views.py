"""The inspectorate's side: every centre's deadline, announcing inspections, the inbox."""

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from selfassess.accounts.access import centre_access, require_hmip
from selfassess.accounts.models import Role
from selfassess.centres import services
from selfassess.centres.forms import AnnounceForm, InspectorsForm
from selfassess.centres.models import Centre, Inspection
from selfassess.centres.status import (
    SORT_KEYS,
    centre_rows,
    inspection_statuses,
    sort_rows,
)
from selfassess.formatting import govuk_datetime
from selfassess.inspection.models import Judgement
from selfassess.reports.services import lateness


def _sort_links(sort: str, descending: bool) -> dict[str, dict[str, str]]:
    """Return, for each sortable column, its link and its aria-sort value."""
    links = {}
    for key in SORT_KEYS:
        active = key == sort
        next_order = "asc" if not active or descending else "desc"
        links[key] = {
            "href": f"?sort={key}&order={next_order}",
            "aria_sort": ("descending" if descending else "ascending") if active else "none",
        }
    return links


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """Every centre with its latest inspection, SAR deadline and status (coordinators)."""
    require_hmip(request, coordinator=True)
    sort = request.GET.get("sort", "due")
    if sort not in SORT_KEYS:
        sort = "due"
    descending = request.GET.get("order") == "desc"
    rows = sort_rows(centre_rows(list(Centre.objects.all())), sort, descending)
    return render(
        request,
        "centres/dashboard.html",
        {
            "rows": rows,
            "sort": sort,
            "descending": descending,
            "sort_links": _sort_links(sort, descending),
        },
    )


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    """The inspections an inspector is assigned to (every inspection, for coordinators)."""
    require_hmip(request)
    inspections = Inspection.objects.select_related("centre").order_by("-due_at", "-pk")
    if not request.user.is_coordinator:
        inspections = inspections.filter(inspectors=request.user)
    inspections = list(inspections)
    statuses = inspection_statuses(inspections)
    judged = {
        j.inspection_id: j
        for j in Judgement.objects.filter(inspection__in=[i.pk for i in inspections])
    }
    return render(
        request,
        "centres/inbox.html",
        {"rows": [(i, statuses[i.pk], judged.get(i.pk)) for i in inspections]},
    )


def _render_announce(request: HttpRequest, form: AnnounceForm) -> HttpResponse:
    return render(request, "centres/announce.html", {"form": form})


@login_required
def announce(request: HttpRequest) -> HttpResponse:
    """Record that an inspection was announced: the form, then check your answers, then save."""
    require_hmip(request, coordinator=True)
    if request.method != "POST":
        return _render_announce(request, AnnounceForm())
    form = AnnounceForm(request.POST)
    if "change" in request.POST or not form.is_valid():
        return _render_announce(request, form)
    centre: Centre = form.cleaned_data["centre"]
    announced_at = form.cleaned_data["announced_at"]
    if request.POST.get("confirm") == "yes":
        existing = Inspection.objects.filter(centre=centre, announced_at=announced_at).first()
        if existing is not None:
            # A second press of the button: the inspection is already recorded.
            return redirect(existing)
        inspection, sent = services.announce(request, centre, announced_at)
        told = (
            "The centre manager has been told by e-mail."
            if sent
            else "No e-mail was sent: the centre has no centre manager in this service."
        )
        messages.success(
            request,
            f"Inspection of {centre.name} announced. The SAR is due "
            f"{govuk_datetime(inspection.due_at)}. {told}",
        )
        return redirect(inspection)
    due = services.deadline_for(centre, announced_at)
    return render(
        request,
        "centres/announce_check.html",
        {
            "form": form,
            "centre": centre,
            "announced_at": announced_at,
            "due_at": due,
            "hidden": form.hidden_values(),
            "working_days": settings.SAR_DEADLINE_WORKING_DAYS,
            "days": settings.SAR_DEADLINE_DAYS,
            "skipped": (
                services.skipped_bank_holidays(announced_at, due, centre.nation)
                if settings.SAR_DEADLINE_WORKING_DAYS
                else []
            ),
            "managers": services.managers_of(centre),
        },
    )


def _inspection_for(request: HttpRequest, pk: int) -> tuple[Inspection, bool]:
    """Return the inspection and whether the user is its coordinator; 404 for anyone else."""
    inspection = get_object_or_404(
        Inspection.objects.select_related("centre", "announced_by"), pk=pk
    )
    user = request.user
    if user.is_coordinator:
        return inspection, True
    if user.is_inspector and inspection.inspectors.filter(pk=user.pk).exists():
        return inspection, False
    if centre_access(user, inspection.centre_id).can_view:
        return inspection, False
    raise Http404


@login_required
def inspection_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """An inspection: its deadline, status, submissions and, for coordinators, its inspectors."""
    inspection, is_coordinator = _inspection_for(request, pk)
    info = inspection_statuses([inspection])[inspection.pk]
    inspectors = list(inspection.inspectors.order_by("full_name"))
    form = None
    if is_coordinator:
        form = InspectorsForm(initial={"inspectors": [str(user.pk) for user in inspectors]})
    return _render_inspection(request, inspection, info, inspectors, form)


def _render_inspection(
    request: HttpRequest,
    inspection: Inspection,
    info: Any,
    inspectors: list[Any],
    form: InspectorsForm | None,
) -> HttpResponse:
    judgement = Judgement.objects.filter(inspection=inspection).first()
    return render(
        request,
        "centres/inspection.html",
        {
            "inspection": inspection,
            "info": info,
            "inspectors": inspectors,
            "form": form,
            "submissions": [(s, lateness(s)) for s in sorted(info.submissions, key=_version)],
            "judgement": judgement,
            # The same rule as the judgement pages: the centre's manager and leaders, once published.
            "centre_sees_judgements": judgement is not None
            and judgement.is_published
            and centre_access(request.user, inspection.centre_id).role
            in {Role.MANAGER, Role.LEADER},
            "skipped": (
                services.skipped_bank_holidays(
                    inspection.announced_at, inspection.due_at, inspection.centre.nation
                )
                if inspection.working_days
                else []
            ),
        },
    )


def _version(submission: Any) -> int:
    return int(submission.version)


@login_required
@require_POST
def inspectors(request: HttpRequest, pk: int) -> HttpResponse:
    """Assign the inspectors who may read an inspection's SAR (coordinators)."""
    require_hmip(request, coordinator=True)
    inspection = get_object_or_404(Inspection.objects.select_related("centre"), pk=pk)
    form = InspectorsForm(request.POST)
    if not form.is_valid():
        info = inspection_statuses([inspection])[inspection.pk]
        current = list(inspection.inspectors.order_by("full_name"))
        return _render_inspection(request, inspection, info, current, form)
    services.assign_inspectors(request, inspection, list(form.cleaned_data["inspectors"]))
    messages.success(request, "Inspectors assigned")
    return redirect(inspection)
