"""Sections 1–3: vision, leadership and the healthy establishment tests."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from selfassess import formatting
from selfassess.accounts.access import require
from selfassess.reports import content as sar_content
from selfassess.reports import reviewing, services
from selfassess.reports.access import get_sar_for_user
from selfassess.reports.forms import TestsForm, TextSectionForm
from selfassess.reports.models import Section
from selfassess.reports.structure import (
    SECTIONS_BY_KEY,
    TEST_OUTCOMES,
    Rating,
    SectionKey,
)
from selfassess.reports.views.common import section_context, spec_for
from selfassess.review.words import count_words


def _saved_message(request: HttpRequest, title: str, words: int, limit: int | None) -> None:
    if limit and words > limit:
        messages.warning(
            request,
            f"{title} saved. It is {formatting.plural(words - limit, 'word')} over the "
            f"{limit:,}-word limit: nothing has been cut, but the SAR cannot be signed off "
            "until it fits.",
        )
    else:
        messages.success(request, f"{title} saved")


def _completed(answer: str, current: bool) -> bool:
    """Return the section's completed flag: unchanged when the question was left unanswered."""
    return current if answer not in ("yes", "no") else answer == "yes"


STALE_MESSAGE = (
    "Someone else saved this section while you were editing it. Your text has not been "
    "saved yet: compare it with theirs below, merge the two in the box, then save again."
)


@login_required
def section(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    """Read or edit section 1 (vision) or 2 (leadership)."""
    spec = spec_for(key)
    if key == SectionKey.TESTS:
        return redirect("reports:tests", pk)
    if key == SectionKey.PRIORITIES:
        return redirect("reports:priorities", pk)
    if key == SectionKey.KEY_CONCERNS:
        return redirect("reports:key_concerns", pk)
    sar, access = get_sar_for_user(request, pk)
    section_obj = sar.sections.get(key=key)
    conflict = None
    if request.method == "POST":
        require(access.can_edit)
        form = TextSectionForm(request.POST, centre_id=sar.centre_id)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.save_section(
                    section_obj,
                    request.user,
                    data["base_version"],
                    fields={
                        "body": data["body"],
                        "completed": _completed(data["completed"], section_obj.completed),
                    },
                    evidence=list(data["evidence"]),
                    summary=f"Edited {spec.title.lower()}",
                )
            except services.StaleEdit:
                section_obj.refresh_from_db()
                conflict = {
                    "theirs": section_obj.body,
                    "by": section_obj.updated_by,
                    "at": section_obj.updated_at,
                }
                form = TextSectionForm(
                    {
                        **request.POST.dict(),
                        "base_version": section_obj.lock_version,
                        "evidence": request.POST.getlist("evidence"),
                    },
                    centre_id=sar.centre_id,
                )
                form.is_valid()
            else:
                _saved_message(request, spec.title, count_words(data["body"]), spec.word_limit)
                return redirect("reports:section", sar.pk, key)
    else:
        form = TextSectionForm(
            initial={
                "body": section_obj.body,
                "base_version": section_obj.lock_version,
                "completed": "yes" if section_obj.completed else "no",
                "evidence": [e.pk for e in section_obj.evidence.all()],
            },
            centre_id=sar.centre_id,
        )
    content = sar_content.load(sar)
    context = section_context(request, sar, access, content, key)
    context.update(
        form=form,
        section=section_obj,
        conflict=conflict,
        stale_message=STALE_MESSAGE,
        evidence_hints=_evidence_hints(form),
        review=reviewing.section_panel(content, key),
    )
    status = 409 if conflict else 200
    return render(request, "reports/section_text.html", context, status=status)


def _evidence_hints(form: object) -> dict[str, str]:
    """Return each evidence item's finding, shown under its checkbox."""
    hints: dict[str, str] = {}
    for name, field in form.fields.items():  # type: ignore[attr-defined]
        if name.endswith("evidence"):
            for item in field.queryset:
                hints[str(item.pk)] = f"{formatting.govuk_date(item.date)}: {item.summary}"
            break
    return hints


@login_required
def tests_section(request: HttpRequest, pk: int) -> HttpResponse:
    """Read or edit section 3: one part per healthy establishment test, with ratings."""
    sar, access = get_sar_for_user(request, pk)
    section_obj: Section = sar.sections.get(key=SectionKey.TESTS)
    spec = SECTIONS_BY_KEY[SectionKey.TESTS]
    content = sar_content.load(sar)
    tests = [part.test for part in content.tests]
    conflict = None
    if request.method == "POST":
        require(access.can_edit)
        form = TestsForm(request.POST, centre_id=sar.centre_id, tests=tests)
        if form.is_valid():
            data = form.cleaned_data
            parts = {
                test: {
                    "body": data[f"{test}_body"],
                    "rating": data[f"{test}_rating"],
                    "evidence": list(data[f"{test}_evidence"]),
                }
                for test in tests
            }
            try:
                services.save_tests(
                    sar,
                    request.user,
                    data["base_version"],
                    parts=parts,
                    completed=_completed(data["completed"], section_obj.completed),
                )
            except services.StaleEdit:
                section_obj.refresh_from_db()
                content = sar_content.load(sar)
                conflict = {
                    "parts": content.tests,
                    "by": section_obj.updated_by,
                    "at": section_obj.updated_at,
                }
                post = request.POST.copy()
                post["base_version"] = str(section_obj.lock_version)
                form = TestsForm(post, centre_id=sar.centre_id, tests=tests)
                form.is_valid()
            else:
                words = sum(count_words(p["body"]) for p in parts.values())
                _saved_message(request, spec.title, words, spec.word_limit)
                return redirect("reports:tests", sar.pk)
    else:
        initial: dict[str, object] = {
            "base_version": section_obj.lock_version,
            "completed": "yes" if section_obj.completed else "no",
        }
        for part in content.tests:
            initial[f"{part.test}_body"] = part.body
            initial[f"{part.test}_rating"] = part.rating
            initial[f"{part.test}_evidence"] = [e.pk for e in part.evidence.all()]
        form = TestsForm(initial=initial, centre_id=sar.centre_id, tests=tests)
    context = section_context(request, sar, access, content, SectionKey.TESTS)
    context.update(
        form=form,
        section=section_obj,
        conflict=conflict,
        stale_message=STALE_MESSAGE,
        parts=content.tests,
        outcomes=TEST_OUTCOMES,
        Rating=Rating,
        evidence_hints=_evidence_hints(form),
        review=reviewing.section_panel(content, SectionKey.TESTS),
    )
    return render(request, "reports/section_tests.html", context, status=409 if conflict else 200)


@login_required
@require_POST
def section_complete(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    """Mark a list section (priorities, key concerns) as completed or not."""
    spec = spec_for(key)
    sar, access = get_sar_for_user(request, pk)
    require(access.can_edit)
    section_obj = sar.sections.get(key=key)
    completed = request.POST.get("completed") == "yes"
    services.save_section(
        section_obj,
        request.user,
        None,
        fields={"completed": completed},
        summary=f"Marked {spec.title.lower()} as {'completed' if completed else 'in progress'}",
    )
    messages.success(
        request, f"{spec.title} marked as {'completed' if completed else 'in progress'}"
    )
    return redirect("reports:section", sar.pk, key)
