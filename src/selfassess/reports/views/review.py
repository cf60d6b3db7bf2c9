"""The review of a whole SAR (a draft, or a submitted snapshot), and dismissing findings."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from selfassess.accounts.access import Access, centre_access, require
from selfassess.audit.models import Action
from selfassess.audit.services import record
from selfassess.framework.edition import current as current_framework
from selfassess.reports import content as sar_content
from selfassess.reports import reviewing
from selfassess.reports.access import get_sar_for_user, get_submission_for_user
from selfassess.reports.models import Sar, Submission
from selfassess.review.report import GROUPS, Review

REASON_REQUIRED = "Enter why this does not identify anyone"
GONE = (
    "That possible personal data is no longer in the report, or it was dismissed already: "
    "the text may have changed since you opened this page."
)


class DismissForm(forms.Form):
    """A leader's reason for dismissing a possible personal data finding."""

    key = forms.CharField(max_length=32)
    reason = forms.CharField(
        max_length=1000,
        strip=True,
        error_messages={
            "required": REASON_REQUIRED,
            "max_length": "The reason must be 1,000 characters or fewer",
        },
    )


def _page(
    request: HttpRequest,
    *,
    sar: Sar,
    access: Access,
    review: Review,
    submission: Submission | None = None,
    errors: dict[str, str] | None = None,
    reasons: dict[str, str] | None = None,
    status: int = 200,
) -> HttpResponse:
    dismissals = reviewing.dismissals_for(sar)
    open_personal = reviewing.open_personal_data(review, dismissals)
    counts = {
        severity: sum(
            1
            for f in review.findings
            if f.severity == severity and not (f.key in dismissals and f.code == "personal-data")
        )
        for severity in reviewing.SEVERITIES
    }
    context = {
        "sar": sar,
        "access": access,
        "submission": submission,
        "review": review,
        "categories": reviewing.findings_by_category(review, dismissals),
        "coverage": reviewing.coverage_table(review),
        "tests_addressed": review.tests_addressed,
        "test_titles": {test.id: test.title for test in current_framework().tests},
        "groups": [(reviewing.GROUP_TITLES[g], review.groups.get(g, 0)) for g in GROUPS],
        "open_personal": open_personal,
        "counts": counts,
        "can_dismiss": submission is None and access.can_dismiss_findings,
        "errors": errors or {},
        "reasons": reasons or {},
        "page_has_errors": bool(errors),
        "severities": reviewing.SEVERITIES,
        "marks": reviewing.MARKS,
    }
    return render(request, "reports/review.html", context, status=status)


@login_required
def sar_review(request: HttpRequest, pk: int) -> HttpResponse:
    """The review of the current draft: findings, figures, evidence groups and coverage."""
    sar, access = get_sar_for_user(request, pk)
    data = sar_content.as_dict(sar_content.load(sar))
    return _page(request, sar=sar, access=access, review=reviewing.review_data(data))


@login_required
@require_POST
def review_dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    """Dismiss possible personal data that identifies nobody, with a reason (leaders only)."""
    sar, access = get_sar_for_user(request, pk)
    require(access.can_dismiss_findings)
    data = sar_content.as_dict(sar_content.load(sar))
    review = reviewing.review_data(data)
    form = DismissForm(request.POST)
    key = request.POST.get("key", "")
    dismissed = reviewing.dismissals_for(sar)
    finding = next(
        (f for f in reviewing.open_personal_data(review, dismissed) if f.key == key), None
    )
    if finding is None:
        messages.error(request, GONE)
        return redirect("reports:review", sar.pk)
    if not form.is_valid():
        error = str(form.errors.get("reason", [REASON_REQUIRED])[0])
        return _page(
            request,
            sar=sar,
            access=access,
            review=review,
            errors={key: error},
            reasons={key: request.POST.get("reason", "")},
        )
    reason = form.cleaned_data["reason"]
    reviewing.dismiss(sar, finding, reason, request.user)  # type: ignore[arg-type]
    # The sentence itself is not logged: if it does hold personal data, it stays out of the log.
    record(
        request,
        Action.DISMISS_FINDING,
        f"Dismissed possible personal data in {finding.where} of the SAR for {sar.centre}: "
        f"{reason}",
        centre=sar.centre,
    )
    messages.success(request, f"Possible personal data in {finding.where} dismissed")
    return redirect(reverse("reports:review", args=[sar.pk]) + f"#finding-{finding.key}")


@login_required
def submission_review(request: HttpRequest, pk: int) -> HttpResponse:
    """The review of a submitted snapshot, exactly as it was sent."""
    submission = get_submission_for_user(request, pk)
    sar = submission.sar
    data = submission.snapshot
    return _page(
        request,
        sar=sar,
        access=centre_access(request.user, sar.centre_id),
        review=reviewing.review_data(data),
        submission=submission,
    )
