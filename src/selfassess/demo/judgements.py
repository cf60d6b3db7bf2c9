"""The inspectorate's side of the demo: Hatherleigh House judged and published, Glenmorrow begun.

Hatherleigh House's submitted SAR is judged by the demo inspector, with differences from
the centre's own view that the comparison and calibration pages show (their figures are
asserted by tests/inspection/test_demo_figures.py):

- tests: the centre rated safety and preparation higher than the inspection (3 against 2),
  respect and activities the same;
- key concerns: the centre judged 1.10 more favourably than the inspection and 1.12 less
  favourably; the other four the same;
- indicators: 2.1 and 3.7, which the leadership section claims as strengths, found not met;
  1.6 and 2.9, on which it is silent, found met. (Which other indicators the SAR claims or is
  silent on is the review engine's reading, so it moves as the engine improves; every
  indicator found not met has a note saying why, so the demo keeps the form's rule whatever
  the engine reads.)

Glenmorrow's inspection (no SAR submitted yet) has judgements begun and not published.

Ashbourne Vale's SAR is submitted and its judging is in progress, not published, so the demo
inspector can record judgements on a real SAR: a narrative and four findings for Direction,
2.1 (which the leadership section claims, with walk-round figures) found partly met and 3.7
found not met with a note saying why, and safety rated 2 against the centre's 3, with why;
the rest is left for the inspector.
"""

import datetime as dt

from selfassess.accounts.models import User
from selfassess.audit.models import AuditEvent
from selfassess.centres.models import Inspection
from selfassess.demo.writer import Clock
from selfassess.inspection import services
from selfassess.inspection.models import ExpectationJudgement, Judgement
from selfassess.inspection.services import IndicatorValues, OverviewValues

DS, SS, DATA, DOCS, OBS, INT = (
    "detainee_survey",
    "staff_survey",
    "data",
    "documentation",
    "observation",
    "interviews",
)

NARRATIVES = {
    "direction": (
        "Leaders had a realistic understanding of the centre's strengths and weaknesses, and "
        "their priorities matched what we found: first-night safety, ACDT case management, use "
        "of force and activities. Most staff we spoke to could describe the priorities, and 71% "
        "in the staff survey said they understood them. Partnerships with the healthcare provider, "
        "the IMB and the visitors' charity were strong, although the SAR said little about them. "
        "Oversight of men held for long periods had improved but had not yet led to quicker "
        "decisions by the Home Office."
    ),
    "engagement": (
        "Leaders were not visible enough on the residential units. Walk-rounds were logged, but "
        "we found them brief and mostly on weekday mornings; detainees and night staff rarely saw "
        "a senior leader. Staff and detainees were generally treated with courtesy, but leaders "
        "had not challenged the tone of some night staff. Good practice in the reception team was "
        "recognised and shared with other units."
    ),
    "enabling": (
        "Staffing shortfalls limited what leaders could do: 14% of custody officer posts were "
        "vacant and activities were often cancelled when staff were redeployed. First-line "
        "managers were committed but many were new, and supervision was irregular: in our staff "
        "survey fewer than half said they received it. The buildings were well used after the "
        "refurbishment of the showers."
    ),
    "continuous_improvement": (
        "Leaders used data well to understand safety and to find the over-representation of two "
        "nationality groups in use of force, but activities data were not analysed in the same "
        "way. Quality assurance of ACDT documents had started to improve the care maps. Leaders "
        "welcomed scrutiny and acted on the last inspection's concerns, with mixed results."
    ),
}

