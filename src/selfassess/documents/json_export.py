"""Write a SAR as JSON: the full structure, documented in docs/export-json.md."""

import json
from typing import Any

from selfassess.documents.document import ExportDocument

SCHEMA = "selfassess.export/1"


def as_data(doc: ExportDocument) -> dict[str, Any]:
    """Return the export as plain data: the document's metadata around the SAR's content."""
    meta = doc.meta
    data = doc.data
    sign_off = None
    if meta.signed_off_by:
        sign_off = {
            "signed_by": meta.signed_off_by,
            "signed_at": meta.signed_off_at.isoformat() if meta.signed_off_at else None,
            "declaration": meta.declaration,
        }
    return {
        "schema": SCHEMA,
        "content_schema": data.get("schema"),
        "title": doc.title,
        "version": meta.version,
        "state": "submitted" if meta.submitted else "draft",
        "status": meta.status,
        "date": meta.date.isoformat(),
        "centre": {**data["centre"], "manager": meta.manager or None},
        "submission": {
            "submitted_at": meta.submitted_at.isoformat() if meta.submitted_at else None,
            "submitted_by": meta.submitted_by,
            "due_at": meta.due_at.isoformat() if meta.due_at else None,
        }
        if meta.submitted
        else None,
        "sign_off": sign_off,
        "sections": data["sections"],
        "evidence": data.get("evidence", []),
    }


def export_json(doc: ExportDocument) -> str:
    """Return the SAR as a JSON document (UTF-8 text, indented, keys in a stable order)."""
    return json.dumps(as_data(doc), ensure_ascii=False, indent=2) + "\n"
