"""`selfassess classify --format jsonl`: label sentences read from standard input."""

import json
import sys
from collections.abc import Iterator
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from selfassess.review.classify import classify


def _lines(stream: Any) -> Iterator[str]:
    """Yield the stream's lines as they arrive, decoded as UTF-8 whatever the locale."""
    raw = getattr(stream, "buffer", stream)
    first = True
    while line := raw.readline():
        text = line.decode("utf-8", errors="replace") if isinstance(line, bytes) else line
        if first:
            text = text.removeprefix("\ufeff")  # a byte-order mark some editors write
            first = False
        yield text


class Command(BaseCommand):
    help = (
        "Read one sentence or paragraph per line on standard input (blank lines are skipped) "
        "and write one JSON object per line with its labels: aspirational, evidenced, "
        "unsupported_claim, personal_data, expectation, indicators, test. Uses no database."
    )
    # Labelling needs no database and no checks: start fast, so it can sit in a pipe.
    requires_system_checks: list[str] = []
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--format", choices=["jsonl"], default="jsonl", dest="fmt", help="jsonl (the default)"
        )
        parser.add_argument(
            "--scores", action="store_true", help="Add the scores behind each label ('scores')"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        stdin = options.get("stdin") or sys.stdin
        with_scores = bool(options["scores"])
        for line in _lines(stdin):
            text = line.strip()
            if not text:
                continue
            labels = classify(text).as_dict(with_scores=with_scores)
            self.stdout.write(json.dumps(labels, separators=(", ", ": ")))
            self.stdout.flush()
