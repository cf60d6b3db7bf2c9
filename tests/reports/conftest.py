import datetime as dt

import pytest

from selfassess.reports import services
from selfassess.reports.models import Section
from selfassess.reports.structure import HealthyTest, SectionKey


def add_example_priority(sar, user):
    """Add a priority answering all four questions, with one measurable target."""
    priority = services.add_priority(sar, user, {})
    services.save_priority(
        priority,
        user,
        None,
        fields={
            "what": "Reduce self-harm",
            "how_known": "Incidents rose from 20 to 31.",
            "delivering": "ACDT training for all staff by March.",
            "success": "Fewer than 20 incidents a quarter.",
        },
        targets=[
            {
                "measure": "Self-harm incidents a quarter",
                "baseline": "31",
                "target": "20",
                "owner": "Head of safer custody",
                "due_date": dt.date(2027, 3, 31),
            }
        ],
        evidence=[],
        summary="Added priority 1",
    )
    return priority


def write_complete_sar(sar, user, *, leadership_words: int = 100):
    """Fill every section so that the SAR can be signed off."""
    vision = sar.sections.get(key=SectionKey.VISION)
    services.save_section(
        vision, user, None, fields={"body": "A safe, decent centre.", "completed": True}
    )
    leadership = sar.sections.get(key=SectionKey.LEADERSHIP)
    body = " ".join(["word"] * leadership_words)
    services.save_section(leadership, user, None, fields={"body": body, "completed": True})
    services.save_tests(
        sar,
        user,
        None,
        parts={
            t: {"body": f"{t} outcomes improved: 71% said so.", "rating": 3} for t in HealthyTest
        },
        completed=True,
    )
    add_example_priority(sar, user)
    Section.objects.filter(
        sar=sar, key__in=[SectionKey.PRIORITIES, SectionKey.KEY_CONCERNS]
    ).update(completed=True)
    return sar


@pytest.fixture
def complete_sar(sar, manager):
    return write_complete_sar(sar, manager)
