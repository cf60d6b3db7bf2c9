"""Ashbourne Vale IRC: a fictional men's centre whose complete SAR is submitted and being judged.

Everything here is invented. Figures are realistic for a centre of this size but describe
no real centre, detainee or member of staff.
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
        48,
        "86 men answered (37% of those held). 22% said they felt unsafe on their first night (comparator 24%). 80% said most staff treated them with respect (comparator 76%); 49% said there was enough to do (comparator 53%); 46% said it was easy to see a lawyer.",
    ),
    Evidence(
        "self_harm",
        "Self-harm and ACDT data, last 12 months",
        "performance_data",
        "leaders",
        10,
        "96 self-harm incidents, down from 118 in the previous 12 months; none life-threatening. 174 ACDT documents opened. Monthly quality audit: 81% of care maps adequate; 97% of first case reviews attended by healthcare.",
    ),
    Evidence(
        "use_of_force",
        "Use of force data and review panel findings, last 12 months",
        "performance_data",
        "leaders",
        10,
        "88 incidents of force (97 the year before), 14 of them planned removals. Body-worn video recorded in 93% of incidents. 91% of forms completed within 72 hours. No group over-represented by nationality, age or religion over the year.",
    ),
    Evidence(
        "rule35",
        "Rule 35 reports and outcomes, healthcare quarterly report",
        "partner_feedback",
        "partners",
        18,
        "142 Rule 35 reports in the year; 31 (22%) led to release. 14% returned by the Home Office for poor quality. Average wait from request to GP assessment four days, against a contract standard of two.",
    ),
    Evidence(
        "detention",
        "Length of detention, releases and leavers data",
        "performance_data",
        "leaders",
        8,
        "Average length of detention 4.6 weeks; longest current detention 203 days; 6 men held for more than six months at the snapshot. Of leavers in the last year, 57% released, 36% removed, 7% transferred. 31 men released after 6pm last quarter, 12 of them without confirmed accommodation.",
    ),
    Evidence(
        "staff_survey",
        "Staff survey {year}",
        "staff_survey",
        "staff",
        70,
        "63% response rate. 78% understand the centre's priorities; 74% see a member of the senior team on their unit at least weekly; 69% feel supported by their line manager; 58% receive regular supervision; 38% of night staff feel well informed about changes.",
    ),
    Evidence(
        "staff_forum",
        "Staff forum and night-shift listening session notes, last quarter",
        "documentation",
        "staff",
        30,
        "Three staff forums and two night-shift listening sessions. Recurring issues: short notice of changes to the regime, cover for escorts taking officers off the units, and wanting more training in mental health and in working with interpreters.",
    ),
    Evidence(
        "imb",
        "Independent Monitoring Board annual report {year}",
        "external_scrutiny",
        "partners",
        160,
        "The IMB found relationships between staff and men mostly respectful and the centre clean, and raised late-evening releases without accommodation, long waits for legal advice and inconsistent use of professional interpreters.",
    ),
    Evidence(
        "complaints",
        "Complaints analysis, last six months",
        "complaints",
        "detainees",
        15,
        "142 complaints: healthcare 24%, property 19%, food 15%, staff behaviour 6% (9 complaints). 95% answered within the DSO timescale; a quality check of 40 responses found 15% did not address the issue raised.",
    ),
    Evidence(
        "activities",
        "Purposeful activity snapshot and session cancellations",
        "observation",
        "leaders",
        12,
        "On a typical weekday 51% of men were in education, work, gym, library or organised recreation. 9% of scheduled sessions were cancelled last quarter. 44 of 50 paid roles filled; average wait for a paid role 11 days.",
    ),
    Evidence(
        "consultation",
        "Detainee consultation meeting minutes, last quarter",
        "documentation",
        "detainees",
        22,
        "Monthly meetings with unit representatives. Recurring issues: waiting for the GP, lost property on arrival, the price of items in the shop, not knowing when they would be released, and wanting more to do in the evenings.",
    ),
)

VISION = text(
    "Ashbourne Vale should be a centre where every man is held safely, treated with respect and dignity, and detained for no longer than is necessary. Detention is not a punishment, and the men we hold should leave us no worse off than when they arrived: able to show that they were listened to, kept in touch with the people who matter to them and prepared for what comes next.",
    "Over the next three years we want Ashbourne Vale to be judged good against safety and respect, and at least reasonably good against activities and preparation for removal and release. Our own assessment is that we are reasonably good in three of the four tests, and that preparation for release is where we most need to improve.",
    "We will get there by keeping our staff group stable and well trained, by making leaders a familiar presence on every unit, day and night, and by listening to men, staff and our partners, including the healthcare provider, the Independent Monitoring Board (IMB), the visitors' group and the Home Office, and acting on what they tell us.",
)

LEADERSHIP = text(
    "Senior leaders",
    "The senior management team (SMT) of seven has worked together for two years, and its priorities are well understood: in the staff survey, 78% of staff said they understood the centre's priorities, and 74% said they saw a member of the SMT on their unit at least once a week. Every SMT member does a daily walk-round of a residential unit, including one night visit a week, and the walk-round log shows 91% of planned visits took place last quarter.",
    "Leaders know the centre's strengths and weaknesses. The monthly safety and respect meeting reviews self-harm, use of force, complaints, Rule 35 and separation data together, broken down by nationality, age, religion and disability; the last year's analysis found no group over-represented in use of force. We work closely with the healthcare provider, the IMB and the visitors' group, and the IMB's annual report helped us set our priority on safer releases.",
    "Our weakest area is communication with night staff. Only 38% of night staff said they felt well informed about changes, and at listening sessions they told us they often heard about changes to the regime at short notice.",
    "Middle managers",
    "Heads of function and unit managers are experienced and use data well in their own areas: the safer custody manager's ACDT audit rose from 68% to 81% of care maps rated adequate in a year, and 95% of complaints were answered within the DSO timescale. Quality assurance of complaint responses is weaker, with 15% of responses sampled not addressing the issue raised, and unit managers now return every such response to its author.",
    "Middle managers lead on equality, and each of the protected characteristics has a named lead who meets detainee representatives monthly. They are less confident in managing staff performance: only four formal performance cases were opened last year, and staff forums told us that poor practice on night shifts was not always challenged.",
    "First-line managers",
    "Our 18 detention custody managers lead each shift. In the staff survey 69% of staff said they felt supported by their line manager, but only 58% said they received regular supervision, and escorts and constant supervision still take officers off the units at short notice. Eleven detention custody managers have completed the contractor's first-line leadership programme.",
    "How we are improving leadership",
    "The remaining seven detention custody managers will complete the leadership programme within nine months. Monthly supervision is recorded on the HR system, and the deputy centre manager reviews the figures with each head of function. A weekly night-shift briefing, given by the duty director in person, started last month, and we will repeat the night staff question in a pulse survey every quarter.",
    "Staff well-being support includes the employee assistance programme, peer supporters on each shift and a debrief after every serious incident. Reflective practice sessions with the healthcare provider's psychologist are open to every manager.",
)

SAFETY = text(
    "Strengths",
    "Men arrive at all hours, many from police stations and airports. The average time from arrival to reaching a residential unit was 1 hour 50 minutes last quarter, and every new arrival has a private interview with an officer and a nurse, using telephone interpreting where needed. In our detainee survey 22% of men said they felt unsafe on their first night, slightly better than the 24% comparator.",
    "Self-harm fell from 118 incidents to 96 in the last 12 months, and none caused a life-threatening injury. Staff open ACDT documents readily (174 in the year), and the monthly audit rated 81% of care maps adequate, up from 68% a year ago. The mental health team attended 97% of first case reviews.",
    "Force was used 88 times in the last year, down from 97, and 14 of those were planned removals that were all filmed. Body-worn video was recorded in 93% of incidents and 91% of forms were completed within 72 hours. The weekly panel reviews every incident, and no nationality, age or religious group was over-represented over the year.",
    "Violence is low for a centre of our size: 21 assaults on detainees and 9 on staff in the last 12 months. The weekly safety intervention meeting reviews every man on an ACDT document, a violence reduction plan or with concerns about debt or bullying, and detainee peer mentors meet every new arrival on the induction unit.",
    "Weaknesses",
    "Men wait too long for a Rule 35 assessment: four days on average from request to appointment, against the contract standard of two. Healthcare made 142 Rule 35 reports and 31 (22%) led to release, but the Home Office returned 14% for poor quality.",
    "Separation was used 41 times, and three men spent more than 72 hours there last year; the reasons were recorded, but the plans to return them to the units were not always clear.",
    "Some men still arrive frightened and confused. At consultation meetings men said they did not understand why they had been detained or when they would be released, and men on constant supervision told the IMB that they had little to do and few conversations with staff.",
    "Our judgement is that safety is reasonably good.",
)

RESPECT = text(
    "Strengths",
    "Relationships between staff and men are a strength. In the detainee survey 80% of men said most staff treated them with respect, above the 76% comparator, and the IMB described staff as mostly respectful. Living units are clean: cleaning audits averaged 91% last quarter.",
    "Healthcare is available around the clock, with nurses on site 24 hours a day, and men can see a nurse on the day they ask. The mental health team sees every man referred within five working days.",
    "Equality work is well organised. Each protected characteristic has a named lead, detainee representatives attend the monthly equality meeting, and the faith team covers the main faiths.",
    "Weaknesses",
    "Healthcare is the most common subject of complaint (24% of 142 complaints in the last six months), mostly about waits for the GP. Professional interpreting is used at reception but less often on the units, as the IMB noted, and men sometimes interpret for each other.",
    "Complaints are answered on time, with 95% answered within the DSO timescale, but a quality check of 40 responses found 15% did not address the issue raised. Food accounted for 15% of complaints, and men at consultation meetings said the shop was expensive.",
    "Property accounted for 19% of complaints, mostly about items lost between police custody and the centre; we log every claim but do not control what arrives with a man.",
    "We judge respect to be reasonably good.",
)

ACTIVITIES = text(
    "Strengths",
    "On a typical weekday 51% of men take part in education, work, the gym, the library or organised recreation, and only 9% of scheduled sessions were cancelled last quarter. Short courses in English, IT and food hygiene run for two weeks, matched to how long most men stay. The gym and library open until 8pm on four evenings.",
    "The education team works with a local college, and 112 men started a course in the last six months. Activities leaflets are available in 14 languages, and every new arrival is shown the activities areas on his second day.",
    "Weaknesses",
    "Six of the 50 paid roles were vacant at our last count, and men wait 11 days on average for a role. Only 49% of men said there was enough to do, below the 53% comparator, and at consultation meetings men asked for more in the evenings and at weekends.",
    "Men on the induction unit and in separation have the least to do: our snapshot found that only 20% of men on the induction unit had taken part in an activity in their first three days.",
    "Our judgement is that activities are reasonably good.",
)

PREPARATION = text(
    "Strengths",
    "The welfare team sees every new arrival within 48 hours, and volunteers from the visitors' group help men keep in touch with family and find legal advice. Men can use mobile phones without cameras, video calls and supervised internet access every day.",
    "Men facing removal are told what to expect. The welfare team meets every man given removal directions within a day, helps him contact family and gives him information about his country of return. Social visits take place seven days a week, and there were 940 visits last year.",
    "Of the men who left us in the last year, 57% were released into the community, 36% were removed and 7% were transferred to another centre or to prison.",
    "Weaknesses",
    "Releases are not always safe. Last quarter 31 men were released after 6pm, 12 of them without confirmed accommodation, and the IMB raised this in its annual report. Only 46% of men said it was easy to see a lawyer, and the legal advice surgery has a wait of seven working days.",
    "Some men are held for too long: the longest current detention is 203 days, and six men had been held for more than six months at our last snapshot.",
    "Our judgement is that preparation for removal and release is not sufficiently good.",
)

TESTS = {
    "safety": TestAssessment(SAFETY, 3, ("survey", "self_harm", "use_of_force", "rule35")),
    "respect": TestAssessment(RESPECT, 3, ("survey", "complaints", "imb", "consultation")),
    "activities": TestAssessment(ACTIVITIES, 3, ("activities", "survey", "consultation")),
    "preparation": TestAssessment(PREPARATION, 2, ("detention", "imb", "survey")),
}

PRIORITIES = (
    Priority(
        what="Make every release safe, with confirmed accommodation and at a reasonable hour.",
        how_known="Last quarter 31 men were released after 6pm, 12 of them without confirmed accommodation. The IMB raised late releases in its annual report, and men at consultation meetings said they did not know when they would be released.",
        delivering="The Head of Residence leads. Within three months we will agree a protocol with the Home Office team on site under which releases after 5pm need the duty director's agreement, the welfare team will confirm accommodation before a man leaves, and every man released will be offered a travel warrant and a phone. The obstacle is the timing of Home Office decisions, which the protocol will address.",
        success="No more than five men a quarter released after 6pm, and none without confirmed accommodation, measured monthly from the release log and reported to the SMT.",
        targets=(
            Target("Men released after 6pm in a quarter", "31", "5", "Head of Residence", 180),
            Target(
                "Men released without confirmed accommodation in a quarter",
                "12",
                "0",
                "Welfare Manager",
                180,
            ),
        ),
        evidence=("detention", "imb", "consultation"),
    ),
    Priority(
        what="Make sure men at risk are seen quickly by a doctor, including for Rule 35 assessments.",
        how_known="The average wait for a Rule 35 assessment is four days against the contract standard of two, healthcare is the largest category of complaints (24%), and the Home Office returned 14% of Rule 35 reports for poor quality.",
        delivering="The healthcare provider's Head of Healthcare leads, with the Deputy Centre Manager. A fifth GP session each week starts next month, Rule 35 appointments are now booked first, and the GPs will complete refresher training on report writing within three months.",
        success="Rule 35 assessments within two days on average, fewer than 5% of reports returned, and healthcare below 15% of complaints within six months.",
        targets=(
            Target(
                "Average days from request to Rule 35 assessment",
                "4",
                "2",
                "Head of Healthcare",
                120,
            ),
            Target(
                "Rule 35 reports returned for poor quality",
                "14%",
                "5%",
                "Head of Healthcare",
                180,
            ),
        ),
        evidence=("rule35", "complaints"),
    ),
    Priority(
        what="Keep night staff informed and supported, so that standards are the same day and night.",
        how_known="Only 38% of night staff said they felt well informed about changes in the staff survey; at listening sessions night staff said they heard about regime changes at short notice.",
        delivering="The Deputy Centre Manager leads. The duty director now gives a weekly night-shift briefing in person, SMT members each do one night walk-round a week, and night staff have a named detention custody manager for supervision.",
        success="At least 70% of night staff feeling well informed in the quarterly pulse survey within nine months, and 90% of night staff receiving monthly supervision.",
        targets=(
            Target(
                "Night staff who feel well informed about changes",
                "38%",
                "70%",
                "Deputy Centre Manager",
                270,
            ),
        ),
        evidence=("staff_survey", "staff_forum"),
    ),
    Priority(
        what="Give men more to do in the evenings and at weekends, and fill every paid role.",
        how_known="Only 49% of men said there was enough to do, below the 53% comparator; men asked at consultation meetings for more in the evenings and at weekends; 6 of 50 paid roles are vacant and men wait 11 days for one.",
        delivering="The Head of Activities leads. Organised sport and a film club will run on Saturday and Sunday evenings from next month, and security clearance for paid roles will be cut to three working days by running checks at induction.",
        success="At least 60% of men saying there is enough to do in next year's survey, and every paid role filled with a wait of under five days.",
        targets=(
            Target("Paid roles filled", "44 of 50", "50 of 50", "Activities Manager", 150),
            Target(
                "Average wait for a paid role (days)",
                "11",
                "5",
                "Activities Manager",
                150,
            ),
        ),
        evidence=("activities", "survey", "consultation"),
    ),
)

KEY_CONCERNS = (
    Concern(
        "1.4",
        "priority",
        "Detainees were released late at night without accommodation to go to.",
        "Late releases have not fallen enough: 31 men were released after 6pm last quarter, 12 without confirmed accommodation (leavers data). A protocol with the Home Office team is being drafted and is now our first priority.",
        "insufficient",
        ("detention", "imb"),
    ),
    Concern(
        "1.7",
        "key",
        "The quality of ACDT care maps was poor and case reviews did not always include healthcare staff.",
        "The monthly audit now rates 81% of care maps adequate, up from 68%, and healthcare attended 97% of first case reviews. Every unit manager checks three documents a week.",
        "good",
        ("self_harm",),
    ),
    Concern(
        "1.9",
        "key",
        "Body-worn video was not consistently used during use of force incidents.",
        "Body-worn video was recorded in 93% of incidents, up from 71% at the last inspection, and every planned removal was filmed. The weekly panel follows up every incident without footage.",
        "good",
        ("use_of_force",),
    ),
    Concern(
        "1.11",
        "key",
        "Men waited too long to see a GP, including for Rule 35 assessments.",
        "The wait for a Rule 35 assessment fell from six days to four, but it is still twice the contract standard. A fifth GP session each week starts next month.",
        "reasonable",
        ("rule35", "complaints"),
    ),
    Concern(
        "1.13",
        "key",
        "Professional interpreting was not used consistently on residential units.",
        "Telephone interpreting is used at every reception interview, but the IMB and our own observations found men still interpreting for each other on the units. Refresher briefings on interpreting have not yet changed practice.",
        "insufficient",
        ("imb", "consultation"),
    ),
)

CONTENT = CentreContent(
    name="Ashbourne Vale IRC",
    slug="ashbourne-vale",
    operator="Dove Valley Custodial Ltd",
    nation="england",
    capacity=252,
    evidence=EVIDENCE,
    vision=VISION,
    leadership=LEADERSHIP,
    tests=TESTS,
    priorities=PRIORITIES,
    key_concerns=KEY_CONCERNS,
    vision_evidence=("survey", "imb"),
    leadership_evidence=("staff_survey", "staff_forum", "self_harm", "complaints", "imb"),
)
