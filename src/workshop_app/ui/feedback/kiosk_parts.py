"""Parts of the feedback kiosk: the face buttons, the scale in words, the PIN dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workshop_app.store.errors import NotFound
from workshop_app.ui.feedback.kiosk_lock import FREE_TRIES, LOCK_OUT_AFTER, new_unlock_code
from workshop_app.ui.i18n import fill
from workshop_app.ui.session import WorkshopSession

_FACE_FILL = {1: "#f4c7c3", 2: "#f9dcc4", 3: "#fff1b8", 4: "#d9f0c4", 5: "#bfe6c8"}


def rating_words(_context: QObject | None = None) -> dict[int, str]:
    """The 1–5 scale in words: they fit a statement and a question alike."""
    return {
        1: QCoreApplication.translate("RatingWords", "Not at all"),
        2: QCoreApplication.translate("RatingWords", "A little"),
        3: QCoreApplication.translate("RatingWords", "Somewhat"),
        4: QCoreApplication.translate("RatingWords", "A lot"),
        5: QCoreApplication.translate("RatingWords", "Completely"),
    }


def is_leave_gesture(event: QKeyEvent) -> bool:
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    return event.key() == Qt.Key.Key_Q and mods == wanted


class FaceButton(QAbstractButton):
    """A big face (frowning to smiling), its number and its word: never colour alone."""

    def __init__(self, rating: int, word: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.rating = rating
        self.setText(f"{rating}  {word}")
        self.setAccessibleName(self.text())
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(170, 230)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        chosen = self.isChecked()
        p.setPen(QPen(QColor("#1a237e" if chosen else "#b0b0b0"), 6 if chosen else 2))
        p.setBrush(QColor("#e8eaf6" if chosen else "#ffffff"))
        p.drawRoundedRect(box, 18, 18)
        size = min(box.width() - 30, box.height() * 0.55)
        face = QRectF(box.center().x() - size / 2, box.top() + 16, size, size)
        p.setPen(QPen(QColor("#333333"), 4))
        p.setBrush(QColor(_FACE_FILL[self.rating]))
        p.drawEllipse(face)
        p.setBrush(QColor("#333333"))
        eye = size * 0.08
        for dx in (-0.18, 0.18):
            p.drawEllipse(
                QRectF(face.center().x() + dx * size - eye / 2, face.top() + 0.35 * size, eye, eye)
            )
        curve = (self.rating - 3) * 0.09 * size  # below the mouth line: a smile
        mouth_y = face.top() + 0.66 * size - curve / 2
        path = QPainterPath()
        path.moveTo(face.center().x() - 0.24 * size, mouth_y)
        path.quadTo(
            face.center().x(), mouth_y + 2 * curve, face.center().x() + 0.24 * size, mouth_y
        )
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.setPen(QColor("#000000"))
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.5)
        font.setBold(chosen)
        p.setFont(font)
        text_box = QRectF(
            box.left() + 6, face.bottom() + 8, box.width() - 12, box.bottom() - face.bottom() - 12
        )
        mark = "✔ " if chosen else ""
        p.drawText(
            text_box, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, mark + self.text()
        )


class PinDialog(QDialog):
    """Before the kiosk opens: the facilitator chooses a PIN of 4 to 6 digits, twice, and
    notes the unlock code drawn for this kiosk (shown here only)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kioskPinDialog")
        self.setWindowTitle(self.tr("Start the feedback kiosk"))
        self.setMinimumWidth(480)
        self._unlock_code = new_unlock_code()
        intro = QLabel(
            self.tr(
                "Participants will answer one after another, full screen. To leave the kiosk, "
                "press Ctrl+Shift+Q and type this PIN. Choose 4 to 6 digits."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.first = QLineEdit(self)
        self.first.setObjectName("pinFirst")
        self.second = QLineEdit(self)
        self.second.setObjectName("pinSecond")
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(6)
            edit.textChanged.connect(self._check)
        self.message = QLabel(self)
        lock_note = QLabel(
            fill(
                self.tr(
                    "After %1 wrong PINs, each new try must wait, longer and longer. After "
                    "%2 wrong PINs, the PIN stops working: only this unlock code leaves the "
                    "kiosk (it also works if you forget the PIN). Write it down now: it is "
                    "shown only this once."
                ),
                FREE_TRIES,
                LOCK_OUT_AFTER,
            ),
            self,
        )
        lock_note.setObjectName("unlockCodeNote")
        lock_note.setWordWrap(True)
        self.code_label = QLabel(self._unlock_code, self)
        self.code_label.setObjectName("kioskUnlockCode")
        self.code_label.setAccessibleName(self.tr("Unlock code"))
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code_font = QFont("monospace")
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setPointSizeF(max(self.font().pointSizeF(), 10) * 2)
        code_font.setBold(True)
        self.code_label.setFont(code_font)
        self.code_label.setStyleSheet(
            "QLabel { border: 2px dashed #777; padding: 8px; background: #ffffff; }"
        )
        # Not selectable: a copy would wait in the clipboard, for anyone at the kiosk to paste.
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.noted = QCheckBox(self.tr("I have written down the unlock code"), self)
        self.noted.setObjectName("unlockCodeNoted")
        self.noted.toggled.connect(self._check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start the kiosk"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("PIN:"), self.first)
        form.addRow(self.tr("PIN again:"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(lock_note)
        layout.addWidget(self.code_label)
        layout.addWidget(self.noted)
        layout.addWidget(self.buttons)
        self._check()

    def pin(self) -> str:
        return self.first.text()

    def unlock_code(self) -> str:
        return self._unlock_code

    def _check(self) -> None:
        pin = self.first.text()
        valid = pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 6
        same = valid and pin == self.second.text()
        if pin and not valid:
            self.message.setText(self.tr("The PIN is 4 to 6 digits."))
        elif valid and self.second.text() and not same:
            self.message.setText(self.tr("The two PINs differ."))
        else:
            self.message.clear()
        ready = same and self.noted.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)


def present_people(session: WorkshopSession) -> list[tuple[str, str]]:
    """(id, pseudonym) of the people checked in; nothing else about them.

    The kiosk keeps only the folded keys of these names (see ``kiosk_names``): it shows none.
    """
    ws = session.workspace
    people = []
    for attendance in ws.attendance.for_workshop(session.workshop_id):
        if not attendance.present:
            continue
        try:
            person = ws.participants.get(attendance.participant_id, include_deleted=True)
        except NotFound:
            continue
        if person.erased_at is None and not person.is_deleted:
            people.append((person.id, person.display_name))
    return people
