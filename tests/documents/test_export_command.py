"""`selfassess export`: a SAR version to a file from the command line."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from docx import Document

from selfassess.audit.models import Action, AuditEvent
from selfassess.reports import services
from tests.reports.conftest import write_complete_sar


def run(*args):
    out = io.StringIO()
    call_command("export", *args, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["docx", "pdf", "md", "json"])
def test_it_writes_the_draft_to_a_file(sar, manager, tmp_path, fmt):
    write_complete_sar(sar, manager)
    target = tmp_path / f"out.{fmt}"
    output = run("--sar", str(sar.pk), "--format", fmt, "--output", str(target))
    assert f"Wrote draft version 1 of the SAR for Brookfield House IRC to {target}" in output
    assert target.stat().st_size > 0
    if fmt == "docx":
        assert Document(str(target)).paragraphs[0].text == "Self-assessment report"
    if fmt == "pdf":
        assert target.read_bytes().startswith(b"%PDF-")


def test_it_writes_a_submitted_version(sar, manager, tmp_path):
    write_complete_sar(sar, manager)
    services.sign_off(sar, manager)
    services.submit(sar, manager)
    target = tmp_path / "v1.json"
    run("--sar", str(sar.pk), "--format", "json", "--output", str(target), "--version", "1")
    data = json.loads(target.read_text())
    assert (data["version"], data["state"]) == (1, "submitted")
    assert AuditEvent.objects.filter(action=Action.EXPORT, centre=sar.centre).exists()


def test_a_folder_gets_a_generated_name(sar, tmp_path):
    run("--sar", str(sar.pk), "--format", "md", "--output", str(tmp_path))
    assert (tmp_path / "brookfield-house-irc-sar-v1-draft.md").exists()


def test_json_can_go_to_standard_output(sar):
    assert json.loads(run("--sar", str(sar.pk), "--format", "json", "--output", "-"))


def test_a_missing_sar_is_a_clear_error(db, tmp_path):
    with pytest.raises(CommandError, match="There is no SAR with id 999"):
        run("--sar", "999", "--format", "pdf", "--output", str(tmp_path / "x.pdf"))


def test_a_missing_version_is_a_clear_error(sar, tmp_path):
    with pytest.raises(
        CommandError, match=r"has no submitted version 3 \(submitted versions: none yet\)"
    ):
        run(
            "--sar",
            str(sar.pk),
            "--format",
            "pdf",
            "--output",
            str(tmp_path / "x"),
            "--version",
            "3",
        )


def test_binary_formats_refuse_standard_output(sar):
    with pytest.raises(CommandError, match="give a file name"):
        run("--sar", str(sar.pk), "--format", "docx", "--output", "-")
