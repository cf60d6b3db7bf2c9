"""Review a whole SAR: every sentence labelled, and findings section by section.

The input is the SAR's canonical content (`reports.content.as_dict`, the JSON a submitted
snapshot keeps, or what the Word importer produced), so the same review runs on a draft, a
submitted version or a Word file. Each finding says what is wrong, where, why it matters
(the inspectorate's lesson it comes from) and how to fix it.
"""

import dataclasses
import re
import threading
from collections import OrderedDict
from typing import Any

from selfassess.review import checks, helper
from selfassess.review.classify import TESTS, Labels
from selfassess.review.results import (
    GROUPS,
    INDICATORS,
    LIMITS,
    QUESTIONS,
    SECTION_TITLES,
    TEST_TITLES,
    Finding,
    Place,
    Review,
    ReviewedSentence,
    SectionSummary,
)
from selfassess.review.succinct import succinct
from selfassess.review.text import split_sentences
from selfassess.review.words import count_words

# What callers import from here: the review and the shapes it returns.
__all__ = [
    "GROUPS",
    "INDICATORS",
    "TEST_TITLES",
    "Finding",
    "Review",
    "ReviewedSentence",
    "review_sar",
]


def review_sar(data: dict[str, Any]) -> Review:
    """Review a SAR's canonical content and return every label and finding."""
    sections_data = data.get("sections", {})
    evidence = {item["id"]: item for item in data.get("evidence", []) if "id" in item}
    sentences: list[ReviewedSentence] = []
    findings: list[Finding] = []
    summaries: dict[str, SectionSummary] = {}

    def read(place: Place, text: str | None) -> list[ReviewedSentence]:
        # Cut into sentences now; every sentence is labelled at once below, so that those not
        # read before can be shared with the helper process.
        found = [
            ReviewedSentence(place, number, sentence, _UNREAD)
            for number, sentence in enumerate(split_sentences(text or ""), start=1)
        ]
        sentences.extend(found)
        return found

    vision = sections_data.get("vision", {})
    leadership = sections_data.get("leadership", {})
    tests = sections_data.get("tests", {})
    priorities = sections_data.get("priorities", {})
    concerns = sections_data.get("key_concerns", {})

    read(Place("vision"), vision.get("text"))
    leadership_sentences = read(Place("leadership"), leadership.get("text"))
    parts = {part["test"]: part for part in tests.get("parts", [])}
    test_sentences = {
        test: read(Place("tests", test), parts.get(test, {}).get("text")) for test in TESTS
    }
    priority_items = priorities.get("items", [])
    priority_sentences: dict[str, dict[str, list[ReviewedSentence]]] = {}
    for item in priority_items:
        position = str(item.get("position", ""))
        priority_sentences[position] = {
            question: read(Place("priorities", position, question), item.get(question))
            for question in QUESTIONS
        }
    concern_items = concerns.get("items", [])
    concern_sentences: dict[str, dict[str, list[ReviewedSentence]]] = {}
    for item in concern_items:
        position = checks.concern_id(item)
        concern_sentences[position] = {
            name: read(Place("key_concerns", position, name), item.get(name))
            for name in ("concern", "progress")
        }

    own_names = _own_names(data)
    labelled = _labelled([item.text for item in sentences])
    for item in sentences:
        item.labels = _without_own_names(item.text, labelled[item.text], own_names)

    texts = {
        "vision": vision.get("text") or "",
        "leadership": leadership.get("text") or "",
        "tests": "\n\n".join((parts.get(t, {}).get("text") or "") for t in TESTS),
        "priorities": "\n\n".join(
            (item.get(q) or "") for item in priority_items for q in QUESTIONS
        ),
        "key_concerns": "\n\n".join(
            f"{item.get('concern') or ''}\n{item.get('progress') or ''}" for item in concern_items
        ),
    }
    for key, title in SECTION_TITLES.items():
        summary = SectionSummary(key, title, count_words(texts[key]), LIMITS.get(key))
        for item in sentences:
            if item.place.section != key:
                continue
            # The concern's wording is the inspectorate's; only the progress is the centre's.
            if key == "key_concerns" and item.place.field == "concern":
                continue
            summary.sentences += 1
            summary.aspirational += item.labels.aspirational
            summary.evidenced += item.labels.evidenced
            summary.unsupported += item.labels.unsupported_claim
            summary.personal += item.labels.personal_data
        summaries[key] = summary

    findings += checks.safety(sentences)
    findings += checks.candour(sentences, summaries, test_sentences, parts)
    findings += checks.evidence(
        summaries, leadership, parts, test_sentences, priority_items, priority_sentences,
        concern_items, concern_sentences, evidence,
    )  # fmt: skip
    groups = checks.groups(data, evidence)
    findings += checks.collaboration(groups, bool(evidence))
    coverage, leadership_coverage, tests_addressed, coverage_findings = checks.coverage(
        sentences, leadership_sentences, test_sentences
    )
    findings += coverage_findings
    findings += succinct(sentences, summaries, texts)
    findings += checks.plan(
        priority_items, priority_sentences, parts, test_sentences, concern_items
    )
    order = {"blocking": 0, "warning": 1, "advice": 2}
    sections_order = list(SECTION_TITLES)
    findings.sort(key=lambda f: (order[f.severity], sections_order.index(f.place.section)))
    return Review(
        sentences, findings, summaries, coverage, leadership_coverage, tests_addressed, groups
    )


