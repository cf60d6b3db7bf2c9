"""Mapping the progress against key concerns: numbered paragraphs, labels and tables."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from selfassess.documents.docx_import.blocks import Block, Para, Table, _TextBuilder
from selfassess.documents.docx_import.common import JUDGEMENTS, MAX_REFERENCE_LENGTH
from selfassess.documents.docx_import.headings import _heading_like
from selfassess.documents.docx_import.labels import (
    _CONCERN_LABEL,
    _KC_MARK,
    _PROGRESS_HEADING,
    _PROGRESS_LABEL,
    _STATUS_LABEL,
    _judgement_of,
    _kind_of,
    _split_reference,
)
from selfassess.documents.docx_import.mapper_base import _MapperBase
from selfassess.documents.docx_import.tables import _classify, _header_role
from selfassess.documents.docx_import.text import _QUOTES, _norm


@dataclass
class _Concern:
    reference: str = ""
    kind: str = ""
    concern: _TextBuilder = field(default_factory=_TextBuilder)
    progress: _TextBuilder = field(default_factory=_TextBuilder)
    status: str = ""
    judgement: str = ""
    mode: str = "concern"


class _KeyConcernsMapper(_MapperBase):
    """The mapper's reading of the progress against key concerns."""

    def _key_concerns(self, items: list[Block]) -> None:
        concerns: list[_Concern] = []
        current: _Concern | None = None
        loose = _TextBuilder()
        for block in items:
            if isinstance(block, Table):
                kind = _classify(block, "key_concerns")
                if kind in ("kc", "kc_plain"):
                    concerns.extend(self._concern_table(block, kind == "kc"))
                    current = None
                elif current is not None:
                    (current.progress if current.mode == "progress" else current.concern).add(block)
                else:
                    loose.add(block)
                continue
            if self._skip(block):
                continue
            text = block.text.strip()
            words = _norm(text)
            if words in ("none", "n/a", "not applicable", "none.", "n/a."):
                continue
            labelled = self._concern_label(block, text)
            if labelled is not None and current is not None:
                mode, rest, judgement = labelled
                if mode == "status":
                    self._set_status(current, rest)
                else:
                    current.mode = mode
                    if judgement:
                        self._set_status(current, judgement)
                    if rest:
                        (current.progress if mode == "progress" else current.concern).add(rest)
                continue
            mark = self._concern_mark(block, words, current)
            if mark is not None:
                rest = text[len(text) - len(mark.group(5)) :].strip() if mark.group(5) else ""
                raw = text[: len(text) - len(rest)] if rest else text
                reference, kind = _split_reference(raw.strip(" :.-–—)"))
                if mark.group(1) and not kind:
                    kind = _kind_of(mark.group(1))
                current = _Concern(reference=reference, kind=kind)
                concerns.append(current)
                labelled = self._concern_label(block, rest) if rest else None
                if labelled is not None and labelled[0] == "progress":
                    current.mode = "progress"
                    rest = labelled[1]
                    if labelled[2]:
                        self._set_status(current, labelled[2])
                if rest:
                    (current.progress if current.mode == "progress" else current.concern).add(rest)
                continue
            if block.list_kind == "number" and block.list_level == 0 and self._fresh(current):
                # An automatically numbered list of concerns: the number is not in the text.
                current = _Concern()
                concerns.append(current)
                current.concern.add(text)
                continue
            if current is None:
                loose.add(block)
            elif current.mode == "progress":
                current.progress.add(block)
            else:
                current.concern.add(block)
        if loose:
            self.result.unplaced.append(loose.text())
        self._finish_concerns(concerns)

    @staticmethod
    def _fresh(current: _Concern | None) -> bool:
        """Return whether a numbered paragraph may start a concern rather than continue one."""
        if current is None:
            return True
        last = current.concern.chunks[-1][1] if current.concern.chunks else False
        return current.mode == "concern" and bool(current.concern) and not last

    def _concern_mark(self, block: Para, words: str, current: _Concern | None) -> Any:
        """Return the match of a paragraph that starts a new concern ('1.3 …', 'KC2: …')."""
        mark = _KC_MARK.match(words)
        if mark is None:
            return None
        label, reference, paren, separator, rest = mark.groups()
        if re.match(r"^[a-z]", reference) and not re.match(r"^(?:kc|r|rec)\s?\d", reference):
            return None
        strong = bool(label or paren) or reference.startswith(("kc", "r"))
        dotted = "." in reference
        if current is None or (current.mode == "concern" and not current.concern):
            return mark if strong or dotted or separator or _heading_like(block) else None
        if strong and (separator or rest or _heading_like(block)):
            return mark
        if dotted and (_heading_like(block) or block.bold_prefix):
            return mark
        if dotted and current.reference.count(".") == reference.count(".") and current.reference:
            return mark
        return None

    def _concern_label(self, block: Para, text: str) -> tuple[str, str, str] | None:
        """Return (mode, rest, judgement) for 'Progress: …', 'Status: …', 'Concern: …'."""
        words = unicodedata.normalize("NFKC", text).translate(_QUOTES).strip()
        lowered = words.lower()
        match = _STATUS_LABEL.match(lowered)
        if match:
            return "status", words[match.start(1) :].strip(), ""
        match = _PROGRESS_LABEL.match(lowered)
        if match:
            judgement = words[match.start(1) : match.end(1)] if match.group(1) else ""
            return "progress", words[match.start(2) :].strip(), judgement
        match = _PROGRESS_HEADING.match(lowered.strip(" :"))
        if match and (_heading_like(block) or len(words) < 40):
            judgement = words[match.start(1) : match.end(1)] if match.group(1) else ""
            return "progress", "", judgement
        match = _CONCERN_LABEL.match(lowered)
        if match:
            return "concern", words[match.start(1) :].strip(), ""
        return None

    def _set_status(self, concern: _Concern, status: str) -> None:
        judgement = _judgement_of(status)
        if judgement is None:
            concern.status = status.strip()
        else:
            concern.judgement = judgement
            concern.status = JUDGEMENTS.get(judgement, "")

    def _concern_table(self, table: Table, has_header: bool) -> list[_Concern]:
        texts = table.cell_texts()
        if has_header:
            roles: list[str | None] = [_header_role(cell) for cell in texts[0]]
            rows = texts[1:]
        else:
            width = max(len(r) for r in texts)
            defaults: list[str | None] = ["reference", "concern", "progress", "status"]
            roles = defaults[:width]
            rows = texts
        found = []
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            concern = _Concern()
            for index, cell in enumerate(row):
                role = roles[index] if index < len(roles) else None
                value = cell.strip()
                if not value:
                    continue
                if role == "reference":
                    concern.reference, kind = _split_reference(value)
                    concern.kind = concern.kind or kind
                elif role == "kind":
                    concern.kind = _kind_of(value) or concern.kind
                    if not _kind_of(value):
                        concern.concern.add(value)
                elif role == "status":
                    self._set_status(concern, value)
                elif role == "progress":
                    concern.progress.add(value)
                else:
                    concern.concern.add(value)
            found.append(concern)
        return found

    def _finish_concerns(self, concerns: list[_Concern]) -> None:
        for concern in concerns:
            text = concern.concern.text()
            progress = concern.progress.text()
            reference = concern.reference
            if len(reference) > MAX_REFERENCE_LENGTH:
                text = f"{reference}\n\n{text}" if text else reference
                reference = ""
                self.result.warnings.append(
                    "A key concern's reference was too long to keep as a reference, so it "
                    "starts the concern's text instead."
                )
            if not (text or progress or reference):
                continue
            entry = {
                "reference": reference,
                "kind": concern.kind,
                "concern": text,
                "progress": progress,
                "status": concern.status,
                "judgement": concern.judgement,
            }
            if concern.status and not concern.judgement:
                name = reference or f"key concern {len(self.result.key_concerns) + 1}"
                self.result.warnings.append(
                    f"The status “{concern.status}” of {name} is not one of good, reasonable, "
                    "insufficient or no meaningful progress: choose a judgement after importing."
                )
            self.result.key_concerns.append(entry)
