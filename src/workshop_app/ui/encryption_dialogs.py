"""Passphrases in the window: asking for the one of an encrypted workspace, encrypting the
open workspace, taking its encryption off.

A passphrase typed here goes to the store's memory (:mod:`workshop_app.store.cipher`) and
nowhere else: no setting, no recent-file list, no log.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from workshop_app.store import WorkspaceError
from workshop_app.ui.i18n import fill
from workshop_app.ui.messages import workspace_error_text

MIN_LENGTH = 8
"""Shorter passphrases are refused: they can be tried one after another in hours."""


class PassphraseDialog(QDialog):
    """Asks for a passphrase (``confirm``: twice, for a new one). Characters are not shown."""

    def __init__(self, parent: QWidget | None, intro: str, *, confirm: bool = False):
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Passphrase"))
        self.confirm = confirm
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.passphrase = self._field("passphraseEdit")
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.again = self._field("passphraseAgainEdit")
        if confirm:
            form.addRow(self.tr("&Again:"), self.again)
        else:
            self.again.hide()  # (found in the play-through: an empty box over the text)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a61b1b;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(self.tr("Passphrase"))
        return field

    def value(self) -> str:
        return self.passphrase.text()

    def accept(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.problem.setText(self.tr("Type the passphrase."))
            return
        if self.confirm:
            if len(text) < MIN_LENGTH:
                self.problem.setText(
                    self.tr(
                        "Choose at least %1 characters: a short passphrase is soon guessed."
                    ).replace("%1", str(MIN_LENGTH))
                )
                return
            if text != self.again.text():
                self.problem.setText(self.tr("The two passphrases differ. Type them again."))
                self.again.clear()
                self.again.setFocus()
                return
        self.problem.clear()
        super().accept()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.passphrase.clear()
        self.again.clear()
        super().done(result)


def ask_passphrase(parent: QWidget | None, path: Path, refused: bool) -> str | None:
    """The passphrase of the encrypted workspace ``path``, or None if the person cancels."""
    if refused:
        intro = fill(
            QCoreApplication.translate(
                "PassphraseDialog", "That passphrase does not open “%1”. Try again:"
            ),
            path.name,
        )
    else:
        intro = fill(
            QCoreApplication.translate(
                "PassphraseDialog",
                "“%1” is encrypted. Type its passphrase to open it (it is kept in memory only until Atelier closes).",
            ),
            path.name,
        )
    dialog = PassphraseDialog(parent, intro)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    value = dialog.value()
    dialog.passphrase.clear()
    return value


def unlock_file(parent: QWidget | None, path: Path) -> bool:
    """Before reading ``path`` (an exchange file, a backup): if it is encrypted and its
    passphrase not known yet, ask for it until it opens the file; False if the person
    gives up. A plain file, or one already unlocked, needs nothing."""
    from workshop_app.store import cipher

    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return True  # the usual checks say what is wrong
    if cipher.passphrase_for(path) is not None or not cipher.looks_encrypted(path, header):
        return True
    if not cipher.available():
        return True  # opening it says that encryption support is missing
    refused = False
    while True:
        passphrase = ask_passphrase(parent, path, refused)
        if passphrase is None:
            return False
        try:
            cipher.connect(path.absolute().as_uri() + "?mode=ro", passphrase, uri=True).close()
        except (cipher.KeyRefused, ValueError, *cipher.errors()):
            refused = True
            continue
        cipher.remember(path, passphrase)
        return True


def choose_passphrase(parent: QWidget | None) -> str | None:
    """A new passphrase, typed twice (None if the person cancels); the fields are emptied."""
    dialog = PassphraseDialog(
        parent,
        QCoreApplication.translate(
            "PassphraseDialog",
            "Choose a passphrase for this workspace. Every time it is opened, Atelier will ask for it; its backups and the files you send from it are encrypted with it too. Write it down somewhere safe: if it is lost, nobody can read the workspace again, not even Atelier.",
        ),
        confirm=True,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    value = dialog.value()
    dialog.passphrase.clear()
    return value


def new_workspace_passphrase(parent: QWidget) -> str | bool | None:
    """For a new workspace: a passphrase to encrypt it from the start (nothing of it is
    ever written plain), None for a plain one, False if the person cancels."""
    from workshop_app.store import cipher

    if not cipher.available():
        return None
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("PassphraseDialog", "New workspace"))
    box.setText(
        QCoreApplication.translate(
            "PassphraseDialog",
            "Encrypt the new workspace with a passphrase? Without it, nobody who gets this laptop can read what participants said; Atelier asks for it at each opening.",
        )
    )
    encrypt = box.addButton(
        QCoreApplication.translate("PassphraseDialog", "&Encrypt…"),
        QMessageBox.ButtonRole.YesRole,
    )
    plain = box.addButton(
        QCoreApplication.translate("PassphraseDialog", "&Not encrypted"),
        QMessageBox.ButtonRole.NoRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(encrypt)
    box.exec()
    if box.clickedButton() is plain:
        return None
    if box.clickedButton() is not encrypt:
        return False
    return choose_passphrase(parent) or False


def encrypt_workspace(window) -> bool:
    """Encrypt the window's workspace (and its backups) with a new passphrase."""
    from workshop_app.store import cipher

    workspace = window.workspace
    if workspace is None:
        return False
    if not cipher.available():
        QMessageBox.warning(
            window,
            QCoreApplication.translate("PassphraseDialog", "Encrypt the workspace"),
            QCoreApplication.translate(
                "PassphraseDialog",
                "This installation of Atelier cannot encrypt workspaces (its encryption support, the sqlcipher3 package, is missing).",
            ),
        )
        return False
    passphrase = choose_passphrase(window)
    return passphrase is not None and _change(window, passphrase)


def decrypt_workspace(window) -> bool:
    """Take the encryption off the window's workspace (and its backups), after asking."""
    workspace = window.workspace
    if workspace is None:
        return False
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("PassphraseDialog", "Remove the encryption"),
        QCoreApplication.translate(
            "PassphraseDialog",
            "Write the workspace and its backups without encryption? Anyone who gets this laptop could then read what participants said.",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return _change(window, None)


def _change(window, passphrase: str | None) -> bool:
    from workshop_app.store.encryption import change_encryption

    path = window.workspace.path
    window._close_workspace()
    try:
        change_encryption(path, passphrase)
        done = True
    except WorkspaceError as error:
        window.show_error(
            QCoreApplication.translate("PassphraseDialog", "The encryption was not changed"),
            workspace_error_text(error),
        )
        done = False
    window.open_workspace(path, create=False)
    if done:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "PassphraseDialog", "The workspace and its backups are now encrypted."
            )
            if passphrase
            else QCoreApplication.translate(
                "PassphraseDialog", "The workspace and its backups are no longer encrypted."
            ),
            10000,
        )
    return done
