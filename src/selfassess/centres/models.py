"""Centres, the inspections announced for them, and when their SAR is due."""

from django.conf import settings
from django.db import models
from django.urls import reverse

from selfassess.framework.edition import current_id


class CentreKind(models.TextChoices):
    IRC = "irc", "Immigration removal centre"
    STHF = "sthf", "Short-term holding facility"


class Nation(models.TextChoices):
    ENGLAND = "england", "England"
    WALES = "wales", "Wales"
    SCOTLAND = "scotland", "Scotland"


class Centre(models.Model):
    """An immigration removal centre or short-term holding facility."""

    name = models.CharField(max_length=150, unique=True)
    slug = models.SlugField(max_length=150, unique=True)
    kind = models.CharField(max_length=10, choices=CentreKind.choices, default=CentreKind.IRC)
    operator = models.CharField(max_length=150, help_text="The contractor that runs the centre")
    nation = models.CharField(max_length=10, choices=Nation.choices, default=Nation.ENGLAND)
    capacity = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Inspection(models.Model):
    """An announced inspection: the moment its SAR deadline starts to run."""

    centre = models.ForeignKey(Centre, on_delete=models.PROTECT, related_name="inspections")
    announced_at = models.DateTimeField()
    # The due time is fixed when the inspection is announced, so that changing the
    # deadline rule later never moves a deadline a centre has already been given.
    due_at = models.DateTimeField()
    working_days = models.BooleanField(
        default=False, help_text="Whether the deadline skipped weekends and bank holidays"
    )
    announced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    inspectors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="assigned_inspections", blank=True
    )
    # The framework edition in force when the inspection was announced: its judgements are
    # made against this edition, whatever edition comes later.
    framework_edition = models.CharField(max_length=50, default=current_id, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-announced_at"]
        indexes = [models.Index(fields=["centre", "-announced_at"])]

    def __str__(self) -> str:
        return f"Inspection of {self.centre} announced {self.announced_at:%d %b %Y}"

    def get_absolute_url(self) -> str:
        return reverse("centres:inspection", args=[self.pk])
