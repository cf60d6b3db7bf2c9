"""Hatherleigh House IRC: a fictional men's centre near Gatwick, with a fully written SAR.

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
        41,
        "118 men answered (29% of those held). 31% said they felt unsafe on their first night, against a comparator of 24% for other men's centres (39% at the last inspection). 71% said most staff treated them with respect (comparator 76%); 44% said there was enough to do (comparator 53%).",
    ),
    Evidence(
        "self_harm",
        "Self-harm and ACDT data, last 12 months",
        "performance_data",
        "leaders",
        12,
        "212 self-harm incidents, down from 263 in the previous 12 months; none life-threatening. 388 ACDT documents opened. Monthly quality audit: 64% of care maps adequate; 94% of sampled case reviews had a healthcare representative.",
    ),
    Evidence(
        "use_of_force",
        "Use of force data and review panel findings, last 12 months",
        "performance_data",
        "leaders",
        12,
        "173 incidents of force, down from 219 at the last inspection. Body-worn video recorded in 86% of incidents (58% at the last inspection). 78% of forms completed within 72 hours. Men from two nationality groups involved in a disproportionate share of incidents.",
    ),
    Evidence(
        "rule35",
        "Rule 35 reports and outcomes, healthcare quarterly report",
        "partner_feedback",
        "partners",
        20,
        "264 Rule 35 reports in the year; 71 (27%) led to release, compared with 15% at the last inspection. 9% returned by the Home Office for poor quality (24% before). Average wait from request to GP appointment six days.",
        added_by="contributor",
    ),
    Evidence(
        "detention",
        "Length of detention and leavers data",
        "performance_data",
        "leaders",
        9,
        "Average length of detention 5.2 weeks; longest current detention 287 days; 11 men held for more than six months at the snapshot. Of leavers in the last year, 62% were released into the community, 31% removed and 7% transferred.",
    ),
    Evidence(
        "staff_survey",
        "Staff survey {year}",
        "staff_survey",
        "staff",
        95,
        "58% response rate. 71% understand the centre's priorities (55% two years ago); 64% feel supported by their line manager (52%); 41% see a member of the SMT on their unit at least weekly; 47% receive regular supervision.",
    ),
    Evidence(
        "imb",
        "Independent Monitoring Board annual report {year}",
        "external_scrutiny",
        "partners",
        150,
        "The IMB found residential staff mostly courteous and patient, but raised concerns about the noise and lack of information on the induction unit, property lost on transfer and men being released late in the day without confirmed accommodation.",
    ),
    Evidence(
        "complaints",
        "Complaints analysis, last six months",
        "complaints",
        "detainees",
        16,
        "296 complaints: property 34%, food 14%, healthcare 12%, staff behaviour 4% (11 complaints). 91% answered within the DSO timescale; a quality check of 60 responses found 22% did not address the issue raised.",
    ),
    Evidence(
        "staffing",
        "Staffing, vacancy and turnover figures",
        "performance_data",
        "leaders",
        7,
        "27 of 192 detainee custody officer posts vacant (14%). 23% of new officers leave within 12 months. 14 of 31 detention custody managers have less than two years in the role; 9 have completed the first-line leadership programme.",
    ),
    Evidence(
        "activities",
        "Purposeful activity snapshot and session cancellations",
        "observation",
        "leaders",
        14,
        "On a typical weekday 38% of men were in education, work, gym, library or organised recreation. 17% of scheduled education and gym sessions were cancelled last quarter, mostly because staff were redeployed. 63 of 80 paid roles filled.",
    ),
    Evidence(
        "welfare",
        "Welfare team and legal advice surgery data",
        "partner_feedback",
        "partners",
        22,
        "1,140 welfare contacts last quarter, with volunteers from the visitors' charity. Every new arrival seen within 48 hours. Average wait for the legal advice surgery eight working days. 23 men released after 6pm last quarter, nine without confirmed accommodation.",
        added_by="contributor",
    ),
    Evidence(
        "consultation",
        "Detainee consultation meeting minutes, last quarter",
        "documentation",
        "detainees",
        25,
        "Monthly meetings with unit representatives. Recurring issues: not understanding why they were detained, noise on the induction unit, food portions, the tone of some night staff, and not knowing what is in their ACDT care map.",
    ),
)

VISION = text(
    "Hatherleigh House should be a place where men are held safely and decently for the shortest time possible, where they are treated as people whose lives will carry on after they leave us, and where everyone who works here understands that immigration detention is not a punishment.",
    "Our ambition over the next three years is for Hatherleigh House to be judged reasonably good or better against all four healthy establishment tests, and for detainees to tell us so themselves. We are not there yet: our own assessment is that activities are not sufficiently good, and too many men still arrive frightened and unsure what will happen to them.",
    "We have chosen to focus first on what matters most to a man's safety and well-being in his first days with us: a calm and quick reception, a first night in which he is checked on and listened to, and staff who recognise vulnerability early and report it through Rule 35 of the Detention Centre Rules (a doctor's report to the Home Office where a detainee's health is likely to be harmed by continued detention). Next, we want every man to have something meaningful to do each day, because idleness feeds anxiety, self-harm and conflict.",
    "None of this is possible without a stable, well-trained and well-led staff group. We want to grow our own first-line managers, keep new officers beyond their first year and make sure leaders are seen on the residential units every day. We will keep working openly with our partners, including the healthcare provider, the Independent Monitoring Board (IMB), the welfare and legal advice charities and the Home Office, and we will use their challenge and detainees' views to check whether we are really improving.",
)

LEADERSHIP_DRAFT_END = "How we are improving leadership"

LEADERSHIP = text(
    "Senior leaders",
    "The senior management team (SMT) of nine has been stable for 18 months, and the centre manager and deputy were both in post before the last full inspection. Leaders know the centre's weaknesses: our detainee survey, incident data and the IMB annual report all point to the same problems with first-night safety, oversight of use of force and activities, and those are our priorities. Staff recognise this: in the staff survey, 71% said they understood the centre's priorities, up from 55% two years ago.",
    "Senior leaders are not yet visible enough. Only 41% of staff in the survey said they saw a member of the SMT on their unit at least once a week, and detainees made the same point at consultation meetings. Each SMT member now has two protected residential walk-rounds a week, logged on the duty rota; the log shows 83% of planned walk-rounds took place last quarter.",
    "Our use of data has improved but is uneven. The monthly safety and respect meeting now reviews self-harm, use of force, complaints and Rule 35 data together, broken down by nationality, age and religion, and this is how we found that men from two nationality groups were over-represented in use of force. We do not yet analyse activities data in the same way.",
    "Middle managers",
    "Heads of function and residential unit managers are experienced; most have worked at the centre for more than five years. Their strength is operational grip: 96% of routine safety and security checks were completed on time last quarter. Their weakness is quality assurance. Our audit of ACDT documents (Assessment Care in Detention and Teamwork, the case management process for detainees at risk of self-harm) found only 64% of care maps adequate, and managers had signed off many of the weaker ones. Each unit manager now checks five ACDT documents a week, and the safer custody manager reviews their checks.",
    "Complaint handling is another gap. A quality check of 60 responses found that 22% did not address the issue the detainee had raised, although 91% were answered within the timescale set by the Detention Services Order (DSO, the Home Office's operating instructions for centres). Unit managers now receive feedback on every response we return to them.",
    "First-line managers",
    "Our 31 detention custody managers lead each shift and are the leaders that detainees and officers see most. Many were promoted quickly during a period of high turnover: 14 have less than two years in the role, and only nine have completed our first-line leadership programme. In the staff survey, 64% of officers said they felt supported by their line manager, up from 52%, but only 47% said they received regular supervision. SMT observations found first-line managers confident in managing incidents but less confident in challenging poor behaviour by colleagues, which matches what detainees told the IMB about the tone of some night staff.",
    "How we are improving leadership",
    "All 31 detention custody managers will complete the leadership programme within a year, with places booked for the next three cohorts. Monthly one-to-one supervision is now expected for every manager and recorded on the HR system; 68% took place last quarter and the deputy centre manager follows up the rest. Reflective practice sessions, run with the healthcare provider's psychologist, are open to all leaders after serious incidents.",
    "Well-being support includes the employee assistance programme, trained peer supporters on every shift and a debrief after every serious incident; 79% of staff involved in a serious incident last quarter had a debrief within 72 hours. Two unit managers are on a national leadership course, and one first-line manager is shadowing the deputy centre manager for six months.",
    "Staffing pressures limit what leaders can do. A vacancy rate of 14% among detainee custody officers means managers are often drawn into covering posts rather than supervising, which is why recruitment and retention is one of our five priorities.",
)

SAFETY = text(
    "Strengths",
    "Most men arrive from police stations, prisons or the airport holding rooms, often late at night. Reception is now quicker: the average time from arrival to reaching a residential unit was 2 hours 10 minutes last quarter, down from 3 hours 40 minutes at the last inspection, and the share of men waiting more than four hours fell from 27% to 9%. Every new arrival has a private interview with an officer and a nurse, and a first-night officer checks on him at least hourly.",
    "Recorded self-harm has fallen: 212 incidents in the last 12 months compared with 263 in the year before, and none caused a life-threatening injury. Staff are identifying risk, with 388 ACDT documents opened, and 94% of the case reviews we sampled included a member of the healthcare team.",
    "Violence is relatively low for a centre of our size: 46 assaults on detainees and 19 on staff in the last 12 months, 12% fewer than the year before. The weekly safety intervention meeting tracks every man on an ACDT, a violence reduction plan or with concerns about debt or bullying.",
    "Use of force fell from 219 incidents at the last inspection to 173, and body-worn video was recorded in 86% of incidents, up from 58%. Every planned removal is filmed and the footage reviewed by the weekly use of force panel.",
    "Separation is used less and for shorter periods. Men were removed from association 58 times in the last year, compared with 81 the year before, and the average stay in the separation unit fell from 31 hours to 19. Each use is reviewed by a member of the SMT and a nurse within the first hour.",
    "Rule 35 reports are of better quality. Healthcare completed 264 reports in the last year and 71 (27%) led to a man's release, compared with 15% at the last inspection. The Home Office returned 9% of reports for poor quality, down from 24%.",
    "Weaknesses",
    "Too many men still feel unsafe when they arrive. In our detainee survey, 31% said they felt unsafe on their first night, worse than the 24% comparator for other men's centres, although better than the 39% at the last inspection. In interviews men linked this to not knowing why they had been detained, the noise on the induction unit and having nobody to talk to in their own language.",
    "The quality of ACDT case management is not good enough. Our audit rated only 64% of care maps adequate; too many set generic actions such as 'engage with staff', and contact with men on open documents was often brief and recorded as a check rather than a conversation.",
    "Use of force remains high despite the fall, and men from two nationality groups were involved in a disproportionate share of incidents; we do not yet understand why. Paperwork is often late: only 78% of use of force forms were completed within 72 hours, which weakens oversight.",
    "Men wait too long to see a doctor for a Rule 35 assessment: six days on average from request to appointment, against our own target of two, because of unfilled GP sessions.",
    "Our judgement is that safety is reasonably good, with clear weaknesses in the first days in detention and in ACDT care.",
)

RESPECT = text(
    "Strengths",
    "Relationships between staff and detainees are mostly good. In the detainee survey, 71% of men said most staff treated them with respect, below the comparator of 76% but up from 63% at the last inspection. The IMB's annual report described residential staff as mostly courteous and patient, and our own observations of unit routines support this.",
    "Living conditions have improved. A refurbishment completed this year replaced the showers on three of the five residential units, and 88% of men said they could shower every day. Cleaning audits of residential units scored an average of 87% last quarter.",
    "Equality work is better organised. The monthly equality meeting reviews use of force, complaints, work allocation and separation data by nationality, religion, age and disability, and detainee equality representatives attend. This analysis led us to change how paid work is allocated after we found that men from some nationality groups were under-represented in the better-paid roles.",
    "Faith provision is a strength. The chaplaincy team covers the main faiths, and 84% of men said they could attend religious services.",
    "Healthcare is provided by our healthcare partner, with nurses on site 24 hours a day. Men can see a nurse on the day they ask, and 82% of men in the survey said the quality of nursing care was good.",
    "Weaknesses",
    "Some staff use language that is dismissive or over-familiar. Eleven of the 296 complaints in the last six months were about staff behaviour, and unit representatives at consultation meetings described inconsistent attitudes, particularly on night shifts. Only 52% of men said there was a member of staff they could turn to with a problem.",
    "Professional interpreting is underused. Telephone interpreting was used 146 times last quarter, but our observations found officers relying on other detainees to interpret in conversations about property, health and complaints, which is not appropriate.",
    "Complaints are answered on time but not always well: 91% received a response within the DSO timescale, but our quality check found 22% of responses did not address the issue raised.",
    "Access to a GP and to mental health care is slower than it should be. The wait for a routine GP appointment averaged six days, and two GP sessions a week were unfilled for most of the year. The mental health team's caseload rose by a third, and 38% of men in the survey said they had a mental health problem.",
    "Food is a common complaint: 39% of men said the food was good, below the 45% comparator, and food accounted for 14% of complaints.",
    "We judge respect to be reasonably good: relationships and living conditions are decent for most men, but staff behaviour needs to be more consistent, interpreters must be used routinely and health care must be quicker to reach.",
)

ACTIVITIES = text(
    "Strengths",
    "The library, gym and multi-faith centre are well used. Library visits averaged 610 a month, and 210 different men used the gym each month. The education team offers English, information technology, art and barbering, and 148 men started a course in the last six months.",
    "Men value the outdoor areas. Each residential unit has its own exercise yard open from 8am to 8pm, and the sports field is used for football five days a week in good weather. The art room's exhibition of detainees' work, chosen by the men themselves, is displayed in the visits hall, and 37 men took part in the summer arts week.",
    "Paid work is available to a fair number of men: there are 80 paid roles, including cleaners, servery workers, library orderlies, peer mentors and equality representatives. The revised allocation panel has made the process fairer, and waiting lists are now published on every unit.",
    "Weaknesses",
    "Too few men take part in purposeful activity. Our monthly snapshot found only 38% of men in education, work, the gym, the library or organised recreation on a typical weekday; the rest were on their units with little to do but watch television or play pool. In the detainee survey, 44% said there was enough to do to fill their time, compared with 53% at similar centres.",
    "Activity sessions are cancelled too often. Redeploying staff to cover escorts and constant supervision meant 17% of scheduled education and gym sessions were cancelled last quarter. Evening and weekend provision is thin: the library closes at 5pm and there are no organised activities on Sundays.",
    "Only 63 of the 80 paid roles were filled at our last count, because security clearance for new workers takes up to three weeks.",
    "What we offer is not well matched to the men we hold. Most men stay for a few weeks, yet our courses run for six to eight weeks and few men complete them. There is no short accredited course, and the activities leaflet is available in only four languages.",
    "Men on the induction unit, in separation or on constant supervision have the least access to activity. Our snapshot found that only 12% of men on the induction unit had left it for an activity in their first three days, and men held in separation were offered only time in the yard and a daily visit from the chaplaincy.",
    "We have not done enough to find out what men want to do. The last activities consultation was more than a year ago, and the IMB noted that men on the induction unit were not shown the activities areas.",
    "Our judgement is that activities are not sufficiently good.",
)

PREPARATION = text(
    "Strengths",
    "Welfare support is good. The welfare team and volunteers from the visitors' charity had 1,140 contacts with men last quarter, helping with legal representation, property, money and plans for release or removal. Every new arrival is seen by the welfare team within 48 hours.",
    "Men can keep in touch with family and friends. Every room has a telephone, there are 24 computers with supervised internet access and video calling, and social visits take place seven days a week. In the detainee survey, 79% said it was easy to use the telephone.",
    "A legal advice surgery runs weekly, and the welfare team helps men find a legal representative. Of the men who left us in the last year, 62% were released into the community, 31% were removed from the UK and 7% were transferred to another centre or to prison. Men being released get help to plan where they will stay, and the welfare team refers them to charities for accommodation.",
    "Men facing removal are told what to expect. The welfare team meets every man given removal directions within a day, helps him contact family, and gives him information about his country of return from the charity's country guides, which cover 40 countries. Men on charter flights are offered a phone call and time to collect their property before they leave the unit, and the IMB observes a sample of charter removals.",
    "Visits are well organised and welcoming. There were 1,620 social visits last year; the visits hall has a children's area staffed by volunteers, and visitors told the visitors' charity that booking was simple. Men can have a visit on the day of arrival if family can travel.",
    "Weaknesses",
    "The wait for the legal advice surgery is too long, at eight working days on average, and 34% of men in the survey said they did not have a lawyer.",
    "Some men are held for a long time. The average length of detention was 5.2 weeks, but the longest current detention was 287 days and 11 men had been held for more than six months at our last snapshot. The centre does not decide how long a man is detained, but we have not always pressed the Home Office hard enough where continued detention appeared to be harming a man's health.",
    "Property remains a significant problem. Property accounted for 34% of complaints, most often about items lost between police custody, prisons and the centre, and men removed at short notice sometimes leave without all their belongings.",
    "Releases are not always safe. Last quarter 23 men were released after 6pm, nine of them without confirmed accommodation, and we do not consistently know where released men go.",
    "We judge preparation for removal and release to be reasonably good, but the long detentions, property losses and late releases need sustained work with the Home Office and escort contractor.",
)

TESTS = {
    "safety": TestAssessment(SAFETY, 3, ("survey", "self_harm", "use_of_force", "rule35")),
    "respect": TestAssessment(RESPECT, 3, ("survey", "complaints", "imb", "consultation")),
    "activities": TestAssessment(ACTIVITIES, 2, ("activities", "survey")),
    "preparation": TestAssessment(PREPARATION, 3, ("detention", "welfare", "complaints", "imb")),
}

PRIORITIES = (
    Priority(
        what="Make men's first days at the centre safer and less frightening, especially the first night.",
        how_known="In our detainee survey, 31% of men said they felt unsafe on their first night, compared with 24% at other men's centres. That is better than the 39% at the last inspection but is still our weakest safety result. Men told us in interviews and at consultation meetings that they did not understand why they had been detained, had nobody to talk to in their own language and found the induction unit noisy; the IMB's annual report raised the same points. Reception data show 9% of men still wait more than four hours before reaching a residential unit.",
        delivering="The Head of Residential and Safer Custody leads this priority and reports on it monthly to the SMT. Within three months we will move induction to the quieter unit 1, have a trained peer mentor meet every new arrival, use telephone interpreting for every reception interview with a man who does not speak English well, and give every man an induction booklet in the 12 languages most spoken in the centre. The reception manager has rearranged shifts so that two officers are on duty between 8pm and 2am, when most men arrive. The main obstacle is night staffing; reception posts are now first in line when new officers are deployed.",
        success="The share of men who say they felt unsafe on their first night falls to 22% or less in next year's survey, and fewer than 2% of men wait more than four hours in reception. Between surveys we will track progress monthly with a short questionnaire given to men on their third day, aiming for 80% to say they felt safe, and review reception times at the monthly safety meeting.",
        targets=(
            Target(
                "Men who felt unsafe on their first night (detainee survey)",
                "31%",
                "22%",
                "Head of Residential and Safer Custody",
                300,
            ),
            Target(
                "Men waiting more than four hours in reception",
                "9%",
                "2%",
                "Reception Manager",
                120,
            ),
        ),
        evidence=("survey", "consultation", "imb"),
    ),
    Priority(
        what="Improve care for men at risk of self-harm by raising the quality of ACDT case management.",
        how_known="Self-harm fell from 263 incidents to 212 in the last year but is still the most common serious incident in the centre. Our monthly audit rated only 64% of ACDT care maps adequate, and managers had signed off many weak ones. The healthcare provider's mental health team and the IMB both told us that contact with men on open documents is too often brief, and men on ACDT told us at consultation meetings that they did not know what their care map said.",
        delivering="The Safer Custody Manager leads. All 31 detention custody managers are being trained as ACDT case managers, with the last group booked within four months. Each unit manager checks five documents a week, and the Safer Custody Manager reviews their checks monthly. The mental health team now attends every first case review. A dedicated weekday ACDT case manager post has been created by holding one administrative vacancy. The obstacle is cover: case reviews are sometimes rescheduled when staff are redeployed, so every late review is now reported to the duty director the same day.",
        success="At least 90% of care maps rated adequate in the monthly audit within six months, and the monthly average of self-harm incidents (17.7 over the last three months) down to 13 within a year. Each month we will ask a sample of men on open documents whether they know what is in their care map, aiming for all of them to say yes. The Safer Custody Manager reports these measures to the monthly safety meeting.",
        targets=(
            Target(
                "ACDT care maps rated adequate in the monthly audit",
                "64%",
                "90%",
                "Safer Custody Manager",
                180,
            ),
            Target(
                "Self-harm incidents a month (rolling three-month average)",
                "17.7",
                "13",
                "Head of Residential and Safer Custody",
                365,
            ),
        ),
        evidence=("self_harm", "consultation"),
    ),
    Priority(
        what="Reduce the use of force and make sure every use is justified, proportionate and properly overseen.",
        how_known="Force was used 173 times in the last 12 months: fewer than the 219 at the last inspection, which made this a priority concern, but still high for a centre of our size. Body-worn video was not recorded in one incident in seven, only 78% of forms were completed within 72 hours, and our equality analysis found men from two nationality groups were involved in a disproportionate share of incidents.",
        delivering="The Head of Security chairs a weekly panel that reviews the footage and paperwork of every incident. Officers who do not switch on their camera are spoken to by their manager, and repeated failures lead to formal action. The Use of Force Coordinator chases outstanding forms daily and reports overdue forms to the duty director. All officers will complete de-escalation refresher training within six months; 41% have done so. The equality manager is reviewing the nationality findings with detainee equality representatives to understand the causes before the next quarterly report.",
        success="Body-worn video recorded in at least 98% of incidents within three months; 95% of forms completed within 72 hours within six months; fewer than 140 incidents in the next 12 months; and no nationality group over-represented in use of force in two consecutive quarters. We will publish the quarterly figures at detainee consultation meetings.",
        targets=(
            Target(
                "Use of force incidents with body-worn video recorded",
                "86%",
                "98%",
                "Head of Security",
                90,
            ),
            Target(
                "Use of force forms completed within 72 hours",
                "78%",
                "95%",
                "Use of Force Coordinator",
                180,
            ),
            Target(
                "Use of force incidents in 12 months",
                "173",
                "fewer than 140",
                "Head of Security",
                365,
            ),
        ),
        evidence=("use_of_force",),
    ),
    Priority(
        what="Give every man meaningful things to do every day.",
        how_known="Only 38% of men take part in purposeful activity on a typical weekday. In the detainee survey 44% said there was enough to do, compared with 53% at similar centres, and 17% of scheduled education and gym sessions were cancelled last quarter. Only 63 of 80 paid roles are filled. We rate activities as not sufficiently good.",
        delivering="The Head of Activities leads. Activities staff will be redeployed only in an emergency, with the duty director's approval, from next month. Within three months the library and gym will open until 8pm on three evenings, and organised sport and events will run on Sundays. By the end of the year we will introduce one- and two-week accredited courses in English and information technology, matched to how long men stay. Security clearance for paid work will be cut from three weeks to five working days. Detainee representatives will be consulted on activities every quarter. If staffing does not improve, we will extend the volunteer programme run with the visitors' charity.",
        success="At least 55% of men in purposeful activity on a typical weekday within nine months, 76 of the 80 paid roles filled, fewer than 5% of sessions cancelled, and the survey result for 'enough to do' at or above the comparator next year.",
        targets=(
            Target(
                "Men in purposeful activity on a typical weekday (monthly snapshot)",
                "38%",
                "55%",
                "Head of Activities",
                270,
            ),
            Target("Paid work roles filled", "63 of 80", "76 of 80", "Activities Manager", 180),
        ),
        evidence=("activities", "survey"),
    ),
    Priority(
        what="Recruit, keep and develop enough skilled staff, especially detainee custody officers and first-line managers.",
        how_known="27 of 192 detainee custody officer posts are vacant (14%), and 23% of new officers leave within a year. Covering vacancies is the main reason activity sessions are cancelled and first-line managers are drawn away from supervising staff. In the staff survey only 47% said they received regular supervision, and 14 of our 31 detention custody managers have less than two years in the role.",
        delivering="The Head of Human Resources runs three recruitment intakes a year, with a buddy for every new officer and stay interviews at three and six months; leavers' reasons are analysed each quarter. The Deputy Centre Manager leads the first-line leadership programme, with the remaining 22 managers booked on the next three cohorts. The obstacle is competition for staff from airport employers; the contractor has agreed a higher starting salary from the next intake, and we now advertise flexible shift patterns.",
        success="The officer vacancy rate at 6% or less and fewer than 15% of new officers leaving in their first year, both within 12 months; all 31 detention custody managers through the leadership programme within a year; and at least 80% of staff saying they receive regular supervision in the next staff survey.",
        targets=(
            Target(
                "Detainee custody officer vacancy rate",
                "14%",
                "6%",
                "Head of Human Resources",
                365,
            ),
            Target(
                "New officers leaving within 12 months",
                "23%",
                "15%",
                "Head of Human Resources",
                365,
            ),
            Target(
                "Detention custody managers who have completed the leadership programme",
                "9 of 31",
                "31 of 31",
                "Deputy Centre Manager",
                365,
            ),
        ),
        evidence=("staffing", "staff_survey"),
    ),
)

PRIORITY_2_UPDATE = " Update since our submission: the first monthly audit since the ACDT case manager started rated 71% of care maps adequate, up from 64%."

KEY_CONCERNS = (
    Concern(
        "1.8",
        "priority",
        "Too many detainees said they felt unsafe on their first night, and reception was slow: some detainees waited more than four hours before reaching a residential unit.",
        "The average time from arrival to a residential unit fell from 3 hours 40 minutes to 2 hours 10 minutes, and the share of men waiting more than four hours from 27% to 9% (reception data, last quarter). Every arrival now has a private interview and hourly first-night checks. The share of men who felt unsafe on their first night fell from 39% to 31% in our detainee survey, but this is still worse than the 24% comparator, so this remains our first priority.",
        "reasonable",
        ("survey",),
    ),
    Concern(
        "1.9",
        "priority",
        "Rule 35 reports were often poor and did not lead to appropriate protection for vulnerable detainees.",
        "All GPs have been trained in writing Rule 35 reports, with a template agreed with the Home Office, and the healthcare provider audits a sample every month. Of 264 reports in the last year, 71 (27%) led to release, compared with 15% at the last inspection, and the Home Office returned 9% for poor quality, down from 24% (healthcare quarterly report). Waits for a GP assessment are still too long at six days.",
        "good",
        ("rule35",),
    ),
    Concern(
        "1.10",
        "priority",
        "Use of force was high and oversight was weak: body-worn cameras were often not switched on and documentation was incomplete.",
        "Incidents fell from 219 to 173 a year and body-worn video was recorded in 86% of incidents, up from 58%. A weekly review panel now examines every incident. But one incident in seven is still not filmed, only 78% of forms are completed within 72 hours, and men from two nationality groups are over-represented, so this remains a priority.",
        "reasonable",
        ("use_of_force",),
    ),
    Concern(
        "1.11",
        "key",
        "Detainees had too little to do: activity areas were often closed and paid work was not allocated fairly.",
        "Work allocation is fairer: a panel now allocates roles, waiting lists are published and the equality meeting checks allocation by nationality. But only 38% of men are in purposeful activity on a typical weekday, much the same as at the last inspection, and 17% of sessions were cancelled last quarter (activities snapshot). We have not made enough difference to men's days.",
        "insufficient",
        ("activities", "survey"),
    ),
    Concern(
        "1.12",
        "key",
        "Some detainees were held for very long periods, and leaders did not have an effective overview of those held for more than three months.",
        "The SMT now reviews every man held for more than three months at a monthly meeting with the Home Office team on site, and escalates cases where detention appears to be harming health. The average length of detention is 5.2 weeks and 62% of leavers were released. However, the longest current detention is 287 days and 11 men have been held for more than six months (leavers data), and our escalations have not yet led to consistently quicker decisions.",
        "insufficient",
        ("detention",),
    ),
    Concern(
        "1.13",
        "key",
        "Detainees' property was frequently lost on transfer, and property complaints were not resolved promptly.",
        "We have not made meaningful progress. Property still accounts for 34% of complaints (complaints analysis, last six months), and the IMB raised it again in its annual report. A property review with the escort contractor began three months ago but has not yet changed outcomes; the Head of Residential and Safer Custody reports on it monthly to the SMT.",
        "none",
        ("complaints", "imb"),
    ),
)

CONTENT = CentreContent(
    name="Hatherleigh House IRC",
    slug="hatherleigh-house",
    operator="Weald Custodial Services Ltd",
    nation="england",
    capacity=448,
    evidence=EVIDENCE,
    vision=VISION,
    leadership=LEADERSHIP,
    tests=TESTS,
    priorities=PRIORITIES,
    key_concerns=KEY_CONCERNS,
    vision_evidence=("survey", "imb"),
    leadership_evidence=("staff_survey", "survey", "self_harm", "complaints", "staffing", "imb"),
    notes={"tests_comment": "", "priority_2_update": PRIORITY_2_UPDATE},
)
