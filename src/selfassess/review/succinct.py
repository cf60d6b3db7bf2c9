"""Succinct and focused: limits, long sentences, reading ease, acronyms, repeated text."""

import re

from selfassess.review.results import (
    LESSONS,
    LONG_SENTENCE,
    Finding,
    Place,
    ReviewedSentence,
    SectionSummary,
)
from selfassess.review.text import tokens

_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&]{1,6}s?\b")
_KNOWN_ACRONYMS = frozenset(
    {"UK", "NHS", "EU", "UN", "HM", "GP", "TV", "ID", "OK", "COVID", "CCTV", "IT", "AM", "PM",
     "I", "II", "III", "IV", "V", "VI", "KC", "KCS", "SAR", "Q1", "Q2", "Q3", "Q4", "A", "B", "C",
     "D", "E", "F", "G", "H", "PDF", "MP", "BBC", "USA", "HR", "IRC", "IRCS"}
)  # fmt: skip


def succinct(
    sentences: list[ReviewedSentence],
    summaries: dict[str, SectionSummary],
    texts: dict[str, str],
) -> list[Finding]:
    findings = []
    for key, summary in summaries.items():
        if summary.limit and summary.words > summary.limit:
            findings.append(
                Finding(
                    "over-limit",
                    "succinct",
                    "blocking",
                    Place(key),
                    f"{summary.title} has {summary.words:,} words; the limit is "
                    f"{summary.limit:,} ({summary.words - summary.limit:,} over).",
                    LESSONS["succinct"],
                    "Cut it to the most important issues; summarise and put detail in the "
                    "evidence.",
                )
            )
        ease = _reading_ease(texts[key], summary.sentences)
        if ease is not None and summary.words >= 80 and ease < 30:
            findings.append(
                Finding(
                    "hard-to-read",
                    "succinct",
                    "advice",
                    Place(key),
                    f"{summary.title} is hard to read (reading ease {ease:.0f} out of 100).",
                    LESSONS["succinct"],
                    "Use shorter sentences and plain words; one point per sentence.",
                )
            )
    for item in sentences:
        words = item.words
        if words > LONG_SENTENCE:
            findings.append(
                Finding(
                    "long-sentence",
                    "succinct",
                    "advice",
                    item.place,
                    f"This sentence is {words} words long.",
                    LESSONS["succinct"],
                    "Split it: aim for sentences of 25 words or fewer.",
                    item.text,
                )
            )
    findings += _acronyms(sentences, "\n".join(texts.values()))
    seen: dict[str, ReviewedSentence] = {}
    for item in sentences:
        if item.place.section == "key_concerns" and item.place.field == "concern":
            continue
        if item.words < 8:
            continue
        norm = " ".join(tokens(item.text))
        if norm in seen:
            findings.append(
                Finding(
                    "repeated",
                    "succinct",
                    "advice",
                    item.place,
                    f"This sentence repeats one in {seen[norm].place.label}.",
                    LESSONS["succinct"],
                    "Say it once, where it matters most.",
                    item.text,
                )
            )
        else:
            seen[norm] = item
    return findings


def _acronyms(sentences: list[ReviewedSentence], whole: str) -> list[Finding]:
    # Most SARs explain every acronym they use, so the sentences are only read again for
    # those the whole text leaves unexplained.
    unexplained = {bare for bare in map(_bare, _ACRONYM.findall(whole)) if _unknown(bare)}
    if unexplained:
        bracketed = _bracketed(whole)
        unexplained -= bracketed
    if unexplained:
        initials = _initials(whole)
        unexplained = {bare for bare in unexplained if not _spelled_out(bare, initials)}
    findings = []
    for item in sentences if unexplained else ():
        for match in _ACRONYM.finditer(item.text):
            bare = _bare(match.group(0))
            if bare not in unexplained:
                continue
            unexplained.discard(bare)  # reported once, where it is first used
            findings.append(
                Finding(
                    "acronym",
                    "succinct",
                    "advice",
                    item.place,
                    f"“{bare}” is not spelled out anywhere in the SAR.",
                    "The SAR should be in plain English, with acronyms explained.",
                    f"Write it out in full the first time, followed by ({bare}).",
                    item.text,
                    [(match.start(), match.start() + len(bare))],
                )
            )
    return findings


def _bare(acronym: str) -> str:
    """Return an acronym without a plural "s" ("DCMs" → "DCM")."""
    return acronym[:-1] if acronym.endswith("s") and acronym[:-1].isupper() else acronym


def _unknown(bare: str) -> bool:
    return bare not in _KNOWN_ACRONYMS and not any(c.isdigit() for c in bare)


def _bracketed(text: str) -> set[str]:
    """Return every term written in brackets ("(SMT)") or just before them ("SMT (senior")."""
    terms: set[str] = set()
    for term in _IN_BRACKETS.findall(text):
        terms.update((term, term.removesuffix("s")))
    for token in _BEFORE_BRACKETS.findall(text):
        # Any part of the token that starts a word: "the-SMT (" names SMT too.
        for index, char in enumerate(token):
            if _WORD_CHAR.match(char) and (index == 0 or not _WORD_CHAR.match(token[index - 1])):
                terms.update((token[index:], token[index:].removesuffix("s")))
    return terms


_MINOR = frozenset({"of", "and", "for", "the", "in", "on", "to"})


def _initials(text: str) -> str:
    """Return the first letter of every word: lower case, or upper case for a minor word."""
    return "".join(
        word[0].upper() if word in _MINOR else word[0] for word in _WORD.findall(text.lower())
    )


def _spelled_out(acronym: str, initials: str) -> bool:
    """Return whether the words of an acronym appear in order ("senior management team").

    Each letter must begin the next word, except that minor words ("of", "the") in between
    are skipped — unless one begins with the letter wanted, which then counts.
    """
    letters = [c for c in acronym.lower() if c.isalpha()]
    if not letters:
        return False
    pattern = f"[{letters[0]}{letters[0].upper()}]" + "".join(
        f"[{_UPPER_BUT[letter]}]*[{letter}{letter.upper()}]" for letter in letters[1:]
    )
    return re.search(pattern, initials) is not None


_UPPER_BUT = {
    letter: "".join(c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c != letter.upper())
    for letter in "abcdefghijklmnopqrstuvwxyz"
}


def _reading_ease(text: str, sentences: int) -> float | None:
    words = _WORD.findall(text)
    if len(words) < 20:
        return None
    sentence_count = max(1, sentences)
    # Syllables approximated by vowel groups, less a silent final "e": close enough to rank.
    lower = text.lower()
    syllables = len(_VOWELS.findall(lower)) - len(_SILENT_E.findall(lower))
    syllables = max(syllables, len(words))
    return 206.835 - 1.015 * (len(words) / sentence_count) - 84.6 * (syllables / len(words))


_WORD = re.compile(r"[A-Za-z]+")
_WORD_CHAR = re.compile(r"\w")
_IN_BRACKETS = re.compile(r"\(\s*([^\s()]+)\s*\)")
_BEFORE_BRACKETS = re.compile(r"(?<![^\s(])([^\s(]+)(?=\s*\(\s*[A-Za-z])")
_VOWELS = re.compile(r"[aeiouy]+")
_SILENT_E = re.compile(r"[^aeiouyl]e\b")
