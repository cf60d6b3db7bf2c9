"""A centre's evidence library: data, surveys and documents a SAR cites."""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.urls import reverse


class EvidenceKind(models.TextChoices):
    PERFORMANCE_DATA = "performance_data", "Performance data"
    DETAINEE_SURVEY = "detainee_survey", "Detainee survey"
    STAFF_SURVEY = "staff_survey", "Staff survey"
    DOCUMENTATION = "documentation", "Documentation"
    OBSERVATION = "observation", "Observation"
    PARTNER_FEEDBACK = "partner_feedback", "Partner feedback"
    COMPLAINTS = "complaints", "Complaints"
    EXTERNAL_SCRUTINY = "external_scrutiny", "External scrutiny"


class SourceGroup(models.TextChoices):
    LEADERS = "leaders", "Leaders"
    STAFF = "staff", "Staff"
    DETAINEES = "detainees", "Detainees"
    PARTNERS = "partners", "Partners"


def evidence_upload_path(instance: "EvidenceItem", filename: str) -> str:
    """Store a file under a random name: the uploaded filename is never trusted on disk."""
    suffix = PurePosixPath(filename).suffix.lower()[:10]
    return f"evidence/{instance.centre_id}/{uuid.uuid4().hex}{suffix}"


class EvidenceItem(models.Model):
    """One piece of evidence with its finding, and optionally the file behind it."""

    centre = models.ForeignKey(
        "centres.Centre", on_delete=models.CASCADE, related_name="evidence_items"
    )
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=30, choices=EvidenceKind.choices)
    source_group = models.CharField(
        "where it comes from", max_length=20, choices=SourceGroup.choices
    )
    date = models.DateField("date of the evidence")
    summary = models.TextField("finding", help_text="What the evidence shows, in a sentence or two")
    file = models.FileField(upload_to=evidence_upload_path, blank=True, max_length=300)
    file_name = models.CharField(max_length=255, blank=True)
    file_type = models.CharField(max_length=100, blank=True)
    file_size = models.PositiveBigIntegerField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-date", "title"]
        indexes = [models.Index(fields=["centre", "-date"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("evidence:detail", args=[self.pk])
