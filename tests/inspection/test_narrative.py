"""The draft leadership narrative, and its Word export for the report team."""

from io import BytesIO

import pytest
from django.urls import reverse
from docx import Document

from selfassess.audit.models import Action, AuditEvent

pytestmark = pytest.mark.django_db


def test_the_narrative_page_assembles_the_judgements(client_for, judgement, assigned):
    text = (
        client_for(assigned)
        .get(reverse("inspection:narrative", args=[judgement.inspection.pk]))
        .content.decode()
    )
    assert "PRIVATE NARRATIVE about engagement." in text
    assert "Indicators partly met" in text
    assert "PRIVATE NOTE on 2.1" in text


def test_the_word_export_has_real_headings_and_is_audited(client_for, judgement, assigned):
    response = client_for(assigned).get(
        reverse("inspection:narrative_docx", args=[judgement.inspection.pk])
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"]
    document = Document(BytesIO(response.content))
    headings = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name.startswith(("Heading", "Title"))
    ]
    assert ("Heading 1", "1. Direction") in headings
    assert ("Heading 1", "2. Engagement") in headings
    assert ("Heading 1", "4. Continuous improvement") in headings
    assert ("Heading 2", "Indicators partly met") in headings
    assert headings[0][0] == "Title"
    body = "\n".join(p.text for p in document.paragraphs)
    assert "PRIVATE NARRATIVE about engagement." in body
    assert "2.1 Leaders at every level are visible and approachable. – PRIVATE NOTE on 2.1" in body
    table = document.tables[0]
    assert [c.text for c in table.rows[1].cells] == [
        "Safety",
        "Reasonably good",
        "Not sufficiently good",
    ]
    event = AuditEvent.objects.get(action=Action.EXPORT)
    assert event.actor == assigned
    assert "leadership narrative" in event.description


def test_the_centre_never_gets_the_draft(client_for, published, manager):
    client = client_for(manager)
    assert (
        client.get(reverse("inspection:narrative", args=[published.inspection.pk])).status_code
        == 404
    )
    assert (
        client.get(reverse("inspection:narrative_docx", args=[published.inspection.pk])).status_code
        == 404
    )
    assert not AuditEvent.objects.filter(action=Action.EXPORT).exists()
