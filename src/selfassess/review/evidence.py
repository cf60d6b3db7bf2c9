"""The `evidenced` label: does a sentence cite data or a named source with a finding?

Numbers that are only labels (dates, "priority 2", "room 14", "24/7") are blanked first, so
that what is left counts as data only when it is a figure about performance; the source
patterns recognise a survey, audit or inspection that found something, and a plan counts as
evidenced only with a current or past figure, not a target.
"""

import re
from bisect import bisect_left

from selfassess.review.aspiration import is_aspirational
from selfassess.review.patterns import _I, PARAGRAPH_NUMBER, alternatives, written

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_LABEL_NUMBERS = alternatives(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:\s+\d{{4}})?\b"
    rf"|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
    rf"|\b{_MONTHS}\s+\d{{4}}\b|\b(?:19|20)\d\d(?:[/\-–](?:\d\d|\d{{4}}))?\b(?!\s*%)"
    r"|\bq[1-4]\b|\b\d+(?:st|nd|rd|th)\b"
    r"|\b(?:priority|priorities|rule|rules|dso|psi|pso|kc|kcs|key concern|concern|recommendation|section|"
    r"paragraph|para|level|wave|phase|stage|version|tier|band|grade|unit|wing|room|cell|block|"
    r"step|annex|appendix|chapter|part|table|figure|item|no\.?|number|question|test|expectation|"
    r"indicator|chapter|article|schedule|clause|regulation|standard|objective|target|option|"
    r"area|zone|house|floor|landing|corridor|gate|bay|suite|team|cohort|module|week|day|year|"
    r"month|class|room|category|cat|dco|dcm|band|pay band|tranche|round|window|rec|recs|p|li|policy|"
    r"instruction|top)\s*[a-z]?\d+"
    r"(?:[.,/\-]\d+)*[a-z]?(?:\s*(?:or|and|to|-|–)\s*\d+)?\b(?!\s*(?:%|per\s?cent))"
    r"|\b\d+(?:[./]\d+)?\s*(?:/\s*7|-hour|-hourly|-day|-week|-month|-year|"
    r"-minute|am|pm|:\d\d)\b|\b24/7\b|\b\d{1,2}[:.]\d\d\b|\b1:1s?\b|\bone-to-one\b"
    r"|\b(?:the|our) other (?:two|three|four|five)\b"
    r"|(?<!of )\b(?:all|the|our|its|their|these|those|both|first|last|next)\s+(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve)\b"
    r"|(?<=\w)\(\d+\)|\(\s*\d{1,2}\s*\)|^\s*\d{1,2}[.)]\s"
    r"|\b(?:in|into)\s+\d+\s+languages\b|\b(?:in|over|during) the (?:last|past) \d+ (?:days|weeks|months|years)\b"
    r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve)\s+(?:days|weeks|months)\s+ahead\s*\.?$"
    r"|\bopen (?:\d+|seven) days\b|\b(?:passes|pass|exceeds?|reaches?|hits?)\s+\d+\s+(?:days|weeks|months)\b"
    r"|\blimited to \d+ (?:minutes|hours)\b|\b(?:two|three|four) or (?:three|four|five)\b|\bat (?:\d+) (?:days|weeks|months)\b"
    r"|\b[am]\d{1,4}\b|£\s?\d+(?:\.\d+)?"
    r"|\bat least\s+\d+\s+(?:hours|days|working days)\s+(?:in advance|before|notice)"
    r"|\b(?:the\s+)?first\s+\d+\s+(?:hours|days|weeks)\b"
    r"|\b(?:the\s+)?(?:other\s+)?\d+\s+(?:centres|sites|systems|deputies|objectives|priorities)\s+in\b"
    r"|\b(?:holds?|accommodates?|houses?|takes?)\s+up\s+to\s+\d+|\bnumbered\s+\d+\s+to\s+\d+|\brooms?\s+\d+\s+to\s+\d+"
    r"|\bhas\s+\d+\s+(?:rooms|beds|bed spaces|cells)\b|\b\d+\s+years'?\s+(?:of\s+)?experience"
    r"|\bfor\s+(?:their|the|his|her)\s+first\s+\d+\s+(?:days|weeks|months)"
    r"|\b(?:held|detained)\s+(?:for\s+)?(?:longer|more)\s+than\s+\d+\s+(?:days|weeks|months)"
    r"|\b[a-z]{2,}-\d{2,4}-\d+\b"
    r"|\b\d+ hours a day\b|\bup to (?:\d+|two|three|four|five) others\b|\baged (?:over|under) \d+"
    r"|\b\d+ minutes a (?:day|week)\b|\b\d+ hours'? notice\b|\b\d+-degree\b|\b[a-z]{2,}/\d{2}/\d+\b"
    r"|\b(?:own )?rating\s*(?:is\s*|:)?\s*\d\b|\b(?:score|rating)\b[^.;]{0,25}?\b(?:is|:)\s*(?:an?\s+)?[1-4]\b"
    r"|^(?:safety|respect|activities|purposeful activity|preparation(?: for (?:removal and )?release)?"
    r"(?: and removal)?|(?:overall )?(?:self-)?rating)\s*[:–—-]\s*[1-4]\b"
    r"|\b(?:say|give|rate|rating|score|scored)\s+(?:it\s+|this\s+|us\s+|ourselves\s+|itself\s+)?(?:an?\s+)?[1-4]\b"
    r"|\brate \w+ [1-4]\b|\bscored (?:ourselves|itself)\s*\d\b|\b(?:rated|given ourselves an?|score of)\s*[1-4]\b"
    r"|\b[1-4]\s*(?:,|\(|–|-)\s*(?:good|reasonably good|not sufficiently good|poor)\b"
    rf"|^\s*{PARAGRAPH_NUMBER}(?=\s)"
    r"|\b(?:\w+|\d+) years (?:i|we) (?:have|'ve|had) (?:been|worked)\b|\bin (?:\w+|\d+) years of (?:working|service)\b"
    r"|\b(?:reasonably good|not sufficiently good|good|poor)\s*(?:,|\(|–|-)\s*(?:an?\s+)?[1-4]\b(?!\s*%)"
    r"|\b(?:assessed|judged?|rated?|scored?)\s+(?:it\s+|this\s+|ourselves\s+|itself\s+)?(?:as|at)\s+(?:an?\s+)?[1-4]\b(?!\s*%)"
    r"|\b(?:is|as),?\s+(?:i|we)\s+(?:believe|think|would say),?\s+(?:an?\s+)?[1-4]\b(?!\s*%)"
    r"|\bpriority concern\s*\d+|\b(?:\d+|one|two|three|six|twelve|eighteen)\s+(?:months|years|weeks)\s+ago\b"
    r"|\bfor (?:\d+|one|two|three|four|five|six) hours (?:each|a|every|per)\b|\b24 hours a day\b|\b24 hours\b|\(\s*ref\b[^)]*\)|\bnhs 111\b|\b\w+-a-side\b"
    r"|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b"
    r"|\b(?:\d+|one|two|three|four|five|six|seven)\s+(?:days|evenings|mornings|afternoons|nights)"
    r"\s+(?:a|per|each)\s+(?:week|month|day|fortnight)\b"
    r"|(?<!average )(?<!mean )(?<!median )(?<!total )\b(?:of|for)\s+(?:\d+|one|two|three|five|ten|fifteen|twenty|thirty|forty-five)\s+minutes\b"
    r"|\b(?:held|detained)\s+(?:for\s+)?(?:over|beyond)\s+\d+\s*(?:hours|days|weeks|months)\b"
    r"|\bbeyond\s+\d+\s*(?:hours|days|weeks|months)\b|\b(?:\d+|seven|five|six) days a week\b"
    r"|\b(?:within|after|every|each|up to|for up to)\s+(?:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve|fourteen|twenty[- ]four|seventy[- ]two|forty[- ]eight)\s*(?:working\s+)?"
    r"(?:minutes|hours|days|weeks|months|hrs?|mins)\b"
    r"|\b(?:every|each|any|all)\s+(?:[a-z][\w\-]*\s+){0,2}(?:over|under|above|below|more than|longer than|"
    r"after)\s+\d+\s*(?:days|hours|weeks|months)\b",
    _I,
)
_NUMBER = re.compile(r"\d")
_LABEL_START = re.compile(r"\b\w+|[£(]")
# The first three letters of every word the label patterns are built from ("jan", "pri").
_LABEL_PREFIXES = frozenset(
    word.split("-")[0][:3]
    for word in re.findall(
        r"[a-z][a-z'\-]+", written(_LABEL_NUMBERS).replace("\\b", " ").replace("\\s", " ")
    )
)


