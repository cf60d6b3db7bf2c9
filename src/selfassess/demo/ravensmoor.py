"""Ravensmoor IRC: a fictional women's centre in County Durham, with a SAR still being drafted.

Everything here is invented. The leadership section is deliberately over its 750-word limit,
one test is unrated and one priority is missing its delivery plan: the demo shows the warnings.
"""

from selfassess.demo.spec import (
    CentreContent,
    Concern,
    Evidence,
    Priority,
    Target,
    TestAssessment,
    text,
)

EVIDENCE = (
    Evidence(
        "survey",
        "Detainee survey {year}",
        "detainee_survey",
        "detainees",
        34,
        "46 women answered (61% of those held). 18% said they felt unsafe on their first night (comparator 20%); 88% said most staff treated them with respect (comparator 79%); 52% said there was enough to do (comparator 58%); 41% said they had a mental health problem.",
    ),
    Evidence(
        "self_harm",
        "Self-harm and ACDT data, last 12 months",
        "performance_data",
        "leaders",
        10,
        "41 self-harm incidents, up from 29 the year before; 22 of them involved three women. 97 ACDT documents opened; 81% of care maps rated adequate in audit.",
    ),
    Evidence(
        "use_of_force",
        "Use of force data, last 12 months",
        "performance_data",
        "leaders",
        10,
        "14 incidents of force, three involving restraint on a constant watch. Body-worn video recorded in all 14. In three incidents no female officer was available at the start and male officers were involved.",
    ),
    Evidence(
        "rule35",
        "Rule 35 reports and outcomes",
        "partner_feedback",
        "partners",
        18,
        "58 Rule 35 reports in the year, most describing gender-based violence or trafficking; 22 (38%) led to release. Average wait for a GP assessment three days.",
        added_by="contributor",
    ),
    Evidence(
        "detention",
        "Length of detention and leavers data",
        "performance_data",
        "leaders",
        8,
        "Average length of detention 3.9 weeks; longest current detention 141 days. Of leavers in the last year, 71% were released into the community and 26% removed.",
    ),
    Evidence(
        "staff_survey",
        "Staff survey {year}",
        "staff_survey",
        "staff",
        120,
        "67% response rate. 82% feel supported by their line manager; 58% say they have had trauma-informed training; 35% say they can take their full breaks; 74% would recommend Ravensmoor as a place to work.",
    ),
    Evidence(
        "imb",
        "Independent Monitoring Board annual report {year}",
        "external_scrutiny",
        "partners",
        160,
        "The IMB praised the caring approach of staff and the visits hall, but was concerned about women released late in the evening far from home, the shortage of female officers at night and the limited activities at weekends.",
    ),
    Evidence(
        "complaints",
        "Complaints analysis, last six months",
        "complaints",
        "detainees",
        15,
        "37 complaints: healthcare 30%, property 19%, food 16%. 95% answered within the DSO timescale. None upheld against staff behaviour.",
    ),
    Evidence(
        "staffing",
        "Staffing and female staff ratio",
        "performance_data",
        "leaders",
        6,
        "Female officers make up 61% of detainee custody officers, against our target of 70%. Night shifts met the minimum of two female officers on 84% of nights last quarter. 6 of 58 officer posts vacant (10%).",
    ),
)

VISION = text(
    "Ravensmoor should be a calm, safe and trauma-informed place for women who are detained, many of whom have experienced violence, exploitation or trafficking before they reach us. We want every woman to be treated as an individual, to be believed when she tells us she is at risk, and to leave us, whether released or removed, with her dignity intact and the support she needs.",
    "Our ambition is that Ravensmoor is recognised as the best place in the detention estate for the care of vulnerable women, and that our partners, including the healthcare provider, the visitors' group and specialist women's charities, see themselves as part of the centre rather than visitors to it.",
    "Over the next year we will concentrate on the women most at risk: those who self-harm repeatedly, those with experience of gender-based violence and those released late in the day far from home.",
)

