"""The SAR: its sections, priorities, key concerns, revisions, sign-off and submissions."""

from django.conf import settings
from django.db import models
from django.urls import reverse

from selfassess.framework.edition import current_id
from selfassess.reports.structure import (
    ConcernKind,
    HealthyTest,
    Progress,
    Rating,
    SectionKey,
)

USER = settings.AUTH_USER_MODEL


class Sar(models.Model):
    """A centre's self-assessment report: one living document per centre."""

    centre = models.OneToOneField("centres.Centre", on_delete=models.CASCADE, related_name="sar")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Self-assessment report for {self.centre}"

    def get_absolute_url(self) -> str:
        return reverse("reports:sar", args=[self.pk])


class Section(models.Model):
    """One of the five sections, with the text written directly in it."""

    sar = models.ForeignKey(Sar, on_delete=models.CASCADE, related_name="sections")
    key = models.CharField(max_length=20, choices=SectionKey.choices)
    body = models.TextField(blank=True)
    completed = models.BooleanField(default=False)
    # Optimistic locking: every save of the section (or of any of its parts) adds one,
    # and a save based on an older number is refused rather than overwriting.
    lock_version = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(null=True, blank=True)
    updated_by = models.ForeignKey(
        USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    evidence = models.ManyToManyField(
        "evidence.EvidenceItem", blank=True, related_name="cited_in_sections"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["sar", "key"], name="one_section_per_key")]

    def __str__(self) -> str:
        return self.get_key_display()


class TestPart(models.Model):
    """The part of section 3 about one healthy establishment test, with the centre's rating."""

    sar = models.ForeignKey(Sar, on_delete=models.CASCADE, related_name="test_parts")
    test = models.CharField(max_length=20, choices=HealthyTest.choices)
    body = models.TextField(blank=True)
    rating = models.PositiveSmallIntegerField(choices=Rating.choices, null=True, blank=True)
    evidence = models.ManyToManyField(
        "evidence.EvidenceItem", blank=True, related_name="cited_in_tests"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["sar", "test"], name="one_part_per_test")]

    def __str__(self) -> str:
        return self.get_test_display()


class Priority(models.Model):
    """One of at most six main priorities, answering the template's four questions."""

    sar = models.ForeignKey(Sar, on_delete=models.CASCADE, related_name="priorities")
    position = models.PositiveSmallIntegerField()
    what = models.TextField("what is the priority", blank=True)
    how_known = models.TextField("how you know it is a priority", blank=True)
    delivering = models.TextField("how you are delivering it", blank=True)
    success = models.TextField("how you will know you have succeeded", blank=True)
    lock_version = models.PositiveIntegerField(default=0)
    evidence = models.ManyToManyField(
        "evidence.EvidenceItem", blank=True, related_name="cited_in_priorities"
    )

    class Meta:
        ordering = ["position"]
        verbose_name_plural = "priorities"

    def __str__(self) -> str:
        return f"Priority {self.position}"


class Target(models.Model):
    """A measurable target that shows whether a priority is being delivered."""

    priority = models.ForeignKey(Priority, on_delete=models.CASCADE, related_name="targets")
    position = models.PositiveSmallIntegerField(default=0)
    measure = models.CharField(max_length=300)
    baseline = models.CharField(max_length=100, blank=True)
    target = models.CharField(max_length=100)
    owner = models.CharField(max_length=150)
    due_date = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.measure


class KeyConcern(models.Model):
    """A concern from the last inspection and the centre's account of progress against it."""

    sar = models.ForeignKey(Sar, on_delete=models.CASCADE, related_name="key_concerns")
    position = models.PositiveSmallIntegerField()
    reference = models.CharField(max_length=20, blank=True, help_text="For example, 1.23 or KC4")
    kind = models.CharField(max_length=20, choices=ConcernKind.choices, default=ConcernKind.KEY)
    concern = models.TextField("the concern as the inspection report wrote it")
    progress = models.TextField("progress and its evidence", blank=True)
    judgement = models.CharField(
        "your judgement of progress", max_length=20, choices=Progress.choices, blank=True
    )
    lock_version = models.PositiveIntegerField(default=0)
    evidence = models.ManyToManyField(
        "evidence.EvidenceItem", blank=True, related_name="cited_in_key_concerns"
    )

    class Meta:
        ordering = ["position"]

    def __str__(self) -> str:
        return self.reference or f"Concern {self.position}"


