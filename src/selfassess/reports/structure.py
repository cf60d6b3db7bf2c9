"""The shape of a SAR as the inspectorate's template sets it out (seed 000)."""

from dataclasses import dataclass

from django.db import models

MAX_PRIORITIES = 6


class SectionKey(models.TextChoices):
    VISION = "vision", "Vision"
    LEADERSHIP = "leadership", "Leadership"
    TESTS = "tests", "Healthy establishment tests"
    PRIORITIES = "priorities", "Main priorities for the next year"
    KEY_CONCERNS = "key_concerns", "Progress against key concerns"


@dataclass(frozen=True)
class SectionSpec:
    key: str
    number: int
    title: str
    word_limit: int | None
    guidance: str


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(
        SectionKey.VISION,
        1,
        "Vision",
        None,
        "Describe your overarching vision for the future of the centre: where you plan to "
        "take it, why some issues are prioritised over others, and the extent of your ambition.",
    ),
    SectionSpec(
        SectionKey.LEADERSHIP,
        2,
        "Leadership",
        750,
        "Your assessment of the strengths and weaknesses of leadership in the centre, including "
        "senior, middle and first-line leaders. Where your assessment is based on data, such as "
        "feedback from staff and detainees, surveys or previous inspections, say so. Say how you "
        "are improving leadership, including support and supervision, access to well-being "
        "support and development opportunities for leaders.",
    ),
    SectionSpec(
        SectionKey.TESTS,
        3,
        "Healthy establishment tests",
        3000,
        "Your assessment of the centre's current performance in outcomes for detainees in the "
        "four healthy establishment tests. Highlight strengths and weaknesses, distil the main "
        "themes and evidence them with performance data wherever possible.",
    ),
    SectionSpec(
        SectionKey.PRIORITIES,
        4,
        "Main priorities for the next year",
        None,
        "Up to six main priorities for your centre. For each, say what it is, how you know it "
        "is a priority, how you are delivering it and how you will know you have succeeded.",
    ),
    SectionSpec(
        SectionKey.KEY_CONCERNS,
        5,
        "Progress against key concerns",
        None,
        "Your assessment of the progress made against the key concerns (or main "
        "recommendations) from your last full inspection, supported by data and clear "
        "evidence. Leave this section empty if there were none.",
    ),
)
SECTIONS_BY_KEY = {spec.key: spec for spec in SECTIONS}


class HealthyTest(models.TextChoices):
    SAFETY = "safety", "Safety"
    RESPECT = "respect", "Respect"
    ACTIVITIES = "activities", "Activities"
    PREPARATION = "preparation", "Preparation for removal and release"


TEST_OUTCOMES = {
    HealthyTest.SAFETY: "Detainees are held in safety and with due regard to the insecurity "
    "of their position.",
    HealthyTest.RESPECT: "Detainees are treated with respect for their human dignity and the "
    "circumstances of their detention.",
    HealthyTest.ACTIVITIES: "The centre encourages activities and provides facilities to "
    "preserve and promote detainees' mental and physical well-being.",
    HealthyTest.PREPARATION: "Detainees can keep contact with family, friends, support groups, "
    "legal representatives and advisers, get information about their country of origin, are "
    "prepared for release, transfer or removal, and keep or recover their property.",
}


class Rating(models.IntegerChoices):
    GOOD = 4, "Good"
    REASONABLY_GOOD = 3, "Reasonably good"
    NOT_SUFFICIENTLY_GOOD = 2, "Not sufficiently good"
    POOR = 1, "Poor"


class ConcernKind(models.TextChoices):
    PRIORITY = "priority", "Priority concern"
    KEY = "key", "Key concern"
    RECOMMENDATION = "recommendation", "Recommendation"


class Progress(models.TextChoices):
    GOOD = "good", "Good progress"
    REASONABLE = "reasonable", "Reasonable progress"
    INSUFFICIENT = "insufficient", "Insufficient progress"
    NONE = "none", "No meaningful progress"


PRIORITY_QUESTIONS = {
    "what": ("i. What is the priority?", "State what you want to achieve in a few words."),
    "how_known": (
        "ii. How do you know that this is a priority?",
        "A clear analysis of the problem backed up with data: historical and current rates, "
        "comparison with other centres, surveys, complaints and scrutiny.",
    ),
    "delivering": (
        "iii. How are you delivering this priority?",
        "Your plan, with clear targets, owners and timescales, the obstacles to delivery and "
        "how you will overcome them.",
    ),
    "success": (
        "iv. How will you know you have succeeded?",
        "The benchmark for success, the targets and metrics you will use, and by when.",
    ),
}
