"""The blocks a document is read into (paragraphs and tables) and how they are joined into text."""

from __future__ import annotations

from dataclasses import dataclass

from selfassess.documents.docx_import.text import _list_marker


@dataclass
class Para:
    """One paragraph as read: its text and what its formatting says about it."""

    text: str
    style: str = ""  # the style's name, lower case
    level: int | None = None  # 0 for Title, 1–9 for headings (style or outline level)
    bold: bool = False  # every character of the text is bold
    bold_prefix: str = ""  # the leading bold text, for run-in headings ("Safety: …")
    list_kind: str | None = None  # "bullet" or "number"
    list_level: int = 0
    list_format: str = "decimal"
    list_id: str = ""
    in_header_row: bool = False
    first_in_cell: bool = False


@dataclass
class Table:
    """A table: rows of cells, each cell a list of blocks."""

    rows: list[list[list[Block]]]
    header_rows: int = 0

    def cell_texts(self) -> list[list[str]]:
        """Return each cell's text, paragraphs joined by line breaks."""
        return [[_cell_text(cell) for cell in row] for row in self.rows]


Block = Para | Table


def _cell_text(cell: list[Block]) -> str:
    builder = _TextBuilder()
    for block in cell:
        builder.add(block)
    return builder.text()


class _TextBuilder:
    """Joins paragraphs the way the service keeps text: blank lines between paragraphs,
    one line per list item, "- " for bullets and "1. " for numbers."""

    def __init__(self) -> None:
        self.chunks: list[tuple[str, bool]] = []
        self._counters: dict[tuple[str, int], int] = {}
        self._last_list: str | None = None

    def add(self, block: Block | str) -> None:
        if isinstance(block, str):
            if block.strip():
                self.chunks.append((block.strip(), False))
                self._last_list = None
            return
        if isinstance(block, Table):
            text = _table_as_text(block)
            if text:
                self.chunks.append((text, False))
            self._last_list = None
            return
        text = block.text.strip()
        if not text:
            return
        if block.list_kind is None:
            self.chunks.append((text, False))
            self._last_list = None
            self._counters.clear()
            return
        if self._last_list != block.list_id:
            self._counters.clear()
        self._last_list = block.list_id
        key = (block.list_id, block.list_level)
        for deeper in [k for k in self._counters if k[1] > block.list_level]:
            del self._counters[deeper]
        self._counters[key] = self._counters.get(key, 0) + 1
        if block.list_kind == "bullet":
            marker = "-"
        else:
            marker = _list_marker(block.list_format, self._counters[key])
        self.chunks.append(("  " * block.list_level + f"{marker} {text}", True))

    def text(self) -> str:
        out = ""
        previous_list = False
        for index, (chunk, is_list) in enumerate(self.chunks):
            if index:
                out += "\n" if (is_list and previous_list) else "\n\n"
            out += chunk
            previous_list = is_list
        return out

    def __bool__(self) -> bool:
        return bool(self.chunks)


def _table_as_text(table: Table) -> str:
    """Return a table that is only content as text: one line per row, cells split by ' | '."""
    lines = []
    for row in table.cell_texts():
        cells = [" ".join(cell.split()) for cell in row]
        if any(cells):
            lines.append(" | ".join(cells))
    return "\n".join(lines)
