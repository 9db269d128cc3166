"""Qt fixtures: settings in a temporary INI file, the demo workspace, a main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from workshop_app.demo import create_demo_workspace
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
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
