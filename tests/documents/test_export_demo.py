"""Every demo SAR, draft and submitted, exports in every format."""

import io
import json

import pytest
from django.core.management import call_command
from docx import Document

from selfassess.documents import sources
from selfassess.documents.document import FORMATS
from selfassess.documents.exporting import export
from selfassess.reports.models import Sar, Submission


@pytest.fixture
def demo(db, settings, monkeypatch):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    call_command("demo", stdout=io.StringIO())


def test_every_demo_sar_exports_in_every_format(demo):
    docs = [sources.for_draft(sar) for sar in Sar.objects.select_related("centre")]
    docs += [sources.for_submission(s) for s in Submission.objects.all()]
    # Four drafts, and the submitted version 1 of Hatherleigh House and Ashbourne Vale.
    assert len(docs) == 6
    for doc in docs:
        files = {fmt: export(doc, fmt) for fmt in FORMATS}
        word = Document(io.BytesIO(files["docx"]))
        assert word.tables[0].rows[0].cells[1].text == doc.meta.centre
        assert files["pdf"].startswith(b"%PDF-")
        assert files["md"].decode().startswith("# Self-assessment report")
        assert json.loads(files["json"])["centre"]["name"] == doc.meta.centre
