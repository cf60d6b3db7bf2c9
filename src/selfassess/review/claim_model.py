"""A logistic-regression model of unsupported claims, beside the praise patterns in claims.py.

The patterns know the praise SAR writers have used; each new author brings phrasings they do
not know ("our welfare team are angels"). This model, trained on the same labelled sentences,
scores how much a sentence reads like a claim from all its words and word pairs, so it can
catch praise in words no pattern lists. It only ever adds claims the patterns missed, and only
in sentences with no evidence that are not plans (claims.py decides that).

Training takes a few seconds, too long to add to every start-up, so the weights are written to
data/claim_weights.json by scripts/build-review-training.py, together with the SHA-256 of the
training file they came from (a test checks the two still match). Training is deterministic:
a seeded shuffle and weights rounded to four places.
"""

import hashlib
import json
import math
import random
from collections.abc import Iterable
from functools import cache
from importlib import resources

from selfassess.review.model import features

# A sentence is a claim when its score is above this (log-odds; 0 is even odds). Chosen on
# three development sets the patterns had not yet been tuned on, twice (dev30–32, dev33–35),
# with the model trained without them and used only where claims.py lets it: F1 0.863 → 0.876
# and 0.818 → 0.836 against the patterns alone.
THRESHOLD = 0.0
BIAS = "__bias__"
WEIGHTS_FILE = "claim_weights.json"


def train(
    examples: list[tuple[str, bool]], epochs: int = 8, rate: float = 0.1, seed: int = 1
) -> dict[str, float]:
    """Return the weights of a logistic regression of claim (True) on each text's features.

    Plain stochastic gradient descent with a learning rate that decays each epoch and a little
    L2 shrinkage; weights below 0.005 are dropped.
    """
    rows = [(frozenset(features(text)) | {BIAS}, 1.0 if label else 0.0) for text, label in examples]
    order = random.Random(seed)  # noqa: S311 - the order examples are visited in, not a secret
    weights: dict[str, float] = {}
    shrink = 1e-5
    for _ in range(epochs):
        order.shuffle(rows)
        for feats, label in rows:
            total = sum(weights.get(feat, 0.0) for feat in feats)
            error = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total)))) - label
            for feat in feats:
                weight = weights.get(feat, 0.0)
                weights[feat] = weight - rate * (error + shrink * weight)
        rate *= 0.7
    return {
        feat: round(weight, 4) for feat, weight in sorted(weights.items()) if abs(weight) >= 0.005
    }


def training_digest(text: str) -> str:
    """Return the SHA-256 of a training file's text (the weights record which file they fit)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def _weights() -> dict[str, float]:
    data = json.loads(
        resources.files("selfassess.review").joinpath("data", WEIGHTS_FILE).read_text("utf-8")
    )
    weights: dict[str, float] = data["weights"]
    return weights


def score(text_features: Iterable[str]) -> float:
    """Return a sentence's claim score (log-odds) from its features."""
    weights = _weights()
    get = weights.get
    # Each feature once, in the sentence's order (not a set's, which varies with the hash seed),
    # so the sum is the same to the last bit in every process.
    return get(BIAS, 0.0) + sum(get(feat, 0.0) for feat in dict.fromkeys(text_features))
