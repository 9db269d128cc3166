"""The feedback kiosk: participants answer one after another on the facilitator's laptop.

One question per screen with five large faces (click, touch or keys 1–5; Enter goes on),
then an optional comment and an optional "attach my name" (off by default), then a
thank-you screen that gives way by itself to a clean first question. Each person's answers
are written at once. Nothing earlier is ever shown. Escape, Alt+F4 or closing do not leave:
the facilitator presses Ctrl+Shift+Q and types the PIN chosen when the kiosk was started.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.models import FeedbackResponse
from workshop_app.ui.dialogs import message_box
from workshop_app.ui.feedback.kiosk_parts import (
    FaceButton,
    PinDialog,
    is_leave_gesture,
    present_people,
    rating_words,
)
from workshop_app.ui.session import WorkshopSession

QUESTION, COMMENT, THANKS, LEAVE = range(4)
THANKS_DELAY_MS = 6000
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 6)}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _big(widget: QWidget, scale: float, bold: bool = False) -> QWidget:
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 10) * scale)
    font.setBold(bold)
    widget.setFont(font)
    return widget


class KioskWindow(QWidget):
    """Full screen; shows only the current person's screen. ``left`` once the PIN is right."""

    left = Signal()
    submitted = Signal()

    def __init__(
        self,
        session: WorkshopSession,
        pin: str,
        parent: QWidget | None = None,
        *,
        thanks_delay_ms: int = THANKS_DELAY_MS,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("feedbackKiosk")
        self.setWindowTitle(self.tr("Your opinion"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("QWidget#feedbackKiosk { background: #fafafa; }")
        self.session = session
        workspace, workshop_id = session.workspace, session.workshop_id
        self.questions = workspace.feedback_questions.for_workshop(workshop_id)
        self.people = present_people(session)
        self._salt = secrets.token_bytes(16)
        self._pin_hash = self._hash(pin)
        self._leaving = False
        self.ratings: dict[str, int] = {}
        self.current = 0
        self.thanks_timer = QTimer(self, singleShot=True, interval=thanks_delay_ms)
        self.thanks_timer.timeout.connect(self.restart)
        self.pages = QStackedWidget(self)
        for build in (self._question_page, self._comment_page, self._thanks_page, self._leave_page):
            self.pages.addWidget(build())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.pages)
        self.restart()

    # -- pages ------------------------------------------------------------------------
    def _button(self, text: str, slot, name: str) -> QPushButton:
        button = _big(QPushButton(text, self), 1.6, bold=True)
        button.setObjectName(name)
        button.setMinimumHeight(72)
        button.setMinimumWidth(220)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def _question_page(self) -> QWidget:
        page = QWidget(self)
        self.progress_label = _big(QLabel(page), 1.7)
        self.question_label = _big(QLabel(page), 2.6, bold=True)
        self.question_label.setObjectName("kioskQuestion")
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.faces = QButtonGroup(self)
        row = QHBoxLayout()
        row.setSpacing(18)
        for rating, word in rating_words(self).items():
            face = FaceButton(rating, word, page)
            face.setObjectName(f"face{rating}")
            self.faces.addButton(face, rating)
            row.addWidget(face)
        self.faces.idClicked.connect(self.choose)
        hint = _big(
            QLabel(self.tr("Touch a face, or press a key from 1 to 5. Then Enter."), page), 1.7
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button = self._button(self.tr("← Back"), self.back, "kioskBack")
        self.next_button = self._button("", self.next, "kioskNext")
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.question_label, 2)
        layout.addLayout(row, 3)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        return page

    def _comment_page(self) -> QWidget:
        page = QWidget(self)
        title = _big(QLabel(self.tr("Anything you would like to add? (optional)"), page), 2.2, True)
        title.setWordWrap(True)
        self.comment_edit = _big(QPlainTextEdit(page), 1.6)
        self.comment_edit.setObjectName("kioskComment")
        self.comment_edit.setAccessibleName(self.tr("Your comment"))
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.installEventFilter(self)
        self.comment_edit.setMaximumHeight(240)
        self.attach_check = _big(QCheckBox(self.tr("Attach my name to my answers"), page), 1.4)
        self.attach_check.setObjectName("kioskAttachName")
        self.attach_check.setStyleSheet("QCheckBox::indicator { width: 36px; height: 36px; }")
        self.attach_check.setMinimumHeight(56)
        self.name_combo = _big(QComboBox(page), 1.4)
        self.name_combo.setObjectName("kioskName")
        self.name_combo.setAccessibleName(self.tr("Your name"))
        self.name_combo.setPlaceholderText(self.tr("Choose your name"))
        for participant_id, name in self.people:
            self.name_combo.addItem(name, participant_id)
        self.name_combo.setMinimumHeight(56)
        self.name_combo.setEnabled(False)
        self.attach_check.toggled.connect(self.name_combo.setEnabled)
        for widget in (self.attach_check, self.name_combo):
            widget.setVisible(bool(self.people))
        note = _big(
            QLabel(self.tr("Your answers are anonymous unless you tick the box."), page), 1.5
        )
        self.error_label = _big(QLabel(page), 1.3, bold=True)
        self.error_label.setObjectName("kioskError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e")
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(self.tr("← Back"), self.back, "kioskCommentBack"))
        buttons.addStretch(1)
        buttons.addWidget(self._button(self.tr("Send my answers ✔"), self.send, "kioskSend"))
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(self.comment_edit, 1)
        names = QHBoxLayout()
        names.addWidget(self.attach_check)
        names.addWidget(self.name_combo, 1)
        layout.addLayout(names)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        return page

    def _thanks_page(self) -> QWidget:
        page = QWidget(self)
        thanks = _big(QLabel("☺ " + self.tr("Thank you!"), page), 5, bold=True)
        thanks.setObjectName("kioskThanks")
        saved = _big(QLabel(self.tr("Your answers are saved. The next person can start."), page), 2)
        hint = _big(QLabel(self.tr("Press Enter or touch the screen to continue."), page), 1.7)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for label in (thanks, saved, hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        return page

    def _leave_page(self) -> QWidget:
        page = QWidget(self)
        title = _big(
            QLabel(self.tr("Facilitator: type the PIN, then Enter, to leave the kiosk."), page),
            1.8,
            True,
        )
        title.setWordWrap(True)
        self.pin_edit = _big(QLineEdit(page), 2)
        self.pin_edit.setObjectName("kioskPin")
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(6)
        self.pin_message = _big(QLabel(page), 1.4, bold=True)
        self.pin_message.setObjectName("kioskPinMessage")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.pin_edit)
        layout.addWidget(self.pin_message)
        layout.addWidget(
            self._button(self.tr("← Back to the questions"), self._cancel_leave, "kioskStay")
        )
        layout.addStretch(1)
        return page

    # -- the round ----------------------------------------------------------------------
    def restart(self) -> None:
        """A clean first question for the next person: nothing of the previous one is left."""
        self.thanks_timer.stop()
        self.ratings = {}
        self.comment_edit.clear()
        self.comment_edit.document().clearUndoRedoStacks()
        self.attach_check.setChecked(False)
        self.name_combo.setCurrentIndex(-1)
        self.error_label.clear()
        self._show_question(0)

    def _show_question(self, index: int) -> None:
        self.current = index
        if not self.questions:
            self._show(COMMENT)
            return
        question = self.questions[index]
        self.progress_label.setText(
            self.tr("Question %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(self.questions)))
        )
        self.question_label.setText(question.text)
        self.faces.setExclusive(False)
        for button in self.faces.buttons():
            button.setChecked(self.faces.id(button) == self.ratings.get(question.id))
        self.faces.setExclusive(True)
        self.back_button.setVisible(index > 0)
        self._update_next()
        self._show(QUESTION)

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        target = self.comment_edit if page == COMMENT else self.pin_edit if page == LEAVE else self
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_next(self) -> None:
        chosen = self.questions[self.current].id in self.ratings
        self.next_button.setText(self.tr("Next →") if chosen else self.tr("Skip this question →"))

    def choose(self, rating: int) -> None:
        if self.pages.currentIndex() != QUESTION or not self.questions:
            return
        self.ratings[self.questions[self.current].id] = rating
        self.faces.button(rating).setChecked(True)
        self._update_next()

    def next(self) -> None:
        if self.current + 1 < len(self.questions):
            self._show_question(self.current + 1)
        else:
            self._show(COMMENT)

    def back(self) -> None:
        if self.pages.currentIndex() == COMMENT:
            if self.questions:
                self._show_question(len(self.questions) - 1)
        elif self.current > 0:
            self._show_question(self.current - 1)

    def send(self) -> bool:
        comment = self.comment_edit.toPlainText().strip()
        participant_id = None
        if self.attach_check.isChecked():
            participant_id = self.name_combo.currentData()
            if participant_id is None:
                self.error_label.setText(self.tr("Choose your name, or untick the box."))
                return False
        if self.ratings or comment:
            response = FeedbackResponse(
                workshop_id=self.session.workshop_id, participant_id=participant_id, comment=comment
            )
            ratings = dict(self.ratings)
            if not self.session.run_write(
                lambda ws: ws.feedback.submit(response, ratings),
                entries_changed=False,
                tables=("feedback_response",),
            ):
                self.error_label.setText(
                    self.tr(
                        "Your answers could not be saved. Please tell the facilitator. (%1)"
                    ).replace("%1", self.session.last_error or "")
                )
                return False
        self.restart()  # forget this person's answers before anything else is shown
        self._show(THANKS)
        self.thanks_timer.start()
        self.submitted.emit()
        return True

    # -- keys and leaving -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.comment_edit and event.type() == QEvent.Type.KeyPress:
            plain = not (event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if is_leave_gesture(event):
                self.keyPressEvent(event)
                return True
            if event.key() in ENTER_KEYS and plain:
                self.send()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        page, key = self.pages.currentIndex(), event.key()
        if is_leave_gesture(event):
            self._return_to = page if page != LEAVE else self._return_to
            self.thanks_timer.stop()
            self.pin_edit.clear()
            self.pin_message.clear()
            self._show(LEAVE)
        elif page == LEAVE:
            if key in ENTER_KEYS:
                self._check_pin()
            elif key == Qt.Key.Key_Escape:
                self._cancel_leave()
        elif page == QUESTION and key in DIGIT_KEYS:
            self.choose(DIGIT_KEYS[key])
        elif page == QUESTION and key in ENTER_KEYS:
            self.next()
        elif page == COMMENT and key in ENTER_KEYS:
            self.send()
        elif page == THANKS and key in ENTER_KEYS:
            self.restart()
        event.accept()  # Escape and anything else: nothing happens, and nothing leaks out

    def mousePressEvent(self, event) -> None:
        if self.pages.currentIndex() == THANKS:
            self.restart()
        super().mousePressEvent(event)

    def _hash(self, pin: str) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", pin.encode(), self._salt, 20000)

    def _check_pin(self) -> bool:
        typed = self.pin_edit.text()
        self.pin_edit.clear()
        if hmac.compare_digest(self._hash(typed), self._pin_hash):
            self._leaving = True
            self.close()
            self.left.emit()
            return True
        self.pin_message.setText(self.tr("Wrong PIN. The kiosk stays open."))
        return False

    def _cancel_leave(self) -> None:
        self.pin_edit.clear()
        back = getattr(self, "_return_to", QUESTION)
        if back == QUESTION:
            self._show_question(self.current)
        else:
            self._show(back)
            if back == THANKS:
                self.thanks_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leaving:
            event.accept()
        else:
            event.ignore()  # Alt+F4, the window's close button: the kiosk stays


def start_kiosk(parent: QWidget, session: WorkshopSession | None) -> PinDialog | None:
    """Ask for the PIN, then open the kiosk full screen (``parent.kiosk`` keeps it)."""
    if session is None or session.workshop_id is None:
        return None
    if not session.workspace.feedback_questions.for_workshop(session.workshop_id):
        message_box(
            parent,
            QCoreApplication.translate("Feedback", "No feedback questions"),
            QCoreApplication.translate(
                "Feedback", "This workshop has no feedback questions yet. Add some first."
            ),
        )
        return None
    dialog = PinDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def open_kiosk() -> None:
        kiosk = KioskWindow(session, dialog.pin())
        kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        parent.kiosk = kiosk
        kiosk.showFullScreen()
        kiosk.activateWindow()
        kiosk.setFocus()

    dialog.accepted.connect(open_kiosk)
    dialog.open()
    return dialog
