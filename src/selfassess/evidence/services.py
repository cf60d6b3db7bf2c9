"""Where evidence is cited, and removing evidence files without losing anything."""

from dataclasses import dataclass

from django.core.files.storage import default_storage
from django.db import transaction
from django.urls import reverse

from selfassess.evidence.models import EvidenceItem
from selfassess.reports.structure import SectionKey


@dataclass(frozen=True)
class Citation:
    """One place in a SAR that cites an evidence item."""

    text: str
    href: str


def _shorten(text: str, length: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def where_cited(item: EvidenceItem) -> list[Citation]:
    """Return every section, test, priority and key concern citing the item (four queries)."""
    citations: list[Citation] = []
    for section in item.cited_in_sections.order_by("sar_id", "pk"):
        citations.append(
            Citation(
                text=f"Section: {section.get_key_display()}",
                href=reverse("reports:section", args=[section.sar_id, section.key]),
            )
        )
    for part in item.cited_in_tests.order_by("sar_id", "pk"):
        citations.append(
            Citation(
                text=f"Healthy establishment test: {part.get_test_display()}",
                href=reverse("reports:section", args=[part.sar_id, SectionKey.TESTS]),
            )
        )
    for priority in item.cited_in_priorities.order_by("sar_id", "position"):
        label = f"Priority {priority.position}"
        if priority.what.strip():
            label += f": {_shorten(priority.what)}"
        citations.append(
            Citation(
                text=label,
                href=reverse("reports:priority", args=[priority.sar_id, priority.pk]),
            )
        )
    for concern in item.cited_in_key_concerns.order_by("sar_id", "position"):
        label = f"{concern.get_kind_display()} {concern.reference or concern.position}"
        if concern.concern.strip():
            label += f": {_shorten(concern.concern)}"
        citations.append(
            Citation(
                text=label,
                href=reverse("reports:key_concern", args=[concern.sar_id, concern.pk]),
            )
        )
    return citations


def remove_stored_file(name: str) -> None:
    """Delete a stored file once the transaction that stopped using it has committed."""
    if not name:
        return
    transaction.on_commit(lambda: default_storage.delete(name))
