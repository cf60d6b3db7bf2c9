"""WordprocessingML names and the safe XML parser the readers share."""

from __future__ import annotations

from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no types

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_P, _TBL, _TR, _TC, _R, _T = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("r"), _w("t")
_PPR, _RPR, _SDT, _SDTCONTENT, _SDTPR = (
    _w("pPr"),
    _w("rPr"),
    _w("sdt"),
    _w("sdtContent"),
    _w("sdtPr"),
)
_INS, _DEL, _MOVE_TO, _MOVE_FROM = _w("ins"), _w("del"), _w("moveTo"), _w("moveFrom")
_TXBX = _w("txbxContent")
_SKIP_IN_RUN = {
    _w("instrText"),
    _w("delText"),
    _w("delInstrText"),
    _w("footnoteReference"),
    _w("endnoteReference"),
    _w("commentReference"),
    _w("fldChar"),
    _w("rubyPr"),
    _w("rt"),  # ruby annotation: the base text is what is read
}
_SAFE_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
)
_FALSE = {"0", "false", "off", "none"}


def _on(element: Any) -> bool:
    """Return whether a toggle property (w:b) is switched on."""
    return element is not None and element.get(_w("val"), "true").lower() not in _FALSE
