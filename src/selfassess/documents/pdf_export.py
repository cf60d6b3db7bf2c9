"""Render a SAR as a PDF: HTML and CSS from a Jinja template, laid out by WeasyPrint.

Nothing is fetched while rendering: the stylesheet is inline, fonts come from the system
(Liberation Sans, then DejaVu Sans) and are embedded, and the URL fetcher refuses every URL,
so text a user wrote can never make the server request anything.
"""

import logging
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, Template, select_autoescape
from weasyprint import HTML, URLFetcher  # type: ignore[import-untyped]

from selfassess import formatting
from selfassess.documents.document import (
    KIND_LABELS,
    ExportDocument,
    clean,
    groups,
    word_count_text,
)
from selfassess.reports.structure import PRIORITY_QUESTIONS, SECTIONS

TEMPLATES = Path(__file__).parent / "jinja2"
# WeasyPrint reports each layout step at INFO; one export would fill the log.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
PDF_VARIANT = "pdf/ua-1"


class RefusingURLFetcher(URLFetcher):  # type: ignore[misc]
    """Fetch nothing: every resource the document needs is inline or a system font."""

    def fetch(self, url: str, headers: Any = None) -> Any:
        """Refuse the URL."""
        raise ValueError(f"Refused to fetch {url[:200]}: exports never fetch resources")


def _as_date(value: date | str | None) -> date | None:
    if isinstance(value, str):
        return datetime.fromisoformat(value).date() if value else None
    return value


def _govuk_date(value: date | str | None) -> str:
    return formatting.govuk_date(_as_date(value))


def _govuk_datetime(value: datetime | None) -> str:
    return formatting.govuk_datetime(value)


@cache
def _template() -> Template:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"], default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update({"govuk_date": _govuk_date, "govuk_datetime": _govuk_datetime})
    env.globals.update(
        {
            "groups": groups,
            "word_count_text": word_count_text,
            "kind_labels": KIND_LABELS,
            "sections": SECTIONS,
            "questions": [(name, q[0]) for name, q in PRIORITY_QUESTIONS.items()],
        }
    )
    return env.get_template("documents/sar_pdf.html")


def render_html(doc: ExportDocument) -> str:
    """Return the HTML the PDF is laid out from."""
    created = doc.meta.submitted_at.isoformat() if doc.meta.submitted_at else doc.meta.date
    return clean(_template().render(doc=doc, meta=doc.meta, created=created))


def export_pdf(doc: ExportDocument) -> bytes:
    """Return the SAR as a tagged, A4 PDF (bytes)."""
    html = HTML(string=render_html(doc), url_fetcher=RefusingURLFetcher(), base_url=None)
    pdf: bytes = html.write_pdf(pdf_variant=PDF_VARIANT)
    return pdf
