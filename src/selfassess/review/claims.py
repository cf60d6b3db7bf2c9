"""The `unsupported_claim` label: does a sentence praise current performance with no evidence?

A claim is a positive cue ("robust", "works well", "leaders know") that is not negated,
denied, named as a weakness in its clause, part of a phrase that is not praise ("good order")
or only what is to be checked; a sentence that merely restates a framework indicator as met
("Leaders are visible") is a claim too. Questions, evidenced and aspirational sentences never
are.
"""

import re
from collections.abc import Iterator
from functools import lru_cache

from selfassess.review import claim_model
from selfassess.review.aspiration import is_aspirational
from selfassess.review.evidence import is_evidenced
from selfassess.review.framework import framework_indicators
from selfassess.review.model import features
from selfassess.review.patterns import _I, _WORD_START, alternatives, written
from selfassess.review.text import tokens

# Praise, in the words SAR writers use for it. "…works (very) well" is kept apart: it is the
# costliest alternative, and it cannot match a sentence without "well".
_PRAISE = (
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
    r"goes above and beyond|go above and beyond|no concerns|no issues|rapport|promptly|openly|fairly|thoroughly|"
    r"rare|popular|(?:a|real|key|particular|genuine|clear|major|notable)\s+strengths?|"
    r"underpins? everything|at the heart of everything|delivering results|robustly|competent|"
    r"knows? (?:most|every|all|each) (?:\w+ )?by name|(?:is|are) (?:broadly )?adequate|"
    r"(?:is|are) improving|amazing|lives? (?:our|the) values|part of our dna|utmost|"
    r"market-leading|lead(?:s|ing)? the sector|"
    r"hallmark|never been (?:stronger|better|closer|safer|calmer)|truly shines?|shines?|"
    r"something for everyone|beating heart|runs? through everything|"
    r"(?:one|some) of (?:our|the centre's|its) (?:real |greatest |biggest |key )?strengths|"
    r"(?:the )?best (?:it|they|we) (?:has|have) (?:ever )?been|kindest|friendliest|"
    r"one of the most (?:caring|supportive|respectful|humane|welcoming|settled|positive)|"
    r"generous|(?:is|are) (?:broadly )?sufficient|seen as an improvement|"
    r"(?:have|has) (?:come|gone) down|(?:is|are) used rarely|"
    r"(?:is|are|remains?|feels? like) (?:a|an) (?:very |genuinely |really )?safe (?:place|centre|environment)|"
    r"(?:available|completed) (?:to|for) (?:every|each) (?:woman|man|detainee|person|resident)\b|"
    r"all (?:our )?staff (?:are|have been) trained\b|(?:has|have) helped a number of\b|"
    r"much (?:nicer|better)|cleared (?:most of )?the backlog|"
    r"(?:greatest|biggest|main|important|great) strengths?|centre of excellence|beacon of|"
    r"shared by (?:every|all) (?:member|of us|our|staff)|tirelessly|(?:come|already) a long way|"
    r"always (?:busy|well attended)|sparingly|stable and experienced|experienced and stable|"
    r"family[- ]friendly|made progress on (?:most|all|many)|"
    r"heaven and earth|progress on [\w ]{1,20}:\s*(?:good|reasonable)|(?<=: )achieved\b|(?<=:)achieved\b|"
    r"(?:score|rating)\b[^.;]{0,25}?\b(?:is|:)\s*(?:an?\s+)?[34]\b|rate \w+ [34]\b|"
    r"^progress\s*:\s*(?:good|reasonable)\b|well on the way|innovative|well[- ]stocked|strongest|"
    r"(?:the )?best (?:i|we) have (?:seen|worked)|varied|home-cooked|transformed|talented|hugely|"
    r"(?:is|are) warm|goes the extra mile|go the extra mile|trusted|one of the safest|safest|"
    r"strengthened|exceeds? (?:the |our |its )?(?:contractual |national |required |expected )?"
    r"(?:requirements?|standards?|targets?|expectations?)|knows? (?:them|us|him|her|most|every|all|each)\b[^.;]{0,20}\bby name|"
    r"(?:self-?rat(?:ed|ing)|scored (?:ourselves|itself)|rated (?:ourselves|itself)?|rating|given "
    r"(?:ourselves|itself))\s*(?:as\s*)?:?\s*(?:an?\s+)?(?:3|4|three|four|good|reasonably good)\b|strengths? of the centre|"
    r"(?:is|are) (?:a|our) (?:real |particular |key )?strength|constructive|in every case|"
    r"without exception|close-knit|award-winning|rich and varied|vast majority|well cared for|"
    r"(?:is|are) (?:very |highly )?(?:committed|resilient|dedicated)|"
    r"progress\b[^.;]{0,30}?\b(?:as|is|was|be):? (?:good|reasonable)|"
    r"^(?:good|reasonable|significant|considerable) progress\b|(?:made|making) (?:good|reasonable|"
    r"significant|considerable|real|excellent) progress|progress has been (?:good|reasonable)|"
    r"wide range|proportionate|realistic|ambitious|clear understanding|visible|approachable|"
    r"understood by|owned by|within the required|within (?:the )?(?:agreed |set |required )?timescales?|meets? (?:the|all|our) "
    r"(?:standards?|targets?|requirements?)|well[- ]prepared|helps? (?:them|detainees|staff|"
    r"women|men) (?:to )?(?:cope|feel|settle|understand))\b"
)
_WELL_AFTER_VERB = r"|\b(?:\w+ed|\w+s|know|share|treat|support|run|work|manage|handle|cope)\s+(?:\w+\s+){0,3}?(?:very\s+)?(?<!as )well\b(?!-| being| as| below| short| behind| under)"
_PRAISE_MORE = (
    r"|^(?:our\s+)?(?:leaders|senior leaders|managers|line managers|the smt|smt|slt|the senior "
    r"management team|staff|we|our staff|our culture|the culture|officers|dcms|leaders from "
    r"[\w\s,]+?|culture|organisational culture)\s+(?:(?:\w+ly|all|also|here|now|do|does|really|"
    r"still|both|each|always|then|will|can|must)\s+){0,2}?(?:know|understand|listen|"
    r"encourage|ensure|make sure|promote|model|welcome|communicate|recognise|value|"
    r"have the|has the|are visible|are approachable|are skilled|are experienced|take time|"
    r"follow up|respond)(?!e?d\b)(?<!recognise(?=s? (?:that|there|they|it|we|our|this|how|where|why|the (?:particular|specific|"
    r"need|risks?|challenges?|vulnerab))\b))\w*\b"
    r"(?! (?:a|an|one|(?:this|that|it) (?:is|was)|(?:this|that) from|from)\b)"
    r"|\b(?:is|are)\s+used\s+to\s+(?:generate|shape|inform|drive|improve|track|understand)\b"
    r"|\bsupports? (?:improvements?|effective|good)\b"
    r"|\b(?:properly|easily|readily|fully|deeply|smoothly|kindness|productive|full and varied|"
    r"for the better|right direction|proud|trusts?|care deeply|meets? the needs|valued?|welcome|"
    r"been resolved|is resolved|been addressed|looked after|not tolerated|not a problem|never left|nobody waits|"
    r"no one waits|at all times|at all levels|everyone knows|everybody knows|"
    r"understands? that|real purpose|always something|everything they need|what they need|"
    r"help they need|fully informed|everyone's business|are learned|are learnt|(?:is|are) high|"
    r"can tell|can explain|know(?:s)? the priorities|"
    r"identified early|quickly|seriously|creatively|genuinely|acutely|data-driven|hand in hand|"
    r"plenty|at the heart of|real sense of|sense of teamwork|teamwork|buy-in|accurate|honest|"
    r"meaningful|clear standards|acted on|acted upon|recognised and shared|encouraged at every|"
    r"welcomed|everybody here|everyone here|as much \w+ as possible|most of the day|"
    r"in response to new information|challenge poor|seek to resolve|strengths:)(?!\w)"
    r"|\b(?:feel|feels|felt)\s+(?:more\s+|much\s+|very\s+|really\s+)?(?:safe|able to|respected|supported|valued|listened to|confident|"
    r"well cared for|cared for|part of|proud|at home)\b"
    r"|\b(?:superb|brilliant|fantastic|wonderful|tremendous|invaluable|sterling|remarkable|"
    r"first-rate|role models?|supportively|constructively|sensitively|compassionately|"
    r"professionally|patiently|broad and balanced|rich range|wide variety|on track|"
    r"on course|ahead of schedule|(?:only )?as a last resort|work(?:s|ing)? closely|"
    r"clear information|enjoy working|brilliantly|superbly|excellently|look after|looks after|"
    r"huge success|great success|real success|family-friendly|homely|capable|"
    r"better than (?:i|we) expected|"
    r"encouraging|reassuring|second to none|among the best|"
    r"one of the best|better than (?:(?:at|in) )?(?:other|most|many|any|anywhere)|kinder than|inspirational|"
    r"inspiring|hard-?working|dedicated staff|lovely|always have time|(?:absolutely )?loves?|"
    r"(?:made|makes|making) a (?:real|big|huge|significant|positive|genuine) difference|"
    r"much (?:better|safer|improved|calmer|cleaner|quicker|less frequent|more settled)|"
    r"complies with|compliant with|implemented (?:across|in) all|satisfactory|acceptable standard|"
    r"to a (?:high|good) standard|trusted by|(?:good|reasonable|significant|considerable|excellent|"
    r"real|strong|substantial) progress|progress (?:here )?is (?:good|reasonable))\b"
    r"|\b(?:violence|self-harm|assaults?|incidents?|complaints?|bullying|force|tension|losses|"
    r"sickness|absence|waiting times?)\s+(?:[\w\-]+\s+){0,3}?(?:is|are|remains?|were|was)\s+"
    r"(?:very\s+|relatively\s+|consistently\s+)?(?:low|minimal|rare|negligible)\b"
    r"|\b(?:is|are|were)\s+(?:very\s+|always\s+|generally\s+)?(?:kind|patient|helpful|friendly|"
    r"polite|courteous|fair|the best)\b"
    r"|\b(?:violence|self-harm|assaults?|incidents?|complaints?|force|bullying|waiting times?|waits|"
    r"absence|sickness)\s+(?:[\w\-]+\s+){0,3}?(?:has\s+|have\s+)?(?:reduced|fallen|fell|dropped|"
    r"decreased|declined)\s+(?:significantly|sharply|markedly|considerably|dramatically|"
    r"substantially)\b|\bwaits? (?:are |is )?(?:short|minimal)\b"
    r"|\bmeets? (?:the |all )?(?:\w+ )?needs\b"
    r"|\btreats? (?:\w+ )?(?:people|detainees|men|women|everyone|residents) with (?:respect|dignity|"
    r"kindness)\b"
    r"|\btreated (?:with respect|with dignity|fairly|well)\b"
    r"|\bgood relationships?\b"
    r"|\b(?:is|are) (?:now |much |far )?better (?:\w+ed|understood|known)\b"
    r"|\b(?:and|but) (?:all )?(?:staff|leaders|managers|officers) (?:now )?(?:know|understand)\b"
    r"|\b(?:detainees|men|women|residents|people|they) (?:really |clearly |all )?(?:enjoy|appreciate)\b"
    r"|\b(?:complaints|incidents|self-harm|violence|assaults|waiting times|waits|use of force|finds)\b"
    r"[^.;]{0,30}?"
    r"\b(?:fell|dropped|declined|(?:have|has) (?:reduced|fallen|dropped|decreased|declined))\b"
    r"|\b(?:magnificently|admirably|swiftly|carefully|celebrated)\b|\bshortest possible time\b"
    r"|\bknows? (?:most|every|all|each) (?:\w+ ){0,3}?by name\b|\bin line with (?:other|similar) "
    r"(?:centres|ircs)\b|\bmany of the (?:actions|recommendations) have been (?:completed|implemented|"
    r"addressed)\b|^(?:status\s*:\s*)?achieved\b|^(?:progress|status)\s*:\s*(?:achieved|met|completed?)\b"
    r"|\b(?:much|well)[- ]loved\b|\bhighlight of\b|\ban inspiration\b"
    r"|^(?:safety|respect|activities|purposeful activity|preparation[\w ]{0,30}?)\s*[:–—-]\s*[34]\b"
    r"|\b(?:massive|big) success\b|\b(?:is|are) the heart of\b|\b(?:a|real|the) highlight\b"
    r"|\b(?:is|are) consistent\b(?! with)|\bapproach (?:\w+ )?freely\b"
    r"|\bactively (?:sought|encouraged|involved|promoted|"
    r"engaged|monitored|managed)\b|\bno longer an? (?:issue|problem|concern)\b"
    r"|\b(?:is|are|remains?) (?:consistently |always |well )?within (?:the |our )?(?:[\w\-]+ )?target\b|\bknows? (?:\w+ ){1,3}?by name\b"
    r"|\b(?:is|are) (?:our|a) (?:big|great|main) strength\b|(?<=\ba )strength\b|\benriching\b|\bwarmly\b"
    r"|\bconsidered (?:to be )?(?:high|strong)\b|\bno (?:significant )?(?:disproportionality|concerns|issues) "
    r"(?:has|have) been (?:identified|found)\b|\bneeds (?:are|is) met\b|\bsmall but mighty\b"
    r"|\blive (?:it|them|this|our values) every day\b|\bbuy into\b|\bdeep understanding\b|\bkindly\b"
    r"|\bwarmth\b|\bmuch-needed\b"
    r"|\bgrown in confidence\b|\breal authority\b|\bfully staffed\b|\bvalues-driven\b|\bmuch stronger\b"
    r"|\b(?:is|are) (?:usually |generally |always )?prompt\b|\b(?:submitted|completed|delivered|answered) "
    r"on time\b|\bvaluable\b|\bunderpins? all\b|\bwealth of\b|\bclear accountability\b"
    r"|\bfriendly (?:centre|place|atmosphere)\b|\bdedication of\b|\brarely (?:used|needed)\b"
    r"|\bgood (?:links|working relationships?|partnerships?)\b|\bbig heart\b|\bbackbone of\b"
    r"|\bsomething we treasure\b|\brich (?:regime|programme|offer)\b|\bone of the easiest\b"
    r"|\bbrought stability\b|\bcompares? favourably\b|\b(?:strategy|approach|plan|scheme|system|"
    r"process) is working\b|\benergised\b|\bproudest\b|\b(?:is|are) (?:\w+ and )?professional\b"
    r"|\b(?:is|are) (?:now )?sufficient\b"
    r"|\bserious attention\b|\b(?:which|this|that) has helped\b|\breasonable range\b"
    r"|\bbetter than (?:the |our )?(?:survey|data|figures|report|results?) (?:suggests?|shows?)\b"
    r"|\bone of the most (?:settled|experienced|stable|respected|successful|improved|effective)\b"
    r"|\bno (?:waiting list|waiting lists|backlog)\b|\b(?:make|makes|making|take|taking) informed "
    r"decisions\b"
    r"|\b(?:considered|deemed) (?:to be )?(?:adequate|sufficient|effective|good|appropriate)\b"
    r"|\b(?:experienced|stable) (?:and (?:experienced|stable) )?(?:team|leadership team|smt|"
    r"management team)\b|\bhas (?:reduced|cut|improved|increased) the (?:number|rate|level|"
    r"frequency) of\b"
    r"|\bprouder\b|\bamong the very best\b|\brave (?:about|reviews)\b|\bwork(?:s|ed|ing)? miracles\b"
    r"|\b(?:delighted|glad) to (?:say|report)\b|\bflagship\b|\blearning organisation\b"
    r"|\bwell[- ]aligned\b|\bmutually reinforcing\b|\bbest[- ]in[- ]class\b|\bdifferentiator\b"
    r"|\bgame[- ]changer\b|\btightly (?:governed|managed|controlled)\b|\bstrong momentum\b"
    r"|\b(?:works?|working) as (?:it|they) should\b|\bspot on\b"
    r"|\bturned (?:\w+ ){0,3}?(?:round|around)\b|\bgot (?:a lot |much |far )?better\b"
    r"|\b(?:really|genuinely) (?:like|value|appreciate)\b|\bwidely (?:read|used|respected)\b"
    r"|\b(?:really )?lifted the profile\b|\balready share\b|\b(?:is|are) (?:generally |all )?up to date\b"
    r"|\b(?:is|are) (?:generally|consistently|always) followed\b|\beasy to (?:find|talk to|approach)\b"
    r"|\bhelped (?:them|him|her|detainees|staff|women|men) (?:to )?(?:cope|feel|settle|understand)\b"
    r"|\b(?:is|are) quick\b|\b(?:is|are) a different (?:centre|place) from\b|\bworking as one team\b"
    r"|\bconsider (?:this|the|that) (?:concern|recommendation|action) (?:to be )?(?:resolved|closed|met|achieved)\b"
    r"|\b(?:relationships?|relations|links) with [^.;]{0,80}?(?:is|are) (?:very )?close\b"
    r"|\b(?:is|are) (?:probably |generally |broadly |largely )?acceptable\b"
    r"|\b(?:assess|judge|consider|rate)(?:s|d)? (?:this|it|our progress|progress here) (?:as |to be )?"
    r"(?:good|reasonable)\b"
    r"|\bself-assessed as (?:good|reasonable)\b"
    r"|\bimprovements? (?:[\w\-]+ ){0,4}?(?:have|has) been (?:made|delivered|implemented|achieved|secured|seen)\b"
    r"|\b(?:has|have) been (?:enhanced|intensified|transformed)\b|\b(?:has|have) been achieved\b"
    r"|\bassurance has been (?:provided|given)\b|\bmitigations are in place\b"
    r"|\bno disproportionality (?:was|has been|is) (?:identified|found|evident)\b"
    r"|\ball (?:procedures|policies|processes|the procedures) (?:were|are) (?:found to have been )?followed\b"
    r"|\bin full compliance\b|\bwell within\b|\btruly lived\b|\bembraced\b|\bcherished\b|\buplifting\b"
    r"|\btreasures?\b|\btriumph\b|\bangels\b|\bfull of (?:energy|life|creativity)\b|\bnot a dry eye\b"
    r"|\bnever give up\b|\b(?:greatest|biggest|main) (?:[\w\-]+ )?strength\b|\b(?:is|are) everywhere\b"
    r"|\bwithout fail\b|\bheartbeat\b|\b(?:is|are) (?:now )?the heart of\b|\bpunch(?:es|ing)? above\b"
    r"|\bwent down well\b|\bgoes down well\b|\bmore than most (?:centres|ircs)\b|\bthe best thing about\b"
    r"|\bknow (?:them|us|him|her) by sight\b|\bcontinues? to be (?:broad|strong|good|excellent|effective|high)\b"
    r"|\bknow (?:[\w\-']+ ){1,6}?well\b(?! enough)"
    r"|\bwithin (?:the )?(?:contractual |agreed |set |required )?targets?\b"
    r"|\bno significant disparit\w+\b|\b(?:really|very|extremely) useful\b"
    r"|\bbetter than (?:it|they) (?:was|were|used to be)\b|\b(?:been seen|happening) (?:[\w\-]+ ){0,3}?more often\b"
    r"|\bwe think (?:this |it )?(?:has|have) helped\b|\ball (?:our )?staff (?:did|have done|completed|have completed) "
    r"(?:the )?training\b|\bno secrets\b|\bwell[- ]controlled\b|\bwent (?:very |really |extremely )?well\b"
    r"|\bat the core of\b|\b(?:developing|progressing|settling) (?:very |really )?well\b"
    r"|\bwithout (?:any )?(?:interruption|disruption|a break|a hitch)\b|\buninterrupted\b"
    r"|\b(?:was|were|has been|have been|remained|remains?) (?:largely |entirely |completely )?unaffected\b"
    r"|\bon the up\b|\bin (?:large|great|big|good|record) numbers\b"
    r"|\b(?:appears?|seems?) to be (?:improving|working|embedding|settling)\b"
    r"|\bcould not (?:ask|wish) for (?:a )?better\b|\bwithout (?:a )?complaint\b"
    r"|\bheld (?:the place|the centre|things|it all|everything) together\b|\bworks? fine\b|\bworking fine\b"
    r"|\b(?:understood|recognised|recognized|accepted) by (?:all|every|everyone)\b"
    r"|\b(?:feel|feels|felt|feeling) (?:much |a lot |far )?safer\b|\bnever rushed\b"
    r"|\b(?:is|are) (?:calm, |kind, )?(?:gentle|patient)(?: and (?:kind|patient|calm|gentle))?\b"
    r"|\bwaits? (?:[\w\-]+ ){0,4}?(?:is|are|remains?) (?:very |generally |usually |now )?(?:short|minimal)\b"
    r"|\b(?:complaints|incidents|assaults|fights|refusals) (?:are|were|remain) (?:very )?(?:few|rare)\b"
    r"|\b(?:clearly|well) understood\b"
)
_POSITIVE = alternatives(_PRAISE + _WELL_AFTER_VERB + _PRAISE_MORE, _I)
_POSITIVE_WITHOUT_WELL = alternatives(_PRAISE + _PRAISE_MORE, _I)
_NEGATION = re.compile(
    r"\b(?:not|no|never|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|cannot|can't|lack|"
    r"lacks|lacking|without|insufficient(?:ly)?|less|least|fewer|nor|neither|yet to|too few|"
    r"fail|fails|failed|unable|far from|few|little|seldom|inconsistent(?:ly)?|rarely|hardly|barely|not yet|"
    r"no longer|nothing|none|unable|unlikely|unclear|unsafe|unacceptable|unresolved|unsure)\b(?:\s+\w+){0,3}\s*$",
    _I,
)
# Positive-looking words that are not praise: "outstanding forms", "good order", "well used".
_NOT_PRAISE = re.compile(
    r"(?:(?:happy|pleased|keen|willing) to\b|honest (?:rating|assessment|view)|high levels? of "
    r"(?:violence|self-harm|drugs?|drug use|force|assaults?|bullying|sickness|vacanc\w*|tension|complaints)|(?:\w+ )?(?:where|what) we do well|acted (?:up)?on (?:the|its|their|his|her|it|this|them)\b|consistently (?:told|said|reported|raised|raises?|identif\w+|highlight\w*|cite[sd]?|points? to|pointed to|"
    r"says?|tells?|reports?|complains?|asks?)|"
    r"too (?:readily|easily|quickly|often)|seriously (?:ill|injured|unwell|hurt|harmed|concerned|worried)|"
    r"skilled (?:roles?|jobs?|work|posts?|trades?|positions?)|most of the day in (?:their|his|her|our) (?:rooms?|cells?)|"
    r"(?:[\w']+ )?(?:welcomes? (?:the )?(?:challenge|criticism)|values? (?:the )?(?:challenge|scrutiny|"
    r"criticism))|"
    r"strongly (?:[\w'\-]+ ){0,3}?(?:felt|feel|feels|believe|believed|held|worded|disagree\w*|object\w*)|(?:is|are) high (?:staff )?(?:turnover|sickness|vacanc\w*|"
    r"levels? of (?:violence|self-harm|force))|fairly (?:steady|stable|static|constant|flat|low|high|new|"
    r"recent|small|large|common|typical|similar|consistent|limited|basic|short|long|quiet|busy|slow|"
    r"quick|young|even|evenly|standard|simple|early|late|full|modest|few|rare|frequent)\b|honest with|highly competitive|safe (?:house|haven|space|place|"
    r"room|accommodation|address)|caring responsibilit|effective practice|"
    r"honest (?:that|about)|welcome\s+(?:packs?|letters?|buddy|buddies|schemes?|teams?|events?|lounges?|rooms?|booklets?|leaflets?|desk|area|sessions?|meetings?|talks?|"
    r"videos?|films?|cards?|boards?|screens?|messages?)|"
    r"fully\s+(?:booked|subscribed)|good\s+practice|best\s+practice|successful\s+(?:bail|application|appeal|claim|"
    r"challenge|removal|release|judicial)|well[- ]being|as well|well[- ]known|"
    r"outstanding\s+(?:[\w\-]+\s+){0,3}?(?:forms?|actions?|cases?|items?|reports?|recommendations?|work|"
    r"referrals?|complaints?|debts?|tasks?|issues?|judicial review|appeals?|claims?|applications?|"
    r"(?:further )?submissions?|representations?)|good\s+(?:order|faith|night)|"
    r"(?:we|i) know (?:less|little|too little|far less|not enough)\b|(?:we|i) understand (?:how|why|that)\b|"
    r"best things? (?:we|to|you|i)\b|"
    r"positive\s+(?:test|result|drug|for)|safe\s+(?:system|systems|working|guarding|"
    r"and decent)|secure\s+(?:escort|hospital|unit))",
    _I,
)
_DENIAL = re.compile(
    r"\bbut i am not (?:yet )?(?:convinced|sure|confident)\b|\b(?:do|does|did)(?:n't| not) (?:believe|think|feel|trust)\b|"
    r"\b(?:wrong to say|not true|cannot say|can't say|too early to say|not yet able to say)\b"
    r"|\b(?:disingenuous|misleading|premature) to (?:claim|say|suggest|describe)\b"
    r"|\bbut\s+(?:is|are|remains?|still|it is|they are)?\s*(?:\w+\s+)?(?:uneven|inconsistent|"
    r"patchy|weak|poor|limited|slow|variable|fragile|not yet|bare|unwelcoming|tired|dated|shabby|"
    r"worn|dirty|noisy|grim|run-down|stark|cramped|overcrowded|repetitive|bland|basic|"
    r"monotonous)\b",
    _I,
)


