"""The test, leadership expectation and indicators a sentence is about.

The curated lexicons (`lexicon.py`) are compiled into one table of stemmed phrases and word
prefixes whose weights add up per label; `_categories` then combines those scores with the
learned model (`model.py`) to choose at most one test, one expectation and its top three
indicators, or none when no label clears the bar.
"""

from functools import lru_cache

from selfassess.review import model
from selfassess.review.lexicon import INDICATOR_CUES, TEST_CUES
from selfassess.review.text import tokens

EXPECTATIONS = {
    "1": "direction",
    "2": "engagement",
    "3": "enabling",
    "4": "continuous_improvement",
}
TESTS = ("safety", "respect", "activities", "preparation")


Table = tuple[dict[str, dict[str, float]], dict[str, dict[str, float]]]


@lru_cache(maxsize=1)
def _compiled() -> tuple[Table, Table]:
    def invert(lexicon: dict[str, dict[str, float]]) -> Table:
        # Phrases match stemmed tokens exactly; a one-word cue of five letters or more also
        # matches words it begins ("activit" meets "activities", "recruit" "recruitment").
        table: dict[str, dict[str, float]] = {}
        prefixes: dict[str, dict[str, float]] = {}
        for label, phrases in lexicon.items():
            for phrase, weight in phrases.items():
                words = tokens(phrase)
                key = " ".join(words)
                slot = table.setdefault(key, {})
                slot[label] = max(slot.get(label, 0.0), weight)
                if len(words) == 1 and len(key) >= 5:
                    slot = prefixes.setdefault(key, {})
                    slot[label] = max(slot.get(label, 0.0), weight)
        return table, prefixes

    return invert(TEST_CUES), invert(INDICATOR_CUES)


# How much the learned model counts beside the lexicons, and the bar a sentence must clear to
# be about a test or a leadership expectation at all. Chosen by leave-one-set-out
# cross-validation over the development sets (27 sets, each by a different author), taking the
# weights with the best lower of expectation top-1 and indicators top-3, near-ties broken by
# their sum. A near-tie is within 0.002 (about 25 of 12,500 sentences): with 27 sets expectation
# moves by less than that across the whole grid (0.7737–0.7808), while indicators move by 0.04.
# (1.0, 0.3) gives expectation 0.7797 and indicators 0.8222; the old (1.25, 0.25), chosen on
# twelve sets, gives 0.7786 and 0.8086.
_MODEL_WEIGHT = 0.3
_EXPECTATION_MODEL_WEIGHT = 0.3
_NONE_BIAS = 1.0
_EXPECTATION_NONE_BIAS = 1.0
_LEXICON_EXPECTATION_WEIGHT = 0.5
PRIORITY_TITLE_WEIGHT = 5.0


_EXPECTATION_OF = {i: EXPECTATIONS[i.split(".")[0]] for i in INDICATOR_CUES}


def _categories(
    words: list[str],
    test_scores: dict[str, float],
    indicator_scores: dict[str, float],
    plan: bool = False,
    feats: list[str] | None = None,
) -> tuple[str | None, list[str], str | None]:
    """Return the test, the ranked indicators and the expectation (None where none clears the bar).

    A priority's heading (`plan`) always shows some leadership expectation: the authors of our
    labelled sets gave one to 376 of the 410 headings they wrote.
    """
    trained = model.models()
    if feats is None:
        feats = model.features_of(words)
    tested, expected, indicated = trained.scores(feats)
    combined = {
        label: test_scores.get(label, 0.0) + _MODEL_WEIGHT * tested.get(label, -1e9)
        for label in TESTS
    }
    combined[model.NONE] = _NONE_BIAS + _MODEL_WEIGHT * tested.get(model.NONE, -1e9)
    test = max(combined, key=lambda label: combined[label])
    by_expectation: dict[str, float] = {}
    for indicator, score in indicator_scores.items():
        name = _EXPECTATION_OF[indicator]
        by_expectation[name] = by_expectation.get(name, 0.0) + score
    votes = {
        name: _LEXICON_EXPECTATION_WEIGHT * by_expectation.get(name, 0.0)
        + _EXPECTATION_MODEL_WEIGHT * expected.get(name, -1e9)
        for name in EXPECTATIONS.values()
    }
    votes[model.NONE] = _EXPECTATION_NONE_BIAS + _EXPECTATION_MODEL_WEIGHT * expected.get(
        model.NONE, -1e9
    )
    if plan:
        del votes[model.NONE]
    expectation = max(votes, key=lambda name: votes[name])
    if expectation == model.NONE:
        return (None if test == model.NONE else test), [], None
    # The chosen expectation's best indicator first, then the rest by combined score.
    combined = {i: _MODEL_WEIGHT * score for i, score in indicated.items()}
    for i, score in indicator_scores.items():
        combined[i] = combined.get(i, _MODEL_WEIGHT * -1e9) + score
    ranked = [i for _, i in sorted((-score, i) for i, score in combined.items())]
    first = next(i for i in ranked if _EXPECTATION_OF[i] == expectation)
    indicators = [first] + [i for i in ranked if i != first][:2]
    return (None if test == model.NONE else test), indicators, expectation


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, dict[str, float]], int, frozenset[str]]:
    # One table for tests and indicators (their labels never collide: "safety" vs "1.1").
    (tests, test_prefixes), (indicators, indicator_prefixes) = _compiled()
    merged: dict[str, dict[str, float]] = {}
    for source in (tests, indicators):
        for key, labels in source.items():
            merged.setdefault(key, {}).update(labels)
    longest = max(len(key.split()) for key in merged)
    starts = frozenset(key.split()[0] for key in merged if " " in key)
    return merged, longest, starts


@lru_cache(maxsize=65536)
def _word_hit(word: str) -> tuple[tuple[str, float], ...]:
    (tests, test_prefixes), (indicators, indicator_prefixes) = _compiled()
    hits: dict[str, float] = {}
    for table, prefixes in ((tests, test_prefixes), (indicators, indicator_prefixes)):
        hit = table.get(word)
        if hit is None:
            for end in range(len(word) - 1, 4, -1):
                hit = prefixes.get(word[:end])
                if hit:
                    break
        if hit:
            hits.update(hit)
    return tuple(hits.items())


def _score_table(words: list[str]) -> dict[str, float]:
    table, longest, starts = _table()
    scores: dict[str, float] = {}
    count = len(words)
    for index, word in enumerate(words):
        for label, weight in _word_hit(word):
            scores[label] = scores.get(label, 0.0) + weight
        if word not in starts:
            continue  # no phrase of two or more words begins here
        for size in range(2, min(longest, count - index) + 1):
            hit = table.get(" ".join(words[index : index + size]))
            if hit:
                for label, weight in hit.items():
                    scores[label] = scores.get(label, 0.0) + weight
    return scores
