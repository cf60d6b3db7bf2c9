"""Rebuild the review model's training data from the development sets.

    python scripts/build-review-training.py

Writes src/selfassess/review/data/training.jsonl: every sentence of
benchmarks/review_data/dev*.jsonl, less any sentence whose text is also in a held-out set
(two authors sometimes write the same short sentence), so the held-out figures stay honest.
Then trains the claim model on that file and writes src/selfassess/review/data/claim_weights.json
(a few seconds).
"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "review_data"
TARGET = ROOT / "src" / "selfassess" / "review" / "data" / "training.jsonl"
WEIGHTS = TARGET.with_name("claim_weights.json")


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
    text = "\n".join(lines) + "\n"
    TARGET.write_text(text, encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(lines)} sentences")
    write_claim_weights(text)


def write_claim_weights(text: str) -> None:
    """Train the claim model on the training file's text and write its weights."""
    from selfassess.review import claim_model

    records = [json.loads(line) for line in text.splitlines() if line.strip()]
    weights = claim_model.train([(r["text"], bool(r["unsupported_claim"])) for r in records])
    data = {"training_sha256": claim_model.training_digest(text), "weights": weights}
    WEIGHTS.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{WEIGHTS.relative_to(ROOT)}: {len(weights)} weights")


if __name__ == "__main__":
    main()
