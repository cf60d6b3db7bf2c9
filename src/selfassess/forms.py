"""Form pieces shared by every app."""

from datetime import date
from typing import Any

from django import forms


class GovukDateWidget(forms.Widget):
    """Three boxes (day, month, year) as the GOV.UK date input pattern asks for."""

    def value_from_datadict(self, data: Any, files: Any, name: str) -> Any:
        parts = [data.get(f"{name}-{part}", "").strip() for part in ("day", "month", "year")]
        if not any(parts):
            return None
        return parts

    def split(self, value: Any) -> list[str]:
        """Return [day, month, year] for redisplay, keeping what the user typed."""
        if isinstance(value, date):
            return [str(value.day), str(value.month), str(value.year)]
        if isinstance(value, list | tuple):
            return [str(v) for v in value] + [""] * (3 - len(value))
        if isinstance(value, str) and value:
            try:
                parsed = date.fromisoformat(value)
            except ValueError:
                return ["", "", ""]
            return [str(parsed.day), str(parsed.month), str(parsed.year)]
        return ["", "", ""]


class GovukDateField(forms.Field):
    """A date entered as day, month and year, with GOV.UK error messages."""

    widget = GovukDateWidget

    def __init__(self, *, label_for_errors: str = "the date", **kwargs: Any) -> None:
        self.label_for_errors = label_for_errors
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> date | None:
        if value in (None, "", [], ()):
            return None
        if isinstance(value, date):
            return value
        day, month, year = value
        missing = [
            name for name, part in (("day", day), ("month", month), ("year", year)) if not part
        ]
        if missing:
            raise forms.ValidationError(
                f"{self.label_for_errors.capitalize()} must include a {' and '.join(missing)}"
            )
        try:
            result = date(int(year), int(month), int(day))
        except ValueError:
            raise forms.ValidationError(
                f"{self.label_for_errors.capitalize()} must be a real date"
            ) from None
        if result.year < 1900 or result.year > 2100:
            raise forms.ValidationError(f"{self.label_for_errors.capitalize()} must be a real date")
        return result
