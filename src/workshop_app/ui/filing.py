"""Where the next entry is filed, said beside the capture box before Enter (issue 12).

An improvement goes where the issue it answers is. Every other entry goes under the
*filing context*: an action and a theme the facilitator sets on purpose (Ctrl+L), shown
beside the capture box, cleared with one key (Ctrl+Shift+L) or the ✕ button. What is
selected on the board never files anything by itself. Markers typed in an entry (``!2``,
``#Conception``) win for that entry only. While the text holds markers, the line under
the box shows what Enter will save: the text, and the markers as labels.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.capture_syntax import Resolved, find_tokens
from workshop_app.domain.enums import EntryKind
from workshop_app.domain.models import Entry
from workshop_app.ui import entry_edits, labels
from workshop_app.ui.session import WorkshopSession

PREVIEW_CHARS = 140
"""How much of a long text the preview quotes (the rest is elided)."""


def _quote(text: str, limit: int = PREVIEW_CHARS) -> str:
    """The text as it will be saved, on one line: spaces as they are, a line break as ↵."""
    short = text.replace("\r\n", "\n").replace("\n", " ↵ ")
    return short if len(short) <= limit else short[: limit - 1] + "…"


class FilingBar(QWidget):
    """One line: where the next entry goes, a button to change it and one to clear it;
    under it, what Enter will save when the text holds markers."""

    choose_requested = Signal()
    clear_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("filingBar")
        self.where_label = QLabel(self)
        self.where_label.setObjectName("filingIndicator")
        self.where_label.setTextFormat(Qt.TextFormat.PlainText)
        self.where_label.setWordWrap(True)
        self.where_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.choose_button = QToolButton(self)
        self.choose_button.setObjectName("filingChooseButton")
        self.choose_button.setText(self.tr("Change…"))
        self.choose_button.setToolTip(self.tr("File the next entries under… (Ctrl+L)"))
        self.choose_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys: Ctrl+L
        self.choose_button.clicked.connect(self.choose_requested)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("filingClearButton")
        self.clear_button.setText("✕")
        self.clear_button.setAccessibleName(self.tr("Clear the filing context"))
        self.clear_button.setToolTip(self.tr("File the next entries under nothing (Ctrl+Shift+L)"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear_requested)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("capturePreview")
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_label.setWordWrap(True)
        self.preview_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.preview_label.setStyleSheet(
            "QLabel#capturePreview { background: palette(alternate-base);"
            " border-left: 3px solid palette(highlight); padding: 2px 6px; }"
        )
        self.preview_label.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.where_label, 1)
        row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.preview_label)

    def show_where(self, text: str, clearable: bool) -> None:
        self.where_label.setText(text)
        self.clear_button.setEnabled(clearable)

    def show_preview(self, text: str) -> None:
        self.preview_label.setText(text)
        self.preview_label.setVisible(bool(text))


class Filing(QObject):
    """The filing context of each workshop (kept while the app runs), and the words that
    say where the next entry goes and what it will be."""

    changed = Signal()

    def __init__(self, bar: FilingBar, parent=None):
        super().__init__(parent)
        self.bar = bar
        self.session: WorkshopSession | None = None
        self._contexts: dict[str, tuple[str | None, str | None]] = {}
        bar.clear_requested.connect(self.clear)

    def set_session(self, session: WorkshopSession | None) -> None:
        self.session = session if session and session.workshop else None
        self.changed.emit()

    @property
    def context(self) -> tuple[str | None, str | None]:
        """(action id, theme id) the next entry that is not an improvement is filed under."""
        if self.session is None:
            return None, None
        action_id, theme_id = self._contexts.get(self.session.workshop_id, (None, None))
        # an action or theme removed since is no longer a place to file under
        names = entry_edits.context_names(self.session, action_id, theme_id)
        return (action_id if names[0] else None, theme_id if names[1] else None)

    def set_context(self, action_id: str | None, theme_id: str | None) -> None:
        if self.session is None:
            return
        self._contexts[self.session.workshop_id] = (action_id, theme_id)
        self.changed.emit()

    def clear(self) -> None:
        self.set_context(None, None)

    # -- choosing (Ctrl+L) ------------------------------------------------------------
    def menu(self, selected: Entry | None, parent: QWidget) -> QMenu | None:
        """The menu that sets the context: like the selected entry, an action, a theme,
        or nothing. Numbers choose an action, letters a theme."""
        if self.session is None or self.session.programme is None:
            return None
        ws, programme_id = self.session.workspace, self.session.programme.id
        action_id, theme_id = self.context
        menu = QMenu(self.tr("File the next entries under"), parent)
        menu.setObjectName("filingMenu")
        if selected is not None and (selected.action_id or selected.theme_id):
            like = menu.addAction(
                self.tr("&Like the selected entry: %1").replace(
                    "%1", self._place(selected.action_id, selected.theme_id)
                )
            )
            like.triggered.connect(lambda: self.set_context(selected.action_id, selected.theme_id))
        actions = menu.addMenu(self.tr("&Action"))
        for action in ws.actions.for_programme(programme_id):
            number = f"&{action.number}" if 0 <= action.number < 10 else str(action.number)
            item = actions.addAction(f"{number}. {action.title.replace('&', '&&')}")
            item.setCheckable(True)
            item.setChecked(action.id == action_id)
            item.triggered.connect(lambda _=False, a=action.id: self._set(action_id=a))
        actions.addSeparator()
        actions.addAction(self.tr("&No action")).triggered.connect(
            lambda: self._set(action_id=None)
        )
        themes = menu.addMenu(self.tr("&Theme"))
        letters = "abcdefghijkmnopqrstuvwxyz"
        for at, theme in enumerate(ws.themes.for_programme(programme_id)):
            prefix = f"&{letters[at]} " if at < len(letters) else "   "
            item = themes.addAction(prefix + labels.theme_name(theme.name).replace("&", "&&"))
            item.setCheckable(True)
            item.setChecked(theme.id == theme_id)
            item.triggered.connect(lambda _=False, t=theme.id: self._set(theme_id=t))
        themes.addSeparator()
        themes.addAction(self.tr("N&o theme")).triggered.connect(lambda: self._set(theme_id=None))
        menu.addSeparator()
        menu.addAction(self.tr("&Clear (Ctrl+Shift+L)")).triggered.connect(self.clear)
        return menu

    _KEEP = object()

    def _set(self, action_id=_KEEP, theme_id=_KEEP) -> None:
        current = self.context
        self.set_context(
            current[0] if action_id is Filing._KEEP else action_id,
            current[1] if theme_id is Filing._KEEP else theme_id,
        )

    # -- saying it -------------------------------------------------------------------
    def _place(self, action_id: str | None, theme_id: str | None) -> str:
        action, theme = entry_edits.context_names(self.session, action_id, theme_id, titled=True)
        parts = [p for p in (action, theme) if p]
        return " · ".join(parts) if parts else self.tr("no action, no theme")

    def where(self, kind: EntryKind, answered: Entry | None) -> str:
        """Where an entry of ``kind`` typed now would be filed (before markers)."""
        if self.session is None:
            return ""
        if kind is EntryKind.IMPROVEMENT and answered is not None:
            return self.tr("Filed under: %1 — where the issue it answers is").replace(
                "%1", self._place(answered.action_id, answered.theme_id)
            )
        action_id, theme_id = self.context
        if not (action_id or theme_id):
            return self.tr("Filed under: no action, no theme  (Ctrl+L to choose)")
        return self.tr("Filed under: %1").replace("%1", self._place(action_id, theme_id))

    def preview(self, typed: str, resolved: Resolved, with_issue: bool = False) -> str:
        """What Enter will save, when the text holds markers (else nothing to say).
        ``with_issue``: an improvement filed with its issue, whose ``#``/``!`` are unused."""
        if self.session is None or not find_tokens(typed):
            return ""
        if not resolved.text.strip():
            return self.tr("Nothing to save yet: only markers.")
        action, theme = entry_edits.context_names(
            self.session, resolved.action_id, resolved.theme_id
        )
        person = entry_edits.person_name(self.session, resolved.author_id)
        tags = [f"[{t}]" for t in (None, None, person) if t]
        if with_issue:
            tags += [
                self.tr("%1 unused: an improvement goes with its issue").replace("%1", t)
                for t in (action, theme)
                if t
            ]
        else:
            tags = [f"[{t}]" for t in (action, theme) if t] + tags
        tags += [self.tr("%1 kept as typed").replace("%1", word) for word in resolved.unresolved]
        return self.tr("Enter saves: “%1”").replace("%1", _quote(resolved.text)) + (
            "  " + "  ".join(tags) if tags else ""
        )
