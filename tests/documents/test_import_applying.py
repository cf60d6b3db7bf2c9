"""Import: writing into a centre's SAR through the services, as revisions, all or nothing."""

import pytest

from selfassess.audit.models import Action, AuditEvent
from selfassess.documents import importing
from selfassess.reports import services
from selfassess.reports.models import KeyConcern, Priority, Revision
from selfassess.reports.structure import SectionKey
from tests.documents.test_import_builders import ANSWERS, LEADERSHIP, SAFETY, VISION, headings_sar

pytestmark = pytest.mark.django_db


@pytest.fixture
def result():
    return importing.read_upload(headings_sar().bytes())


def test_an_import_fills_the_sar_as_revisions_by_the_importing_user(sar, leader, result):
    importing.apply_import(sar, leader, result, file_name="sar-2025.docx")
    sections = {s.key: s for s in sar.sections.all()}
    assert sections[SectionKey.VISION].body == VISION
    assert sections[SectionKey.LEADERSHIP].body == LEADERSHIP
    assert sar.test_parts.get(test="safety").body == SAFETY
    priority = Priority.objects.get(sar=sar)
    assert priority.what == ANSWERS["what"]
    concern = KeyConcern.objects.get(sar=sar)
    assert (concern.reference, concern.judgement) == ("1.3", "reasonable")
    revisions = Revision.objects.filter(sar=sar)
    assert {r.section for r in revisions} == set(SectionKey.values)
    assert {r.author for r in revisions} == {leader}
    assert not any(s.completed for s in sections.values())


def test_an_import_is_audited(sar, manager, result):
    importing.apply_import(sar, manager, result, file_name="sar-2025.docx")
    event = AuditEvent.objects.get(action=Action.UPLOAD)
    assert event.actor == manager
    assert event.centre == sar.centre
    assert "“sar-2025.docx”" in event.description
    assert "1 priorities" in event.description


def test_an_import_over_existing_content_is_refused_unless_confirmed(sar, manager, result):
    vision = sar.sections.get(key=SectionKey.VISION)
    services.save_section(vision, manager, None, fields={"body": "Our own vision."})
    with pytest.raises(importing.ImportRefused, match="already has content"):
        importing.apply_import(sar, manager, result)
    assert sar.sections.get(key=SectionKey.VISION).body == "Our own vision."
    importing.apply_import(sar, manager, result, replace=True)
    assert sar.sections.get(key=SectionKey.VISION).body == VISION


def test_replacing_removes_the_old_priorities_and_concerns(sar, manager, result):
    importing.apply_import(sar, manager, result)
    importing.apply_import(sar, manager, result, replace=True)
    assert Priority.objects.filter(sar=sar).count() == 1
    assert KeyConcern.objects.filter(sar=sar).count() == 1


def test_nothing_is_half_imported_when_a_step_fails(sar, manager, result, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(services, "add_key_concern", broken)
    with pytest.raises(RuntimeError):
        importing.apply_import(sar, manager, result)
    assert sar.sections.get(key=SectionKey.VISION).body == ""
    assert not Priority.objects.filter(sar=sar).exists()
    assert not Revision.objects.filter(sar=sar).exists()
    assert not AuditEvent.objects.filter(action=Action.UPLOAD).exists()


def test_unplaced_text_must_be_placed_or_discarded_first(sar, manager, result):
    result.unplaced = ["A cover note."]
    with pytest.raises(importing.ImportRefused, match="unplaced"):
        importing.apply_import(sar, manager, result)
    placed, discarded = importing.place_unplaced(result, ["leadership"])
    assert discarded == 0
    importing.apply_import(sar, manager, placed)
    assert sar.sections.get(key=SectionKey.LEADERSHIP).body == f"{LEADERSHIP}\n\nA cover note."


def test_unsplit_tests_are_placed_like_unplaced_text(result):
    result.tests["unsplit"] = "All four tests together."
    result.unplaced = ["Spare."]
    assert importing.pending_texts(result) == ["All four tests together.", "Spare."]
    placed, discarded = importing.place_unplaced(result, ["test:respect", "discard"])
    assert placed.tests["respect"]["text"].endswith("All four tests together.")
    assert "unsplit" not in placed.tests
    assert discarded == 1
    with pytest.raises(importing.ImportRefused):
        importing.place_unplaced(result, ["somewhere-else", "discard"])
