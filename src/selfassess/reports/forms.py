"""Forms for writing the SAR. Limits are warnings here, never reasons to refuse a save."""

from typing import Any

from django import forms

from selfassess.evidence.models import EvidenceItem
from selfassess.forms import GovukDateField
from selfassess.reports.structure import ConcernKind, Progress, Rating

# A generous hard ceiling that only stops abuse; the template's word limits are enforced
# at sign-off, never by refusing to save.
MAX_TEXT = 100_000

YES_NO = [("yes", "Yes, I've completed this section"), ("no", "No, I'll come back to it later")]


class EvidenceChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: EvidenceItem) -> str:
        return f"{obj.title} ({obj.get_kind_display()}, {obj.get_source_group_display()})"


def evidence_field(centre_id: int) -> EvidenceChoiceField:
    return EvidenceChoiceField(
        queryset=EvidenceItem.objects.filter(centre_id=centre_id).order_by("-date", "title"),
        required=False,
        label="Evidence this cites",
        help_text="Select the items from your evidence library that back this up.",
        widget=forms.CheckboxSelectMultiple,
    )


class VersionedForm(forms.Form):
    """A form that edits something others may be editing: it names the version it started from."""

    base_version = forms.IntegerField(
        widget=forms.HiddenInput,
        required=False,
        error_messages={"invalid": "This page is out of date: reload it and try again"},
    )

    def __init__(self, *args: Any, versioned: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if versioned:
            self.fields["base_version"].required = True
            self.fields["base_version"].error_messages["required"] = (
                "This page is out of date: reload it and try again. Copy your text first."
            )


class TextSectionForm(VersionedForm):
    body = forms.CharField(
        required=False,
        max_length=MAX_TEXT,
        strip=False,
        widget=forms.Textarea,
        error_messages={"max_length": "The text must be shorter than %(limit_value)s characters"},
    )
    completed = forms.ChoiceField(choices=YES_NO, required=False, widget=forms.RadioSelect)

    def __init__(self, *args: Any, centre_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["evidence"] = evidence_field(centre_id)


class TestsForm(VersionedForm):
    """The four healthy establishment tests, each with its text, rating and evidence."""

    completed = forms.ChoiceField(choices=YES_NO, required=False, widget=forms.RadioSelect)

    def __init__(self, *args: Any, centre_id: int, tests: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tests = tests
        for test in tests:
            self.fields[f"{test}_body"] = forms.CharField(
                required=False, max_length=MAX_TEXT, strip=False, widget=forms.Textarea
            )
            self.fields[f"{test}_rating"] = forms.TypedChoiceField(
                choices=[("", "Not rated"), *Rating.choices],
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
            )
            self.fields[f"{test}_evidence"] = evidence_field(centre_id)


class PriorityForm(VersionedForm):
    what = forms.CharField(
        required=False, max_length=MAX_TEXT, strip=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    how_known = forms.CharField(
        required=False, max_length=MAX_TEXT, strip=False, widget=forms.Textarea
    )
    delivering = forms.CharField(
        required=False, max_length=MAX_TEXT, strip=False, widget=forms.Textarea
    )
    success = forms.CharField(
        required=False, max_length=MAX_TEXT, strip=False, widget=forms.Textarea
    )

    def __init__(self, *args: Any, centre_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["evidence"] = evidence_field(centre_id)

    def clean_what(self) -> str:
        value: str = self.cleaned_data["what"]
        if not value.strip():
            raise forms.ValidationError("Enter what the priority is, in a few words")
        return value


class TargetForm(forms.Form):
    measure = forms.CharField(required=False, max_length=300, label="Measure")
    baseline = forms.CharField(required=False, max_length=100, label="Baseline")
    target = forms.CharField(required=False, max_length=100, label="Target")
    owner = forms.CharField(required=False, max_length=150, label="Owner")
    due_date = GovukDateField(required=False, label="Due date", label_for_errors="the due date")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        filled = any(
            data.get(name) for name in ("measure", "baseline", "target", "owner", "due_date")
        )
        if filled:
            for name, message in (
                ("measure", "Enter what the target measures"),
                ("target", "Enter the target value"),
                ("owner", "Enter who owns the target"),
            ):
                if not data.get(name):
                    self.add_error(name, message)
        return data

    @property
    def is_blank(self) -> bool:
        return not any(
            self.cleaned_data.get(name)
            for name in ("measure", "baseline", "target", "owner", "due_date")
        )


TargetFormSet = forms.formset_factory(TargetForm, extra=2, max_num=10, validate_max=True)


class KeyConcernForm(VersionedForm):
    reference = forms.CharField(
        required=False, max_length=20, label="Reference", help_text="For example, 1.23 or KC4"
    )
    kind = forms.ChoiceField(
        choices=ConcernKind.choices,
        initial=ConcernKind.KEY,
        widget=forms.RadioSelect,
        label="What kind of concern was it?",
        error_messages={
            "required": "Select whether this was a priority concern, a key concern or a recommendation"
        },
    )
    concern = forms.CharField(
        max_length=MAX_TEXT,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="The concern",
        help_text="As the last inspection report wrote it",
        error_messages={"required": "Enter the concern as the inspection report wrote it"},
    )
    progress = forms.CharField(
        required=False,
        max_length=MAX_TEXT,
        strip=False,
        widget=forms.Textarea,
        label="Progress made",
        help_text="What has changed, with the data and evidence that show it",
    )
    judgement = forms.ChoiceField(
        choices=[("", "Not judged yet"), *Progress.choices],
        required=False,
        widget=forms.RadioSelect,
        label="Your judgement of progress",
    )

    def __init__(self, *args: Any, centre_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["evidence"] = evidence_field(centre_id)


class CommentForm(forms.Form):
    body = forms.CharField(
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Add a comment",
        error_messages={
            "required": "Enter your comment",
            "max_length": "Comments must be 5,000 characters or fewer",
        },
    )


class SignOffForm(forms.Form):
    confirm = forms.BooleanField(
        error_messages={"required": "Confirm that you own the content of this SAR"}
    )
