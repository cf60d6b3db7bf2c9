"""Import: tracked changes read as accepted, comments listed, footnotes and text boxes kept."""

from tests.documents.test_import_builders import VISION, Builder, parse

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def tracked_doc() -> bytes:
    b = Builder().heading("Vision")
    b.xml(
        f'<w:p {W}><w:r><w:t xml:space="preserve">We hold men </w:t></w:r>'
        '<w:ins w:id="1" w:author="Deputy" w:date="2026-03-01T10:00:00Z"><w:r><w:t xml:space="preserve">safely and </w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="Deputy" w:date="2026-03-01T10:00:00Z"><w:r><w:delText xml:space="preserve">harshly and </w:delText></w:r></w:del>'
        "<w:r><w:t>decently.</w:t></w:r></w:p>"
    )
    b.xml(
        f'<w:p {W}><w:del w:id="3" w:author="Deputy"><w:r><w:delText>A deleted paragraph.</w:delText></w:r></w:del></w:p>'
    )
    return b.bytes()


def test_insertions_are_kept_deletions_dropped_and_the_user_told():
    result = parse(tracked_doc())
    assert result.vision == "We hold men safely and decently."
    assert "deleted paragraph" not in result.vision
    warning = result.warnings[0]
    assert "tracked changes" in warning
    assert "1 insertion kept" in warning
    assert "2 deletions left out" in warning


def test_comments_are_listed_with_author_and_the_text_they_are_on_not_merged():
    b = Builder().heading("Vision")
    paragraph = b.doc.add_paragraph()
    run = paragraph.add_run(VISION)
    b.doc.add_comment(run, text="Is this still true?", author="Morgan Manager", initials="MM")
    result = parse(b.bytes())
    assert result.vision == VISION
    assert result.comments == [
        {
            "author": "Morgan Manager",
            "date": result.comments[0]["date"],
            "text": "Is this still true?",
            "anchor": VISION,
        }
    ]
    assert any("1 comment" in w for w in result.warnings)
    assert "Is this still true?" not in result.vision
    assert any("Is this still true?" in w for w in result.as_json()["warnings"])


def test_text_in_a_text_box_is_kept():
    b = Builder().heading("Leadership")
    b.xml(
        f'<w:p {W}><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
        "<w:txbxContent><w:p><w:r><w:t>Boxed leadership text.</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></v:shape></w:pict></w:r></w:p>"
    )
    assert parse(b.bytes()).leadership == "Boxed leadership text."


def test_hyperlinks_and_fields_keep_their_visible_text():
    b = Builder().heading("Vision")
    b.xml(
        f'<w:p {W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<w:r><w:t xml:space="preserve">See </w:t></w:r>'
        '<w:hyperlink w:anchor="x"><w:r><w:t>the survey</w:t></w:r></w:hyperlink>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> on page 3</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    assert parse(b.bytes()).vision == "See the survey on page 3"


def test_a_document_with_no_headings_is_all_unplaced():
    """Nothing is guessed and nothing is lost: every paragraph waits for the user."""
    result = parse(Builder().para("First thoughts.").para("Second thoughts.").bytes())
    assert result.unplaced == ["First thoughts.\n\nSecond thoughts."]
    assert result.vision == ""
