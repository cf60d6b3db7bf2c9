"""`selfassess import`: read a SAR written in Word, and put it into a centre's SAR."""

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from selfassess.documents import importing
from selfassess.documents.docx_import import (
    JUDGEMENTS,
    PRIORITY_FIELDS,
    RATINGS,
    TEST_TITLES,
    TESTS,
    DocxImportError,
    ImportResult,
)


class Command(BaseCommand):
    help = (
        "Read a SAR written in Word (.docx) and import it into a centre's SAR. With "
        "--dry-run, only show what was found (no database needed)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="The Word document (.docx) to read")
        parser.add_argument("--centre", help="The centre's slug (required unless --dry-run)")
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what was found; save nothing"
        )
        parser.add_argument(
            "--format", choices=["text", "json"], default="text", dest="fmt", help="Output"
        )
        parser.add_argument(
            "--user",
            help="The e-mail address of the manager or leader importing (default: the "
            "centre manager); each change is a revision by them",
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Replace the SAR's content if it already has some",
        )
        parser.add_argument(
            "--discard-unplaced",
            action="store_true",
            help="Save even though some text could not be placed; that text is left out "
            "(use the upload page to choose where it goes instead)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["dry_run"] and not options["centre"]:
            raise CommandError(
                "Give the centre to import into with --centre SLUG, or use --dry-run"
            )
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror or error}") from None
        try:
            result = importing.read_upload(data)
        except DocxImportError as error:
            raise CommandError(str(error)) from None
        if options["fmt"] == "json":
            self.stdout.write(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
        else:
            self.stdout.write(describe(result))
        if options["dry_run"]:
            return
        self._save(result, path.name, options)

    def _save(self, result: ImportResult, file_name: str, options: dict[str, Any]) -> None:
        from selfassess.accounts.models import Membership, Role
        from selfassess.centres.models import Centre
        from selfassess.reports.services import get_or_create_sar

        centre = Centre.objects.filter(slug=options["centre"]).first()
        if centre is None:
            raise CommandError(f"There is no centre with the slug “{options['centre']}”")
        members = Membership.objects.filter(
            centre=centre, role__in=[Role.MANAGER, Role.LEADER]
        ).select_related("user")
        if options["user"]:
            member = members.filter(user__email__iexact=options["user"]).first()
            if member is None:
                raise CommandError(
                    f"{options['user']} is not the centre manager or a leader at {centre}"
                )
        else:
            member = members.filter(role=Role.MANAGER).order_by("pk").first()
            if member is None:
                raise CommandError(f"{centre} has no centre manager: give --user EMAIL")
        pending = importing.pending_texts(result)
        if pending and not options["discard_unplaced"]:
            raise CommandError(
                f"{_count(len(pending), 'piece')} of text could not be placed. Use the upload "
                "page (“Start from your existing Word SAR”) to choose where it goes, or pass "
                "--discard-unplaced to import without it."
            )
        if pending:
            result, _ = importing.place_unplaced(result, [importing.DISCARD] * len(pending))
        sar = get_or_create_sar(centre)
        try:
            summary = importing.apply_import(
                sar, member.user, result, replace=options["replace"], file_name=file_name
            )
        except importing.ImportRefused as refused:
            hint = " (pass --replace)" if importing.sar_has_content(sar) else ""
            raise CommandError(f"{refused}{hint}") from None
        self.stderr.write(f"Imported into the SAR for {centre}: {summary.describe()}.")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def describe(result: ImportResult) -> str:
    """Return what was found, as text a person reads in a terminal."""
    lines: list[str] = []

    def block(title: str, text: str) -> None:
        lines.append(f"== {title} ==")
        lines.append(text.strip() or "(nothing found)")
        lines.append("")

    block("1. Vision", result.vision)
    block("2. Leadership", result.leadership)
    for test in TESTS:
        part = result.tests[test]
        rating = RATINGS.get(part["rating"] or 0, "not rated")
        block(f"3. {TEST_TITLES[test]} (self-rating: {rating})", part["text"])
    if result.tests.get("unsplit"):
        block("3. Healthy establishment tests, not split by test", result.tests["unsplit"])
    for number, priority in enumerate(result.priorities, start=1):
        text = "\n\n".join(f"[{name}]\n{priority[name]}" for name in PRIORITY_FIELDS)
        for target in priority.get("targets", []):
            text += "\n\nTarget: " + " | ".join(
                str(target.get(k) or "") for k in ("measure", "baseline", "target", "owner")
            )
        block(f"4. Priority {number}", text)
    for concern in result.key_concerns:
        judgement = JUDGEMENTS.get(concern.get("judgement") or "", "not judged")
        block(
            f"5. Key concern {concern['reference'] or '(no reference)'} ({judgement})",
            f"{concern['concern']}\n\nProgress: {concern['progress']}",
        )
    for number, text in enumerate(result.unplaced, start=1):
        block(f"Unplaced text {number}", text)
    for comment in result.comments:
        block(f"Comment by {comment['author'] or 'unknown'}", comment["text"])
    for warning in result.warnings:
        lines.append(f"Warning: {warning}")
    return "\n".join(lines)
