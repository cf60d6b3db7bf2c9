"""The centres' stories: submitted on time, drafting with warnings, overdue, and being judged."""

import datetime as dt

from django.conf import settings

from selfassess.accounts.models import User
from selfassess.centres import deadlines
from selfassess.demo import hatherleigh
from selfassess.demo.spec import TestAssessment
from selfassess.demo.writer import Clock, SarWriter, announce
from selfassess.reports.structure import SectionKey


def submitted(w: SarWriter, clock: Clock, coordinator: User, inspectors: list[User]) -> None:
    """Hatherleigh House: a living document, finished, signed off and submitted on time."""
    c = w.content
    manager, leader, contributor = (w.members[r] for r in ("manager", "leader", "contributor"))
    w.assign(leader, SectionKey.TESTS, SectionKey.KEY_CONCERNS)
    w.assign(contributor, SectionKey.TESTS)

    # Written as a living document over the months before the inspection was announced.
    w.section(
        SectionKey.VISION,
        manager,
        clock.day(130, 10, 15),
        body=c.vision,
        evidence=c.vision_evidence,
        completed=False,
        summary="First draft of the vision",
    )
    draft = c.leadership.split(hatherleigh.LEADERSHIP_DRAFT_END)[0].rstrip()
    w.section(
        SectionKey.LEADERSHIP,
        leader,
        clock.day(96, 14, 40),
        body=draft,
        evidence=c.leadership_evidence,
        completed=False,
        summary="First draft of the leadership assessment",
    )
    earlier = {key: c.tests[key] for key in ("safety", "respect")}
    safety = c.tests["safety"]
    earlier["safety"] = TestAssessment(
        safety.body.replace("2 hours 10 minutes", "2 hours 25 minutes").replace(
            "from 27% to 9%", "from 27% to 12%"
        ),
        safety.rating,
        safety.evidence,
    )
    w.tests(leader, clock.day(82, 11, 5), earlier, completed=False)
    w.comment(
        SectionKey.TESTS,
        contributor,
        clock.day(80, 9, 20),
        "For Rule 35, please use the figures in the healthcare provider's quarterly report "
        "rather than the monthly return: they include the reports the Home Office sent back. "
        "I have added the report to the evidence library.",
        resolved_by=leader,
        resolved_at=clock.day(79, 16, 5),
    )
    later = dict(c.tests)
    later["safety"] = earlier["safety"]
    w.tests(leader, clock.day(76, 15, 30), later, completed=False)
    for index, priority in enumerate(c.priorities):
        w.priority(priority, manager, clock.day(70 - index, 10, 0))
    w.comment(
        SectionKey.PRIORITIES,
        contributor,
        clock.day(64, 12, 10),
        "Priority 2: the mental health team now attends every first ACDT case review, so "
        "that can go in as done rather than planned.",
        resolved_by=manager,
        resolved_at=clock.day(63, 9, 45),
    )
    for index, concern in enumerate(c.key_concerns):
        w.concern(concern, leader, clock.day(60 - index, 11, 30))

    # The inspection is announced; the team finishes the SAR and submits it within the deadline.
    announced = clock.day(4, 9, 30)
    announce(w.centre, announced, coordinator, inspectors)
    w.section(
        SectionKey.LEADERSHIP,
        manager,
        clock.after(announced, 5),
        body=c.leadership,
        completed=True,
        summary="Added how we are improving leadership",
    )
    w.section(
        SectionKey.VISION,
        manager,
        clock.after(announced, 5.5),
        completed=True,
        summary="Marked the vision as completed",
    )
    w.tests(leader, clock.after(announced, 23), c.tests, completed=True)
    w.section(
        SectionKey.PRIORITIES,
        manager,
        clock.after(announced, 24),
        completed=True,
        summary="Marked the priorities as completed",
    )
    w.section(
        SectionKey.KEY_CONCERNS,
        leader,
        clock.after(announced, 25),
        completed=True,
        summary="Marked the key concerns as completed",
    )
    w.sign_off(manager, clock.after(announced, 48.25))
    submitted = w.submit(manager, clock.after(announced, 48.5)).submitted_at

    # Still a living document: a later update withdraws the sign-off and starts version 2.
    update = max(clock.day(1, 15, 0), clock.after(submitted, 2))
    w.append_to_priority(2, "delivering", hatherleigh.PRIORITY_2_UPDATE, manager, update)


