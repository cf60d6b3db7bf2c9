"""Tiny pieces the sentence-label patterns share (aspiration, evidence and claims).

The label patterns are compiled once at import and run on lower-cased text; `_WORD_START`
finds where a word begins, so that a long pattern can be tried only at the words it can start
with instead of at every character.

`alternatives` compiles a long pattern written for people ("\\bgood\\b|\\bstrong\\b|…") into
one the regular-expression engine tries faster and that matches exactly the same text.
"""

import re
from collections.abc import Iterator

# The label patterns run on lower-cased text (several times faster than re.IGNORECASE).
_I = 0
_WORD_START = re.compile(r"\b[a-z]+")

# Each long pattern as written, beside what `alternatives` compiled it into (for the test that
# checks the two match alike on every labelled sentence).
# A numbered paragraph's number at the start of a sentence ("3.2.6 ", "4.1 Priority 1:"): a
# label, shared by the evidence and plan patterns.
PARAGRAPH_NUMBER = r"\d{1,2}(?:\.\d{1,2}){1,3}\.?"
WRITTEN: list[tuple[str, re.Pattern[str]]] = []


def alternatives(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a long alternation so that most alternatives are skipped at a glance.

    Python's engine skips an alternative cheaply only when it begins with a plain character;
    one that begins with `\\b` is entered and tried. So every run of top-level alternatives
    that begin with `\\b` is rewritten as one `\\b(?:…)`, and a group that opens such an
    alternative is spread over what follows it (`\\b(?:good|strong)\\b` becomes
    `\\b(?:good\\b|strong\\b)`); then alternatives that begin with the same letter are
    grouped under it (`g(?:ood\\b|reat\\b)`), keeping their order. All of it is exact: at any
    place the engine tries the alternatives that can match there in the same order as written,
    so every match (and its span) is unchanged. Two to three times faster for the longest
    patterns here.
    """
    compiled = re.compile(_hoist(pattern, bool(flags & re.IGNORECASE)), flags)
    WRITTEN.append((pattern, compiled))
    return compiled


def written(compiled: re.Pattern[str]) -> str:
    """Return a pattern compiled by `alternatives` as it was written (its words unsplit)."""
    return next(pattern for pattern, other in WRITTEN if other is compiled)


def _hoist(pattern: str, ignorecase: bool = False) -> str:
    out: list[str] = []
    run: list[str] = []
    for branch in _split(pattern):
        if branch.startswith(r"\b") and not branch.startswith(r"\b(?<"):
            run.extend(_spread(branch[2:]))
            continue
        if run:
            out.append(r"\b(?:" + "|".join(_grouped(run, ignorecase)) + ")")
            run = []
        out.append(branch)
    if run:
        out.append(r"\b(?:" + "|".join(_grouped(run, ignorecase)) + ")")
    return "|".join(out)


def _grouped(alternatives: list[str], ignorecase: bool) -> list[str]:
    """Group each run of alternatives that begin with a plain character by that character.

    An alternative whose start is not a plain character ("(?:the )?best", "\\w+ed") ends a run
    and stays where it is, so alternatives that could match at the same place keep their order.
    """
    out: list[str] = []
    run: dict[str, list[str]] = {}

    def flush() -> None:
        for members in run.values():
            if len(members) == 1:
                out.append(members[0])
            else:
                out.append(
                    re.escape(members[0][0]) + "(?:" + "|".join(m[1:] for m in members) + ")"
                )
        run.clear()

    for alternative in alternatives:
        plain = alternative[:1].isalnum() or alternative[:1] in ("'", "-", "@", "£", " ")
        if not plain or alternative[1:2] in ("?", "*", "+", "{"):
            flush()
            out.append(alternative)
            continue
        run.setdefault(alternative[0].lower() if ignorecase else alternative[0], []).append(
            alternative
        )
    flush()
    return out


def _spread(branch: str) -> list[str]:
    """Return `(?:a|b)rest` as `arest`, `brest` (unless the group is repeated)."""
    if not branch.startswith("(?:"):
        return [branch]
    end = _closing(branch, 0)
    rest = branch[end + 1 :]
    if rest[:1] in ("?", "*", "+", "{"):
        return [branch]
    return [alternative + rest for alternative in _split(branch[3:end])]


def _split(pattern: str) -> list[str]:
    """Return the top-level alternatives of a pattern."""
    parts: list[str] = []
    start = 0
    for index, char, depth in _scan(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts


def _closing(pattern: str, index: int) -> int:
    """Return the index of the ")" that closes the group opening at `index`."""
    for at, char, depth in _scan(pattern, index):
        if char == ")" and depth == 1:
            return at
    raise ValueError(f"unbalanced group at {index}: {pattern[index : index + 40]!r}")


def _scan(pattern: str, index: int = 0) -> Iterator[tuple[int, str, int]]:
    """Yield each character that is not escaped or in a class, with the group depth before it."""
    depth = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index) + 1
            continue
        yield index, char, depth
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        index += 1


def _class_end(pattern: str, index: int) -> int:
    """Return the index of the "]" that closes the character class opening at `index`."""
    index += 1
    if pattern[index : index + 1] == "^":
        index += 1
    if pattern[index : index + 1] == "]":
        index += 1
    while pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index
