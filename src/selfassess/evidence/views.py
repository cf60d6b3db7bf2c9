"""The evidence library: list, add, read, edit, delete and download a centre's evidence."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from selfassess.accounts.access import Access, require
from selfassess.audit import services as audit
from selfassess.audit.models import Action
from selfassess.evidence import uploads
from selfassess.evidence.access import can_change, get_evidence_for_user, require_change, sar_of
from selfassess.evidence.forms import REMOVE_FILE, EvidenceFilterForm, EvidenceForm
from selfassess.evidence.models import EvidenceItem
from selfassess.evidence.services import remove_stored_file, where_cited
from selfassess.reports.access import get_sar_for_user
from selfassess.reports.models import Sar

# The only content types a download is ever served as: those the upload checks accept.
_SERVED_TYPES = {
    kind.mime: kind
    for kind in (
        uploads.PDF,
        uploads.PNG,
        uploads.JPEG,
        uploads.DOCX,
        uploads.XLSX,
        uploads.PPTX,
        uploads.ODT,
        uploads.ODS,
        uploads.CSV,
        uploads.TEXT,
    )
}


def library_items(centre_id: int, filters: dict[str, str] | None = None) -> list[EvidenceItem]:
    """Return a centre's evidence with how often each item is cited, in one query."""
    items = (
        EvidenceItem.objects.filter(centre_id=centre_id, **(filters or {}))
        .annotate(
            section_count=Count("cited_in_sections", distinct=True),
            test_count=Count("cited_in_tests", distinct=True),
            priority_count=Count("cited_in_priorities", distinct=True),
            key_concern_count=Count("cited_in_key_concerns", distinct=True),
        )
        .order_by("-date", "title", "pk")
    )
    return list(items)


@login_required
@require_safe
def library(request: HttpRequest, sar_pk: int) -> HttpResponse:
    """List the centre's evidence, filtered by kind and source group, with where it is cited."""
    sar, access = get_sar_for_user(request, sar_pk)
    filter_form = EvidenceFilterForm(request.GET or None)
    filters = filter_form.filters()
    return render(
        request,
        "evidence/library.html",
        {
            "sar": sar,
            "access": access,
            "items": library_items(sar.centre_id, filters),
            "filter_form": filter_form,
            "filtered": bool(filters),
        },
    )


def _form_page(
    request: HttpRequest,
    sar: Sar | None,
    access: Access,
    form: EvidenceForm,
    item: EvidenceItem | None = None,
    title: str = "",
) -> HttpResponse:
    context: dict[str, Any] = {
        "sar": sar,
        "access": access,
        "form": form,
        "item": item,
        "item_title": title,
        "max_size": uploads.human_size(uploads.max_upload_bytes()),
    }
    return render(request, "evidence/form.html", context)


def _record_upload(request: HttpRequest, item: EvidenceItem, form: EvidenceForm) -> None:
    if form.checked is not None:
        audit.record(
            request,
            Action.UPLOAD,
            f"Uploaded “{item.file_name}” ({uploads.human_size(item.file_size or 0)}) "
            f"to evidence item {item.pk} “{item.title}”",
            centre=item.centre,
        )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def add(request: HttpRequest, sar_pk: int) -> HttpResponse:
    """Add an item to the centre's evidence library, with or without a file."""
    sar, access = get_sar_for_user(request, sar_pk)
    require(access.can_add_evidence)
    if request.method == "POST":
        form = EvidenceForm(request.POST, request.FILES)
        if form.is_valid():
            with transaction.atomic():
                item = form.save(commit=False)
                item.centre = sar.centre
                item.created_by = request.user
                item.save()
                _record_upload(request, item, form)
            messages.success(request, f"Evidence “{item.title}” added")
            return redirect(item.get_absolute_url())
    else:
        form = EvidenceForm()
    return _form_page(request, sar, access, form)


@login_required
@require_safe
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Show an item, its file and every place the SAR cites it."""
    item, access = get_evidence_for_user(request, pk)
    return render(
        request,
        "evidence/detail.html",
        {
            "item": item,
            "sar": sar_of(item),
            "access": access,
            "can_change": can_change(item, access, request.user),
            "citations": where_cited(item),
            "file_size": uploads.human_size(item.file_size) if item.file_size else "",
        },
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Change an item; a new file replaces the old one, which is then deleted."""
    item, access = get_evidence_for_user(request, pk)
    require_change(request, item, access)
    title = item.title
    sar = sar_of(item)
    if request.method == "POST":
        old_file = item.file.name or ""
        old_file_name = item.file_name
        form = EvidenceForm(request.POST, request.FILES, instance=item)
        if form.is_valid():
            with transaction.atomic():
                item = form.save()
                _record_upload(request, item, form)
                if old_file and item.file.name != old_file:
                    if form.checked is None and REMOVE_FILE in form.cleaned_data["remove_file"]:
                        audit.record(
                            request,
                            Action.DELETE,
                            f"Removed the file “{old_file_name}” from evidence item "
                            f"{item.pk} “{item.title}”",
                            centre=item.centre,
                        )
                    remove_stored_file(old_file)
            messages.success(request, f"Evidence “{item.title}” saved")
            return redirect(item.get_absolute_url())
    else:
        form = EvidenceForm(instance=item)
    return _form_page(request, sar, access, form, item=item, title=title)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Confirm, then delete an item; refuse while the SAR cites it, saying where."""
    item, access = get_evidence_for_user(request, pk)
    require_change(request, item, access)
    sar = sar_of(item)
    citations = where_cited(item)
    if request.method == "POST" and not citations:
        stored = item.file.name or ""
        title = item.title
        with transaction.atomic():
            audit.record(
                request,
                Action.DELETE,
                f"Deleted evidence item {item.pk} “{title}”"
                + (f" and its file “{item.file_name}”" if stored else ""),
                centre=item.centre,
            )
            item.delete()
            remove_stored_file(stored)
        messages.success(request, f"Evidence “{title}” deleted")
        if sar is not None:
            return redirect("evidence:library", sar.pk)
        return redirect("home")
    status = 409 if request.method == "POST" else 200
    return render(
        request,
        "evidence/delete.html",
        {"item": item, "sar": sar, "access": access, "citations": citations},
        status=status,
    )


@login_required
@require_safe
def download(request: HttpRequest, pk: int) -> FileResponse:
    """Send an item's file, as an attachment, to members of its centre only."""
    item, access = get_evidence_for_user(request, pk)
    if not item.file:
        raise Http404
    try:
        handle = item.file.storage.open(item.file.name, "rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    kind = _SERVED_TYPES.get(item.file_type)
    if kind is None:
        content_type = "application/octet-stream"
        default_name = "evidence"
    else:
        content_type = kind.mime
        default_name = f"evidence{kind.extensions[0]}"
        if content_type.startswith("text/"):
            content_type += "; charset=utf-8"
    audit.record(
        request,
        Action.DOWNLOAD,
        f"Downloaded “{item.file_name}” from evidence item {item.pk} “{item.title}”",
        centre=item.centre,
    )
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=item.file_name or default_name,
        content_type=content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
