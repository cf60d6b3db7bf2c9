"""The `aspirational` label: does a sentence state an intention, plan or hope, not what is?

The patterns below recognise the ways a SAR states a plan ("we aim to", "will be introduced by
next spring", "Next steps:", a bare "Improve …" target), with the exceptions that keep a rule
("Staff will knock before entering"), a purpose already acted on or a name ("Officer Will
Carter") from being read as one.
"""

import re

from selfassess.review.patterns import _I, _WORD_START, PARAGRAPH_NUMBER, alternatives

_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"  # months, lower case, in patterns
_WE = r"(?:we|i|the centre|the team|leaders|managers|the smt|senior leaders|the leadership team|our team|management|the service|the provider|the contractor|the centre manager|the head of \w+|this centre|everyone)"
_ASPIRATIONAL = alternatives(
    rf"\b{_WE}\s+(?:[\w\-]+\s+){{0,2}}?(?:aim|aims|intend|intends|plan|hope|hopes|wish|aspire|"
    r"aspires|seek|seeks|propose|proposes|envisage|envisages|must|are determined|are keen|"
    r"are committed|is committed|am committed|look forward|are looking forward)\s+(?:to|for|that)\b"
    rf"|\b{_WE}\s+(?:[\w\-]+\s+){{0,2}}?(?:want|wants|"
    r"expects?(?! (?:staff|officers|managers|colleagues|our staff|each (?:smt|senior|member|"
    r"manager)|every (?:member|manager|officer))\b)|would like|would want|intend|"
    r"need to|are seeking|is seeking|are exploring|is exploring|are considering|is considering|"
    r"are developing|is developing|are preparing|is preparing|exploring|considering)\b"
    r"|(?<!our )(?<!the )(?<!these )(?<!their )(?<!its )\b(?:plans|hopes|intends|aims|wishes|aspires|proposes) to\b"
    r"|\b(?:have|has) (?:planned|scheduled|booked|arranged) (?:a|an|the|for|to)\b"
    r"|\b(?:is|are) (?:planned|scheduled|booked|proposed) (?:for|to)\b"
    r"|\bworking towards?\b|\bworking hard to\b"
    r"|\bit is (?:hoped|intended|planned|anticipated|envisaged|proposed) (?:that|to)\b"
    r"|\bwe (?:anticipate|envisage|foresee)\b|\bnext steps?\b|\b(?:upcoming|forthcoming)\b"
    r"|\b(?:is|are) being (?:developed|planned|designed|drafted|procured|commissioned)\b"
    r"|\b(?:in|within|over) the (?:next|coming) (?:\w+\s+)?(?:weeks|months|year|years|quarter)\b"
    r"|\bin the process of\b|\bpending (?:approval|funding|agreement)\b"
    r"|\b(?:are|is|am|remain|remains)\s+(?:now\s+|still\s+|currently\s+|also\s+|fully\s+)?(?:going|planning|"
    r"aiming|intending|hoping|looking|seeking|preparing|committed|determined|due|scheduled|set|"
    r"about|planned|intended)\s+to\b"
    r"|\b(?:our|the|my|a|an|their|its)\s+(?:[\w\-]+\s+){0,2}?(?:ambition|aim|aspiration|vision|"
    r"intention|goal|objective|commitment|hope|mission|plan|target|aspiration)s?\s+(?:is|are|"
    r"remains|for\s+[\w\s]{1,30}?\s+is)\s+(?:also\s+|still\s+)?(?:to|that|for|a|an|one|simple|clear)\b"
    r"|\b(?:going forward|in the coming (?:months|year|weeks)|in future|in the future|over the "
    r"next (?:\w+\s+)?(?:months|year|years|quarter)|from next|by the end of (?:the )?(?:year|next|"
    r"this)|(?<!was )(?<!were )aiming to|intention is|the intention|with a view to|in order to achieve|to be "
    r"(?:completed|introduced|delivered|in place|rolled out|launched|achieved|"
    r"implemented|recruited|appointed|trained|refurbished|opened|agreed|published|extended|added|"
    r"cleared|filled|resolved|fixed|replaced|"
    r"expanded|piloted)|once (?:funding|approved|agreed|recruited)|subject to (?:funding|"
    r"approval))\b"
    r"|\b(?:owner|timescale|due|deadline|target date)\s*:"
    r"|\bsuccess (?:looks|will look|would look) like\b|\bon the agenda for\b|\bin the plan for\b|\bthere are plans\b|"
    r"\bplans are in place to\b|\b(?:i'm|we're|i am|we are) going to\b|"
    r"\b(?:are|is|am) looking at (?:introducing|bringing in|setting up|creating|extending|moving)\b|\bbusiness case (?:has been |was |is being )?(?:submitted|"
    r"prepared|for)\b|\bapplication has been made\b|\bsubject to (?:[\w\-']+\s+){0,3}?(?:approval|"
    r"funding|agreement|confirmation|sign-off|agreeing)\b|\bpending (?:recruitment|approval|funding|"
    r"agreement|confirmation)\b|\bawaiting (?:approval|funding)\b|\b(?:has|have) agreed to\b|\bwe mean to\b|\bwe'd like\b|\bwe would like (?!to "
    r"thank)|\b(?:we're|we are|are|is) aiming\b|\baiming for\b|\bset (?:ourselves|itself) "
    r"(?:the|a) (?:goal|target)\b|\bour intention\b|\b(?:have|has) committed to\b|"
    r"\b(?:hope|hopes|hoping) to\b|\b(?:is|are) planned(?:\s+for\b|\s*,|\s*\.?$)|\bwill go live\b",
    _I,
)
_BULLET_MARK = re.compile(r"^\s*[-*•–·]\s*")
_PURPOSE_DONE = re.compile(
    r"^to\s(?!be\b)[^,:]{3,90},\s+(?:[\w\-']+\s+){0,4}?\w+ed\b"
    r"|^to\s(?!be\b)[^,:]{3,60}?\s(?:we|staff|leaders|managers) (?:are|have been) \w+ing\b"
)
_PRIORITY_TITLE = re.compile(
    rf"^\s*(?:{PARAGRAPH_NUMBER}\s+)?(?:[a-z]{{2,12}}\s+)?(?:(?:priority\s*|p)\d+|priority (?:one|two|three|four|five|six|[a-f]))\b"
    r"(?:\s*\([^)]*\)|,\s*[^:.]{1,40}(?=:))?\s*[:.–—|-]"
    r"|^\s*priority (?:\d+|one|two|three|four|five|six) (?:is|will be)\b",
    re.IGNORECASE,
)
_SHOULD = re.compile(r"\bshould(?! have (?:been|\w+ed|\w+en)\b)")
# A norm the centre sets itself: "every member of staff should be able to explain why we exist"
# (but not a recommendation restated, nor "should have been").
_NORM = re.compile(
    r"\b(?:every|everything|all|no)\b[^.;:]{0,60}?\bshould (?!have been\b|not have\b|be directed\b|use\b)"
)
_RECOMMENDATION = re.compile(r"\brecommend|\basked\b|\bconcern")
_ARRANGED = re.compile(
    r"\bbooked (?:on|onto|for|in)\b|\b(?:scheduled|planned|due) (?:for|in|by)\b|\b(?:(?:has|have) agreed|(?:is|are) (?:expected|due|set|scheduled|planned|going|booked)) to\b"
)
# The long pattern is tried only where a word it can begin with starts: several times faster
# than letting the engine try every alternative at every character. What can only open a
# sentence ("Improve …", "Owner:", "To …") is _ASPIRATIONAL_START, tried first.
_ASPIRATIONAL_FIRST = frozenset(
    """we i the leaders managers senior our management this everyone plans hopes intends aims
    wishes aspires proposes have has is are am remain remains working it next upcoming
    forthcoming in within over pending my a an their its going from by aiming intention with to
    once subject owner timescale due deadline target success on there business application
    awaiting we'd we're set hope hoping will""".split()
)
_ASPIRATIONAL_START = re.compile(
    r"^(?:to(?! date\b)|targets?:|aims?(?: for [^:]{1,20})?:|objectives?:|goals?:|plans?:|proposals?(?::| from\b)|"
    r"action (?:point )?from\b|success (?:will|would) be)\s"
    r"|^targets? (?:\d|all|every|each|no|to|of|for|zero|nil)"
    r"|^want (?:every|all|each|to|detainees|staff|men|women)\b"
    r"|^(?:priority \d+\s*)?(?:owners?|due|timescales?|deadline|success measures?|measures? of "
    r"success|obstacles?|mitigations?|milestones?|vision|next steps?|actions?|target date)\s*[:–]"
    r"|^actions? (?:include|will)\b|^(?:measures?|awaiting \w+|milestones?|targets?|kpis?|how|what|who|when|by when|success criteria|success|delivery|"
    r"delivery plan)\s*:|^success\s*="
    r"|^success(?: here| for us| for this priority)? (?:will|would) (?:mean|be|look)\b"
    r"|^success (?:is|means)\b"
    r"|^(?:use(?![\s\-]+of\b)|get|give|keep|listen|learn)\b"
    r"|^(?:improve|reduce|increase|ensure|develop|deliver|embed|strengthen|introduce|establish|"
    r"achieve|raise|cut|expand|create|build|implement|recruit|provide|enhance|maintain|promote|"
    r"extend|review|refurbish|roll out|reinstate|eliminate|halve|double|minimise|maximise|"
    r"better|make|tackle|address|support|enable|secure|open|launch|invest|upgrade|agree|stop|"
    r"replace|fix|print|publish|train|move|bring|complete|reach|end|start|begin|hire|appoint|"
    r"halt|close|reopen|shorten|speed up|widen|restore|redesign|rewrite|renew|refresh|stabilise|"
    r"stabilize|sort out|rebuild|modernise|modernize|simplify)\b"
    r"(?!\s+(?:for|of|is|are|was|were|has|have|from)\b)"
    r"|^(?!(?:[\w\-]+\s+){0,4}?(?:we|i|they|had|(?:have|has)(?! an?\b| the\b| their\b)|was|were|did|is|"
    r"are|it|\w+ed|asks?|wants?|"
    r"needs?|struggles?|tries|try|seems?|fails?|able|unable|waits?|waiting|time|chance|"
    r"opportunity|right|long)\b)"
    r"(?:[\w\-]+\s){1,5}to\s+(?:meet|start|open|run|launch|complete|begin|go live|take place|"
    r"move|have|receive|get|see|attend|complete|feel|be (?:introduced|completed|in place|appointed|"
    r"recruited|opened|trained|extended))\b"
)


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
    rf"(?:next|(?:{_MONTHS})[a-z]*|spring|summer|autumn|"
    r"winter|20\d\d|q[1-4]|(?:the\s+)?(?:coming|following)|(?:\w+\s+)?(?:months|weeks|years))"
    r"|\bnext\s+(?:year|month|quarter|financial year|spring|summer|autumn|winter|inspection|irp)"
    r"|\b(?:from|in) the new year\b|\bonce the\b|\bbefore the (?:end|winter|summer|spring|autumn|"
    r"next)\b|\bby the time of\b|\bby (?:the )?(?:end of )?20\d\d\b"
    r"|\bthis\s+(?:year|spring|summer|autumn|winter|quarter)\b"
    r"|\bby the end of (?:the |this |next )?(?:financial|calendar|business|academic|contract) year\b"
    rf"|\b(?:by|before|from|through to) (?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTHS})[a-z]*\b"
    rf"|\bthrough to (?:{_MONTHS})[a-z]*\b",
    _I,
)
_CHANGE = re.compile(
    r"(?:will|shall|'ll)\s+(?:\w+ly\s+|also\s+|now\s+|then\s+|soon\s+|all\s+|each\s+|both\s+|"
    r"then\s+)?(?:be\s+)?(?:re-?)?(?:introduc|launch|start|begin|recruit|reduc|increas|improv|complet|"
    r"open|roll|develop|deliver|appoint|expand|replac|extend|establish|creat|becom|move|achiev|"
    r"report|run|present|lead|chair|oversee|track|"
    r"build|built|implement|train|review|pilot|trial|refurbish|install|upgrad|invest|publish|"
    r"set up|embed|strengthen|cut|halv|doubl|rais|lower|bring|brought|make|made|take|work|focus|"
    r"prioritis|address|tackl|ensur|seek|aim|have|reach|fall|rise|fell|drop|meet|enabl|go live|"
    r"stop|revisit|cover|replac|extend|schedul|"
    r"resum|engag|liais|explor|consult|monitor|evaluat|pair|assign|allocat|look|be ongoing|continue to (?!be |hold |house |operate )|"
    r"continu(?:e|ed) to (?:develop|improv|build|expand|work))",
    _I,
)
_LEADER_WILL = re.compile(
    r"(?:the |our )?(?:head of [\w ]{1,30}?|deputy(?: [\w]+)?|director|(?:\w+ )?manager|smt|slt|"
    r"senior (?:leadership |management )?team|leadership team|(?:\w+ )?lead|chair)\b[^.;]{0,50}?"
    r"\bwill\s+(?!be\s+(?:seen|held|given|offered|able|asked)\b)"
)
_UNCERTAIN_WILL = re.compile(
    r"\b(?:sure|certain|unclear|whether|doubt|know|worry|worried|fear|risk)\b[^.]{0,60}?"
    r"\b(?:will|'ll)\b",
    _I,
)
# Vision in other words: "our vision, developed with staff, is for …", "a place where …",
# "the delivery plan sets targets of …".
_VISION = alternatives(
    r"\bwill (?:jointly |both |together )?(?:own|lead|oversee|be responsible for) (?:this\b|the|each|every) (?:priority|work|"
    r"action|plan|project)|\bwould love to\b|\bwill be (?:recognised|known|seen|regarded) (?:as|for|nationally|across)\b"
    r"|\bvision\s*(?::|[–—-]\s*to\b)|\bplanned actions?\b|\bactions? planned\b|\b(?:ambition|vision|aim|goal)\s+is\s+(?:\w+\s+(?:and\s+)?){0,3}?\w+\s*:"
    r"|\bshould (?:never |always )?(?:be (?:a|an|the) (?:place|centre|kind|exception)|feel like)\b"
    r"|\b(?:our|my|the) (?:first|top|main|biggest|second|third|immediate) priority (?:is|will be) to\b"
    r"|^(?:we|i) must\b(?! (?:also )?(?:acknowledge|admit|be honest|recognise|accept|thank|pay tribute|mention))|\b(?:we|i) (?:very much |still |also )?hope\b"
    r"|\bworking to (?:a|the) [\w\- ]{0,20}?(?:date|deadline|timetable)\b"
    r"|\b(?:we|i) (?:are|am) working (?:closely )?(?:with [^.;]{1,80}? )?to (?:introduce|move|make|"
    r"start|set up|develop|reduce|improve|increase|bring|create|secure|agree|extend|expand|"
    r"replace|get|find)\b"
    r"|\bwith the aim (?:that|of|to)\b"
    r"|\b(?:starts|begins|opens|launches|commences|goes live|comes into (?:force|effect)) (?:in|on|from) "
    rf"(?:early |late |mid-?)?(?:{_MONTHS}|next|the new year)"
    r"|(?<!was due )(?<!were due )\bto (?:start|begin|open|launch|go live) (?:in|from|by) "
    rf"(?:{_MONTHS})"
    r"|\bworking (?:with [^,.;]{1,60}? )?to (?:re)?(?:start|open|introduce|launch|restore|set up|"
    r"create|deliver)\b[^.;]*\bby (?:the end of )?"
    rf"(?:{_MONTHS}|spring|summer|autumn|winter|20\d\d)"
    r"|\b(?:ambition|vision|aspiration|intention|goal)\b[^.;]{0,120}?\bis (?:for|that|to)\b"
    r"|\b(?:should|to) be a place\b|\bas a place (?:of|where)\b"
    r"|\b(?:should|to) be (?:a|an) (?:[\w,\-]+ ){1,4}?(?:place|centre|environment) (?:where|that|which|for)\b"
    r"|\bwill be (?:a|an|the) (?:[\w,\-]+ ){0,5}?(?:place|centre|home|community|environment) "
    r"(?:where|that|which|of|for|in)\b|\blooking at options\b"
    r"|\bexpect(?:s|ing)? (?:a|the|their) (?:decision|response|answer|outcome|verdict)\b"
    r"|(?<!was )(?<!were )(?<!had been )\b(?:scheduled|planned|booked|pencilled in|due) (?:for|in) "
    rf"(?:early |late |mid-?)?(?:{_MONTHS}|q[1-4]|20\d\d)[a-z]*\b"
    r"|\bvision\b[^.;]{0,120}?\bis\s*['‘\"“:]"
    r"|\b(?:vision|ambition|mission|purpose) (?:is|remains) (?:of|a|an|to|that|for)\b"
    r"|\bwith a target (?:to|of)\b"
    r"|\bdue for (?:replacement|refurbishment|renewal|repair|upgrade)\b"
    r"|\b(?:sets?|setting) (?:a |new |clear |ourselves |itself )?targets? (?:of|for|to)\b"
)
# Plans whose first word is a common one ("is", "we", "has"): searched for directly, which is
# cheaper than trying the long pattern at every such word.
_PLAN_PHRASES = alternatives(
    r"\bwe (?:move|switch|change|go|start|begin|open|launch) [^.;]{0,60}?\b(?:in|from|by) "
    rf"(?:{_MONTHS})"
    r"|\b(?:(?:has |have )?slipped|(?:has|have) been (?:moved|pushed back|delayed|postponed|deferred)) "
    rf"(?:to|until) (?:{_MONTHS}|next|the new year)"
    rf"|\btarget date (?:{_MONTHS}|\d)"
    r"|\b(?:is|are) to be (?:led|delivered|completed|introduced|rolled out|implemented|launched|funded|"
    r"recruited|piloted|extended|opened)\b|\b(?:we're|we are|i am|i'm) (?:hopeful|optimistic)\b"
    rf"|\bstarting (?:in|from|on) (?:{_MONTHS}|next)"
    r"|\b(?:are|is) working (?:closely )?with [^.;]{1,80}? to (?:commission|introduce|develop|set up|"
    r"create|secure|recruit|fund|open|launch)\b"
    r"|\b(?<!that )(?<!needs )(?<!need )(?:is|are) to (?:be \w+ed|begin|start)\b|\b(?<!needs )(?<!need )(?<!remains )(?<!remain )(?<!still )(?<!yet )to be (?:done|completed|delivered|in place)\b"
    r"|^(?:success(?: metrics?| measures?| criteria)?|kpis?|targets?|measures? of success|the measure|"
    r"the kpi|the target|target culture|focus|(?:\w+-year )?horizon)\s*(?:is|are|will be|[:–—-])\s|^success means\b|\bwe dream of\b"
    r"|^success (?:overall |in [\w ]{1,20} )?will be\b|\b(?:we|i) (?:believe|think|know)\b[^.;]{0,40}?\b(?:can|could) become\b"
    r"|^how\s*[:–—-]\s|\b(?:our|the) (?:aim|ambition|goal)s? for\b"
    r"|\bour (?:[\w\-]+ )?vision\b[^.;]{0,100}?\bis (?:a|an|that|to|for)\b"
    r"|\bis (?:the|our) (?:overarching |overall |shared |agreed |long-term )?(?:vision|ambition)\b"
)
# Every word a _PLAN_PHRASES alternative can begin with; it is tried there and at the start of
# the text (where "three-year horizon:" can begin with any word).
_PLAN_FIRST = frozenset(
    """we has have slipped target targets is are i starting to our the success kpi kpis measure
    measures focus horizon how""".split()
)
# A verbless bullet with a date ahead: "New laptops for DCMs by April.", "Sunday gym from
# January."
_DATED_BULLET = re.compile(
    r"^(?![^.]*\b(?:was|were|is|are|has|have|had|did|does)\b)(?:[\w\-']+\s+){1,8}"
    rf"(?:by|from|before)\s+(?:the end of\s+)?(?:{_MONTHS})"
    r"[a-z]*(?:\s+20\d\d)?\s*\.?$"
)
# Every word a _VISION alternative can begin with (it is tried only at those words).
_VISION_FIRST = frozenset(
    """will would our my the we i working with to ambition vision aspiration intention goal aim
    should as sets set setting planned action actions expect expects expecting scheduled booked
    pencilled due mission purpose looking
    we're i'm starting starts begins opens launches commences goes comes""".split()
)
_UNDER_WAY = re.compile(r"\b(?:we are|we're|we have been)\s+\w+ing\b|\btarget (?:is|start)\b")
# Work going on until a date ahead: "the HR manager is running open days through to June".
_RUNNING_UNTIL = re.compile(
    r"\b(?:is|are) (?:now |currently |also )?\w+ing\b[^.;]*\b(?:by|through to|before) "
    rf"(?:the end of )?(?:\d{{1,2}}(?:st|nd|rd|th)? )?(?:{_MONTHS})"
)
_NOT_FUTURE = re.compile(
    r"\b(?:goodwill|free will|ill will|will\s+(?:have\s+been|often|usually|typically|normally|"
    r"always|sometimes|generally|tend)|you will|you'll|than we would like|would like to (?:thank|record|express|pay tribute|place on record)|"
    r"thanks are (?:also )?due|(?:want|wish) to thank|where (?:we|it|they|the centre) (?:need|needs|want|wants|would like) to be|"
    r"(?:dropped|abandoned|shelved|scrapped|withdrew) (?:our|the|its|their) plans?|"
    r"will (?:not|never) (?:happen|work|be enough|be possible)|won't (?:happen|work)|"
    r"will (?:lead to|result in)|should be (?:noted|said)|will (?:tell|say to|show) you|"
    r"(?:you|they) will (?:hear|see|find)|what will happen|won't pretend|will not pretend|"
    r"(?:was|had been) (?:always )?our intention|(?:they|he|she) will face|would like to acknowledge|"
    r"than we'd like|than we would want|should go to)\b",
    _I,
)


