"""Markers typed while capturing: ``#theme``, ``@person``, ``!2`` (action 2).

    >>> tokens = find_tokens("Loyers trop chers #fin @nadia !2")
    >>> [(t.sigil, t.word) for t in tokens]
    [('#', 'fin'), ('@', 'nadia'), ('!', '2')]

A marker is resolved against the programme's lists (:func:`resolve`): a theme or a person
by the start of its name (accents and case ignored, ``_`` for a space), an action by its
number. A marker that matches nothing, or more than one thing, stays in the text as typed
(so "#1 priority" is kept), and is reported so the screen can say why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

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
    theme_id: str | None = None
    author_id: str | None = None
    action_id: str | None = None
    unresolved: list[str] = field(default_factory=list)


def find_tokens(text: str) -> list[Token]:
    return [Token(m.group(1), m.group(2), m.start(), m.end()) for m in TOKEN.finditer(text)]


def _key(name: str) -> str:
    return fold(name).replace(" ", "_")


def match(word: str, choices: Iterable[Choice]) -> list[Choice]:
    """Choices one of whose names equals ``word``, else those that start with it."""
    wanted = _key(word.rstrip(".’'"))
    if not wanted:
        return []
    choices = list(choices)
    exact = [c for c in choices if any(_key(n) == wanted for n in c.names)]
    if exact:
        return exact
    return [c for c in choices if any(_key(n).startswith(wanted) for n in c.names)]


def is_complete(word: str, choices: Iterable[Choice]) -> bool:
    """Whether ``word`` already names exactly one choice by a whole name."""
    wanted = _key(word.rstrip(".’'"))
    return sum(1 for c in choices if any(_key(n) == wanted for n in c.names)) == 1


def resolve(
    text: str,
    *,
    themes: Iterable[Choice] = (),
    people: Iterable[Choice] = (),
    actions: Iterable[Choice] = (),
) -> Resolved:
    """Take the resolvable markers out of ``text`` and return what they name."""
    lists = {"#": list(themes), "@": list(people), "!": list(actions)}
    found: dict[str, str] = {}
    keep: list[tuple[int, int]] = []
    unresolved: list[str] = []
    for token in find_tokens(text):
        matches = match(token.word, lists[token.sigil])
        if len(matches) == 1 and token.sigil not in found:
            found[token.sigil] = matches[0].id
            keep.append((token.start, token.end))
        else:
            unresolved.append(token.sigil + token.word)
    cleaned = text
    for start, end in reversed(keep):
        cleaned = cleaned[:start] + cleaned[end:]
    cleaned = re.sub(r"[ \t]{2,}", " ", cleaned).strip()
    return Resolved(
        text=cleaned,
        theme_id=found.get("#"),
        author_id=found.get("@"),
        action_id=found.get("!"),
        unresolved=unresolved,
    )


def token_at(text: str, cursor: int) -> Token | None:
    """The marker being typed at ``cursor`` (for completion), if any."""
    for token in find_tokens(text):
        if token.start < cursor <= token.end:
            return token
    if cursor > 0 and text[cursor - 1] in "#@!" and (cursor == 1 or not text[cursor - 2].isalnum()):
        return Token(text[cursor - 1], "", cursor - 1, cursor)
    return None
