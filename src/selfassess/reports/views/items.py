"""Sections 4 and 5: the list of priorities (at most six) and of key concerns."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from selfassess.accounts.access import require
from selfassess.reports import content as sar_content
from selfassess.reports import reviewing, services
from selfassess.reports.access import (
    get_key_concern_for_user,
    get_priority_for_user,
    get_sar_for_user,
)
from selfassess.reports.forms import KeyConcernForm, PriorityForm, TargetFormSet
from selfassess.reports.models import KeyConcern, Priority
from selfassess.reports.structure import MAX_PRIORITIES, PRIORITY_QUESTIONS, SectionKey
from selfassess.reports.views.common import section_context
from selfassess.reports.views.sections import STALE_MESSAGE, _evidence_hints

LIMIT_MESSAGE = (
    f"You already have {MAX_PRIORITIES} priorities, the most the template allows. "
    "Remove one before adding another."
)


@login_required
def priorities_section(request: HttpRequest, pk: int) -> HttpResponse:
    """List the priorities, in order, with their answers and targets."""
    sar, access = get_sar_for_user(request, pk)
    content = sar_content.load(sar)
    context = section_context(request, sar, access, content, SectionKey.PRIORITIES)
    context.update(
        priorities=content.priorities,
        max_priorities=MAX_PRIORITIES,
        questions=PRIORITY_QUESTIONS,
        section=content.sections[SectionKey.PRIORITIES],
        limit_message=LIMIT_MESSAGE,
        review=reviewing.section_panel(content, SectionKey.PRIORITIES),
    )
    return render(request, "reports/section_priorities.html", context)


def _target_rows(formset: Any) -> list[dict[str, Any]]:
    return [
        {
            k: f.cleaned_data.get(k) or ("" if k != "due_date" else None)
            for k in ("measure", "baseline", "target", "owner", "due_date")
        }
        for f in formset.forms
        if f.cleaned_data and not f.is_blank
    ]


def _priority_page(
    request: HttpRequest,
    sar: Any,
    access: Any,
    priority: Priority | None,
    form: PriorityForm,
    formset: Any,
    conflict: Any = None,
    status: int = 200,
) -> HttpResponse:
    content = sar_content.load(sar)
    context = section_context(request, sar, access, content, SectionKey.PRIORITIES)
    context.update(
        priority=priority,
        form=form,
        formset=formset,
        questions=PRIORITY_QUESTIONS,
        conflict=conflict,
        stale_message=STALE_MESSAGE,
        evidence_hints=_evidence_hints(form),
    )
    return render(request, "reports/priority_form.html", context, status=status)


@login_required
def priority_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a priority, unless there are six already."""
    sar, access = get_sar_for_user(request, pk)
    require(access.can_edit)
    if sar.priorities.count() >= MAX_PRIORITIES:
        messages.error(request, LIMIT_MESSAGE)
        return redirect("reports:priorities", sar.pk)
    if request.method == "POST":
        form = PriorityForm(request.POST, centre_id=sar.centre_id, versioned=False)
        formset = TargetFormSet(request.POST, prefix="targets")
        if form.is_valid() and formset.is_valid():
            data = form.cleaned_data
            fields = {k: data[k] for k in PRIORITY_QUESTIONS}
            try:
                with transaction.atomic():
                    priority = services.add_priority(sar, request.user, {})
                    services.save_priority(
                        priority,
                        request.user,
                        None,
                        fields=fields,
                        targets=_target_rows(formset),
                        evidence=list(data["evidence"]),
                        summary=f"Added priority {priority.position}",
                    )
            except services.PriorityLimitReached:
                messages.error(request, LIMIT_MESSAGE)
                return redirect("reports:priorities", sar.pk)
            messages.success(request, f"Priority {priority.position} added")
            return redirect("reports:priorities", sar.pk)
    else:
        form = PriorityForm(centre_id=sar.centre_id, versioned=False)
        formset = TargetFormSet(prefix="targets")
    return _priority_page(request, sar, access, None, form, formset)


@login_required
def priority_edit(request: HttpRequest, pk: int, item: int) -> HttpResponse:
    """Edit a priority's four answers, its targets and the evidence it cites."""
    priority, access = get_priority_for_user(request, pk, item)
    sar = priority.sar
    if request.method == "POST":
        require(access.can_edit)
        form = PriorityForm(request.POST, centre_id=sar.centre_id)
        formset = TargetFormSet(request.POST, prefix="targets")
        if form.is_valid() and formset.is_valid():
            data = form.cleaned_data
            try:
                services.save_priority(
                    priority,
                    request.user,
                    data["base_version"],
                    fields={k: data[k] for k in PRIORITY_QUESTIONS},
                    targets=_target_rows(formset),
                    evidence=list(data["evidence"]),
                    summary=f"Edited priority {priority.position}",
                )
            except services.StaleEdit:
                priority.refresh_from_db()
                post = request.POST.copy()
                post["base_version"] = str(priority.lock_version)
                form = PriorityForm(post, centre_id=sar.centre_id)
                form.is_valid()
                return _priority_page(
                    request,
                    sar,
                    access,
                    priority,
                    form,
                    formset,
                    conflict={"theirs": priority},
                    status=409,
                )
            messages.success(request, f"Priority {priority.position} saved")
            return redirect("reports:priorities", sar.pk)
    else:
        form = PriorityForm(
            initial={
                **{k: getattr(priority, k) for k in PRIORITY_QUESTIONS},
                "base_version": priority.lock_version,
                "evidence": [e.pk for e in priority.evidence.all()],
            },
            centre_id=sar.centre_id,
        )
        formset = TargetFormSet(
            prefix="targets",
            initial=[
                {
                    "measure": t.measure,
                    "baseline": t.baseline,
                    "target": t.target,
                    "owner": t.owner,
                    "due_date": t.due_date,
                }
                for t in priority.targets.all()
            ],
        )
    return _priority_page(request, sar, access, priority, form, formset)


