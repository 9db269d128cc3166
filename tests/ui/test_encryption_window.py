"""Encrypted workspaces in the window: asked for the passphrase, a wrong one said as such,
encrypting and decrypting from the File menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from workshop_app.demo import create_demo_workspace
from workshop_app.store import Workspace, cipher
from workshop_app.store.encryption import change_encryption
from workshop_app.ui.encryption_dialogs import PassphraseDialog

PASSPHRASE = "une phrase assez longue"


@pytest.fixture
def encrypted_demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    create_demo_workspace(path)
    change_encryption(path, PASSPHRASE)
    cipher._keys.clear()
    return path


def answer_dialogs(qtbot, answers: list[str | None], seen: list[str]) -> None:
    """Type each of ``answers`` in the next passphrase dialogs (None: Cancel)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.intro.text())
        given = answers.pop(0)
        if given is None:
            dialog.reject()
        else:
            qtbot.keyClicks(dialog.passphrase, given)
            if dialog.confirm:
                qtbot.keyClicks(dialog.again, given)
            dialog.accept()
        if answers:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)


def test_opening_asks_for_the_passphrase_until_it_is_right(window, qtbot, encrypted_demo):
    seen: list[str] = []
    answer_dialogs(qtbot, ["pas la bonne", PASSPHRASE], seen)
    assert window.open_workspace(encrypted_demo, create=False)
    assert "is encrypted" in seen[0] and "does not open" in seen[1]
    assert window.workspace is not None and window.workspace.path == encrypted_demo
    assert "(encrypted)" in window.path_label.text()
    assert window.decrypt_action.isEnabled() and not window.encrypt_action.isEnabled()
    assert window.tree_model.rowCount() > 0


def test_cancelling_keeps_what_was_open(window, qtbot, encrypted_demo, tmp_path):
    window.open_workspace(tmp_path / "other.sqlite")
    seen: list[str] = []
    answer_dialogs(qtbot, [None], seen)
    assert not window.open_workspace(encrypted_demo, create=False)
    assert window.workspace.path == tmp_path / "other.sqlite"


def test_encrypt_then_decrypt_from_the_menu(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "demo.sqlite"
    create_demo_workspace(path)
    window.open_workspace(path, create=False)
    assert window.encrypt_action.isEnabled() and not window.decrypt_action.isEnabled()
    seen: list[str] = []
    answer_dialogs(qtbot, [PASSPHRASE], seen)
    window.encrypt_action.trigger()
    assert "Write it down" in seen[0]
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert window.workspace is not None and window.workspace.path == path
    assert window.decrypt_action.isEnabled()
    assert b"Vaulx" not in path.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.decrypt_action.trigger()
    assert path.read_bytes().startswith(b"SQLite format 3")
    assert window.encrypt_action.isEnabled()


def test_a_new_passphrase_must_be_long_and_typed_twice_alike(qtbot):
    dialog = PassphraseDialog(None, "intro", confirm=True)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "court")
    qtbot.keyClicks(dialog.again, "court")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "at least" in dialog.problem.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE + "x")
    dialog.accept()
    assert "differ" in dialog.problem.text() and dialog.again.text() == ""
    dialog.again.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.again.text() == ""  # nothing of it stays in the widgets
    dialog.grab().save(str(Path("/tmp") / "passphrase_dialog.png"))


def test_the_passphrase_is_not_in_the_settings(window, qtbot, encrypted_demo, isolated_user_dirs):
    answer_dialogs(qtbot, [PASSPHRASE], [])
    assert window.open_workspace(encrypted_demo, create=False)
    window.settings.sync() if hasattr(window.settings, "sync") else None
    for file in isolated_user_dirs.rglob("*"):
        if file.is_file():
            assert PASSPHRASE.encode() not in file.read_bytes(), file


def test_a_new_workspace_can_be_encrypted_from_the_start(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "nouveau.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))

    def choose_encrypt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, choose_encrypt)
            return
        box.grab().save("/tmp/new_workspace_question.png")
        (encrypt,) = [b for b in box.buttons() if "Encrypt" in b.text()]
        encrypt.click()

    QTimer.singleShot(20, choose_encrypt)
    answer_dialogs(qtbot, [PASSPHRASE], [])
    window.new_workspace_dialog()
    assert window.workspace is not None and window.workspace.path == path
    assert "(encrypted)" in window.path_label.text()
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_an_empty_file_given_a_passphrase_becomes_an_encrypted_workspace(tmp_path):
    path = tmp_path / "vide.sqlite"
    path.touch()
    with Workspace.open(path, passphrase=PASSPHRASE) as ws:
        ws.conn.execute("SELECT 1")
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert cipher.passphrase_for(path) == PASSPHRASE
