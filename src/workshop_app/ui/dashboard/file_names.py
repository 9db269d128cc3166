"""The file name proposed when a chart is saved: readable, in the interface's language,
and valid on Windows, macOS and Linux alike.

>>> safe_file_name('Présence: par rôle / atelier?  ')
'Présence - par rôle - atelier'
>>> chart_file_name("Présence par atelier", "Plateformes 2026", "2026-05-03")
'Présence par atelier - Plateformes 2026 - 2026-05-03'
"""

from __future__ import annotations

import re

_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10))}
_RESERVED |= {f"LPT{n}" for n in range(10)}
PART_LENGTH = 60
"""The longest a programme title stays in a file name (the rest cut at a word)."""


def safe_file_name(text: str, fallback: str = "chart") -> str:
    """``text`` without what file systems refuse (``<>:"/\\|?*``, control characters),
    its spaces collapsed, no dot or space at its ends."""
    cleaned = _FORBIDDEN.sub(" - ", text)
    cleaned = re.sub(r"\s+", " ", cleaned)
    cleaned = re.sub(r"(?:\s*-\s*){2,}", " - ", cleaned)
    cleaned = cleaned.strip(" .-")
    if not cleaned or cleaned.upper().split(".")[0] in _RESERVED:
        return fallback
    return cleaned


def shorten(text: str, length: int = PART_LENGTH) -> str:
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = text[:length].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—–-")


def chart_file_name(title: str, programme: str, day: str) -> str:
    """ "Chart title - programme title - date", without extension."""
    parts = [title, shorten(programme), day]
    return safe_file_name(" - ".join(p for p in parts if p.strip()))