_LEAD_LABEL = re.compile(
    rf"^(?:{PARAGRAPH_NUMBER}\s+)?(?:priority\s+\d+|\d+(?:\.\d+)*|[ivx]+|[a-h]|kc\s*\d+(?:\.\d+)*|first|second|third|fourth|"
    r"fifth|sixth|finally|next)\s*[:.)\-–,]\s*",
    _I,
)


_NOT_FUTURE_HINTS = (
    "will",
    "'ll",
    "won't",
    "would",
    "thank",
    "need",
    "want",
    "plan",
    "should",
    "intention",
)


def _not_future(text: str) -> str:
    """Blank the phrases that look like plans but are not ("goodwill", "you will hear").

    The phrases are looked for only if a word they need is there. The text keeps its case:
    the phrases are lower case, so "Officer Will Carter" keeps its capital and its name.
    """
    lower = text.lower()
    return _NOT_FUTURE.sub(" ", text) if any(hint in lower for hint in _NOT_FUTURE_HINTS) else text


def is_priority_title(sentence: str) -> bool:
    """Return whether a sentence opens with a priority's number: "Priority 2:", "P3 –"."""
    return bool(_PRIORITY_TITLE.match(sentence))


def is_aspirational(sentence: str) -> bool:
    """Return whether a sentence states an intention, plan or hope rather than what is."""
    original = sentence.strip()
    text = _not_future(_LEAD_LABEL.sub("", sentence.strip().lower()))
    text = _BULLET_MARK.sub("", text)
    if _PURPOSE_DONE.search(text):
        return False  # "To stop X, officers trialled Y": a purpose already acted on
    if _PRIORITY_TITLE.match(original):
        return True
    if _ASPIRATIONAL_START.match(text) or _search_from_words(
        text, _ASPIRATIONAL, _ASPIRATIONAL_FIRST
    ):
        return True
    if _SHOULD.search(text) and (
        _FUTURE_TIME.search(text) or (_NORM.search(text) and not _RECOMMENDATION.search(text))
    ):
        return True
    if (
        _search_from_words(text, _VISION, _VISION_FIRST)
        or _DATED_BULLET.match(text)
        or _PLAN_PHRASES.match(text)
        or _search_from_words(text, _PLAN_PHRASES, _PLAN_FIRST)
    ):
        return True
    if (_UNDER_WAY.search(text) and _FUTURE_TIME.search(text)) or _RUNNING_UNTIL.search(text):
        return True  # "we are introducing an academy, launching in January 2026"
    if _ARRANGED.search(text) and _FUTURE_TIME.search(text):
        return True
    # "will" is the verb only in lower case: "Officer Will Carter" is a name.
    if not _WILL.search(original) or not _WILL.search(_not_future(original)):
        return False
    if _UNCERTAIN_WILL.search(text):
        return False
    # "Staff will knock before entering" is a rule, not a plan: "will" counts as a plan when
    # we say it, when a date lies ahead, when what follows is a change, or when a leader is
    # the one who will act ("the head of residence will remind all staff").
    return bool(
        _FIRST_PERSON.search(text)
        or _FUTURE_TIME.search(text)
        or _CHANGE.search(text)
        or _LEADER_WILL.match(text)
    )
