"""An inspection with a submitted SAR, its assigned inspector, and people on every side of it."""

import datetime as dt

import pytest
from django.utils import timezone

from selfassess.accounts.models import Role
from selfassess.inspection import services as judging
from selfassess.reports import services
from selfassess.reports.models import Section
from selfassess.reports.structure import HealthyTest, SectionKey
from tests.factories import InspectionFactory, inspector, member
from tests.reports.conftest import add_example_priority

LEADERSHIP = (
    "Leaders at every level are visible and approachable: 87% of staff in the staff survey "
    "said they saw a senior manager on their unit every week, up from 52% last year. "
    "Staffing levels are not yet sufficient: 14% of officer posts are vacant. "
    "We will introduce a new leadership programme next year."
)
RATINGS = {"safety": 3, "respect": 3, "activities": 2, "preparation": 4}


def write_sar(sar, user):
    """Write a SAR that can be signed off: a leadership section, four rated tests, two concerns."""
    for key, body in (
        (SectionKey.VISION, "A safe and decent centre."),
        (SectionKey.LEADERSHIP, LEADERSHIP),
    ):
        section = sar.sections.get(key=key)
        services.save_section(section, user, None, fields={"body": body, "completed": True})
    services.save_tests(
        sar,
        user,
        None,
        parts={
            test: {
                "body": f"Outcomes for {test}: 71% of men said so in the survey.",
                "rating": RATINGS[test],
            }
            for test in HealthyTest.values
        },
        completed=True,
    )
    add_example_priority(sar, user)
    for reference, judgement in (("1.8", "good"), ("1.9", "insufficient")):
        services.add_key_concern(
            sar,
            user,
            {
                "reference": reference,
                "kind": "key",
                "concern": f"Concern {reference} from the last inspection.",
                "progress": "Complaints fell from 40 to 22.",
                "judgement": judgement,
            },
            [],
        )
    Section.objects.filter(
        sar=sar, key__in=[SectionKey.PRIORITIES, SectionKey.KEY_CONCERNS]
    ).update(completed=True)


@pytest.fixture
def inspection(centre):
    announced = timezone.now() - dt.timedelta(hours=2)
    return InspectionFactory(
        centre=centre, announced_at=announced, due_at=announced + dt.timedelta(days=3)
    )


@pytest.fixture
def submission(sar, manager, inspection):
    """The centre's SAR, written, signed off and submitted for the inspection."""
    write_sar(sar, manager)
    services.sign_off(sar, manager)
    return services.submit(sar, manager)


@pytest.fixture
def assigned(inspection):
    """An inspector assigned to the inspection."""
    user = inspector(full_name="Asha Assigned")
    inspection.inspectors.add(user)
    return user


@pytest.fixture
def unassigned(db):
    return inspector(full_name="Una Unassigned")


@pytest.fixture
def judgement(inspection, submission, assigned):
    """Judgements begun on the submitted SAR, with private notes."""
    judgement = judging.start(inspection)
    judging.save_expectation(
        judgement,
        "engagement",
        assigned,
        None,
        "PRIVATE NARRATIVE about engagement.",
        {"2.1": judging.IndicatorValues("partly_met", "PRIVATE NOTE on 2.1", "", ["observation"])},
    )
    judging.save_overview(
        judgement,
        assigned,
        None,
        judging.OverviewValues(
            {"safety": (2, "PRIVATE WHY on safety"), "respect": (3, "")}, {}, {}
        ),
    )
    return judgement


@pytest.fixture
def published(judgement, hmip_coordinator):
    return judging.publish(None, judgement, hmip_coordinator)


@pytest.fixture
def centre_leader(centre):
    return member(centre, Role.LEADER, full_name="Lena Leader")
