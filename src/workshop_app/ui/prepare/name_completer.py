"""Finding a person by a few letters of their name, ignoring case and accents.

>>> fold("Hélène G.")
'helene g.'

A facilitator typing "helene" or "HÉL" finds "Hélène G."; so does the check-in's
completer, which compares folded text on both sides.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCompleter

FOLD_ROLE = Qt.ItemDataRole.UserRole + 20
"""The folded form of a name (see :func:`fold`), what the completer matches against."""


def fold(text: str) -> str:
    """``text`` without accents, case or surrounding blanks, for comparing names."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class NameCompleter(QCompleter):
    """Completes names from a model's :data:`FOLD_ROLE`, matching anywhere in the name.

    The model must return :func:`fold` of the name for ``FOLD_ROLE`` in column 0; the
    popup shows the display text and choosing a row puts the display text in the box.
    """

    def __init__(self, model=None, parent=None):
        super().__init__(parent)
        self.setObjectName("nameCompleter")
        if model is not None:
            self.setModel(model)
        self.setCompletionColumn(0)
        self.setCompletionRole(FOLD_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(8)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")
