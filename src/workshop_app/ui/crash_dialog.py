"""What a person sees when Atelier meets an unexpected problem: plain words, where the log
is, a button that opens its folder; the window goes on working behind it.

The problem itself is written to the log (:mod:`workshop_app.logs`) before this dialog
opens, without anyone's words; the dialog shows the log file's path because a desktop
launch has no terminal to read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from workshop_app import logs
from workshop_app.ui.i18n import fill

TECHNICAL_CHARS = 300
"""How much of the problem's own text is shown (it is the person's screen: it may say more
than the log)."""


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager (tests replace this function)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CrashDialog(QDialog):
    """Says that something went wrong, that what was saved is safe, and where the log is."""

    def __init__(self, parent: QWidget | None, technical: str, log_file: Path | None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.log_file = log_file
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = self._label(
            self.tr(
                "Atelier met an unexpected problem and stopped what it was doing. What was "
                "saved is safe, and the text being typed in the capture box is kept as a "
                "draft: you can go on working."
            ),
            "crashMessage",
        )
        texts = QVBoxLayout()
        texts.setSpacing(10)
        texts.addWidget(self.message)
        if log_file is not None:
            texts.addWidget(
                self._label(
                    self.tr(
                        "The details were written to Atelier’s log (it holds no one’s words "
                        "or names). If it happens again, please send this file to the "
                        "person who helps you with Atelier:"
                    )
                )
            )
            self.path_label = self._label(str(log_file), "logPath")
            self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            texts.addWidget(self.path_label)
        else:
            self.path_label = self._label(
                self.tr("Atelier could not write its log on this computer."), "logPath"
            )
            texts.addWidget(self.path_label)
        detail = (
            technical if len(technical) <= TECHNICAL_CHARS else technical[:TECHNICAL_CHARS] + "…"
        )
        self.technical = self._label(fill(self.tr("Technical detail: %1"), detail), "technical")
        self.technical.setEnabled(False)  # greyed: for whoever helps, not a thing to act on
        texts.addWidget(self.technical)
        texts.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = self.buttons.addButton(
            self.tr("Open the log folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setObjectName("openLogFolder")
        self.open_button.setEnabled(log_file is not None)
        self.open_button.setAutoDefault(False)  # Enter closes the dialog, and work goes on
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.open_button.clicked.connect(self.open_log_folder)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(560, layout.totalHeightForWidth(560))

    def _label(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if name:
            label.setObjectName(name)
        return label

    def open_log_folder(self) -> bool:
        if self.log_file is None:
            return False
        opened = open_folder(self.log_file.parent)
        if not opened:
            self.path_label.setText(
                fill(
                    self.tr("Atelier could not open the folder. The log is: %1"),
                    str(self.log_file),
                )
            )
            self.adjustSize()  # the longer text must not push the others out (play-through)
        return opened


def show_crash(window, kind, error) -> CrashDialog | None:
    shown = getattr(window, "crash_dialog", None)
    try:
        if shown is not None and shown.isVisible():
            return None
    except RuntimeError:  # deleted when it closed
        pass
    text = str(error)
    technical = f"{kind.__name__}: {text}" if text else kind.__name__
    dialog = CrashDialog(window, technical, logs.current_log_file())
    window.crash_dialog = dialog
    dialog.open()
    return dialog
