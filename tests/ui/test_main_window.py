"""The main window on the demo workspace, driven as a person would."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QTableView, QTreeView

from workshop_app.domain import Programme, Workshop
from workshop_app.store import Workspace
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.models.roles import ID_ROLE
from workshop_app.ui.settings import Settings


def test_demo_workshops_are_listed(window, demo_path):
    assert window.open_workspace(demo_path)
    tree = window.findChild(QTreeView, "workspaceTree")
    model = tree.model()
    assert model.rowCount() == 1
    programme = model.index(0, 0)
    titles = [model.index(r, 0, programme).data() for r in range(model.rowCount(programme))]
    with Workspace.open(demo_path, lock=False) as ws:
        expected = [w.title for w in ws.workshops.select()]
    assert titles == expected
    assert len(titles) == 3


def test_choosing_a_workshop_shows_its_entries(window, demo_path, qtbot):
    window.open_workspace(demo_path)
    tree = window.findChild(QTreeView, "workspaceTree")
    programme = tree.model().index(0, 0)
    second = tree.model().index(1, 0, programme)
    tree.setCurrentIndex(second)
    board = window.findChild(QTableView, "boardView")
    with Workspace.open(demo_path, lock=False) as ws:
        workshop = ws.workshops.get(window.tree_model.workshop_at(second).id)
        count = len(ws.entries.for_workshop(workshop.id))
    shown = {
        board.model().index(r, c).data(ID_ROLE)
        for r in range(board.model().rowCount())
        for c in range(2)
    }
    assert len(shown - {None}) == count > 0
    assert workshop.title in window.header.plain_text()


def test_last_workshop_is_selected_again(settings, demo_path, qtbot):
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.open_workspace(demo_path)
    with Workspace.open(demo_path, lock=False) as ws:
        target = ws.workshops.select()[-1]
    first.select_workshop(target.id)
    first.close()
    second = MainWindow(Settings(QSettings()))
    qtbot.addWidget(second)
    second.open_workspace(demo_path)
    assert second.session.workshop_id == target.id
    second.close()


def test_title_with_markup_is_shown_literally(window, tmp_path):
    path = tmp_path / "hostile.sqlite"
    with Workspace.open(path) as ws:
        p = ws.programmes.create_with_defaults(Programme(title="P & Co"))
        w = ws.workshops.add(Workshop(programme_id=p.id, title="<b>Atelier</b> <img src=x>"))
    window.open_workspace(path)
    window.select_workshop(w.id)
    assert "<b>Atelier</b> <img src=x>" in window.header.plain_text()
    assert "P & Co" in window.header.plain_text()
    assert "<img" not in window.header.text()


def test_a_file_that_is_not_a_workspace_is_explained_and_untouched(window, demo_path, tmp_path):
    window.open_workspace(demo_path)
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("shopping list\n", encoding="utf-8")
    assert not window.open_workspace(bogus, create=False)
    box = window.last_message
    assert isinstance(box, QMessageBox)
    assert str(bogus) in box.text()
    assert bogus.read_text(encoding="utf-8") == "shopping list\n"
    assert window.workspace is not None and window.workspace.path == demo_path  # still open
    box.close()


def test_a_workspace_held_by_another_process_names_it(window, demo_path, qtbot):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from workshop_app.store import Workspace\n"
            f"ws = Workspace.open({str(demo_path)!r})\n"
            "print('ready', flush=True)\n"
            "time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        assert not window.open_workspace(demo_path)
        assert str(holder.pid) in window.last_message.text()
        window.last_message.close()
    finally:
        holder.kill()
        holder.wait()
    assert window.open_workspace(demo_path)  # the lock died with the process


def test_recent_files_menu_lists_opened_workspaces(window, demo_path, tmp_path):
    other = tmp_path / "other.sqlite"
    window.open_workspace(other)
    window.open_workspace(demo_path)
    window.recent_menu.aboutToShow.emit()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert labels[0].startswith("&1 demo.sqlite")
    assert labels[1].startswith("&2 other.sqlite")
    window.recent_menu.actions()[1].trigger()
    assert window.workspace.path == other


def test_window_geometry_is_remembered(settings, qtbot):
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 520)  # the offscreen screen is 800 x 600
    first.splitter.setSizes([250, 530])
    first.close()
    second = MainWindow(Settings(QSettings()))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (780, 520)
    assert second.splitter.sizes()[0] == first.splitter.sizes()[0]
    second.close()


def test_the_first_window_fits_the_screen(settings, qtbot):
    """A laptop's 1,366 × 768 screen cut the status bar off; the offscreen screen is 800 × 600."""
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    free = window.screen().availableGeometry()
    assert free.contains(window.geometry())
    assert window.width() >= free.width() * 0.85 and window.height() >= free.height() * 0.85
    window.close()


