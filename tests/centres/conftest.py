"""Fixtures for the inspectorate's side: inspections and SARs in each state."""

import datetime as dt

import pytest
from django.utils import timezone

from selfassess.reports import services
from selfassess.reports.models import Section
from selfassess.reports.structure import HealthyTest, SectionKey
from tests.factories import InspectionFactory


@pytest.fixture
def inspection(centre):
    """An inspection of the centre announced an hour ago, due in three days."""
    announced = timezone.now() - dt.timedelta(hours=1)
    return InspectionFactory(
        centre=centre, announced_at=announced, due_at=announced + dt.timedelta(days=3)
    )


@pytest.fixture
def other_inspection(other_centre):
    """An inspection of the other centre."""
    return InspectionFactory(centre=other_centre)


def write_complete_sar(sar, user):
    """Write every part of the SAR so that it passes the checks for sign-off."""
    for key in (SectionKey.VISION, SectionKey.LEADERSHIP):
        section = sar.sections.get(key=key)
        services.save_section(
            section, user, None, fields={"body": f"Our {key} in a few words.", "completed": True}
        )
    services.save_tests(
        sar,
        user,
        None,
        parts={
            test: {"body": f"Outcomes for {test} are reasonably good.", "rating": 3}
            for test in HealthyTest.values
        },
        completed=True,
    )
    services.add_priority(
        sar,
        user,
        {
            "what": "Reduce self-harm",
            "how_known": "Incidents rose from 27 to 41",
            "delivering": "Weekly case reviews",
            "success": "Fewer than 25 incidents a year",
        },
    )
    Section.objects.filter(
        sar=sar, key__in=[SectionKey.PRIORITIES, SectionKey.KEY_CONCERNS]
    ).update(completed=True)
    return sar


@pytest.fixture
def complete_sar(sar, manager):
    """The centre's SAR, fully written and ready to sign off."""
    return write_complete_sar(sar, manager)
