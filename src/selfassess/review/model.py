"""A small naive Bayes model trained on our own labelled sentences, beside the lexicons.

The lexicons (lexicon.py) know the domain's words; the model learns how SAR writers phrase
things. It trains at first use from data/training.jsonl (the development sets, rebuilt by
scripts/build-review-training.py; the held-out set is never used), so it is deterministic,
has no weights file to go stale and needs nothing from the internet.
"""

import json
import math
from collections import Counter
from dataclasses import dataclass
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


@dataclass(frozen=True)
class NaiveBayes:
    """Multinomial naive Bayes over words and word pairs, stored feature-first for speed.

    Each known feature holds one gain per label (in `labels` order), so scoring a sentence is
    a column sum over the rows of the features it has.
    """

    labels: tuple[str, ...]
    base: tuple[float, ...]  # log prior of each label
    unseen: tuple[float, ...]  # log-likelihood of a known feature the label never had
    gains: dict[str, tuple[float, ...]]  # feature → each label's gain over `unseen`

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
        for column, label in enumerate(names):
            counter = counts[label]
            denominator = sum(counter.values()) + _SMOOTHING * size
            unseen.append(math.log(_SMOOTHING / denominator))
            for feat, n in counter.items():
                row = gains.setdefault(feat, [0.0] * len(names))
                row[column] = math.log((n + _SMOOTHING) / denominator) - unseen[column]
        base = tuple(math.log(prior[label] / total) for label in names)
        return cls(names, base, tuple(unseen), {feat: tuple(row) for feat, row in gains.items()})

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
    """The three models the classifier consults."""

    test: NaiveBayes
    indicators: NaiveBayes
    expectation: NaiveBayes


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
