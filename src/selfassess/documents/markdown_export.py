"""Write a SAR as Markdown: the same content as the Word document, for data portability.

The user's text is escaped so that a Markdown renderer shows it exactly as written: an
asterisk stays an asterisk and `<script>` stays text. Lines written as lists (`- `, `1. `)
become Markdown lists, as they become Word lists.
"""

import re
from datetime import date
from typing import Any

from selfassess import formatting
from selfassess.documents.document import (
    ExportDocument,
    clean,
    concern_reference,
    groups,
    word_count_text,
)
from selfassess.reports.structure import PRIORITY_QUESTIONS, SECTIONS, SectionKey

# Backslash-escape every character CommonMark could read as markup, anywhere in a line.
_INLINE = re.compile(r"([\\`*_{}\[\]<>#|~!&$])")
# And what only means something at the start of a line: list markers and rules.
_MARKER = re.compile(r"^([-+=])(?=\s|$|[-=])")
_ORDERED = re.compile(r"^(\d+)([.)])(?=\s|$)")


def escape(text: str) -> str:
    """Return text that Markdown shows literally (line breaks kept as hard breaks)."""
    lines = []
    for line in clean(text).split("\n"):
        line = _INLINE.sub(r"\\\1", line.strip())
        line = _ORDERED.sub(r"\1\\\2", _MARKER.sub(r"\\\1", line))
        lines.append(line)
    return "  \n".join(lines)


def cell(text: str | None) -> str:
    """Return text for one table cell: escaped, on one line."""
    return escape(" ".join((text or "").split()))


def _text(value: str | None, empty: str = "*Not written yet.*") -> list[str]:
    out: list[str] = []
    for group in groups(value):
        if group.kind == "p":
            out += [escape(group.items[0]), ""]
        else:
            for number, item in enumerate(group.items, start=1):
                marker = f"{number}." if group.kind == "ol" else "-"
                out.append(f"{marker} {escape(item)}")
            out.append("")
    return out or [empty, ""]


def _cited(doc: ExportDocument, ids: list[int]) -> list[str]:
    titles = doc.evidence_titles(ids)
    return [f"*Evidence cited:* {escape('; '.join(titles))}", ""] if titles else []


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows]
    return [*out, ""]


def export_markdown(doc: ExportDocument) -> str:
    """Return the SAR as a Markdown document."""
    meta = doc.meta
    out = [
        "# Self-assessment report",
        "",
        f"**Centre:** {escape(meta.centre)}  ",
        f"**Centre manager:** {escape(meta.manager or 'Not recorded')}  ",
        f"**Date:** {formatting.govuk_date(meta.date)}  ",
        f"**Version:** {meta.version}  ",
        f"**Status:** {escape(meta.status)}  ",
    ]
    if meta.signed_off_by and meta.signed_off_at:
        when = formatting.govuk_datetime(meta.signed_off_at)
        out.append(f"**Signed off:** {escape(meta.signed_off_by)}, {when}  ")
    else:
        out.append("**Signed off:** Not signed off  ")
    out.append("")
    if meta.declaration:
        out += [f"> {escape(meta.declaration)}", ""]
    for spec in SECTIONS:
        section = doc.section(spec.key)
        out += [f"## {spec.number}. {spec.title}", "", f"*{spec.guidance}*", ""]
        out += [word_count_text(section), ""]
        if spec.key in (SectionKey.VISION, SectionKey.LEADERSHIP):
            out += _text(section.get("text"))
        elif spec.key == SectionKey.TESTS:
            out += _cited(doc, section.get("evidence", []))
            for part in section.get("parts", []):
                out += [f"### {part['title']}", ""]
                out += [f"Self-rating: {part.get('rating_label') or 'not rated'}", ""]
                out += _text(part.get("text")) + _cited(doc, part.get("evidence", []))
            continue
        elif spec.key == SectionKey.PRIORITIES:
            out += _cited(doc, section.get("evidence", [])) + _priorities(doc, section)
            continue
        else:
            out += _cited(doc, section.get("evidence", [])) + _concerns(doc, section)
            continue
        out += _cited(doc, section.get("evidence", []))
    out += ["## Appendix: evidence cited", ""]
    items = doc.data.get("evidence", [])
    if items:
        rows = [
            [
                item["title"],
                item["kind_label"],
                item["source_group_label"],
                _date(item["date"]),
                item["summary"],
            ]
            for item in items
        ]
        out += _table(["Title", "Kind", "Source", "Date", "Finding"], rows)
    else:
        out += ["No evidence cited.", ""]
    return "\n".join(out).rstrip() + "\n"


def _priorities(doc: ExportDocument, section: dict[str, Any]) -> list[str]:
    out: list[str] = []
    items = section.get("items", [])
    if not items:
        return ["No priorities recorded.", ""]
    for item in items:
        out += [f"### Priority {item['position']}", ""]
        for name, (question, _hint) in PRIORITY_QUESTIONS.items():
            out += [f"#### {question}", ""] + _text(item.get(name), "*Not answered yet.*")
        if item.get("targets"):
            rows = [
                [t["measure"], t["baseline"], t["target"], t["owner"], _date(t.get("due_date"))]
                for t in item["targets"]
            ]
            out += [f"Targets for priority {item['position']}:", ""]
            out += _table(["Measure", "Baseline", "Target", "Owner", "Due"], rows)
        out += _cited(doc, item.get("evidence", []))
    return out


def _concerns(doc: ExportDocument, section: dict[str, Any]) -> list[str]:
    items = section.get("items", [])
    if not items:
        return ["No key concerns recorded.", ""]
    out: list[str] = []
    for item in items:
        out += [f"### {escape(concern_reference(item))}", ""]
        out += ["**Concern:**", ""] + _text(item.get("concern"))
        out += ["**Progress:**", ""] + _text(item.get("progress"), "*No progress recorded.*")
        out += [f"**Status:** {item.get('judgement_label') or 'Not judged'}", ""]
        out += _cited(doc, item.get("evidence", []))
    return out


def _date(value: str | None) -> str:
    return formatting.govuk_date(date.fromisoformat(value)) if value else ""
