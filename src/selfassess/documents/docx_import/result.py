"""The result of an import, `ImportResult`, and its serialisation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from selfassess.documents.docx_import.common import TESTS


@dataclass
class ImportResult:
    """What a Word SAR holds, mapped onto the SAR's sections, and what could not be placed."""

    vision: str = ""
    leadership: str = ""
    tests: dict[str, Any] = field(
        default_factory=lambda: {t: {"text": "", "rating": None} for t in TESTS}
    )
    priorities: list[dict[str, Any]] = field(default_factory=list)
    key_concerns: list[dict[str, Any]] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    comments: list[dict[str, str]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # the title block, if any
    evidence: list[dict[str, str]] = field(default_factory=list)  # the evidence appendix

    def as_json(self) -> dict[str, Any]:
        """Return the parsed structure under exactly the issue's top-level keys.

        Comments have no key of their own: each is added to the warnings, so that a
        reader of the JSON still learns of them.
        """
        warnings = list(self.warnings)
        for comment in self.comments:
            on = f" on “{comment['anchor']}”" if comment.get("anchor") else ""
            warnings.append(f"Comment by {comment['author'] or 'unknown'}{on}: {comment['text']}")
        return {
            "vision": self.vision,
            "leadership": self.leadership,
            "tests": self.tests,
            "priorities": self.priorities,
            "key_concerns": self.key_concerns,
            "unplaced": self.unplaced,
            "warnings": warnings,
        }

    def as_dict(self) -> dict[str, Any]:
        """Return everything, comments and title block included (kept between upload steps)."""
        return {
            **self.as_json(),
            "warnings": list(self.warnings),
            "comments": self.comments,
            "meta": self.meta,
            "evidence": self.evidence,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImportResult:
        """Rebuild a result kept by `as_dict`."""
        return cls(
            vision=data.get("vision", ""),
            leadership=data.get("leadership", ""),
            tests=data.get("tests") or cls().tests,
            priorities=list(data.get("priorities", [])),
            key_concerns=list(data.get("key_concerns", [])),
            unplaced=list(data.get("unplaced", [])),
            warnings=list(data.get("warnings", [])),
            comments=list(data.get("comments", [])),
            meta=dict(data.get("meta", {})),
            evidence=list(data.get("evidence", [])),
        )
