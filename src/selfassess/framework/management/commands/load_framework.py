"""`selfassess load_framework`: store every framework edition shipped in data/*.yaml."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from selfassess.framework.loading import FrameworkConflict, load_all
from selfassess.framework.schema import SchemaError


class Command(BaseCommand):
    help = (
        "Check every framework data file against its schema and store the editions not yet "
        "stored. Safe to run again: stored editions are left alone, and a changed file under "
        "a stored edition id is refused."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            results = load_all()
        except SchemaError as error:
            raise CommandError(
                "A framework data file is not valid:\n" + "\n".join(error.problems)
            ) from None
        except FrameworkConflict as error:
            raise CommandError(str(error)) from None
        for edition, added in results:
            status = "loaded" if added else "already loaded, unchanged"
            self.stdout.write(f"{edition}: {status}")