def drafting(w: SarWriter, clock: Clock, coordinator: User) -> None:
    """Ravensmoor: announced yesterday, due in about two days, a draft with warnings."""
    c = w.content
    manager, leader, contributor = (w.members[r] for r in ("manager", "leader", "contributor"))
    w.assign(leader, SectionKey.LEADERSHIP, SectionKey.TESTS, SectionKey.PRIORITIES)
    w.assign(contributor, SectionKey.TESTS, SectionKey.KEY_CONCERNS)
    w.section(
        SectionKey.VISION,
        manager,
        clock.day(52, 10, 0),
        body=c.vision,
        evidence=c.vision_evidence,
        completed=False,
        summary="First draft of the vision",
    )
    w.comment(
        SectionKey.VISION,
        contributor,
        clock.day(45, 14, 30),
        "Could the vision say that the specialist women's charities are part of the centre's "
        "work? Women tell our volunteers how much those sessions matter.",
        resolved_by=manager,
        resolved_at=clock.day(44, 9, 15),
    )
    w.section(
        SectionKey.VISION,
        manager,
        clock.day(44, 9, 20),
        completed=True,
        summary="Marked the vision as completed",
    )
    draft = c.leadership.split("How we are improving leadership")[0].rstrip()
    w.section(
        SectionKey.LEADERSHIP,
        leader,
        clock.day(30, 16, 20),
        body=draft,
        evidence=c.leadership_evidence,
        completed=False,
        summary="First draft of the leadership assessment",
    )

    announced = clock.day(1, 14, 0)
    announce(w.centre, announced, coordinator, [])
    w.section(
        SectionKey.LEADERSHIP,
        manager,
        clock.after(announced, 2),
        body=c.leadership,
        completed=False,
        summary="Added how we are improving leadership",
    )
    w.tests(leader, clock.after(announced, 3), c.tests, completed=False)
    for index, priority in enumerate(c.priorities):
        w.priority(priority, manager, clock.after(announced, 4 + index / 4))
    for index, concern in enumerate(c.key_concerns):
        w.concern(concern, leader, clock.after(announced, 5.5 + index / 6))
    w.comment(
        SectionKey.LEADERSHIP,
        contributor,
        clock.after(announced, 7),
        "This section is now over the 750-word limit. Could the paragraph about the partner "
        "charities move to the vision, and the night-shift staffing paragraph be shortened? "
        "The same figures are in priority 2.",
    )
    w.comment(
        SectionKey.PRIORITIES,
        leader,
        clock.after(announced, 7.5),
        "Priority 3 still needs its delivery plan (question iii): who owns the new release "
        "log, the protocol with the Home Office on release times, and by when. I have asked "
        "the Head of Residence for a draft.",
    )


