"""A SAR's content loaded in a fixed number of queries, and its canonical forms.

`load` reads everything a page or document needs (five queries plus prefetches,
however many priorities, targets, concerns or citations there are). `as_dict` is the
canonical structure: the JSON of a submitted snapshot, and the input to the content hash
that binds a sign-off to exactly what was signed.
"""

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch

from selfassess.evidence.models import EvidenceItem
from selfassess.reports.models import KeyConcern, Priority, Sar, Section, Target, TestPart
from selfassess.reports.structure import (
    SECTIONS,
    SECTIONS_BY_KEY,
    HealthyTest,
    SectionKey,
)
from selfassess.review.words import count_words

SCHEMA = "selfassess.sar/1"
TEST_ORDER = {value: index for index, value in enumerate(HealthyTest.values)}
_EVIDENCE = Prefetch("evidence", queryset=EvidenceItem.objects.order_by("-date", "title"))


@dataclass
class SarContent:
    sar: Sar
    sections: dict[str, Section]
    tests: list[TestPart]
    priorities: list[Priority]
    key_concerns: list[KeyConcern]
    _words: dict[str, int] = field(default_factory=dict)

    def words(self, key: str) -> int:
        """Return the word count of a section, as its limit counts it."""
        if key not in self._words:
            self._words[key] = count_words(section_text(self, key, with_headings=False))
        return self._words[key]

    def over_limit(self, key: str) -> int:
        """Return how many words a section is over its limit (0 if within or unlimited)."""
        limit = SECTIONS_BY_KEY[key].word_limit
        return max(self.words(key) - limit, 0) if limit else 0

    def cited_evidence(self) -> list[EvidenceItem]:
        """Return every evidence item the SAR cites, once each, newest first."""
        seen: dict[int, EvidenceItem] = {}
        holders: list[Any] = [*self.sections.values(), *self.tests, *self.priorities]
        holders += self.key_concerns
        for holder in holders:
            for item in holder.evidence.all():
                seen.setdefault(item.pk, item)
        return sorted(seen.values(), key=lambda item: (item.date, item.title), reverse=True)


def load(sar: Sar) -> SarContent:
    """Load a SAR's whole content."""
    sections = {s.key: s for s in sar.sections.prefetch_related(_EVIDENCE)}
    tests = sorted(sar.test_parts.prefetch_related(_EVIDENCE), key=lambda p: TEST_ORDER[p.test])
    priorities = list(
        sar.priorities.prefetch_related(
            _EVIDENCE, Prefetch("targets", queryset=Target.objects.order_by("position", "pk"))
        )
    )
    key_concerns = list(sar.key_concerns.prefetch_related(_EVIDENCE))
    return SarContent(sar, sections, tests, priorities, key_concerns)


def section_text(content: SarContent, key: str, with_headings: bool = True) -> str:
    """Return a section's whole text as plain text: what a revision keeps and diffs."""
    if key in (SectionKey.VISION, SectionKey.LEADERSHIP):
        return content.sections[key].body
    if key == SectionKey.TESTS:
        parts = []
        for part in content.tests:
            if with_headings:
                rating = part.get_rating_display() if part.rating else "not rated"
                parts.append(f"{part.get_test_display()} (rating: {rating})\n{part.body}")
            else:
                parts.append(part.body)
        return "\n\n".join(parts)
    if key == SectionKey.PRIORITIES:
        blocks = []
        for priority in content.priorities:
            lines = [f"Priority {priority.position}"] if with_headings else []
            for label, value in (
                ("i. What is the priority?", priority.what),
                ("ii. How do you know that this is a priority?", priority.how_known),
                ("iii. How are you delivering this priority?", priority.delivering),
                ("iv. How will you know you have succeeded?", priority.success),
            ):
                lines += [label, value] if with_headings else [value]
            if with_headings:
                for target in priority.targets.all():
                    lines.append(f"Target: {_target_line(target)}")
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)
    blocks = []
    for concern in content.key_concerns:
        if with_headings:
            head = f"{concern.reference or concern.position} ({concern.get_kind_display()})"
            judgement = concern.get_judgement_display() if concern.judgement else "not judged"
            blocks.append(f"{head}\n{concern.concern}\nProgress ({judgement}): {concern.progress}")
        else:
            blocks.append(f"{concern.concern}\n{concern.progress}")
    return "\n\n".join(blocks)


def _target_line(target: Target) -> str:
    due = target.due_date.isoformat() if target.due_date else "no date"
    baseline = f" from {target.baseline}" if target.baseline else ""
    return f"{target.measure}{baseline} to {target.target}, owner {target.owner}, by {due}"


def _evidence_ids(holder: Any) -> list[int]:
    return sorted(item.pk for item in holder.evidence.all())


def as_dict(content: SarContent) -> dict[str, Any]:
    """Return the SAR's content as plain data: sections, tests, priorities, concerns, evidence."""
    sections: dict[str, Any] = {}
    for spec in SECTIONS:
        section = content.sections[spec.key]
        entry: dict[str, Any] = {
            "number": spec.number,
            "title": spec.title,
            "word_count": content.words(spec.key),
            "word_limit": spec.word_limit,
            "evidence": _evidence_ids(section),
        }
        if spec.key in (SectionKey.VISION, SectionKey.LEADERSHIP):
            entry["text"] = section.body
        sections[spec.key] = entry
    sections[SectionKey.TESTS]["parts"] = [
        {
            "test": part.test,
            "title": part.get_test_display(),
            "text": part.body,
            "rating": part.rating,
            "rating_label": part.get_rating_display() if part.rating else None,
            "evidence": _evidence_ids(part),
        }
        for part in content.tests
    ]
    sections[SectionKey.PRIORITIES]["items"] = [
        {
            "position": p.position,
            "what": p.what,
            "how_known": p.how_known,
            "delivering": p.delivering,
            "success": p.success,
            "targets": [
                {
                    "measure": t.measure,
                    "baseline": t.baseline,
                    "target": t.target,
                    "owner": t.owner,
                    "due_date": t.due_date.isoformat() if t.due_date else None,
                }
                for t in p.targets.all()
            ],
            "evidence": _evidence_ids(p),
        }
        for p in content.priorities
    ]
    sections[SectionKey.KEY_CONCERNS]["items"] = [
        {
            "position": kc.position,
            "reference": kc.reference,
            "kind": kc.kind,
            "concern": kc.concern,
            "progress": kc.progress,
            "judgement": kc.judgement or None,
            "judgement_label": kc.get_judgement_display() if kc.judgement else None,
            "evidence": _evidence_ids(kc),
        }
        for kc in content.key_concerns
    ]
    evidence = [
        {
            "id": item.pk,
            "title": item.title,
            "kind": item.kind,
            "kind_label": item.get_kind_display(),
            "source_group": item.source_group,
            "source_group_label": item.get_source_group_display(),
            "date": item.date.isoformat(),
            "summary": item.summary,
            "file_name": item.file_name or None,
        }
        for item in content.cited_evidence()
    ]
    centre = content.sar.centre
    return {
        "schema": SCHEMA,
        "centre": {
            "name": centre.name,
            "slug": centre.slug,
            "kind": centre.kind,
            "operator": centre.operator,
            "nation": centre.nation,
        },
        "sections": sections,
        "evidence": evidence,
    }


def content_hash(data: dict[str, Any]) -> str:
    """Return the SHA-256 of the canonical JSON of a SAR's content."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
