"""Matching the name a person types at the kiosk to one person checked in.

No Qt here. The kiosk shows no list of names and completes nothing: a person who wants their
name on their answers types it, as on the attendance list. Case, accents, spaces and
punctuation do not matter ("helene g" is "Hélène G."); the letters and digits do, all of
them (a first name alone is not enough):

>>> names = PresentNames.of([("p1", "Hélène G."), ("p2", "Karim T."), ("p3", "Karim T.")])
>>> names.match("  HELENE g ")
'p1'
>>> names.match("Hélène"), names.match("Karim T."), names.match("")
(None, None, None)

A typed name that fits no one, or several people, attaches to no one. The kiosk keeps only
the folded keys, never the names as written, so it has nothing to show.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from workshop_app.domain.board import fold


def name_key(text: str) -> str:
    """What must be equal for two names to be the same: folded, only letters and digits.

    A name without letters or digits (an emoji pseudonym) keeps its symbols instead; its
    spaces, punctuation and invisible characters do not count either.
    """
    folded = fold(text)
    kept = "".join(c for c in folded if c.isalnum())
    if kept:
        return kept
    return "".join(c for c in folded if unicodedata.category(c).startswith("S"))


class PresentNames:
    """The people checked in, known only by the key of their name."""

    def __init__(self, ids_by_key: dict[str, frozenset[str]]):
        self._ids_by_key = ids_by_key

    @classmethod
    def of(cls, people: Iterable[tuple[str, str]]) -> PresentNames:
        """From ``(participant id, display name)`` pairs."""
        ids_by_key: dict[str, set[str]] = {}
        for participant_id, name in people:
            key = name_key(name)
            if key:
                ids_by_key.setdefault(key, set()).add(participant_id)
        return cls({key: frozenset(ids) for key, ids in ids_by_key.items()})

    def __bool__(self) -> bool:
        return bool(self._ids_by_key)

    def match(self, typed: str) -> str | None:
        """The id of the one person whose name is ``typed``; None for no one or several."""
        key = name_key(typed)
        ids = self._ids_by_key.get(key, frozenset()) if key else frozenset()
        return next(iter(ids)) if len(ids) == 1 else None
