"""How far two people agree on the sentence labels: the ceiling for the review's accuracy.

`benchmarks/review_data/agreement.jsonl` holds 320 sentences drawn at random from the blind
development sets (dev9–dev15), labelled a second time by an annotator who saw only the text,
the section and the labelling guidelines. This compares those labels with the first author's,
with the same measures the benchmark uses (the first author's labels as the reference).
"""

import dataclasses
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "review_data"


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from selfassess.review.classify import Labels
    from selfassess.review.evaluate import evaluate, load

    first = {
        record["text"]: record for path in sorted(DATA.glob("dev*.jsonl")) for record in load(path)
    }
    second = {record["text"]: record for record in load(DATA / "agreement.jsonl")}
    records = [first[text] for text in second]

    def second_author(text: str) -> Labels:
        record = second[text]
        fields = [field.name for field in dataclasses.fields(Labels)]
        return Labels(**{key: record[key] for key in fields if key in record})

    scores = evaluate(records, second_author)
    for label, figures in scores["labels"].items():
        print(f"{label}: F1 {figures['f1']:.3f} (support {figures['support']})")
    print(f"expectation: {scores['expectation_top1']:.3f} agree")
    print(f"test: {scores['test_top1']:.3f} agree")
    print(
        f"indicators: the first author's first indicator is among the second author's "
        f"in {scores['indicators_top3']:.3f} of {scores['indicator_sentences']} sentences"
    )


if __name__ == "__main__":
    main()
