"""One data role for everything a board cell is drawn with, so that the board's delegate
asks the model once per cell rather than once per role: at every paint of the board and
every row it sizes, each question costs a call into Python through Qt (see
:mod:`workshop_app.ui.board_layout_cache`, which keys its caches on the answer)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop_app.ui.models.roles import META_ROLE

LOOK_ROLE = Qt.ItemDataRole.UserRole + 6
"""A cell's :data:`LOOK_ROLES`, as one tuple. A model answering it promises that these
are all the roles its cells are drawn with (no icon, no check box, no alignment)."""

LOOK_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    META_ROLE,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
)
