"""A small JSON Schema validator: the subset that data/framework.schema.json uses.

Supported keywords: type, const, enum, pattern, minLength, required, properties,
additionalProperties (true or false), items, minItems. Anything else in a schema is an
error, so the schema can never silently ask for a check this validator does not make.
"""

import json
import re
from functools import cache
from importlib import resources
from typing import Any

SUPPORTED = frozenset(
    {
        "$schema",
        "$id",
        "title",
        "description",
        "type",
        "const",
        "enum",
        "pattern",
        "minLength",
        "required",
        "properties",
        "additionalProperties",
        "items",
        "minItems",
    }
)
TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


class SchemaError(ValueError):
    """The data does not match the schema; `problems` lists every mismatch with its path."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def _is_type(value: Any, name: str) -> bool:
    """Return whether a value has a JSON type (a bool is not an integer)."""
    if name in ("integer", "number") and isinstance(value, bool):
        return False
    return isinstance(value, TYPES[name])


def problems(data: Any, schema: dict[str, Any], path: str = "$") -> list[str]:
    """Return every way the data fails the schema (empty when it is valid)."""
    unknown = set(schema) - SUPPORTED
    if unknown:
        raise ValueError(f"Unsupported schema keywords at {path}: {sorted(unknown)}")
    found: list[str] = []
    if "const" in schema and data != schema["const"]:
        return [f"{path}: must be {schema['const']!r}"]
    if "enum" in schema and data not in schema["enum"]:
        return [f"{path}: must be one of {schema['enum']!r}"]
    kind = schema.get("type")
    if kind is not None and not _is_type(data, kind):
        return [f"{path}: must be of type {kind}"]
    if isinstance(data, str):
        if len(data) < schema.get("minLength", 0):
            found.append(f"{path}: must not be empty")
        if "pattern" in schema and not re.search(schema["pattern"], data):
            found.append(f"{path}: {data!r} does not match {schema['pattern']}")
    if isinstance(data, list):
        if len(data) < schema.get("minItems", 0):
            found.append(f"{path}: must have at least {schema['minItems']} items")
        if "items" in schema:
            for index, item in enumerate(data):
                found += problems(item, schema["items"], f"{path}[{index}]")
    if isinstance(data, dict):
        for name in schema.get("required", []):
            if name not in data:
                found.append(f"{path}: {name} is required")
        properties = schema.get("properties", {})
        for name, value in data.items():
            if name in properties:
                found += problems(value, properties[name], f"{path}.{name}")
            elif schema.get("additionalProperties", True) is False:
                found.append(f"{path}: {name} is not allowed")
    return found


def validate(data: Any, schema: dict[str, Any]) -> None:
    """Raise SchemaError listing every mismatch, if the data does not match the schema."""
    found = problems(data, schema)
    if found:
        raise SchemaError(found)


@cache
def framework_schema() -> dict[str, Any]:
    """Return the schema every framework data file must match."""
    path = resources.files("selfassess.framework").joinpath("data", "framework.schema.json")
    schema: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return schema
