"""Put a SAR read from Word into a centre's SAR, through the SAR services, all or nothing.

`read_upload` parses the file with the service's own guidance text recognised as template
text; `place_unplaced` applies the user's choice for each piece of unplaced text; and
`apply_import` writes everything in one transaction, so that every change is a revision by
the importing user and a failure leaves the SAR as it was.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest

from selfassess.accounts.models import User
from selfassess.audit import services as audit
from selfassess.audit.models import Action
from selfassess.documents.docx_import import (
    MAX_PRIORITIES,
    MAX_REFERENCE_LENGTH,
    PRIORITY_FIELDS,
    RATINGS,
    TEST_TITLES,
    TESTS,
    ImportResult,
    parse_docx,
)
from selfassess.evidence.uploads import human_size
from selfassess.reports import content as sar_content
from selfassess.reports import services
from selfassess.reports.models import Sar
from selfassess.reports.structure import (
    PRIORITY_QUESTIONS,
    SECTIONS,
    TEST_OUTCOMES,
    ConcernKind,
    Progress,
    SectionKey,
)

DISCARD = "discard"
# Where a piece of unplaced text can go: appended to a section or a test.
DESTINATIONS: dict[str, str] = {
    "vision": "Vision",
    "leadership": "Leadership",
    **{f"test:{test}": f"Healthy establishment tests: {TEST_TITLES[test]}" for test in TESTS},
}


class ImportRefused(Exception):
    """The import cannot be saved as it stands; the message says what to do."""


def max_upload_bytes() -> int:
    """Return the largest Word file accepted: the same limit as evidence uploads."""
    return int(settings.EVIDENCE_MAX_UPLOAD_BYTES)


def size_message() -> str:
    """Return the error for a file over the limit."""
    return f"The selected file must be smaller than {human_size(max_upload_bytes())}"


def guidance_texts() -> list[str]:
    """Return the service's guidance as the exporter writes it, to be recognised and left out."""
    texts = [spec.guidance for spec in SECTIONS]
    texts += [hint for _, hint in PRIORITY_QUESTIONS.values()]
    texts += [str(outcome) for outcome in TEST_OUTCOMES.values()]
    return texts


def read_upload(data: bytes) -> ImportResult:
    """Read a Word SAR, within the upload limit; raise DocxImportError if it cannot be read."""
    return parse_docx(data, max_bytes=max_upload_bytes(), guidance=guidance_texts())


def pending_texts(result: ImportResult) -> list[str]:
    """Return the text the user must place or discard: unsplit tests first, then the rest."""
    texts = [str(result.tests["unsplit"])] if result.tests.get("unsplit") else []
    return texts + list(result.unplaced)


def place_unplaced(result: ImportResult, choices: list[str]) -> tuple[ImportResult, int]:
    """Return the result with each pending text appended where chosen (or discarded).

    `choices` has one destination (a key of DESTINATIONS, or DISCARD) per pending text.
    Also returns how many texts were discarded.
    """
    texts = pending_texts(result)
    if len(choices) != len(texts) or any(c not in DESTINATIONS and c != DISCARD for c in choices):
        raise ImportRefused("Choose where each piece of unplaced text goes, or discard it")
    placed = ImportResult.from_dict(result.as_dict())
    placed.tests = {test: dict(placed.tests[test]) for test in TESTS}
    placed.unplaced = []
    discarded = 0
    for text, choice in zip(texts, choices, strict=True):
        if choice == DISCARD:
            discarded += 1
        elif choice.startswith("test:"):
            part = placed.tests[choice.removeprefix("test:")]
            part["text"] = _append(part["text"], text)
        else:
            setattr(placed, choice, _append(getattr(placed, choice), text))
    return placed, discarded


def _append(existing: str, text: str) -> str:
    return f"{existing}\n\n{text}" if existing.strip() else text


def sar_has_content(sar: Sar) -> bool:
    """Return whether anything has been written in the SAR."""
    content = sar_content.load(sar)
    return any(services.section_has_content(content, spec.key) for spec in SECTIONS)


@dataclass(frozen=True)
class ImportSummary:
    """What an import wrote."""

    sections: int
    tests: int
    priorities: int
    key_concerns: int

    def describe(self) -> str:
        """Return the summary in words, for the audit log."""
        return (
            f"{self.sections} sections of text, {self.tests} tests, "
            f"{self.priorities} priorities and {self.key_concerns} key concerns"
        )