_NUMBERISH = alternatives(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|side|ref)\b"
)
_LABEL_REACH = 90  # the furthest a label's number lies from where the label starts


def _strip_label_numbers(text: str) -> str:
    """Return the text with numbers that are only labels blanked (like `_LABEL_NUMBERS.sub`).

    The pattern is tried only where a label can begin: at a number, a word it is built from,
    "£" or "(" (several times faster than letting the engine try every character).
    """
    # Every label holds a number, a number word, "-a-side" or "(ref": only a word that such a
    # thing follows closely can begin one.
    numbers = [match.start() for match in _NUMBERISH.finditer(text)]
    if not numbers:
        return text
    pieces = []
    done = 0
    for token in _LABEL_START.finditer(text):
        start = token.start()
        if start < done:
            continue
        after = bisect_left(numbers, start)
        if after == len(numbers) or numbers[after] - start > _LABEL_REACH:
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
    r"\b(?:(?:half|a third|two thirds|two-thirds|a quarter|three quarters|three-quarters)(?![a-z])|"
    rf"{_COUNT_WORD} in (?:two|three|four|five|ten|every)|doubled|halved|tripled|trebled|"
    rf"twice as|three times|{_COUNT_WORD} of (?:(?:the|our|its|their)\s+(?:\w+\s+)?)?{_COUNT_WORD}|"
    rf"{_COUNT_WORD}\s+(?:[\w\-]+\s+){{0,2}}?(?:[a-z\-]+s'?|staff|people|men|women|children|"
    r"personnel)(?=\W|$)|"
    rf"{_COUNT_WORD}(?:[\s\-]+(?:one|two|three|four|five|six|seven|eight|nine))?\s+(?:per ?cent|percent)\b)",
    _I,
)
_SOURCE_FINDING = re.compile(
    r"\b(?:survey|questionnaire|audit|inspection|report|review|data|figures|statistics|records|"
    r"log|monitoring|analysis|imb|hmip|hmi prisons|inspectorate|ppo|ombudsman|ofsted|cqc|care quality commission|"
    r"nhs|dip[- ]sample|benchmark|comparator|kpi|metric|census|consultation|focus group|"
    r"exit interviews?|complaints|incident data|footage|study|evaluation|observations?|"
    r"interviews|spot checks|checks|walkrounds|walk-rounds)\b[^.;]{0,80}?\b"
    r"(?:showed|shows|show|found|finds|find|indicated|indicates|reported|reports|recorded|said|says|"
    r"records|highlighted|highlights|identified|identifies|rated|rates|confirmed|confirms|"
    r"noted|notes|revealed|reveals|concluded|judged|scored|scores|ranked|placed|gave|gives|"
    r"described|points? to|pointed to|recognised|recognises|acknowledged|praised|commended|"
    r"criticised|agreed that|warned|flagged)\b",
    _I,
)
_PROPORTION = re.compile(r"\b\d+\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?\d+\b")
_NONE_IN_PERIOD = re.compile(
    r"\b(?:no|zero|nil)\s+(?:[\w\-]+\s+){0,2}?(?:deaths|incidents|assaults|escapes|complaints|"
    r"absconds|fires|finds|adjudications|uses of force|vacancies|releases|removals|claims|"
    r"grievances|referrals|admissions)\b[^.]{0,40}?"
    r"\b(?:in|during|over|since|for)\s+(?:the\s+)?(?:last|past|reporting|year|period|quarter|"
    r"month|\d|20\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b(?:no|zero|nil)\s+(?:[\w\-]+\s+){0,2}?(?:deaths|incidents|assaults|escapes|complaints|"
    r"absconds|fires|uses of force|claims|grievances)\b[^.]{0,40}?\b(?:this|last) (?:year|quarter|"
    r"month)\b"
    r"|\b(?:no|zero|nil)\s+(?:[\w\-]+\s+){0,2}?(?:\w+s|property|child|force)\b[^.;]{0,40}?\b(?:this|last|"
    r"in the) (?:year|quarter|month|period)\b"
)
_PAST_FINDING = re.compile(
    r"\b(?:showed|found|indicated|reported|recorded|highlighted|identified|rated|confirmed|"
    r"noted|revealed|concluded|judged|scored|ranked|placed|gave|described)\b",
    _I,
)
_SOURCE_JUDGEMENT = re.compile(
    r"\baccording to (?:our|the|its|their) (?:[\w\-]+ ){0,3}?(?:figures|data|records|statistics|"
    r"audit|survey|monitoring|logs?)\b"
    r"|\b(?:at|in) (?:our|the|its) (?:last|previous|most recent|20\d\d) inspection\b[^.;]{0,40}?"
    r"\b(?:(?:key )?concerns? (?:was|were) that|found|said|judged)\b"
    r"|\bcriticised (?:at|in|by) (?:our|the) (?:last|previous|20\d\d) inspection\b"
    r"|\b(?:imb|hmip|hmi prisons|cqc|ofsted|inspectorate|inspectors|ombudsman|ppo|auditors?|"
    r"(?:quality )?assurance team)(?:'s)?"
    r"(?: (?:last |latest |most recent |20\d\d |annual )*(?:inspection|report|audit|visit))?\s+"
    r"(?:rated|judged|graded)\b"
    r"|\b(?:failed|passed) (?:its|the|our|an?) (?:[\w\-]+ ){0,3}?(?:inspection|audit|assessment)\b|\b(?:commended|praised|criticised|criticized|highlighted|rated|judged|graded|described|"
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
    r"|\b(?:first|second|third|top|bottom|last) (?:among|of|in|out of) (?:the |our |all )?(?:[\w']+ ){0,3}?"
    r"(?:centres|contracts|sites|ircs|establishments|prisons)\b"
    r"|\b(?:lowest|highest)\b[^.;]{0,40}?\b(?:in the (?:detention )?estate|at any centre|of any centre|"
    r"in the country|nationally)\b"
    r"|\b(?:fell|rose|dropped|declined|increased|decreased|reduced|improved|grew|went up|went down|"
    r"halved|doubled|shrunk|shrank|grown)\s+(?:(?:its|their|our|the)\s+\w+\s+)?(?:by|from|to)\s+[^.]{0,20}?(?:\d|\b(?:one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twelve|twenty|half|fifth|quarter|third)\b)",
    _I,
)
# A gap stated as it stands now ("twice the centre average", "22 points below weekdays"): data
# even in a plan.
_GAP = re.compile(
    r"\b(?:twice|three times) (?:the|as)\b|\b(?:\d+|[a-z]+)[- ]point gap\b"
    r"|\b\d+\s*(?:percentage\s+)?points?\s+(?:below|above|lower|higher|behind|ahead)\b"
)
_FROM_TO = re.compile(
    rf"\bfrom\s+(?:\d[\d,.]*|{_COUNT_WORD}|one)\b(?:\s+\w+)?\s+to\s+(?:\d|{_COUNT_WORD}\b|one\b)"
)
_BASELINE = re.compile(
    r"\b(?:from|currently|current|now|at present|presently|last year|this year|was|were|"
    r"has been|have been|stands at|stood at|baseline|compared|in 20\d\d|so far|to date|since|"
    r"over the last|over the past|in the last|in the past|(?:have|has) "
    r"(?:completed|attended|been trained|done))\b",
    _I,
)
_TARGET_NUMBER = re.compile(
    r"\b(?:to|by|below|under|above|over|at least|at most|within|fewer than|more than|less than|"
    r"reach|reaching|target of|no more than|of|than|up to|down to|longer than|shorter than)\s+(?:around\s+|about\s+)?\d[\d,.]*\s*"
    r"(?:%|per\s?cent)?",
    _I,
)


