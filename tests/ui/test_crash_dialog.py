"""An unexpected problem in a slot: written to the log, said in plain words with the log's
path, the window still working and nothing typed lost."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from tests.ui.conftest import type_line, type_text
from workshop_app import logs
from workshop_app.ui import crash_dialog
from workshop_app.ui.about import about_text
from workshop_app.ui.crash_dialog import CrashDialog
from workshop_app.ui.excepthook import install_excepthook

# Atelier's own hook meets the exception here, as it does in the app (pytest-qt's would
# fail the test instead).
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def log_file(isolated_user_dirs, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_STATE_HOME", str(isolated_user_dirs / "state"))
    path = logs.setup("gui")
    assert path is not None
    return path


@pytest.fixture
def hooked(live, log_file, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    window, path, workshop_id = live
    install_excepthook(window)
    return window, path, workshop_id


def raise_in_a_slot(error: Exception) -> None:
    button = QPushButton()

    def broken_slot():
        raise error

    button.clicked.connect(broken_slot)
    button.click()


def test_an_exception_in_a_slot_is_written_to_the_log(hooked, log_file, qtbot):
    window, _path, _id = hooked
    said = "Les ménages de Nadia B. ne savent pas qui appeler"
    raise_in_a_slot(ValueError(f"cannot file: {said}"))
    qtbot.waitUntil(lambda: getattr(window, "crash_dialog", None) is not None)
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR workshop_app: unexpected problem" in text
    assert "in broken_slot" in text
    assert "ValueError (message withheld," in text
    assert "Nadia" not in text and "ménages" not in text


def test_the_dialog_says_where_the_log_is_and_opens_its_folder(
    hooked, log_file, qtbot, monkeypatch
):
    window, _path, _id = hooked
    opened = []
    monkeypatch.setattr(crash_dialog, "open_folder", lambda folder: opened.append(folder) or True)
    raise_in_a_slot(RuntimeError("boom"))
    dialog = window.crash_dialog
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Something went wrong"
    assert dialog.path_label.text() == str(log_file)
    assert "RuntimeError: boom" in dialog.technical.text()
    assert "terminal" not in dialog.message.text()
    button = dialog.findChild(QPushButton, "openLogFolder")
    button.click()
    assert opened == [log_file.parent]
    assert dialog.isVisible()  # opening the folder does not close the dialog
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_folder_that_cannot_be_opened_still_shows_the_path(hooked, log_file, monkeypatch):
    window, _path, _id = hooked
    monkeypatch.setattr(crash_dialog, "open_folder", lambda folder: False)
    raise_in_a_slot(RuntimeError("boom"))
    window.crash_dialog.open_button.click()
    assert str(log_file) in window.crash_dialog.path_label.text()


def test_a_repeated_problem_opens_one_dialog_and_is_logged_each_time(hooked, log_file):
    window, _path, _id = hooked
    raise_in_a_slot(RuntimeError("first"))
    first = window.crash_dialog
    raise_in_a_slot(RuntimeError("second"))
    assert window.crash_dialog is first
    assert log_file.read_text(encoding="utf-8").count("unexpected problem") == 2


def test_the_window_goes_on_and_the_typed_text_stays(hooked, qtbot):
    window, _path, workshop_id = hooked
    edit = window.page.capture.edit
    edit.setFocus()
    type_text(edit, "Le bus ne passe plus")
    raise_in_a_slot(RuntimeError("boom"))
    assert edit.toPlainText() == "Le bus ne passe plus"
    assert window.workspace.drafts.get(workshop_id) == "Le bus ne passe plus"  # kept at once
    window.crash_dialog.reject()
    edit.setFocus()
    type_line(qtbot, window, " le dimanche")
    texts = [e.text for e in window.workspace.entries.for_workshop(workshop_id)]
    assert "Le bus ne passe plus le dimanche" in texts


def test_without_a_log_the_dialog_says_so(qtbot, monkeypatch):
    monkeypatch.setattr(logs, "_handler", None)
    dialog = CrashDialog(None, "RuntimeError: boom", logs.current_log_file())
    qtbot.addWidget(dialog)
    assert "could not write its log" in dialog.path_label.text()
    assert not dialog.open_button.isEnabled()


def test_about_shows_the_log_folder(log_file, qapp):
    text = about_text(None)
    assert str(log_file.parent) in text
    assert "Log folder" in text
