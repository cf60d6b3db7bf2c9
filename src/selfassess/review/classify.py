"""Label one sentence: the review's public contract (PRODUCT.md, "Sentence labels").

Deterministic rules over curated patterns and lexicons: each label is a small function that
can be read, tested and explained to a user ("this sentence says 'we will', so it is a plan").
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from selfassess.review import personal
from selfassess.review.lexicon import INDICATOR_CUES, TEST_CUES
from selfassess.review.text import tokens

EXPECTATIONS = {
    "1": "direction",
    "2": "engagement",
    "3": "enabling",
    "4": "continuous_improvement",
}
TESTS = ("safety", "respect", "activities", "preparation")
_I = re.IGNORECASE

# --- aspirational -----------------------------------------------------------------------
_WE = r"(?:we|i|the centre|the team|leaders|managers|the smt|senior leaders|the leadership team|our team|management|the service|the provider|the contractor|the centre manager|the head of \w+|this centre|everyone)"
_ASPIRATIONAL = re.compile(
    r"\b(?:will|shall|won't)\b(?!\s+have\s+been\b)|\b\w+'ll\b"
    rf"|\b{_WE}\s+(?:\w+\s+)?(?:aim|aims|intend|intends|plan|plans|hope|hopes|want|wants|wish|"
    r"aspire|aspires|expect|expects|seek|seeks|propose|proposes|envisage|envisages|would like|"
    r"need|needs|must|are determined|are keen|are committed|is committed|am committed|"
    r"are working|is working|look forward|are looking forward)\s+(?:to|for|that)\b"
    r"|\b(?:are|is|am|remain|remains)\s+(?:going|planning|aiming|intending|hoping|looking|seeking|"
    r"preparing|committed|determined|due|scheduled|set|expected|about|planned|intended)\s+to\b"
    r"|\b(?:our|the|my|a|an|their|its)\s+(?:\w+\s+)?(?:ambition|aim|aspiration|vision|intention|"
    r"goal|objective|commitment|hope|mission|plan|target|aspiration)s?\s+(?:is|are|remains|for\s+"
    r"\w+\s+is)\s+(?:to|that|for|a|an|one)\b"
    r"|\bour\s+(?:ambition|aspiration|vision|goal|mission|aim|intention|commitment)\b"
    r"|\b(?:going forward|in the coming (?:months|year|weeks)|in future|in the future|over the "
    r"next (?:\w+\s+)?(?:months|year|years|quarter)|next (?:year|month|quarter|financial year)|"
    r"from next|by the end of (?:the )?(?:year|next|this)|aim to|aims to|aiming to|intention is|"
    r"the intention|with a view to|in order to achieve|will be|to be (?:completed|introduced|"
    r"delivered|in place|rolled out|launched|reviewed|achieved|implemented|recruited|appointed|"
    r"trained|refurbished|opened|agreed|published|extended|expanded|piloted)|once (?:funding|"
    r"approved|agreed|recruited)|subject to (?:funding|approval))\b"
    r"|^(?:to|target:|aim:|objective:|goal:)\s"
    r"|^(?:improve|reduce|increase|ensure|develop|deliver|embed|strengthen|introduce|establish|"
    r"achieve|raise|cut|expand|create|build|implement|recruit|provide|enhance|maintain|promote|"
    r"extend|review|refurbish|roll out|reinstate|eliminate|halve|double|minimise|maximise|"
    r"better|make|tackle|address|support|enable|secure|open|launch|invest|upgrade)\b",
    _I,
)
_NOT_FUTURE = re.compile(
    r"\b(?:goodwill|free will|ill will|will\s+(?:have\s+been|often|usually|typically|normally|"
    r"always|sometimes|generally|tend))\b",
    _I,
)

# --- evidenced ----------------------------------------------------------------------------
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_LABEL_NUMBERS = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:\s+\d{{4}})?\b"
    rf"|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
    rf"|\b{_MONTHS}\s+\d{{4}}\b|\b(?:19|20)\d\d(?:[/\-–](?:\d\d|\d{{4}}))?\b(?!\s*%)"
    r"|\bq[1-4]\b|\b\d+(?:st|nd|rd|th)\b"
    r"|\b(?:priority|priorities|rule|rules|dso|psi|pso|kc|kcs|key concern|recommendation|section|"
    r"paragraph|para|level|wave|phase|stage|version|tier|band|grade|unit|wing|room|cell|block|"
    r"step|annex|appendix|chapter|part|table|figure|item|no\.?|number|question|test|expectation|"
    r"indicator|chapter|article|schedule|clause|regulation|standard|objective|target|option|"
    r"area|zone|house|floor|landing|corridor|gate|bay|suite|team|cohort|module|week|day|year|"
    r"month|class|room|category|cat|dco|dcm|band|pay band|tranche|round|window)\s*[a-z]?\d+"
    r"(?:[.,/\-]\d+)*[a-z]?\b"
    r"|\b\d+(?:[./]\d+)?\s*(?:/\s*7|-hour|-hourly| hour| hours| hourly|-day|-week|-month|-year|"
    r"-minute|am|pm|:\d\d)\b|\b24/7\b|\b\d{1,2}[:.]\d\d\b|\b1:1\b|\bone-to-one\b"
    r"|\b\d+\.\d+(?:\.\d+)*(?=\s+[a-z])",
    _I,
)
_NUMBER = re.compile(r"\d")
_PERCENT = re.compile(r"\d\s*(?:%|per\s?cent\b|percent\b)|\bpercentage points?\b", _I)
_NUMBER_WORDS = re.compile(
    r"\b(?:half|a third|two thirds|two-thirds|a quarter|three quarters|three-quarters|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten) in (?:two|three|four|five|ten|"
    r"every)|doubled|halved|tripled|trebled|twice as|three times|(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"hundred|dozen)\s+(?:\w+\s+)?(?:incidents|detainees|complaints|staff|officers|"
    r"vacancies|cases|referrals|reports|assaults|deaths|releases|removals|people|men|women|"
    r"posts|assessments|applications|occasions|times|days|weeks|months|requests|"
    r"adjudications|instances|episodes|acts|fights|searches|finds|seizures))\b",
    _I,
)
_SOURCE_FINDING = re.compile(
    r"\b(?:survey|questionnaire|audit|inspection|report|review|data|figures|statistics|records|"
    r"log|monitoring|analysis|imb|hmip|hmi prisons|inspectorate|ppo|ombudsman|ofsted|cqc|"
    r"nhs|dip[- ]sample|benchmark|comparator|kpi|metric|census|consultation|focus group|"
    r"exit interviews?|complaints|incident data|footage|study|evaluation)\b[^.;]{0,80}?\b"
    r"(?:showed|shows|show|found|finds|find|indicated|indicates|reported|reports|recorded|"
    r"records|highlighted|highlights|identified|identifies|rated|rates|confirmed|confirms|"
    r"noted|notes|revealed|reveals|concluded|judged|scored|scores|ranked|placed|gave|gives)\b",
    _I,
)
_COMPARISON = re.compile(
    r"\b(?:higher|lower|more|fewer|less|better|worse|faster|slower|longer|shorter|above|below)"
    r"\s+than\s+(?:the\s+)?(?:other centres|other ircs|comparator|similar centres|average|national|"
    r"last year|the previous|previous|before|the same period|at the last inspection|in 20\d\d)"
    r"|\bcompared (?:with|to)\b[^.]{0,40}?\d"
    r"|\b(?:fell|rose|dropped|declined|increased|decreased|reduced|improved|grew|went up|went down|"
    r"halved|doubled)\s+(?:by|from|to)\s+[^.]{0,20}?\d",
    _I,
)
_BASELINE = re.compile(
    r"\b(?:from|currently|current|at present|presently|last year|this year|was|were|is|are|"
    r"has been|have been|stands at|stood at|baseline|compared|in 20\d\d|so far|to date|since|"
    r"over the last|over the past|in the last|in the past)\b",
    _I,
)
_TARGET_NUMBER = re.compile(
    r"\b(?:to|by|below|under|above|over|at least|at most|within|fewer than|more than|less than|"
    r"reach|reaching|target of|no more than|of)\s+(?:around\s+|about\s+)?\d[\d,.]*\s*"
    r"(?:%|per\s?cent)?",
    _I,
)

# --- unsupported claims -------------------------------------------------------------------
_POSITIVE = re.compile(
    r"\b(?:excellent|outstanding|exceptional|exemplary|robust|effective|effectively|strong|"
    r"strongly|good|very good|great|positive|positively|high[- ]quality|high standards?|"
    r"well[- ](?:managed|run|led|embedded|established|received|attended|used|resourced|"
    r"trained|supported|organised|organized|understood|maintained|regarded|developed|placed|"
    r"equipped|staffed|kept|structured)|works? well|working well|worked well|comprehensive|"
    r"thorough|rigorous|proactive|proactively|caring|supportive|impressive|first[- ]class|"
    r"sector[- ]leading|successful|successfully|consistently|calm|settled|respectful|"
    r"responsive|timely|efficient|efficiently|mature|embedded|thriving|dedicated|committed|"
    r"professional|compassionate|empowered|inclusive|clean|decent|appropriate|appropriately|"
    r"safe|safely|secure|stable|vibrant|welcoming|engaged|motivated|skilled|knowledgeable|"
    r"confident|best practice|high levels? of|fully compliant|compliant|sound|solid|healthy|"
    r"improved|improving|significant improvement|significantly improved|much improved|"
    r"greatly|highly|valued|happy|satisfied|pleased|praised|commended|excel|excels|"
    r"goes? above and beyond|no concerns|no issues|rapport)\b"
    r"|\b(?:feel|feels|felt)\s+(?:safe|respected|supported|valued|listened to|confident|"
    r"well cared for|cared for)\b"
    r"|\btreated (?:with respect|with dignity|fairly|well)\b"
    r"|\bgood relationships?\b",
    _I,
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|cannot|can't|lack|"
    r"lacks|lacking|without|insufficient(?:ly)?|less|least|fewer|nor|neither|yet to|too few|"
    r"fail|fails|failed|unable|far from|inconsistent(?:ly)?|rarely|hardly|barely|not yet|"
    r"no longer|nothing|none|un\w+)\b(?:\s+\w+){0,3}\s*$",
    _I,
)
_HEDGE_NEGATIVE = re.compile(
    r"\b(?:not (?:yet )?(?:confident|good|effective|consistent|sufficient|enough|robust|strong|"
    r"where we want|as good)|remains? (?:a )?(?:concern|weak|poor|inconsistent|too)|"
    r"we are not|is not|are not)\b",
    _I,
)
_QUESTION = re.compile(r"\?\s*$")


@dataclass(slots=True)
class Labels:
    """The labels of one sentence, as the CLI and API expose them."""

    aspirational: bool
    evidenced: bool
    unsupported_claim: bool
    personal_data: bool
    expectation: str | None
    indicators: list[str]
    test: str | None
    personal_spans: list[personal.Span] = field(default_factory=list)
    scores: dict[str, Any] = field(default_factory=dict)

    def as_dict(self, with_scores: bool = False) -> dict[str, Any]:
        """Return the public label fields (and optionally the scores)."""
        data: dict[str, Any] = {
            "aspirational": self.aspirational,
            "evidenced": self.evidenced,
            "unsupported_claim": self.unsupported_claim,
            "personal_data": self.personal_data,
            "expectation": self.expectation,
            "indicators": list(self.indicators),
            "test": self.test,
        }
        if with_scores:
            data["scores"] = self.scores
        return data


_LEAD_LABEL = re.compile(
    r"^(?:priority\s+\d+|\d+(?:\.\d+)*|[ivx]+|[a-h]|kc\s*\d+(?:\.\d+)*)\s*[:.)\-–]\s*", _I
)


def is_aspirational(sentence: str) -> bool:
    """Return whether a sentence states an intention, plan or hope rather than what is."""
    text = _NOT_FUTURE.sub(" ", _LEAD_LABEL.sub("", sentence.strip()))
    return bool(_ASPIRATIONAL.search(text))


def is_evidenced(sentence: str, aspirational: bool | None = None) -> bool:
    """Return whether a sentence cites data or a named source with a finding."""
    if _SOURCE_FINDING.search(sentence) and (
        _NUMBER.search(_LABEL_NUMBERS.sub(" ", sentence)) or _has_specific_finding(sentence)
    ):
        return True
    stripped = _LABEL_NUMBERS.sub(" ", sentence)
    has_data = bool(
        _PERCENT.search(stripped)
        or _NUMBER.search(stripped)
        or _NUMBER_WORDS.search(stripped)
        or _COMPARISON.search(stripped)
    )
    if not has_data:
        return False
    if aspirational is None:
        aspirational = is_aspirational(sentence)
    if aspirational:
        # A target is not evidence: a plan counts only with a current or past figure.
        remainder = _TARGET_NUMBER.sub(" ", stripped)
        baseline = _BASELINE.search(stripped)
        return bool(
            (_NUMBER.search(remainder) or _COMPARISON.search(stripped)) and baseline
        ) or bool(re.search(r"\bfrom\s+(?:a\s+)?(?:baseline\s+of\s+)?\d", stripped, _I))
    return True


def _has_specific_finding(sentence: str) -> bool:
    return bool(
        re.search(
            r"\b(?:that|found|showed|noted)\b[^.]{12,}",
            sentence,
            _I,
        )
    ) and not re.search(r"\b(?:positive|good|well|broadly)\s*\.?$", sentence.strip(), _I)


def is_unsupported_claim(
    sentence: str, evidenced: bool | None = None, aspirational: bool | None = None
) -> bool:
    """Return whether a sentence judges current performance positively with no evidence."""
    if _QUESTION.search(sentence):
        return False
    if evidenced is None:
        evidenced = is_evidenced(sentence)
    if aspirational is None:
        aspirational = is_aspirational(sentence)
    if evidenced or aspirational:
        return False
    for match in _POSITIVE.finditer(sentence):
        before = sentence[max(0, match.start() - 40) : match.start()]
        if _NEGATION.search(before):
            continue
        if match.group(0).lower() in {"improved", "improving"} and not re.search(
            r"\b(?:has|have|had|significantly|much|greatly|considerably|markedly)\s+"
            r"(?:\w+\s+)?improv",
            sentence,
            _I,
        ):
            continue
        return True
    return False


@lru_cache(maxsize=1)
def _compiled() -> tuple[dict[str, dict[str, float]], dict[str, dict[str, float]]]:
    def invert(lexicon: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
        table: dict[str, dict[str, float]] = {}
        for label, phrases in lexicon.items():
            for phrase, weight in phrases.items():
                key = " ".join(tokens(phrase))
                slot = table.setdefault(key, {})
                slot[label] = max(slot.get(label, 0.0), weight)
        return table

    return invert(TEST_CUES), invert(INDICATOR_CUES)


def _ranked(scores: dict[str, float], threshold: float) -> list[str]:
    return [
        label
        for label, score in sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        if score >= threshold
    ]


def classify(sentence: str) -> Labels:
    """Return the labels of one sentence (or short paragraph)."""
    spans = personal.find(sentence)
    # A reference number or date of birth is not data about performance.
    plain = _without(sentence, spans)
    aspirational = is_aspirational(plain)
    evidenced = is_evidenced(plain, aspirational)
    unsupported = is_unsupported_claim(plain, evidenced, aspirational)
    words = tokens(sentence)
    test_table, indicator_table = _compiled()
    test_scores = _score_table(words, test_table)
    indicator_scores = _score_table(words, indicator_table)
    tests = _ranked(test_scores, 2.0)
    indicators = _ranked(indicator_scores, 2.0)[:3]
    expectation = EXPECTATIONS[indicators[0].split(".")[0]] if indicators else None
    return Labels(
        aspirational=aspirational,
        evidenced=evidenced,
        unsupported_claim=unsupported,
        personal_data=bool(spans),
        expectation=expectation,
        indicators=indicators,
        test=tests[0] if tests else None,
        personal_spans=spans,
        scores={"test": test_scores, "indicators": indicator_scores},
    )


def _without(sentence: str, spans: list[personal.Span]) -> str:
    for span in reversed(spans):
        if span.kind in ("reference", "date_of_birth"):
            sentence = sentence[: span.start] + " " + sentence[span.end :]
    return sentence


def _score_table(words: list[str], table: dict[str, dict[str, float]]) -> dict[str, float]:
    scores: dict[str, float] = {}
    count = len(words)
    for size in (1, 2, 3, 4):
        for index in range(count - size + 1):
            hit = table.get(" ".join(words[index : index + size]))
            if hit:
                for label, weight in hit.items():
                    scores[label] = scores.get(label, 0.0) + weight
    return scores