_AGGREGATE = re.compile(
    r"\b(?:average|mean|median|in total|up from|down from|\d+ incidents|used \d+ times|"
    r"longest (?:current|stay|detention|wait)|longest currently)\b"
)


def _percent(text: str) -> bool:
    return ("%" in text or "per" in text) and bool(_PERCENT.search(text))


def is_evidenced(sentence: str, aspirational: bool | None = None, personal: bool = False) -> bool:
    """Return whether a sentence cites data or a named source with a finding."""
    if aspirational is None:
        aspirational = is_aspirational(sentence)
    sentence = sentence.lower()
    stripped = _strip_label_numbers(sentence)  # the sentence itself when it has no number
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
            _percent(stripped)
            or _COMPARISON.search(stripped)
            or _PROPORTION.search(stripped)
            or (_NUMBER.search(stripped) and _AGGREGATE.search(stripped))
        )
    if _NONE_IN_PERIOD.search(sentence):
        return True
    stripped = _without_ratings(stripped, sentence)
    has_data = bool(
        _NUMBER.search(stripped)
        or _percent(stripped)
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
        ) or bool(
            re.search(r"\bfrom\s+(?:[a-z]+\s+){0,3}?\d", stripped, _I)
            or _FROM_TO.search(stripped)
            or _GAP.search(stripped)
        )
    return True


