"""axe-core in the page: every page a journey reaches is checked against WCAG 2.0–2.2 A and AA."""

from functools import cache
from pathlib import Path

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


@cache
def axe_source() -> str:
    if not AXE.exists():
        raise RuntimeError(f"{AXE} is missing: run `make install` (npm ci installs axe-core)")
    return AXE.read_text()


def axe_violations(page) -> list[dict]:
    """Run axe-core on the page as it is now and return its violations."""
    # page.evaluate runs through the DevTools protocol, which the page's Content Security
    # Policy does not govern, so axe is never served to users nor allowed by the policy.
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source())
    results = page.evaluate(
        """async (tags) => await axe.run(document, {
            runOnly: {type: "tag", values: tags},
            resultTypes: ["violations"],
        })""",
        WCAG_TAGS,
    )
    return results["violations"]


def report(violations: list[dict]) -> str:
    """Return axe's violations as lines a developer can act on."""
    lines = []
    for violation in violations:
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']}")
        lines.append(f"    {violation['helpUrl']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    at {' '.join(node['target'])}: {node['html'][:200]}")
            summary = node.get("failureSummary", "").replace("\n", " ")
            lines.append(f"       {summary[:300]}")
    return "\n".join(lines)
