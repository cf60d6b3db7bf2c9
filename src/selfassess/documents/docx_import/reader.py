"""Reading the document body, in order, into paragraphs and tables; counting tracked changes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from selfassess.documents.docx_import.blocks import Block, Para, Table
from selfassess.documents.docx_import.styles import _Styles
from selfassess.documents.docx_import.wordml import (
    _DEL,
    _INS,
    _MOVE_FROM,
    _MOVE_TO,
    _P,
    _PPR,
    _R,
    _RPR,
    _SDT,
    _SDTCONTENT,
    _SDTPR,
    _SKIP_IN_RUN,
    _T,
    _TBL,
    _TC,
    _TR,
    _TXBX,
    MC,
    _on,
    _w,
)


@dataclass
class _Reader:
    """Walks the body of a document, in order, into blocks; counts tracked changes."""

    styles: _Styles
    numbering: dict[tuple[str, int], str]
    insertions: int = 0
    deletions: int = 0
    unreadable: int = 0

    def blocks(self, container: Any) -> list[Block]:
        """Return the paragraphs and tables of a body, cell or content control, in order."""
        out: list[Block] = []
        for child in container:
            tag = child.tag
            if tag == _P:
                out.extend(self.paragraph(child))
            elif tag == _TBL:
                table = self.table(child)
                if table.rows:
                    out.append(table)
            elif tag == _SDT:
                content = child.find(_SDTCONTENT)
                if content is not None and not self._placeholder(child):
                    out.extend(self.blocks(content))
            elif tag in (_w("customXml"), _INS, _MOVE_TO):
                if tag != _w("customXml"):
                    self.insertions += 1
                out.extend(self.blocks(child))
            elif tag in (_DEL, _MOVE_FROM):
                self.deletions += 1
            elif tag == _w("altChunk"):
                self.unreadable += 1
        return out

    def _placeholder(self, sdt: Any) -> bool:
        props = sdt.find(_SDTPR)
        return props is not None and props.find(_w("showingPlcHdr")) is not None

    def table(self, tbl: Any) -> Table:
        rows: list[list[list[Block]]] = []
        header_rows = 0
        for tr in _rows(tbl):
            trpr = tr.find(_w("trPr"))
            if trpr is not None and trpr.find(_DEL) is not None:
                self.deletions += 1
                continue
            if trpr is not None and trpr.find(_INS) is not None:
                self.insertions += 1
            cells: list[list[Block]] = []
            for tc in tr:
                if tc.tag == _SDT:  # a content control around a cell
                    content = tc.find(_SDTCONTENT)
                    tc = content.find(_TC) if content is not None else None
                    if tc is None:
                        continue
                if tc.tag != _TC:
                    continue
                tcpr = tc.find(_w("tcPr"))
                if tcpr is not None:
                    merge = tcpr.find(_w("vMerge"))
                    if merge is not None and merge.get(_w("val"), "continue") == "continue":
                        # The lower part of a vertically merged cell: Word shows no text.
                        if not "".join(tc.itertext()).strip():
                            continue
                    if tcpr.find(_w("cellDel")) is not None:
                        self.deletions += 1
                        continue
                cell = self.blocks(tc)
                for index, block in enumerate(b for b in cell if isinstance(b, Para)):
                    block.first_in_cell = index == 0
                cells.append(cell)
            is_header = trpr is not None and _on(trpr.find(_w("tblHeader")))
            if is_header and header_rows == len(rows):
                header_rows += 1
                for cell in cells:
                    for item in cell:
                        if isinstance(item, Para):
                            item.in_header_row = True
            if cells:
                rows.append(cells)
        return Table(rows, header_rows)

    def paragraph(self, p: Any) -> list[Block]:
        """Return the paragraph, and any text boxes anchored in it, as paragraphs."""
        ppr = p.find(_PPR)
        style_id = ""
        numbering: tuple[str, int] | None = None
        outline: int | None = None
        para_bold = False
        if ppr is not None:
            pstyle = ppr.find(_w("pStyle"))
            if pstyle is not None:
                style_id = pstyle.get(_w("val"), "")
            numpr = ppr.find(_w("numPr"))
            if numpr is not None:
                num_id = numpr.find(_w("numId"))
                ilvl = numpr.find(_w("ilvl"))
                level = ilvl.get(_w("val"), "0") if ilvl is not None else "0"
                if num_id is not None:
                    numbering = (num_id.get(_w("val"), "0"), int(level or 0))
            lvl = ppr.find(_w("outlineLvl"))
            if lvl is not None and lvl.get(_w("val"), "").isdigit():
                outline = int(lvl.get(_w("val"))) + 1 if int(lvl.get(_w("val"))) < 9 else None
            mark = ppr.find(_RPR)
            para_bold = mark is not None and _on(mark.find(_w("b")))
        style_id = style_id or self.styles.default_paragraph
        style_bold = self.styles.is_bold(style_id)
        segments: list[tuple[str, bool]] = []
        boxes: list[Any] = []
        self._collect(p, segments, boxes, style_bold)
        text = "".join(s for s, _ in segments)
        level = self.styles.level(style_id)
        if level is None and outline is not None:
            level = outline
        if numbering is None:
            numbering = self.styles.numbering(style_id)
        list_kind = None
        list_format = "decimal"
        list_level = 0
        list_id = ""
        if numbering is not None and numbering[0] not in ("", "0") and level is None:
            fmt = self.numbering.get(numbering, "")
            style_name = self.styles.name(style_id)
            if not fmt:
                fmt = "bullet" if "bullet" in style_name else "decimal"
            if fmt != "none":
                list_kind = "bullet" if fmt == "bullet" else "number"
                list_format = fmt
                list_level = numbering[1]
                list_id = numbering[0]
        visible = [(s, b) for s, b in segments if s.strip()]
        bold = bool(visible) and all(b for _, b in visible)
        prefix = []
        for s, b in segments:
            if not b and s.strip():
                break
            prefix.append(s)
        del para_bold  # the paragraph mark's formatting says nothing about its text
        para = Para(
            text=text,
            style=self.styles.name(style_id),
            level=level,
            bold=bold,
            bold_prefix="".join(prefix) if not bold else "",
            list_kind=list_kind,
            list_level=list_level,
            list_format=list_format,
            list_id=list_id,
        )
        out: list[Block] = [para]
        for box in boxes:
            out.extend(self.blocks(box))
        return out

    def _collect(
        self, element: Any, segments: list[tuple[str, bool]], boxes: list[Any], bold: bool
    ) -> None:
        """Append the visible text under `element` to `segments`, with whether it is bold."""
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):
                continue  # a comment or processing instruction
            if tag in (_PPR, _RPR, _SDTPR) or tag in _SKIP_IN_RUN:
                continue
            if tag == _R:
                self._run(child, segments, boxes, bold)
            elif tag in (_DEL, _MOVE_FROM):
                if "".join(child.itertext()).strip():
                    self.deletions += 1
            elif tag in (_INS, _MOVE_TO):
                if "".join(child.itertext()).strip():
                    self.insertions += 1
                self._collect(child, segments, boxes, bold)
            elif tag == _TXBX:
                boxes.append(child)
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is None:
                    choice = child.find(f"{{{MC}}}Fallback")
                if choice is not None:
                    self._collect(choice, segments, boxes, bold)
            elif tag == _SDT:
                if not self._placeholder(child):
                    content = child.find(_SDTCONTENT)
                    if content is not None:
                        self._collect(content, segments, boxes, bold)
            else:
                # Hyperlinks, simple fields, smart tags, custom XML, drawings holding text
                # boxes: their runs are read in order.
                self._collect(child, segments, boxes, bold)

    def _run(
        self, run: Any, segments: list[tuple[str, bool]], boxes: list[Any], bold: bool
    ) -> None:
        rpr = run.find(_RPR)
        if rpr is not None:
            b = rpr.find(_w("b"))
            if b is not None:
                bold = _on(b)
            else:
                rstyle = rpr.find(_w("rStyle"))
                if rstyle is not None and self.styles.is_bold(rstyle.get(_w("val"), "")):
                    bold = True
            if _on(rpr.find(_w("vanish"))) and rpr.find(_w("specVanish")) is None:
                pass  # hidden text is still the author's text: keep it
        for child in run:
            tag = child.tag
            if tag == _T:
                segments.append((child.text or "", bold))
            elif tag == _w("tab") or tag == _w("ptab"):
                segments.append(("\t", bold))
            elif tag in (_w("br"), _w("cr")):
                if child.get(_w("type")) in (None, "textWrapping"):
                    segments.append(("\n", bold))
            elif tag == _w("noBreakHyphen"):
                segments.append(("-", bold))
            elif tag == _w("sym"):
                segments.append(("", bold))
            elif tag in _SKIP_IN_RUN or tag == _RPR:
                continue
            else:
                self._collect_in_run(child, segments, boxes, bold)

    def _collect_in_run(
        self, element: Any, segments: list[tuple[str, bool]], boxes: list[Any], bold: bool
    ) -> None:
        """Find text boxes inside drawings and VML shapes in a run."""
        for child in element.iter():
            if child.tag == _TXBX:
                boxes.append(child)
                return
            if child.tag == f"{{{MC}}}Fallback":
                return


def _rows(tbl: Any) -> Iterator[Any]:
    """Yield a table's own rows, including rows wrapped in content controls."""
    for child in tbl:
        if child.tag == _TR:
            yield child
        elif child.tag in (_SDT, _w("customXml")):
            holder = child.find(_SDTCONTENT) if child.tag == _SDT else child
            if holder is not None:
                yield from (row for row in holder if row.tag == _TR)
