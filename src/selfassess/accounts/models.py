"""People, their HMIP role, and their memberships of centres."""

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: object) -> "User":
        """Create a user who logs in with this e-mail address."""
        if not email:
            raise ValueError("A user needs an e-mail address")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: object) -> "User":
        """Create an administrator."""
        extra.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **extra)


class HmipRole(models.TextChoices):
    NONE = "", "Not HMIP staff"
    COORDINATOR = "coordinator", "Inspection coordinator"
    INSPECTOR = "inspector", "Inspector"


class User(AbstractBaseUser, PermissionsMixin):
    """Someone who logs in with an e-mail address and a password."""

    email = models.EmailField("e-mail address", unique=True)
    full_name = models.CharField(max_length=150)
    job_title = models.CharField(max_length=150, blank=True)
    hmip_role = models.CharField(
        "HMIP role", max_length=20, choices=HmipRole.choices, default=HmipRole.NONE, blank=True
    )
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField("administrator", default=False)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        ordering = ["full_name"]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @property
    def is_coordinator(self) -> bool:
        return self.hmip_role == HmipRole.COORDINATOR

    @property
    def is_inspector(self) -> bool:
        return self.hmip_role == HmipRole.INSPECTOR

    @property
    def is_hmip(self) -> bool:
        return bool(self.hmip_role)


class Role(models.TextChoices):
    MANAGER = "manager", "Centre manager"
    LEADER = "leader", "Leader"
    CONTRIBUTOR = "contributor", "Contributor"


class Membership(models.Model):
    """A user's role at one centre. What a user may do there follows from the role."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    centre = models.ForeignKey(
        "centres.Centre", on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "centre"], name="one_membership_per_centre")
        ]
        ordering = ["centre__name", "user__full_name"]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} at {self.centre}"

    @property
    def can_edit(self) -> bool:
        """Whether this member may write sections, priorities and key concerns."""
        return self.role in {Role.MANAGER, Role.LEADER}

    @property
    def can_sign_off(self) -> bool:
        """Whether this member may sign off and submit the SAR."""
        return self.role == Role.MANAGER

    @property
    def can_resolve_comments(self) -> bool:
        return self.role in {Role.MANAGER, Role.LEADER}

    @property
    def can_manage_assignments(self) -> bool:
        return self.role == Role.MANAGER
