"""Forms for adding, editing and filtering evidence."""

from typing import Any

from django import forms
from django.utils import timezone

from selfassess.evidence import uploads
from selfassess.evidence.models import EvidenceItem, EvidenceKind, SourceGroup
from selfassess.forms import GovukDateField

REMOVE_FILE = "remove"


class EvidenceForm(forms.ModelForm):
    """Title, kind, source, date and finding of an item, and optionally its file."""

    title = forms.CharField(
        label="Title",
        max_length=200,
        error_messages={
            "required": "Enter a title",
            "max_length": "Title must be 200 characters or fewer",
        },
    )
    kind = forms.ChoiceField(
        label="What kind of evidence is it?",
        choices=EvidenceKind.choices,
        widget=forms.RadioSelect(attrs={"data-anchor": "id_kind"}),
        error_messages={
            "required": "Select what kind of evidence this is",
            "invalid_choice": "Select what kind of evidence this is",
        },
    )
    source_group = forms.ChoiceField(
        label="Where does this evidence come from?",
        choices=SourceGroup.choices,
        widget=forms.RadioSelect(attrs={"data-anchor": "id_source_group"}),
        error_messages={
            "required": "Select where this evidence comes from",
            "invalid_choice": "Select where this evidence comes from",
        },
    )
    date = GovukDateField(
        label="Date of the evidence",
        label_for_errors="the date of the evidence",
        help_text="When the data was collected or the document written. For example, 30 9 2026",
        error_messages={"required": "Enter the date of the evidence"},
    )
    summary = forms.CharField(
        label="Finding",
        widget=forms.Textarea,
        help_text="What the evidence shows, in a sentence or two",
        error_messages={"required": "Enter what the evidence shows"},
    )
    file = forms.FileField(
        label="Upload a file (optional)",
        required=False,
        widget=forms.FileInput(attrs={"accept": uploads.ACCEPT}),
        error_messages={
            "empty": uploads.EMPTY_MESSAGE,
            "invalid": "The selected file could not be uploaded – try again",
            "missing": "Select a file",
        },
    )
    remove_file = forms.MultipleChoiceField(
        label="Remove the file",
        required=False,
        choices=[(REMOVE_FILE, "Remove the current file")],
    )

    class Meta:
        model = EvidenceItem
        fields = ["title", "kind", "source_group", "date", "summary"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.checked: uploads.CheckedUpload | None = None
        # The limit is a setting, so say it as it is now, not as it was at import.
        self.fields["file"].help_text = (
            "A PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, PNG or JPEG file, "
            f"smaller than {uploads.human_size(uploads.max_upload_bytes())}"
        )

    def clean_date(self) -> Any:
        """Refuse a date in the future: evidence describes what has happened."""
        value = self.cleaned_data.get("date")
        if value and value > timezone.localdate():
            raise forms.ValidationError("The date of the evidence must be today or in the past")
        return value

    def clean_file(self) -> Any:
        """Check the upload's size and content type."""
        upload = self.cleaned_data.get("file")
        if not upload:
            return None
        self.checked = uploads.check_upload(upload)
        return upload

    def save(self, commit: bool = True) -> EvidenceItem:
        """Save the item, storing a new file under a random name or removing the old one."""
        item = super().save(commit=False)
        if self.checked is not None:
            upload = self.cleaned_data["file"]
            upload.name = self.checked.storage_name
            item.file = upload
            item.file_name = self.checked.file_name
            item.file_type = self.checked.kind.mime
            item.file_size = self.checked.size
        elif REMOVE_FILE in self.cleaned_data.get("remove_file", []):
            item.file = None
            item.file_name = ""
            item.file_type = ""
            item.file_size = None
        if commit:
            item.save()
        return item


class EvidenceFilterForm(forms.Form):
    """Narrow the library to one kind of evidence or one source group."""

    kind = forms.ChoiceField(
        label="Kind of evidence",
        required=False,
        choices=[("", "All kinds"), *EvidenceKind.choices],
    )
    source_group = forms.ChoiceField(
        label="Where it comes from",
        required=False,
        choices=[("", "All sources"), *SourceGroup.choices],
    )

    def filters(self) -> dict[str, str]:
        """Return the valid filters chosen, as queryset lookups."""
        if not self.is_bound:
            return {}
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {name: data[name] for name in ("kind", "source_group") if data.get(name)}
