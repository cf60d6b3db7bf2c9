"""The editions of the framework as stored: what each inspection and submission refers to."""

from django.db import models


class FrameworkEdition(models.Model):
    """One edition of the Leadership expectations, exactly as loaded from its data file."""

    edition = models.CharField(max_length=50, unique=True)
    title = models.CharField(max_length=300)
    # SHA-256 of the canonical JSON: a data file that changes under the same edition id is
    # refused by the loader rather than rewriting what old judgements were made against.
    checksum = models.CharField(max_length=64)
    loaded_at = models.DateTimeField()
    data = models.JSONField()

    class Meta:
        ordering = ["edition"]

    def __str__(self) -> str:
        return f"{self.title} ({self.edition})"
