"""The feedback kiosk: participants answer one after another on the facilitator's laptop.

One question per screen with five large faces (click, touch or keys 1–5; Enter goes on),
then an optional comment and an optional "attach my name" (off by default), then a
thank-you screen that gives way by itself to a clean first question. Each person's answers
are written at once. Nothing earlier is ever shown.

Names. The kiosk shows no name of anyone present: no list, no completion. A person who wants
their name on their answers ticks the box and types it as on the attendance list; case,
accents, spaces and punctuation do not matter (``kiosk_names``). A name that is nobody's
today, or that several people present share, is not attached: the person is told so, and
may correct it (3 tries) or send without their name. Answers with no rating and no comment
are not saved, and then the name is not even looked at.

Leaving. Escape, Alt+F4 or closing do not leave: the facilitator presses Ctrl+Shift+Q and
types the PIN chosen when the kiosk was started. After 3 wrong PINs every new try must wait
(5 s, 15 s, 1 min, then 5 min), the PIN box disabled and a countdown shown. After 10 wrong
PINs the PIN is locked out: participants can still answer, but leaving takes the 12-digit
unlock code shown once to the facilitator in the start dialog (``kiosk_lock``); the
unlock code also replaces a forgotten PIN at any time. Without it, a locked kiosk can only
be left by shutting Atelier down; every answer sent is already saved by then.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
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
from workshop_app.ui.feedback.kiosk_lock import PinGuard, Verdict, new_unlock_code
from workshop_app.ui.feedback.kiosk_names import PresentNames
from workshop_app.ui.feedback.kiosk_parts import (
    FaceButton,
    PinDialog,
    is_leave_gesture,
    present_people,
    rating_words,
)
from workshop_app.ui.i18n import fill
from workshop_app.ui.session import WorkshopSession

QUESTION, COMMENT, THANKS, LEAVE = range(4)
THANKS_DELAY_MS = 6000
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 6)}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
NAME_TRIES = 3
"""Names a person may type in one round before only "send without my name" is left."""
_ERROR_STYLE = "color: #b3261e"


def _big(widget: QWidget, scale: float, bold: bool = False) -> QWidget:
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 10) * scale)
    font.setBold(bold)
    widget.setFont(font)
    return widget


class KioskWindow(QWidget):
    """Full screen; shows only the current person's screen. ``left`` once the PIN is right.

    ``unlock_code`` lifts a lock-out (see the module); without one, a random code nobody has
    seen is drawn, so a lock-out then lasts until Atelier is shut. ``clock`` gives seconds
    (monotonic) for the waits between wrong PINs.
    """

    left = Signal()
    submitted = Signal()

    def __init__(
        self,
        session: WorkshopSession,
        pin: str,
        parent: QWidget | None = None,
        *,
        thanks_delay_ms: int = THANKS_DELAY_MS,
        unlock_code: str | None = None,
        clock: Callable[[], float] = time.monotonic,
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
        self.names = PresentNames.of(present_people(session))
        self.guard = PinGuard(pin, unlock_code or new_unlock_code(), clock=clock)
        self._leaving = False
        self._pin_note = ""
        self.ratings: dict[str, int] = {}
        self.current = 0
        self.name_tries = 0
        self.thanks_timer = QTimer(self, singleShot=True, interval=thanks_delay_ms)
        self.thanks_timer.timeout.connect(self.restart)
        self.pin_timer = QTimer(self, interval=1000)  # the countdown of a wait, each second
        self.pin_timer.timeout.connect(self._refresh_pin)
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
        # Only what the person types: no list, no completer, nothing kept by an input method.
        self.name_edit = _big(QLineEdit(page), 1.4)
        self.name_edit.setObjectName("kioskName")
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("Type your name as on the attendance list"))
        self.name_edit.setMaxLength(80)
        self.name_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self.name_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.name_edit.installEventFilter(self)
        self.name_edit.setMinimumHeight(56)
        self.name_edit.setEnabled(False)
        self.attach_check.toggled.connect(self._attach_toggled)
        for widget in (self.attach_check, self.name_edit):
            widget.setVisible(bool(self.names))
        note = _big(
            QLabel(self.tr("Your answers are anonymous unless you tick the box."), page), 1.5
        )
        note.setWordWrap(True)
        self.error_label = _big(QLabel(page), 1.3, bold=True)
        self.error_label.setObjectName("kioskError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.anonymous_button = self._button(
            self.tr("Send without my name"), self.send_anonymously, "kioskSendAnonymous"
        )
        self.anonymous_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(self.tr("← Back"), self.back, "kioskCommentBack"))
        buttons.addStretch(1)
        buttons.addWidget(self.anonymous_button)
        buttons.addWidget(self._button(self.tr("Send my answers ✔"), self.send, "kioskSend"))
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(self.comment_edit, 1)
        names = QHBoxLayout()
        names.addWidget(self.attach_check)
        names.addWidget(self.name_edit, 1)
        layout.addLayout(names)
        layout.addWidget(self.error_label)  # under the name, which it is mostly about
        layout.addWidget(note)
        layout.addSpacing(24)
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
        self.pin_title = _big(QLabel(page), 1.8, True)
        self.pin_title.setObjectName("kioskPinTitle")
        self.pin_title.setWordWrap(True)
        self.pin_edit = _big(QLineEdit(page), 2)
        self.pin_edit.setObjectName("kioskPin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(20)  # a PIN, or the unlock code with its spaces
        self.pin_edit.setMaximumWidth(640)
        self.pin_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.pin_help = _big(QLabel(page), 1.5)
        self.pin_help.setObjectName("kioskPinHelp")
        self.pin_help.setWordWrap(True)
        self.pin_message = _big(QLabel(page), 1.4, bold=True)
        self.pin_message.setObjectName("kioskPinMessage")
        self.pin_message.setWordWrap(True)
        self.pin_message.setStyleSheet(_ERROR_STYLE)
        layout = QVBoxLayout(page)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(self.pin_title)
        layout.addWidget(self.pin_help)
        layout.addWidget(self.pin_edit)
        layout.addWidget(self.pin_message)
        layout.addSpacing(16)
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
        self.name_edit.setText("")  # setText, not clear(): no undo step brings a name back
        self.name_tries = 0
        self.error_label.clear()
        self.anonymous_button.setVisible(False)
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
        if not target.isEnabled():  # the PIN box during a wait: keys come to the kiosk
            target = self
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

    def _attach_toggled(self, on: bool) -> None:
        self.name_edit.setEnabled(on and self.name_tries < NAME_TRIES)
        if on and self.name_edit.isEnabled():
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if not on:
            self.error_label.clear()
            self.anonymous_button.setVisible(False)

    def _typed_name_owner(self) -> str | None:
        """The one person present whose name was typed; None, with a message, otherwise."""
        if self.name_tries >= NAME_TRIES:
            return None  # the message already says: send without your name
        typed = self.name_edit.text()
        if not typed.strip():
            self.error_label.setText(self.tr("Type your name, or untick the box."))
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        participant_id = self.names.match(typed)
        if participant_id is not None:
            return participant_id
        self.name_tries += 1
        self.anonymous_button.setVisible(True)
        if self.name_tries >= NAME_TRIES:
            self.name_edit.setEnabled(False)
            self.attach_check.setFocus(Qt.FocusReason.OtherFocusReason)  # Space: anonymous
            self.error_label.setText(
                self.tr(
                    "Your name could not be attached. Please send your answers without your "
                    "name; the facilitator can help you afterwards."
                )
            )
            return None
        self.error_label.setText(
            self.tr(
                "This name was not attached: it is not on today's list, or several people "
                "have it. Check how it is written and send again, or send without your name."
            )
        )
        self.name_edit.selectAll()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return None

    def send_anonymously(self) -> bool:
        self.attach_check.setChecked(False)
        return self.send()

    def send(self) -> bool:
        comment = self.comment_edit.toPlainText().strip()
        participant_id = None
        has_answers = bool(self.ratings or comment)
        # With nothing to save the name is not looked at: no one learns who is present.
        if has_answers and self.attach_check.isChecked() and self.names:
            participant_id = self._typed_name_owner()
            if participant_id is None:
                return False
        if has_answers:
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
        typing = watched is self.comment_edit or watched is self.name_edit
        if typing and event.type() == QEvent.Type.KeyPress:
            plain = not (event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if is_leave_gesture(event):
                self.keyPressEvent(event)
                return True
            if event.key() in ENTER_KEYS and (plain or watched is self.name_edit):
                self.send()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        page, key = self.pages.currentIndex(), event.key()
        if is_leave_gesture(event):
            self._return_to = page if page != LEAVE else self._return_to
            self.thanks_timer.stop()
            self.pin_edit.setText("")
            self._pin_note = ""
            self._refresh_pin()
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

    def _check_pin(self) -> bool:
        typed = self.pin_edit.text()
        self.pin_edit.setText("")
        wrong_before = self.guard.wrong
        verdict = self.guard.check(typed)
        if verdict is Verdict.OPEN:
            self._leaving = True
            self.pin_timer.stop()
            self.close()
            self.left.emit()
            return True
        if verdict is Verdict.LOCKED:
            self._pin_note = ""  # the title says it all
        elif self.guard.wrong > wrong_before:  # a wrong PIN, counted (a wait may follow)
            self._pin_note = self.tr("Wrong PIN. The kiosk stays open.")
            left = self.guard.tries_before_lock_out()
            if left <= 3:
                self._pin_note += " " + self.tr(
                    "Careful: after %n more wrong PIN(s), the PIN will be locked.", "", left
                )
        elif verdict is Verdict.WRONG_CODE:
            self._pin_note = self.tr("Wrong unlock code.")
        self._refresh_pin()
        return False

    def _refresh_pin(self) -> None:
        """The leave screen as the guard stands: a countdown, the lock-out, or the PIN box."""
        locked = self.guard.locked_out
        wait = math.ceil(self.guard.wait_left())
        if locked:
            self.pin_title.setText(self.tr("Too many wrong PINs: the PIN is locked."))
            self.pin_help.setText(
                self.tr(
                    "Facilitator: to leave the kiosk, type the unlock code shown when the kiosk "
                    "was started, then Enter.\nParticipants can go on answering: touch “Back "
                    "to the questions”."
                )
            )
            self.pin_edit.setAccessibleName(self.tr("Unlock code"))
            self.pin_edit.setPlaceholderText(self.tr("Unlock code"))
        else:
            self.pin_title.setText(
                self.tr("Facilitator: type the PIN, then Enter, to leave the kiosk.")
            )
            self.pin_help.setText("")
            self.pin_edit.setAccessibleName(self.tr("PIN"))
            self.pin_edit.setPlaceholderText("")
        self.pin_help.setVisible(locked)
        lines = [self._pin_note] if self._pin_note else []
        if wait > 0:
            if locked:  # a short pause after a wrong unlock code
                countdown = fill(self.tr("Try again in %1 s."), wait)
            elif wait < 60:
                countdown = fill(self.tr("Too many tries. Try again in %1 s."), wait)
            else:
                countdown = fill(
                    self.tr("Too many tries. Try again in %1 min %2 s."),
                    wait // 60,
                    f"{wait % 60:02d}",
                )
            lines.append(countdown)
            if not self.pin_timer.isActive():
                self.pin_timer.start()
        else:
            self.pin_timer.stop()
        self.pin_message.setText("\n".join(lines))
        was_enabled = self.pin_edit.isEnabled()
        self.pin_edit.setEnabled(wait == 0)
        if self.pages.currentIndex() == LEAVE and self.pin_edit.isEnabled() != was_enabled:
            (self.pin_edit if wait == 0 else self).setFocus(Qt.FocusReason.OtherFocusReason)

    def _cancel_leave(self) -> None:
        self.pin_edit.setText("")
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
        kiosk = KioskWindow(session, dialog.pin(), unlock_code=dialog.unlock_code())
        kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        parent.kiosk = kiosk
        kiosk.showFullScreen()
        kiosk.activateWindow()
        kiosk.setFocus()

    dialog.accepted.connect(open_kiosk)
    dialog.open()
    return dialog
