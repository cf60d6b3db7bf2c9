"""The word lists behind the personal-data check: name lists, and words that are never names.

`data/given_names.txt` and `data/surnames.txt` hold names from many communities (accents
removed, as `_plain` removes them); the sets below are capitalised words that are never a person
in a SAR, words that are names only after a title, place words and the trees and birds that
units are named after. `personal.py` uses them.
"""

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources


@lru_cache(maxsize=65536)
def _plain(word: str) -> str:
    """Return a word without accents ("María" → "Maria"), as the name lists keep them."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


@cache
def _names(filename: str) -> frozenset[str]:
    text = resources.files("selfassess.review").joinpath("data", filename).read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def _all_names() -> frozenset[str]:
    return _names("given_names.txt") | _names("surnames.txt")


# Capitalised words that are never a person in a SAR, even when a name list has them.
_NOT_NAMES = frozenset(
    """
    The A An And Or Of In On At By For From To With Without Our We Their This That These Those
    He She His Her Him It Its They Them You Your Me My Us I Among Across Against Along Amid Around
    Despite Until Unless Whether Within Beyond Towards Toward Upon Via Per Overall Also Therefore
    Meanwhile Instead Indeed Yet Still Because Both Either Neither Only Just Even Once Here There
    Then Now Today Tomorrow Yesterday
    All Each Every Some Most Many Since During Following After Before Between Over Under Where
    When While Although However Home Office House Unit Wing Centre Center Rule Custody Detention
    Detainee Detainees Staff Officer Officers Manager Managers Services Service Care Health
    Healthcare Team Board Independent Monitoring Safety Respect Activities Preparation Removal
    Release Priority Key Concern Concerns Progress Vision Leadership Leaders Senior Management
    Safer Welfare Visits Visitors Reception Healthy Establishment Tests Test Good Poor Reasonably
    Not Sufficiently Council Forum Committee Group Groups Association Trust Foundation Prisons
    Inspectorate Inspector Inspection Ombudsman Probation Immigration Enforcement Engagement
    Director Directors Deputy Head Lead Nurse Doctor Chaplain Imam Duty Shift Night Day Morning
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Spring Summer Autumn Winter Christmas Easter
    Ramadan Eid North South East West Northern Southern Eastern Western New Old Great Little Upper Lower Central National Royal
    British English Scottish Welsh Irish European United Nations Kingdom Court Tribunal Library
    Gym Kitchen Education Learning Skills Training Academy College School Hospital Clinic
    Pharmacy Dental Surgery Mental Physical Social Medical Justice Bail Legal Aid Hibiscus
    Samaritans Mind Refugee Action Red Cross Serco Mitie GEO Group Capita Care UK Practice Plus
    Road Street Way Court Close View Line India Jordan Georgia Chad Israel Kenya Victoria Florence
    Lincoln Austin Paris Sydney Jamaica Ireland America China Albania Vietnam Pakistan Nigeria
    Christian Muslim Hindu Sikh Jewish Buddhist Catholic Orthodox Protestant
    Gatwick Heathrow Durham Scotland England Wales London Manchester Glasgow Lanarkshire Surrey
    Sussex Middlesex Kent Bedfordshire Oxfordshire Hatherleigh Ravensmoor Glenmorrow
    Harmondsworth Colnbrook Tinsley Dungavel Derwentside Yarl's Morton Campsfield Brook
    Deputy Acting Interim Chief Executive Governor Supervisor Coordinator Representative
    Custodial Detained Residential Support Supported Women Men Female Male Adults Adult Children
    Family Families Friends Self Harm ACDT IMB HMIP SMT DCM DCO DET BID PPO NHS CQC HMPPS HO
    Seacole Nightingale Mandela Cavell Pankhurst Wilberforce Barnardo Bamber Lampard Windrush
    Hayes Sipson Harlington Hounslow Crawley Horley Dover Folkestone Croydon Slough Luton Kingston
    Sutton Hillingdon Ealing Feltham Staines Heathrow Stansted Reading Newcastle Leeds Sheffield
    Bristol Cardiff Swansea Belfast Edinburgh Aberdeen Dundee Inverness Stirling Paisley Hong Kong
    Microsoft Google Amazon Apple Zoom Teams Skype WhatsApp Facebook Rosetta Martens
    Survey Surveys Meeting Meetings Consultative Charter Handbook Information Jan Feb Mar Apr Jun
    Jul Aug Sep Sept Oct Nov Dec Case Cases Escort Escorts Escorting Population
    """.split()
)


# Endings that mark a surname in many naming traditions: Kowalski, Kovalenko, Popescu,
# Papadopoulos, Petrović, Wickramasinghe, Jayawardena, Balasubramaniam, Hosseinzadeh.
_SURNAME_SHAPE = re.compile(
    r"(?:ski|ska|wicz|czyk|enko|escu|eanu|poulos|akis|idis|ović|ovic|ević|evic|sson|singhe|"
    r"wardena|nathan|rajah|aratne|oglu|oğlu|zadeh|ullah|uddin|iyar|amy|anayake)$"
)


# Words that are names only after a title ("Officer Green", "Mrs Grace Hope").
_AMBIGUOUS = frozenset(
    """
    Will Hope Faith Grace Joy Mark Rose Dawn Summer Glory Justice Liberty Unity Harmony Page Major
    Chase Hunter Miles Guy King Prince Earl Duke Baron Cash Sterling Royal Long Young White Black
    Brown Green Rich Little Gay Hart Love Wise Best Hale Hardy Strong Sharp Stern Frank Bill Bob
    Art Sage Field Wood Hall Brook Park Lane Hill Gate Bridge Way Close View May June April
    Patience Charity Mercy Constance Prudence Honor Honour Sunny Rusty Amber Crystal Ruby Pearl
    Jade Precious Blessing Gift Goodness Comfort Felicity Destiny Trust Verity Temperance Modesty
    Harmony Victory Marvel Happy Lucky Star Sky Storm River Forest Meadow
    """.split()
)


# Words that start a capitalised pair that is not a person ("King Charles", "St Mungo's").
_NOT_FIRST = frozenset("King Queen Prince Princess Lord Lady Sir Dame Saint St Mount".split())


_PLACE_WORDS = frozenset(
    "Lane Road Street House Park Hall Court Lodge Wood Hill Green Gate Way Close View Manor Farm "
    "Moor Marsh Heath Fen Vale Grange Fields Cross Bridge Ford Down Downs Common Point Head "
    "Quay Port Harbour Dock Docks Wharf Terminal Airport Brook Reach Rise Ridge Meadows Edge Fold "
    "Grange Place Square Avenue Drive Gardens Centre Unit Wing".split()
)


# Trees, birds and flowers: what units are named after, not people, unless a title says so.
_NATURE = frozenset(
    """Rowan Wren Hazel Holly Willow Heather Ivy Iris Robin Jay Linnet Lark Heron Jasmine Poppy
    Daisy Lily Violet Rose Laurel Olive Ash Oak Elm Cedar Aspen Bramble Fern Sorrel Juniper Yew
    Birch Alder Maple Hawthorn Primrose Bluebell Kestrel Falcon Merlin Swift Swallow Dove Raven
    Teal Avocet Plover Lapwing Curlew Dunlin Kingfisher Osprey Sparrow Finch Starling Peregrine
    Harrier Heath Moss Sage Myrtle Magnolia Hyacinth Clover Acacia Linden Beech Spruce Larch
    Hornbeam Sycamore Chestnut Poplar Hawk Eagle Owl Martin Fleming""".split()
)


_POSSESSIVE = re.compile(r"['’]s$")
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſȘȚ"


@cache
def _lower_case_names() -> tuple[frozenset[str], frozenset[str]]:
    """Return the given names and surnames that are never ordinary words, in lower case."""
    ordinary = _names("ordinary_words.txt")
    skip = {word.lower() for word in _NOT_NAMES | _NATURE | _PLACE_WORDS | _AMBIGUOUS}

    def lower(names: frozenset[str]) -> frozenset[str]:
        return frozenset(
            word
            for word in (name.lower() for name in names)
            if len(word) > 2 and word not in ordinary and word not in skip
        )

    return lower(_names("given_names.txt")), lower(_names("surnames.txt"))


@cache
def _lower_case_any() -> frozenset[str]:
    given, family = _lower_case_names()
    return given | family


_CAPITALISED = re.compile(rf"[{_UPPER}][^\s,.;:!?()\[\]\"“”]*")


def _may_name_someone(sentence: str) -> bool:
    """Return whether a capitalised word in the sentence is on a name list or surname-shaped."""
    return any(map(_name_like, _CAPITALISED.findall(sentence)))


@lru_cache(maxsize=65536)
def _name_like(word: str) -> bool:
    names = _all_names()
    for part in (word, _POSSESSIVE.sub("", word.rstrip("'’"))):
        plain = _plain(part)
        if plain in _NOT_NAMES:
            continue  # never a name to any pattern below ("Home", "Office", "May")
        if plain in names or _SURNAME_SHAPE.search(plain):
            return True
        pieces = re.split(r"[-'’]", plain)
        if len(pieces) > 1 and any(
            piece in names or _SURNAME_SHAPE.search(piece) for piece in pieces if piece
        ):
            return True
        if re.match(r"(?:O|Ma?c)[A-Z]", plain) and _name_like(
            plain[1 if plain[0] == "O" else 2 if plain[1] == "c" else 3 :]
        ):
            return True
    return False


# The local part of a team's mailbox: safer.custody@, healthcare.longford@ are not a person.
_ROLE_MAILBOXES = frozenset(
    "complaints info enquiries enquiry admin welfare reception office team contact safeguarding "
    "hr visits visiting legal healthcare duty.manager dutymanager security general mailbox "
    "feedback support help helpdesk records safer custody manager bookings booking chaplaincy "
    "education activities learning library gym kitchen catering stores property finance estates "
    "it ict noreply no reply centre irc equality diversity inclusion wellbeing pharmacy shop "
    "canteen advice casework intelligence operations control hub desk line hmip imb "
    "detention".split()
)
