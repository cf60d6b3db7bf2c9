"""Build the demo: accounts, four fictional centres, their evidence, inspections and SARs."""

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import Q
from django.test.utils import override_settings
from django.utils import timezone

from selfassess.accounts.models import HmipRole, Membership, User
from selfassess.centres.models import Centre, Inspection
from selfassess.demo import (
    ashbourne,
    glenmorrow,
    hatherleigh,
    judgements,
    people,
    ravensmoor,
    stories,
)
from selfassess.demo.spec import Account
from selfassess.demo.writer import Clock, SarWriter
from selfassess.framework.loading import load_all

CONTENTS = (hatherleigh.CONTENT, ravensmoor.CONTENT, glenmorrow.CONTENT, ashbourne.CONTENT)


def is_loaded() -> bool:
    """Return whether any of the demo centres already exists."""
    names = [content.name for content in CONTENTS]
    slugs = [content.slug for content in CONTENTS]
    return Centre.objects.filter(Q(name__in=names) | Q(slug__in=slugs)).exists()


@dataclass
class Result:
    """What was built, for the command to report."""

    centres: list[Centre]
    accounts: list[tuple[Account, bool]]  # the account, and whether it was created now


def _accounts(password: str) -> tuple[dict[str, User], list[tuple[Account, bool]]]:
    users: dict[str, User] = {}
    report = []
    # Every demo account has the same password, so it is hashed once, not once an account.
    hashed = make_password(password)
    for account in people.ACCOUNTS:
        user = User.objects.filter(email=account.email).first()
        created = user is None
        if user is None:
            user = User.objects.create_user(
                account.email,
                None,
                full_name=account.full_name,
                job_title=account.job_title,
                hmip_role=account.hmip_role or HmipRole.NONE,
                is_staff=account.admin,
                is_superuser=account.admin,
            )
            user.password = hashed
            user.save(update_fields=["password"])
        users[account.email] = user
        report.append((account, created))
    return users, report


def build(password: str, now: dt.datetime | None = None) -> Result:
    """Create the demo accounts, centres, evidence, inspections and SARs in one transaction."""
    clock = Clock(now or timezone.now())
    # The demo's submission must not e-mail anyone, whatever the e-mail settings are.
    with (
        override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"),
        transaction.atomic(),
    ):
        # Idempotent: the framework editions are normally stored by the migration already.
        load_all()
        users, report = _accounts(password)
        coordinator = users["coordinator@example.org"]
        inspector = users["inspector@example.org"]
        writers = []
        for content in CONTENTS:
            centre = Centre.objects.create(
                name=content.name,
                slug=content.slug,
                operator=content.operator,
                nation=content.nation,
                capacity=content.capacity,
            )
            members: dict[str, User] = {}
            for account in people.ACCOUNTS:
                if account.centre == content.slug:
                    user = users[account.email]
                    Membership.objects.create(user=user, centre=centre, role=account.role)
                    members.setdefault(account.role, user)
            writer = SarWriter(centre, content, members)
            writer.add_evidence(clock)
            writers.append(writer)
        first, second, third, fourth = writers
        stories.submitted(first, clock, coordinator, [inspector])
        stories.drafting(second, clock, coordinator)
        stories.overdue(third, clock, coordinator, [inspector])
        stories.being_judged(fourth, clock, coordinator, [inspector])
        judgements.completed(
            Inspection.objects.get(centre=first.centre), inspector, coordinator, clock
        )
        judgements.in_progress(Inspection.objects.get(centre=third.centre), inspector, clock)
        judgements.ashbourne_in_progress(
            Inspection.objects.get(centre=fourth.centre), inspector, clock
        )
    return Result([writer.centre for writer in writers], report)
