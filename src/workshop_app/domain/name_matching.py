"""Finding people's names in free text: whole words, whatever the case and the accents.

>>> matcher = NameMatcher({"karima h.": "K", "karima": "K", "rose": "R"})
>>> [(m.start, m.end, m.key) for m in matcher.find("On a vu KARIMA hier, près de la Roseraie.")]
[(8, 14, 'karima')]
>>> [(m.start, m.end) for m in matcher.find("Rosé et Karima\u00a0H. sont là")]
[(0, 4), (8, 17)]

Both the names and the text are *folded* character by character (:func:`fold_char`):
case folded (``str.casefold``: "ß" becomes "ss"), decomposed (NFD) and stripped of their
non-spacing marks (accents, Arabic harakat), every white space a plain space. A name is
found where its folded form stands in the folded text as whole words: next to a letter,
digit, ``_`` or mark at either end of the name, the folded character outside is none of
those (the "." that ends "Karima H." needs no space after it); any run of white space in
the text matches the space between two words of a name ("Karima  H." over two lines).

A match is returned as a span of the *original* text: it starts at a character and ends
after the last character it covers, with the accents typed after it as separate
characters; a match that would start or end inside the folding of one character
("ss" out of "ß") is no match. Where matches overlap, the one that starts first wins,
then the longest (a full name over the first name it begins with).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from workshop_app.domain import mentions

T = TypeVar("T")


def fold_char(char: str) -> str:
    """One character folded: ``"É"`` → ``"e"``, ``"ß"`` → ``"ss"``, a combining accent →
    ``""``, any white space → ``" "``."""
    if char.isspace():
        return " "
    decomposed = unicodedata.normalize("NFD", char.casefold())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


class _FoldTable(dict):
    """``str.translate`` table of :func:`fold_char`, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """``text`` folded character by character (white space not collapsed)."""
    return text.translate(_FOLD)


def fold_name(name: str) -> str:
    """The key a name is looked for by: folded, its words separated by one space."""
    return " ".join(fold(name).split())


def is_word_char(char: str) -> bool:
    """A folded character that continues a word: a letter, a digit, ``_`` or a mark left
    after folding (a spacing vowel sign of Devanagari…)."""
    return char.isalnum() or char == "_" or unicodedata.category(char)[0] == "M"


@dataclass(frozen=True)
class FoldedText:
    """A text folded with, for each folded character, where it came from.

    ``origin[i]`` is the index in the original text of the character whose folding gave
    ``folded[i]``; ``origin[len(folded)]`` is the length of the text. ``first[i]`` says
    whether ``folded[i]`` is the first folded character of its original character.
    """

    text: str
    folded: str
    origin: tuple[int, ...]
    first: tuple[bool, ...]

    @classmethod
    def of(cls, text: str) -> FoldedText:
        parts: list[str] = []
        origin: list[int] = []
        first: list[bool] = []
        last = ""
        for index, char in enumerate(text):
            piece = _FOLD[ord(char)]
            if piece == " " and last == " ":
                continue  # a run of white space folds to one space
            if piece:
                parts.append(piece)
                origin.extend([index] * len(piece))
                first.append(True)
                first.extend([False] * (len(piece) - 1))
                last = piece[-1]
        origin.append(len(text))
        first.append(True)
        return cls(text, "".join(parts), tuple(origin), tuple(first))

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The original span of ``folded[start:end]``, or None if either end falls inside
        the folding of one character. The span ends where the next folded character's
        original begins: the accents typed after the last letter belong to it."""
        if not (self.first[start] and self.first[end]):
            return None
        return self.origin[start], self.origin[end]


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    key: str
    """The folded name found (a key of the matcher)."""


_TOKEN = re.compile(r"\w+")


class NameMatcher(Generic[T]):
    """Finds the names of ``names`` (folded key → what the key stands for) in texts.

    A quick look first leaves most texts aside: the text is folded in one
    ``str.translate`` and cut into its runs of word characters; a name can stand in it
    only if the longest run of word characters of the name (its *anchor*: "karima" of
    "karima h.") is one of them. Only a text where some name may stand is folded with its
    positions and searched name by name.
    """

    def __init__(self, names: Mapping[str, T]):
        self.names = {key: value for key, value in names.items() if key and key.strip()}
        if any(fold_name(key) != key for key in self.names):
            raise ValueError("keys must be folded names (see fold_name)")
        self._keys = sorted(self.names, key=len, reverse=True)
        self._anchors: set[str] = set()
        self._always = False  # a name without a word character: every text is searched
        for key in self._keys:
            runs = _TOKEN.findall(key)
            if runs:
                self._anchors.add(max(runs, key=len))
            else:
                self._always = True

    @classmethod
    def from_names(cls, names: Iterable[tuple[str, T]]) -> NameMatcher[list[T]]:
        """A matcher of names given as typed, each with what it stands for; names that fold
        alike share one key, standing for the list of their values."""
        keyed: dict[str, list[T]] = {}
        for name, value in names:
            key = fold_name(name)
            if key:
                keyed.setdefault(key, []).append(value)
        return NameMatcher(keyed)

    def __bool__(self) -> bool:
        return bool(self._keys)

    def may_hold(self, text: str) -> bool:
        """False when ``text`` holds none of the names for sure (fast).

        A name found stands between characters that are not word characters (or is
        bounded by its own), so each run of word characters of the name is a whole run
        of the text's: its anchor among them, or no name."""
        if not self._keys:
            return False
        return self._always or not self._anchors.isdisjoint(_TOKEN.findall(fold(text)))

    def find(self, text: str) -> list[Match]:
        """The names in ``text``, in order, none overlapping."""
        if not isinstance(text, str) or not self.may_hold(text):
            return []
        # a reference to a person (domain.mentions) is never read as typed letters
        return choose(self._candidates(FoldedText.of(mentions.hidden(text))))

    def _candidates(self, folded: FoldedText) -> Iterator[Match]:
        haystack = folded.folded
        for key in self._keys:
            open_start, open_end = is_word_char(key[0]), is_word_char(key[-1])
            at = haystack.find(key)
            while at >= 0:
                end = at + len(key)
                before = haystack[at - 1] if at and open_start else " "
                after = haystack[end] if end < len(haystack) and open_end else " "
                if not is_word_char(before) and not is_word_char(after):
                    span = folded.span(at, end)
                    if span is not None:
                        yield Match(span[0], span[1], key)
                at = haystack.find(key, at + 1)


def choose(candidates: Iterable[Match]) -> list[Match]:
    """Non-overlapping matches: the one that starts first, then the longest, wins."""
    chosen: list[Match] = []
    reached = 0
    for match in sorted(candidates, key=lambda m: (m.start, -(m.end - m.start), m.key)):
        if match.start >= reached:
            chosen.append(match)
            reached = match.end
    return chosen


def replace_matches(text: str, matches: Iterable[Match], instead) -> str:
    """``text`` with each of ``matches`` (in order, not overlapping) replaced by
    ``instead(match)``; the text between them is left exactly as it was."""
    pieces: list[str] = []
    at = 0
    for match in matches:
        pieces.append(text[at : match.start])
        pieces.append(instead(match))
        at = match.end
    pieces.append(text[at:])
    return "".join(pieces)
