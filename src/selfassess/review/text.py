"""Sentences and tokens: how the review cuts text up before it labels it.

Sentences keep their character offsets in the text they came from, so a page can highlight
them and a finding can point at them. Tokens are lower-cased and lightly stemmed so that
"trained", "training" and "trains" meet the same lexicon entry.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "mx", "dr", "prof", "st", "no", "nos", "vs", "v", "etc", "eg", "ie",
    "e.g", "i.e", "approx", "cllr", "rev", "fig", "para", "ref", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "al", "inc", "ltd", "co",
}  # fmt: skip
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9•\-–])")
_BULLET = re.compile(r"^\s*(?:[-*•–·▪◦]|\(?[0-9]{1,2}[.)]|\(?[ivx]{1,4}[.)]|\(?[a-h][.)])\s+")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+(?:[.,:/]\d+)*%?")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence and where it sits in its text (`text[start:end]`)."""

    text: str
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences, one list item or line at most per sentence."""
    sentences: list[Sentence] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        line_start = offset
        offset += len(line)
        body = line.rstrip("\r\n")
        bullet = _BULLET.match(body)
        cursor = bullet.end() if bullet else 0
        for match in _BOUNDARY.finditer(body, cursor):
            stop = match.end()
            if _is_abbreviation(body, match.start()):
                continue
            _append(sentences, body, cursor, stop, line_start)
            cursor = stop
        _append(sentences, body, cursor, len(body), line_start)
    return sentences


_WORD_BEFORE_STOP = re.compile(r"([A-Za-z.]+)$")


def _is_abbreviation(body: str, dot: int) -> bool:
    if body[dot] != ".":
        return False
    word = _WORD_BEFORE_STOP.search(body, max(0, dot - 40), dot)
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    # A single capital letter before the stop is an initial ("J. Smith"), not an ending.
    return token in _ABBREVIATIONS or (len(token) == 1 and body[dot - 1].isupper())


def _append(sentences: list[Sentence], body: str, start: int, stop: int, base: int) -> None:
    chunk = body[start:stop]
    stripped = chunk.strip()
    if not stripped or not any(char.isalnum() for char in stripped):
        return
    lead = len(chunk) - len(chunk.lstrip())
    begin = base + start + lead
    sentences.append(Sentence(stripped, begin, begin + len(stripped)))


def tokens(text: str) -> list[str]:
    """Return the sentence's word tokens, lower-cased and stemmed."""
    return [stem(token) for token in _TOKEN.findall(text.lower())]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return a light stem: plural, -ing, -ed and -ly endings removed."""
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'-")
    if word in _KEEP:
        return word
    if len(word) <= 3 or not word.isalpha() and "-" not in word:
        return word
    for suffix, replacement, minimum in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= minimum:
            word = word[: -len(suffix)] + replacement
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]  # "staffing" → "staff" already; "planned" → "plan"
    if len(word) > 4 and word.endswith("e") and not word.endswith(("ee", "ie", "ue")):
        word = word[:-1]  # "improve" and "improving" meet at "improv"
    return word


# Words whose stem would meet an unrelated word ("staffing" is not "staff").
_KEEP = frozenset(
    {
        "staffing",
        "training",
        "learning",
        "meeting",
        "meetings",
        "housing",
        "building",
        "buildings",
        "well-being",
        "wellbeing",
        "safeguarding",
        "funding",
        "planning",
    }
)
_SUFFIXES = (
    ("ss", "ss", 0),
    ("us", "us", 0),
    ("is", "is", 0),
    ("ies", "y", 2),
    ("sses", "ss", 2),
    ("ness", "", 3),
    ("ments", "", 3),
    ("ment", "", 3),
    ("ingly", "", 3),
    ("edly", "", 3),
    ("ings", "", 3),
    ("ing", "", 3),
    ("ied", "y", 2),
    ("ed", "", 3),
    ("ly", "", 4),
    ("ers", "er", 3),
    ("s", "", 3),
)