# The first four letters of every word the positive patterns are built from: a cue can only
# start at a word that begins like one of them (patterns match word prefixes: "accurate…").
_POSITIVE_FIRST = frozenset(
    word.split("-")[0][:4]
    for word in re.findall(
        r"[a-z][a-z'\-]+", written(_POSITIVE).replace("\\b", " ").replace("\\s", " ")
    )
)


def _positive_matches(text: str) -> Iterator[re.Match[str]]:
    """Return the positive cues in a sentence, trying the pattern only where one can start."""
    if "well" in text:
        yield from _POSITIVE.finditer(text)  # "…works very well" can start with any word
        return
    for word in _WORD_START.finditer(text):
        if word.group()[:4] in _POSITIVE_FIRST and (
            match := _POSITIVE_WITHOUT_WELL.match(text, word.start())
        ):
            yield match


# A sentence that names a weakness is candour, not a claim, even if it echoes an indicator.
_NEGATIVE_TONE = re.compile(
    r"\b(?:cannot|can't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|not yet|not enough|"
    r"not always|not consistently|not routinely|not systematically|do not|does not|did not|"
    r"weaker|weakest|poorly|(?:is|are|was|were|remains?) (?:poor|weak)|too (?:many|few|often|long|"
    r"slow|much|low|high|late|small|readily|quickly|easily)|well enough|with little|(?:have |has )?had little|(?:have|has) not (?:yet |always )?(?:had|got|managed|done|made|found|been able|checked|tested|evaluated|measured)|haven't|hasn't|lacks?|lacking|insufficient\w*|difficult(?! (?:circumstances|times|conditions|year|winter|summer|period|months))|hard to|shortages?|failed|fails|unable|"
    r"(?<!used )rarely(?! used| needed)|inconsistent\w*|uneven|limited(?! (?:resources|means|budgets?|funding))|paper exercise|cramped|broken|anxious|"
    r"(?:often|frequently|sometimes|usually) (?:late|cancelled|delayed)|not done enough|"
    r"not there yet|varies|vary|variable|struggles?|struggling|very hard|too little|only if|quite basic|still basic|"
    r"too short|too thin|\bwe (?:often |sometimes |still )?(?:fall|fell) short|"
    r"(?:we are|we're|i am|i'm) (?:less|not(?: yet)?) (?:confident|sure)|"
    r"rel(?:y|ies|ied) heavily on|over-?reliant|not all\b|not every\b|(?:common|frequent|main|biggest|recurring) (?:source|cause) of "
    r"(?:complaint|concern|frustration|tension)|(?:stretched|spread) too thin|"
    r"(?:self-harm|violence|turnover|sickness|absence|vacancies|tension|assaults|incidents|demand|"
    r"stress|workload|use of force|drug use|bullying)\s+(?:levels?\s+|rates?\s+)?(?:is|are|remains?|"
    r"was|were)\s+(?:very\s+|too\s+|still\s+|stubbornly\s+)?high)\b"
)
# What a sentence says is checked, required or expected is not a claim that it is so.
_NOT_A_CLAIM_BEFORE = re.compile(
    r"\bto\s+(?:check|ensure|make sure|confirm|test|see|monitor|establish|assure|verify|"
    r"understand|find out|judge|assess)\s+(?:whether|that|if|how)\b[^.;]*$"
    r"|\bto\s+(?:ensure|make sure)\b[^.;]*$"
    r"|\b(?:is|are) to be\b[^.;]*$|\bexists? to\b[^.;]*$|\b(?:depends?|depending|relies?) on\b[^.;]*$"
    r"|\b(?:about|by|for|on) (?:making sure|ensuring)\b[^.;]*$|\bwould be reporting\b[^.;]*$"
    r"|\b(?:can|could) (?:make sure|ensure)\b[^.;]*$"
    r"|\b(?:our|the centre's) (?:job|task|role|purpose)\b[^.;]{0,40}?\bis\b[^.;]{0,10}?\bto\b[^.;]*$"
    r"|^(?:our |the centre's )?(?:core )?values(?: are)?\s*[:–—-][^.;]*$"
    r"|\b(?:expected|required) of\b[^.;]*$|\b(?:designed|intended|meant) to\b[^.;]*$|\bshould\b[^.;]*$|\bmust\b(?! go to\b)(?! (?:also )?thank\b)[^.;]*$|\bdeserves?\b[^.;]*$"
)
# A plan that takes present strength for granted.
_CLAIM_IN_PLAN = re.compile(
    r"\b(?:build(?:ing)? on|continue to \w+|maintain|sustain|already|keep|remain|stay)\s+(?:our\s+|the\s+|its\s+|an?\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(?:excellent|strong|good|comprehensive|outstanding|high[- ]quality|"
    r"high-performing|first-class|sector|market-leading|many strengths|strengths|fantastic|amazing|great|real|"
    r"positive|robust|effective|exemplary|successful|high standards?|leading|best|safest|feel safe)\b"
)
_PRAISE_IN_PLAN = re.compile(
    r"\bour (?:fantastic|amazing|excellent|wonderful|brilliant|dedicated|outstanding) (?:[\w\-]+ ){0,2}?(?:staff|team|officers|"
    r"colleagues)\b"
)
_NOT_PRAISE_BEFORE = re.compile(
    r"\bdeep[- ]$|\bonly as $|\bhowever $|\bwould $|\b(?:matters?|mattered|changed|collect|collected) a $|\b(?:sickness|turnover|vacancies|absence)(?: and \w+)? $"
)
_STILL_TO_DO = re.compile(
    r"\b(?:remains?|still(?: \w+)?)\s+$|\b(?:claims?|actions?|cases?|items?|recommendations?|"
    r"issues?|complaints?|repairs?|referrals?|applications?|reports?)\s+$"
)
# What will be is not a claim about what is: "Detainees will feel safe", "complaints will be
# answered promptly".
_WILL_BEFORE = re.compile(r"\b(?:will|shall)\s+(?:[\w\-]+\s+){0,3}$")
_QUOTE_MARK = re.compile(r"['‘’\"“”]")
_QUOTED_SPANS = re.compile(r"(?<!\w)['‘\"“][^'‘’\"“”]{2,120}['’\"”](?!\w)")
_NEGATED_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:is|are|was|were)\s+(?:not|never|rarely)\b")
_ORGANISATION_BEFORE = re.compile(
    r"\b(?:nhs|foundation|health|healthcare|care|the|local|acute|community)\s+$"
)
_PRAISE_WITH_NOT = frozenset(
    {
        "not tolerated",
        "not a problem",
        "never left",
        "could not ask for a better",
        "could not ask for better",
        "could not wish for a better",
        "could not wish for better",
    }
    | {f"never been {word}" for word in ("stronger", "better", "closer", "safer", "calmer")}
)
_RECOMMENDATION_RESTATED = re.compile(
    r"^(?:recommendation|rec)\s*[\d.]+[^.;:]{0,12}:[^.;]*\bshould\b"
)
_NEGATED = re.compile(r"\b(?:not|never|n't)\b|n't\b")
# A self-rating of 3 or 4 (reasonably good, good) judges the centre well; with no data in the
# sentence it is a claim ("We would rate respect as 3", "Self ratings: safety 2, respect 3").
_SELF_RATING = re.compile(
    r"\b(?:rate|rates|rated|rating|ratings|self-?assess\w*|scored?|scores|grade[sd]?|"
    r"give (?:ourselves|us|it)|we give|(?:we|i) (?:think|would say|'d say)|reasonably good|good(?= \())\b"
    r"[^.;?]{0,60}?"
    r"(?<![\d.£/-])\b(?:3|4|three|four)\b(?!\d|[.,]\d|\s*%|[/:-]|\s*(?:per|percent|times|out of 10))"
    r"|\ba [34] from (?:us|me)\b"
    r"|\b(?:assessed|judged) as (?:an? )?(?:3|4|three|four)\b(?!\d|[.,]\d|\s*%)"
)
_QUESTION = re.compile(r"\?\s*$")
# A verdict in a heading's shorthand: "Bullying: low.", "SMT: stable.", "Phones: reliable."
_CURT_VERDICT = re.compile(
    r"^[\w '\-&/]{2,40}:\s*(?:much |significantly |greatly |very )?(?:improved|improving|stable|settled|"
    r"calm|open|good|strong|positive|excellent|effective|better|safe|robust|reliable|adequate|sufficient|"
    r"prompt|quick|timely|fine|clean|popular|consistent)\.?$"
    r"|^(?:bullying|violence|self-harm|assaults?|complaints|tension|use of force|drugs?|incidents|"
    r"sickness):\s*(?:low|rare|minimal|down|falling|reduced)\.?$"
)

