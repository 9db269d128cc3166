"""An entry being edited in place (F2) survives a crash, like the capture box's draft.

:class:`EditDraftKeeper` writes the editor's text to the workshop's drafts (place
``"edit:<entry id>"``) a moment after typing stops, and removes it when the editing ends
(saved or cancelled). When a workshop opens with such a draft, :attr:`reopen` asks the
page to open that entry's editor again with the kept text, and the person is told.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer, Signal

from workshop_app.store import Workspace, WorkspaceError, dbapi
from workshop_app.store.drafts import EDIT
from workshop_app.ui.capture_draft import DRAFT_DELAY_MS
from workshop_app.ui.cell_editor import CellEditor


class EditDraftKeeper(QObject):
    message = Signal(str)
    reopen = Signal(str, str)
    """(entry id, kept text): open this entry's editor again with this text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self._workshop_id: str | None = None

    def switch(self, workspace: Workspace | None, workshop_id: str | None) -> None:
        """Follow the open workshop; an edit kept there is offered back (the latest)."""
        self._workspace, self._workshop_id = workspace, workshop_id
        if workspace is None or workshop_id is None:
            return
        try:
            kept = workspace.drafts.edits(workshop_id)
        except dbapi.Error:
            return
        if kept:
            entry_id, text = kept[0]
            self.reopen.emit(entry_id, text)

    def said_back(self) -> None:
        self.message.emit(
            self.tr(
                "The change you were making to an entry was kept: it is back in its editor, "
                "not saved yet (Enter saves it, Escape drops it)."
            )
        )

    def watch(self, editor: CellEditor, entry_id: str) -> None:
        """Keep ``editor``'s text while it is open; forget it when the editing ends."""
        if not entry_id or self._workshop_id is None:
            return
        workspace, workshop_id, place = self._workspace, self._workshop_id, EDIT + entry_id
        timer = QTimer(editor, singleShot=True, interval=DRAFT_DELAY_MS)

        def keep() -> None:
            self._write(workspace, workshop_id, place, editor.typed_text())

        def forget(*_args) -> None:
            with contextlib.suppress(RuntimeError):  # the editor and its timer may be gone
                timer.stop()
            self._write(workspace, workshop_id, place, "")

        timer.timeout.connect(keep)
        # connected once the editor holds the entry's text: only the person's typing counts
        QTimer.singleShot(0, editor, lambda: editor.textChanged.connect(timer.start))
        editor.done.connect(forget)
        editor.destroyed.connect(forget)

    def _write(self, workspace, workshop_id: str, place: str, text: str) -> None:
        if workspace is None:
            return
        try:
            workspace.drafts.put(workshop_id, text, place)
        except (WorkspaceError, *dbapi.Error, AttributeError):
            # the workspace was closed meanwhile (a crash is what the draft is for)
            return
