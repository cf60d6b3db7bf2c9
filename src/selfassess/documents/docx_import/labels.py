"""Recognising labels: the priority questions, key concern references, progress and status."""

from __future__ import annotations

import re
import unicodedata

from selfassess.documents.docx_import.common import JUDGEMENTS
from selfassess.documents.docx_import.headings import _PARENS
from selfassess.documents.docx_import.text import _QUOTES, _norm

_PRIORITY_MARK = re.compile(
    r"^(?:main\s+)?priority\s*(?:no\.?\s*|number\s*)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b\s*([:.)\-]?)\s*(.*)$",
    re.DOTALL,
)
_QUESTION_PREFIX = re.compile(
    r"^(?:\(?(?:[ivx]{1,4}|[a-d]|\d)\s*[.)]\s*|q\s*\d\s*[.:)]?\s*|question\s*\d\s*[.:)]?\s*)"
)
QUESTIONS: dict[str, tuple[str, ...]] = {
    "what": (r"what is (?:the|this|our|your) priority",),
    "how_known": (
        r"how do (?:you|we) know (?:that )?(?:this|it) is a priority",
        r"why is (?:this|it) a priority",
    ),
    "delivering": (
        r"how (?:are|will) (?:you|we) (?:be )?deliver(?:ing)?(?: this priority| the priority| it)?",
    ),
    "success": (
        r"how will (?:you|we) know (?:that )?(?:you|we) (?:have|'ve) succeeded",
        r"how will (?:you|we) (?:know|measure|judge) (?:success|if (?:you|we) have succeeded|whether (?:you|we) have succeeded)",
    ),
}
_QUESTION_RES = {
    name: [re.compile(rf"^{pattern}\s*\??\s*[:\-]?\s*", re.DOTALL) for pattern in patterns]
    for name, patterns in QUESTIONS.items()
}
QUESTION_LABELS: dict[str, tuple[str, ...]] = {
    "what": ("priority", "the priority", "what", "aim", "objective"),
    "how_known": (
        "why",
        "evidence",
        "rationale",
        "how we know",
        "how do we know",
        "why this is a priority",
        "evidence of need",
        "analysis",
    ),
    "delivering": (
        "actions",
        "delivery",
        "how",
        "plan",
        "action plan",
        "delivery plan",
        "delivering",
        "how we will deliver",
        "how we are delivering",
    ),
    "success": (
        "success",
        "success measures",
        "measures of success",
        "success criteria",
        "measures",
        "how we will measure success",
        "how we will know",
        "evaluation",
    ),
}
_LABEL_LOOKUP = {label: name for name, labels in QUESTION_LABELS.items() for label in labels}


def _question_of(text: str) -> tuple[str, str, bool] | None:
    """Return (field, answer after it, whether it was the full question) or None."""
    value = unicodedata.normalize("NFKC", text).translate(_QUOTES).strip()
    lowered = _QUESTION_PREFIX.sub("", value.lower(), count=1)
    offset = len(value) - len(lowered)
    for name, patterns in _QUESTION_RES.items():
        for pattern in patterns:
            match = pattern.match(lowered)
            if match:
                return name, value[offset + match.end() :].strip(), True
    label = re.match(r"^([a-z' ]{3,40}?)\s*(?::|\?)\s*(.*)$", lowered, re.DOTALL)
    if label and label.group(1).strip() in _LABEL_LOOKUP:
        start = offset + label.start(2)
        return _LABEL_LOOKUP[label.group(1).strip()], value[start:].strip(), False
    if lowered.strip(" .") in _LABEL_LOOKUP:
        return _LABEL_LOOKUP[lowered.strip(" .")], "", False
    return None


_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}

_KIND_WORDS = (
    ("priority concern", "priority"),
    ("key concern", "key"),
    ("main recommendation", "recommendation"),
    ("recommendation", "recommendation"),
)
_KC_MARK = re.compile(
    r"^(priority concern|key concern|main recommendation|recommendation|concern|kc)?\s*"
    r"(?:no\.?\s*)?((?:\d{1,3}\.)+\d{1,3}|\d{1,3}|[a-z]{1,3}\s?\d{1,3}(?:\.\d{1,3})*)(?=[\s:.)\-]|$)"
    r"\s*(\((?:priority concern|key concern|recommendation)\))?\s*([:.)\-]?)\s*(.*)$",
    re.DOTALL,
)
_PROGRESS_LABEL = re.compile(
    r"^(?:progress|progress made|our progress|update|progress update|action taken|actions taken|"
    r"evidence of progress|progress and evidence|response)\s*(?:\(([^)]*)\))?\s*(?::|-)\s*(.*)$",
    re.DOTALL,
)
_PROGRESS_HEADING = re.compile(
    r"^(?:progress|progress made|our progress|update|progress update|action taken|actions taken|"
    r"evidence of progress|progress and evidence)\s*(?:\(([^)]*)\))?$"
)
_STATUS_LABEL = re.compile(
    r"^(?:status|judgement|our judgement|judgement of progress|self[- ]assessment|progress rating|"
    r"rating|assessment|rag(?: rating| status)?)\s*[:\-]\s*(.*)$",
    re.DOTALL,
)
_CONCERN_LABEL = re.compile(
    r"^(?:concern|the concern|key concern|priority concern|recommendation)\s*[:\-]\s*(.*)$",
    re.DOTALL,
)


def _judgement_of(text: str) -> str | None:
    """Return the progress judgement a status names ('good', …), '' for none, None if unknown."""
    words = _norm(text).strip(" .")
    if words in ("", "not judged", "not yet judged", "none given", "n/a", "to be judged"):
        return ""
    for key, label in JUDGEMENTS.items():
        if words in (label.lower(), key) or words == label.lower().replace(" progress", ""):
            return key
    if words in ("no progress", "no meaningful", "none", "no meaningful progress made"):
        return "none"
    return None


def _kind_of(text: str) -> str:
    words = _norm(text)
    for phrase, kind in _KIND_WORDS:
        if phrase in words:
            return kind
    return ""


def _split_reference(cell: str) -> tuple[str, str]:
    """Split '1.3 (Priority concern)' into its reference and kind."""
    kind = _kind_of(cell)
    reference = _PARENS.sub("", cell).strip()
    for phrase, _ in _KIND_WORDS:
        reference = re.sub(rf"^{phrase}\s*", "", reference, flags=re.IGNORECASE)
    return reference.strip(" :.-–"), kind
