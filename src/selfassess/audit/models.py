"""An append-only record of who did what, when and from where."""

from django.conf import settings
from django.db import models


class Action(models.TextChoices):
    LOGIN = "login", "Logged in"
    LOGIN_FAILED = "login_failed", "Failed to log in"
    LOGOUT = "logout", "Logged out"
    ANNOUNCE = "announce", "Announced an inspection"
    SIGN_OFF = "sign_off", "Signed off a SAR"
    SUBMIT = "submit", "Submitted a SAR"
    EXPORT = "export", "Exported a SAR"
    ASSIGN = "assign", "Changed section assignments"
    PERMISSION = "permission", "Changed a permission"
    DELETE = "delete", "Deleted something"
    UPLOAD = "upload", "Uploaded a file"
    DOWNLOAD = "download", "Downloaded a file"
    DISMISS_FINDING = "dismiss_finding", "Dismissed a review finding"
    EXPORT_AUDIT = "export_audit", "Exported the audit log"


class AuditEvent(models.Model):
    """One audited action. Rows are only ever added, never changed or deleted."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # Kept as text too, so the record survives the user being removed.
    actor_email = models.CharField(max_length=254, blank=True)
    action = models.CharField(max_length=30, choices=Action.choices)
    centre = models.ForeignKey(
        "centres.Centre", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    description = models.CharField(max_length=500)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_email} {self.action}"

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise ValueError("Audit events are append-only")
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def delete(self, *args: object, **kwargs: object) -> tuple[int, dict[str, int]]:
        raise ValueError("Audit events are append-only")
