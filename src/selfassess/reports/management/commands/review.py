"""`selfassess review`: review a SAR in the database, or a Word file with no database."""

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from selfassess.reports.reviewing import CATEGORIES
from selfassess.review.report import GROUPS, TEST_TITLES, Finding, Review, review_sar

SEVERITY = {"blocking": "must fix", "warning": "warning", "advice": "advice"}


class Command(BaseCommand):
    help = (
        "Review a SAR against what makes a good SAR: the draft of SAR --sar ID, or a Word "
        "file (FILE.docx, read with no database). Prints a readable report (--format text) "
        "or the whole review as JSON (--format json)."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", nargs="?", help="A SAR written in Word (.docx)")
        parser.add_argument("--sar", type=int, help="The SAR's id (its draft is reviewed)")
        parser.add_argument("--format", choices=["text", "json"], default="text", dest="fmt")

    def handle(self, *args: Any, **options: Any) -> None:
        if (options["file"] is None) == (options["sar"] is None):
            raise CommandError("Give either a Word file (FILE.docx) or --sar ID, not both.")
        if options["sar"] is not None:
            title, review, notes = _from_database(options["sar"])
        else:
            title, review, notes = _from_word(Path(options["file"]))
        if self.stdout._out is sys.stdout and hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(encoding="utf-8")  # sentences keep their accents and quotes
        if options["fmt"] == "json":
            self.stdout.write(json.dumps(review.as_dict(), indent=2, ensure_ascii=False))
        else:
            self.stdout.write(text_report(title, review, notes), ending="")


def _from_database(pk: int) -> tuple[str, Review, dict[str, str]]:
    from selfassess.reports import content as sar_content
    from selfassess.reports import reviewing
    from selfassess.reports.models import Sar

    sar = Sar.objects.select_related("centre").filter(pk=pk).first()
    if sar is None:
        raise CommandError(
            f"There is no SAR with id {pk}. Check the id in the SAR's address (/sars/ID/)."
        )
    review = reviewing.review_data(sar_content.as_dict(sar_content.load(sar)))
    notes = {
        d.key: f"dismissed by {d.dismissed_by.full_name}: {d.reason}"
        for d in reviewing.dismissals_for(sar).values()
    }
    return f"Review of the SAR for {sar.centre} (draft)", review, notes


def _from_word(path: Path) -> tuple[str, Review, dict[str, str]]:
    # Imported here: the Word importer is only needed (and only loaded) for a file.
    from selfassess.documents.docx_import import DocxImportError, parse_docx
    from selfassess.documents.review_adapter import import_result_to_sar_dict

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CommandError(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise CommandError(f"{path} is a folder: give a Word file (.docx).") from None
    except OSError as error:
        raise CommandError(f"Could not read {path}: {error.strerror}.") from None
    try:
        result = parse_docx(data)
    except DocxImportError as error:
        raise CommandError(f"Could not read {path}: {error}.") from None
    return f"Review of {path.name}", review_sar(import_result_to_sar_dict(result)), {}


def text_report(title: str, review: Review, notes: dict[str, str] | None = None) -> str:
    """Return the review as a readable report."""
    notes = notes or {}
    lines = [title, "=" * len(title), "", "Sections"]
    for summary in review.sections.values():
        words = f"{summary.words:,}" + (f" of {summary.limit:,}" if summary.limit else "")
        lines.append(
            f"  {summary.title}: {words} words, {summary.sentences} sentences; citing evidence "
            f"{summary.share(summary.evidenced):.0%}, plans or intentions "
            f"{summary.share(summary.aspirational):.0%}, claims without evidence "
            f"{summary.unsupported}, possible personal data {summary.personal}"
        )
    counts = {s: sum(f.severity == s for f in review.findings) for s in SEVERITY}
    lines += [
        "",
        f"Findings ({len(review.findings)}: {counts['blocking']} must fix, "
        f"{counts['warning']} warnings, {counts['advice']} advice)",
    ]
    for category, name in CATEGORIES.items():
        findings = [f for f in review.findings if f.category == category]
        if not findings:
            continue
        lines += ["", f"{name} ({len(findings)})"]
        for finding in findings:
            lines += _finding_lines(finding, notes.get(finding.key))
    groups = ", ".join(f"{group} {review.groups.get(group, 0)}" for group in GROUPS)
    tests = ", ".join(
        f"{TEST_TITLES[test]} {'yes' if addressed else 'no'}"
        for test, addressed in review.tests_addressed.items()
    )
    silent = review.silent_indicators
    lines += [
        "",
        f"Evidence cited, by group: {groups}",
        f"Healthy establishment tests addressed: {tests}",
        f"Silent indicators ({len(silent)} of {len(review.coverage)}): "
        + (", ".join(silent) if silent else "none"),
    ]
    return "\n".join(lines) + "\n"


def _finding_lines(finding: Finding, note: str | None) -> list[str]:
    lines = [f"  [{SEVERITY[finding.severity]}] {finding.where}", f"    What: {finding.what}"]
    if finding.sentence:
        lines.append(f"    Sentence: “{finding.sentence}”")
    lines.append(f"    How to fix: {finding.how}")
    if note:
        lines.append(f"    Note: {note}")
    return lines
