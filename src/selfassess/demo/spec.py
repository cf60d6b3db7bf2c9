"""The shapes the demo content is written in: plain data, turned into records by the builder."""

from dataclasses import dataclass, field


def text(*paragraphs: str) -> str:
    """Join paragraphs (and one-line headings) into a section body."""
    return "\n\n".join(paragraphs)


@dataclass(frozen=True)
class Account:
    """A demo account; `centre` and `role` for centre staff, `hmip_role` for HMIP."""

    email: str
    full_name: str
    job_title: str
    centre: str = ""  # the centre's slug
    role: str = ""
    hmip_role: str = ""
    admin: bool = False


@dataclass(frozen=True)
class Evidence:
    """An item in a centre's evidence library. `{year}` in the title is the item's year."""

    key: str
    title: str
    kind: str
    source_group: str
    days_ago: int
    summary: str
    added_by: str = "leader"  # the role of the centre member who added it


@dataclass(frozen=True)
class TestAssessment:
    body: str
    rating: int | None
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Target:
    measure: str
    baseline: str
    target: str
    owner: str
    due_in_days: int


@dataclass(frozen=True)
class Priority:
    what: str
    how_known: str
    delivering: str
    success: str
    targets: tuple[Target, ...] = ()
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Concern:
    reference: str
    kind: str  # priority, key or recommendation
    concern: str
    progress: str
    judgement: str  # good, reasonable, insufficient, none, or "" when not yet judged
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class CentreContent:
    """Everything written for one centre. The builder decides how much of it is saved when."""

    name: str
    slug: str
    operator: str
    nation: str
    capacity: int
    evidence: tuple[Evidence, ...]
    vision: str
    leadership: str
    tests: dict[str, TestAssessment]
    priorities: tuple[Priority, ...]
    key_concerns: tuple[Concern, ...]
    vision_evidence: tuple[str, ...] = ()
    leadership_evidence: tuple[str, ...] = ()
    notes: dict[str, str] = field(default_factory=dict)
