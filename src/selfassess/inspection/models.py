"""Inspectors' judgements of one inspection, against the framework edition it was announced under."""

from django.conf import settings
from django.db import models

USER = settings.AUTH_USER_MODEL


class Finding(models.TextChoices):
    MET = "met", "Met"
    PARTLY_MET = "partly_met", "Partly met"
    NOT_MET = "not_met", "Not met"
    NOT_ASSESSED = "not_assessed", "Not assessed"


class Source(models.TextChoices):
    DETAINEE_SURVEY = "detainee_survey", "Detainee survey"
    STAFF_SURVEY = "staff_survey", "Staff survey"
    DATA = "data", "Data"
    DOCUMENTATION = "documentation", "Documentation"
    OBSERVATION = "observation", "Observation"
    INTERVIEWS = "interviews", "Interviews"


class EvidenceQuality(models.TextChoices):
    STRONG = "strong", "Strong"
    ADEQUATE = "adequate", "Adequate"
    WEAK = "weak", "Weak"
    NONE = "none", "None"


class Judgement(models.Model):
    """The inspection's judgements as a whole: the SAR version judged, and its publication."""

    inspection = models.OneToOneField(
        "centres.Inspection", on_delete=models.CASCADE, related_name="judgement"
    )
    # Copied from the inspection when judging starts: every indicator and test id below
    # belongs to this edition.
    framework_edition = models.CharField(max_length=50)
    submission = models.ForeignKey(
        "reports.Submission",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="The submitted SAR version the inspectors judged",
    )
    # Optimistic locking of the page of tests, key concerns and evidence quality.
    lock_version = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(null=True, blank=True)
    updated_by = models.ForeignKey(
        USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        USER, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    def __str__(self) -> str:
        return f"Judgements of the {self.inspection}"

    @property
    def is_published(self) -> bool:
        """Return whether the inspection's report, and with it these judgements, is published."""
        return self.published_at is not None


class ExpectationJudgement(models.Model):
    """The narrative for one Leadership expectation; its page also saves its indicators."""

    judgement = models.ForeignKey(Judgement, on_delete=models.CASCADE, related_name="expectations")
    expectation = models.CharField(max_length=50)
    narrative = models.TextField(blank=True)
    lock_version = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(null=True, blank=True)
    updated_by = models.ForeignKey(
        USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["judgement", "expectation"], name="one_judgement_per_expectation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.expectation} – {self.judgement}"


class IndicatorFinding(models.Model):
    """The inspectors' finding on one indicator, their notes and their own evidence sources."""

    judgement = models.ForeignKey(Judgement, on_delete=models.CASCADE, related_name="indicators")
    indicator = models.CharField(max_length=10)
    finding = models.CharField(max_length=20, choices=Finding.choices, blank=True)
    notes = models.TextField(blank=True)
    # Required when the SAR claimed the indicator as a strength and the finding is "not met".
    why = models.TextField("why the finding differs from the SAR", blank=True)
    sources = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["judgement", "indicator"], name="one_finding_per_indicator"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.get_finding_display() or 'not recorded'}"

    def source_labels(self) -> list[str]:
        """Return the evidence sources as people read them."""
        labels = dict(Source.choices)
        return [labels[s] for s in self.sources if s in labels]


class OutcomeRating(models.Model):
    """The inspection's rating of one healthy establishment test (4 good … 1 poor)."""

    judgement = models.ForeignKey(Judgement, on_delete=models.CASCADE, related_name="tests")
    test = models.CharField(max_length=30)
    rating = models.PositiveSmallIntegerField(null=True, blank=True)
    why = models.TextField("why the rating differs from the centre's", blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["judgement", "test"], name="one_rating_per_test")
        ]

    def __str__(self) -> str:
        return f"{self.test}: {self.rating}"


class ConcernJudgement(models.Model):
    """The inspection's judgement of progress against one key concern of the judged SAR."""

    judgement = models.ForeignKey(Judgement, on_delete=models.CASCADE, related_name="concerns")
    # The concern's position in the judged snapshot: the snapshot never changes.
    position = models.PositiveSmallIntegerField()
    progress = models.CharField(max_length=20, blank=True)
    why = models.TextField("why the judgement differs from the centre's", blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["judgement", "position"], name="one_judgement_per_concern"
            )
        ]

    def __str__(self) -> str:
        return f"Concern {self.position}: {self.progress}"


class SectionEvidence(models.Model):
    """The inspectors' view of the quality of the centre's evidence in one SAR section."""

    judgement = models.ForeignKey(Judgement, on_delete=models.CASCADE, related_name="evidence")
    section = models.CharField(max_length=20)
    quality = models.CharField(max_length=10, choices=EvidenceQuality.choices, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["judgement", "section"], name="one_quality_per_section")
        ]

    def __str__(self) -> str:
        return f"{self.section}: {self.quality}"
