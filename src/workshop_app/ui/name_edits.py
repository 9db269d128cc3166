"""Names replaced by roles in the workspace's texts, as one undo step.

The review before an export offers "replace with the role in the workspace": the texts
chosen are rewritten through :class:`ReplaceNames` (Edit › Undo writes them back). The
erasure of a person rewrites them too, for good, with :func:`replace_for_erasure`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.ids import utc_now
from workshop_app.store.name_scrub import TextEdit, rewrite_texts
from workshop_app.ui.commands import SessionCommand
from workshop_app.ui.session import WorkshopSession


def _write(session: WorkshopSession, edits: Sequence[TextEdit], *, forget: bool = False) -> bool:
    """Rewrite ``edits`` through ``session`` (one transaction); the windows reading those
    tables read them again."""
    tables = sorted({edit.table for edit in edits})

    def write(workspace) -> None:
        rewrite_texts(workspace.db, edits, utc_now(), forget=forget)
        if "workshop" in tables and session.workshop is not None:
            # the session's copy would write the old title back at the next edit
            session.workshop = workspace.workshops.get(session.workshop.id)

    return session.run_write(
        write,
        entries_changed="entry" in tables,
        tables=tuple(t for t in tables if t != "entry"),
    )


class ReplaceNames(SessionCommand):
    """Rewrite texts of the workspace (names → roles); undo writes the old texts back.

    A text changed in between (by another step since undone, or redone) is left alone.
    """

    def __init__(self, session: WorkshopSession, edits: Sequence[TextEdit], parent=None):
        text = QCoreApplication.translate("NameReview", "Replace names with roles")
        super().__init__(session, text, parent)
        self.edits = list(edits)

    def redo(self) -> None:
        self._first_redo(_write(self.session, self.edits))

    def undo(self) -> None:
        _write(self.session, [edit.reversed() for edit in self.edits])


def replace_for_erasure(session: WorkshopSession, edits: Sequence[TextEdit]) -> bool:
    """Rewrite ``edits`` for an erasure: not undoable (the erasure clears the history),
    and the fingerprints of the records changed are forgotten (a first name could be
    guessed back from them)."""
    return not edits or _write(session, edits, forget=True)
