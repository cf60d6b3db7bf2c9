"""Working together: comments, section assignments, history and differences."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from selfassess.accounts.access import require
from selfassess.accounts.models import Membership, Role
from selfassess.audit.models import Action
from selfassess.audit.services import record
from selfassess.reports import diff, services
from selfassess.reports.access import get_comment_for_user, get_sar_for_user
from selfassess.reports.forms import CommentForm
from selfassess.reports.models import Assignment, Comment, Revision
from selfassess.reports.structure import SECTIONS
from selfassess.reports.views.common import may_comment, spec_for


@login_required
@require_POST
def comment_add(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    """Add a comment to a section."""
    spec = spec_for(key)
    sar, access = get_sar_for_user(request, pk)
    require(may_comment(request, sar, access, key))
    form = CommentForm(request.POST)
    if form.is_valid():
        Comment.objects.create(
            sar=sar, section=key, author=request.user, body=form.cleaned_data["body"]
        )
        messages.success(request, f"Comment added to {spec.title.lower()}")
    else:
        messages.error(request, " ".join(form.errors["body"]))
    return redirect(f"{services.section_url(sar, key)}#comments")


@login_required
@require_POST
def comment_resolve(request: HttpRequest, pk: int, item: int) -> HttpResponse:
    """Resolve a comment (leaders and the centre manager)."""
    comment, access = get_comment_for_user(request, pk, item)
    require(access.can_resolve_comments)
    if comment.resolved_at is None:
        comment.resolved_at = timezone.now()
        comment.resolved_by = request.user
        comment.save(update_fields=["resolved_at", "resolved_by"])
        messages.success(request, "Comment resolved")
    return redirect(f"{services.section_url(comment.sar, comment.section)}#comments")


@login_required
def history(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    """List a section's revisions: who saved what, and when."""
    spec = spec_for(key)
    sar, access = get_sar_for_user(request, pk)
    revisions = list(
        Revision.objects.filter(sar=sar, section=key).select_related("author").defer("text")
    )
    return render(
        request,
        "reports/history.html",
        {
            "sar": sar,
            "access": access,
            "spec": spec,
            "key": key,
            "revisions": revisions,
        },
    )


@login_required
def compare(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    """Show the difference between two revisions of a section."""
    spec = spec_for(key)
    sar, access = get_sar_for_user(request, pk)
    ids = []
    for name in ("from", "to"):
        try:
            ids.append(int(request.GET.get(name, "")))
        except ValueError:
            messages.error(request, "Select two versions to compare")
            return redirect("reports:history", pk, key)
    older = get_object_or_404(
        Revision.objects.select_related("author"), pk=min(ids), sar=sar, section=key
    )
    newer = get_object_or_404(
        Revision.objects.select_related("author"), pk=max(ids), sar=sar, section=key
    )
    return render(
        request,
        "reports/compare.html",
        {
            "sar": sar,
            "access": access,
            "spec": spec,
            "key": key,
            "older": older,
            "newer": newer,
            "chunks": diff.word_diff(older.text, newer.text),
        },
    )


@login_required
def assignments(request: HttpRequest, pk: int) -> HttpResponse:
    """Invite leaders and contributors to work on sections (the centre manager)."""
    sar, access = get_sar_for_user(request, pk)
    require(access.can_assign)
    members = list(
        Membership.objects.filter(centre=sar.centre, role__in=[Role.LEADER, Role.CONTRIBUTOR])
        .select_related("user")
        .order_by("user__full_name")
    )
    if request.method == "POST":
        wanted = {
            (spec.key, int(uid))
            for spec in SECTIONS
            for uid in request.POST.getlist(spec.key)
            if uid.isdigit() and int(uid) in {m.user_id for m in members}
        }
        current = {(a.section, a.user_id): a for a in sar.assignments.all()}
        for pair in set(current) - wanted:
            current[pair].delete()
        Assignment.objects.bulk_create(
            Assignment(sar=sar, section=section, user_id=uid)
            for section, uid in wanted - set(current)
        )
        record(
            request,
            Action.ASSIGN,
            f"Changed section assignments for {sar.centre}",
            centre=sar.centre,
        )
        messages.success(request, "Section assignments saved")
        return redirect("reports:sar", sar.pk)
    assigned = {(a.section, a.user_id) for a in sar.assignments.all()}
    return render(
        request,
        "reports/assignments.html",
        {
            "sar": sar,
            "access": access,
            "members": members,
            "sections": SECTIONS,
            "assigned": assigned,
        },
    )
