"""Glenmorrow IRC: a fictional centre in Scotland whose SAR is overdue and only partly written.

Everything here is invented. The builder saves only part of this content: the demo shows a
centre that started its living document months ago and has not finished it.
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
        210,
        "52 men answered (44% of those held). 27% said they felt unsafe on their first night (comparator 24%); 79% said most staff treated them with respect (comparator 76%); 61% said there was enough to do (comparator 53%).",
    ),
    Evidence(
        "self_harm",
        "Self-harm and ACDT data, last 12 months",
        "performance_data",
        "leaders",
        40,
        "58 self-harm incidents (64 the year before); 131 ACDT documents opened; 72% of care maps rated adequate in audit.",
    ),
    Evidence(
        "use_of_force",
        "Use of force data, last 12 months",
        "performance_data",
        "leaders",
        40,
        "49 incidents of force, 11 of them during escorts to hospital or court. Body-worn video recorded in 92% of incidents on site; cameras are not carried on escorts.",
    ),
    Evidence(
        "rule35",
        "Rule 35 reports and outcomes",
        "partner_feedback",
        "partners",
        45,
        "83 Rule 35 reports; 19 (23%) led to release. Reports of torture were the most common kind. The GP attends three days a week, so men wait up to five days for an assessment.",
    ),
    Evidence(
        "detention",
        "Length of detention and leavers data",
        "performance_data",
        "leaders",
        38,
        "Average length of detention 6.1 weeks; longest current detention 214 days. 58% of leavers released, 34% removed, 8% transferred, many of them to centres in England.",
    ),
    Evidence(
        "staff_survey",
        "Staff survey {year}",
        "staff_survey",
        "staff",
        230,
        "49% response rate. 69% feel supported by their line manager; 44% say communication from the SMT is good; 31% say they have enough time to talk to detainees.",
    ),
    Evidence(
        "imb",
        "Independent Monitoring Board annual report {year}",
        "external_scrutiny",
        "partners",
        190,
        "The IMB praised the outdoor space and activities, and was concerned about transfers to England that separated men from family and legal representatives in Scotland.",
    ),
    Evidence(
        "complaints",
        "Complaints analysis, last six months",
        "complaints",
        "detainees",
        50,
        "64 complaints: healthcare 27%, transfers 22%, food 17%. 88% answered within the DSO timescale.",
    ),
)

VISION = text(
    "Glenmorrow is the only immigration removal centre in Scotland, and many of the men we hold have lived in Scottish communities for years. We want Glenmorrow to be a safe, humane centre that keeps men connected to the families, lawyers and communities they came from, and that works as part of Scotland's public services rather than apart from them.",
    "Our ambition is for every man to understand his situation, to have a lawyer and to be able to keep in touch with those who matter to him, and for no man to be moved far from his family without good reason.",
)

LEADERSHIP = text(
    "Senior leaders",
    "The senior management team (SMT) changed substantially this year: the centre manager and two heads of function are new in post. The new team has set out clear priorities, but it is too early to show their effect. Only 44% of staff in the staff survey said communication from the SMT was good, and leaders recognise that staff have not always understood why decisions were made.",
    "Leaders have good relationships with Scottish partners, including the local health board, the legal aid solicitors who run the weekly surgery and the Independent Monitoring Board (IMB). The IMB's annual report praised the outdoor space and activities, but raised transfers to centres in England, which separate men from their families and lawyers. We raise every such transfer with the Home Office, but we have not reduced them.",
    "Middle managers",
    "Middle managers are experienced and know the men well. Their use of data is limited: monthly reports describe activity rather than outcomes, and only the safer custody manager routinely compares our figures with other centres.",
    "First-line managers",
    "First-line managers are supportive, with 69% of staff saying they feel supported by their line manager, but only 31% of staff said they had enough time to talk to detainees, and managers told us that paperwork takes them away from the units.",
)

SAFETY = text(
    "Most men feel safe, but 27% said they felt unsafe on their first night, slightly worse than the 24% comparator. Self-harm fell from 64 to 58 incidents in the year, and 72% of ACDT (Assessment Care in Detention and Teamwork) care maps were rated adequate in our audit.",
    "Force was used 49 times, 11 of them on escorts to hospital or court where body-worn cameras are not carried, so we cannot review those incidents properly. On site, body-worn video was recorded in 92% of incidents.",
    "Rule 35 reports (a doctor's report to the Home Office that a man's health is likely to be harmed by detention) are made, 83 last year, with 19 (23%) leading to release, but men wait up to five days for a GP assessment because the GP attends only three days a week.",
)

RESPECT = text(
    "In the detainee survey 79% of men said most staff treated them with respect, just above the comparator of 76%. Healthcare accounted for 27% of complaints, mostly about waits for the GP.",
    "Food is a recurring concern (17% of complaints), and we have not yet consulted men about the menu this year.",
)

TESTS = {
    "safety": TestAssessment(SAFETY, 3, ("survey", "self_harm", "use_of_force", "rule35")),
    "respect": TestAssessment(RESPECT, 3, ("survey", "complaints")),
    "activities": TestAssessment("", None),
    "preparation": TestAssessment("", None),
}

PRIORITIES = (
    Priority(
        what="Keep men connected to their families, lawyers and communities in Scotland.",
        how_known="22% of complaints in the last six months were about transfers, most of them to centres in England, and the IMB raised the same concern in its annual report. Men transferred lose access to their Scottish solicitors and visits from their families.",
        delivering="The Deputy Centre Manager will agree with the Home Office a protocol under which any proposed transfer to England is reviewed for family and legal ties before it goes ahead, within three months.",
        success="Fewer transfers to England of men with family or a solicitor in Scotland, measured monthly from the transfer log, and fewer complaints about transfers.",
        targets=(
            Target(
                "Complaints about transfers (share of all complaints)",
                "22%",
                "10%",
                "Deputy Centre Manager",
                240,
            ),
        ),
        evidence=("complaints", "imb", "detention"),
    ),
    Priority(
        what="Make sure men who may be at risk are seen quickly by a doctor.",
        how_known="The GP attends only three days a week, so men wait up to five days for a Rule 35 assessment.",
        delivering="",
        success="",
        targets=(),
        evidence=("rule35",),
    ),
)

KEY_CONCERNS = (
    Concern(
        "1.5",
        "priority",
        "Use of force during escorts was not recorded on body-worn video and could not be reviewed.",
        "Cameras are still not carried on escorts. The escort contractor has agreed to trial them on hospital escorts.",
        "insufficient",
        ("use_of_force",),
    ),
    Concern(
        "1.9",
        "key",
        "Detainees waited too long to see a GP, including for Rule 35 assessments.",
        "",
        "",
        ("rule35",),
    ),
    Concern(
        "1.12",
        "key",
        "Detainees were transferred to centres in England without regard to their family and legal ties in Scotland.",
        "",
        "",
        ("complaints", "imb"),
    ),
)

CONTENT = CentreContent(
    name="Glenmorrow IRC",
    slug="glenmorrow",
    operator="Caledon Secure Services Ltd",
    nation="scotland",
    capacity=130,
    evidence=EVIDENCE,
    vision=VISION,
    leadership=LEADERSHIP,
    tests=TESTS,
    priorities=PRIORITIES,
    key_concerns=KEY_CONCERNS,
    vision_evidence=("imb",),
    leadership_evidence=("staff_survey", "imb"),
)
