"""Download a SAR version as Word, PDF, Markdown or JSON."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse

from selfassess.audit.models import Action
from selfassess.audit.services import record
from selfassess.centres.models import Centre
from selfassess.documents import sources
from selfassess.documents.document import FORMATS, ExportDocument, filename
from selfassess.documents.exporting import export
from selfassess.reports.access import get_sar_for_user, get_submission_for_user

FORMAT_NAMES = {"docx": "Word", "pdf": "PDF", "md": "Markdown", "json": "JSON"}


def _download(request: HttpRequest, doc: ExportDocument, fmt: str, centre: Centre) -> HttpResponse:
    """Return the export as an attachment, and record who took it."""
    body = export(doc, fmt)
    name = filename(doc, fmt)
    response = HttpResponse(body, content_type=FORMATS[fmt][1])
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    state = "submitted version" if doc.meta.submitted else "draft version"
    record(
        request,
        Action.EXPORT,
        f"Downloaded {state} {doc.meta.version} of the SAR for {doc.meta.centre} "
        f"as {FORMAT_NAMES[fmt]} ({name})",
        centre=centre,
    )
    return response


@login_required
def export_draft(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The SAR as it now stands, for members of its centre."""
    if fmt not in FORMATS:
        raise Http404
    sar, _access = get_sar_for_user(request, pk)
    return _download(request, sources.for_draft(sar), fmt, sar.centre)


@login_required
def export_submission(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """A submitted version exactly as it was sent, for whoever may read it."""
    if fmt not in FORMATS:
        raise Http404
    submission = get_submission_for_user(request, pk)
    return _download(request, sources.for_submission(submission), fmt, submission.sar.centre)
