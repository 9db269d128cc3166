"""Markers typed while capturing: ``#theme``, ``@person``, ``!2`` (action 2).

    >>> tokens = find_tokens("Loyers trop chers #fin @nadia !2")
    >>> [(t.sigil, t.word) for t in tokens]
    [('#', 'fin'), ('@', 'nadia'), ('!', '2')]

A marker is resolved against the programme's lists (:func:`resolve`): a theme or a person
by the start of its name (accents and case ignored, ``_`` for a space), an action by its
number. A theme or action marker that names one thing leaves the text and becomes a
label, wherever it stands; a person is the author at the end of the text and a name
inside it. A marker that matches nothing, or more than one thing, stays in the text as
typed (so "#1 priority" is kept), and is reported so the screen can say why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from workshop_app.domain import mentions
from workshop_app.domain.board import fold

TOKEN = re.compile(r"(?<![\w#@!])([#@!])([\w\-’'.]+)", re.UNICODE)


@dataclass(frozen=True)
class Token:
    sigil: str
    word: str
    start: int
    end: int


@dataclass(frozen=True)
class Choice:
    """Something a marker can name: its id, and the names it answers to."""

    id: str
    names: tuple[str, ...]


@dataclass
class Resolved:
    text: str
    """The text as it reads (a mention shows the person's name)."""
    theme_id: str | None = None
    author_id: str | None = None
    action_id: str | None = None
    unresolved: list[str] = field(default_factory=list)
    stored: str = ""
    """The text to save: each mention a reference to its person (:mod:`.mentions`)."""

    def __post_init__(self) -> None:
        if not self.stored:
            self.stored = self.text


def find_tokens(text: str) -> list[Token]:
    return [Token(m.group(1), m.group(2), m.start(), m.end()) for m in TOKEN.finditer(text)]


@lru_cache(maxsize=8192)
def _key(name: str) -> str:
    """Comparable form of a name or typed word: folded, "_" for spaces, no final dot.

    Kept per name: every keystroke in the capture box compares the word being typed with
    every theme, person and action of the programme, whose names seldom change.
    """
    return fold(name).replace(" ", "_").rstrip(".’'")


def match(word: str, choices: Iterable[Choice]) -> list[Choice]:
    """Choices one of whose names equals ``word``, else those that start with it."""
    wanted = _key(word)
    if not wanted:
        return []
    choices = list(choices)
    exact = [c for c in choices if any(_key(n) == wanted for n in c.names)]
    if exact:
        return exact
    return [c for c in choices if any(_key(n).startswith(wanted) for n in c.names)]


def is_complete(word: str, choices: Iterable[Choice]) -> bool:
    """Whether ``word`` already names exactly one choice by a whole name."""
    wanted = _key(word)
    return sum(1 for c in choices if any(_key(n) == wanted for n in c.names)) == 1


def resolve(
    text: str,
    *,
    themes: Iterable[Choice] = (),
    people: Iterable[Choice] = (),
    actions: Iterable[Choice] = (),
) -> Resolved:
    """Read the markers of ``text`` and return what they name, and the text to save.

    A ``#theme`` or ``!action`` that names exactly one thing is a label: it leaves the text
    (with one space beside it) wherever it stands. A ``@person`` is the author when it is
    among the markers that end the text ("Loyers trop chers @nadia"); inside the sentence
    it is someone spoken of, and becomes their name ("avec @fat le mardi" keeps "avec
    Fatima B. le mardi"). Every other character is saved as typed (spaces, line
    breaks, emoji, an unknown ``#1``). One theme, one author and one action per entry: a
    second marker of a kind stays in the text. A final ``.`` or apostrophe that is not part
    of the name stays too ("… voir #Conception." keeps ".").
    """
    text = mentions.clean(text)  # a reference is only ever made here
    lists = {"#": list(themes), "@": list(people), "!": list(actions)}
    found: dict[str, str] = {}
    marks: dict[int, str] = {}
    removed = bytearray(len(text))
    mentions_at: dict[int, str] = {}
    unresolved: list[str] = []
    tokens = find_tokens(text)
    trailing_from = len(text.rstrip())
    for token in reversed(tokens):  # the run of markers that ends the text
        if text[token.end : trailing_from].strip():
            break
        trailing_from = token.start
    for token in tokens:
        matches = match(token.word, lists[token.sigil])
        mention = token.sigil == "@" and token.start < trailing_from
        if len(matches) != 1 or (token.sigil in found and not mention):
            unresolved.append(token.sigil + token.word)
            continue
        core = token.word.rstrip(".’'")
        tail = token.word[len(core) :]
        end = token.end
        if tail and not any(name.endswith(tail) for name in matches[0].names):
            end -= len(tail)
        if mention:  # the name said in the sentence: kept, as a name
            removed[token.start : end] = b"\x01" * (end - token.start)
            mentions_at[token.start] = matches[0].names[0]  # "@nad" says "Nadia B."
            marks[token.start] = mentions.mark(matches[0].id)
            continue
        found[token.sigil] = matches[0].id
        removed[token.start : end] = b"\x01" * (end - token.start)
        if token.start > 0 and text[token.start - 1] in " \t" and not removed[token.start - 1]:
            removed[token.start - 1] = 1
        elif end < len(text) and text[end] in " \t":
            removed[end] = 1
    if not found and not mentions_at:
        kept = stored = text
    else:
        kept = _rebuilt(text, removed, mentions_at)
        stored = _rebuilt(text, removed, marks)
    return Resolved(
        text=kept.strip(),
        stored=stored.strip(),
        theme_id=found.get("#"),
        author_id=found.get("@"),
        action_id=found.get("!"),
        unresolved=unresolved,
    )


def _rebuilt(text: str, removed: bytearray, put: dict[int, str]) -> str:
    """``text`` without its ``removed`` characters, ``put[at]`` standing where a removed
    run starts at ``at``. Slices of the text, not a character at a time: the capture box
    previews this at every keystroke, and a long testimony is thousands of characters."""
    parts: list[str] = []
    kept_from = 0
    at = removed.find(1)
    while at != -1:
        parts.append(text[kept_from:at])
        stop = at
        while stop < len(removed) and removed[stop]:
            if stop in put:
                parts.append(put[stop])
            stop += 1
        kept_from = stop
        at = removed.find(1, stop)
    parts.append(text[kept_from:])
    return "".join(parts)


WORD_LIMIT = 256
"""Beyond this many characters without a space around the cursor, :func:`token_at` reads
the whole text (no marker is that long; a paste without spaces might be)."""


def token_at(text: str, cursor: int) -> Token | None:
    """The marker being typed at ``cursor`` (for completion), if any.

    ``cursor`` is a Python index into ``text`` (a widget's position must be converted
    first); one out of range is taken as the nearest end of the text, never raised on.

    Only the run of non-space characters around the cursor is read: a marker holds no
    space, and where a space stands no marker can begin before it and end after it, nor
    does the character before a run (a space) stop one from starting it. So the answer is
    that of reading the whole text, at the cost of a word, at every keystroke.
    """
    cursor = max(0, min(len(text), cursor))
    start = cursor
    while start > 0 and not text[start - 1].isspace() and cursor - start < WORD_LIMIT:
        start -= 1
    end = cursor
    while end < len(text) and not text[end].isspace() and end - cursor < WORD_LIMIT:
        end += 1
    bounded = (start == 0 or text[start - 1].isspace()) and (
        end == len(text) or text[end].isspace()
    )
    if not bounded:
        start, end = 0, len(text)
    for m in TOKEN.finditer(text, start, end):
        if m.start() < cursor <= m.end():
            return Token(m.group(1), m.group(2), m.start(), m.end())
    if cursor > 0 and text[cursor - 1] in "#@!" and (cursor == 1 or not text[cursor - 2].isalnum()):
        return Token(text[cursor - 1], "", cursor - 1, cursor)
    return None
