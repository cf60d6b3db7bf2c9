"""Import: Word files saved by LibreOffice, which writes Word XML differently from python-docx.

Skipped when LibreOffice (`soffice`) is not installed.
"""

import shutil
import subprocess  # noqa: S404 - runs LibreOffice on files the test wrote

import pytest

from tests.documents.test_import_builders import (
    ANSWERS,
    LEADERSHIP,
    RESPECT,
    SAFETY,
    VISION,
    headings_sar,
    parse,
)
from tests.documents.test_import_layouts import template_table

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")


def resave(data: bytes, tmp_path) -> bytes:
    """Open the file in LibreOffice and save it again as Word 2007-365 (.docx)."""
    source = tmp_path / "in" / "sar.docx"
    source.parent.mkdir()
    source.write_bytes(data)
    out = tmp_path / "out"
    subprocess.run(  # noqa: S603 - fixed arguments, our own temporary files
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    converted = (out / "sar.docx").read_bytes()
    assert converted != data
    return converted


def test_a_headings_sar_saved_by_libreoffice_reads_the_same(tmp_path):
    builder = headings_sar()
    builder.doc.add_paragraph("Our aims:")
    builder.bullets("fewer incidents", "more activity")
    result = parse(resave(builder.bytes(), tmp_path))
    assert result.vision == VISION
    assert result.leadership == LEADERSHIP
    assert result.tests["safety"]["text"] == SAFETY
    assert result.tests["respect"]["text"] == RESPECT
    assert {k: result.priorities[0][k] for k in ANSWERS} == ANSWERS
    concern = result.key_concerns[0]
    assert (concern["reference"], concern["judgement"]) == ("1.3", "reasonable")
    # After the concerns table, the list belongs to no concern: unplaced, with its bullets.
    assert result.unplaced == ["Our aims:\n\n- fewer incidents\n- more activity"]


def test_the_template_table_saved_by_libreoffice_reads_the_same(tmp_path):
    result = parse(resave(template_table().bytes(), tmp_path))
    assert result.vision == VISION
    assert result.leadership == LEADERSHIP
    assert result.tests["safety"]["text"] == SAFETY
    assert result.unplaced == []
