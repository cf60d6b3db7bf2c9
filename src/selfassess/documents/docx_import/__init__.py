"""Read a SAR written in Word (.docx) into the SAR's structure: bytes in, data out, no Django.

`parse_docx` first checks the file as the zip package it should be (size, zip bomb,
macros, password protection, XML entity declarations) before python-docx ever opens it,
then walks the document body in order, paragraphs and tables (nested ones too), and maps
what it finds onto the five sections. It reads the layout `documents/docx_export.py`
writes (docs/word-layout.md) field for field, and the many other shapes centres use:
the template's table, headings and paragraphs, numbered or bold headings, priorities as
blocks or tables, key concerns as a table or a numbered list.

Text it cannot place is never dropped: it is returned in `unplaced`, for the user to
assign or discard.

The modules, in the order the work is done:

- `package`: checks the file as a .docx zip package, within the safety limits;
- `wordml`, `styles`, `reader`, `comments`: read the document into `blocks`;
- `template`, `headings`, `labels`, `tables`: recognise template text, headings, labels
  and what each table is;
- `mapper` (with `mapper_base`, `priorities`, `key_concerns`): places the blocks into
  the SAR's sections, tests, priorities and key concerns;
- `result`: the `ImportResult` it returns; `parse`: the entry point, `parse_docx`;
- `common`, `errors`, `text`: the vocabulary, messages and text helpers they share.
"""

from selfassess.documents.docx_import.common import (
    JUDGEMENTS,
    KINDS,
    MAX_PRIORITIES,
    MAX_REFERENCE_LENGTH,
    PRIORITY_FIELDS,
    RATINGS,
    TEST_TITLES,
    TESTS,
)
from selfassess.documents.docx_import.errors import DocxImportError
from selfassess.documents.docx_import.package import MAX_ZIP_ENTRIES, check_package
from selfassess.documents.docx_import.parse import parse_docx
from selfassess.documents.docx_import.result import ImportResult

__all__ = [
    "JUDGEMENTS",
    "KINDS",
    "MAX_PRIORITIES",
    "MAX_REFERENCE_LENGTH",
    "MAX_ZIP_ENTRIES",
    "PRIORITY_FIELDS",
    "RATINGS",
    "TESTS",
    "TEST_TITLES",
    "DocxImportError",
    "ImportResult",
    "check_package",
    "parse_docx",
]