# A self-rating is a judgement on the 1–4 scale, not data ("we would rate respect as 3",
# "self ratings: safety 2, respect 3"): its small numbers are blanked like labels.
_RATING_WORD = re.compile(
    r"\b(?:rate|rates|rated|rating|ratings|self-?assess\w*|scored?|scores|grade[sd]?|we give)\b"
    r"|\ba [1-4] from (?:us|me)\b"
)
_RATING_DIGIT = re.compile(
    r"(?<![\d.,£/])\b[1-4]\b(?!\d|[.,]\d|\s*%|/|\s*(?:per\b|percent|out of|times|of\b|[a-z]+s\b(?<!\bis)))"
)


def _without_ratings(text: str, sentence: str) -> str:
    """Return `text` (the sentence with its labels blanked) without a self-rating's numbers."""
    hints = ("rat", "scor", "assess", "grade", "give", " from ")
    if not any(hint in sentence for hint in hints):
        return text
    return _RATING_DIGIT.sub(" ", text) if _RATING_WORD.search(sentence) else text


def _has_specific_finding(sentence: str) -> bool:
    return bool(
        re.search(
            r"\b(?:that|found|showed|noted|rated|identified|described|highlighted|judged|points? to|pointed to|"
            r"recognised|acknowledged|raised|raising|"
            r"concluded|criticised|praised)\b[^.]{10,}",
            sentence,
            _I,
        )
    ) and not re.search(r"\b(?:positive|good|well|broadly)\s*\.?$", sentence.strip(), _I)
