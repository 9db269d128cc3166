"""A file given to open, in the window: a workspace opens, an exchange file is offered for
merging, an encrypted one asks its passphrase first, anything else is explained; macOS's
file-open event does the same; ``--smoke-test`` runs the whole start in a new process."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from tests.demo_files import demo_and_exchange
from workshop_app.cli import main
from workshop_app.store import cipher
from workshop_app.store.encryption import change_encryption
from workshop_app.ui.app import FileOpenFilter, configure_application, open_given_file
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.merge_dialog import MergeDialog
from workshop_app.ui.settings import Settings

PASSPHRASE = "une phrase assez longue"


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory) -> tuple[Path, Path]:
    """The demo workspace and an exchange file packed from it, built once."""
    return demo_and_exchange(tmp_path_factory.mktemp("files"))


@pytest.fixture
def files(demo_files, tmp_path) -> tuple[Path, Path]:
    workspace, exchange = tmp_path / "Atelier de Nadia.sqlite", tmp_path / "sent back.atelier"
    shutil.copy(demo_files[0], workspace)
    shutil.copy(demo_files[1], exchange)
    return workspace, exchange


@pytest.fixture
def window(qtbot, qapp, isolated_user_dirs):
    configure_application(qapp)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(isolated_user_dirs / "qs")
    )
    win = MainWindow(Settings(QSettings()))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_a_workspace_given_opens_in_the_window(window, files):
    workspace, _exchange = files
    assert open_given_file(window, workspace)
    assert window.workspace.path == workspace


def test_an_exchange_file_given_offers_the_merge(window, files):
    workspace, exchange = files
    assert window.open_workspace(workspace)
    dialog = open_given_file(window, exchange)
    assert isinstance(dialog, MergeDialog) and dialog.isVisible()
    assert dialog.paths == [exchange]
    assert dialog.merge_button.isEnabled() or dialog.nothing_new
    dialog.reject()  # nothing is merged unless the person says so


def test_an_exchange_file_without_a_workspace_says_what_to_do(window, files):
    _workspace, exchange = files
    assert open_given_file(window, exchange) is None
    assert "is an exchange file: it is merged into a workspace" in window.last_message.text()


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("missing.sqlite", None, "There is no file"),
        ("notes.txt", b"Nadia said hello", "is not an Atelier file"),
    ],
)
def test_a_file_atelier_cannot_open_is_explained(window, tmp_path, name, data, said):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    open_given_file(window, path)
    text = window.last_message.text()
    assert said in text and str(path) in text
    assert "(.atelier)" in text  # what Atelier opens


def test_an_encrypted_workspace_given_asks_its_passphrase(window, files, monkeypatch):
    workspace, _exchange = files
    change_encryption(workspace, PASSPHRASE)
    cipher._keys.clear()
    asked = []
    monkeypatch.setattr(
        "workshop_app.ui.workspace_files.ask_passphrase",
        lambda parent, path, refused: asked.append(path) or PASSPHRASE,
    )
    assert open_given_file(window, workspace)
    assert asked == [workspace]
    assert window.workspace.path == workspace


def test_an_encrypted_exchange_file_asks_its_passphrase_then_offers_the_merge(
    window, files, tmp_path, monkeypatch
):
    workspace, _exchange = files
    locked = tmp_path / "locked.sqlite"
    shutil.copy(workspace, locked)
    change_encryption(locked, PASSPHRASE)
    with closing(sqlite3.connect(workspace)) as conn:
        workshop = conn.execute("SELECT id FROM workshop LIMIT 1").fetchone()[0]
    sent = tmp_path / "sent encrypted.atelier"
    monkeypatch.setenv("ATELIER_PASSPHRASE", PASSPHRASE)
    assert main(["pack", "--workshop", workshop, "-o", str(sent), "--db", str(locked)]) == 0
    monkeypatch.delenv("ATELIER_PASSPHRASE")
    cipher._keys.clear()
    assert window.open_workspace(workspace)
    asked = []
    monkeypatch.setattr(
        "workshop_app.ui.encryption_dialogs.ask_passphrase",
        lambda parent, path, refused: asked.append(path) or PASSPHRASE,
    )
    dialog = open_given_file(window, sent)
    assert asked == [sent]
    assert isinstance(dialog, MergeDialog)
    dialog.reject()


def test_macos_gives_a_double_clicked_file_as_an_event(window, files, qtbot):
    workspace, _exchange = files
    watcher = FileOpenFilter(window)
    QApplication.instance().installEventFilter(watcher)
    try:
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(workspace)))
        qtbot.waitUntil(lambda: window.workspace is not None)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert window.workspace.path == workspace


def _smoke(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "workshop_app", "--platform", "offscreen", "--smoke-test", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_whole_start_with_a_workspace_given(files):
    workspace, _exchange = files
    result = _smoke(str(workspace))
    assert result.returncode == 0, result.stderr
    assert "window shown (Atelier de Nadia.sqlite — Atelier), workspace open" in result.stdout
    assert "dialogs: none" in result.stdout


def test_the_whole_start_with_an_exchange_file_given(files):
    workspace, exchange = files
    result = _smoke("--db", str(workspace), str(exchange))
    assert result.returncode == 0, result.stderr
    assert "dialogs: mergeDialog" in result.stdout


def test_the_whole_start_from_the_desktop_with_a_missing_file(tmp_path):
    result = _smoke("--desktop", str(tmp_path / "gone.sqlite"))
    assert result.returncode == 0, result.stderr  # the default workspace opened instead
    assert "dialogs: messageBox" in result.stdout
