"""Reading the styles and numbering parts: heading levels, boldness and list formats."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT

from selfassess.documents.docx_import.wordml import _PPR, _RPR, _on, _w


@dataclass
class _Styles:
    """What the styles part says: each style's name, heading level, boldness and list."""

    names: dict[str, str] = field(default_factory=dict)
    based_on: dict[str, str] = field(default_factory=dict)
    bold: dict[str, bool] = field(default_factory=dict)
    outline: dict[str, int] = field(default_factory=dict)
    num: dict[str, tuple[str, int]] = field(default_factory=dict)
    default_paragraph: str = ""

    def _chain(self, style_id: str) -> Iterator[str]:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            yield style_id
            style_id = self.based_on.get(style_id, "")

    def name(self, style_id: str) -> str:
        return self.names.get(style_id, style_id).lower()

    def is_bold(self, style_id: str) -> bool:
        for sid in self._chain(style_id):
            if sid in self.bold:
                return self.bold[sid]
        return False

    def level(self, style_id: str) -> int | None:
        name = self.name(style_id)
        match = re.fullmatch(r"heading\s*(\d)", name)
        if match:
            return int(match.group(1))
        if name == "title":
            return 0
        for sid in self._chain(style_id):
            if sid in self.outline:
                return self.outline[sid] + 1
            match = re.fullmatch(r"heading\s*(\d)", self.name(sid))
            if match:
                return int(match.group(1))
        return None

    def numbering(self, style_id: str) -> tuple[str, int] | None:
        for sid in self._chain(style_id):
            if sid in self.num:
                return self.num[sid]
        return None


def _read_styles(document: Any) -> _Styles:
    styles = _Styles()
    try:
        root = document.part.part_related_by(RT.STYLES).element
    except (KeyError, AttributeError):
        return styles
    for style in root.iter(_w("style")):
        sid = style.get(_w("styleId"), "")
        name = style.find(_w("name"))
        if name is not None:
            styles.names[sid] = name.get(_w("val"), sid)
        based = style.find(_w("basedOn"))
        if based is not None:
            styles.based_on[sid] = based.get(_w("val"), "")
        rpr = style.find(_RPR)
        if rpr is not None and rpr.find(_w("b")) is not None:
            styles.bold[sid] = _on(rpr.find(_w("b")))
        ppr = style.find(_PPR)
        if ppr is not None:
            outline = ppr.find(_w("outlineLvl"))
            if outline is not None and outline.get(_w("val"), "").isdigit():
                value = int(outline.get(_w("val")))
                if value < 9:
                    styles.outline[sid] = value
            numpr = ppr.find(_w("numPr"))
            if numpr is not None:
                num_id = numpr.find(_w("numId"))
                ilvl = numpr.find(_w("ilvl"))
                if num_id is not None:
                    level = ilvl.get(_w("val"), "0") if ilvl is not None else "0"
                    styles.num[sid] = (num_id.get(_w("val"), "0"), int(level or 0))
        if style.get(_w("type")) == "paragraph" and style.get(_w("default")) in ("1", "true"):
            styles.default_paragraph = sid
    return styles


def _read_numbering(document: Any) -> dict[tuple[str, int], str]:
    """Return the number format of each (numId, level): 'bullet', 'decimal', 'lowerRoman'…"""
    formats: dict[tuple[str, int], str] = {}
    try:
        root = document.part.part_related_by(RT.NUMBERING).element
    except (KeyError, AttributeError):
        return formats
    abstract: dict[str, dict[int, str]] = {}
    for item in root.iter(_w("abstractNum")):
        levels: dict[int, str] = {}
        for lvl in item.iter(_w("lvl")):
            fmt = lvl.find(_w("numFmt"))
            ilvl = lvl.get(_w("ilvl"), "0")
            levels[int(ilvl) if ilvl.isdigit() else 0] = (
                fmt.get(_w("val"), "decimal") if fmt is not None else "decimal"
            )
        abstract[item.get(_w("abstractNumId"), "")] = levels
    for num in root.iter(_w("num")):
        ref = num.find(_w("abstractNumId"))
        levels = abstract.get(ref.get(_w("val"), "") if ref is not None else "", {})
        for ilvl, fmt in levels.items():
            formats[(num.get(_w("numId"), ""), ilvl)] = fmt
        for override in num.iter(_w("lvlOverride")):
            lvl = override.find(_w("lvl"))
            fmt = lvl.find(_w("numFmt")) if lvl is not None else None
            if fmt is not None:
                ilvl = override.get(_w("ilvl"), "0")
                formats[(num.get(_w("numId"), ""), int(ilvl) if ilvl.isdigit() else 0)] = fmt.get(
                    _w("val"), "decimal"
                )
    return formats
