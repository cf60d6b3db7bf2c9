"""PDF export: an A4, tagged document with a running header and page numbers."""

import shutil
import subprocess

import pytest

from selfassess.documents import sources
from selfassess.documents.pdf_export import RefusingURLFetcher, export_pdf, render_html
from selfassess.reports import services
from selfassess.reports.structure import SectionKey
from tests.documents.test_export_docx import HOSTILE, write_rich_sar

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "sar.pdf"
    path.write_bytes(pdf)
    return subprocess.run(  # noqa: S603
        ["pdftotext", "-layout", str(path), "-"],  # noqa: S607
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def pdf_info(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    return subprocess.run(  # noqa: S603
        ["pdfinfo", str(path)],  # noqa: S607
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@pytest.fixture
def rich_sar(sar, manager):
    return write_rich_sar(sar, manager)


@pytest.fixture
def pdf(rich_sar):
    return export_pdf(sources.for_draft(rich_sar))


def test_it_is_a_pdf(pdf):
    assert pdf.startswith(b"%PDF-")
    assert b"%%EOF" in pdf[-1024:]


@needs_poppler
def test_every_page_after_the_cover_has_the_running_header_and_page_numbers(pdf, tmp_path):
    pages = pdf_text(pdf, tmp_path).split("\f")
    pages = [page for page in pages if page.strip()]
    total = len(pages)
    assert total >= 7  # cover, five sections, appendix
    assert "Brookfield House IRC · Self-assessment report · Version 1" not in pages[0]
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page
        if number > 1:
            assert "Brookfield House IRC · Self-assessment report · Version 1" in page
    assert "Draft – not submitted" in pages[0]


@needs_poppler
def test_it_holds_the_content_and_the_title_block(pdf, tmp_path):
    text = pdf_text(pdf, tmp_path)
    for expected in (
        "Self-assessment report",
        "Centre manager",
        "Morgan Manager",
        "1. Vision",
        "2. Leadership",
        "Word count: 700 of 750",
        "3. Healthy establishment tests",
        "Preparation for removal and release",
        "4. Main priorities for the next year",
        "ii. How do you know that this is a priority?",
        "Self-harm incidents a quarter",
        "5. Progress against key concerns",
        "1.3",
        "Priority concern",
        "Reasonable",
        "Appendix: evidence cited",
        "Detainee survey 2026",
        '<script>alert("x")</script>',
        "=HYPERLINK(",
    ):
        assert expected in text, expected


@needs_poppler
def test_it_is_a4_tagged_with_a_title_and_embedded_fonts(pdf, tmp_path):
    info = pdf_info(pdf, tmp_path)
    assert "(A4)" in info
    assert "Tagged:          yes" in info
    assert "Title:           Self-assessment report – Brookfield House IRC – version 1" in info
    assert "Author:          Brookfield House IRC" in info
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(  # noqa: S603
        ["pdffonts", str(path)],  # noqa: S607
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()[2:]
    assert fonts
    assert all(" yes " in line for line in fonts)  # every font embedded


def test_user_text_is_escaped_in_the_html(rich_sar):
    html = render_html(sources.for_draft(rich_sar))
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "<script>" not in html
    assert HOSTILE not in html


def test_nothing_is_fetched_while_rendering(sar, manager):
    section = sar.sections.get(key=SectionKey.VISION)
    services.save_section(
        section, manager, None, fields={"body": '<img src="http://evil.example/x.png">'}
    )
    with pytest.raises(ValueError, match="Refused"):
        RefusingURLFetcher().fetch("http://evil.example/x.png")
    assert export_pdf(sources.for_draft(sar)).startswith(b"%PDF-")


@needs_poppler
def test_a_submitted_version_says_it_was_submitted_on_time(rich_sar, manager, tmp_path):
    services.sign_off(rich_sar, manager)
    submission = services.submit(rich_sar, manager)
    text = pdf_text(export_pdf(sources.for_submission(submission)), tmp_path)
    assert "Submitted on time" in text
    assert "Centre manager’s declaration" in text
