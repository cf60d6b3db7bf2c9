"""Mapping the main priorities: question blocks, priority tables, plain lists and targets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from selfassess.documents.docx_import.blocks import Block, Para, Table, _TextBuilder
from selfassess.documents.docx_import.common import MAX_PRIORITIES, PRIORITY_FIELDS, TARGET_LIMITS
from selfassess.documents.docx_import.headings import _heading_like
from selfassess.documents.docx_import.labels import _PRIORITY_MARK, _question_of
from selfassess.documents.docx_import.mapper_base import _MapperBase
from selfassess.documents.docx_import.tables import _classify
from selfassess.documents.docx_import.text import _norm


@dataclass
class _Priority:
    title: str = ""
    fields: dict[str, _TextBuilder] = field(
        default_factory=lambda: {name: _TextBuilder() for name in PRIORITY_FIELDS}
    )
    preamble: _TextBuilder = field(default_factory=_TextBuilder)
    targets: list[dict[str, Any]] = field(default_factory=list)
    current: str | None = None
    label: str = ""


class _PrioritiesMapper(_MapperBase):
    """The mapper's reading of the main priorities."""

    def _priorities(self, items: list[Block]) -> None:
        drafts: list[_Priority] = []
        current: _Priority | None = None
        loose = _TextBuilder()  # text before the first priority

        def start(title: str = "", label: str = "") -> _Priority:
            draft = _Priority(title=title, label=label)
            drafts.append(draft)
            return draft

        for block in items:
            if isinstance(block, Table):
                kind = _classify(block, "priorities")
                if kind == "targets":
                    if current is None:
                        current = start()
                    self._targets(block, current, len(drafts))
                elif kind == "priorities_cols":
                    drafts.extend(self._priority_table_cols(block))
                    current = None
                elif kind == "priorities_rows":
                    drafts.extend(self._priority_table_rows(block))
                    current = None
                elif current is not None and current.current:
                    current.fields[current.current].add(block)
                elif current is not None:
                    current.preamble.add(block)
                else:
                    loose.add(block)
                continue
            if self._skip(block):
                continue
            text = block.text.strip()
            mark = _PRIORITY_MARK.match(_norm(text))
            if mark and (_heading_like(block) or mark.group(2) or not mark.group(3)):
                rest = text[len(text) - len(mark.group(3)) :].strip() if mark.group(3) else ""
                question = _question_of(rest) if rest else None
                current = start(label=text)
                if question:
                    current.current = question[0]
                    if question[1]:
                        current.fields[question[0]].add(question[1])
                elif rest:
                    current.title = rest
                continue
            question = _question_of(text)
            if question is None and block.bold_prefix:
                label = _question_of(block.bold_prefix)
                if label and not label[1]:
                    question = (label[0], text[len(block.bold_prefix) :].strip(" :-–—\t"), label[2])
            if question is not None:
                name, answer, full = question
                heading_ish = (
                    full or _heading_like(block) or bool(answer) or bool(block.bold_prefix)
                )
                usable = heading_ish and (
                    full or current is None or not current.fields[name] or current.current == name
                )
                if usable and (full or current is not None):
                    if current is None or (current.fields[name] and current.current != name):
                        current = start()
                    current.current = name
                    if answer:
                        current.fields[name].add(answer)
                    continue
            if current is None:
                loose.add(block)
            elif current.current:
                current.fields[current.current].add(block)
            else:
                current.preamble.add(block)
        if not drafts and loose:
            drafts = self._priority_list(items)
            loose = _TextBuilder() if drafts else loose
        if loose:
            self.result.unplaced.append(loose.text())
        self._finish_priorities(drafts)

    def _priority_list(self, items: list[Block]) -> list[_Priority]:
        """Read priorities written as a plain list, one item each, with no questions."""
        drafts: list[_Priority] = []
        for block in items:
            if isinstance(block, Para) and block.list_kind and block.list_level == 0:
                drafts.append(_Priority())
                drafts[-1].fields["what"].add(block.text.strip())
            elif drafts and not (isinstance(block, Para) and self._skip(block)):
                drafts[-1].preamble.add(block)
        if drafts:
            self.result.warnings.append(
                "The priorities are a list without the four questions: each item is imported "
                "as “What is the priority?”. Add the other answers after importing."
            )
        return drafts

    def _priority_table_cols(self, table: Table) -> list[_Priority]:
        texts = table.cell_texts()
        columns: dict[int, str] = {}
        for index, cell in enumerate(texts[0]):
            question = _question_of(cell)
            if question and question[2]:
                columns[index] = question[0]
        drafts = []
        for row in texts[1:]:
            draft = _Priority()
            for index, cell in enumerate(row):
                if index in columns:
                    draft.fields[columns[index]].add(cell)
                elif cell.strip() and not re.fullmatch(r"(?:priority\s*)?\d{1,2}\.?", _norm(cell)):
                    draft.preamble.add(cell)
            drafts.append(draft)
        return drafts

    def _priority_table_rows(self, table: Table) -> list[_Priority]:
        texts = table.cell_texts()
        width = max(len(row) for row in texts)
        drafts = [_Priority() for _ in range(width - 1)]
        for row in texts:
            question = _question_of(row[0]) if row else None
            for index, cell in enumerate(row[1:]):
                if not cell.strip():
                    continue
                if question is not None:
                    drafts[index].fields[question[0]].add(cell)
                elif not _PRIORITY_MARK.match(_norm(cell)):
                    drafts[index].preamble.add(
                        f"{row[0].strip()}: {cell.strip()}" if row[0].strip() else cell
                    )
        return drafts

    def _targets(self, table: Table, draft: _Priority, number: int) -> None:
        texts = table.cell_texts()
        header = [_norm(cell).strip(" .:") for cell in texts[0]]
        names = {
            "measure": "measure",
            "baseline": "baseline",
            "target": "target",
            "owner": "owner",
            "due": "due_date",
            "due date": "due_date",
            "by when": "due_date",
            "date": "due_date",
        }
        for row in texts[1:]:
            values = {
                names[header[i]]: cell.strip()
                for i, cell in enumerate(row)
                if i < len(header) and header[i] in names
            }
            if not any(values.values()):
                continue
            line = " | ".join(cell.strip() for cell in row)
            due_text = values.pop("due_date", "")
            due = _parse_date(due_text)
            too_long = any(len(values.get(k, "")) > limit for k, limit in TARGET_LIMITS.items())
            if (due_text and due is None) or too_long:
                self.result.unplaced.append(f"Priority {number} target: {line}")
                self.result.warnings.append(
                    f"A target of priority {number} could not be read as a target (its due "
                    "date or a value is not in a form the service keeps), so it is in the "
                    "unplaced text."
                )
                continue
            target: dict[str, str | None] = {
                k: values.get(k, "") for k in ("measure", "baseline", "target", "owner")
            }
            target["due_date"] = due.isoformat() if due else None
            draft.targets.append(target)

    def _finish_priorities(self, drafts: list[_Priority]) -> None:
        priorities: list[dict[str, Any]] = []
        for draft in drafts:
            fields = {name: draft.fields[name].text() for name in PRIORITY_FIELDS}
            extra = draft.preamble.text()
            if draft.title:
                if not fields["what"]:
                    fields["what"] = draft.title
                elif _norm(draft.title) not in _norm(fields["what"]):
                    fields["what"] = f"{draft.title}\n\n{fields['what']}"
            if extra:
                if not fields["what"]:
                    fields["what"] = extra
                elif not any(fields[n] for n in PRIORITY_FIELDS[1:]):
                    fields["what"] = f"{fields['what']}\n\n{extra}"
                else:
                    number = len(priorities) + 1
                    self.result.unplaced.append(f"Priority {number}: {extra}")
            if not any(fields.values()) and not draft.targets:
                continue  # an empty block, such as the template's own questions
            priorities.append({**fields, "targets": draft.targets})
        no_questions = [
            i + 1
            for i, p in enumerate(priorities)
            if p["what"] and not any(p[n] for n in PRIORITY_FIELDS[1:]) and p["what"].count("\n\n")
        ]
        if no_questions:
            numbers = ", ".join(str(n) for n in no_questions)
            self.result.warnings.append(
                f"Priority {numbers}: the four questions were not found, so all the text is in "
                "“What is the priority?”. Move it to the right answers after importing."
            )
        if len(priorities) > MAX_PRIORITIES:
            extra_priorities = priorities[MAX_PRIORITIES:]
            priorities = priorities[:MAX_PRIORITIES]
            for offset, priority in enumerate(extra_priorities, start=MAX_PRIORITIES + 1):
                self.result.unplaced.append(_priority_as_text(offset, priority))
            self.result.warnings.append(
                f"The document has {MAX_PRIORITIES + len(extra_priorities)} priorities; a SAR "
                f"has at most {MAX_PRIORITIES}. Priorities {MAX_PRIORITIES + 1} onwards are in "
                "the unplaced text."
            )
        self.result.priorities = priorities


