"""The framework's indicator texts, read from the framework's data file (no Django)."""

from functools import cache
from importlib import resources

import yaml

EDITION_FILE = "irc-leadership-1.yaml"


@cache
def framework_indicators() -> dict[str, str]:
    """Return each leadership indicator's text by id ("2.1" → "Leaders at every level …")."""
    text = resources.files("selfassess.framework").joinpath("data", EDITION_FILE).read_text("utf-8")
    data = yaml.safe_load(text)
    return {
        indicator["id"]: indicator["text"]
        for expectation in data["expectations"]
        for indicator in expectation["indicators"]
    }
