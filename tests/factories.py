"""factory_boy factories for the domain."""

import datetime as dt

import factory
from django.utils import timezone

from selfassess.accounts.models import HmipRole, Membership, Role, User
from selfassess.centres.models import Centre, Inspection
from selfassess.evidence.models import EvidenceItem, EvidenceKind, SourceGroup

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name", locale="en_GB")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):  # noqa: N805
        if create:
            obj.save()


class CentreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Centre

    name = factory.Sequence(lambda n: f"Test House IRC {n}")
    slug = factory.Sequence(lambda n: f"test-house-{n}")
    operator = "Example Services Ltd"
    nation = "england"
    capacity = 400


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    centre = factory.SubFactory(CentreFactory)
    role = Role.LEADER


def member(centre: Centre, role: str = Role.LEADER, **kwargs) -> User:
    """Return a new user with this role at this centre; kwargs describe the user."""
    return MembershipFactory(centre=centre, role=role, user=UserFactory(**kwargs)).user


def coordinator(**kwargs) -> User:
    return UserFactory(hmip_role=HmipRole.COORDINATOR, **kwargs)


def inspector(**kwargs) -> User:
    return UserFactory(hmip_role=HmipRole.INSPECTOR, **kwargs)


class InspectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Inspection

    centre = factory.SubFactory(CentreFactory)
    announced_at = factory.LazyFunction(timezone.now)
    due_at = factory.LazyAttribute(lambda o: o.announced_at + dt.timedelta(days=3))


class EvidenceItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EvidenceItem

    centre = factory.SubFactory(CentreFactory)
    title = factory.Sequence(lambda n: f"Self-harm data quarter {n}")
    kind = EvidenceKind.PERFORMANCE_DATA
    source_group = SourceGroup.LEADERS
    date = dt.date(2026, 9, 30)
    summary = "Self-harm incidents fell from 41 to 27 over the year."
