"""Rebuild the review model's training data from the development sets.

    python scripts/build-review-training.py

Writes src/selfassess/review/data/training.jsonl: every sentence of
benchmarks/review_data/dev*.jsonl, less any sentence whose text is also in a held-out set
(two authors sometimes write the same short sentence), so the held-out figures stay honest.
"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "review_data"
TARGET = ROOT / "src" / "selfassess" / "review" / "data" / "training.jsonl"


def main() -> None:
    """Write the training file and say how many sentences it holds."""
    held_out = set()
    for path in DATA.glob("heldout*.jsonl"):
        with path.open(encoding="utf-8") as handle:
            held_out |= {json.loads(line)["text"] for line in handle if line.strip()}
    lines = []
    for path in sorted(DATA.glob("dev*.jsonl"), key=lambda p: (len(p.name), p.name)):
        with path.open(encoding="utf-8") as handle:
            lines += [
                line.rstrip("\n")
                for line in handle
                if line.strip() and json.loads(line)["text"] not in held_out
            ]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(lines)} sentences")


if __name__ == "__main__":
    main()
