"""A small naive Bayes model trained on our own labelled sentences, beside the lexicons.

The lexicons (lexicon.py) know the domain's words; the model learns how SAR writers phrase
things. It trains at first use from data/training.jsonl (the development sets, rebuilt by
scripts/build-review-training.py; the held-out set is never used), so it is deterministic,
has no weights file to go stale and needs nothing from the internet.
"""

import json
import math
import struct
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from selfassess.review.framework import framework_indicators
from selfassess.review.text import tokens

NONE = "__none__"
_STOP = frozenset(
    "the a an and or of in on at by for from to with we our is are was were be been has have "
    "had this that these those it its as all each every more most some into out over than".split()
)
_SMOOTHING = 0.1


def features(text: str) -> list[str]:
    """Return the stemmed words and word pairs of a sentence, without stop words or numbers."""
    return features_of(tokens(text))


def features_of(stems: list[str]) -> list[str]:
    """Return the features of a sentence already cut into stemmed tokens."""
    words = [word for word in stems if word not in _STOP and not word[0].isdigit()]
    feats = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    # Who acts in the sentence: leaders and managers, or no one in charge at all.
    feats.append("__actor__" if _ACTORS.intersection(stems) else "__no_actor__")
    return feats


_ACTORS = frozenset(
    tokens(
        "leaders leader managers manager smt we our senior head heads deputy director directors "
        "supervisors supervisor dcm dcms leadership management team"
    )
)


# Scores are also kept as whole numbers in fixed point, each label in its own 64-bit field of
# one Python integer, so adding up a sentence's features is one integer sum per feature (twice as
# fast as summing columns). Gains are positive and at most about 11, and a sentence has at most a
# few thousand features, so no field overflows; rounding moves a score by under 1e-8.
_SCALE = 2.0**32
_FIELD = 64


@dataclass(frozen=True)
class NaiveBayes:
    """Multinomial naive Bayes over words and word pairs, stored feature-first for speed.

    Each known feature holds one gain per label (in `labels` order), so scoring a sentence is
    a column sum over the rows of the features it has. `packed` holds the same rows in fixed
    point, one field per label followed by a field holding 1 (the feature is known).
    """

    labels: tuple[str, ...]
    base: tuple[float, ...]  # log prior of each label
    unseen: tuple[float, ...]  # log-likelihood of a known feature the label never had
    gains: dict[str, tuple[float, ...]]  # feature → each label's gain over `unseen`
    packed: dict[str, int] = field(repr=False, compare=False)

    @classmethod
    def train(cls, examples: list[tuple[list[str], list[str]]]) -> "NaiveBayes":
        """Return a model trained on (features, labels) pairs."""
        counts: dict[str, Counter[str]] = {}
        prior: Counter[str] = Counter()
        for feats, labels in examples:
            for label in labels:
                prior[label] += 1
                counts.setdefault(label, Counter()).update(feats)
        size = len({feat for counter in counts.values() for feat in counter})
        total = sum(prior.values())
        names = tuple(prior)
        unseen: list[float] = []
        gains: dict[str, list[float]] = {}
        known = round(_SCALE) << (_FIELD * len(names))
        packed: dict[str, int] = {}
        for column, label in enumerate(names):
            counter = counts[label]
            denominator = sum(counter.values()) + _SMOOTHING * size
            unseen.append(math.log(_SMOOTHING / denominator))
            shift = _FIELD * column
            for feat, n in counter.items():
                row = gains.setdefault(feat, [0.0] * len(names))
                gain = math.log((n + _SMOOTHING) / denominator) - unseen[column]
                row[column] = gain
                packed[feat] = packed.get(feat, known) + (round(gain * _SCALE) << shift)
        base = tuple(math.log(prior[label] / total) for label in names)
        rows = {feat: tuple(row) for feat, row in gains.items()}
        return cls(names, base, tuple(unseen), rows, packed)

    def scores(self, feats: list[str]) -> dict[str, float]:
        """Return each label's log-probability, up to a constant shared by all labels."""
        get = self.gains.get
        rows = [row for row in map(get, feats) if row is not None]
        if not rows:
            return dict(zip(self.labels, self.base, strict=True))
        count = len(rows)
        totals = [
            base + count * unseen + sum(column)
            for base, unseen, column in zip(
                self.base, self.unseen, zip(*rows, strict=True), strict=True
            )
        ]
        return dict(zip(self.labels, totals, strict=True))


@dataclass(frozen=True)
class Models:
    """The three models the classifier consults, scored together in one pass.

    `joint` holds, for every feature any model knows, the three models' packed rows side by
    side (a model that does not know the feature adds zeros, its known-field included), so one
    sum gives every label's total and each model's count of known features.
    """

    test: NaiveBayes
    indicators: NaiveBayes
    expectation: NaiveBayes
    joint: dict[str, int] = field(init=False, repr=False, compare=False)
    layout: struct.Struct = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts = (self.test, self.expectation, self.indicators)
        widths = [len(part.labels) + 1 for part in parts]
        layout = struct.Struct(f"<{sum(widths)}Q")
        test, expectation, indicators = (part.packed for part in parts)
        second = _FIELD * widths[0]
        third = _FIELD * (widths[0] + widths[1])
        joint = {
            feat: test.get(feat, 0)
            + (expectation.get(feat, 0) << second)
            + (indicators.get(feat, 0) << third)
            for feat in test.keys() | expectation.keys() | indicators.keys()
        }
        object.__setattr__(self, "joint", joint)
        object.__setattr__(self, "layout", layout)

    def scores(
        self, feats: list[str]
    ) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
        """Return each model's label scores: test, expectation, indicators."""
        get = self.joint.get
        total = sum(get(feat, 0) for feat in feats)
        sums = [
            value / _SCALE
            for value in self.layout.unpack(total.to_bytes(self.layout.size, "little"))
        ]
        results = []
        start = 0
        for part in (self.test, self.expectation, self.indicators):
            size = len(part.labels)
            count = sums[start + size]
            totals = [
                base + count * unseen + gain
                for base, unseen, gain in zip(
                    part.base, part.unseen, sums[start : start + size], strict=True
                )
            ]
            results.append(dict(zip(part.labels, totals, strict=True)))
            start += size + 1
        return results[0], results[1], results[2]


@cache
def models() -> Models:
    """Return the models, trained once per process."""
    text = (
        resources.files("selfassess.review").joinpath("data", "training.jsonl").read_text("utf-8")
    )
    records = [json.loads(line) for line in text.splitlines() if line.strip()]
    tests, indicators, expectations = [], [], []
    for record in records:
        feats = features(record["text"])
        tests.append((feats, [record["test"] or NONE]))
        if record["indicators"]:
            indicators.append((feats, record["indicators"][:2]))
        expectations.append((feats, [record["expectation"] or NONE]))
    # Each indicator's own wording is one more example of it.
    names = {"1": "direction", "2": "engagement", "3": "enabling", "4": "continuous_improvement"}
    for indicator, text in framework_indicators().items():
        feats = features(text)
        indicators.append((feats, [indicator]))
        expectations.append((feats, [names[indicator.split(".")[0]]]))
    return Models(
        NaiveBayes.train(tests), NaiveBayes.train(indicators), NaiveBayes.train(expectations)
    )
