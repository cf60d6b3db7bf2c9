"""`selfassess import FILE.docx [--centre SLUG] [--dry-run] [--format json]`."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from selfassess.reports.models import Priority
from selfassess.reports.structure import SectionKey
from tests.documents.test_import_builders import VISION, Builder, headings_sar


@pytest.fixture
def word_file(tmp_path):
    path = tmp_path / "sar.docx"
    path.write_bytes(headings_sar().bytes())
    return path


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("import", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_a_dry_run_prints_the_structure_as_json_with_exactly_the_issue_keys(word_file):
    """No database is touched (no django_db mark: any query would fail the test)."""
    out, _ = run(word_file, "--dry-run", "--format", "json")
    data = json.loads(out)
    assert list(data) == [
        "vision",
        "leadership",
        "tests",
        "priorities",
        "key_concerns",
        "unplaced",
        "warnings",
    ]
    assert data["vision"] == VISION
    assert set(data["tests"]) == {"safety", "respect", "activities", "preparation"}
    assert set(data["priorities"][0]) >= {"what", "how_known", "delivering", "success"}
    assert set(data["key_concerns"][0]) >= {"reference", "concern", "progress"}


def test_a_dry_run_as_text_reads_section_by_section(word_file):
    out, _ = run(word_file, "--dry-run")
    assert "== 1. Vision ==" in out
    assert VISION in out


def test_the_centre_is_required_unless_dry_run(word_file):
    with pytest.raises(CommandError, match="--centre"):
        run(word_file)


def test_a_hostile_file_is_refused_with_its_message(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(b"%PDF-1.7")
    with pytest.raises(CommandError, match="is a PDF"):
        run(path, "--dry-run")


@pytest.mark.django_db
def test_importing_into_a_centre_writes_its_sar(word_file, centre, manager):
    _, err = run(word_file, "--centre", centre.slug)
    sar = centre.sar
    assert sar.sections.get(key=SectionKey.VISION).body == VISION
    assert Priority.objects.filter(sar=sar).count() == 1
    assert "Imported into the SAR for Brookfield House IRC" in err


@pytest.mark.django_db
def test_an_existing_sar_needs_replace(word_file, centre, manager):
    run(word_file, "--centre", centre.slug)
    with pytest.raises(CommandError, match="--replace"):
        run(word_file, "--centre", centre.slug)
    run(word_file, "--centre", centre.slug, "--replace")


@pytest.mark.django_db
def test_unplaced_text_stops_the_import_unless_discarded(tmp_path, centre, manager):
    path = tmp_path / "sar.docx"
    path.write_bytes(Builder().para("Cover note.").heading("Vision").para(VISION).bytes())
    with pytest.raises(CommandError, match="could not be placed"):
        run(path, "--centre", centre.slug)
    run(path, "--centre", centre.slug, "--discard-unplaced")
    assert centre.sar.sections.get(key=SectionKey.VISION).body == VISION


@pytest.mark.django_db
def test_the_importing_user_must_be_a_manager_or_leader(word_file, centre, contributor):
    with pytest.raises(CommandError, match="not the centre manager or a leader"):
        run(word_file, "--centre", centre.slug, "--user", contributor.email)
