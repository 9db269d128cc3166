"""The report font: DejaVu Sans, shipped in ``resources/fonts`` with its licence.

It draws Latin (French, Vietnamese), Greek, Cyrillic, Arabic and many symbols. Arabic is
shaped (letters joined, words right to left) when ``uharfbuzz`` is installed, which it is
as a dependency; mixed right-to-left and left-to-right text in one paragraph is not
reordered by a full bidi algorithm (reportlab's needs a package that is not on PyPI).
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable
from importlib import resources

REGULAR = "AtelierSans"
BOLD = "AtelierSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False
_cmap: frozenset[int] = frozenset()


def font_path(name: str = REGULAR) -> str:
    return str(resources.files("workshop_app") / "resources" / "fonts" / _FILES[name])


def register_fonts() -> None:
    """Register the report fonts with reportlab (once per process, thread-safe)."""
    global _registered, _cmap
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        _mend_text_layer()
        fonts = {name: TTFont(name, font_path(name)) for name in _FILES}
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        for bold, italic in ((0, 0), (0, 1), (1, 0), (1, 1)):
            addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)
        _cmap = frozenset(fonts[REGULAR].face.charToGlyph) & frozenset(fonts[BOLD].face.charToGlyph)
        _registered = True


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map of a font subset, with characters beyond U+FFFF written as
    UTF-16 surrogate pairs, as the PDF format wants (reportlab writes ``<1F600>``, which a
    PDF reader takes for U+1F60 and a stray digit: copying 😀 from the PDF gave ὠ)."""

    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{code:02X}> <{utf16(char)}>" for code, char in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _mend_text_layer() -> None:
    from reportlab.pdfbase import ttfonts

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def shaping_available() -> bool:
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True


def missing_characters(texts: Iterable[str]) -> list[str]:
    """Characters of ``texts`` the report font cannot draw (they would print as a box)."""
    register_fonts()
    seen: set[str] = set()
    for text in texts:
        seen.update(text)
    missing = []
    for char in sorted(seen):
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Zl", "Zp") or char.isspace():
            continue  # not drawn: controls, joiners, direction marks, line breaks
        if ord(char) not in _cmap:
            missing.append(char)
    return missing
