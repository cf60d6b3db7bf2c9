"""The inspectors' workspace: read the SAR beside the framework, record judgements, compare, publish."""

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from selfassess.accounts.access import require_hmip
from selfassess.audit.models import Action
from selfassess.audit.services import record
from selfassess.centres.models import Inspection
from selfassess.documents.narrative_docx import narrative_docx
from selfassess.framework import editions
from selfassess.framework.edition import Edition
from selfassess.inspection import calibration as calibration_figures
from selfassess.inspection import services
from selfassess.inspection.access import JudgementAccess, get_for_user
from selfassess.inspection.comparison import Comparison, compare
from selfassess.inspection.forms import ExpectationForm, OverviewForm, field_key
from selfassess.inspection.models import EvidenceQuality, Finding, Judgement, Source
from selfassess.inspection.narrative import assemble
from selfassess.inspection.reading import (
    ExpectationReading,
    centre_concerns,
    centre_ratings,
    claimed_indicators,
    read,
    review_of,
)
from selfassess.reports.models import Submission
from selfassess.reports.structure import SECTIONS, Progress


@dataclass
class Workspace:
    """What every page of one inspection's judgements needs."""

    inspection: Inspection
    judgement: Judgement | None
    access: JudgementAccess
    edition: Edition
    submission: Submission | None
    readings: list[ExpectationReading]

    @property
    def snapshot(self) -> dict[str, Any] | None:
        return self.submission.snapshot if self.submission else None

    def comparison(self) -> Comparison:
        """Return the centre's view beside the inspection's."""
        return compare(self.edition, self.judgement, self.snapshot, self.readings)

    def context(self, **extra: Any) -> dict[str, Any]:
        """Return the template context every page shares."""
        return {
            "inspection": self.inspection,
            "judgement": self.judgement,
            "access": self.access,
            "edition": self.edition,
            "submission": self.submission,
            "finding_labels": dict(Finding.choices),
            **extra,
        }


def _workspace(request: HttpRequest, pk: int) -> Workspace:
    inspection, judgement, access = get_for_user(request, pk)
    edition = editions.get(
        judgement.framework_edition if judgement else inspection.framework_edition
    )
    submission = (
        judgement.submission
        if judgement is not None and judgement.submission_id is not None
        else services.judged_submission(inspection)
    )
    return Workspace(
        inspection, judgement, access, edition, submission, read(edition, review_of(submission))
    )


def _require_edit(request: HttpRequest, space: Workspace) -> HttpResponse | None:
    """Keep centre users out (404) and send HMIP users back once the report is published."""
    if not space.access.is_hmip:
        raise Http404
    if not space.access.can_edit:
        messages.info(
            request, "The inspection's report is published, so its judgements can no longer change."
        )
        return redirect("inspection:overview", space.inspection.pk)
    return None


@login_required
@require_safe
def overview(request: HttpRequest, pk: int) -> HttpResponse:
    """The inspection's judgements: what is recorded so far, and the links to record the rest."""
    space = _workspace(request, pk)
    judgement = space.judgement
    findings = {f.indicator: f for f in judgement.indicators.all()} if judgement else {}
    narratives = {e.expectation: e for e in judgement.expectations.all()} if judgement else {}
    evidence = {e.section: e for e in judgement.evidence.all()} if judgement else {}
    return render(
        request,
        "inspection/overview.html",
        space.context(
            findings=findings,
            narratives=narratives,
            comparison=space.comparison(),
            evidence=evidence,
            sections=SECTIONS,
            quality_labels=dict(EvidenceQuality.choices),
        ),
    )


@login_required
@require_safe
def reading(request: HttpRequest, pk: int) -> HttpResponse:
    """The submitted SAR beside the framework: what it says on each indicator, and where it is silent."""
    space = _workspace(request, pk)
    if not space.access.is_hmip:
        raise Http404
    return render(request, "inspection/reading.html", space.context(readings=space.readings))