# Where the labelled sets settle a kind of sentence as no claim, the model does not overrule
# them: compliance with a named rule ("in line with DSO 06/2013"), an open-door policy, a
# self-rating of 1 or 2.
_MODEL_DEFERS = re.compile(
    r"\b(?:in line with|in accordance with|as required by|under)\s+(?:the\s+)?(?:dso|rule|policy|psi|"
    r"guidance)|\bopen[- ]door\b|^[\w ,'&/\-]{2,60}\s*[:—–-]\s*[12]\.?$|"
    r"^(?:our |the centre's )?(?:core )?values(?: are)?\s*[:–—-]|\b(?:give|gave|rate|rated|rating|score|scored|assess(?:ed)?)\b[^.;]{0,40}?"
    r"\b(?:an?\s+)?[12]\b(?!\d|[.,]\d|\s*%)"
)


def is_unsupported_claim(
    sentence: str,
    evidenced: bool | None = None,
    aspirational: bool | None = None,
    feats: list[str] | None = None,
) -> bool:
    """Return whether a sentence judges current performance positively with no evidence.

    `feats` are the model features of the sentence, if the caller has them already.
    """
    if _QUESTION.search(sentence) or _RECOMMENDATION_RESTATED.match(sentence.lower()):
        return False
    if evidenced is None:
        evidenced = is_evidenced(sentence)
    if aspirational is None:
        aspirational = is_aspirational(sentence)
    original = sentence
    sentence = sentence.lower()
    if (
        aspirational
        and not evidenced
        and (_CLAIM_IN_PLAN.search(sentence) or _PRAISE_IN_PLAN.search(sentence))
    ):
        return True  # "to build on our strong safety record": a plan resting on a claim
    if evidenced or aspirational or _DENIAL.search(sentence):
        return False
    if _SELF_RATING.search(sentence) or (":" in sentence and _CURT_VERDICT.match(sentence)):
        return True
    same_length = len(original) == len(sentence)
    quoted = _QUOTED_SPANS.finditer(sentence) if _QUOTE_MARK.search(sentence) else ()
    quotes = [span.span() for span in quoted]
    cue = False  # a praise pattern matched, whether or not it counted
    for match in _positive_matches(sentence):
        cue = True
        if _NOT_PRAISE.match(sentence, match.start()):
            continue
        if any(start <= match.start() < end for start, end in quotes):
            continue  # a slogan or a name in quotation marks: 'safe, decent and …'
        if same_length and _in_a_name(original, match.start(), match.end()):
            continue  # part of a name: the Butler Trust, Crawley Refugee Welcome
        if _NEGATIVE_TONE.search(_clause(sentence, match.start(), match.end())):
            continue  # "the gym is popular but cramped": the clause names a weakness
        if _NEGATED.search(match.group(0)) and match.group(0) not in _PRAISE_WITH_NOT:
            continue  # "leaders have not ensured …"
        before = sentence[max(0, match.start() - 40) : match.start()]
        if _NEGATION.search(before) or _NOT_PRAISE_BEFORE.search(before):
            continue  # "not effective", "a deep-clean programme"
        if match.group(0) == "outstanding" and _STILL_TO_DO.search(before):
            continue  # "this remains outstanding", "one claim outstanding": not done yet
        if _WILL_BEFORE.search(before):
            continue  # "detainees will feel safe": a hope, whatever the tense rules say
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
    if _NEGATIVE_TONE.search(sentence) or _NEGATED.search(sentence):
        return False
    if _restates_indicator(sentence):
        return True
    # Praise in words no pattern lists: the model trained on the labelled sentences decides.
    # Where a pattern matched and a rule set it aside ("where we do well"), the rule stands.
    if cue or _MODEL_DEFERS.search(sentence):
        return False
    return claim_model.score(features(original) if feats is None else feats) > claim_model.THRESHOLD


