"""Label one sentence: the review's public contract (PRODUCT.md, "Sentence labels").

Deterministic rules over curated patterns and lexicons: each label is a small function that
can be read, tested and explained to a user ("this sentence says 'we will', so it is a plan").
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from selfassess.review import model, personal
from selfassess.review.framework import framework_indicators
from selfassess.review.lexicon import INDICATOR_CUES, TEST_CUES
from selfassess.review.text import tokens

EXPECTATIONS = {
    "1": "direction",
    "2": "engagement",
    "3": "enabling",
    "4": "continuous_improvement",
}
TESTS = ("safety", "respect", "activities", "preparation")
# The label patterns run on lower-cased text (several times faster than re.IGNORECASE).
_I = 0

# --- aspirational -----------------------------------------------------------------------
_WE = r"(?:we|i|the centre|the team|leaders|managers|the smt|senior leaders|the leadership team|our team|management|the service|the provider|the contractor|the centre manager|the head of \w+|this centre|everyone)"
_ASPIRATIONAL = re.compile(
    rf"\b{_WE}\s+(?:[\w\-]+\s+){{0,2}}?(?:aim|aims|intend|intends|plan|hope|hopes|wish|aspire|"
    r"aspires|seek|seeks|propose|proposes|envisage|envisages|must|are determined|are keen|"
    r"are committed|is committed|am committed|look forward|are looking forward)\s+(?:to|for|that)\b"
    rf"|\b{_WE}\s+(?:[\w\-]+\s+){{0,2}}?(?:want|wants|expect|expects|would like|would want|intend|"
    r"need to|are seeking|is seeking|are exploring|is exploring|are considering|is considering|"
    r"are developing|is developing|are preparing|is preparing)\b"
    r"|(?<!our )(?<!the )(?<!these )(?<!their )(?<!its )\b(?:plans|hopes|intends|aims|wishes|aspires|proposes) to\b"
    r"|\b(?:have|has) (?:planned|scheduled|booked|arranged) (?:a|an|the|for|to)\b"
    r"|\b(?:is|are) (?:planned|scheduled|booked|proposed) (?:for|to)\b"
    r"|\bworking towards?\b"
    r"|\bit is (?:hoped|intended|planned|anticipated|envisaged|proposed) (?:that|to)\b"
    r"|\bwe (?:anticipate|envisage|foresee)\b|\bnext steps?\b|\b(?:upcoming|forthcoming)\b"
    r"|\b(?:is|are) being (?:developed|planned|designed|drafted|procured|commissioned)\b"
    r"|\b(?:in|within|over) the (?:next|coming) (?:\w+\s+)?(?:weeks|months|year|years|quarter)\b"
    r"|\bin the process of\b|\bpending (?:approval|funding|agreement)\b"
    r"|\b(?:are|is|am|remain|remains)\s+(?:now\s+|still\s+|currently\s+|also\s+)?(?:going|planning|"
    r"aiming|intending|hoping|looking|seeking|preparing|committed|determined|due|scheduled|set|"
    r"about|planned|intended)\s+to\b"
    r"|\b(?:our|the|my|a|an|their|its)\s+(?:[\w\-]+\s+){0,2}?(?:ambition|aim|aspiration|vision|"
    r"intention|goal|objective|commitment|hope|mission|plan|target|aspiration)s?\s+(?:is|are|"
    r"remains|for\s+[\w\s]{1,30}?\s+is)\s+(?:to|that|for|a|an|one|simple|clear)\b"
    r"|\b(?:going forward|in the coming (?:months|year|weeks)|in future|in the future|over the "
    r"next (?:\w+\s+)?(?:months|year|years|quarter)|from next|by the end of (?:the )?(?:year|next|"
    r"this)|aiming to|intention is|the intention|with a view to|in order to achieve|to be "
    r"(?:completed|introduced|delivered|in place|rolled out|launched|achieved|"
    r"implemented|recruited|appointed|trained|refurbished|opened|agreed|published|extended|"
    r"expanded|piloted)|once (?:funding|approved|agreed|recruited)|subject to (?:funding|"
    r"approval))\b"
    r"|^(?:to|targets?:|aims?:|objectives?:|goals?:|success (?:will|would) be)\s"
    r"|^(?:priority \d+\s*)?(?:owners?|due|timescales?|deadline|success measures?|measures? of "
    r"success|obstacles?|mitigations?|milestones?|vision|next steps?|actions?|target date)\s*[:–]"
    r"|\b(?:owner|timescale|due|deadline|target date)\s*:"
    r"|^(?:improve|reduce|increase|ensure|develop|deliver|embed|strengthen|introduce|establish|"
    r"achieve|raise|cut|expand|create|build|implement|recruit|provide|enhance|maintain|promote|"
    r"extend|review|refurbish|roll out|reinstate|eliminate|halve|double|minimise|maximise|"
    r"better|make|tackle|address|support|enable|secure|open|launch|invest|upgrade|agree|stop|"
    r"replace|fix|print|publish|train|move|bring|complete|reach|end|start|begin|hire|appoint|"
    r"halt|close|reopen|shorten|speed up|widen|restore|redesign|rewrite|renew|refresh)\b"
    r"|^(?!(?:[\w\-]+\s+){0,4}?(?:we|i|they|had|have|has|was|were|did|is|are|it)\b)"
    r"(?:[\w\-]+\s){1,5}to\s+(?:meet|start|open|run|launch|complete|begin|go live|take place|"
    r"move|be (?:introduced|completed|in place|appointed|recruited|opened|trained|extended))\b"
    r"|\bsuccess (?:looks|will look|would look) like\b|^(?:measures?|awaiting \w+|milestones?|"
    r"targets?|kpis?)\s*:|\bon the agenda for\b|\bin the plan for\b|\bthere are plans\b|"
    r"\bplans are in place to\b|\bbusiness case (?:has been |was |is being )?(?:submitted|"
    r"prepared|for)\b|\bapplication has been made\b|\bsubject to (?:[\w\-']+\s+){0,3}?(?:approval|"
    r"funding|agreement|confirmation|sign-off|agreeing)\b|\bpending (?:recruitment|approval|funding|"
    r"agreement|confirmation)\b|\bawaiting (?:approval|funding)\b|\b(?:has|have) agreed to\b|\bwe mean to\b|\bwe'd like\b|\bwe would like (?!to "
    r"thank)|\b(?:we're|we are|are|is) aiming\b|\baiming for\b|\bset (?:ourselves|itself) "
    r"(?:the|a) (?:goal|target)\b|\bour intention\b|\b(?:have|has) committed to\b|"
    r"\b(?:hope|hopes|hoping) to\b|\b(?:is|are) planned(?:\s+for\b|\s*,|\s*\.?$)|\bwill go live\b",
    _I,
)
_BULLET_MARK = re.compile(r"^\s*[-*•–·]\s*")
_PURPOSE_DONE = re.compile(r"^to\s(?!be\b)[^,:]{3,90},\s+(?:[\w\-']+\s+){0,4}?\w+ed\b")
_PRIORITY_TITLE = re.compile(r"^\s*priority\s+\d+\s*[:.–-]", re.IGNORECASE)
_SHOULD = re.compile(r"\bshould\b")
_ARRANGED = re.compile(
    r"\b(?:(?:has|have) agreed|(?:is|are) (?:expected|due|set|scheduled|planned|going|booked)) to\b"
)
# The long pattern is tried only where a word it can begin with starts: several times faster
# than letting the engine try every alternative at every character.
_ASPIRATIONAL_FIRST = frozenset(
    """we i the leaders managers senior our management this everyone plans hopes intends aims
    wishes aspires proposes have has is are am remain remains working it next upcoming
    forthcoming in within over pending my a an their its going from by aiming intention with to
    once subject owner timescale due deadline target success on there business application
    awaiting we'd we're set hope hoping will""".split()
)
_ASPIRATIONAL_START = re.compile(
    r"^(?:to|targets?:|aims?:|objectives?:|goals?:|success (?:will|would) be)\s"
    r"|^(?:priority \d+\s*)?(?:owners?|due|timescales?|deadline|success measures?|measures? of "
    r"success|obstacles?|mitigations?|milestones?|vision|next steps?|actions?|target date)\s*[:–]"
    r"|^(?:measures?|awaiting \w+|milestones?|targets?|kpis?)\s*:"
    r"|^(?:improve|reduce|increase|ensure|develop|deliver|embed|strengthen|introduce|establish|"
    r"achieve|raise|cut|expand|create|build|implement|recruit|provide|enhance|maintain|promote|"
    r"extend|review|refurbish|roll out|reinstate|eliminate|halve|double|minimise|maximise|"
    r"better|make|tackle|address|support|enable|secure|open|launch|invest|upgrade|agree|stop|"
    r"replace|fix|print|publish|train|move|bring|complete|reach|end|start|begin|hire|appoint|"
    r"halt|close|reopen|shorten|speed up|widen|restore|redesign|rewrite|renew|refresh)\b"
    r"|^(?!(?:[\w\-]+\s+){0,4}?(?:we|i|they|had|have|has|was|were|did|is|are|it)\b)"
    r"(?:[\w\-]+\s){1,5}to\s+(?:meet|start|open|run|launch|complete|begin|go live|take place|"
    r"move|be (?:introduced|completed|in place|appointed|recruited|opened|trained|extended))\b"
)
_WORD_START = re.compile(r"\b[a-z]+")


def _search_from_words(text: str, pattern: re.Pattern[str], first: frozenset[str]) -> bool:
    """Return whether `pattern` matches at the start of some word it can begin with."""
    return any(
        match.group() in first and pattern.match(text, match.start())
        for match in _WORD_START.finditer(text)
    )


_WILL = re.compile(r"\b(?:will|shall|won't)\b|'ll\b")
_FIRST_PERSON = re.compile(r"\b(?:we|i|our|us)\b", _I)
_FUTURE_TIME = re.compile(
    r"\b(?:by|before|from|in|within|over|during)\s+(?:the\s+)?(?:end\s+of\s+|start\s+of\s+)?"
    r"(?:next|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|spring|summer|autumn|"
    r"winter|20\d\d|q[1-4]|(?:the\s+)?(?:coming|following)|(?:\w+\s+)?(?:months|weeks|years))"
    r"|\bnext\s+(?:year|month|quarter|financial year|spring|summer|autumn|winter|inspection|irp)"
    r"|\b(?:from|in) the new year\b|\bonce the\b|\bbefore the (?:end|winter|summer|spring|autumn|"
    r"next)\b|\bby the time of\b|\bby (?:the )?(?:end of )?20\d\d\b"
    r"|\bthis\s+(?:year|spring|summer|autumn|winter|quarter)\b",
    _I,
)
_CHANGE = re.compile(
    r"(?:will|shall|'ll)\s+(?:\w+ly\s+|also\s+|now\s+|then\s+|soon\s+|all\s+|each\s+|both\s+|"
    r"then\s+)?(?:be\s+)?(?:introduc|launch|start|begin|recruit|reduc|increas|improv|complet|"
    r"open|roll|develop|deliver|appoint|expand|replac|extend|establish|creat|becom|move|achiev|"
    r"build|built|implement|train|review|pilot|trial|refurbish|install|upgrad|invest|publish|"
    r"set up|embed|strengthen|cut|halv|doubl|rais|lower|bring|brought|make|made|take|work|focus|"
    r"prioritis|address|tackl|ensur|seek|aim|have|reach|fall|rise|fell|drop|meet|enabl|go live|"
    r"stop|revisit|cover|replac|extend|"
    r"resum|"
    r"continu(?:e|ed) to (?:develop|improv|build|expand|work))",
    _I,
)
_UNCERTAIN_WILL = re.compile(
    r"\b(?:sure|certain|unclear|whether|doubt|know|worry|worried|fear|risk)\b[^.]{0,60}?"
    r"\b(?:will|'ll)\b",
    _I,
)
_NOT_FUTURE = re.compile(
    r"\b(?:goodwill|free will|ill will|will\s+(?:have\s+been|often|usually|typically|normally|"
    r"always|sometimes|generally|tend)|you will|you'll|than we would like|would like to thank|"
    r"thanks are due)\b",
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
    r"(?:[.,/\-]\d+)*[a-z]?(?:\s*(?:or|and|to|-|–)\s*\d+)?\b"
    r"|\b\d+(?:[./]\d+)?\s*(?:/\s*7|-hour|-hourly|-day|-week|-month|-year|"
    r"-minute|am|pm|:\d\d)\b|\b24/7\b|\b\d{1,2}[:.]\d\d\b|\b1:1\b|\bone-to-one\b"
    r"|\b(?:all|the|our|its|their|these|those|both|first|last|next)\s+(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve)\b"
    r"|(?<=\w)\(\d+\)|\(\s*\d{1,2}\s*\)|^\s*\d{1,2}[.)]\s"
    r"|\bin\s+\d+\s+languages\b|\b[am]\d{1,4}\b|£\s?\d+(?:\.\d+)?"
    r"|\bat least\s+\d+\s+(?:hours|days|working days)\s+(?:in advance|before|notice)"
    r"|\b(?:the\s+)?first\s+\d+\s+(?:hours|days|weeks)\b"
    r"|\b(?:the\s+)?(?:other\s+)?\d+\s+(?:centres|sites|systems|deputies|objectives|priorities)\s+in\b"
    r"|\bholds?\s+up\s+to\s+\d+|\bnumbered\s+\d+\s+to\s+\d+|\brooms?\s+\d+\s+to\s+\d+"
    r"|\bhas\s+\d+\s+(?:rooms|beds|bed spaces|cells)\b|\b\d+\s+years'?\s+(?:of\s+)?experience"
    r"|\bfor\s+(?:their|the|his|her)\s+first\s+\d+\s+(?:days|weeks|months)"
    r"|\b(?:held|detained)\s+(?:for\s+)?(?:longer|more)\s+than\s+\d+\s+(?:days|weeks|months)"
    r"|\b[a-z]{2,}-\d{2,4}-\d+\b"
    r"|\b\d+ hours a day\b|\bup to (?:\d+|two|three|four|five) others\b|\baged (?:over|under) \d+"
    r"|\b\d+ minutes a (?:day|week)\b|\b\d+ hours'? notice\b|\b\d+-degree\b|\b[a-z]{2,}/\d{2}/\d+\b"
    r"|\b24 hours a day\b|\b(?:\d+|seven|five|six) days a week\b"
    r"|\b(?:within|after|every|each|up to|for up to)\s+(?:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve|fourteen|twenty[- ]four|seventy[- ]two|forty[- ]eight)\s+(?:working\s+)?"
    r"(?:minutes|hours|days|weeks|months)\b"
    r"|\b(?:every|each|any|all)\s+(?:\w+\s+){0,2}(?:over|under|above|below|more than|longer than|"
    r"after)\s+\d+\s*(?:days|hours|weeks|months)\b",
    _I,
)
_NUMBER = re.compile(r"\d")
_LABEL_START = re.compile(r"\b\w+|[£(]")
# The first three letters of every word the label patterns are built from ("jan", "pri").
_LABEL_PREFIXES = frozenset(
    word.split("-")[0][:3]
    for word in re.findall(
        r"[a-z][a-z'\-]+", _LABEL_NUMBERS.pattern.replace("\\b", " ").replace("\\s", " ")
    )
)


def _strip_label_numbers(text: str) -> str:
    """Return the text with numbers that are only labels blanked (like `_LABEL_NUMBERS.sub`).

    The pattern is tried only where a label can begin: at a number, a word it is built from,
    "£" or "(" (several times faster than letting the engine try every character).
    """
    pieces = []
    done = 0
    for token in _LABEL_START.finditer(text):
        start = token.start()
        if start < done:
            continue
        word = token.group()
        if not (
            word in "£("
            or not word.isalpha()
            or word[:3] in _LABEL_PREFIXES
            or text.startswith(("-", "/"), token.end())
            or start == 0
        ):
            continue
        match = _LABEL_NUMBERS.match(text, start)
        if match and match.end() > start:
            pieces.append(text[done:start])
            pieces.append(" ")
            done = match.end()
    pieces.append(text[done:])
    return "".join(pieces)


_PERCENT = re.compile(
    r"\d\s*(?:%|per\s?cent\b|percent\b)|\bpercentage points?\b|\b(?:ten|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|a hundred)(?:[- ]\w+)?\s+per\s?cent\b",
    _I,
)
_COUNT_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|"
    r"six|seven|eight|nine)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|dozen|dozens|hundreds)"
)
_NUMBER_WORDS = re.compile(
    r"\b(?:half|a third|two thirds|two-thirds|a quarter|three quarters|three-quarters|"
    rf"{_COUNT_WORD} in (?:two|three|four|five|ten|every)|doubled|halved|tripled|trebled|"
    rf"twice as|three times|{_COUNT_WORD} of (?:the|our|its|their)\s+(?:\w+\s+)?{_COUNT_WORD}|"
    rf"{_COUNT_WORD}\s+(?:[\w\-]+\s+){{0,2}}?(?:[a-z\-]+s'?|staff|people|men|women|children|"
    r"personnel)(?=\W|$))",
    _I,
)
_SOURCE_FINDING = re.compile(
    r"\b(?:survey|questionnaire|audit|inspection|report|review|data|figures|statistics|records|"
    r"log|monitoring|analysis|imb|hmip|hmi prisons|inspectorate|ppo|ombudsman|ofsted|cqc|"
    r"nhs|dip[- ]sample|benchmark|comparator|kpi|metric|census|consultation|focus group|"
    r"exit interviews?|complaints|incident data|footage|study|evaluation|observations?|"
    r"interviews|spot checks|checks|walkrounds|walk-rounds)\b[^.;]{0,80}?\b"
    r"(?:showed|shows|show|found|finds|find|indicated|indicates|reported|reports|recorded|"
    r"records|highlighted|highlights|identified|identifies|rated|rates|confirmed|confirms|"
    r"noted|notes|revealed|reveals|concluded|judged|scored|scores|ranked|placed|gave|gives|"
    r"described|points? to|pointed to)\b",
    _I,
)
_PROPORTION = re.compile(r"\b\d+\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?\d+\b")
_NONE_IN_PERIOD = re.compile(
    r"\b(?:no|zero|nil)\s+(?:[\w\-]+\s+){0,2}?(?:deaths|incidents|assaults|escapes|complaints|"
    r"absconds|fires|finds|adjudications|uses of force|vacancies|releases|removals)\b[^.]{0,40}?"
    r"\b(?:in|during|over|since|for)\s+(?:the\s+)?(?:last|past|reporting|year|period|quarter|"
    r"month|\d|20\d\d)"
)
_PAST_FINDING = re.compile(
    r"\b(?:showed|found|indicated|reported|recorded|highlighted|identified|rated|confirmed|"
    r"noted|revealed|concluded|judged|scored|ranked|placed|gave|described)\b",
    _I,
)
_SOURCE_JUDGEMENT = re.compile(
    r"\b(?:commended|praised|criticised|criticized|highlighted|rated|judged|graded|described|"
    r"identified|recognised)\s+(?:as\s+[\w\s\-]{1,30}?\s+)?(?:in|by)\s+(?:the\s+|our\s+|"
    r"last\s+year's\s+)?(?:[\w']+\s+){0,3}?(?:imb|hmip|hmi prisons|inspectorate|inspection|"
    r"inspectors|audit|auditors|report|review|survey|ombudsman|ppo|cqc|ofsted|nhs|home office)\b",
    _I,
)
_COMPARISON = re.compile(
    r"\bfor the first time (?:since|in)\b|"
    r"\b(?:higher|lower|more|fewer|less|better|worse|faster|slower|longer|shorter|above|below)"
    r"\s+than\s+(?:the\s+)?(?:other centres|other ircs|comparator|similar centres|average|national|"
    r"last year|the previous|previous|before|the same period|at the last inspection|in 20\d\d)"
    r"|\bcompared (?:with|to)\b[^.]{0,40}?\d"
    r"|\b(?:fell|rose|dropped|declined|increased|decreased|reduced|improved|grew|went up|went down|"
    r"halved|doubled)\s+(?:by|from|to)\s+[^.]{0,20}?\d",
    _I,
)
_BASELINE = re.compile(
    r"\b(?:from|currently|current|now|at present|presently|last year|this year|was|were|"
    r"has been|have been|stands at|stood at|baseline|compared|in 20\d\d|so far|to date|since|"
    r"over the last|over the past|in the last|in the past)\b",
    _I,
)
_TARGET_NUMBER = re.compile(
    r"\b(?:to|by|below|under|above|over|at least|at most|within|fewer than|more than|less than|"
    r"reach|reaching|target of|no more than|of|than|up to|down to|longer than|shorter than)\s+(?:around\s+|about\s+)?\d[\d,.]*\s*"
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
    r"responsive|timely|efficient|efficiently|mature|embedded|thriving|"
    r"compassionate|empowered|inclusive|clean|decent|appropriate|appropriately|"
    r"safe|safely|vibrant|welcoming|engaged|motivated|skilled|knowledgeable|"
    r"confident|best practice|high levels? of|fully compliant|"
    r"improved|improving|significant improvement|significantly improved|much improved|"
    r"greatly|highly|valued|happy|satisfied|pleased|praised|commended|excel|excels|"
    r"goes? above and beyond|no concerns|no issues|rapport|promptly|openly|fairly|thoroughly|"
    r"rare|popular|(?:a|real|key|particular)\s+strength|strengths? of the centre|"
    r"wide range|proportionate|realistic|ambitious|clear understanding|visible|approachable|"
    r"understood by|owned by|within the required|meets? (?:the|all|our) "
    r"(?:standards?|targets?|requirements?)|well[- ]prepared|helps? (?:them|detainees|staff|"
    r"women|men) (?:to )?(?:cope|feel|settle|understand))\b"
    r"|\b(?:\w+ed|\w+s|know|support|run|work|manage|handle|cope)\s+(?:\w+\s+){0,3}?(?:very\s+)?(?<!as )well\b(?!-| being| as| below| short| behind| under)"
    r"|^(?:our\s+)?(?:leaders|senior leaders|managers|line managers|the smt|the senior "
    r"management team|staff|we|our staff|our culture|the culture|officers|dcms|leaders from "
    r"[\w\s,]+?|culture|organisational culture)\s+(?:\w+\s+){0,2}?(?:know|understand|listen|"
    r"encourage|ensure|make sure|promote|model|welcome|communicate|recognise|value|share|"
    r"have the|has the|are visible|are approachable|are skilled|are experienced|take time|"
    r"follow up|respond)(?!e?d\b)(?<!recognise(?=s? that))\w*\b"
    r"|\b(?:is|are)\s+used\s+to\s+(?:generate|shape|inform|drive|improve|track|understand)\b"
    r"|\bsupports? (?:improvements?|effective|good)\b"
    r"|\b(?:properly|easily|readily|fully|deeply|smoothly|kindness|productive|full and varied|"
    r"for the better|right direction|proud|trusts?|care deeply|meets? the needs|valued?|welcome|"
    r"been resolved|is resolved|been addressed|looked after|not tolerated|not a problem|never left|nobody waits|"
    r"no one waits|at all times|at all levels|everyone knows|everybody knows|every manager|"
    r"understands? that|real purpose|always something|everything they need|what they need|"
    r"help they need|fully informed|everyone's business|are learned|are learnt|(?:is|are) high|"
    r"can tell|can explain|know(?:s)? the priorities|"
    r"identified early|quickly|seriously|creatively|genuinely|acutely|data-driven|hand in hand|"
    r"plenty|at the heart of|real sense of|sense of teamwork|teamwork|buy-in|accurate|honest|"
    r"meaningful|clear standards|acted on|acted upon|recognised and shared|encouraged at every|"
    r"welcomed|everybody here|everyone here|as much \w+ as possible|most of the day|"
    r"in response to new information|challenge poor|seek to resolve|strengths:)(?!\w)"
    r"|\b(?:feel|feels|felt)\s+(?:safe|respected|supported|valued|listened to|confident|"
    r"well cared for|cared for)\b"
    r"|\btreated (?:with respect|with dignity|fairly|well)\b"
    r"|\bgood relationships?\b",
    _I,
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|cannot|can't|lack|"
    r"lacks|lacking|without|insufficient(?:ly)?|less|least|fewer|nor|neither|yet to|too few|"
    r"fail|fails|failed|unable|far from|few|little|seldom|inconsistent(?:ly)?|rarely|hardly|barely|not yet|"
    r"no longer|nothing|none|unable|unlikely|unclear|unsafe|unacceptable|unresolved|unsure)\b(?:\s+\w+){0,3}\s*$",
    _I,
)
_HEDGE_NEGATIVE = re.compile(
    r"\b(?:not (?:yet )?(?:confident|good|effective|consistent|sufficient|enough|robust|strong|"
    r"where we want|as good)|remains? (?:a )?(?:concern|weak|poor|inconsistent|too)|"
    r"we are not|is not|are not)\b",
    _I,
)
# Positive-looking words that are not praise: "outstanding forms", "good order", "well used".
_NOT_PRAISE = re.compile(
    r"(?:welcome\s+(?:packs?|letters?|booklets?|leaflets?|desk|area|sessions?|meetings?|talks?)|"
    r"fully\s+(?:booked|subscribed)|good\s+practice|best\s+practice|successful\s+(?:bail|application|appeal|claim|"
    r"challenge|removal|release|judicial)|well[- ]being|as well|well[- ]known|"
    r"outstanding\s+(?:[\w\-]+\s+){0,3}?(?:forms?|actions?|cases?|items?|reports?|recommendations?|work|"
    r"referrals?|complaints?|debts?|tasks?|issues?|judicial review|appeals?|claims?|applications?)|good\s+(?:order|faith|night)|"
    r"positive\s+(?:test|result|drug|for)|safe\s+(?:system|systems|working|guarding|"
    r"and decent)|secure\s+(?:escort|hospital|unit))",
    _I,
)
_DENIAL = re.compile(
    r"\b(?:do|does|did)(?:n't| not) (?:believe|think|feel|trust|accept|agree)\b|"
    r"\b(?:wrong to say|not true|cannot say|can't say|too early to say|not yet able to say)\b"
    r"|\bbut\s+(?:is|are|remains?|still|it is|they are)?\s*(?:\w+\s+)?(?:uneven|inconsistent|"
    r"patchy|weak|poor|limited|slow|variable|fragile|not yet|bare|unwelcoming|tired|dated|shabby|"
    r"worn|dirty|noisy|grim|run-down|stark|cramped|overcrowded)\b",
    _I,
)


def _positive_matches(text: str) -> Iterator[re.Match[str]]:
    """Return the positive cues in a sentence, trying the pattern only where one can start."""
    if "well" in text:
        yield from _POSITIVE.finditer(text)  # "…works very well" can start with any word
        return
    for word in _WORD_START.finditer(text):
        if word.group()[:4] in _POSITIVE_FIRST and (match := _POSITIVE.match(text, word.start())):
            yield match


# A sentence that names a weakness is candour, not a claim, even if it echoes an indicator.
_NEGATIVE_TONE = re.compile(
    r"\b(?:cannot|can't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|not yet|not enough|"
    r"not always|not consistently|not routinely|not systematically|do not|does not|did not|"
    r"weaker|weakest|poorly|(?:is|are|was|were|remains?) (?:poor|weak)|too (?:many|few|often|long|"
    r"slow|much)|lacks?|lacking|insufficient\w*|difficult|hard to|shortages?|failed|fails|unable|"
    r"rarely|inconsistent\w*|uneven|limited|paper exercise|cramped|broken|anxious)\b"
)
# What a sentence says is checked, required or expected is not a claim that it is so.
_NOT_A_CLAIM_BEFORE = re.compile(
    r"\bto\s+(?:check|ensure|make sure|confirm|test|see|monitor|establish|assure|verify|"
    r"understand|find out|judge|assess)\s+(?:whether|that|if|how)\b[^.;]*$"
    r"|\bto\s+(?:ensure|make sure)\b[^.;]*$"
    r"|\b(?:is|are) to be\b[^.;]*$"
)
_NEGATED_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:is|are|was|were)\s+(?:not|never|rarely)\b")
_ORGANISATION_BEFORE = re.compile(r"\b(?:nhs|foundation|health|healthcare|care|the)\s+$")
_NEGATED = re.compile(r"\b(?:not|never|n't)\b|n't\b")
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
    original = sentence.strip()
    text = _NOT_FUTURE.sub(" ", _LEAD_LABEL.sub("", sentence.strip().lower()))
    text = _BULLET_MARK.sub("", text)
    if _PURPOSE_DONE.search(text):
        return False  # "To stop X, officers trialled Y": a purpose already acted on
    if _PRIORITY_TITLE.match(original):
        return True
    if _ASPIRATIONAL_START.match(text) or _search_from_words(
        text, _ASPIRATIONAL, _ASPIRATIONAL_FIRST
    ):
        return True
    if _SHOULD.search(text) and _FUTURE_TIME.search(text):
        return True
    if _ARRANGED.search(text) and _FUTURE_TIME.search(text):
        return True
    # "will" is the verb only in lower case: "Officer Will Carter" is a name.
    if not _WILL.search(original) or _UNCERTAIN_WILL.search(text):
        return False
    # "Staff will knock before entering" is a rule, not a plan: "will" counts as a plan when
    # we say it, when a date lies ahead, or when what follows is a change.
    return bool(_FIRST_PERSON.search(text) or _FUTURE_TIME.search(text) or _CHANGE.search(text))


def is_evidenced(sentence: str, aspirational: bool | None = None, personal: bool = False) -> bool:
    """Return whether a sentence cites data or a named source with a finding."""
    if aspirational is None:
        aspirational = is_aspirational(sentence)
    sentence = sentence.lower()
    # Label numbers matter only where there is a number: skip the long pattern otherwise.
    if _NUMBER.search(sentence) or _NUMBER_WORDS.search(sentence) or _PERCENT.search(sentence):
        stripped = _strip_label_numbers(sentence)
    else:
        stripped = sentence
    if _SOURCE_FINDING.search(sentence) and (not aspirational or _PAST_FINDING.search(sentence)):
        if _NUMBER.search(stripped) or _NUMBER_WORDS.search(stripped):
            return True
        if _has_specific_finding(sentence):
            return True
    if _SOURCE_JUDGEMENT.search(sentence):
        return True
    if personal:
        # Figures about one person describe a case, not the centre's performance.
        return bool(
            _PERCENT.search(stripped)
            or _COMPARISON.search(stripped)
            or _PROPORTION.search(stripped)
        )
    if _NONE_IN_PERIOD.search(sentence):
        return True
    has_data = bool(
        _PERCENT.search(stripped)
        or _NUMBER.search(stripped)
        or _NUMBER_WORDS.search(stripped)
        or _COMPARISON.search(stripped)
    )
    if not has_data:
        return False
    if aspirational:
        # A target is not evidence: a plan counts only with a current or past figure.
        remainder = _TARGET_NUMBER.sub(" ", stripped)
        baseline = _BASELINE.search(stripped)
        return bool(
            (_NUMBER.search(remainder) or _COMPARISON.search(stripped)) and baseline
        ) or bool(re.search(r"\bfrom\s+(?:[a-z]+\s+){0,3}?\d", stripped, _I))
    return True


def _has_specific_finding(sentence: str) -> bool:
    return bool(
        re.search(
            r"\b(?:that|found|showed|noted|rated|identified|described|highlighted|judged|points? to|pointed to|"
            r"concluded|criticised|praised)\b[^.]{10,}",
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
    sentence = sentence.lower()
    if evidenced or aspirational or _DENIAL.search(sentence):
        return False
    for match in _positive_matches(sentence):
        if _NOT_PRAISE.match(sentence, match.start()):
            continue
        if _NEGATIVE_TONE.search(_clause(sentence, match.start(), match.end())):
            continue  # "the gym is popular but cramped": the clause names a weakness
        if _NEGATED.search(match.group(0)):
            continue  # "leaders have not ensured …"
        before = sentence[max(0, match.start() - 40) : match.start()]
        if _NEGATION.search(before):
            continue
        if _NOT_A_CLAIM_BEFORE.search(sentence[max(0, match.start() - 80) : match.start()]):
            continue  # "to check that force is used fairly", "are to be treated with dignity"
        if _NEGATED_AFTER.match(sentence, match.end()):
            continue  # "effective practice is not shared"
        if match.group(0).startswith("trust") and _ORGANISATION_BEFORE.search(before):
            continue  # "the NHS trust"
        if match.group(0).lower() in {"improved", "improving"} and not re.search(
            r"\b(?:has|have|had|significantly|much|greatly|considerably|markedly)\s+"
            r"(?:\w+\s+)?improv",
            sentence,
            _I,
        ):
            continue
        return True
    return (
        not _NEGATIVE_TONE.search(sentence)
        and not _NEGATED.search(sentence)
        and _restates_indicator(sentence)
    )


def _clause(sentence: str, start: int, end: int) -> str:
    """Return the clause around a span: the text between the punctuation on either side."""
    left = max(sentence.rfind(mark, 0, start) for mark in ",;:(")
    rights = [i for i in (sentence.find(mark, end) for mark in ",;:)") if i != -1]
    return sentence[left + 1 : min(rights) if rights else len(sentence)]


def _restates_indicator(sentence: str) -> bool:
    """Return whether a sentence asserts an indicator as met ("Leaders are visible")."""
    words = set(tokens(sentence)) - _COMMON
    if len(words) < 2:
        return False
    for indicator in _indicator_words():
        shared = words & indicator
        # Mostly the indicator's own words: a bare assertion, not a description of practice.
        if len(shared) >= 2 and len(shared) >= max(0.5 * len(indicator), 0.35 * len(words)):
            return True
    return False


_COMMON = frozenset(
    tokens(
        "the a an and or of in on at by for to with we our is are was were be been has have "
        "their that which who all any where as leaders staff detainees centre outcomes well "
        "being"
    )
)


@lru_cache(maxsize=1)
def _indicator_words() -> list[frozenset[str]]:
    return [frozenset(tokens(text)) - _COMMON for text in framework_indicators().values()]


Table = tuple[dict[str, dict[str, float]], dict[str, dict[str, float]]]


@lru_cache(maxsize=1)
def _compiled() -> tuple[Table, Table]:
    def invert(lexicon: dict[str, dict[str, float]]) -> Table:
        # Phrases match stemmed tokens exactly; a one-word cue of five letters or more also
        # matches words it begins ("activit" meets "activities", "recruit" "recruitment").
        table: dict[str, dict[str, float]] = {}
        prefixes: dict[str, dict[str, float]] = {}
        for label, phrases in lexicon.items():
            for phrase, weight in phrases.items():
                words = tokens(phrase)
                key = " ".join(words)
                slot = table.setdefault(key, {})
                slot[label] = max(slot.get(label, 0.0), weight)
                if len(words) == 1 and len(key) >= 5:
                    slot = prefixes.setdefault(key, {})
                    slot[label] = max(slot.get(label, 0.0), weight)
        return table, prefixes

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
    evidenced = is_evidenced(plain, aspirational, personal=bool(spans))
    unsupported = is_unsupported_claim(plain, evidenced, aspirational)
    words = tokens(sentence)
    scores = _score_table(words)
    test_scores = {label: score for label, score in scores.items() if label in TESTS}
    indicator_scores = {label: score for label, score in scores.items() if label not in TESTS}
    test, indicators, expectation = _categories(words, test_scores, indicator_scores)
    return Labels(
        aspirational=aspirational,
        evidenced=evidenced,
        unsupported_claim=unsupported,
        personal_data=bool(spans),
        expectation=expectation,
        indicators=indicators,
        test=test,
        personal_spans=spans,
        scores={"test": test_scores, "indicators": indicator_scores},
    )


# How much the learned model counts beside the lexicons, and the bar a sentence must clear to
# be about a test or a leadership expectation at all. Chosen by leave-one-set-out
# cross-validation over the seven development sets (each by a different author), taking the
# weights with the best lower of expectation top-1 and indicators top-3.
_MODEL_WEIGHT = 0.3
_EXPECTATION_MODEL_WEIGHT = 0.2
_NONE_BIAS = 1.0
_EXPECTATION_NONE_BIAS = 1.25
_LEXICON_EXPECTATION_WEIGHT = 0.5


_EXPECTATION_OF = {i: EXPECTATIONS[i.split(".")[0]] for i in INDICATOR_CUES}


def _categories(
    words: list[str], test_scores: dict[str, float], indicator_scores: dict[str, float]
) -> tuple[str | None, list[str], str | None]:
    trained = model.models()
    feats = model.features_of(words)
    learned = trained.test.scores(feats)
    combined = {
        label: test_scores.get(label, 0.0) + _MODEL_WEIGHT * learned.get(label, -1e9)
        for label in TESTS
    }
    combined[model.NONE] = _NONE_BIAS + _MODEL_WEIGHT * learned.get(model.NONE, -1e9)
    test = max(combined, key=lambda label: combined[label])
    by_expectation: dict[str, float] = {}
    for indicator, score in indicator_scores.items():
        name = _EXPECTATION_OF[indicator]
        by_expectation[name] = by_expectation.get(name, 0.0) + score
    learned = trained.expectation.scores(feats)
    votes = {
        name: _LEXICON_EXPECTATION_WEIGHT * by_expectation.get(name, 0.0)
        + _EXPECTATION_MODEL_WEIGHT * learned.get(name, -1e9)
        for name in EXPECTATIONS.values()
    }
    votes[model.NONE] = _EXPECTATION_NONE_BIAS + _EXPECTATION_MODEL_WEIGHT * learned.get(
        model.NONE, -1e9
    )
    expectation = max(votes, key=lambda name: votes[name])
    if expectation == model.NONE:
        return (None if test == model.NONE else test), [], None
    learned = trained.indicators.scores(feats)
    # The chosen expectation's best indicator first, then the rest by combined score.
    combined = {i: _MODEL_WEIGHT * score for i, score in learned.items()}
    for i, score in indicator_scores.items():
        combined[i] = combined.get(i, _MODEL_WEIGHT * -1e9) + score
    ranked = sorted(combined, key=lambda i: (-combined[i], i))
    first = next(i for i in ranked if _EXPECTATION_OF[i] == expectation)
    indicators = [first] + [i for i in ranked if i != first][:2]
    return (None if test == model.NONE else test), indicators, expectation


def _without(sentence: str, spans: list[personal.Span]) -> str:
    for span in reversed(spans):
        if span.kind in ("reference", "date_of_birth"):
            sentence = sentence[: span.start] + " " + sentence[span.end :]
    return sentence


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, dict[str, float]], int, frozenset[str]]:
    # One table for tests and indicators (their labels never collide: "safety" vs "1.1").
    (tests, test_prefixes), (indicators, indicator_prefixes) = _compiled()
    merged: dict[str, dict[str, float]] = {}
    for source in (tests, indicators):
        for key, labels in source.items():
            merged.setdefault(key, {}).update(labels)
    longest = max(len(key.split()) for key in merged)
    starts = frozenset(key.split()[0] for key in merged if " " in key)
    return merged, longest, starts


@lru_cache(maxsize=65536)
def _word_hit(word: str) -> tuple[tuple[str, float], ...]:
    (tests, test_prefixes), (indicators, indicator_prefixes) = _compiled()
    hits: dict[str, float] = {}
    for table, prefixes in ((tests, test_prefixes), (indicators, indicator_prefixes)):
        hit = table.get(word)
        if hit is None:
            for end in range(len(word) - 1, 4, -1):
                hit = prefixes.get(word[:end])
                if hit:
                    break
        if hit:
            hits.update(hit)
    return tuple(hits.items())


def _score_table(words: list[str]) -> dict[str, float]:
    table, longest, starts = _table()
    scores: dict[str, float] = {}
    count = len(words)
    for index, word in enumerate(words):
        for label, weight in _word_hit(word):
            scores[label] = scores.get(label, 0.0) + weight
        if word not in starts:
            continue  # no phrase of two or more words begins here
        for size in range(2, min(longest, count - index) + 1):
            hit = table.get(" ".join(words[index : index + size]))
            if hit:
                for label, weight in hit.items():
                    scores[label] = scores.get(label, 0.0) + weight
    return scores


# The first four letters of every word the positive patterns are built from: a cue can only
# start at a word that begins like one of them (patterns match word prefixes: "accurate…").
_POSITIVE_FIRST = frozenset(
    word.split("-")[0][:4]
    for word in re.findall(
        r"[a-z][a-z'\-]+", _POSITIVE.pattern.replace("\\b", " ").replace("\\s", " ")
    )
)
