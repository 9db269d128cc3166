"""Half-typed text survives a crash: the capture box's draft is kept in the workspace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop_app.store import Workspace
from workshop_app.ui.capture_draft import DRAFT_DELAY_MS
from workshop_app.ui.main_window import MainWindow

from .conftest import type_text

KEPT = "The text you were typing in this workshop was kept"


@pytest.fixture
def workshops(demo_path):
    with Workspace.open(demo_path) as ws:
        return [w.id for w in ws.workshops.select()][:2]


def open_window(qtbot, settings, path, workshop_id) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_workspace(path)
    assert window.select_workshop(workshop_id)
    return window


def crash(window: MainWindow) -> None:
    """What the system does to a killed Atelier: the file is closed and its lock released,
    and nothing of the window's own closing runs."""
    workspace, window.workspace = window.workspace, None
    window.page.drafts.timer.stop()
    workspace.conn.close()
    workspace.lock.release()
    window.hide()


def wait_for_debounce(qtbot) -> None:
    qtbot.wait(DRAFT_DELAY_MS + 250)


def test_a_draft_comes_back_after_a_crash_and_enter_saves_it(qtbot, settings, demo_path, workshops):
    workshop_id = workshops[0]
    window = open_window(qtbot, settings, demo_path, workshop_id)
    type_text(window.page.capture.edit, "Les ménages ne savent pas qui 😀")
    wait_for_debounce(qtbot)
    crash(window)

    again = open_window(qtbot, settings, demo_path, workshop_id)
    edit = again.page.capture.edit
    assert edit.toPlainText() == "Les ménages ne savent pas qui 😀"
    assert KEPT in again.statusBar().currentMessage()
    with Workspace.open(demo_path, lock=False) as ws:
        assert not any("qui 😀" in e.text for e in ws.entries.for_workshop(workshop_id))

    edit.setFocus()
    type_text(edit, " appeler")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.toPlainText() == ""
    assert again.workspace.drafts.get(workshop_id) == ""
    saved = [e.text for e in again.workspace.entries.for_workshop(workshop_id)]
    assert "Les ménages ne savent pas qui 😀 appeler" in saved
    again.close()


def test_typing_then_enter_before_the_pause_writes_no_draft(qtbot, settings, demo_path, workshops):
    window = open_window(qtbot, settings, demo_path, workshops[0])
    edit = window.page.capture.edit
    type_text(edit, "Vite dit")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_for_debounce(qtbot)
    assert window.workspace.conn.execute("SELECT count(*) FROM draft").fetchone()[0] == 0
    window.close()


def test_an_emptied_box_keeps_no_draft(qtbot, settings, demo_path, workshops):
    window = open_window(qtbot, settings, demo_path, workshops[0])
    edit = window.page.capture.edit
    type_text(edit, "abc")
    wait_for_debounce(qtbot)
    assert window.workspace.drafts.get(workshops[0]) == "abc"
    for _ in range(3):
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    wait_for_debounce(qtbot)
    assert window.workspace.drafts.get(workshops[0]) == ""
    window.close()


def test_each_workshop_keeps_its_own_draft(qtbot, settings, demo_path, workshops):
    first, second = workshops
    window = open_window(qtbot, settings, demo_path, first)
    edit = window.page.capture.edit
    type_text(edit, "premier atelier")  # no pause: switching keeps it at once
    assert window.select_workshop(second)
    assert edit.toPlainText() == ""
    type_text(edit, "second atelier")
    assert window.select_workshop(first)
    assert edit.toPlainText() == "premier atelier"
    assert KEPT in window.statusBar().currentMessage()
    assert window.select_workshop(second)
    assert edit.toPlainText() == "second atelier"
    window.close()  # the normal close keeps the drafts too
    with Workspace.open(demo_path) as ws:
        assert ws.drafts.get(first) == "premier atelier"
        assert ws.drafts.get(second) == "second atelier"


def test_leaving_the_box_keeps_the_draft_at_once(qtbot, settings, demo_path, workshops):
    window = open_window(qtbot, settings, demo_path, workshops[0])
    window.activateWindow()
    edit = window.page.capture.edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    type_text(edit, "dit Mme K.")
    window.page.board.setFocus()  # F6
    qtbot.waitUntil(lambda: not edit.hasFocus())
    assert window.workspace.drafts.get(workshops[0]) == "dit Mme K."
    window.close()


@pytest.mark.parametrize(
    "text",
    [
        "\ufeffcommence par un BOM",
        "\ufffeà l'envers",
        "عربي <b>gras</b>\n𝔘 ligne 2",
        "e\u0301👩🏽\u200d🌾",
    ],
)
def test_a_draft_is_put_back_exactly(qtbot, settings, demo_path, workshops, text):
    with Workspace.open(demo_path) as ws:
        ws.drafts.put(workshops[0], text)
    window = open_window(qtbot, settings, demo_path, workshops[0])
    assert window.page.capture.edit.toPlainText() == text
    window.close()


def test_the_status_bar_says_so_in_french(qapp, qtbot, settings, demo_path, workshops):
    from workshop_app.ui.i18n import install_translators

    translators = install_translators(qapp, "fr")
    try:
        with Workspace.open(demo_path) as ws:
            ws.drafts.put(workshops[0], "à moitié")
        window = open_window(qtbot, settings, demo_path, workshops[0])
        assert "a été conservé" in window.statusBar().currentMessage()
        window.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_an_edit_in_place_comes_back_after_a_crash(qtbot, settings, demo_path, workshops):
    """Issue 12, item 5: the edit in progress (F2) was lost with the laptop."""
    window = open_window(qtbot, settings, demo_path, workshops[0])
    page = window.page
    entry_id = page.current_entry_id()
    assert entry_id
    page.edit_current()
    editor = page.board.indexWidget(page.board.currentIndex())
    qtbot.wait(10)  # the keeper listens once the editor holds the entry's text
    editor.set_text("Une formulation revue 😀 à moitié")
    qtbot.wait(DRAFT_DELAY_MS + 200)
    with Workspace.open(demo_path, lock=False) as ws:
        assert ws.drafts.edits(workshops[0]) == [(entry_id, "Une formulation revue 😀 à moitié")]
    # killed while editing: the editor never gets to commit (hiding the window would)
    page.board.itemDelegate().blockSignals(True)
    crash(window)
    again = open_window(qtbot, settings, demo_path, workshops[0])
    editor = again.page.board.indexWidget(again.page.board.currentIndex())
    assert editor is not None and editor.typed_text() == "Une formulation revue 😀 à moitié"
    assert again.page.current_entry_id() == entry_id
    assert "change you were making" in again.statusBar().currentMessage()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # dropped on purpose: the draft goes too
    with Workspace.open(demo_path, lock=False) as ws:
        assert ws.drafts.edits(workshops[0]) == []
        assert ws.entries.get(entry_id).text != "Une formulation revue 😀 à moitié"
