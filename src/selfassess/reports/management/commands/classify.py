"""`selfassess classify --format jsonl`: label sentences read from standard input."""

import json
import multiprocessing
import os
import sys
from collections.abc import Iterator
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from selfassess.review.classify import classify

# Below this many lines arriving together, labelling them here is quicker than sharing out.
BATCH_FOR_WORKERS = 64


def _label(args: tuple[str, bool]) -> str:
    """Return one line's labels as JSON (in a worker process or here)."""
    text, with_scores = args
    return json.dumps(classify(text).as_dict(with_scores=with_scores), separators=(", ", ": "))


def _batches(fd: int) -> Iterator[list[str]]:
    """Yield the complete lines available on a file descriptor, as soon as they arrive."""
    pending = b""
    first = True
    while chunk := os.read(fd, 1 << 16):
        pending += chunk
        *complete, pending = pending.split(b"\n")
        lines = [line.decode("utf-8", errors="replace") for line in complete]
        if first and lines:
            lines[0] = lines[0].removeprefix("\ufeff")
            first = False
        yield lines
    if pending:
        yield [pending.decode("utf-8", errors="replace").removeprefix("\ufeff" if first else "")]


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
        try:
            fd = stdin.fileno()
        except (AttributeError, OSError, ValueError):
            fd = None
        if fd is None:
            for line in _lines(stdin):
                self._write([_label((text, with_scores)) for text in [line.strip()] if text])
            return
        # Lines already waiting are labelled together, shared between the machine's cores when
        # there are many; a line on its own is answered at once, so this can sit in a pipe.
        classify("warm up")  # load lexicons and train the model before any worker starts
        pool = None
        try:
            for batch in _batches(fd):
                items = [(text, with_scores) for text in (line.strip() for line in batch) if text]
                if len(items) >= BATCH_FOR_WORKERS and (os.cpu_count() or 1) > 1:
                    if pool is None:
                        pool = multiprocessing.get_context("fork").Pool(os.cpu_count())
                    chunk = max(1, len(items) // (4 * (os.cpu_count() or 1)))
                    self._write(pool.map(_label, items, chunksize=chunk))
                else:
                    self._write([_label(item) for item in items])
        finally:
            if pool is not None:
                pool.close()
                pool.join()

    def _write(self, answers: list[str]) -> None:
        for answer in answers:
            self.stdout.write(answer)
        self.stdout.flush()
