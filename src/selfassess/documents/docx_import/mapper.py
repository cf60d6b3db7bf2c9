"""The mapper: places the document's blocks into the SAR's sections and tests."""

from __future__ import annotations

from selfassess.documents.docx_import.blocks import Block, Para, Table, _TextBuilder
from selfassess.documents.docx_import.common import TESTS
from selfassess.documents.docx_import.headings import (
    _heading_like,
    _rating_line,
    _rating_of,
    _section_of,
    _test_of,
)
from selfassess.documents.docx_import.key_concerns import _KeyConcernsMapper
from selfassess.documents.docx_import.priorities import _PrioritiesMapper
from selfassess.documents.docx_import.result import ImportResult
from selfassess.documents.docx_import.tables import _classify
from selfassess.documents.docx_import.text import _norm


class _Mapper(_PrioritiesMapper, _KeyConcernsMapper):
    """Turns the document's blocks into an ImportResult."""

    def flatten(self, blocks: list[Block]) -> list[Block]:
        """Return the blocks with layout tables opened up into their cells, in reading order."""
        out: list[Block] = []
        for block in blocks:
            if isinstance(block, Table) and _classify(block, None) == "layout":
                for row in block.rows:
                    for cell in row:
                        out.extend(self.flatten(cell))
            else:
                out.append(block)
        return out

    def split_sections(self, blocks: list[Block]) -> list[tuple[str, list[Block]]]:
        """Cut the blocks into sections at the section headings."""
        candidates = [
            (index, key, _heading_like(block))
            for index, block in enumerate(blocks)
            if isinstance(block, Para) and (key := _section_of(block.text)) is not None
        ]
        strong = [c for c in candidates if c[2]]
        chosen = strong if len(strong) >= 2 else candidates
        starts = {index: key for index, key, _ in chosen}
        parts: list[tuple[str, list[Block]]] = [("preamble", [])]
        for index, block in enumerate(blocks):
            if index in starts:
                parts.append((starts[index], []))
                self.found.add(starts[index])
                continue
            parts[-1][1].append(block)
        return parts

    def run(self, blocks: list[Block]) -> ImportResult:
        flat = self.flatten(blocks)
        parts = self.split_sections(flat)
        # Tests named as top-level headings with no section 3 heading: read them as tests.
        builders: dict[str, _TextBuilder] = {"vision": _TextBuilder(), "leadership": _TextBuilder()}
        tests_blocks: list[Block] = []
        priority_blocks: list[Block] = []
        concern_blocks: list[Block] = []
        for key, items in parts:
            if key in builders:
                self._text_section(key, items, builders[key], priority_blocks, concern_blocks)
            elif key == "tests":
                tests_blocks.extend(items)
            elif key == "priorities":
                priority_blocks.extend(items)
            elif key == "key_concerns":
                concern_blocks.extend(items)
            elif key == "appendix":
                self._appendix(items)
            else:
                self._preamble(items, tests_blocks, priority_blocks, concern_blocks)
        self.result.vision = builders["vision"].text()
        self.result.leadership = builders["leadership"].text()
        self._tests(tests_blocks)
        self._priorities(priority_blocks)
        self._key_concerns(concern_blocks)
        self._flush_unplaced()
        for key, title in (
            ("vision", "Vision"),
            ("leadership", "Leadership"),
            ("tests", "Healthy establishment tests"),
            ("priorities", "Main priorities for the next year"),
            ("key_concerns", "Progress against key concerns"),
        ):
            if key not in self.found and not self._has(key):
                self.result.warnings.append(
                    f"No “{title}” section was found. If its text is in the unplaced text, "
                    "choose where it goes."
                )
        return self.result

    def _has(self, key: str) -> bool:
        result = self.result
        if key == "tests":
            return any(result.tests[t]["text"] for t in TESTS) or "unsplit" in result.tests
        if key == "priorities":
            return bool(result.priorities)
        if key == "key_concerns":
            return bool(result.key_concerns)
        return bool(getattr(result, key))

    # Unplaced text --------------------------------------------------------------------

    def _unplace(self, block: Block | str) -> None:
        self.unplaced.add(block)

    def _flush_unplaced(self) -> None:
        text = self.unplaced.text()
        if text:
            self.result.unplaced.append(text)
        self.unplaced = _TextBuilder()

    # Data tables found anywhere ---------------------------------------------------------

    def _data_table(
        self,
        table: Table,
        section: str | None,
        priority_blocks: list[Block],
        concern_blocks: list[Block],
    ) -> bool:
        """Handle a table that is data wherever it is; return whether it was."""
        kind = _classify(table, section)
        if kind == "title":
            for row in table.cell_texts():
                if len(row) >= 2 and row[0].strip():
                    self.result.meta[row[0].strip().rstrip(":")] = row[1].strip()
            return True
        if kind == "evidence":
            self._evidence_table(table)
            return True
        if kind in ("priorities_cols", "priorities_rows"):
            priority_blocks.append(table)
            return True
        if kind == "kc":
            concern_blocks.append(table)
            return True
        return False

    # Sections ---------------------------------------------------------------------------

    def _preamble(
        self,
        items: list[Block],
        tests_blocks: list[Block],
        priority_blocks: list[Block],
        concern_blocks: list[Block],
    ) -> None:
        """Text before the first section heading: unplaced, unless it is the template's."""
        for block in items:
            if isinstance(block, Table):
                if not self._data_table(block, None, priority_blocks, concern_blocks):
                    self._unplace(block)
                continue
            if self._skip(block) or block.level == 0:
                if block.level == 0 and not self._skip(block):
                    self.result.meta.setdefault("Title", block.text.strip())
                continue
            if _heading_like(block) and _test_of(block.text):
                # The tests written with no section 3 heading before them.
                tests_blocks.append(block)
                continue
            if tests_blocks:
                tests_blocks.append(block)
                continue
            if _heading_like(block):
                self._flush_unplaced()
            self._unplace(block)
        self._flush_unplaced()

    def _text_section(
        self,
        key: str,
        items: list[Block],
        builder: _TextBuilder,
        priority_blocks: list[Block],
        concern_blocks: list[Block],
    ) -> None:
        for block in items:
            if isinstance(block, Table):
                if self._data_table(block, key, priority_blocks, concern_blocks):
                    continue
                if _classify(block, key) == "targets":
                    priority_blocks.append(block)
                    continue
                builder.add(block)
            elif not self._skip(block):
                builder.add(block)

    def _appendix(self, items: list[Block]) -> None:
        for block in items:
            if isinstance(block, Table):
                if _classify(block, "appendix") == "evidence":
                    self._evidence_table(block)
                else:
                    self._unplace(block)
            elif not self._skip(block):
                self._unplace(block)
        self._flush_unplaced()

    def _evidence_table(self, table: Table) -> None:
        texts = table.cell_texts()
        header = [_norm(cell).strip(" .:") for cell in texts[0]]
        for row in texts[1:]:
            item = {header[i] if i < len(header) else str(i): cell for i, cell in enumerate(row)}
            if any(value.strip() for value in item.values()):
                self.result.evidence.append(item)
        if self.result.evidence:
            count = len(self.result.evidence)
            self.result.warnings = [w for w in self.result.warnings if "evidence appendix" not in w]
            self.result.warnings.append(
                f"The document's evidence appendix lists {count} "
                f"{'item' if count == 1 else 'items'}. Evidence is not imported: add it to "
                "the evidence library and cite it from the sections."
            )

    # Tests ------------------------------------------------------------------------------

    def _tests(self, items: list[Block]) -> None:
        builders = {test: _TextBuilder() for test in TESTS}
        preamble = _TextBuilder()
        current: str | None = None
        seen_heading = False
        for block in items:
            if isinstance(block, Table):
                (builders[current] if current else preamble).add(block)
                continue
            if self._skip(block):
                continue
            text = block.text.strip()
            heading = None
            if _heading_like(block) or len(text) < 60:
                heading = _test_of(text)
            if heading is None and block.bold_prefix:
                prefix = _test_of(block.bold_prefix)
                if prefix is not None and not prefix[1]:
                    heading = (prefix[0], text[len(block.bold_prefix) :].strip(" :-–—\t"))
            if heading is not None:
                current, rest = heading
                seen_heading = True
                rating = _rating_of(rest) if rest else False
                if rating is False:
                    rating = _rating_line(rest) if rest else False
                if rating is not False:
                    self.result.tests[current]["rating"] = rating
                elif rest and not self._is_guidance(rest):
                    builders[current].add(rest)
                continue
            rating = _rating_line(text)
            if rating is not False and current is not None:
                self.result.tests[current]["rating"] = rating
                continue
            (builders[current] if current else preamble).add(block)
        for test in TESTS:
            self.result.tests[test]["text"] = builders[test].text()
        if not seen_heading and preamble:
            self.result.tests["unsplit"] = preamble.text()
            self.result.warnings.append(
                "The healthy establishment tests are not split by test (Safety, Respect, "
                "Activities, Preparation for removal and release), so their text is kept "
                "together. Choose which test it belongs to."
            )
        elif preamble:
            self.result.unplaced.append(preamble.text())

    def _is_guidance(self, text: str) -> bool:
        words = _norm(text).strip(" :")
        return words in self._guidance or (len(words) >= 40 and words in self._corpus)
