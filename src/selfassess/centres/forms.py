"""Forms for announcing inspections and assigning inspectors."""

from datetime import datetime, timedelta
from typing import Any

from django import forms
from django.utils import timezone

from selfassess.accounts.models import HmipRole, User
from selfassess.centres.models import Centre
from selfassess.centres.services import parse_time
from selfassess.forms import GovukDateField


class CentreChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.name)


class AnnounceForm(forms.Form):
    """Which centre, and when the inspection was announced."""

    centre = CentreChoiceField(
        queryset=Centre.objects.order_by("name"),
        empty_label="Choose a centre",
        error_messages={
            "required": "Choose the centre to be inspected",
            "invalid_choice": "Choose the centre to be inspected",
        },
    )
    announced_on = GovukDateField(
        label="Date the inspection was announced",
        label_for_errors="the date the inspection was announced",
        help_text="For example, 23 11 2026",
        error_messages={"required": "Enter the date the inspection was announced"},
    )
    announced_time = forms.CharField(
        label="Time the inspection was announced",
        help_text="For example, 10:00, 10am or 2:30pm",
        max_length=20,
        error_messages={"required": "Enter the time the inspection was announced"},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            now = timezone.localtime()
            self.initial.setdefault("announced_on", now.date())
            self.initial.setdefault("announced_time", f"{now:%H:%M}")

    def clean_announced_time(self) -> Any:
        value = parse_time(self.cleaned_data["announced_time"])
        if value is None:
            raise forms.ValidationError(
                "Enter the time the inspection was announced as a time such as 10:00 or 10am"
            )
        return value

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        day, clock = cleaned.get("announced_on"), cleaned.get("announced_time")
        if day is not None and clock is not None:
            moment = timezone.make_aware(datetime.combine(day, clock))
            if moment > timezone.now() + timedelta(minutes=5):
                self.add_error(
                    "announced_on",
                    "The date and time the inspection was announced must be in the past",
                )
            cleaned["announced_at"] = moment
        return cleaned

    def hidden_values(self) -> dict[str, str]:
        """Return the answers as the form's raw fields, to carry to the confirmation step."""
        announced: datetime = self.cleaned_data["announced_at"]
        local = timezone.localtime(announced)
        return {
            "centre": str(self.cleaned_data["centre"].pk),
            "announced_on-day": str(local.day),
            "announced_on-month": str(local.month),
            "announced_on-year": str(local.year),
            "announced_time": f"{local:%H:%M}",
        }


class InspectorsForm(forms.Form):
    """The inspectors who may read an inspection's SAR."""

    inspectors = forms.ModelMultipleChoiceField(
        queryset=User.objects.filter(hmip_role=HmipRole.INSPECTOR, is_active=True).order_by(
            "full_name"
        ),
        required=False,
        label="Inspectors assigned to this inspection",
        help_text="They can read the SAR submitted for this inspection.",
        widget=forms.CheckboxSelectMultiple,
    )