def _concern_fields(item: dict[str, Any]) -> dict[str, Any]:
    reference = str(item.get("reference") or "")
    concern = str(item.get("concern") or "")
    if len(reference) > MAX_REFERENCE_LENGTH:
        concern = _append(reference, concern)
        reference = ""
    judgement = item.get("judgement") or ""
    kind = item.get("kind") or ConcernKind.KEY
    return {
        "reference": reference,
        "kind": kind if kind in ConcernKind.values else ConcernKind.KEY,
        "concern": concern,
        "progress": str(item.get("progress") or ""),
        "judgement": judgement if judgement in Progress.values else "",
    }


def _targets(priority: dict[str, Any]) -> list[dict[str, Any]]:
    targets = []
    for target in priority.get("targets") or []:
        due = target.get("due_date")
        targets.append(
            {
                "measure": str(target.get("measure") or ""),
                "baseline": str(target.get("baseline") or ""),
                "target": str(target.get("target") or ""),
                "owner": str(target.get("owner") or ""),
                "due_date": date.fromisoformat(due) if due else None,
            }
        )
    return targets


@transaction.atomic
def apply_import(
    sar: Sar,
    user: User,
    result: ImportResult,
    *,
    replace: bool = False,
    file_name: str = "",
    request: HttpRequest | None = None,
) -> ImportSummary:
    """Write an import into the SAR as revisions by `user`; all of it, or none of it.

    Refused if text is still unplaced, or if the SAR already has content and `replace`
    was not confirmed. With `replace`, everything in the SAR is replaced by the import.
    """
    # One import at a time per SAR (PostgreSQL; SQLite already serialises writers).
    Sar.objects.select_for_update().filter(pk=sar.pk).first()
    if pending_texts(result):
        raise ImportRefused("Choose where each piece of unplaced text goes, or discard it")
    if len(result.priorities) > MAX_PRIORITIES:
        raise ImportRefused(f"A SAR has at most {MAX_PRIORITIES} priorities")
    if sar_has_content(sar) and not replace:
        raise ImportRefused(
            "The SAR already has content. Confirm that the import should replace it"
        )
    summary_text = f"Imported from Word ({file_name})" if file_name else "Imported from Word"
    sections = {section.key: section for section in sar.sections.all()}
    written = 0
    for key in (SectionKey.VISION, SectionKey.LEADERSHIP):
        section = sections[key]
        body = getattr(result, str(key))
        if body != section.body or section.completed:
            services.save_section(
                section,
                user,
                None,
                fields={"body": body, "completed": False},
                summary=summary_text,
            )
        written += bool(body)
    parts = {
        test: {"body": result.tests[test]["text"], "rating": _rating(result.tests[test])}
        for test in TESTS
    }
    current = {part.test: (part.body, part.rating) for part in sar.test_parts.all()}
    if any((p["body"], p["rating"]) != current.get(t) for t, p in parts.items()) or (
        sections[SectionKey.TESTS].completed
    ):
        services.save_tests(sar, user, None, parts=parts, completed=False)
    for key in (SectionKey.PRIORITIES, SectionKey.KEY_CONCERNS):
        if sections[key].completed:
            services.save_section(
                sections[key], user, None, fields={"completed": False}, summary=summary_text
            )
    for priority in list(sar.priorities.order_by("-position")):
        services.delete_priority(priority, user)
    for number, item in enumerate(result.priorities, start=1):
        priority = services.add_priority(sar, user, {})
        services.save_priority(
            priority,
            user,
            None,
            fields={name: str(item.get(name) or "") for name in PRIORITY_FIELDS},
            targets=_targets(item),
            evidence=[],
            summary=f"Imported priority {number} from Word",
        )
    for concern in list(sar.key_concerns.order_by("-position")):
        services.delete_key_concern(concern, user)
    for item in result.key_concerns:
        services.add_key_concern(sar, user, _concern_fields(item), [])
    summary = ImportSummary(
        sections=written,
        tests=sum(1 for test in TESTS if parts[test]["body"] or parts[test]["rating"]),
        priorities=len(result.priorities),
        key_concerns=len(result.key_concerns),
    )
    name = f"“{file_name}”" if file_name else "a Word document"
    audit.record(
        request,
        Action.UPLOAD,
        f"Imported the SAR from {name}{' (replacing its content)' if replace else ''}: "
        f"{summary.describe()}",
        centre=sar.centre,
        actor=user,
    )
    return summary


def _rating(part: dict[str, Any]) -> int | None:
    rating = part.get("rating")
    return rating if rating in RATINGS else None
