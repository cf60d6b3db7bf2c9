"""Read, check and store the framework's data files (data/*.yaml) as FrameworkEdition rows.

Loading is idempotent: an edition already stored with the same checksum is left alone. A
changed file under an edition id that is already stored is refused, because inspections
and submissions recorded against that edition must keep meaning what they meant: a new
wording is a new edition, in a new file with a new `edition`.
"""

import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml
from django.db import models
from django.utils import timezone

from selfassess.framework.schema import SchemaError, framework_schema, validate

SCHEMA_FILE = "framework.schema.json"


class FrameworkConflict(Exception):
    """An edition already stored differs from its data file."""


@dataclass(frozen=True, slots=True)
class DataFile:
    """One framework data file, parsed and checked."""

    name: str
    data: dict[str, Any]
    checksum: str

    @property
    def edition(self) -> str:
        """Return the edition's id."""
        return str(self.data["edition"])


def checksum(data: dict[str, Any]) -> str:
    """Return the SHA-256 of the data's canonical JSON (comments and layout do not count)."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def check(data: Any) -> None:
    """Raise SchemaError unless the data matches the schema and numbers its indicators E.N."""
    validate(data, framework_schema())
    found = []
    for position, expectation in enumerate(data["expectations"], start=1):
        if expectation["number"] != position:
            found.append(f"expectation {expectation['id']} must be number {position}")
        for index, indicator in enumerate(expectation["indicators"], start=1):
            expected = f"{expectation['number']}.{index}"
            if indicator["id"] != expected:
                found.append(f"indicator {indicator['id']} must be numbered {expected}")
    for key in ("expectations", "healthy_establishment_tests", "rating_scale", "progress_scale"):
        ids = [item["id"] for item in data[key]]
        if len(ids) != len(set(ids)):
            found.append(f"{key} repeats an id")
    if found:
        raise SchemaError(found)


def read(text: str, name: str = "<data>") -> DataFile:
    """Parse and check one data file's text."""
    data = yaml.safe_load(text)
    check(data)
    return DataFile(name=name, data=data, checksum=checksum(data))


def data_files() -> list[DataFile]:
    """Return every framework data file shipped with the package, parsed and checked."""
    folder = resources.files("selfassess.framework").joinpath("data")
    files: list[Traversable] = sorted(
        (item for item in folder.iterdir() if item.name.endswith((".yaml", ".yml"))),
        key=lambda item: item.name,
    )
    return [read(item.read_text("utf-8"), item.name) for item in files]


def store(model: type[models.Model], file: DataFile) -> bool:
    """Store one edition unless it is already stored; return whether it was added."""
    existing = model._default_manager.filter(edition=file.edition).first()
    if existing is not None:
        if existing.checksum != file.checksum:  # type: ignore[attr-defined]
            raise FrameworkConflict(
                f"Edition {file.edition} is already loaded with different content. A changed "
                "framework is a new edition: give the file a new `edition` id."
            )
        return False
    model._default_manager.create(
        edition=file.edition,
        title=str(file.data["title"]),
        checksum=file.checksum,
        loaded_at=timezone.now(),
        data=file.data,
    )
    return True


def load_all(model: type[models.Model] | None = None) -> list[tuple[str, bool]]:
    """Store every shipped edition not yet stored; return (edition, added) for each file."""
    if model is None:
        from selfassess.framework.models import FrameworkEdition

        model = FrameworkEdition
    return [(file.edition, store(model, file)) for file in data_files()]