_KIND_OF_CENTRE = re.compile(
    r"\s+(?:IRC|STHF|immigration removal centre|short[- ]term holding facility)$", re.IGNORECASE
)
_GENERIC = frozenset("irc ihe sthf the centre house lodge court hall unit".split())


def _own_names(data: dict[str, Any]) -> re.Pattern[str] | None:
    """Return a pattern for the centre's own name and its operator's: never a person's name.

    "Fenwick Moss" is shaped like a person; in its own SAR it is the centre. The first word
    alone ("at Fenwick we…") is the centre too.
    """
    centre = data.get("centre") or {}
    names: set[str] = set()
    for key in ("name", "operator"):
        name = str(centre.get(key) or "").strip()
        if not name:
            continue
        names.add(name)
        name = _KIND_OF_CENTRE.sub("", name) or name  # "Fenwick Moss IRC" is "Fenwick Moss"
        names.add(name)
        words = name.split()
        if len(words) > 1 and words[0].lower() not in _GENERIC and len(words[0]) > 2:
            names.add(words[0])
    if not names:
        return None
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?:['’]s)?(?!\w)")


# A sentence's labels depend on its text alone, so a review after an edit reuses the labels of
# every sentence that did not change (a SAR is saved section by section): the most recently
# used labels are kept, shared by the threads of the web server.
CACHE_SIZE = 16384
_cache: OrderedDict[str, Labels] = OrderedDict()
_cache_lock = threading.Lock()
# What a sentence holds between being cut out and being labelled (never seen outside).
_UNREAD = Labels(False, False, False, False, None, [], None)


def clear_cache() -> None:
    """Forget the labels of sentences already read (for timing a review from cold)."""
    with _cache_lock:
        _cache.clear()


def _labelled(texts: list[str]) -> dict[str, Labels]:
    """Return the labels of each distinct text, labelling only those not read before."""
    distinct = list(dict.fromkeys(texts))
    known: dict[str, Labels] = {}
    with _cache_lock:
        for text in distinct:
            labels = _cache.get(text)
            if labels is not None:
                _cache.move_to_end(text)
                known[text] = labels
    new = [text for text in distinct if text not in known]
    fresh = dict(zip(new, helper.label_all(new), strict=True))
    with _cache_lock:
        _cache.update(fresh)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return known | fresh


def _without_own_names(sentence: str, labels: Labels, own_names: re.Pattern[str] | None) -> Labels:
    """Return a sentence's labels, not counting the centre's own name as personal data."""
    if own_names is None or not labels.personal_spans:
        return labels
    ours = [match.span() for match in own_names.finditer(sentence)]
    kept = [
        span
        for span in labels.personal_spans
        if not any(start <= span.start and span.end <= end for start, end in ours)
    ]
    if len(kept) == len(labels.personal_spans):
        return labels
    return dataclasses.replace(labels, personal_spans=kept, personal_data=bool(kept))