LEADERSHIP = text(
    "Senior leaders",
    "The senior management team (SMT) is small: the centre manager, the deputy centre manager and four heads of function, supported by the healthcare provider's head of healthcare, who attends every SMT meeting. The team has been together for two years and works closely. Leaders are highly visible; the centre is small enough for a senior leader to visit every residential area every day, and the duty director log shows this happened on 92% of days last quarter. In the detainee survey, 88% of women said most staff treated them with respect, well above the comparator of 79%, and women at the monthly consultation meeting often name senior leaders by role when describing who helped them.",
    "Leaders understand the centre's main risks. The monthly safety meeting reviews self-harm, use of force, Rule 35 (the Detention Centre Rules report to the Home Office on a woman whose health is likely to be harmed by detention) and complaints data, and the SMT identified early that self-harm had risen from 29 to 41 incidents in a year and that more than half of the incidents involved three women. We have not yet used this analysis well enough to change how we care for women who self-harm repeatedly, and this is one of our priorities.",
    "Our main weakness at senior level is capacity. With only six senior leaders, one absence means others cover several portfolios, and over the last year the head of residence post was vacant for four months. Strategic work, such as developing the trauma-informed approach and the equality strategy, slipped during that time; the equality action plan was reviewed twice in the year rather than quarterly.",
    "Middle managers",
    "Our middle managers, the residential, activities, reception and safer custody managers, are committed and know the women well. The quality of ACDT (Assessment Care in Detention and Teamwork) case management is better than at many centres: our audit rated 81% of care maps adequate, and case reviews include the mental health team and, where the woman agrees, her legal representative or a chosen visitor.",
    "Middle managers are less confident with data. Only two of the seven managers regularly use the incident dashboard, and monthly reports are mostly written by the deputy centre manager. Managers do not yet routinely analyse complaints by theme or by protected characteristic, and the equality meeting was cancelled twice last year because no manager had prepared the data.",
    "Complaint responses are timely, with 95% answered within the timescale in the Detention Services Order (DSO, the Home Office's operating instructions), but healthcare complaints, 30% of the total, take longer because they pass between the centre and the healthcare provider. Middle managers and the head of healthcare now meet weekly to review open complaints.",
    "First-line managers",
    "Our nine detention custody managers lead each shift. Most are experienced and respected: 82% of staff in the staff survey said they felt supported by their line manager. First-line managers model a caring approach, and the Independent Monitoring Board (IMB) described staff as kind and patient. However, supervision is informal and rarely recorded, and only five of the nine have had any leadership training. Observations by senior leaders found that some first-line managers did not challenge officers who spoke about women dismissively in staff areas, even where they would challenge it in front of women.",
    "A continuing difficulty for first-line managers is staffing the night shift with enough female officers. Female officers make up 61% of detainee custody officers against our target of 70%, and the minimum of two female officers at night was met on only 84% of nights last quarter. On three occasions last year male officers were involved at the start of a use of force incident because no female officer was available; each was reviewed and the women concerned were offered a debrief.",
    "How we are improving leadership",
    "All nine detention custody managers will complete the first-line leadership programme run by the contractor within the next year, and four are booked on the next cohort. Recorded monthly supervision starts for all managers next quarter, with a template agreed with staff representatives. Middle managers will be trained to use the incident dashboard and will present their own area's data at the monthly safety meeting from next quarter.",
    "Staff well-being is a strength and a risk. The staff survey found 74% would recommend Ravensmoor as a place to work, but only 35% said they could take their full breaks, and the work is emotionally demanding. We offer clinical supervision with the healthcare provider's psychologist to all staff working with women on constant supervision, a trauma-informed practice group that meets monthly, the employee assistance programme and a structured debrief after every serious incident.",
    "We are also working with the visitors' group and two specialist women's charities to bring their expertise into leadership: their coordinators now attend the quarterly strategy meeting and have helped us design our trauma-informed training, which 58% of staff have completed so far.",
    "We know that this assessment is longer than it should be, and we will shorten it before sign-off.",
)

SAFETY = text(
    "Most women told us they felt safe. In the detainee survey, 18% said they felt unsafe on their first night, slightly better than the 20% comparator for women's centres, and reception is calm and unhurried, with a female officer and a nurse seeing every woman in private.",
    "Self-harm is our biggest concern. There were 41 incidents in the last 12 months, up from 29, and 22 of them involved three women with very complex needs. ACDT care is better than at many centres, with 81% of care maps rated adequate, but we have not found effective ways to support women who self-harm repeatedly, and constant supervision is used for long periods.",
    "Use of force is low, at 14 incidents in 12 months, all recorded on body-worn video. On three occasions no female officer was available at the start of an incident.",
    "Rule 35 works well: 58 reports were made last year, and 22 (38%) led to release.",
    "Our view is that safety is reasonably good, but the rise in self-harm means we cannot yet say it is good.",
)

RESPECT = text(
    "Relationships between staff and women are a clear strength: 88% of women said most staff treated them with respect, against a comparator of 79%, and none of the 37 complaints in the last six months about staff behaviour was upheld.",
    "Healthcare is the most common source of complaints (30%). Women wait on average nine days for a routine GP appointment, and 41% of women in the survey said they had a mental health problem, yet there is no specialist perinatal or trauma therapy on site.",
    "The centre is clean and the accommodation is decent, but the building was designed as a men's prison and women told us the corridors and gates feel carceral.",
    "We judge respect to be reasonably good.",
)

ACTIVITIES = text(
    "Women have good access to education, the library, the gym and the hair salon during the week, and 52% said there was enough to do, against a comparator of 58%.",
    "Weekend activities are limited, and the IMB raised this. The activities manager and the visitors' group are drafting a weekend programme.",
    "We have not yet agreed our rating for activities: the SMT will decide once the activities snapshot for this month is complete.",
)

PREPARATION = text(
    "Welfare support is strong, and the visitors' group provides practical help and befriending. Of the women who left in the last year, 71% were released into the community and 26% were removed; the average length of detention was 3.9 weeks and the longest current detention is 141 days.",
    "Releases late in the evening are a real risk for women. The IMB reported women released after 8pm with no way of reaching accommodation far from County Durham, and we do not yet have reliable data on how often this happens.",
    "We judge preparation for removal and release to be not sufficiently good until late releases are under control.",
)

