"""Qt fixtures: settings in a temporary INI file, the demo workspace, a main window."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from workshop_app.demo import create_demo_workspace
from workshop_app.domain import Action, Participant, ParticipantRole, Programme, Workshop
from workshop_app.store import Workspace
from workshop_app.ui.app import configure_application
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.settings import Settings


@pytest.fixture
def settings(qapp, isolated_user_dirs) -> Settings:
    configure_application(qapp)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(isolated_user_dirs / "qsettings")
    )
    return Settings(QSettings())


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo workspace, built once; tests get a copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    return create_demo_workspace(path)


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_template.read_bytes())
    return copy


@pytest.fixture
def ws(demo_path, settings):
    """The demo workspace, open (and locked) for the test."""
    from workshop_app.store import Workspace

    workspace = Workspace.open(demo_path)
    yield workspace
    workspace.close()


@pytest.fixture
def stack(qapp):
    """An undo stack for widgets tested without the main window."""
    from PySide6.QtGui import QUndoStack

    return QUndoStack()


@pytest.fixture
def window(qtbot, settings) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.workspace is not None:
        win.close()


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key, accents and all (QTest.keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def empty_workshop(tmp_path):
    path = tmp_path / "atelier.sqlite"
    with Workspace.open(path) as ws:
        programme = ws.programmes.create_with_defaults(Programme(title="Précarité énergétique"))
        ws.actions.add(Action(programme_id=programme.id, number=1, title="Repérer"))
        ws.actions.add(Action(programme_id=programme.id, number=2, title="Accompagner"))
        for name, role in (
            ("Nadia B.", ParticipantRole.RESIDENT),
            ("Karim T.", ParticipantRole.SOCIAL_WORKER),
        ):
            ws.participants.add(
                Participant(programme_id=programme.id, display_name=name, role=role)
            )
        workshop = ws.workshops.add(
            Workshop(
                programme_id=programme.id, title="Atelier du 3 mars", starts_at="2026-03-03T14:00"
            )
        )
    return path, workshop.id


@pytest.fixture
def live(qtbot, settings, empty_workshop):
    path, workshop_id = empty_workshop
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert window.open_workspace(path)
    assert window.select_workshop(workshop_id)
    yield window, path, workshop_id
    window.close()


def type_line(qtbot, window, text: str) -> None:
    """Type ``text`` in the capture box and press Enter."""
    edit = window.page.capture.edit
    type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def key(qtbot, window, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, k, modifiers)


def rows(path, sql, *params):
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="session", autouse=True)
def clear_clipboard_at_the_end(qapp):
    """The test run never quits the application: what a test put on the clipboard is
    taken back before the process ends (Python-made clipboard data freed twice at exit
    crashed the run after every test had passed)."""
    yield
    qapp.clipboard().clear()


@pytest.fixture
def box(qtbot):
    """A capture box shown alone, with a theme, a person and an action to complete."""
    from workshop_app.domain.capture_syntax import Choice
    from workshop_app.ui.capture import CaptureEdit

    edit = CaptureEdit()
    qtbot.addWidget(edit)
    edit.set_choices(
        [Choice("impl", ("Implementation",))],
        [Choice("nadia", ("Nadia B.",))],
        [Choice("a1", ("1",))],
        {"a1": "Repérer"},
    )
    edit.show()
    qtbot.waitExposed(edit)
    return edit
