"""Small text helpers: folding text for comparison, shortening, list markers."""

from __future__ import annotations

import unicodedata

_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " ", "·": " "}
)


def _norm(text: str) -> str:
    """Return text folded for comparison: lower case, plain quotes and dashes, one space."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    return " ".join(text.replace("•", " ").split())


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _roman(number: int) -> str:
    out = ""
    for value, letters in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while number >= value:
            out += letters
            number -= value
    return out


def _list_marker(fmt: str, number: int) -> str:
    if fmt in ("lowerRoman", "upperRoman"):
        marker = _roman(number)
        return (marker.upper() if fmt == "upperRoman" else marker) + "."
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (number - 1) % 26)
        return (letter.upper() if fmt == "upperLetter" else letter) + "."
    return f"{number}."
