"""`selfassess export`: write a SAR version to a Word, PDF, Markdown or JSON file."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from selfassess.audit.models import Action
from selfassess.audit.services import record
from selfassess.documents import sources
from selfassess.documents.document import FORMATS, filename
from selfassess.documents.exporting import export
from selfassess.reports.models import Sar

BINARY = {"docx", "pdf"}


class Command(BaseCommand):
    help = (
        "Export a SAR as Word (docx), PDF, Markdown (md) or JSON: the current draft, or "
        "submitted version N with --version N."
    )

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        """Let --version mean the SAR's version, not Django's."""
        return super().create_parser(prog_name, subcommand, conflict_handler="resolve", **kwargs)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--sar", type=int, required=True, help="The SAR's id")
        parser.add_argument("--format", choices=sorted(FORMATS), required=True, dest="fmt")
        parser.add_argument(
            "--output",
            required=True,
            help="The file to write: a folder gets a generated name; '-' writes md or json to "
            "standard output",
        )
        parser.add_argument(
            "--version",
            type=int,
            dest="sar_version",
            help="A submitted version number (default: the current draft)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        sar = Sar.objects.select_related("centre").filter(pk=options["sar"]).first()
        if sar is None:
            raise CommandError(
                f"There is no SAR with id {options['sar']}. Check the id in the SAR's address "
                "(/sars/ID/)."
            )
        version = options["sar_version"]
        try:
            doc = sources.for_version(sar, version)
        except sources.VersionNotFound:
            versions = list(sar.submissions.order_by("version").values_list("version", flat=True))
            known = ", ".join(map(str, versions)) if versions else "none yet"
            raise CommandError(
                f"The SAR for {sar.centre} has no submitted version {version} "
                f"(submitted versions: {known}). Leave out --version to export the draft."
            ) from None
        fmt = options["fmt"]
        body = export(doc, fmt)
        output = options["output"]
        if output == "-":
            if fmt in BINARY:
                raise CommandError(f"A {fmt} file is binary: give a file name with --output.")
            self.stdout.write(body.decode("utf-8"), ending="")
            path_text = "standard output"
        else:
            path = Path(output)
            if path.is_dir():
                path = path / filename(doc, fmt)
            try:
                path.write_bytes(body)
            except OSError as error:
                raise CommandError(f"Could not write {path}: {error.strerror}") from None
            path_text = str(path)
        state = "submitted version" if doc.meta.submitted else "draft version"
        record(
            None,
            Action.EXPORT,
            f"Exported {state} {doc.meta.version} of the SAR for {doc.meta.centre} as {fmt} "
            "from the command line",
            centre=sar.centre,
        )
        if output != "-":
            self.stdout.write(
                f"Wrote {state} {doc.meta.version} of the SAR for {doc.meta.centre} to "
                f"{path_text} ({len(body):,} bytes)"
            )
