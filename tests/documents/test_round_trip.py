"""Round trip: a SAR exported to Word and imported again has the same content, field for field.

Proved on every demo SAR (the current draft and each submitted version), through the real
exporter (`docx_export`) and the real importer, and then through the database: importing
the exported file into an empty SAR gives the same canonical content.
"""

import pytest
from django.core.management import call_command

from selfassess.documents import importing, sources
from selfassess.documents.docx_export import export_docx
from selfassess.reports import content as sar_content
from selfassess.reports import services
from selfassess.reports.models import Sar
from tests.factories import CentreFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_sars(db):
    call_command("demo", verbosity=0)
    return list(Sar.objects.select_related("centre").order_by("centre__name"))


def expected_from(data):
    """Return what the importer should read back from a SAR's canonical content."""
    sections = data["sections"]
    return {
        "vision": sections["vision"]["text"],
        "leadership": sections["leadership"]["text"],
        "tests": {
            part["test"]: {"text": part["text"], "rating": part["rating"]}
            for part in sections["tests"]["parts"]
        },
        "priorities": [
            {
                "what": item["what"],
                "how_known": item["how_known"],
                "delivering": item["delivering"],
                "success": item["success"],
                "targets": item["targets"],
            }
            for item in sections["priorities"]["items"]
        ],
        "key_concerns": [
            {
                "reference": item["reference"],
                "kind": item["kind"],
                "concern": item["concern"],
                "progress": item["progress"],
                "judgement": item["judgement"] or "",
            }
            for item in sections["key_concerns"]["items"]
        ],
    }


def read_back(result):
    """Return the imported result in the same shape as `expected_from`."""
    return {
        "vision": result.vision,
        "leadership": result.leadership,
        "tests": {test: dict(part) for test, part in result.tests.items()},
        "priorities": result.priorities,
        "key_concerns": [
            {k: kc[k] for k in ("reference", "kind", "concern", "progress", "judgement")}
            for kc in result.key_concerns
        ],
    }


def assert_same(expected, got):
    assert got["vision"] == expected["vision"]
    assert got["leadership"] == expected["leadership"]
    assert got["tests"] == expected["tests"]
    assert len(got["priorities"]) == len(expected["priorities"])
    for mine, theirs in zip(got["priorities"], expected["priorities"], strict=True):
        assert mine == theirs
    assert got["key_concerns"] == expected["key_concerns"]


def test_every_demo_draft_comes_back_field_for_field(demo_sars):
    """Each demo SAR's draft, exported and imported, gives every field back unchanged."""
    assert len(demo_sars) == 4
    for sar in demo_sars:
        doc = sources.for_draft(sar)
        result = importing.read_upload(export_docx(doc))
        assert_same(expected_from(doc.data), read_back(result))
        assert result.unplaced == [], sar.centre.name
        assert "unsplit" not in result.tests


def test_every_submitted_version_comes_back_field_for_field(demo_sars):
    """Submitted snapshots (title block 'Submitted on time' or late) round-trip too."""
    submissions = [s for sar in demo_sars for s in sar.submissions.all()]
    assert submissions
    for submission in submissions:
        doc = sources.for_submission(submission)
        result = importing.read_upload(export_docx(doc))
        assert_same(expected_from(doc.data), read_back(result))
        assert result.unplaced == []


def test_importing_an_export_into_an_empty_sar_gives_the_same_content(demo_sars, db):
    """Through the database: the imported SAR's canonical content equals the original's."""
    original = demo_sars[0]
    data = sar_content.as_dict(sar_content.load(original))
    result = importing.read_upload(export_docx(sources.for_draft(original)))
    centre = CentreFactory()
    user = member(centre, "manager")
    copy = services.get_or_create_sar(centre)
    importing.apply_import(copy, user, result, file_name="round-trip.docx")
    copied = sar_content.as_dict(sar_content.load(copy))

    def strip(section_data):
        """Drop what an import cannot carry: evidence links and completion."""
        sections = {}
        for key, section in section_data["sections"].items():
            section = {k: v for k, v in section.items() if k != "evidence"}
            for list_key in ("parts", "items"):
                if list_key in section:
                    section[list_key] = [
                        {k: v for k, v in item.items() if k != "evidence"}
                        for item in section[list_key]
                    ]
            sections[key] = section
        return sections

    assert strip(copied) == strip(data)