def overdue(w: SarWriter, clock: Clock, coordinator: User, inspectors: list[User]) -> None:
    """Glenmorrow: started months ago, announced five days ago, overdue and unfinished."""
    c = w.content
    manager, leader = w.members["manager"], w.members["leader"]
    w.assign(leader, SectionKey.LEADERSHIP, SectionKey.TESTS, SectionKey.KEY_CONCERNS)
    w.section(
        SectionKey.VISION,
        manager,
        clock.day(200, 11, 0),
        body=c.vision,
        evidence=c.vision_evidence,
        completed=True,
        summary="Wrote the vision",
    )
    w.section(
        SectionKey.LEADERSHIP,
        leader,
        clock.day(185, 15, 0),
        body=c.leadership,
        evidence=c.leadership_evidence,
        completed=False,
        summary="First draft of the leadership assessment",
    )
    w.tests(leader, clock.day(175, 10, 30), c.tests, completed=False)
    w.priority(c.priorities[0], manager, clock.day(170, 11, 45))
    for index, concern in enumerate(c.key_concerns):
        w.concern(concern, leader, clock.day(160 - index, 14, 0))
    w.comment(
        SectionKey.TESTS,
        leader,
        clock.day(174, 9, 0),
        "Activities and preparation for release are still to write: I have asked the "
        "activities manager and the welfare manager for their figures.",
    )

    # Announced five days ago (further back if a working-day rule would make it not yet due).
    days_ago = 5
    while True:
        announced = clock.day(days_ago, 10, 0)
        due = deadlines.due_at(
            announced,
            w.centre.nation,
            days=settings.SAR_DEADLINE_DAYS,
            working_days=settings.SAR_DEADLINE_WORKING_DAYS,
        )
        if due < clock.now - dt.timedelta(hours=12):
            break
        days_ago += 1
    announce(w.centre, announced, coordinator, inspectors)
    w.priority(c.priorities[1], manager, clock.after(announced, 26))


def being_judged(w: SarWriter, clock: Clock, coordinator: User, inspectors: list[User]) -> None:
    """Ashbourne Vale: written over two months, announced three days ago, submitted on time."""
    c = w.content
    manager, leader = w.members["manager"], w.members["leader"]
    w.assign(leader, SectionKey.LEADERSHIP, SectionKey.TESTS, SectionKey.KEY_CONCERNS)
    w.section(
        SectionKey.VISION,
        manager,
        clock.day(64, 10, 0),
        body=c.vision,
        evidence=c.vision_evidence,
        completed=False,
        summary="First draft of the vision",
    )
    w.section(
        SectionKey.LEADERSHIP,
        leader,
        clock.day(50, 15, 10),
        body=c.leadership.split("How we are improving leadership")[0].rstrip(),
        evidence=c.leadership_evidence,
        completed=False,
        summary="First draft of the leadership assessment",
    )
    w.tests(leader, clock.day(41, 11, 0), c.tests, completed=False)
    for index, priority in enumerate(c.priorities):
        w.priority(priority, manager, clock.day(35 - index, 10, 30))
    for index, concern in enumerate(c.key_concerns):
        w.concern(concern, leader, clock.day(28 - index, 14, 0))
    w.comment(
        SectionKey.LEADERSHIP,
        manager,
        clock.day(27, 9, 40),
        "Please add what we are doing to improve leadership: the night-shift briefings and "
        "the leadership programme for the remaining detention custody managers.",
        resolved_by=leader,
        resolved_at=clock.day(26, 16, 0),
    )

    # Announced three days ago; the team finishes the SAR and submits it within the deadline.
    announced = clock.day(3, 10, 0)
    announce(w.centre, announced, coordinator, inspectors)
    w.section(
        SectionKey.LEADERSHIP,
        leader,
        clock.after(announced, 4),
        body=c.leadership,
        completed=True,
        summary="Added how we are improving leadership",
    )
    w.section(
        SectionKey.VISION,
        manager,
        clock.after(announced, 5),
        completed=True,
        summary="Marked the vision as completed",
    )
    w.tests(leader, clock.after(announced, 20), c.tests, completed=True)
    w.section(
        SectionKey.PRIORITIES,
        manager,
        clock.after(announced, 22),
        completed=True,
        summary="Marked the priorities as completed",
    )
    w.section(
        SectionKey.KEY_CONCERNS,
        leader,
        clock.after(announced, 23),
        completed=True,
        summary="Marked the key concerns as completed",
    )
    w.sign_off(manager, clock.after(announced, 45.5))
    w.submit(manager, clock.after(announced, 46))
