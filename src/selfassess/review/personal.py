"""Find personal data about one detainee or member of staff in a sentence.

What counts (PRODUCT.md): a name, a Home Office/CID/port reference, a date of birth, a room
tied to a person, or a combination that singles someone out. Job titles alone do not.
Each finding keeps its span so that a page can show exactly what to remove.
"""

import re
from dataclasses import dataclass

from selfassess.review.described import (
    _A_PERSON_EVENT,
    _ADDRESS,
    _ADDRESS_HINT,
    _AGED,
    _CASE_NOTE,
    _CASE_NOTE_HINTS,
    _DESCRIBED,
    _DETAIL,
    _FAMILY,
    _GROUP,
    _MONTH,
    _NAMED_FAMILY,
    _NATIONALITY,
    _NICKNAME,
    _ONLY,
    _PARTICULAR,
    _PERSON,
    _PERSON_WORD,
    _RARE_TRAIT,
    _ROOM_CODE,
    _WHEN_ANYWHERE,
)
from selfassess.review.drafting import NOTE_NAME, draft_notes
from selfassess.review.names import (
    _AMBIGUOUS,
    _NATURE,
    _NOT_FIRST,
    _NOT_NAMES,
    _PLACE_WORDS,
    _POSSESSIVE,
    _ROLE_MAILBOXES,
    _SURNAME_SHAPE,
    _UPPER,
    _all_names,
    _lower_case_any,
    _lower_case_names,
    _may_name_someone,
    _names,
    _plain,
)


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of personal data: where it is in the sentence and what kind it is."""

    start: int
    end: int
    kind: str  # name, reference, date_of_birth, room, singled_out

    def text(self, sentence: str) -> str:
        """Return the span's text."""
        return sentence[self.start : self.end]


