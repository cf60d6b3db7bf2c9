"""`selfassess classify` and `selfassess review`: the review from the command line."""

import io
import json
import os
import selectors
import subprocess
import sys

import docx
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from selfassess.documents.docx_import import ImportResult
from selfassess.documents.review_adapter import import_result_to_sar_dict
from selfassess.reports import services
from selfassess.reports.structure import SectionKey
from selfassess.review.report import review_sar

LABELS = [
    "aspirational",
    "evidenced",
    "unsupported_claim",
    "personal_data",
    "expectation",
    "indicators",
    "test",
]


def classify(text: str, *args: str) -> list[dict]:
    out = io.StringIO()
    call_command("classify", "--format", "jsonl", *args, stdin=io.StringIO(text), stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_classify_writes_one_json_line_per_input_line_skipping_blank_lines():
    rows = classify(
        "We will recruit ten more officers next year.\n\n   \nStaff morale is excellent.\n"
        "Self-harm incidents fell from 31 to 20 in 2025, our incident data shows."
    )
    assert len(rows) == 3
    assert rows[0]["aspirational"] is True
    assert rows[1]["unsupported_claim"] is True
    assert rows[2]["evidenced"] is True


def test_classify_writes_exactly_the_label_fields():
    [row] = classify("John Smith, Home Office reference A1234567, was moved.\n")
    assert list(row) == LABELS
    assert row["personal_data"] is True
    assert isinstance(row["indicators"], list)
    assert row["expectation"] is None or isinstance(row["expectation"], str)


def test_classify_adds_the_scores_only_when_asked():
    [row] = classify("Leaders listen to staff at weekly forums.\n", "--scores")
    assert list(row) == [*LABELS, "scores"]
    assert isinstance(row["scores"], dict)


def test_classify_reads_utf8_whatever_the_locale():
    out = io.StringIO()
    text = "\ufeffLes détenus – “café” – feel safe.\nNo data here.\n".encode()
    call_command("classify", stdin=io.BytesIO(text), stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert all(list(json.loads(line)) == LABELS for line in lines)


def _command_env() -> dict[str, str]:
    return {**os.environ, "SELFASSESS_TESTING": "1", "PYTHONIOENCODING": "utf-8"}


def test_classify_streams_a_line_out_for_each_line_in():
    """It answers each line before standard input closes, so it can sit in a pipe."""
    process = subprocess.Popen(  # noqa: S603 - our own command, fixed arguments
        [sys.executable, "-m", "selfassess", "classify", "--format", "jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=_command_env(),
    )
    try:
        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        for sentence in ("Staff morale is excellent.", "Nous irons à l’école – “oui”."):
            process.stdin.write(sentence.encode() + b"\n")
            process.stdin.flush()
            assert selector.select(timeout=60), "no answer before stdin closed"
            assert list(json.loads(process.stdout.readline())) == LABELS
        process.stdin.close()
        assert process.wait(timeout=60) == 0
    finally:
        process.kill()


def _word_file(tmp_path):
    document = docx.Document()
    document.add_heading("1. Vision", 1)
    document.add_paragraph("Our vision is a safe and decent centre for everyone.")
    document.add_heading("2. Leadership", 1)
    document.add_paragraph(
        "Staff morale is excellent. John Smith, Home Office reference A1234567, was moved."
    )
    document.add_heading("3. Healthy establishment tests", 1)
    document.add_heading("Safety", 2)
    document.add_paragraph("Self-harm incidents fell from 31 to 20 in 2025.")
    path = tmp_path / "draft SAR.docx"
    document.save(path)
    return path


def test_review_reads_a_word_file_with_no_database(tmp_path):
    out = io.StringIO()
    call_command("review", str(_word_file(tmp_path)), stdout=out)
    text = out.getvalue()
    assert text.startswith("Review of draft SAR.docx\n")
    assert "2. Leadership:" in text
    assert "Safe to send (1)" in text
    assert "[must fix] 2. Leadership" in text
    assert "Sentence: “Staff morale is excellent.”" in text
    assert "Silent indicators (" in text


def test_review_of_a_word_file_as_json_is_the_whole_review(tmp_path):
    out = io.StringIO()
    call_command("review", str(_word_file(tmp_path)), "--format", "json", stdout=out)
    data = json.loads(out.getvalue())
    assert set(data) == {"sections", "findings", "coverage", "evidence_groups", "sentences"}
    assert any(f["code"] == "personal-data" for f in data["findings"])
    assert len(data["coverage"]["indicators"]) == 34


def test_a_word_files_title_block_names_the_centre_for_the_review():
    result = ImportResult(meta={"Centre name:": "Fenwick Moss IRC", "Operator": "Caldwell"})
    result.leadership = "Fenwick Moss has a new deputy, Grace Obi."
    data = import_result_to_sar_dict(result)
    assert data["centre"] == {"name": "Fenwick Moss IRC", "operator": "Caldwell"}
    flagged = [f.spans for f in review_sar(data).blocking if f.code == "personal-data"]
    assert flagged == [[(31, 40)]]  # Grace Obi, not the centre


def test_review_says_clearly_when_a_file_cannot_be_read(tmp_path):
    with pytest.raises(CommandError, match="There is no file"):
        call_command("review", str(tmp_path / "missing.docx"))
    not_word = tmp_path / "notes.docx"
    not_word.write_text("just text")
    with pytest.raises(CommandError, match="must be a Word document"):
        call_command("review", str(not_word))
    with pytest.raises(CommandError, match="either a Word file"):
        call_command("review")


@pytest.mark.django_db
def test_review_of_a_sar_in_the_database_as_text(sar, leader):
    section = sar.sections.get(key=SectionKey.LEADERSHIP)
    services.save_section(section, leader, None, fields={"body": "Staff morale is excellent."})
    out = io.StringIO()
    call_command("review", "--sar", str(sar.pk), stdout=out)
    text = out.getvalue()
    assert text.startswith(f"Review of the SAR for {sar.centre} (draft)")
    assert "Candour (" in text
    assert "Sentence: “Staff morale is excellent.”" in text


@pytest.mark.django_db
def test_review_of_a_sar_in_the_database_as_json(sar, leader):
    section = sar.sections.get(key=SectionKey.LEADERSHIP)
    services.save_section(section, leader, None, fields={"body": "Staff morale is excellent."})
    out = io.StringIO()
    call_command("review", "--sar", str(sar.pk), "--format", "json", stdout=out)
    data = json.loads(out.getvalue())
    assert data["sections"]["leadership"]["unsupported_claims"] == 1
    assert [s["text"] for s in data["sentences"]] == ["Staff morale is excellent."]


@pytest.mark.django_db
def test_review_of_a_missing_sar_says_so():
    with pytest.raises(CommandError, match="There is no SAR with id 999999"):
        call_command("review", "--sar", "999999")


def test_the_adapter_maps_an_import_result_onto_the_canonical_content():
    result = ImportResult(
        vision="A safe centre.",
        leadership="Leaders are visible on the units.",
        tests={
            "safety": {"text": "Self-harm fell from 31 to 20.", "rating": 3},
            "respect": {"text": "", "rating": "Good"},
            "activities": {"text": "", "rating": None},
            "preparation": {"text": "", "rating": None},
        },
        priorities=[
            {
                "what": "Reduce self-harm",
                "how_known": "Incidents rose from 20 to 31.",
                "delivering": "ACDT training for all staff.",
                "success": "Fewer than 20 a quarter.",
                "targets": [{"measure": "Incidents", "target": "20", "owner": "Head of safety"}],
            }
        ],
        key_concerns=[{"reference": "KC1", "concern": "Long detention.", "progress": "Fell."}],
    )
    data = import_result_to_sar_dict(result)
    sections = data["sections"]
    assert sections["vision"]["text"] == "A safe centre."
    assert sections["leadership"]["word_limit"] == 750
    assert [p["test"] for p in sections["tests"]["parts"]] == [
        "safety",
        "respect",
        "activities",
        "preparation",
    ]
    assert sections["tests"]["parts"][0]["rating"] == 3
    assert sections["tests"]["parts"][1]["rating"] == 4
    [priority] = sections["priorities"]["items"]
    assert priority["position"] == 1
    assert priority["targets"][0] == {
        "measure": "Incidents",
        "baseline": "",
        "target": "20",
        "owner": "Head of safety",
        "due_date": None,
    }
    [concern] = sections["key_concerns"]["items"]
    assert (concern["reference"], concern["progress"]) == ("KC1", "Fell.")
    review = review_sar(data)
    assert review.for_place("key_concerns", "KC1", "progress")[0].text == "Fell."
    assert import_result_to_sar_dict(result.as_dict()) == data


def test_the_adapter_shares_out_section_3_text_not_split_by_test():
    data = import_result_to_sar_dict(
        {
            "tests": {
                "unsplit": "Self-harm and violence fell this year.\n\n"
                "Visits from family rose; legal advice surgeries run weekly.",
            }
        }
    )
    parts = data["sections"]["tests"]["parts"]
    texts = "\n\n".join(p["text"] for p in parts)
    assert "Self-harm and violence fell this year." in texts
    assert "legal advice surgeries run weekly." in texts


@pytest.mark.parametrize(
    "arguments",
    [["classify", "--format", "jsonl"], ["review", "WORD", "--format", "json"]],
)
def test_the_offline_commands_run_on_a_machine_with_no_settings(tmp_path, arguments):
    """Anyone can check a draft: no SECRET_KEY, no DEBUG and no database are needed."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DEBUG", "SELFASSESS_TESTING", "DATABASE_URL"}
    }
    env["DATABASE_URL"] = "postgres://nobody@127.0.0.1:1/none"  # unreachable on purpose
    word = str(_word_file(tmp_path))
    result = subprocess.run(  # noqa: S603 - our own command, fixed arguments
        [sys.executable, "-m", "selfassess", *[word if a == "WORD" else a for a in arguments]],
        input=b"We will recruit twelve officers by June.\n",
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert json.loads(out if arguments[0] == "review" else out.splitlines()[0])


def test_classify_keeps_the_order_of_many_lines_shared_between_cores():
    """A long input is labelled in parallel, and the answers still come back line for line."""
    sentences = [
        "We will recruit 12 officers by June.",
        "Self-harm fell from 42 to 30 incidents.",
        "Relationships are excellent.",
        "Mr Ahmed Khan was moved to Cedar unit.",
    ] * 60
    result = subprocess.run(  # noqa: S603 - our own command, fixed arguments
        [sys.executable, "-m", "selfassess", "classify", "--format", "jsonl"],
        input="\n".join(sentences).encode() + b"\n",
        capture_output=True,
        env=_command_env(),
        timeout=120,
        check=True,
    )
    answers = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(answers) == len(sentences)
    assert [a["aspirational"] for a in answers[:4]] == [True, False, False, False]
    assert [a["personal_data"] for a in answers[-4:]] == [False, False, False, True]
    assert answers == [answers[i % 4] for i in range(len(sentences))]