# indicator → (finding, notes, why the finding differs from the SAR, the inspection's sources)
FINDINGS: dict[str, tuple[str, str, str, list[str]]] = {
    "1.1": ("met", "Leaders' account of weaknesses matched our findings.", "", [INT, DOCS]),
    "1.2": (
        "partly_met",
        "Leaders knew the survey results but less about night-time experience.",
        "",
        [DS, INT],
    ),
    "1.3": ("met", "The vision recognises the non-punitive nature of detention.", "", [DOCS, INT]),
    "1.4": ("met", "Priorities have targets, owners and dates.", "", [DOCS]),
    "1.5": ("met", "Most staff we interviewed could describe the priorities.", "", [SS, INT]),
    "1.6": (
        "met",
        "Strong working with the healthcare provider, the IMB and the visitors' charity.",
        "",
        [INT, OBS],
    ),
    "1.7": (
        "partly_met",
        "Monthly reviews of long detention, but 11 men held for over six months.",
        "",
        [DATA, DOCS],
    ),
    "2.1": (
        "not_met",
        "Detainees and night staff rarely saw senior leaders on the units.",
        "The SAR cites walk-rounds logged as taking place, but our observation found them brief "
        "and mostly on weekday mornings, and only 41% of staff saw a senior manager weekly.",
        [OBS, SS, INT],
    ),
    "2.2": (
        "partly_met",
        "Consultation meetings are held, but follow-up of issues is slow.",
        "",
        [DOCS, DS],
    ),
    "2.3": ("met", "Daily briefings and a weekly bulletin reach most staff.", "", [OBS]),
    "2.4": (
        "partly_met",
        "Standards are set, but poor tone by some night staff went unchallenged.",
        "",
        [DS, OBS],
    ),
    "2.5": (
        "not_met",
        "Only 38% of men in purposeful activity; frequent cancellations.",
        "Whatever the SAR says of fairer work allocation, too few men had anything meaningful "
        "to do: 38% on a typical weekday, and 17% of sessions cancelled.",
        [DATA, OBS],
    ),
    "2.6": (
        "met",
        "Debriefs after serious incidents and peer supporters on every shift.",
        "",
        [SS, DOCS],
    ),
    "2.7": ("partly_met", "Morale was mixed; new officers felt less supported.", "", [SS, INT]),
    "2.8": ("partly_met", "Some innovation in reception; little elsewhere.", "", [OBS]),
    "2.9": ("met", "Reception improvements were shared with the other units.", "", [INT, DOCS]),
    "2.10": ("partly_met", "Reflective practice is offered but poorly attended.", "", [DOCS, INT]),
    "2.11": ("met", "Healthcare and centre leaders raised concerns promptly.", "", [INT]),
    "3.1": (
        "partly_met",
        "14% of custody officer posts vacant; activities cancelled as a result.",
        "",
        [DATA],
    ),
    "3.2": (
        "partly_met",
        "Staff were caring but not all were confident with ACDT.",
        "",
        [OBS, DOCS],
    ),
    "3.3": ("met", "A good training offer, including de-escalation refreshers.", "", [DOCS]),
    "3.4": ("met", "The buildings were well used after the refurbishment.", "", [OBS]),
    "3.5": (
        "partly_met",
        "Recruitment plans in place but not yet reducing vacancies.",
        "",
        [DATA, DOCS],
    ),
    "3.6": ("met", "A stable and experienced senior team.", "", [INT]),
    "3.7": (
        "not_met",
        "Supervision was irregular and often cancelled.",
        "The SAR describes monthly supervision as expected practice, but in our staff survey fewer "
        "than half of staff said they received regular supervision, and records showed 68% of "
        "sessions took place.",
        [SS, DOCS],
    ),
    "3.8": ("partly_met", "Systems work, but managers re-key data between them.", "", [OBS]),
    "4.1": ("met", "Data used well for safety, including equality analysis.", "", [DATA, DOCS]),
    "4.2": ("partly_met", "Detainee feedback used; staff feedback less so.", "", [DS, DOCS]),
    "4.3": (
        "partly_met",
        "Complaints against staff answered on time but not always well.",
        "",
        [DOCS],
    ),
    "4.4": ("met", "Plans amended after the ACDT audit.", "", [DOCS]),
    "4.5": ("met", "Leaders welcomed scrutiny by the IMB and the inspectorate.", "", [INT]),
    "4.6": (
        "met",
        "Concerns from the last inspection were tracked in the action plan.",
        "",
        [DOCS],
    ),
    "4.7": (
        "partly_met",
        "Quality assurance of ACDT improving; not yet of use of force.",
        "",
        [DOCS, DATA],
    ),
    "4.8": ("met", "Good links with the escort contractor and the visitors' charity.", "", [INT]),
}

TESTS = {
    "safety": (
        2,
        "Too many men still felt unsafe on their first night (31% against 24% elsewhere), ACDT "
        "care maps were weak and use of force was high: not sufficiently good, despite the "
        "improvements the centre describes.",
    ),
    "respect": (3, ""),
    "activities": (2, ""),
    "preparation": (
        2,
        "Men were still released late in the day without confirmed accommodation (nine last "
        "quarter) and property losses on transfer had not reduced.",
    ),
}

CONCERNS = {
    1: ("reasonable", ""),
    2: ("good", ""),
    3: (
        "insufficient",
        "One incident in seven was still not filmed and a fifth of forms were late; oversight "
        "had not improved enough.",
    ),
    4: ("insufficient", ""),
    5: (
        "reasonable",
        "The monthly reviews with the Home Office team had led to the release of several men "
        "held for long periods; the centre undervalues this.",
    ),
    6: ("none", ""),
}

EVIDENCE = {
    "vision": "adequate",
    "leadership": "strong",
    "tests": "strong",
    "priorities": "strong",
    "key_concerns": "adequate",
}


def _values(ids: list[str]) -> dict[str, IndicatorValues]:
    return {
        i: IndicatorValues(FINDINGS[i][0], FINDINGS[i][1], FINDINGS[i][2], FINDINGS[i][3])
        for i in ids
    }