# A capitalised pair followed by one of these is an organisation, document or place.
_NOT_PERSON_AFTER = re.compile(
    r"(?i:\s+(?:Foundation|Trust|Review|Rules|Centre|Center|House|Unit|Report|Act|Institute|Prize|"
    r"Award|Building|Ward|Road|Street|Hospital|School|College|University|Court|Hall|Library|"
    r"Programme|Fund|Charity|Project|Group|Society|Partnership|Lodge|Wing|Suite|Law|Principles|"
    r"Guidelines|Procedures?|Policies|Instructions?|Orders?|Standards?|Room|Rooms|Awards|Scheme|Schemes|Team|Teams|Strategy|Policy|Forum|Panel|Network|Service|"
    r"Services|Board|Council|Councils|Committee|IRC|IRCs|STHF|Ltd|Limited|plc|League|Survey|Surveys|"
    r"Questionnaire|Audit|Census|Link|Links|Solicitors|LLP|Chambers|Associates|"
    r"boots|approved premises|borough|county|airport|station)"
    r"|\s+and\s+[A-Z][a-z]+\s+(?:councils|boroughs|units|wings|houses)"
    r"|,\s+who\s+(?:have|are|were)\b"
    r"|['’]s\s+(?:House|Place|Trust|Hall|Kitchen|Cafe|Café|Project|Centre|Garden)\b"
    r"|['’]s\s+(?:other\s+)?(?:centres|sites|vision|values|(?:[a-z]+\s+)?contract|operator|board|"
    r"head office|strategy|behalf|systems|action plans?|staff survey)\b"
    r"|['’]s\s+(?:(?:monthly|annual|quarterly|weekly|performance|contract|regional|national)\s+)+"
    r"(?:report|returns?|meeting|data|figures|dashboard|team|review)"
    r"|['’]s\s+(?:recommendations|findings|inquiry|review|report|principles|rules|law)|['’]s\s+(?:\d{4}\s+)?(?:review|report|law|rules|inquiry|principles)|\s+\d{4}\s+(?:review|report|"
    r"inquiry))\b"
)
_ROLE_BEFORE = re.compile(
    r"(?:Director|Manager|Governor|Deputy|Head of [A-Z][a-z]+|Lead|Officer|Coordinator|"
    r"Supervisor|deputy|manager|lead|officer|coordinator|colleague|nurse|doctor|chaplain|imam|"
    r"head|teacher|tutor|instructor|volunteer|mentor|worker|cleaner|assistant|Nurse|Chaplain),?\s+$"
)
_TITLE = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Mister|Madam|Dr|Prof|Sister|Brother|Nurse|Officer|Sgt|Sergeant|"
    r"Chaplain|Teacher|Tutor|Caseworker|Instructor|Imam|Sheikh|Sheik|Shaykh|Mullah|Bishop|Canon|Deacon|Matron|Father|Reverend|Rev|Pastor|Rabbi|DCO|DCM|DCOs|DCMs|Dco|Dcm|Detainee|detainee|resident|"
    r"Officers|Nurses|Drs|Messrs|SO|PO|SSO|OSG|[Mm]entor|[Rr]epresentative|[Oo]rderly|"
    r"Resident|colleague|Colleague|officer|nurse|Supervisor|supervisor|Manager|manager)"
)
_LOWER = "a-zß-öø-ÿĀ-ſșț"
_CAP = rf"(?:O['’]|Ma?c)?[{_UPPER}][{_LOWER}'’]+(?:-[{_LOWER}'’]+)*(?:-[{_UPPER}][{_LOWER}]+)?"
_TITLED_NAME = re.compile(
    rf"\b{_TITLE}\.?\s+(?:['‘\"“][A-Za-z]+['’\"”]\s+)?((?:{_CAP}|[A-Z]\.(?:\s?[A-Z]\.)*|[A-Z]{{1,3}}\b|"
    rf"[\"“'‘][A-Z][\w .]{{0,12}}[\"”'’]|\d{{3,}})(?:\s+{_CAP})?(?:\s+and\s+{_CAP})?)"
)
_CAP_STARTS = re.compile(rf"\b[{_UPPER}]")
_FIRMS_BEFORE = re.compile(
    r"\b(?:firms?|charit(?:y|ies)|organisations?|compan(?:y|ies)|providers?|practices?)\s*[,:]\s*$"
)
_WORD_BEFORE = re.compile(rf"\b([{_UPPER}][{_LOWER}]+)\s+$")
_EPONYM_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|Sir|King|Queen|Lord|Lady|Dame|Saint|St|Prince|Princess|Mount|North|South|"
    r"East|West|Northern|Southern|Eastern|Western|Upper|Lower|Great|Little|New|Old|Central|Royal)\s+$"
)
_CAP_PAIR = re.compile(
    rf"\b({_CAP})(\s+[A-Z]\.|\s+(?:bin|bint|ibn|al|el|van|von|de|da|di|du|abu|ben|dos|das|do|ap|"
    rf"ab|ní|nic|mac|de la|van der|van den|della|del))?\s+"
    rf"((?:(?:al|el)-)?{_CAP}(?:\s+{_CAP})?)"
)
# A name at the start of a sentence, shown to be a person by what follows it.
_START_NAME = re.compile(
    rf"^({_CAP}(?:\s+(?:bin|ibn|al|el|van|de|da|di)\b)?(?:\s+{_CAP}){{1,2}})(?=['’]s\b|,\s+(?:a|an)\s|"
    r",\s+\d{1,2},|\s+(?:was|has|had|is|spoke|complained|asked|said|told|refused|arrived|left|"
    r"moved|received|reported|alleged|died|self-harmed|attempted|absconded|claimed|worked|"
    r"applied|phoned|wrote))"
)
# "The night manager, Okonkwo, …": a surname set off after a role.
_ROLE_THEN_NAME = re.compile(
    rf"\b(?:manager|officer|nurse|DCM|DCO|doctor|GP|chaplain|imam|lead|deputy|supervisor|"
    rf"champion|meeting|head of \w+),\s+({_CAP}(?:\s+{_CAP})?),"
)
_NAME_INITIAL = re.compile(rf"\b({_CAP})\s+[A-Z]\.(?!\s*[A-Z]\.)")
_NAME_THEN_ROLE = re.compile(
    rf"\b({_CAP}),\s+(?:a|an|the|our|one of our)\s+(?:\w+\s+){{0,3}}?"
    r"(?:detainee|resident|man|woman|officer|member of staff|nurse|colleague|national|"
    r"DCO|DCM|manager|worker|volunteer|cleaner|orderly)\b"
)
_REFERENCE = re.compile(
    r"\b(?:(?i:HO|Home Office|CID|port|PNC|NOMIS|prison|case|person|detainee|NHS|NI|National "
    r"Insurance|passport|GCID|CRO|file|GWF|UAN|patient|Patient|staff|Staff|payroll|employee|"
    r"badge|collar|application|Application)\s*(?i:ref(?:erence)?s?|nos?|numbers?|IDs?)\.?\s*[:#]?\s*"
    r"[A-Z0-9][A-Z0-9/\-]*\d[A-Z0-9/\-]*"
    r"|\b(?:GCID|CID|NOMIS|PNC|CRO)\s*[:#]?\s*[A-Z]?\d{5,}[A-Z]?\b"
    r"|[A-Z]\d{7}\b|[A-Z]{1,3}\d{6,9}\b|[A-Z]{3}/\d{4,}(?:/\d+)?"
    r"|\b[A-Z]\d{4}[A-Z]{2}\b|\b\d{3}[ -]\d{3}[ -]\d{4}\b|\b\d{8,10}\b"
    r"|(?:\+44\s?7\d{3}|\b07\d{3})\s?\d{3}\s?\d{3}\b|\b\d{4}-\d{4}-\d{4}-\d{4}\b)"
)
_DATE = rf"(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})"
_DATE_SHORT = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}|\d{{1,2}}/\d{{1,2}})"
_DOB = re.compile(
    rf"\b(?:date of birth(?: is| was| as| given as| recorded as)?|d\.?o\.?b\.?|born(?: on| in)?|birthday(?: is| was)? on)\s*[:\-]?\s*(?:{_DATE}|\d{{4}}\b)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# Words the costlier patterns need, looked for first in the lower-cased sentence.
_POSSESSOR = re.compile(r"\b(?:his|her|their|my)\s")
_ON = re.compile(r"\son\s")
_BORN = re.compile(r"birth|born|d\.?o\.?b")
_UPPER_RUN = re.compile(r"[A-Z]{3}")
# Something every reference pattern needs: four digits in a row, or a reference's shape.
# (The words are looked for in the lower-cased sentence, only if "re", "no", "nu" or "id" is.)
_REFERENCE_HINT = re.compile(
    r"\d{5}|(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{4}|[A-Z]{3}/\d|[A-Z]\d{3}|\d{3}[ -]\d{3}|\+44"
)
_REFERENCE_WORD = re.compile(r"\b(?:refs?|references?|nos?|numbers?|ids?)\b")
_SINGLING_HINT = re.compile(
    r"only|sole|youngest|oldest|one who|one whose|the one |longest|suspended|dismissed|disciplined|"
    r"sacked|arrested|cautioned|charged|years['’]? (?:service|experience)"
)
_EMAIL = re.compile(r"\b([\w.+\-]+)@[\w\-]+(?:\.[\w\-]+)+\b")
# A given name on its own where a person is meant: "thanks to Gary", "our recruit, Priya,".
_LONE_NAME = re.compile(
    r"(?:\b(?:to|by|with|from|for|named|called|and|recruit|colleague|officer|detainee|resident|"
    r"thanks to|thank|thanked|[Tt]hanks,?|[Tt]hank you,?|[Aa]sk|asked|told|as|As|describe|describes|"
    r"analyst|coordinator|co-ordinator|administrator|clerk|tutor|teacher|instructor|caseworker|"
    r"chef|cook|cleaner|librarian|barber|gardener|driver|interpreter|"
    r"mentor|supervisor|[’'\"”]|"
    r"described|(?:[Tt]hink|[Tt]hinking) of|[Rr]emember|[Ww]ithout|[Uu]nder(?=\s+[A-Z][a-z]+['’]s\b)|[Ww]hen|[Cc]heck with|[Cc]ontact|see|met|meet|spoke to|about)"
    rf"\s+|,\s+|^|:\s+|\()([{_UPPER}][{_LOWER}]{{1,}}(?:-[{_UPPER}][{_LOWER}]+)?)(?="
    r"['’]s\b|\s*(?:\(|,|\)|[—–]|[.!?]$|\s+"
    r"(?:in|on|from|who|has|had|was|is|said|told|now|scored|leads|led|runs|ran|and|to|for|whether|"
    r"the|as|started|asked|about|will|would|could|should|did|does|gave|found|joined|came|went|got|"
    r"took|made|says|feels|felt|wants|needs|helped|agreed|became|remains|\()\b))"
)
# One name opening a sentence, shown to be a person by the verb after it: "Tuan asked …",
# "Hoxha and Krasniqi are …".
_START_SINGLE = re.compile(
    r"^([A-Z][a-z]+)(?:\s+and\s+([A-Z][a-z]+))?(?=\s+(?:was|were|has|had|is|are|asked|said|told|"
    r"refused|arrived|left|complained|started|joined|came|went|got|took|made|became|remains|needs|"
    r"wants|says|spoke|wrote|phoned|alleged|claimed|died|self-harmed|attempted|absconded)\b)"
)
# An all-capitals name in a rough draft: "DCM DHILLON", "met MAHMOOD and GREWAL".
_CAPS_NAME = re.compile(rf"\b{_TITLE}\s+([A-Z]{{3,}})\b|\b([A-Z]{{4,}})\s+and\s+([A-Z]{{4,}})\b")
_CAP_LIST = re.compile(rf"(?<!,\s)(?:\b{_CAP},\s+)+{_CAP},?\s+(?:and|or)\s+{_CAP}")
_CAP_WORD = re.compile(_CAP)
_WITHHELD = re.compile(r"\b[A-Z]\w+\s+\((?:surname|name|family name) withheld\)")
_KNOWN_AS = re.compile(
    r"\b(?:known (?:[\w\-]+ ){0,4}?as|nicknamed|called)\s+['‘\"“][^'’\"”]{1,30}['’\"”]",
    re.IGNORECASE,
)
_INITIALS = re.compile(
    r"\(\s*[A-Z]\.\s?[A-Z][a-z]{2,}\s*\)|\b[A-Z]\.\s?[A-Z]\.(?=\s*\()|\b[A-Z]\.[A-Z]\.(?=,)|\b[A-Z]\.\s?[A-Z]\.?'s\b|\b[A-Z]\.\s?[A-Z][a-z]{2,}(?=\s*\()|\b[A-Z]\.[A-Z]\.(?=\s+(?:was|is|has|had|said|told))"
)
_ON_DUTY = re.compile(
    r"\b(?:the|a)\s+(?:duty|night|oic|orderly|reception|healthcare|unit|wing)?\s*(?:manager|"
    r"officer|nurse|dcm|dco|doctor|gp|supervisor|detainee|man|woman)\s+(?:on duty\s+)?on\s+"
    rf"(?:the\s+)?(?:night|day|morning|evening|afternoon|shift|duty)\s+(?:of\s+)?{_DATE_SHORT}",
    re.IGNORECASE,
)
# A telephone number that is one person's: "her direct line is 01632 960771".
_PERSONAL_PHONE = re.compile(
    r"\b(?:his|her|their|my)\s+(?:own\s+|direct\s+|personal\s+|mobile\s+|work\s+)?(?:line|"
    r"number|mobile|phone|extension|telephone)(?:\s+number)?\s*(?:is\s+|:\s*|on\s+)?\+?\d[\d ]{4,}\d",
    re.IGNORECASE,
)
_BIRTHDAY = re.compile(rf"\bbirthday(?: is| was)?(?: on)?\s+{_DATE_SHORT}", re.IGNORECASE)
_BARE_DATE_OF_PERSON = re.compile(rf"\(\s*(?:{_DATE})\s*\)")
_ROOM = re.compile(
    r"\b(?:room|cell|suite|bed(?:space)?|bed space)\s+(?:number\s+)?[A-Z]?\d+[A-Z]?\b",
    re.IGNORECASE,
)


_ANY_LOWER_WORD = re.compile(r"[a-z]+")
_LOWER_WORD = re.compile(r"(?<![\w\-'’])[a-z]+(?![\w\-])")
# A first name in lower case shown to be a person by the words around it: "thanks to jaswinder
# in stores", "check with aoife".
_LOWER_LONE_BEFORE = re.compile(
    r"\b(?:thanks|thank you|thanked|ask|asked|check with|speak to|spoke to|talk to|contact|"
    r"(?:chaired|led|run|covered|done|written|organised) by)"
    r"\s+(?:also\s+)?(?:to\s+)?$",
    re.IGNORECASE,
)


def _lower_case_spans(sentence: str, plain: list[str]) -> list[Span]:
    """Return names written in lower case in a careless draft: "aoife kavanagh in HR"."""
    given, family = _lower_case_names()
    if _lower_case_any().isdisjoint(plain):
        return []
    words = list(_LOWER_WORD.finditer(sentence))
    spans = []
    for this, after in zip(words, words[1:] + [None], strict=True):
        first = this.group()
        if after is not None and sentence[this.end() : after.start()] == " ":
            last = after.group()
            if (first in given and last in family) or (first in family and last in given):
                spans.append(Span(this.start(), after.end(), "name"))
                continue
        if first in given and _LOWER_LONE_BEFORE.search(
            sentence[max(0, this.start() - 30) : this.start()]
        ):
            spans.append(Span(this.start(), this.end(), "name"))
    return spans


_ALL_WORDS = re.compile(r"\w+")


def _alternatives(pattern: str) -> frozenset[str]:
    """Return the words a simple alternation ("(?:Mr|[Mm]entor)") stands for."""
    words: set[str] = set()
    for word in pattern.strip("(?:)").split("|"):
        if word.startswith("["):
            words.update({word[1] + word[4:], word[2] + word[4:]})
        else:
            words.add(word)
    return frozenset(words)


_TITLES = _alternatives(_TITLE)
# Every word the described-person patterns need: a person, a tie, a trait, an age.
_PERSON_WORDS = _alternatives(_PERSON.split("(?!")[0]) | frozenset(
    """seeker seekers his her two detainee Detainee resident Resident case Case husband wife
    partner son daughter brother sister mother father year old pregnant Pregnant elderly Elderly
    disabled Disabled blind Blind deaf Deaf transgender Transgender wheelchair Wheelchair man
    woman Man Woman person Person teens twenties thirties forties fifties sixties seventies
    eighties""".split()
)
_UNIT_BEFORE = re.compile(
    r"\b(?:unit|wing|house|suite|block|landing)\s*[(,]\s*$|\bin [A-Z][a-z]+ and\s+$", re.IGNORECASE
)


def find(sentence: str) -> list[Span]:
    """Return the spans of personal data in a sentence, in order."""
    lower_words = _ANY_LOWER_WORD.findall(sentence)
    spans: list[Span] = _lower_case_spans(sentence, lower_words)
    given = _names("given_names.txt")
    family = _names("surnames.txt")
    all_words = set(_ALL_WORDS.findall(sentence))
    titled = not _TITLES.isdisjoint(all_words)
    for match in _TITLED_NAME.finditer(sentence) if titled else ():
        words = match.group(1).split()
        if words[0] in _NOT_NAMES or words[0].rstrip("s") in _NOT_NAMES:
            continue
        if any(_NOT_PERSON_AFTER.fullmatch(" " + word) for word in words[1:]):
            continue  # "the Detainee Property Procedures"
        spans.append(Span(match.start(), match.end(), "name"))
    # Most sentences name no one: the name patterns below are tried only if some capitalised
    # word is on a name list or shaped like a surname.
    may_name = _may_name_someone(sentence)
    for start in _CAP_STARTS.finditer(sentence) if may_name else ():
        # Tried at every capitalised word, so "Ask Pádraig O'Sullivan" still finds the pair.
        pair = _CAP_PAIR.match(sentence, start.start())
        at = start.start()
        if pair is None or _EPONYM_BEFORE.search(sentence[max(0, at - 12) : at]):
            continue  # "the Sue Ryder shop", "Sir Ludwig Guttmann": named after someone
        if _FIRMS_BEFORE.search(sentence, max(0, at - 30), at):
            continue  # "two local firms, Harker Lowe and …": an organisation
        before = _WORD_BEFORE.search(sentence[max(0, at - 40) : at])
        if before and _plain(before.group(1)) in _all_names():
            continue  # inside a longer run already tried from its start: "Desmond Tutu Room"
        match = pair
        first = _plain(match.group(1))
        last = _POSSESSIVE.sub("", _plain(match.group(3).split()[0]))
        if first in _NOT_NAMES or last in _NOT_NAMES or first in _NOT_FIRST:
            continue
        # A double-barrelled surname counts if either part does: "Adebayo-Mensah".
        surname = (
            last in family
            or bool(_SURNAME_SHAPE.search(last))
            or ("-" in last and any(part in family for part in last.split("-")))
        )
        if first not in given and (not surname or last in _AMBIGUOUS or first in family):
            continue
        words = match.group(0).split()
        end = match.end() - 2 if match.group(0).endswith(("'s", "’s")) else match.end()
        if _NOT_PERSON_AFTER.match(sentence, end) or any(
            _NOT_PERSON_AFTER.fullmatch(" " + _POSSESSIVE.sub("", word)) for word in words[1:]
        ):
            continue
        after_role = bool(_ROLE_BEFORE.search(sentence[: match.start()]))
        if first in _AMBIGUOUS and not after_role and (not surname or last in _AMBIGUOUS):
            continue
        if last in _AMBIGUOUS and last not in family and not after_role:
            continue
        named = first in given and first not in _PLACE_WORDS and surname
        if words[-1] in _PLACE_WORDS and not after_role and not named:
            continue  # "Stanwell Moor", but "Stephen Marsh"
        spans.append(Span(match.start(), match.end(), "name"))
    for pattern in (_START_NAME, _ROLE_THEN_NAME) if sentence.count(",") > 1 else (_START_NAME,):
        for match in pattern.finditer(sentence):
            words = [_plain(word) for word in match.group(1).split()]
            if any(w in _NOT_NAMES or w in _PLACE_WORDS or w in _NOT_FIRST for w in words):
                continue
            if _NOT_PERSON_AFTER.match(sentence, match.end(1)) or any(
                _NOT_PERSON_AFTER.fullmatch(" " + word) for word in words[1:]
            ):
                continue  # "Harker Lowe Solicitors told us …"
            spans.append(Span(match.start(1), match.end(1), "name"))
    for match in _NAME_INITIAL.finditer(sentence) if may_name else ():
        if match.group(1) in given and match.group(1) not in _NOT_NAMES:
            spans.append(Span(match.start(), match.end(), "name"))
    for match in _NAME_THEN_ROLE.finditer(sentence) if may_name else ():
        if _plain(match.group(1)) in given and match.group(1) not in _NOT_NAMES:
            spans.append(Span(match.start(1), match.end(1), "name"))
    if "@" in sentence:
        for match in _EMAIL.finditer(sentence):
            local = match.group(1)
            parts = re.split(r"[._+\-]", local.lower())
            if any(part in _ROLE_MAILBOXES for part in parts):
                continue  # a team's mailbox: safer.custody@, healthcare.longford@
            names = _all_names()
            named = any(part.capitalize() in names for part in parts if len(part) > 1)
            initial = len(parts) > 1 and len(parts[0]) == 1
            if named or initial:  # niamh.brennan@, j.mensah@; not harrowfield.performance@
                spans.append(Span(match.start(), match.end(), "reference"))
    places = _lists_of_places(sentence, _all_names()) if may_name else []
    for match in _LONE_NAME.finditer(sentence) if may_name else ():
        name = match.group(1)
        if any(start <= match.start(1) < end for start, end in places):
            continue  # "units: Rowan, Juniper, Willow and Cedar"
        if _UNIT_BEFORE.search(sentence, max(0, match.start(1) - 30), match.start(1)):
            continue  # "the women's unit (Iona)", "the women's unit, Skye,", "in Luton and Bedford"
        if _NOT_PERSON_AFTER.match(sentence, match.end(1)):
            continue  # "Martyn's Law"
        if name in _NATURE or name in _NOT_NAMES or name in _AMBIGUOUS:
            continue
        if _plain(name) in given:
            spans.append(Span(match.start(1), match.end(1), "name"))
    names = _all_names()
    for match in _START_SINGLE.finditer(sentence) if may_name else ():
        found = [(match.start(i), match.end(i)) for i in (1, 2) if match.group(i)]
        words = [sentence[start:end] for start, end in found]
        if all(
            _plain(word) in names
            and word not in _NOT_NAMES
            and word not in _AMBIGUOUS
            and word not in _NATURE
            and word not in _PLACE_WORDS
            for word in words
        ):
            spans.extend(Span(start, end, "name") for start, end in found)
    if _UPPER_RUN.search(sentence):
        for match in _CAPS_NAME.finditer(sentence):
            for i in (1, 2, 3):
                word = match.group(i)
                if word and word.capitalize() in names and word.capitalize() not in _NOT_NAMES:
                    spans.append(Span(match.start(i), match.end(i), "name"))
    lower = sentence.lower()
    hints = (
        (_KNOWN_AS, "known" in lower or "nicknamed" in lower or "called" in lower),
        (_WITHHELD, "withheld" in lower),
        (_INITIALS, "." in sentence[:-1]),
    )
    for pattern, hinted in hints:
        for match in pattern.finditer(sentence) if hinted else ():
            spans.append(Span(match.start(), match.end(), "name"))
    # The patterns below all need a digit: skip them for the many sentences without one.
    if _DIGIT.search(sentence):
        referenced = _REFERENCE_HINT.search(sentence) or (
            any(part in lower for part in ("re", "no", "nu", "id"))
            and _REFERENCE_WORD.search(lower)
        )
        references = _REFERENCE.finditer(sentence) if referenced else ()
        for match in references:
            if _looks_like_label(match.group(0)):
                continue
            spans.append(Span(match.start(), match.end(), "reference"))
        # Each pattern below is tried only if a word it needs is there: much cheaper.
        for match in _PERSONAL_PHONE.finditer(sentence) if _POSSESSOR.search(lower) else ():
            spans.append(Span(match.start(), match.end(), "reference"))
        for match in _ON_DUTY.finditer(sentence) if _ON.search(lower) else ():
            spans.append(Span(match.start(), match.end(), "singled_out"))
        for pattern in (_BIRTHDAY, _DOB) if _BORN.search(lower) else ():
            for match in pattern.finditer(sentence):
                spans.append(Span(match.start(), match.end(), "date_of_birth"))
        if spans and (bare := _BARE_DATE_OF_PERSON.search(sentence)):
            spans.append(Span(bare.start(), bare.end(), "date_of_birth"))
        placed = "room" in lower or "cell" in lower or "bed" in lower or "suite" in lower
        rooms = list(_ROOM.finditer(sentence)) if placed else []
        if rooms and _PERSON_WORD.search(sentence):
            for match in rooms:
                spans.append(Span(match.start(), match.end(), "room"))
    only = _ONLY.search(sentence) if _SINGLING_HINT.search(lower) else None
    aged = _AGED.search(sentence) if _DIGIT.search(sentence) else None
    if only:
        spans.append(Span(only.start(), only.end(), "singled_out"))
    elif aged and _DETAIL.search(sentence) and not _GROUP.search(sentence):
        spans.append(Span(aged.start(), aged.end(), "singled_out"))
    addressed = _DIGIT.search(sentence) and _ADDRESS_HINT.search(sentence)
    for match in _ADDRESS.finditer(sentence) if addressed else ():
        spans.append(Span(match.start(), match.end(), "address"))
    # The patterns below need a word for a person ("man", "nurse") or a family tie.
    someone = not _PERSON_WORDS.isdisjoint(all_words)
    quoted = any(mark in sentence for mark in "'‘’\"“”")
    described = (
        (_DESCRIBED, someone),
        (_FAMILY, quoted or "his " in lower or "her " in lower),
        (_NICKNAME, quoted or " call" in lower),
        (_PARTICULAR, someone),
    )
    if "[" in sentence:
        names = _all_names()
        for note_start, note_end in draft_notes(sentence):
            for match in NOTE_NAME.finditer(sentence, note_start, note_end):
                word = match.group(1)
                if word in names and word not in _NOT_NAMES and word not in _NATURE:
                    spans.append(Span(match.start(1), match.end(1), "name"))
    events = (
        list(_A_PERSON_EVENT.finditer(sentence)) + list(_RARE_TRAIT.finditer(sentence))
        if someone
        else []
    )
    if events and _WHEN_ANYWHERE.search(sentence):
        for match in events:
            spans.append(Span(match.start(), match.end(), "singled_out"))
    plural_family = "amily, the " in sentence  # "one family, the Hoxhas," (a plural is on no list)
    for match in _NAMED_FAMILY.finditer(sentence) if may_name or plural_family else ():
        group = 1 if match.group(1) else 2  # "the Hoxha family", "one family, the Hoxhas"
        word = match.group(group)
        if (_plain(word) in _all_names() or _SURNAME_SHAPE.search(word)) and not (
            word in _NOT_NAMES or _NATIONALITY.fullmatch(word)
        ):
            spans.append(Span(match.start(group), match.end(group), "name"))
    case_note = any(hint in sentence for hint in _CASE_NOTE_HINTS) or (
        _DIGIT.search(sentence) and _ROOM_CODE.search(sentence)
    )
    for match in _CASE_NOTE.finditer(sentence) if case_note else ():
        spans.append(Span(match.start(), match.end(), "singled_out"))
    for pattern, hinted in described:
        for match in pattern.finditer(sentence) if hinted else ():
            spans.append(Span(match.start(), match.end(), "singled_out"))
    return _merge(spans)


def _lists_of_places(sentence: str, names: frozenset[str]) -> list[tuple[int, int]]:
    """Return the lists of capitalised words that are not all names: units, places."""
    if sentence.count(",") < 1:
        return []
    return [
        match.span()
        for match in _CAP_LIST.finditer(sentence)
        if not all(_plain(word) in names for word in _CAP_WORD.findall(match.group()))
    ]


def _looks_like_label(text: str) -> bool:
    # A date written as yyyymmdd is not a reference.
    return bool(re.fullmatch(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])", text))


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            if span.end > last.end:
                merged[-1] = Span(last.start, span.end, last.kind)
            continue
        merged.append(span)
    return merged