def _in_a_name(sentence: str, start: int, end: int) -> bool:
    """Return whether a capitalised word stands beside another inside a name."""
    if start == 0 or not sentence[start].isupper():
        return False
    if sentence[end:].lower().startswith(" progress"):
        return False  # "KC 3: Good Progress" is a judgement, however it is capitalised
    before = _TOKEN_BEFORE.search(sentence, max(0, start - 60), start)
    after = _TOKEN_AFTER.match(sentence, end)
    return bool(
        (before and before.group(1)[0].isupper() and not _CLOSES.search(before.group(1)))
        or (after and after.group(1)[0].isupper())
    )


_TOKEN_BEFORE = re.compile(r"(\S+)\s+$")
_TOKEN_AFTER = re.compile(r"\s+(\S+)")
_CLOSES = re.compile(r"[:;,.–\-)]$")


def _clause(sentence: str, start: int, end: int) -> str:
    """Return the clause around a span: the text between the punctuation on either side.

    A relative clause after the span describes someone ("for men who do not speak English"),
    so the clause stops there.
    """
    left = max(sentence.rfind(mark, 0, start) for mark in ",;:(")
    marks = (",", ";", ":", ")", " who ", " whose ")
    rights = [i for i in (sentence.find(mark, end) for mark in marks) if i != -1]
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