def _indicator_initial(judgement: Judgement | None, ids: list[str]) -> dict[str, Any]:
    initial: dict[str, Any] = {}
    if judgement is None:
        return initial
    for found in judgement.indicators.filter(indicator__in=ids):
        key = field_key(found.indicator)
        initial.update(
            {
                f"{key}_finding": found.finding,
                f"{key}_notes": found.notes,
                f"{key}_why": found.why,
                f"{key}_sources": found.sources,
            }
        )
    return initial


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def expectation(request: HttpRequest, pk: int, expectation_id: str) -> HttpResponse:
    """Record the narrative for one expectation and the finding on each of its indicators."""
    space = _workspace(request, pk)
    refused = _require_edit(request, space)
    if refused:
        return refused
    try:
        framework_expectation = space.edition.expectation(expectation_id)
    except KeyError:
        raise Http404 from None
    reading_of = next(r for r in space.readings if r.expectation.id == expectation_id)
    claimed = claimed_indicators([reading_of])
    ids = [i.id for i in framework_expectation.indicators]
    saved = (
        space.judgement.expectations.filter(expectation=expectation_id)
        .select_related("updated_by")
        .first()
        if space.judgement
        else None
    )
    conflict = None
    if request.method == "POST":
        form = ExpectationForm(request.POST, expectation=framework_expectation, claimed=claimed)
        if form.is_valid():
            judgement = services.start(space.inspection)
            values = {
                indicator: services.IndicatorValues(**fields)
                for indicator, fields in form.indicator_values().items()
            }
            try:
                services.save_expectation(
                    judgement,
                    expectation_id,
                    request.user,
                    form.cleaned_data.get("lock_version"),
                    form.cleaned_data["narrative"].strip(),
                    values,
                )
            except services.AlreadyPublished:
                return _require_edit(request, _workspace(request, pk)) or redirect(
                    "inspection:overview", pk
                )
            except services.StaleEdit as stale:
                data = request.POST.copy()
                data["lock_version"] = str(stale.lock_version)
                form = ExpectationForm(data, expectation=framework_expectation, claimed=claimed)
                form.is_valid()
                conflict = stale
                space = _workspace(request, pk)
                saved = (
                    space.judgement.expectations.filter(expectation=expectation_id).first()
                    if space.judgement
                    else None
                )
            else:
                messages.success(request, f"Judgements on {framework_expectation.title} saved")
                return redirect("inspection:overview", pk)
    else:
        initial = _indicator_initial(space.judgement, ids)
        initial["lock_version"] = saved.lock_version if saved else 0
        initial["narrative"] = saved.narrative if saved else ""
        form = ExpectationForm(initial=initial, expectation=framework_expectation, claimed=claimed)
    their_findings = (
        {f.indicator: f for f in space.judgement.indicators.filter(indicator__in=ids)}
        if conflict and space.judgement
        else {}
    )
    return render(
        request,
        "inspection/expectation.html",
        space.context(
            form=form,
            expectation=framework_expectation,
            reading=reading_of,
            claimed=claimed,
            conflict=conflict,
            saved=saved,
            their_findings=their_findings,
            source_hints={},
        ),
    )


def _overview_initial(judgement: Judgement | None) -> dict[str, Any]:
    initial: dict[str, Any] = {"lock_version": judgement.lock_version if judgement else 0}
    if judgement is None:
        return initial
    for rating in judgement.tests.all():
        initial[f"test_{rating.test}_rating"] = str(rating.rating) if rating.rating else ""
        initial[f"test_{rating.test}_why"] = rating.why
    for concern in judgement.concerns.all():
        initial[f"kc_{concern.position}_progress"] = concern.progress
        initial[f"kc_{concern.position}_why"] = concern.why
    for item in judgement.evidence.all():
        initial[f"evidence_{item.section}"] = item.quality
    return initial


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def ratings(request: HttpRequest, pk: int) -> HttpResponse:
    """Rate the four tests, judge progress on each key concern and the quality of the SAR's evidence."""
    space = _workspace(request, pk)
    refused = _require_edit(request, space)
    if refused:
        return refused
    options = {
        "edition": space.edition,
        "centre_ratings": centre_ratings(space.snapshot),
        "concerns": centre_concerns(space.snapshot),
    }
    conflict = None
    if request.method == "POST":
        form = OverviewForm(request.POST, **options)
        if form.is_valid():
            judgement = services.start(space.inspection)
            tests, concerns, evidence = form.values()
            try:
                services.save_overview(
                    judgement,
                    request.user,
                    form.cleaned_data.get("lock_version"),
                    services.OverviewValues(tests, concerns, evidence),
                )
            except services.AlreadyPublished:
                return redirect("inspection:overview", pk)
            except services.StaleEdit as stale:
                data = request.POST.copy()
                data["lock_version"] = str(stale.lock_version)
                form = OverviewForm(data, **options)
                form.is_valid()
                conflict = stale
                space = _workspace(request, pk)
            else:
                messages.success(request, "Ratings, key concerns and evidence quality saved")
                return redirect("inspection:overview", pk)
    else:
        form = OverviewForm(initial=_overview_initial(space.judgement), **options)
    return render(
        request,
        "inspection/ratings.html",
        space.context(
            form=form,
            comparison=space.comparison(),
            concerns=options["concerns"],
            sections=SECTIONS,
            conflict=conflict,
            progress_labels=dict(Progress.choices),
        ),
    )


