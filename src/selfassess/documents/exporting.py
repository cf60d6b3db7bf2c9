"""One entry point for every format: an export document in, file bytes out."""

from collections.abc import Callable

from selfassess.documents.document import FORMATS, ExportDocument
from selfassess.documents.docx_export import export_docx
from selfassess.documents.json_export import export_json
from selfassess.documents.markdown_export import export_markdown
from selfassess.documents.pdf_export import export_pdf

_EXPORTERS: dict[str, Callable[[ExportDocument], bytes]] = {
    "docx": export_docx,
    "pdf": export_pdf,
    "md": lambda doc: export_markdown(doc).encode("utf-8"),
    "json": lambda doc: export_json(doc).encode("utf-8"),
}
assert set(_EXPORTERS) == set(FORMATS)  # noqa: S101 - a format without an exporter is a bug


def export(doc: ExportDocument, fmt: str) -> bytes:
    """Return the document in a format ('docx', 'pdf', 'md' or 'json') as bytes."""
    return _EXPORTERS[fmt](doc)