class Revision(models.Model):
    """A saved change to a section: who, when, and the section's whole text afterwards."""

    sar = models.ForeignKey(Sar, on_delete=models.CASCADE, related_name="revisions")
    section = models.CharField(max_length=20, choices=SectionKey.choices)
    author = models.ForeignKey(USER, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    summary = models.CharField(max_length=200)
    text = models.TextField()
    word_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["sar", "section", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.get_section_display()} – {self.summary}"


class Comment(models.Model):
    """A comment on a section, until a leader resolves it."""

    sar = models.ForeignKey(Sar, on_delete=models.CASCADE, related_name="comments")
    section = models.CharField(max_length=20, choices=SectionKey.choices)
    author = models.ForeignKey(USER, on_delete=models.SET_NULL, null=True, related_name="+")
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"Comment by {self.author} on {self.get_section_display()}"


class Assignment(models.Model):
    """A leader or contributor asked to work on a section."""

    sar = models.ForeignKey(Sar, on_delete=models.CASCADE, related_name="assignments")
    section = models.CharField(max_length=20, choices=SectionKey.choices)
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="assignments")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["sar", "section", "user"], name="one_assignment")
        ]

    def __str__(self) -> str:
        return f"{self.user} on {self.get_section_display()}"


class SignOff(models.Model):
    """The centre manager's declaration that they own the SAR's content, as it then stood.

    Bound to a hash of the content: once the content changes, the sign-off no longer holds.
    """

    sar = models.ForeignKey(Sar, on_delete=models.CASCADE, related_name="sign_offs")
    signed_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    signed_at = models.DateTimeField(auto_now_add=True)
    content_hash = models.CharField(max_length=64)
    declaration = models.TextField()

    class Meta:
        ordering = ["-signed_at", "-pk"]
        get_latest_by = "signed_at"

    def __str__(self) -> str:
        return f"Signed off by {self.signed_by} on {self.signed_at:%d %b %Y}"


class Submission(models.Model):
    """An immutable snapshot of a signed-off version, sent to the inspectorate."""

    sar = models.ForeignKey(Sar, on_delete=models.PROTECT, related_name="submissions")
    inspection = models.ForeignKey(
        "centres.Inspection",
        on_delete=models.PROTECT,
        related_name="submissions",
        null=True,
        blank=True,
    )
    version = models.PositiveIntegerField()
    snapshot = models.JSONField()
    content_hash = models.CharField(max_length=64)
    sign_off = models.ForeignKey(SignOff, on_delete=models.PROTECT, related_name="+")
    submitted_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    submitted_at = models.DateTimeField()
    # Fixed at submission: the deadline then in force, so the record never changes.
    due_at = models.DateTimeField(null=True, blank=True)
    # The framework edition in force when it was submitted, fixed with the snapshot.
    framework_edition = models.CharField(max_length=50, default=current_id, editable=False)

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["sar", "version"], name="one_submission_per_version")
        ]

    def __str__(self) -> str:
        return f"Version {self.version} submitted {self.submitted_at:%d %b %Y}"

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise ValueError("A submission is a frozen snapshot and cannot be changed")
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def get_absolute_url(self) -> str:
        return reverse("reports:submission", args=[self.pk])

    @property
    def is_late(self) -> bool:
        return self.due_at is not None and self.submitted_at > self.due_at


class ReviewDismissal(models.Model):
    """A leader's statement that a review finding (possible personal data) is not a problem.

    Bound to the finding's key, which changes with the sentence's text: an edited sentence is
    checked afresh.
    """

    sar = models.ForeignKey(Sar, on_delete=models.CASCADE, related_name="review_dismissals")
    key = models.CharField(max_length=32)
    code = models.CharField(max_length=50)
    sentence = models.TextField(blank=True)
    reason = models.TextField()
    dismissed_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    dismissed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-dismissed_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["sar", "key"], name="one_dismissal_per_finding")
        ]

    def __str__(self) -> str:
        return f"Dismissed {self.code} by {self.dismissed_by} on {self.dismissed_at:%d %b %Y}"
