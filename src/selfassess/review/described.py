"""One person singled out without a name: the patterns `personal.find` uses for descriptions.

"The only Vietnamese woman on Dove unit, aged 19", "a DCO on Falcon unit was arrested", "one
family, the Hoxhas": a combination of details that points at one detainee or member of staff
(PRODUCT.md, "personal_data"). Each pattern is compiled once; `personal.find` decides when to
try it (most need a word for a person, a date or a hint found first) and what span to keep.
"""

import re

# A month, written out or shortened ("March", "Mar", "Sept").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
_PERSON_WORD = re.compile(
    r"\b(?:detainee|resident|man|woman|he|she|him|her|his|occupant|gentleman|lady|"
    r"member of staff|officer|person|individual|boy|girl)\b",
    re.IGNORECASE,
)
_ONLY = re.compile(
    r"\b(?:the|our) one (?:who|whose)\b"
    r"|\b(?:the|our) (?:\w+\s+)?(?:officer|assistant|nurse|dco|dcm|manager|member of staff|"
    r"teacher|instructor|cleaner|chaplain|doctor|worker|colleague)\s+(?:who was\s+)?(?:suspended|"
    r"dismissed|disciplined|sacked|arrested|cautioned|charged)\b"
    r"|\bthe only one (?:we|who|that)\b|\bthe only one (?:on|in) [A-Z]\w*(?: unit| wing| house)?\b"
    r"|\b(?:a|one) (?:dco|dcm|officer|member of staff|nurse|manager|teacher|instructor),?\s+(?:on|from|in) "
    r"[A-Z]\w*\s+(?:unit|wing|landing),?\s+(?:\w+\s+){0,2}?(?:was|were) (?:suspended|dismissed|"
    r"disciplined|sacked|arrested|cautioned|charged)\b"
    r"|\b(?:a|one|the|our) (?:[\w\-]+ ){0,3}?(?:manager|officer|dco|dcm|nurse|teacher|instructor|chaplain|"
    r"member of staff) with \d+ years['’]? (?:service|experience)\b"
    r"|\b(?:the only|our only|the one|the sole|the youngest|the oldest|our longest[- ]serving|"
    r"the longest[- ]serving)\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:detainee|woman|man|person|resident|officer|member of staff|nurse|female|male|child|"
    r"girl|boy|individual|national|gentleman|lady|manager|user|survivor|convert|speaker|arrival|"
    r"patient)\b",
    re.IGNORECASE,
)
_AGED = re.compile(
    r"\b(?:aged\s+\d{1,2}|\d{1,2}[- ]year[- ]old|(?:he|she|who) (?:is|was|says he is|says she "
    r"is|claims to be) \d{1,2})\b",
    re.IGNORECASE,
)
_DETAIL = re.compile(
    r"\b(?:[A-Z][a-z]+(?:ian|ese|ish|an|i|ean|ic|ch|er)\b|on\s+[A-Z][a-z]+\s+(?:unit|wing|house)|"
    r"on\s+(?:[A-Z]|\w+)\s+wing|room\s+\d+|on\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|who\s+(?:self-harmed|was|has|had|arrived|went|"
    r"refused|assaulted|complained|died))",
)
_NATIONALITY = re.compile(r"\b[A-Z][a-z]+(?:ian|ese|ish|an|i|ean|ic|ch)\b")
_PERSON = (
    r"(?:man|woman|detainee|boy|girl|person|patient|resident|gentleman|lady|monk|convert|dentist|"
    r"doctor|teacher|student|father|mother|grandfather|grandmother|officer|user|worker|national|"
    r"asylum seeker|refugee|teenager|pensioner|lad|lass|chap|guy|fellow|youngster|interpreter|"
    r"cleaner|volunteer|nurse)(?!\s+(?:survey|surveys|population|consultative|forum|committee|"
    r"council|data|records?|feedback|voice|representatives?|reps?|mentors?|meetings?|groups?|"
    r"numbers?|experience|complaints?|handbook|induction|information|kiosks?|orderlies|jobs?|"
    r"pay|accounts?|property|profile|cohort|services?|rota|bank|agency|scheme|posts?|roles?|"
    r"vacanc(?:y|ies)|training|grades?|teams?|course|network|champions?)\b)"
)
_WHEN = (
    rf"(?:on\s+(?:the\s+)?(?:(?:night|morning|evening|afternoon)\s+of\s+(?:the\s+)?)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|in\s+{_MONTH}|"
    r"(?:on|over|at)\s+(?:Boxing Day|Christmas|Easter|New Year|Eid|Ramadan)|last (?:week|night)|"
    r"yesterday)"
)
_WHEN_ANYWHERE = re.compile(_WHEN, re.IGNORECASE)
# "In September a man with a diagnosed psychotic illness was held …": one person, an event.
_A_PERSON_EVENT = re.compile(
    rf"\b(?:[Aa]|[Oo]ne)\s+(?:[\w\-]+\s+){{0,2}}?{_PERSON}\s+(?:with|who|whose|from|on)\b"
    r"[^.;]{0,80}?\b(?:was|were)\s+(?:held|detained|placed|restrained|moved|removed|released|"
    r"found|taken|admitted)\b"
    rf"|\b(?:[Aa]|[Oo]ne)\s+(?:[\w\-]+\s+){{0,2}}?{_PERSON}\s+(?:held|detained|admitted|received|"
    r"removed|released|transferred|brought in)\s+on\s+(?:the\s+)?\d"
    rf"|\b[Aa]n?\s+(?:[\w\-]+\s+){{0,2}}?{_PERSON}\s+from\s+[A-Z][a-z]+\b"
    r"|\b(?:[Aa]n|[Oo]ne) (?:officer|dco|dcm|member of staff|manager|nurse) was (?:dismissed|suspended|sacked|"
    r"arrested)\b"
)
# A case note about one person: "Tam (DCO, nights)", "One man (Albanian, 19, Beech 2-11)",
# "a watch belonging to a detainee in C14", "the deputy centre manager … on long-term sick leave".
_CASE_NOTE = re.compile(
    r"\b[A-Z][a-z]{2,}\s+\((?:DCO|DCM|OSG|SO|SSO|PO|RMN|RGN|HCA|[Nn]urse|[Oo]fficer)\b(?!\s*\))"
    r"|\([A-Z][a-z]+(?:ian|ese|ish|an|i|ean|ic|ch),\s*\d{1,2}\b"
    r"|\b(?:detainee|man|woman|resident)\s+(?:in|from)\s+(?:room\s+)?[A-Z]-?\d{1,3}\b"
    r"|\b[Tt]he (?:deputy |assistant )?(?:centre manager|director|head of [\w ]{3,20}?|deputy|"
    r"chaplain|imam)\b[^.;]{0,30}?\b(?:(?:long-term )?sick leave|off sick|signed off sick|"
    r"maternity leave|suspended|dismissed|under investigation)\b"
)
_CASE_NOTE_HINTS = ("(", "sick", "leave", "suspend", "dismiss", "investigat")
_ROOM_CODE = re.compile(r"\b[A-Z]-?\d")
# "Pregnant woman on Iona House restrained … on 3 April": a rare trait and a date.
_RARE_TRAIT = re.compile(
    r"\b(?:[Pp]regnant|[Ee]lderly|[Dd]isabled|[Bb]lind|[Dd]eaf|[Tt]ransgender|[Ww]heelchair[- ]using)"
    r"\s+(?:woman|man|detainee|resident|person|lady|gentleman)\b"
)
# "The Mendoza family": a family named.
_NAMED_FAMILY = re.compile(
    r"\b[Tt]he ([A-Z][a-z]+) (?:family|children|brothers|sisters|parents|twins|household)\b"
    r"|\b[Ff]amily,\s+the ([A-Z][a-z]+?)s\b"
)
# "The Kurdish man in his sixties who refused food over Easter": one person, described.
_DESCRIBED = re.compile(
    rf"\b[Tt]he\s+(?:[\w\-]+\s+){{0,3}}?{_PERSON}\b(?=[^.;]{{0,200}}?\b(?:who|we|whom|held|"
    rf"removed|sent|found|released|detained|placed)\b)(?=[^.;]{{0,200}}?(?:{_WHEN}|\b(?:[A-Z][a-z]+"
    r"(?:ian|ese|ish|an|i|ean)|in (?:his|her) (?:teens|twenties|thirties|forties|fifties|sixties|"
    r"seventies|eighties))\b))"
    rf"|\b[Tt]he\s+{_PERSON}\s+(?:whose|with an?|with the|who is|who was|who has|in the \w+ room|"
    r"on [A-Z]\w+(?: unit| wing)? who)\b"
    r"|\bin (?:his|her) (?:late|early|mid)[- ]?\d0s\b|\b[Tt]he two (?:brothers|sisters|cousins)\b"
    rf"|\b(?:[Tt]he|[Aa]n?)\s+(?:[\w\-]+\s+){{0,2}}?{_PERSON}\s+(?:on|in|from)\s+(?:the\s+)?"
    rf"(?:[\w\-']+\s+){{0,4}}?[A-Z]\w+(?:\s+\d+)?(?:\s+(?:unit|wing|house))?\s+(?:who|whose)\b"
    rf"|\b[Aa] (?:man|woman|detainee) who (?:had been|was once|used to be) an? [\w\- ]{{2,30}}? in "
    rf"[A-Z][a-z]+"
    rf"|\b[Oo]ne (?:detainee|man|woman|resident),\s+an?\s+[^,.;]{{3,60}}?\bon\s+[A-Z]\w*\s+(?:unit|wing)\b"
    rf"|\b[Aa] (?:woman|man|detainee|resident|mother|father)\b[^.;]{{0,60}}?\b(?:from [A-Z][a-z]+|"
    r"[A-Z][a-z]+(?:ian|ese|ish|i))\b[^.;]{0,40}?\bon [A-Z]\w*\s+(?:unit|wing)\b"
    rf"|\b[Tt]he\s+(?:[\w\-]+\s+)?\w+['’]s\s+(?:husband|wife|partner|son|daughter|brother|sister|"
    rf"mother|father)\b(?=\s*,?\s+(?:who|works|worked|is|was|has)\b)"
    rf"|\b(?:[Dd]etainee|[Rr]esident|[Cc]ase) (?:[A-Z]|\d{{1,2}})\b(?=[^.;]{{0,200}}?(?:\b[A-Z][a-z]+"
    rf"(?:ian|ese|ish|an|i)\b|\bheld for \d+|\baged \d+))"
    rf"|\b[Tt]he\s+(?:[a-z\-]+\s+){{0,2}}?[A-Z][a-z]+(?:ian|ese|ish|an|i|ean)\s+(?:[\w\-]+\s+){{0,2}}?{_PERSON}\b"
    r"(?=[^.;]{0,200}?\b(?:who|held|removed|released|detained|placed|moved|on\s+[A-Z]))"
)
# One person described by where they are and a detail, or by a precise age.
_PARTICULAR = re.compile(
    r"\b[Tt]he (?:[\w\-]+ )?\d{1,2}[- ]year[- ]old\b"
    r"|\b[Tt]he (?:detainee|man|woman|person|resident) (?:on|in|from) [A-Z]\w*(?: unit| wing)?\s+"
    r"(?:with|who)\b"
    r"|\b[Aa]n? [A-Z][a-z]+(?:ian|ese|ish|an|i)\s+(?:man|woman|detainee)\s+in (?:his|her) (?:teens|"
    r"twenties|thirties|forties|fifties|sixties|seventies|eighties)\b"
    r"|\b(?:[Oo]ne|[Aa]n?) (?:detainee|man|woman|resident),\s+(?:a|an)\s+[^,.]{3,60}?\bin (?:his|"
    r"her) (?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties)\b"
)
_ADDRESS_HINT = re.compile(
    r"[A-Z]\d|(?:Lane|Road|Street|Avenue|Close|Drive|Way|Gardens|Crescent|Terrace|Place|Court|"
    r"Grove|Rise|Walk)\b"
)
_ADDRESS = re.compile(
    r"\b\d{1,4}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Lane|Road|Street|Avenue|Close|Drive|Way|"
    r"Gardens|Crescent|Terrace|Place|Court|Grove|Rise|Walk)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"
)
_FAMILY = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]he detainee's|[Tt]he man's|[Tt]he woman's|[A-Z][a-z]+'s)\s+(?:mother|father|sister|"
    r"brother|wife|husband|son|daughter|partner|children|child|aunt|uncle|cousin|baby|solicitor|"
    r"family)\b(?=[^.]{0,200}?\b(?:lives|living|works|aged|age|in [A-Z][a-z]+|phoned|called|visited|"
    r"is in|was in|rang|wrote|told))"
)
_NICKNAME = re.compile(
    r"[\"“‘'][A-Z][\w .'\-]{0,15}[\"”’'],?\s+(?:as\b|the\b|who\b|has\b|was\b)"
    r"|\b(?:as|what)\s+(?:[\w\-]+\s+){0,6}call(?:s|ed)?\s+(?:him|her)\b"
)
_GROUP = re.compile(r"\b\d+\s+(?:detainees|men|women|people|residents|staff)\b", re.IGNORECASE)
