"""Text people type is shown as text everywhere: script, HTML and formula payloads.

The payloads go into a section, a priority, a key concern, an evidence title and a comment;
every page that shows them, and the Word export, must carry them escaped.
"""

import io
import zipfile

import pytest

from selfassess.reports import content as sar_content
from selfassess.reports import services
from selfassess.reports.models import Comment
from selfassess.reports.structure import SectionKey
from tests.centres.conftest import write_complete_sar
from tests.factories import EvidenceItemFactory, InspectionFactory

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
FORMULA = '=HYPERLINK("http://x")'
PAYLOAD = f"{SCRIPT} {IMG} {FORMULA}"
DANGEROUS = ("<script>alert(1)", "<img src=x", "onerror=alert(1)>")


@pytest.fixture
def hostile_sar(sar, manager, centre):
    InspectionFactory(centre=centre)
    write_complete_sar(sar, manager)
    evidence = EvidenceItemFactory(centre=centre, title=f"Survey {PAYLOAD}", summary=PAYLOAD)
    vision = sar.sections.get(key=SectionKey.VISION)
    services.save_section(
        vision,
        manager,
        None,
        fields={"body": f"Vision {PAYLOAD}", "completed": True},
        evidence=[evidence],
    )
    priority = sar.priorities.first()
    services.save_priority(
        priority,
        manager,
        None,
        fields={
            "what": f"Priority {PAYLOAD}",
            "how_known": PAYLOAD,
            "delivering": PAYLOAD,
            "success": PAYLOAD,
        },
        targets=[],
        evidence=[evidence],
        summary="Edited",
    )
    concern = services.add_key_concern(
        sar,
        manager,
        {
            "reference": "KC1",
            "concern": f"Concern {PAYLOAD}",
            "progress": PAYLOAD,
            "judgement": "good",
        },
        [evidence],
    )
    Comment.objects.create(
        sar=sar, section=SectionKey.VISION, author=manager, body=f"Comment {PAYLOAD}"
    )
    return sar, priority, concern, evidence


def assert_escaped(html: str, where: str) -> None:
    for dangerous in DANGEROUS:
        assert dangerous not in html, f"{dangerous!r} unescaped in {where}"


def test_every_page_showing_the_payloads_escapes_them(client_for, manager, hostile_sar):
    sar, priority, concern, evidence = hostile_sar
    client = client_for(manager)
    pages = [
        f"/sars/{sar.pk}/",
        f"/sars/{sar.pk}/sections/vision/",
        f"/sars/{sar.pk}/sections/vision/history/",
        f"/sars/{sar.pk}/sections/priorities/",
        f"/sars/{sar.pk}/priorities/{priority.pk}/",
        f"/sars/{sar.pk}/sections/key_concerns/",
        f"/sars/{sar.pk}/key-concerns/{concern.pk}/",
        f"/sars/{sar.pk}/evidence/",
        f"/evidence/{evidence.pk}/",
        f"/sars/{sar.pk}/review/",
        f"/sars/{sar.pk}/sign-off/",
    ]
    shown = 0
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert_escaped(html, path)
        if "&lt;script&gt;alert(1)&lt;/script&gt;" in html:
            shown += 1
    assert shown >= 8  # the payload really is on the pages, escaped


def test_the_submitted_snapshot_escapes_the_payloads(
    client_for, manager, hmip_coordinator, hostile_sar
):
    sar = hostile_sar[0]
    problems = services.sign_off_problems(sar_content.load(sar))
    assert problems == [], [p.message for p in problems]
    services.sign_off(sar, manager)
    submission = services.submit(sar, manager)
    for user in (manager, hmip_coordinator):
        for path in (f"/submissions/{submission.pk}/", f"/submissions/{submission.pk}/review/"):
            html = client_for(user).get(path).content.decode()
            assert_escaped(html, path)
    html = client_for(hmip_coordinator).get("/coordinator/").content.decode()
    assert_escaped(html, "the coordinator's dashboard")


def test_the_word_export_keeps_the_payloads_as_text(client_for, manager, hostile_sar):
    sar = hostile_sar[0]
    response = client_for(manager).get(f"/sars/{sar.pk}/download/docx/")
    with zipfile.ZipFile(io.BytesIO(response.content)) as package:
        xml = package.read("word/document.xml").decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in xml
    assert "<script>" not in xml
    # A Word field would make the formula live; it must be plain text in a run.
    assert "HYPERLINK" in xml and "<w:fldSimple" not in xml and "<w:instrText" not in xml


def test_the_pdf_export_renders_the_payloads_as_text(hostile_sar):
    from selfassess.documents import pdf_export, sources

    sar = hostile_sar[0]
    render = getattr(pdf_export, "render_html", None)
    if render is None:
        pytest.skip("the PDF export does not expose its HTML")
    html = render(sources.for_draft(sar))
    assert_escaped(html, "the PDF's HTML")