def _priority_as_text(number: int, priority: dict[str, Any]) -> str:
    """Return a priority as plain text, for the unplaced list."""
    lines = [f"Priority {number}"]
    questions = {
        "what": "i. What is the priority?",
        "how_known": "ii. How do you know that this is a priority?",
        "delivering": "iii. How are you delivering this priority?",
        "success": "iv. How will you know you have succeeded?",
    }
    for name in PRIORITY_FIELDS:
        if priority[name]:
            lines.append(f"{questions[name]}\n{priority[name]}")
    for target in priority.get("targets", []):
        lines.append(
            "Target: "
            + " | ".join(
                str(target.get(k) or "")
                for k in ("measure", "baseline", "target", "owner", "due_date")
            )
        )
    return "\n\n".join(lines)


_DATE_FORMATS = (
    "%Y-%m-%d",
    "%d %B %Y",
    "%d %b %Y",
    "%d/%m/%Y",
    "%d/%m/%y",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%B %Y",
    "%b %Y",
    "%d %B, %Y",
)


def _parse_date(text: str) -> date | None:
    """Return the date a target's due cell gives, or None."""
    value = " ".join(text.replace(",", " ").split())
    value = re.sub(r"^(?:by|due)\s+", "", value, flags=re.IGNORECASE)
    value = re.sub(r"^(\d{1,2})(?:st|nd|rd|th)\b", r"\1", value)
    if not value or _norm(value) in ("none", "no date", "-", "n/a", "tbc", "ongoing"):
        return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None