@login_required
@require_safe
def comparison(request: HttpRequest, pk: int) -> HttpResponse:
    """The centre's view beside the inspection's, with a one-line summary."""
    space = _workspace(request, pk)
    return render(
        request, "inspection/comparison.html", space.context(comparison=space.comparison())
    )


@login_required
@require_safe
def narrative(request: HttpRequest, pk: int) -> HttpResponse:
    """The draft leadership narrative assembled from the judgements, with its Word download."""
    space = _workspace(request, pk)
    if not space.access.can_export:
        raise Http404
    draft = assemble(space.inspection, space.judgement, space.edition, space.comparison())
    return render(request, "inspection/narrative.html", space.context(draft=draft))


@login_required
@require_safe
def narrative_download(request: HttpRequest, pk: int) -> HttpResponse:
    """Download the draft leadership narrative as Word; the export is audited."""
    space = _workspace(request, pk)
    if not space.access.can_export:
        raise Http404
    draft = assemble(space.inspection, space.judgement, space.edition, space.comparison())
    centre = space.inspection.centre
    record(
        request,
        Action.EXPORT,
        f"Exported the draft leadership narrative of the inspection of {centre} announced "
        f"{space.inspection.announced_at:%d %b %Y} (Word)",
        centre=centre,
    )
    response = HttpResponse(
        narrative_docx(draft),
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    name = f"leadership-narrative-{centre.slug}-{space.inspection.announced_at:%Y-%m-%d}.docx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    """Publish the inspection's report (coordinators): confirm, then the centre can see the judgements."""
    space = _workspace(request, pk)
    if not space.access.coordinator:
        raise Http404
    if not space.access.can_publish:
        messages.info(request, "This inspection's report is already published.")
        return redirect("inspection:overview", pk)
    if request.method == "POST":
        if request.POST.get("confirm") != "yes":
            return redirect("inspection:overview", pk)
        judgement = space.judgement or services.start(space.inspection)
        try:
            services.publish(request, judgement, request.user)
        except services.AlreadyPublished:
            messages.info(request, "This inspection's report is already published.")
        else:
            messages.success(
                request,
                f"Published. The manager and leaders of {space.inspection.centre.name} can now see "
                "the inspection's judgements and the comparison with their SAR.",
            )
        return redirect("inspection:overview", pk)
    return render(request, "inspection/publish.html", space.context(comparison=space.comparison()))


@login_required
@require_safe
def calibration(request: HttpRequest) -> HttpResponse:
    """How centres rate themselves against the inspections, per test and over time (coordinators)."""
    require_hmip(request, coordinator=True)
    edition = editions.get(editions.current_id())
    figures = calibration_figures.calibrate(edition)
    return render(
        request,
        "inspection/calibration.html",
        {
            "figures": figures,
            "edition": edition,
            "bars": calibration_figures.test_bars(figures),
            "time_points": calibration_figures.time_bars(figures),
            "chart": calibration_figures,
            "overview_url": lambda judgement: reverse(
                "inspection:overview", args=[judgement.inspection_id]
            ),
        },
    )


SOURCE_LABELS = dict(Source.choices)
