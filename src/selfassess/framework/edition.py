"""Load an edition of the framework from its data file (data/*.yaml), once per process.

The file is the single source of the expectations' and indicators' wording; code never
repeats it. `current()` returns the edition in force.
"""

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

CURRENT = "irc-leadership-1"


@dataclass(frozen=True, slots=True)
class Indicator:
    """One indicator of a Leadership expectation ("1.1")."""

    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Expectation:
    """One of the four Leadership expectations, with its indicators."""

    id: str
    number: int
    title: str
    text: str
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True, slots=True)
class Test:
    """A healthy establishment test and its outcome in one line."""

    id: str
    title: str
    outcome: str


@dataclass(frozen=True, slots=True)
class ScalePoint:
    """A point on a rating or progress scale."""

    id: str
    label: str
    value: int | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    """A human-rights standard the expectations cite, with the paragraphs cited."""

    code: str
    name: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Edition:
    """An edition of the framework, as its data file states it."""

    edition: str
    title: str
    statement: str
    expectations: tuple[Expectation, ...]
    tests: tuple[Test, ...]
    rating_scale: tuple[ScalePoint, ...]
    progress_scale: tuple[ScalePoint, ...]
    area: str = ""
    indicator_preamble: str = ""
    human_rights_summary: str = ""
    references: tuple[Reference, ...] = ()

    @property
    def indicators(self) -> dict[str, Indicator]:
        """Return every indicator by id, in the framework's order."""
        return {i.id: i for e in self.expectations for i in e.indicators}

    def expectation_of(self, indicator_id: str) -> Expectation:
        """Return the expectation an indicator belongs to."""
        for expectation in self.expectations:
            if any(i.id == indicator_id for i in expectation.indicators):
                return expectation
        raise KeyError(indicator_id)

    def expectation(self, expectation_id: str) -> Expectation:
        """Return an expectation by id."""
        for expectation in self.expectations:
            if expectation.id == expectation_id:
                return expectation
        raise KeyError(expectation_id)


def parse(data: dict[str, Any]) -> Edition:
    """Build an edition from the parsed YAML of its data file."""
    return Edition(
        edition=str(data["edition"]),
        title=str(data["title"]),
        statement=str(data.get("statement", "")),
        expectations=tuple(
            Expectation(
                id=str(e["id"]),
                number=int(e["number"]),
                title=str(e["title"]),
                text=str(e["text"]),
                indicators=tuple(
                    Indicator(id=str(i["id"]), text=str(i["text"])) for i in e["indicators"]
                ),
            )
            for e in data["expectations"]
        ),
        tests=tuple(
            Test(id=str(t["id"]), title=str(t["title"]), outcome=str(t["outcome"]))
            for t in data["healthy_establishment_tests"]
        ),
        rating_scale=tuple(
            ScalePoint(id=str(p["id"]), label=str(p["label"]), value=int(p["value"]))
            for p in data["rating_scale"]
        ),
        progress_scale=tuple(
            ScalePoint(id=str(p["id"]), label=str(p["label"])) for p in data["progress_scale"]
        ),
        area=str(data.get("area", "")),
        indicator_preamble=str(data.get("indicator_preamble", "")),
        human_rights_summary=str(data.get("human_rights", {}).get("summary", "")),
        references=tuple(
            Reference(
                code=str(r["code"]),
                name=str(r["name"]),
                paragraphs=tuple(str(p) for p in r["paragraphs"]),
            )
            for r in data.get("human_rights", {}).get("references", [])
        ),
    )


@cache
def load(edition: str = CURRENT) -> Edition:
    """Read and parse one edition's data file."""
    path = resources.files("selfassess.framework").joinpath("data", f"{edition}.yaml")
    return parse(yaml.safe_load(path.read_text("utf-8")))


def current_id() -> str:
    """Return the id of the edition in force: what new inspections and submissions record."""
    return CURRENT


def current() -> Edition:
    """Return the edition of the framework in force."""
    return load(CURRENT)