def test_about_names_version_and_data_location(window, demo_path):
    from workshop_app import __version__

    window.open_workspace(demo_path)
    window.about_action.trigger()
    text = window.last_message.text()
    assert __version__ in text
    assert str(demo_path) in text
    assert os.environ["XDG_DATA_HOME"] in text  # the data folder (platformdirs)
    window.last_message.close()


def test_help_lists_the_shortcuts(window):
    window.shortcuts_action.trigger()
    text = window.last_message.text()
    for keys in (
        "Ctrl+O",
        "Ctrl+N",
        "Ctrl+Q",
        "Ctrl+Z",
        "Ctrl+Shift+Z",
        "Ctrl+1",
        "Ctrl+6",
        "Ctrl+K",
        "Ctrl+J",
        "Ctrl+F",
        "Ctrl+Shift+F",
        "Ctrl+Alt+Up",
        "F2",
        "F6",
    ):
        assert keys in text, keys
    assert "Shift+Enter" in text
    window.last_message.close()


def test_quit_shortcut_closes_and_releases_the_workspace(window, demo_path, qtbot):
    window.open_workspace(demo_path)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert window.workspace is None
    with Workspace.open(demo_path):  # the lock is free again
        pass


def test_heavy_libraries_wait_until_they_are_needed(tmp_path):
    """Start-up opens the window without pyqtgraph, reportlab, openpyxl, sqlite-utils or Babel,
    nor the dialogs and the store code that only a menu item or a problem needs (issue 18)."""
    import subprocess
    import sys

    from workshop_app.demo import create_demo_workspace

    db = create_demo_workspace(tmp_path / "demo.sqlite")
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['x', '-platform', 'offscreen'])\n"
        "from workshop_app.ui import app as _app\n"
        "from workshop_app.ui.main_window import MainWindow\n"
        "window = MainWindow()\n"
        "_app.install_excepthook(window)\n"
        f"window.open_workspace(__import__('pathlib').Path({str(db)!r}))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "assert window.session is not None and window.session.workshop is not None\n"
        "later = ('pyqtgraph', 'reportlab', 'openpyxl', 'sqlite_utils', 'babel',\n"
        "    'workshop_app.ui.crash_dialog', 'workshop_app.ui.merge_dialog',\n"
        "    'workshop_app.ui.exchange_dialogs', 'workshop_app.ui.encryption_dialogs',\n"
        "    'workshop_app.store.exchange.apply', 'workshop_app.store.exchange.plan')\n"
        "print(','.join(m for m in later if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_a_new_programme_is_selected_so_new_workshop_adds_to_it(window, demo_path, qtbot):
    """Issue 12, item 8: after creating a programme, "New workshop" did nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.open_workspace(demo_path)
    qtbot.keyClick(
        window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    dialog = QApplication.activeModalWidget() or window.findChild(object, "programmeDialog")
    assert dialog is not None and dialog.objectName() == "programmeDialog"
    qtbot.keyClicks(dialog.title_edit, "Programme tout neuf")
    dialog.accept()
    assert window.session.programme.title == "Programme tout neuf"
    assert window.new_workshop_action.isEnabled()
    workshop_dialog = window.new_workshop()
    assert workshop_dialog is not None
    assert workshop_dialog.session.programme.title == "Programme tout neuf"
    workshop_dialog.reject()


def test_an_empty_workspace_says_where_to_start(window, tmp_path):
    """Issue 12, item 8: an empty workspace gave no hint of where to start."""
    assert "Ctrl+N" in window.page.board.empty_hint
    window.open_workspace(tmp_path / "nouveau.sqlite")
    assert "New Programme" in window.page.board.empty_hint
    assert "Ctrl+Alt+N" in window.page.board.empty_hint
    shot = window.page.board.grab()  # painted, not only set
    assert not shot.isNull()
