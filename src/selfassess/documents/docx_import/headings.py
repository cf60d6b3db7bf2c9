"""Recognising headings: the sections, the four tests and their ratings."""

from __future__ import annotations

import re

from selfassess.documents.docx_import.blocks import Para
from selfassess.documents.docx_import.common import RATINGS
from selfassess.documents.docx_import.text import _norm

_NUMBER_PREFIX = re.compile(
    r"^(?:(?:section|part)\s+)?(?:(?:\d{1,2}|[ivx]{1,4})(?:\s*[.):\-]\s*|\s+))",
)
_SECTION_PREFIX_WORD = re.compile(r"^(?:section|part)\s*[.:\-]?\s*")
_PARENS = re.compile(r"\s*\([^()]*\)")
_LIMIT_TAIL = re.compile(
    r"\s*[-:,]?\s*(?:in )?(?:no more than|maximum|max\.?|up to)\s+[\d,]+\s+words.*$"
)

SECTION_NAMES: dict[str, tuple[str, ...]] = {
    "vision": (
        "vision",
        "our vision",
        "the vision",
        "vision for the centre",
        "our vision for the centre",
        "overarching vision",
        "vision statement",
        "centre vision",
    ),
    "leadership": (
        "leadership",
        "leadership and management",
        "assessment of leadership",
        "leadership assessment",
        "our leadership",
        "strengths and weaknesses of leadership",
        "leadership in the centre",
    ),
    "tests": (
        "healthy establishment tests",
        "healthy establishment test",
        "the healthy establishment tests",
        "healthy establishment test assessment",
        "healthy establishment tests assessment",
        "assessment against the healthy establishment tests",
        "outcomes against the healthy establishment tests",
        "outcomes for detainees",
        "he tests",
    ),
    "priorities": (
        "main priorities for the next year",
        "main priorities for the coming year",
        "main priorities",
        "priorities",
        "our priorities",
        "key priorities",
        "top priorities",
        "strategic priorities",
        "priorities for the next year",
        "priorities for the coming year",
        "priorities for the year ahead",
    ),
    "key_concerns": (
        "progress against key concerns",
        "progress against key concerns and recommendations",
        "progress against key concerns and recommendations where still relevant",
        "progress on key concerns",
        "progress against kcs",
        "progress against recommendations",
        "progress against previous recommendations",
        "progress against the key concerns",
        "key concerns",
        "key concerns and recommendations",
        "progress since the last inspection",
        "progress against key concerns from the last inspection",
    ),
}
_SECTION_LOOKUP = {name: key for key, names in SECTION_NAMES.items() for name in names}

TEST_NAMES: dict[str, tuple[str, ...]] = {
    "safety": ("safety", "safety test", "safe"),
    "respect": ("respect", "respect test"),
    "activities": ("activities", "activity", "activities test", "purposeful activity"),
    "preparation": (
        "preparation for removal and release",
        "preparation for release and removal",
        "preparation for removal and release test",
        "preparation for release and removal test",
        "preparation for removal or release",
        "preparation for release or removal",
        "preparation for removal/release",
        "preparation for release/removal",
        "preparation for removal",
        "preparation for release",
        "removal and release",
        "release and removal",
        "preparation",
    ),
}
_TEST_LOOKUP = {name: key for key, names in TEST_NAMES.items() for name in names}
_TEST_PREFIX = re.compile(
    r"^(?:(?:healthy establishment|he)\s+)?test\s*(?:\d)?\s*[.:\-]?\s*|^(?:\d|[ivx]{1,3}|[a-d])\s*[.):\-]\s*"
)


def _strip_heading(text: str) -> str:
    """Return a heading's words, without numbering, brackets, word limits or end marks."""
    value = _norm(text)
    value = _PARENS.sub("", value)
    value = _LIMIT_TAIL.sub("", value)
    value = _NUMBER_PREFIX.sub("", value, count=1)
    value = (
        _SECTION_PREFIX_WORD.sub("", value, count=1)
        if value.startswith(("section", "part"))
        else value
    )
    return value.strip(" .:-").strip()


def _section_of(text: str) -> str | None:
    """Return the section a heading names ('vision', …, 'appendix'), or None."""
    words = _strip_heading(text)
    if not words or len(words) > 120:
        return None
    if words in _SECTION_LOOKUP:
        return _SECTION_LOOKUP[words]
    if words.startswith("the ") and words[4:] in _SECTION_LOOKUP:
        return _SECTION_LOOKUP[words[4:]]
    if re.match(r"^(?:appendix|appendices|annex)\b", words):
        return "appendix"
    return None


def _test_name(value: str) -> str | None:
    """Return the test a short phrase names ('Safety', 'Test 4: Preparation…'), or None."""
    words = _PARENS.sub("", _norm(value)).strip(" .:")
    words = _TEST_PREFIX.sub("", words, count=1).strip(" .:")
    return _TEST_LOOKUP.get(words)


def _test_of(text: str) -> tuple[str, str] | None:
    """Return the test a heading names and any words after it (a run-in rest), or None."""
    text = text.strip()
    key = _test_name(text)
    if key is not None:
        brackets = re.search(r"\(([^()]*)\)\s*$", text)
        return key, brackets.group(1).strip() if brackets else ""
    # "Safety – detainees are held…", "Safety: reasonably good"
    match = re.match(r"^(.{2,60}?)\s*(?:[:\u2013\u2014]|\s-\s)\s*(.+)$", text, re.DOTALL)
    if match:
        key = _test_name(match.group(1))
        if key is not None:
            return key, match.group(2).strip()
    return None


def _rating_of(value: str) -> int | None | bool:
    """Return the rating a phrase names (4–1), None for 'not rated', False if it names none."""
    words = _norm(value).strip(" .")
    words = re.sub(r"^(?:the centre is|we judge (?:this|it) to be|judged)\s+", "", words)
    digit = re.match(r"^([1-4])\b", words)
    if digit:
        return int(digit.group(1))
    for number, label in sorted(RATINGS.items(), key=lambda item: -len(item[1])):
        if words == label.lower():
            return number
    if words in ("not rated", "unrated", "not yet rated", "none", "n/a", "not assessed"):
        return None
    return False


_RATING_LINE = re.compile(
    r"^(?:self[- ]?rating|self[- ]assessed rating|our (?:self[- ])?(?:rating|assessment|judgement)|"
    r"rating|overall rating|self[- ]assessment(?: rating)?|grade|judgement)\s*[:\-]\s*(.+)$"
)


def _rating_line(text: str) -> int | None | bool:
    """Return the rating a 'Self-rating: Good' line gives, or False if the line is not one."""
    match = _RATING_LINE.match(_norm(text))
    if not match:
        return False
    return _rating_of(match.group(1))


def _heading_like(para: Para) -> bool:
    """Return whether a paragraph looks like a heading: styled, bold, capitals or numbered."""
    text = para.text.strip()
    if not text or len(text) > 200:
        return False
    if para.level is not None or para.bold:
        return True
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        return True
    # Numbered ("2. Leadership"), but not a numbered sentence ("12 men were…").
    return len(text) <= 80 and not text.endswith(".") and bool(_NUMBER_PREFIX.match(_norm(text)))
