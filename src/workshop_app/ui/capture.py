"""The capture box: type what is said, Enter, done.

:class:`CaptureEdit` is a plain-text box (no length limit, pastes of any size): Enter
sends the text, Shift+Enter starts a new line, and ``#``, ``@``, ``!`` pop up the
programme's themes, people and actions to complete: Tab chooses one, Enter chooses it and
saves. :class:`CaptureBar` adds the
always-visible indicator of the current kind and of the issue an improvement will answer.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QKeyCombination, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.capture_syntax import Choice, Token, is_complete, token_at
from workshop_app.domain.enums import EntryKind
from workshop_app.ui import labels
from workshop_app.ui.filing import FilingBar
from workshop_app.ui.steady_height import SteadyHeight
from workshop_app.ui.text_positions import select_span, to_index

KIND_COLOURS = {
    EntryKind.ISSUE: "#b3261e",
    EntryKind.IMPROVEMENT: "#1b6e3a",
    EntryKind.IDEA: "#7a4d00",
    EntryKind.QUESTION: "#1f4e99",
    EntryKind.DECISION: "#5b2c83",
    EntryKind.SUCCESS_FACTOR: "#00606b",
}
"""Dark enough for white text (contrast ≥ 4.5:1); the kind is also written in words."""

KIND_KEYS = {
    EntryKind.ISSUE: "Ctrl+1",
    EntryKind.IMPROVEMENT: "Ctrl+2",
    EntryKind.IDEA: "Ctrl+3",
    EntryKind.QUESTION: "Ctrl+4",
    EntryKind.DECISION: "Ctrl+5",
    EntryKind.SUCCESS_FACTOR: "Ctrl+6",
}


_KEY_PRESS = QEvent.Type.KeyPress
_SHORTCUT_OVERRIDE = QEvent.Type.ShortcutOverride

INSERT_ROLE = Qt.ItemDataRole.UserRole + 10
"""The text a completion puts in the box (the popup shows a friendlier label)."""


class CaptureEdit(QPlainTextEdit):
    submitted = Signal(str)
    """The text to save (Enter). The box is cleared by the page once it is saved."""
    left = Signal()
    """The box lost the keyboard focus (its draft is kept at once)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("captureEdit")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._choices: dict[str, list[Choice]] = {"#": [], "@": [], "!": []}
        self._completion_model = QStandardItemModel(self)
        self.completer = QCompleter(self._completion_model, self)
        self.completer.setObjectName("captureCompleter")
        self.completer.setWidget(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated[QModelIndex].connect(
            lambda index: self._insert_completion(index.data(INSERT_ROLE))
        )
        self._swallow_key = False
        """The completer passes on the Enter/Tab that chose an item: that key is eaten."""
        self._sigil = ""
        self._auto_space_at: int | None = None
        self._metrics_font = None
        self._spacing = 0
        self.textChanged.connect(self._fit_height)
        self.textChanged.connect(self._update_completion)
        self._fit_height()

    def set_choices(
        self,
        themes: list[Choice],
        people: list[Choice],
        actions: list[Choice],
        titles: dict[str, str],
    ) -> None:
        """What ``#``, ``@`` and ``!`` complete to; ``titles`` labels actions in the popup."""
        self._choices = {"#": themes, "@": people, "!": actions}
        self._titles = titles

    def _fill(self, sigil: str) -> None:
        self._completion_model.clear()
        for choice in self._choices.get(sigil, []):
            shown = choice.names[-1] if sigil == "#" else choice.names[0]
            label = f"{shown} — {self._titles.get(choice.id, '')}" if sigil == "!" else shown
            item = QStandardItem(label)
            # What goes into the text: one word, spaces as "_" ("Mise_en_œuvre", "Nadia_B.")
            item.setData(shown.replace(" ", "_"), INSERT_ROLE)
            self._completion_model.appendRow(item)
        self._sigil = sigil

    def typed_text(self) -> str:
        """The box's text exactly as typed. ``toPlainText()`` would turn a no-break space
        (French "« », ; : ? !" spacing) into a plain one; the raw text keeps it, with its
        paragraph separators as the line breaks they are."""
        return self.document().toRawText().replace("\u2029", "\n")

    def token_under_cursor(self) -> Token | None:
        """The marker being typed where the cursor is (Python indexes into the text).

        Read in the cursor's paragraph only: a marker holds no line break, so it is the
        one :func:`token_at` finds in the whole text, and a keystroke at the end of a long
        testimony costs no more than one in an empty box. Its place is then counted from
        the start of the whole text."""
        cursor = self.textCursor()
        block = cursor.block()
        line = block.text()
        token = token_at(line, _index_in(line, cursor.positionInBlock()))
        if token is None or block.position() == 0:
            return token
        before = to_index(self.typed_text(), block.position())
        return Token(token.sigil, token.word, token.start + before, token.end + before)

    def _update_completion(self) -> None:
        token = self.token_under_cursor()
        popup = self.completer.popup()
        if token is None:
            popup.hide()
            return
        if token.sigil == "!" and not token.word:
            popup.hide()  # French puts a space before "!": only "!2" names an action
            return
        if token.sigil != self._sigil:
            self._fill(token.sigil)
        self.completer.setCompletionPrefix(token.word)
        if self.completer.completionCount() == 0 or is_complete(
            token.word, self._choices.get(token.sigil, [])
        ):
            popup.hide()  # nothing to offer, or already whole: Enter saves
            return
        rect = self.cursorRect()
        rect.setWidth(max(240, popup.sizeHintForColumn(0) + 30))
        self.completer.complete(rect)
        if token.word:  # a lone "#" or "@" shows the list, but Enter saves as typed
            popup.setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _insert_completion(self, completion: str | None) -> None:
        if not completion:
            return
        self._swallow_key = True
        token = self.token_under_cursor()
        if token is None:
            return
        cursor = self.textCursor()
        select_span(cursor, self.typed_text(), token.start + 1, token.end)
        cursor.insertText(completion + " ")
        self.setTextCursor(cursor)
        self.completer.popup().hide()
        # the space after a completion is the one the person would type next: a space
        # typed now is taken as that one, not a second (the saved text had two)
        self._auto_space_at = cursor.position()

    def event(self, event: QEvent) -> bool:
        """Ctrl+Z in an empty box undoes the last capture, not the (empty) typing; the key
        that chose a completion does nothing more (Tab would otherwise leave the box)."""
        kind = event.type()  # once: each call makes a Python enum, at every event
        if kind == _KEY_PRESS and isinstance(event, QKeyEvent):
            swallow, self._swallow_key = self._swallow_key, False
            if swallow and event.key() in (Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Tab):
                if event.key() != Qt.Key.Key_Tab and not event.modifiers():
                    self.submitted.emit(self.typed_text())  # Enter chose a whole name: save
                event.accept()
                return True
            popup = self.completer.popup()
            if event.key() == Qt.Key.Key_Tab and popup.isVisible():
                index = popup.currentIndex()
                if not index.isValid():
                    index = self.completer.completionModel().index(0, 0)
                self._insert_completion(index.data(INSERT_ROLE))
                self._swallow_key = False
                event.accept()
                return True
            if (
                event.key() == Qt.Key.Key_Tab
                and not event.modifiers()
                and self.token_under_cursor() is not None
            ):
                # Tab after a whole marker ("!3") ends it, as it would have chosen it from
                # the list: the focus stays here (it used to jump to the filter)
                self.insertPlainText(" ")
                event.accept()
                return True
        if kind == _SHORTCUT_OVERRIDE and isinstance(event, QKeyEvent):
            document = self.document()
            if (
                event.matches(QKeySequence.StandardKey.Undo) and not document.isUndoAvailable()
            ) or (_is_redo(event) and not document.isRedoAvailable()):
                event.ignore()
                return False
        return super().event(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer.popup()
        if popup.isVisible() and event.key() in (
            Qt.Key.Key_Enter,
            Qt.Key.Key_Return,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Escape,
            Qt.Key.Key_Backtab,
        ):
            token = self.token_under_cursor()
            bare = token is not None and not token.word
            if bare and event.key() in (Qt.Key.Key_Enter, Qt.Key.Key_Return):
                popup.hide()  # a lone "#" or "@" names nothing: Enter saves as typed
                if not event.modifiers():
                    self.submitted.emit(self.typed_text())
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Tab):
                index = popup.currentIndex()
                if not index.isValid():
                    index = self.completer.completionModel().index(0, 0)
                self._insert_completion(index.data(INSERT_ROLE))
                self._swallow_key = False
                if event.key() != Qt.Key.Key_Tab and not event.modifiers():
                    popup.hide()
                    self.submitted.emit(self.typed_text())  # one Enter chooses and saves
                    event.accept()
                    return
            popup.hide()
            event.accept()
            return
        auto_space, self._auto_space_at = self._auto_space_at, None
        if (
            event.key() == Qt.Key.Key_Space
            and not event.modifiers()
            and auto_space == self.textCursor().position()
        ):
            event.accept()  # already there
            return
        if event.key() in (Qt.Key.Key_Enter, Qt.Key.Key_Return):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit(self.typed_text())
            event.accept()
            return
        super().keyPressEvent(event)

    def _fit_height(self) -> None:
        """One to six lines high, as many as the text takes. Called at every keystroke:
        the height is set only when it changes (a new height lays the page out again)."""
        lines = max(1, min(6, self.document().size().height() or 1))
        margins = self.contentsMargins()
        height = int(lines * self._line_spacing() + 2 * self.document().documentMargin())
        height += margins.top() + margins.bottom() + 4
        if height != self.minimumHeight() or height != self.maximumHeight():
            self.setFixedHeight(height)

    def _line_spacing(self) -> int:
        font = self.font()
        if self._metrics_font is None or self._metrics_font != font:
            self._metrics_font = font
            self._spacing = QFontMetrics(font).lineSpacing()
        return self._spacing

    def clear_after_save(self) -> None:
        with QSignalBlocker(self):
            self.clear()
        self._fit_height()
        self.completer.popup().hide()

    def put_back(self, text: str) -> None:
        """Show ``text`` (a kept draft) exactly, cursor at the end, without emitting
        ``textChanged``. PySide reads a str that starts with U+FEFF or U+FFFE as UTF-16
        with a byte order mark (dropped, or the rest byte-swapped): the text is inserted
        after a stand-in character, which is then removed, so it arrives whole."""
        with QSignalBlocker(self):
            self.clear()
            if text:
                cursor = self.textCursor()
                cursor.insertText("x" + text)
                cursor.setPosition(0)
                cursor.setPosition(1, cursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
                cursor.movePosition(cursor.MoveOperation.End)
                self.setTextCursor(cursor)
            self.document().clearUndoRedoStacks()
        self._fit_height()
        self.completer.popup().hide()


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _index_in(text: str, position: int) -> int:
    """:func:`to_index`, read at the speed of a regular expression when ``text`` has no
    character beyond U+FFFF (where Qt's positions are Python's indexes): ``to_index``
    looks at each character in Python, a long paragraph at every keystroke."""
    if _ASTRAL.search(text) is None:
        return max(0, min(len(text), position))
    return to_index(text, position)


def _is_redo(event: QKeyEvent) -> bool:
    combo = event.keyCombination()
    ctrl = Qt.KeyboardModifier.ControlModifier
    return event.matches(QKeySequence.StandardKey.Redo) or combo in (
        QKeyCombination(ctrl | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z),
        QKeyCombination(ctrl, Qt.Key.Key_Y),
    )


class CaptureBar(QWidget):
    """Kind indicator, capture box, and what an improvement will answer."""

    kind_changed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("captureBar")
        self._kind = EntryKind.ISSUE
        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("kindIndicator")
        self.kind_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kind_label.setMinimumWidth(200)
        self.edit = CaptureEdit(self)
        self.edit.setAccessibleName(self.tr("Capture: type what is said, then Enter"))
        self.edit.setPlaceholderText(self.tr("Type what is said, then Enter"))
        self.answers_label = QLabel(self)
        self.answers_label.setObjectName("answersIndicator")
        self.answers_label.setTextFormat(Qt.TextFormat.PlainText)
        self.answers_label.setWordWrap(True)
        # a long issue text must never widen the window
        self.answers_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("captureHint")
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.answers_label)
        self.filing_bar = FilingBar(self)
        # its preview changes at every keystroke: the window is laid out again only when
        # the preview needs another height
        layout.addWidget(SteadyHeight(self.filing_bar, self))
        layout.addWidget(self.hint_label)
        self.syntax_label = QLabel(
            self.tr("#theme  @person  !action number  ·  Shift+Enter: new line  ·  F6: board"), self
        )
        self.syntax_label.setObjectName("captureSyntax")
        self.syntax_label.setStyleSheet("color: palette(placeholder-text)")
        layout.addWidget(self.syntax_label)
        self.hint_label.hide()
        self._show_kind()

    @property
    def kind(self) -> EntryKind:
        return self._kind

    def set_kind(self, kind: EntryKind) -> None:
        if kind != self._kind:
            self._kind = kind
            self._show_kind()
            self.kind_changed.emit(kind)

    def _show_kind(self) -> None:
        name = labels.entry_kind(self._kind)
        self.kind_label.setText(f"{name}  ·  {KIND_KEYS[self._kind]}")
        self.kind_label.setAccessibleName(self.tr("Current kind: %1").replace("%1", name))
        self.kind_label.setStyleSheet(
            f"QLabel#kindIndicator {{ background: {KIND_COLOURS[self._kind]}; color: white;"
            " font-weight: bold; border-radius: 4px; padding: 6px 10px; }"
        )
        self.edit.setAccessibleDescription(self.kind_label.text())

    def show_answer_target(self, issue_text: str | None) -> None:
        """Say which issue an improvement will answer (only while the kind is improvement)."""
        self.answers_label.setVisible(self._kind is EntryKind.IMPROVEMENT)
        if self._kind is not EntryKind.IMPROVEMENT:
            self.answers_label.setText("")
            return
        if issue_text:
            short = " ".join(issue_text.split())
            short = short if len(short) <= 90 else short[:89] + "…"
            self.answers_label.setText(
                self.tr("Answers: “%1”  (Ctrl+↑/↓ to choose another issue)").replace("%1", short)
            )
        else:
            self.answers_label.setText(
                self.tr("Answers no issue (select one on the board to link it)")
            )

    def show_hint(self, text: str) -> None:
        self.hint_label.setText(text)
        self.hint_label.setVisible(bool(text))
