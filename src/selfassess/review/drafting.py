"""Drafting notes left in a SAR ("[DN: Raj to check the figure]"): not part of what it says.

The review reads a sentence without its drafting notes, but still looks inside them for
people's names, which must come out before the SAR is sent.
"""

import re
from typing import Protocol, TypeVar

# A drafting note left in the text: "[DN: Raj to check the figure]", "[DN – check if Thu can help]".
_DRAFT_NOTE = re.compile(
    r"\[\s*(?:DN|NB|N\.B\.|Note|TODO|To do|Comment|Query|Q|Drafting note)\b[^\]]{0,160}\]?",
    re.IGNORECASE,
)
# A first name as a note uses one: "Raj to check", "Dawn can update".
NOTE_NAME = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:to|can|could|will|would|should|please|has|had|is|was|needs|said|says|"
    r"knows|thinks|might|may)\b"
)


class _Located(Protocol):
    @property
    def start(self) -> int: ...


Located = TypeVar("Located", bound=_Located)


def draft_notes(sentence: str) -> list[tuple[int, int]]:
    """Return where the drafting notes in a sentence start and end."""
    if "[" not in sentence:
        return []
    return [match.span() for match in _DRAFT_NOTE.finditer(sentence)]


def without_draft_notes(sentence: str) -> str:
    """Return a sentence without its drafting notes ("[DN: Raj to check]"): not the SAR's words."""
    return _DRAFT_NOTE.sub(" ", sentence) if "[" in sentence else sentence


def outside_draft_notes(sentence: str, spans: list[Located]) -> list[Located]:
    """Return the spans that are not inside a drafting note: what the SAR itself says."""
    notes = draft_notes(sentence)
    if not notes:
        return spans
    return [span for span in spans if not any(a <= span.start < b for a, b in notes)]
