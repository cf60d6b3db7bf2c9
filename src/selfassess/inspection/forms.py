"""The judgement forms: one per expectation, and one for the tests, key concerns and evidence.

Where the inspection's view differs from the centre's claim, a note saying why is required:
a test rated differently from the centre's own rating, a key concern judged differently
from the centre's judgement of progress, or an indicator the SAR claims as a strength
found not met.
"""

from typing import Any

from django import forms

from selfassess.framework.edition import Edition, Expectation
from selfassess.inspection.models import EvidenceQuality, Finding, Source
from selfassess.reports.structure import SECTIONS, Progress


def field_key(indicator_id: str) -> str:
    """Return the form-field prefix of an indicator ("1.10" → "i1_10")."""
    return "i" + indicator_id.replace(".", "_")


def _text(label: str, rows: int = 3) -> forms.CharField:
    return forms.CharField(label=label, required=False, widget=forms.Textarea(attrs={"rows": rows}))


def _radios(label: str, choices: list[tuple[Any, str]]) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label,
        required=False,
        choices=[("", "Not recorded"), *choices],
        widget=forms.RadioSelect,
    )


class ExpectationForm(forms.Form):
    """The narrative for one expectation and the finding on each of its indicators."""

    lock_version = forms.IntegerField(required=False, widget=forms.HiddenInput)
    narrative = _text("Narrative judgement", rows=8)

    def __init__(
        self, *args: Any, expectation: Expectation, claimed: set[str], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.expectation = expectation
        self.claimed = claimed
        for indicator in expectation.indicators:
            key = field_key(indicator.id)
            self.fields[f"{key}_finding"] = _radios(f"Finding on {indicator.id}", Finding.choices)
            self.fields[f"{key}_sources"] = forms.MultipleChoiceField(
                label=f"Inspectors' evidence for {indicator.id}",
                required=False,
                choices=Source.choices,
                widget=forms.CheckboxSelectMultiple,
            )
            self.fields[f"{key}_notes"] = _text(f"Notes on {indicator.id}")
            self.fields[f"{key}_why"] = _text(
                f"Why the finding on {indicator.id} differs from the SAR"
            )

    def bound(self, indicator_id: str, name: str) -> forms.BoundField:
        """Return one of an indicator's fields, for the template."""
        return self[f"{field_key(indicator_id)}_{name}"]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for indicator in self.expectation.indicators:
            key = field_key(indicator.id)
            if (
                indicator.id in self.claimed
                and data.get(f"{key}_finding") == Finding.NOT_MET
                and not (data.get(f"{key}_why") or "").strip()
            ):
                self.add_error(
                    f"{key}_why",
                    f"Say why indicator {indicator.id} is not met: the SAR claims it as a strength",
                )
        return data

    def indicator_values(self) -> dict[str, dict[str, Any]]:
        """Return each indicator's cleaned values."""
        values = {}
        for indicator in self.expectation.indicators:
            key = field_key(indicator.id)
            values[indicator.id] = {
                "finding": self.cleaned_data.get(f"{key}_finding") or "",
                "notes": (self.cleaned_data.get(f"{key}_notes") or "").strip(),
                "why": (self.cleaned_data.get(f"{key}_why") or "").strip(),
                "sources": list(self.cleaned_data.get(f"{key}_sources") or []),
            }
        return values


class OverviewForm(forms.Form):
    """The inspection's test ratings, key concern judgements and view of the SAR's evidence."""

    lock_version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(
        self,
        *args: Any,
        edition: Edition,
        centre_ratings: dict[str, int | None],
        concerns: list[dict[str, Any]],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.edition = edition
        self.centre_ratings = centre_ratings
        self.concerns = concerns
        scale = [(str(p.value), f"{p.value} – {p.label}") for p in edition.rating_scale]
        for test in edition.tests:
            self.fields[f"test_{test.id}_rating"] = _radios(
                f"Inspection's rating of {test.title}", scale
            )
            self.fields[f"test_{test.id}_why"] = _text(
                f"Why the rating of {test.title} differs from the centre's"
            )
        for concern in concerns:
            position = concern["position"]
            self.fields[f"kc_{position}_progress"] = _radios(
                f"Inspection's judgement of progress on {concern_label(concern)}",
                list(Progress.choices),
            )
            self.fields[f"kc_{position}_why"] = _text(
                f"Why the judgement on {concern_label(concern)} differs from the centre's"
            )
        for spec in SECTIONS:
            self.fields[f"evidence_{spec.key}"] = _radios(
                f"Quality of the evidence in section {spec.number}, {spec.title}",
                list(EvidenceQuality.choices),
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        labels = {p.value: p.label for p in self.edition.rating_scale}
        for test in self.edition.tests:
            rating = data.get(f"test_{test.id}_rating")
            centre = self.centre_ratings.get(test.id)
            if (
                rating
                and centre
                and int(rating) != centre
                and not (data.get(f"test_{test.id}_why") or "").strip()
            ):
                self.add_error(
                    f"test_{test.id}_why",
                    f"Say why the inspection rates {test.title} differently from the centre "
                    f"({labels.get(centre, centre)})",
                )
        progress_labels = dict(Progress.choices)
        for concern in self.concerns:
            position = concern["position"]
            progress = data.get(f"kc_{position}_progress")
            centre = concern.get("judgement")
            if (
                progress
                and centre
                and progress != centre
                and not (data.get(f"kc_{position}_why") or "").strip()
            ):
                self.add_error(
                    f"kc_{position}_why",
                    f"Say why the inspection judges progress on {concern_label(concern)} differently "
                    f"from the centre ({progress_labels.get(centre, centre)})",
                )
        return data

    def values(
        self,
    ) -> tuple[dict[str, tuple[int | None, str]], dict[int, tuple[str, str]], dict[str, str]]:
        """Return the cleaned tests, concerns and evidence quality."""
        data = self.cleaned_data
        tests = {
            t.id: (
                int(data[f"test_{t.id}_rating"]) if data.get(f"test_{t.id}_rating") else None,
                (data.get(f"test_{t.id}_why") or "").strip(),
            )
            for t in self.edition.tests
        }
        concerns = {
            int(c["position"]): (
                data.get(f"kc_{c['position']}_progress") or "",
                (data.get(f"kc_{c['position']}_why") or "").strip(),
            )
            for c in self.concerns
        }
        evidence = {spec.key: data.get(f"evidence_{spec.key}") or "" for spec in SECTIONS}
        return tests, concerns, evidence


def concern_label(concern: dict[str, Any]) -> str:
    """Return how a key concern is named: its reference, or its position."""
    reference = concern.get("reference")
    return f"concern {reference}" if reference else f"concern {concern.get('position')}"