@login_required
def priority_delete(request: HttpRequest, pk: int, item: int) -> HttpResponse:
    """Confirm, then remove a priority."""
    priority, access = get_priority_for_user(request, pk, item)
    require(access.can_edit)
    if request.method == "POST":
        position = priority.position
        services.delete_priority(priority, request.user)
        messages.success(request, f"Priority {position} removed")
        return redirect("reports:priorities", pk)
    return render(
        request,
        "reports/confirm_delete.html",
        {
            "sar": priority.sar,
            "thing": f"priority {priority.position}",
            "detail": priority.what,
            "back": ("reports:priorities", pk),
        },
    )


@login_required
@require_POST
def priority_move(request: HttpRequest, pk: int, item: int) -> HttpResponse:
    priority, access = get_priority_for_user(request, pk, item)
    require(access.can_edit)
    services.move(priority, request.user, -1 if request.POST.get("direction") == "up" else 1)
    return redirect("reports:priorities", pk)


@login_required
def key_concerns_section(request: HttpRequest, pk: int) -> HttpResponse:
    """List the key concerns from the last inspection with the centre's view of progress."""
    sar, access = get_sar_for_user(request, pk)
    content = sar_content.load(sar)
    context = section_context(request, sar, access, content, SectionKey.KEY_CONCERNS)
    context.update(
        concerns=content.key_concerns,
        section=content.sections[SectionKey.KEY_CONCERNS],
        review=reviewing.section_panel(content, SectionKey.KEY_CONCERNS),
    )
    return render(request, "reports/section_key_concerns.html", context)


def _concern_page(
    request: HttpRequest,
    sar: Any,
    access: Any,
    concern: KeyConcern | None,
    form: KeyConcernForm,
    conflict: Any = None,
    status: int = 200,
) -> HttpResponse:
    content = sar_content.load(sar)
    context = section_context(request, sar, access, content, SectionKey.KEY_CONCERNS)
    context.update(
        concern=concern,
        form=form,
        conflict=conflict,
        stale_message=STALE_MESSAGE,
        evidence_hints=_evidence_hints(form),
    )
    return render(request, "reports/key_concern_form.html", context, status=status)


CONCERN_FIELDS = ("reference", "kind", "concern", "progress", "judgement")


@login_required
def key_concern_add(request: HttpRequest, pk: int) -> HttpResponse:
    sar, access = get_sar_for_user(request, pk)
    require(access.can_edit)
    if request.method == "POST":
        form = KeyConcernForm(request.POST, centre_id=sar.centre_id, versioned=False)
        if form.is_valid():
            data = form.cleaned_data
            concern = services.add_key_concern(
                sar, request.user, {k: data[k] for k in CONCERN_FIELDS}, list(data["evidence"])
            )
            messages.success(request, f"{concern} added")
            return redirect("reports:key_concerns", sar.pk)
    else:
        form = KeyConcernForm(centre_id=sar.centre_id, versioned=False)
    return _concern_page(request, sar, access, None, form)


@login_required
def key_concern_edit(request: HttpRequest, pk: int, item: int) -> HttpResponse:
    concern, access = get_key_concern_for_user(request, pk, item)
    sar = concern.sar
    if request.method == "POST":
        require(access.can_edit)
        form = KeyConcernForm(request.POST, centre_id=sar.centre_id)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.save_key_concern(
                    concern,
                    request.user,
                    data["base_version"],
                    fields={k: data[k] for k in CONCERN_FIELDS},
                    evidence=list(data["evidence"]),
                )
            except services.StaleEdit:
                concern.refresh_from_db()
                post = request.POST.copy()
                post["base_version"] = str(concern.lock_version)
                form = KeyConcernForm(post, centre_id=sar.centre_id)
                form.is_valid()
                return _concern_page(
                    request, sar, access, concern, form, conflict={"theirs": concern}, status=409
                )
            messages.success(request, f"{concern} saved")
            return redirect("reports:key_concerns", sar.pk)
    else:
        form = KeyConcernForm(
            initial={
                **{k: getattr(concern, k) for k in CONCERN_FIELDS},
                "base_version": concern.lock_version,
                "evidence": [e.pk for e in concern.evidence.all()],
            },
            centre_id=sar.centre_id,
        )
    return _concern_page(request, sar, access, concern, form)


@login_required
def key_concern_delete(request: HttpRequest, pk: int, item: int) -> HttpResponse:
    concern, access = get_key_concern_for_user(request, pk, item)
    require(access.can_edit)
    if request.method == "POST":
        label = str(concern)
        services.delete_key_concern(concern, request.user)
        messages.success(request, f"{label} removed")
        return redirect("reports:key_concerns", pk)
    return render(
        request,
        "reports/confirm_delete.html",
        {
            "sar": concern.sar,
            "thing": str(concern),
            "detail": concern.concern,
            "back": ("reports:key_concerns", pk),
        },
    )


@login_required
@require_POST
def key_concern_move(request: HttpRequest, pk: int, item: int) -> HttpResponse:
    concern, access = get_key_concern_for_user(request, pk, item)
    require(access.can_edit)
    services.move(concern, request.user, -1 if request.POST.get("direction") == "up" else 1)
    return redirect("reports:key_concerns", pk)
