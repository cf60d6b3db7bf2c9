"""Start from an existing Word SAR: upload, see what went where, place the rest, confirm.

The parsed document is kept in the user's session between the steps, under a random token
the server chose; nothing the browser sends is ever used as a path or trusted as content.
Nothing is written to the SAR until the last step, and then all of it in one transaction.
"""

import secrets
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from selfassess.accounts.access import Access, require
from selfassess.documents import importing
from selfassess.documents.docx_import import (
    JUDGEMENTS,
    KINDS,
    PRIORITY_FIELDS,
    RATINGS,
    TEST_TITLES,
    TESTS,
    DocxImportError,
    ImportResult,
)
from selfassess.evidence.uploads import clean_file_name, human_size
from selfassess.reports.access import get_sar_for_user
from selfassess.reports.models import Sar
from selfassess.reports.structure import PRIORITY_QUESTIONS
from selfassess.review.words import count_words

SESSION_KEY = "sar_imports"
MAX_PENDING = 3  # imports kept per session; the oldest goes first
EXPIRED_MESSAGE = "Your uploaded file is no longer available. Upload it again."
CHOICE_MESSAGE = "Select where this text goes, or discard it"


class UploadForm(forms.Form):
    """The Word file to start from."""

    file = forms.FileField(
        label="Upload a Word document",
        widget=forms.FileInput(attrs={"accept": ".docx"}),
        error_messages={
            "required": "Select a Word document",
            "empty": "The selected file is empty",
            "invalid": "The selected file could not be uploaded – try again",
            "missing": "Select a Word document",
        },
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.result: ImportResult | None = None
        self.fields[
            "file"
        ].help_text = f"A .docx file smaller than {human_size(importing.max_upload_bytes())}"

    def clean_file(self) -> Any:
        """Read the file as a Word SAR; any problem becomes the field's error message."""
        upload = self.cleaned_data["file"]
        if (upload.size or 0) > importing.max_upload_bytes():
            raise forms.ValidationError(importing.size_message())
        upload.seek(0)
        data = upload.read(importing.max_upload_bytes() + 1)
        try:
            self.result = importing.read_upload(data)
        except DocxImportError as error:
            raise forms.ValidationError(str(error)) from None
        return upload


class PlaceForm(forms.Form):
    """One question per piece of unplaced text: which section or test it goes to."""

    def __init__(self, texts: list[str], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [*importing.DESTINATIONS.items(), (importing.DISCARD, "Discard this text")]
        for index, _ in enumerate(texts):
            self.fields[f"item_{index}"] = forms.ChoiceField(
                label=f"Where should text {index + 1} go?",
                choices=choices,
                widget=forms.RadioSelect(attrs={"data-anchor": f"id_item_{index}"}),
                error_messages={"required": CHOICE_MESSAGE, "invalid_choice": CHOICE_MESSAGE},
            )

    def choices(self) -> list[str]:
        """Return the chosen destination of each text, in order."""
        return [self.cleaned_data[f"item_{i}"] for i in range(len(self.fields))]


class ConfirmForm(forms.Form):
    """Confirmation that the import may replace what the SAR already holds."""

    replace = forms.BooleanField(
        label="Replace the current content of the SAR with the imported text",
        required=True,
        error_messages={
            "required": "Confirm that the imported text should replace the SAR's content"
        },
    )


# --- Keeping the import between steps ------------------------------------------------------


def _store(request: HttpRequest, sar: Sar, file_name: str, result: ImportResult) -> str:
    pending: dict[str, Any] = dict(request.session.get(SESSION_KEY, {}))
    while len(pending) >= MAX_PENDING:
        del pending[min(pending, key=lambda t: str(pending[t].get("created", "")))]
    token = secrets.token_urlsafe(18)
    pending[token] = {
        "sar": sar.pk,
        "file_name": file_name,
        "result": result.as_dict(),
        "choices": None,
        "created": timezone.now().isoformat(),
    }
    request.session[SESSION_KEY] = pending
    return token


def _load(request: HttpRequest, sar: Sar, token: str) -> dict[str, Any] | None:
    """Return the import kept under `token` for this SAR in this session, or None."""
    entry = request.session.get(SESSION_KEY, {}).get(token)
    if not isinstance(entry, dict) or entry.get("sar") != sar.pk:
        return None
    return entry


def _save_choices(request: HttpRequest, token: str, choices: list[str]) -> None:
    pending = dict(request.session.get(SESSION_KEY, {}))
    pending[token] = {**pending[token], "choices": choices}
    request.session[SESSION_KEY] = pending


def _forget(request: HttpRequest, token: str) -> None:
    pending = dict(request.session.get(SESSION_KEY, {}))
    pending.pop(token, None)
    request.session[SESSION_KEY] = pending


def _editable_sar(request: HttpRequest, pk: int) -> tuple[Sar, Access]:
    """Return the SAR if the user is its centre's manager or a leader; 403/404 otherwise."""
    sar, access = get_sar_for_user(request, pk)
    require(access.can_edit)
    return sar, access


def _expired(sar: Sar) -> HttpResponse:
    return redirect("documents:import_upload", sar.pk)


# --- What the preview shows ------------------------------------------------------------------


def _preview(result: ImportResult) -> dict[str, Any]:
    """Return the parsed content arranged for the preview and check pages."""
    tests = [
        {
            "key": test,
            "title": TEST_TITLES[test],
            "text": result.tests[test]["text"],
            "words": count_words(result.tests[test]["text"]),
            "rating": RATINGS.get(result.tests[test]["rating"] or 0, "Not rated"),
        }
        for test in TESTS
    ]
    priorities = [
        {
            "number": number,
            "answers": [
                (PRIORITY_QUESTIONS[name][0], item.get(name, "")) for name in PRIORITY_FIELDS
            ],
            "targets": item.get("targets", []),
        }
        for number, item in enumerate(result.priorities, start=1)
    ]
    concerns = [
        {
            **item,
            "kind_label": KINDS.get(item.get("kind") or "key", "Key concern"),
            "judgement_label": JUDGEMENTS.get(item.get("judgement") or "", "Not judged"),
        }
        for item in result.key_concerns
    ]
    return {
        "result": result,
        "vision_words": count_words(result.vision),
        "leadership_words": count_words(result.leadership),
        "tests": tests,
        "test_words": sum(t["words"] for t in tests),
        "priorities": priorities,
        "concerns": concerns,
    }


# --- The steps -------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def upload(request: HttpRequest, pk: int) -> HttpResponse:
    """Upload a Word SAR to start from."""
    sar, access = _editable_sar(request, pk)
    form = UploadForm(request.POST, request.FILES) if request.method == "POST" else UploadForm()
    if form.is_bound and form.is_valid() and form.result is not None:
        name = clean_file_name(form.cleaned_data["file"].name or "") or "document.docx"
        token = _store(request, sar, name, form.result)
        return redirect("documents:import_preview", sar.pk, token)
    return render(
        request,
        "documents/import_upload.html",
        {
            "sar": sar,
            "access": access,
            "form": form,
            "has_content": importing.sar_has_content(sar),
        },
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def preview(request: HttpRequest, pk: int, token: str) -> HttpResponse:
    """Show what went where, and ask where each piece of unplaced text goes."""
    sar, access = _editable_sar(request, pk)
    entry = _load(request, sar, token)
    if entry is None:
        messages.info(request, EXPIRED_MESSAGE)
        return _expired(sar)
    result = ImportResult.from_dict(entry["result"])
    texts = importing.pending_texts(result)
    if request.method == "POST":
        form = PlaceForm(texts, request.POST)
        if form.is_valid():
            _save_choices(request, token, form.choices())
            return redirect("documents:import_confirm", sar.pk, token)
    else:
        initial = {f"item_{i}": c for i, c in enumerate(entry.get("choices") or [])}
        form = PlaceForm(texts, initial=initial)
    return render(
        request,
        "documents/import_preview.html",
        {
            "sar": sar,
            "access": access,
            "token": token,
            "file_name": entry["file_name"],
            "form": form,
            "pending": list(zip(texts, form, strict=True)),
            "has_unsplit": bool(result.tests.get("unsplit")),
            **_preview(result),
        },
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request: HttpRequest, pk: int, token: str) -> HttpResponse:
    """Check the import before it is saved; confirm replacing any content; save it."""
    sar, access = _editable_sar(request, pk)
    entry = _load(request, sar, token)
    if entry is None:
        messages.info(request, EXPIRED_MESSAGE)
        return _expired(sar)
    result = ImportResult.from_dict(entry["result"])
    choices = entry.get("choices")
    if choices is None and importing.pending_texts(result):
        return redirect("documents:import_preview", sar.pk, token)
    placed, discarded = importing.place_unplaced(result, choices or [])
    has_content = importing.sar_has_content(sar)
    form = None
    if has_content:
        form = ConfirmForm(request.POST) if request.method == "POST" else ConfirmForm()
    error = None
    if request.method == "POST" and (form is None or form.is_valid()):
        try:
            summary = importing.apply_import(
                sar,
                request.user,  # type: ignore[arg-type]  # login_required: a real user
                placed,
                replace=has_content,
                file_name=entry["file_name"],
                request=request,
            )
        except importing.ImportRefused as refused:
            error = str(refused)
        else:
            _forget(request, token)
            messages.success(
                request,
                f"Imported “{entry['file_name']}”: {summary.describe()}. Check each section "
                "and mark it as completed when it is ready.",
            )
            return redirect("reports:sar", sar.pk)
    return render(
        request,
        "documents/import_confirm.html",
        {
            "sar": sar,
            "access": access,
            "token": token,
            "file_name": entry["file_name"],
            "form": form,
            "has_content": has_content,
            "error": error,
            "placed_count": len(choices or []) - discarded,
            "discarded": discarded,
            **_preview(placed),
        },
    )