TESTS = {
    "safety": TestAssessment(SAFETY, 3, ("survey", "self_harm", "use_of_force", "rule35")),
    "respect": TestAssessment(RESPECT, 3, ("survey", "complaints")),
    "activities": TestAssessment(ACTIVITIES, None, ("survey", "imb")),
    "preparation": TestAssessment(PREPARATION, 2, ("detention", "imb")),
}

PRIORITIES = (
    Priority(
        what="Reduce repeated self-harm by women with the most complex needs.",
        how_known="Self-harm rose from 29 to 41 incidents in a year, and 22 incidents involved three women. Constant supervision was used for long periods, and the mental health team told us that our care plans for these women did not change from one review to the next.",
        delivering="The Safer Custody Manager and the head of mental health will set up a complex case panel meeting fortnightly from next month, with a named key worker for each woman on an ACDT for more than 14 days. All officers will complete trauma-informed practice training within six months.",
        success="Fewer than 25 self-harm incidents in the next 12 months, no woman on constant supervision for more than 72 hours without a panel review, and all staff trained.",
        targets=(
            Target(
                "Self-harm incidents in 12 months",
                "41",
                "fewer than 25",
                "Safer Custody Manager",
                365,
            ),
            Target(
                "Officers who have completed trauma-informed practice training",
                "58%",
                "100%",
                "Deputy Centre Manager",
                180,
            ),
        ),
        evidence=("self_harm", "staff_survey"),
    ),
    Priority(
        what="Make sure there are always enough female officers on duty, especially at night.",
        how_known="Female officers are 61% of detainee custody officers against a target of 70%. The minimum of two female officers at night was met on 84% of nights last quarter, and male officers were involved at the start of three use of force incidents.",
        delivering="The Head of Human Resources is running a recruitment campaign aimed at women in the local area, with part-time and school-hours contracts. The night rota is now planned four weeks ahead so gaps can be filled early.",
        success="The minimum of two female officers met on every night, and female officers at 70% of the officer group within a year.",
        targets=(
            Target(
                "Nights with at least two female officers on duty",
                "84%",
                "100%",
                "Head of Residence",
                120,
            ),
            Target(
                "Female share of detainee custody officers",
                "61%",
                "70%",
                "Head of Human Resources",
                365,
            ),
        ),
        evidence=("staffing", "use_of_force"),
    ),
    Priority(
        what="Stop releasing women late in the evening without safe onward arrangements.",
        how_known="The IMB reported women released after 8pm with no way of reaching accommodation far from County Durham, and the visitors' group has raised several such releases with us. We do not yet record release times consistently.",
        delivering="",
        success="No woman released after 6pm without confirmed accommodation and transport, measured from the new release log each month.",
        targets=(),
        evidence=("imb", "detention"),
    ),
    Priority(
        what="Give women more to do at weekends and in the evenings.",
        how_known="52% of women said there was enough to do, below the 58% comparator, and the IMB noted how little happens at weekends.",
        delivering="The Activities Manager and the visitors' group are drafting a weekend programme of crafts, sport and social events, to start next quarter.",
        success="At least 60% of women saying there is enough to do in the next survey, and organised activities every weekend.",
        targets=(
            Target(
                "Weekends with organised activities",
                "1 in 4",
                "every weekend",
                "Activities Manager",
                150,
            ),
        ),
        evidence=("survey", "imb"),
    ),
)

KEY_CONCERNS = (
    Concern(
        "1.6",
        "priority",
        "Women who disclosed gender-based violence or trafficking were not consistently identified as adults at risk, and Rule 35 reports were not always completed.",
        "Every woman now sees a GP within 24 hours of arrival and is asked about gender-based violence in private by a female nurse. 58 Rule 35 reports were made last year and 22 (38%) led to release (healthcare Rule 35 data).",
        "good",
        ("rule35",),
    ),
    Concern(
        "1.7",
        "priority",
        "Too few female officers were on duty at night.",
        "Recruitment has increased the female share of officers from 55% to 61%, but the night minimum was still missed on 16% of nights last quarter.",
        "insufficient",
        ("staffing",),
    ),
    Concern(
        "1.14",
        "key",
        "Healthcare complaints were not resolved promptly, and waits for a GP were too long.",
        "Healthcare and centre managers now meet weekly about open complaints. Waits for a routine GP appointment have not improved and average nine days.",
        "insufficient",
        ("complaints",),
    ),
    Concern(
        "1.15",
        "key",
        "Women were sometimes released late at night without safe arrangements to reach their destination.",
        "",
        "",
        ("imb",),
    ),
)

CONTENT = CentreContent(
    name="Ravensmoor IRC",
    slug="ravensmoor",
    operator="Northfell Care and Custody Ltd",
    nation="england",
    capacity=84,
    evidence=EVIDENCE,
    vision=VISION,
    leadership=LEADERSHIP,
    tests=TESTS,
    priorities=PRIORITIES,
    key_concerns=KEY_CONCERNS,
    vision_evidence=("survey",),
    leadership_evidence=("survey", "staff_survey", "self_harm", "staffing", "imb"),
)
