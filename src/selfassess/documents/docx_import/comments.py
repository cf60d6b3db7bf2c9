"""Reading the document's comments (and the text they are on), footnotes and endnotes."""

from __future__ import annotations

from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no types

from selfassess.documents.docx_import.text import _shorten
from selfassess.documents.docx_import.wordml import _DEL, _MOVE_FROM, _P, _SAFE_PARSER, _T, _w


def _comments(document: Any, anchors: dict[str, str]) -> list[dict[str, str]]:
    """Return the document's comments: who wrote them, when, what, and on which text."""
    try:
        part = document.part.part_related_by(RT.COMMENTS)
    except (KeyError, AttributeError):
        return []
    root = getattr(part, "element", None)
    if root is None:
        root = etree.fromstring(part.blob, _SAFE_PARSER)
    found = []
    for comment in root.iter(_w("comment")):
        paragraphs = ["".join(t.text or "" for t in p.iter(_T)) for p in comment.iter(_P)]
        text = "\n".join(p for p in paragraphs if p.strip())
        cid = comment.get(_w("id"), "")
        found.append(
            {
                "author": comment.get(_w("author"), ""),
                "date": (comment.get(_w("date")) or "")[:10],
                "text": text,
                "anchor": _shorten(anchors.get(cid, ""), 120),
            }
        )
    return found


def _comment_anchors(body: Any) -> dict[str, str]:
    """Return the text each comment is attached to, by comment id."""
    anchors: dict[str, list[str]] = {}
    open_ids: set[str] = set()
    start, end = _w("commentRangeStart"), _w("commentRangeEnd")
    for element in body.iter(start, end, _T):
        if element.tag == start:
            open_ids.add(element.get(_w("id"), ""))
            anchors.setdefault(element.get(_w("id"), ""), [])
        elif element.tag == end:
            open_ids.discard(element.get(_w("id"), ""))
        elif open_ids and not _inside(element, (_DEL, _MOVE_FROM)):
            for cid in open_ids:
                anchors[cid].append(element.text or "")
    return {cid: " ".join("".join(parts).split()) for cid, parts in anchors.items()}


def _inside(element: Any, tags: tuple[str, ...]) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _notes(document: Any) -> list[str]:
    """Return the text of footnotes and endnotes (they are the author's text too)."""
    found = []
    for reltype, tag, label in (
        (RT.FOOTNOTES, "footnote", "Footnote"),
        (RT.ENDNOTES, "endnote", "Endnote"),
    ):
        try:
            part = document.part.part_related_by(reltype)
        except (KeyError, AttributeError):
            continue
        root = etree.fromstring(part.blob, _SAFE_PARSER)
        for note in root.iter(_w(tag)):
            if note.get(_w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = " ".join(
                "".join(t.text or "" for t in p.iter(_T) if not _inside(t, (_DEL,)))
                for p in note.iter(_P)
            ).strip()
            if text:
                found.append(f"{label}: {text}")
    return found
