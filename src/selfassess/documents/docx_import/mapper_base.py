"""What the mapper's parts share: the result being built and the test for text to leave out."""

from __future__ import annotations

from collections.abc import Iterable

from selfassess.documents.docx_import.blocks import Para, _TextBuilder
from selfassess.documents.docx_import.result import ImportResult
from selfassess.documents.docx_import.template import (
    _WORD_COUNT,
    _WORD_COUNT_LINE,
    GENERIC_HEADERS,
    PLACEHOLDERS,
    TEMPLATE_TEXT,
)
from selfassess.documents.docx_import.text import _norm


class _MapperBase:
    """The state the mapper's parts share, and the test for text they leave out."""

    def __init__(self, guidance: Iterable[str]) -> None:
        self.result = ImportResult()
        corpus = [_norm(line) for line in TEMPLATE_TEXT.splitlines() if line.strip()]
        corpus += [_norm(text) for text in guidance if text.strip()]
        self._guidance = {line.strip(" :") for line in corpus}
        self._corpus = "\n".join(corpus)
        self.unplaced = _TextBuilder()  # the current run of unplaced text
        self.found: set[str] = set()

    def _skip(self, para: Para) -> bool:
        """Return whether a paragraph is template text, a placeholder or a word count."""
        words = _norm(para.text)
        if not words:
            return True
        if words in PLACEHOLDERS or _WORD_COUNT.match(words) or _WORD_COUNT_LINE.match(words):
            return True
        if para.in_header_row and words.strip(" :") in GENERIC_HEADERS:
            return True
        stripped = words.strip(" :")
        if stripped in self._guidance:
            return True
        return len(stripped) >= 40 and stripped in self._corpus
