"""The SAR's task list, sign-off, submission and submitted snapshots."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from selfassess.accounts.access import centre_access, require
from selfassess.audit.models import Action
from selfassess.audit.services import record
from selfassess.centres.models import Centre
from selfassess.reports import content as sar_content
from selfassess.reports import services
from selfassess.reports.access import get_sar_for_user, get_submission_for_user
from selfassess.reports.forms import SignOffForm
from selfassess.reports.models import Assignment, Comment
from selfassess.reports.structure import SECTIONS, SECTIONS_BY_KEY


@login_required
def for_centre(request: HttpRequest, slug: str) -> HttpResponse:
    """Open the centre's SAR, starting it if nobody has yet."""
    centre = get_object_or_404(Centre, slug=slug)
    if not centre_access(request.user, centre).can_view:
        raise Http404
    sar = services.get_or_create_sar(centre)
    return redirect("reports:sar", sar.pk)


def _task_status(status: services.SectionStatus) -> dict[str, object]:
    """Return the GOV.UK task list status for a section: completed as text, others as tags."""
    if status == services.SectionStatus.COMPLETED:
        return {"text": "Completed"}
    if status == services.SectionStatus.IN_PROGRESS:
        return {"tag": {"text": "In progress", "classes": "govuk-tag--light-blue"}}
    return {"tag": {"text": "Not started", "classes": "govuk-tag--blue"}}


def _overview(sar: object) -> dict[str, object]:
    """Return what the task list, sign-off and submit pages all show about the SAR."""
    content = sar_content.load(sar)  # type: ignore[arg-type]
    state = services.sign_off_state(content)
    inspection = services.latest_inspection(sar.centre)  # type: ignore[attr-defined]
    submissions = list(
        sar.submissions.select_related("submitted_by", "inspection").defer("snapshot")
    )  # type: ignore[attr-defined]
    inspection_submission = next(
        (s for s in submissions if inspection and s.inspection_id == inspection.pk), None
    )
    rows = [
        {
            "spec": spec,
            "status": status,
            "words": content.words(spec.key),
            "over": content.over_limit(spec.key),
            "status_param": _task_status(status),
        }
        for spec in SECTIONS
        for status in [services.section_status(content, spec.key)]
    ]
    return {
        "content": content,
        "state": state,
        "problems": services.sign_off_problems(content),
        "inspection": inspection,
        "inspection_submission": inspection_submission,
        "submissions": submissions,
        "rows": rows,
        "version": services.draft_version(sar, state.content_hash),  # type: ignore[arg-type]
        "already_submitted": bool(submissions)
        and submissions[0].content_hash == state.content_hash,
    }


@login_required
def sar_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The SAR's task list: the five sections, their status, sign-off and submission."""
    sar, access = get_sar_for_user(request, pk)
    context = _overview(sar)
    open_comments = {}
    for comment in Comment.objects.filter(sar=sar, resolved_at__isnull=True).only("section"):
        open_comments[comment.section] = open_comments.get(comment.section, 0) + 1
    my_sections = set(
        Assignment.objects.filter(sar=sar, user=request.user).values_list("section", flat=True)
    )
    context.update(sar=sar, access=access, open_comments=open_comments, my_sections=my_sections)
    return render(request, "reports/sar.html", context)


@login_required
def sign_off(request: HttpRequest, pk: int) -> HttpResponse:
    """Check the SAR and sign it off (the centre manager only)."""
    sar, access = get_sar_for_user(request, pk)
    require(access.can_sign_off)
    form = SignOffForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            signed = services.sign_off(
                sar, request.user, seen_hash=request.POST.get("content_hash", "")
            )
        except services.SignOffRefused:
            messages.error(
                request,
                "The report changed while you were checking it, so it has not been signed off. Check it again.",
            )
            return redirect("reports:sign_off", sar.pk)
        record(
            request,
            Action.SIGN_OFF,
            f"Signed off the SAR for {sar.centre} ({signed.content_hash[:12]})",
            centre=sar.centre,
        )
        messages.success(request, "You have signed off the self-assessment report")
        return redirect("reports:sar", sar.pk)
    context = _overview(sar)
    context.update(
        sar=sar,
        access=access,
        form=form,
        declaration=services.DECLARATION,
        SECTIONS_BY_KEY=SECTIONS_BY_KEY,
    )
    return render(request, "reports/sign_off.html", context)


@login_required
def submit(request: HttpRequest, pk: int) -> HttpResponse:
    """Check, then submit the signed-off SAR to HMIP (the centre manager only)."""
    sar, access = get_sar_for_user(request, pk)
    require(access.can_submit)
    if request.method == "POST":
        try:
            submission = services.submit(sar, request.user)
        except services.SubmissionRefused as refusal:
            messages.error(request, str(refusal))
            return redirect("reports:sar", sar.pk)
        late = services.lateness(submission)
        record(
            request,
            Action.SUBMIT,
            f"Submitted version {submission.version} of the SAR for {sar.centre}"
            + (" (late)" if late else ""),
            centre=sar.centre,
        )
        return redirect(f"{submission.get_absolute_url()}?submitted=1")
    context = _overview(sar)
    context.update(sar=sar, access=access)
    return render(request, "reports/submit.html", context)


@login_required
def submissions(request: HttpRequest, pk: int) -> HttpResponse:
    """Every version the centre has submitted."""
    sar, access = get_sar_for_user(request, pk)
    items = list(sar.submissions.select_related("submitted_by", "inspection").defer("snapshot"))
    return render(
        request, "reports/submissions.html", {"sar": sar, "access": access, "items": items}
    )


@login_required
def submission_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A submitted snapshot, exactly as it was sent."""
    submission = get_submission_for_user(request, pk)
    data = submission.snapshot
    evidence = {item["id"]: item for item in data.get("evidence", [])}
    return render(
        request,
        "reports/submission.html",
        {
            "submission": submission,
            "sar": submission.sar,
            "data": data,
            "evidence": evidence,
            "late": services.lateness(submission),
            "just_submitted": request.GET.get("submitted") == "1",
            "is_member": centre_access(request.user, submission.sar.centre_id).can_view,
        },
    )
