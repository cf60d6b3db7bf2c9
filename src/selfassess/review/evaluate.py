"""Measure the sentence labels against a labelled set (benchmarks/review_data/*.jsonl)."""

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from selfassess.review.classify import Labels, classify

BOOLEAN_LABELS = ("aspirational", "evidenced", "unsupported_claim", "personal_data")


def load(path: Path) -> list[dict[str, Any]]:
    """Return the labelled records of a JSON-lines file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate(
    records: Iterable[dict[str, Any]], labeller: Callable[[str], Labels] = classify
) -> dict[str, Any]:
    """Return precision, recall and F1 per label and the accuracies for the categories."""
    counts = {label: {"tp": 0, "fp": 0, "fn": 0} for label in BOOLEAN_LABELS}
    top1 = {"expectation": [0, 0], "test": [0, 0]}
    top3 = [0, 0]
    errors: list[dict[str, Any]] = []
    total = 0
    for record in records:
        total += 1
        got = labeller(record["text"])
        wrong = []
        for label in BOOLEAN_LABELS:
            expected, actual = bool(record[label]), bool(getattr(got, label))
            if expected and actual:
                counts[label]["tp"] += 1
            elif actual:
                counts[label]["fp"] += 1
                wrong.append(f"+{label}")
            elif expected:
                counts[label]["fn"] += 1
                wrong.append(f"-{label}")
        for label in ("expectation", "test"):
            top1[label][1] += 1
            if record[label] == getattr(got, label):
                top1[label][0] += 1
            else:
                wrong.append(f"{label}:{record[label]}→{getattr(got, label)}")
        # Top-3 over sentences that are evidence for some indicator.
        if record["indicators"]:
            top3[1] += 1
            if record["indicators"][0] in got.indicators[:3]:
                top3[0] += 1
            else:
                wrong.append(f"indicators:{record['indicators']}→{got.indicators}")
        if wrong:
            errors.append({"text": record["text"], "wrong": wrong})
    scores: dict[str, Any] = {"sentences": total, "labels": {}}
    for label, c in counts.items():
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores["labels"][label] = {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "support": c["tp"] + c["fn"],
        }
    for label, (right, seen) in top1.items():
        scores[f"{label}_top1"] = round(right / seen, 3) if seen else 1.0
    scores["indicators_top3"] = round(top3[0] / top3[1], 3) if top3[1] else 1.0
    scores["indicator_sentences"] = top3[1]
    scores["errors"] = errors
    return scores
