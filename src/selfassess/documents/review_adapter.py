"""Turn what the Word importer read into the SAR's canonical content, for the review.

Plain Python, no Django: `selfassess review FILE.docx` reviews a Word file with no
database. The shape produced is the one `reports.content.as_dict` writes, as far as a Word
file can fill it (no evidence library, so no evidence ids).
"""

from typing import Any

from selfassess.documents.docx_import import PRIORITY_FIELDS as QUESTIONS
from selfassess.documents.docx_import import RATINGS as RATING_LABELS
from selfassess.documents.docx_import import TESTS
from selfassess.review.classify import classify
from selfassess.review.results import TEST_TITLES
from selfassess.review.words import count_words

SCHEMA = "selfassess.sar/1"
RATING_VALUES = {label.lower(): value for value, label in RATING_LABELS.items()}
SECTION_HEADS = {
    "vision": (1, "Vision", None),
    "leadership": (2, "Leadership", 750),
    "tests": (3, "Healthy establishment tests", 3000),
    "priorities": (4, "Main priorities for the next year", None),
    "key_concerns": (5, "Progress against key concerns", None),
}


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _rating(value: Any) -> int | None:
    """Return a rating as 1–4 from a number or a label ("Reasonably good"), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value in RATING_LABELS else None
    if isinstance(value, str):
        text = value.strip().lower()
        if text.isdigit():
            return _rating(int(text))
        return RATING_VALUES.get(text)
    return None


def _split_unsplit(text: str) -> dict[str, list[str]]:
    """Share out section 3 text that was not split by test, paragraph by paragraph.

    Each paragraph goes to the test the review's own labels say it is about, or follows the
    paragraph before it; nothing is dropped (an unlabelled start goes to Safety).
    """
    shared: dict[str, list[str]] = {test: [] for test in TESTS}
    current = TESTS[0]
    for paragraph in (p.strip() for p in text.split("\n\n")):
        if not paragraph:
            continue
        current = classify(paragraph).test or current
        shared[current].append(paragraph)
    return shared


def _tests(tests: dict[str, Any]) -> list[dict[str, Any]]:
    extra = _split_unsplit(_text(tests.get("unsplit")))
    parts: list[dict[str, Any]] = []
    for test in TESTS:
        part = tests.get(test) or {}
        if isinstance(part, str):
            part = {"text": part}
        text = "\n\n".join(t for t in [_text(part.get("text")), *extra[test]] if t)
        rating = _rating(part.get("rating"))
        parts.append(
            {
                "test": test,
                "title": TEST_TITLES[test],
                "text": text,
                "rating": rating,
                "rating_label": RATING_LABELS.get(rating) if rating else None,
                "evidence": [],
            }
        )
    return parts


def _priorities(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    priorities = []
    for position, item in enumerate(items, start=1):
        entry: dict[str, Any] = {"position": position}
        entry.update({question: _text(item.get(question)) for question in QUESTIONS})
        entry["targets"] = [
            {
                "measure": _text(t.get("measure")),
                "baseline": _text(t.get("baseline")),
                "target": _text(t.get("target")),
                "owner": _text(t.get("owner")),
                "due_date": t.get("due_date") or None,
            }
            for t in item.get("targets") or []
        ]
        entry["evidence"] = []
        priorities.append(entry)
    return priorities


def _key_concerns(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "position": position,
            "reference": _text(item.get("reference")),
            "kind": item.get("kind") or "key",
            "concern": _text(item.get("concern")),
            "progress": _text(item.get("progress")),
            "judgement": item.get("judgement") or None,
            "judgement_label": None,
            "evidence": [],
        }
        for position, item in enumerate(items, start=1)
    ]


def import_result_to_sar_dict(result: Any) -> dict[str, Any]:
    """Map the Word importer's result (or its `as_dict()`) onto the SAR's canonical content."""
    data: dict[str, Any] = result if isinstance(result, dict) else result.as_dict()
    tests = _tests(data.get("tests") or {})
    priorities = _priorities(list(data.get("priorities") or []))
    concerns = _key_concerns(list(data.get("key_concerns") or []))
    texts = {
        "vision": _text(data.get("vision")),
        "leadership": _text(data.get("leadership")),
        "tests": "\n\n".join(part["text"] for part in tests),
        "priorities": "\n\n".join(p[q] for p in priorities for q in QUESTIONS),
        "key_concerns": "\n\n".join(f"{c['concern']}\n{c['progress']}" for c in concerns),
    }
    sections: dict[str, Any] = {}
    for key, (number, title, limit) in SECTION_HEADS.items():
        sections[key] = {
            "number": number,
            "title": title,
            "word_count": count_words(texts[key]),
            "word_limit": limit,
            "evidence": [],
        }
    sections["vision"]["text"] = texts["vision"]
    sections["leadership"]["text"] = texts["leadership"]
    sections["tests"]["parts"] = tests
    sections["priorities"]["items"] = priorities
    sections["key_concerns"]["items"] = concerns
    meta = data.get("meta") or {}
    return {
        "schema": SCHEMA,
        "centre": {
            "name": _meta(meta, "centre", "centre name", "name of centre", "establishment"),
            "operator": _meta(meta, "operator"),
        },
        "sections": sections,
        "evidence": [],
    }


def _meta(meta: Any, *labels: str) -> str:
    """Return the title block's value under the first of these labels ("Centre name:" …)."""
    if not isinstance(meta, dict):
        return ""
    found = {str(key).strip().rstrip(":").lower(): value for key, value in meta.items()}
    for label in labels:
        if found.get(label):
            return str(found[label]).strip()
    return ""
