"""The capture box's draft: half-typed text survives a crash.

:class:`DraftKeeper` writes what is in the capture box to the open workshop's draft in the
workspace (:mod:`workshop_app.store.drafts`) a moment after typing stops, at once when the
box loses the focus or the workshop is left, and clears it once the entry is saved or the
box emptied. When a workshop opens, its draft is put back in the box (not saved) and the
person is told.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer, Signal

from workshop_app.domain.enums import EntryKind
from workshop_app.store import Workspace, WorkspaceError, dbapi
from workshop_app.ui.capture import CaptureEdit

DRAFT_DELAY_MS = 400
"""How long after the last keystroke the capture box's text is kept as a draft."""


class DraftKeeper(QObject):
    message = Signal(str)
    """Something to tell the person (status bar)."""

    def __init__(self, edit: CaptureEdit, parent=None, bar=None):
        super().__init__(parent)
        self.edit = edit
        self.bar = bar
        """The capture bar, whose kind of entry is kept with the draft (optional)."""
        self.timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.keep)
        edit.textChanged.connect(self.timer.start)
        # the box's own signal, not an event filter: a filter in Python is called for
        # every event the box gets, several at each keystroke
        edit.left.connect(self.keep)
        if bar is not None:
            bar.kind_changed.connect(lambda _kind: self._kind_changed())
        self._workspace: Workspace | None = None
        self._workshop_id: str | None = None
        self._kept = ""
        """The draft of the open workshop as the workspace holds it."""
        self._kept_kind = ""

    def keep(self) -> None:
        """Write the box's text as the workshop's draft, if it changed."""
        self.timer.stop()
        text = self.edit.typed_text()
        same_kind = self._kind_value() == self._kept_kind or not text.strip()
        if (text == self._kept and same_kind) or (not text.strip() and not self._kept):
            return
        self._write(text)

    def _kind_value(self) -> str:
        return self.bar.kind.value if self.bar is not None else ""

    def _kind_changed(self) -> None:
        if self._kept:  # a kept draft now has another kind: keep that too, soon
            self.timer.start()

    def saved(self) -> None:
        """The box's text became an entry: its draft has done its work."""
        self.timer.stop()
        if self._kept:
            self._write("")

    def switch(self, workspace: Workspace | None, workshop_id: str | None) -> None:
        """Keep the draft of the workshop being left, then show the one of ``workshop_id``
        (an empty box when it has none) and say so."""
        self.keep()
        self._workspace, self._workshop_id = workspace, workshop_id
        text = kind = ""
        if workspace is not None and workshop_id is not None:
            try:
                text = workspace.drafts.get(workshop_id)
                kind = workspace.drafts.kind(workshop_id) if text else ""
            except dbapi.Error:
                text = kind = ""
        self._kept, self._kept_kind = text, kind
        self.edit.put_back(text)
        if kind and self.bar is not None:
            with contextlib.suppress(ValueError):  # a kind this version does not know
                self.bar.set_kind(EntryKind(kind))
        self.timer.stop()
        if text:
            self.message.emit(
                self.tr(
                    "The text you were typing in this workshop was kept: it is back in the "
                    "capture box, not saved yet (Enter to save it)."
                )
            )

    def _write(self, text: str) -> None:
        if self._workspace is None or self._workshop_id is None:
            return
        try:
            self._workspace.drafts.put(self._workshop_id, text, kind=self._kind_value() or None)
        except (WorkspaceError, *dbapi.Error) as error:
            self.message.emit(
                self.tr("The text being typed could not be kept: %1").replace("%1", str(error))
            )
            return
        self._kept = text if text.strip() else ""
        self._kept_kind = self._kind_value() if self._kept else ""
