"""Right-to-left text made ready for reportlab's shaping (Arabic, Hebrew).

reportlab shapes each word (what it breaks lines at) as one run in one direction, with
uharfbuzz. Where that would print a text wrong, the text is cut into words first; each cut
prints as a word space (the README says so).
"""

from __future__ import annotations

import re

_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
NEEDS_SHAPING = re.compile(f"[{_RTL}]")
"""Hebrew and Arabic: letters join and runs read right to left. Latin text is not shaped,
so that no ligature (ﬁ, ﬆ) changes how French words print or are found in the PDF (nor is
U+FEFF, a zero-width no-break space, which ends the Arabic presentation forms' block)."""
_RTL_RUN = re.compile(f"[{_RTL}]+")
REPORTLAB_WORDS = re.compile(r"((?:(?!\u00a0)\s)+)")
"""What reportlab breaks words at: white space, but not the no-break space."""
_LONG_RTL = re.compile(f"[{_RTL}]{{17,}}")
RTL_CHUNK = 12
WORD_BREAK = "\u200a"
"""A hair space: reportlab breaks words there (and draws a word space; it does not break
at a zero-width space)."""


def _is_rtl(char: str) -> bool:
    return NEEDS_SHAPING.match(char) is not None


def split_directions(text: str) -> str:
    """``text`` with a word break wherever, inside a word holding both right-to-left letters
    and left-to-right letters or digits, a right-to-left run starts or ends. What is
    neither (``+``, ``<``, a no-break space) goes with the left-to-right side, which prints
    in the order typed."""
    if not any(_is_rtl(c) for c in text) or not any(c.isalnum() and not _is_rtl(c) for c in text):
        return text
    words = REPORTLAB_WORDS.split(text)
    for n in range(0, len(words), 2):  # words, and between them what separates them
        word = words[n]
        if any(_is_rtl(c) for c in word) and any(c.isalnum() and not _is_rtl(c) for c in word):
            words[n] = _RTL_RUN.sub(lambda m: WORD_BREAK + m.group() + WORD_BREAK, word).strip(
                WORD_BREAK
            )
    return "".join(words)


def shapeable(text: str) -> str:
    """``text`` cut where reportlab's shaping would print it wrong.

    reportlab shapes each word as one run in one direction: Latin letters or digits glued
    to Arabic in one word (``abcالسكان``, ``السكان+33``) came out reversed, so the word is
    cut where the direction changes. It also loses and repeats letters where it breaks a
    shaped word too long for its line, so a right-to-left run longer than 16 letters (no
    real word is) is cut every 12 letters. Each cut prints as a word space.
    """
    text = split_directions(text)

    def cut(match: re.Match[str]) -> str:
        run = match.group()
        return WORD_BREAK.join(run[i : i + RTL_CHUNK] for i in range(0, len(run), RTL_CHUNK))

    return _LONG_RTL.sub(cut, text)