def _date(judgement: Judgement, when: dt.datetime) -> None:
    Judgement.objects.filter(pk=judgement.pk, updated_at__isnull=False).update(updated_at=when)
    ExpectationJudgement.objects.filter(judgement=judgement).update(updated_at=when)


def completed(
    inspection: Inspection, inspector: User, coordinator: User, clock: Clock
) -> Judgement:
    """Judge Hatherleigh House's submitted SAR and publish the judgements."""
    judgement = services.start(inspection)
    edition_ids = {
        "direction": [f"1.{n}" for n in range(1, 8)],
        "engagement": [f"2.{n}" for n in range(1, 12)],
        "enabling": [f"3.{n}" for n in range(1, 9)],
        "continuous_improvement": [f"4.{n}" for n in range(1, 9)],
    }
    for expectation, ids in edition_ids.items():
        services.save_expectation(
            judgement, expectation, inspector, None, NARRATIVES[expectation], _values(ids)
        )
    services.save_overview(
        judgement,
        inspector,
        None,
        OverviewValues(TESTS, CONCERNS, EVIDENCE),
    )
    _date(judgement, clock.day(1, 16, 0))
    published = services.publish(None, judgement, coordinator)
    when = clock.day(0, 9, 0)
    Judgement.objects.filter(pk=judgement.pk).update(published_at=when)
    AuditEvent.objects.filter(action="permission", description__startswith="Published").update(
        created_at=when
    )
    published.refresh_from_db()
    return published


def in_progress(inspection: Inspection, inspector: User, clock: Clock) -> Judgement:
    """Begin judging Glenmorrow: the Direction expectation and two tests, not published."""
    judgement = services.start(inspection)
    services.save_expectation(
        judgement,
        "direction",
        inspector,
        None,
        "Early findings from the first day: leaders know the centre's main weaknesses, but "
        "the SAR is still unfinished and past its deadline.",
        _values(["1.1", "1.2", "1.3", "1.4"]),
    )
    services.save_overview(
        judgement,
        inspector,
        None,
        OverviewValues({"safety": (2, ""), "respect": (3, "")}, {}, {}),
    )
    _date(judgement, clock.day(0, 8, 30))
    return judgement


ASHBOURNE_FINDINGS: dict[str, IndicatorValues] = {
    "1.1": IndicatorValues(
        "met", "Leaders' account of strengths and weaknesses matched ours.", "", [INT, DOCS]
    ),
    "1.2": IndicatorValues(
        "met", "Leaders knew the survey results, including night staff's views.", "", [SS, INT]
    ),
    "1.4": IndicatorValues("met", "Priorities have targets, owners and dates.", "", [DOCS]),
    "1.7": IndicatorValues(
        "partly_met",
        "Monthly reviews of long detention, but six men held for more than six months.",
        "",
        [DATA, DOCS],
    ),
}

ASHBOURNE_ENGAGEMENT: dict[str, IndicatorValues] = {
    "2.1": IndicatorValues(
        "partly_met",
        "Leaders were seen on the units by day; night visits were brief.",
        "",
        [OBS, SS],
    ),
}

ASHBOURNE_ENABLING: dict[str, IndicatorValues] = {
    "3.7": IndicatorValues(
        "not_met",
        "Supervision of officers was irregular, especially on nights.",
        "The SAR describes monthly supervision recorded on the HR system, but the records we "
        "sampled showed 52% of sessions took place, and night officers told us they rarely "
        "had supervision.",
        [DOCS, INT, SS],
    ),
}


def ashbourne_in_progress(inspection: Inspection, inspector: User, clock: Clock) -> Judgement:
    """Begin judging Ashbourne Vale's submitted SAR: a few findings and one rating, not published."""
    judgement = services.start(inspection)
    services.save_expectation(
        judgement,
        "direction",
        inspector,
        None,
        "Leaders had a realistic view of the centre and their priorities matched what we found "
        "on the first day, including unsafe releases and waits for a doctor.",
        ASHBOURNE_FINDINGS,
    )
    services.save_expectation(judgement, "engagement", inspector, None, "", ASHBOURNE_ENGAGEMENT)
    services.save_expectation(judgement, "enabling", inspector, None, "", ASHBOURNE_ENABLING)
    services.save_overview(
        judgement,
        inspector,
        None,
        OverviewValues(
            {
                "safety": (
                    2,
                    "Men waited four days for a Rule 35 assessment and the Home Office returned "
                    "14% of reports; with three long stays in separation without clear plans, "
                    "safety is not sufficiently good.",
                ),
                "respect": (3, ""),
            },
            {},
            {},
        ),
    )
    _date(judgement, clock.day(0, 8, 45))
    return judgement
