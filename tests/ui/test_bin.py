"""File › Empty the Bin… (issue 15): it asks first, saying how many removed items will be
gone for good; emptying clears the undo history, and an undo step older than the emptying
can no longer bring anything back (it fails in words, it does not crash)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from workshop_app.domain import EntryKind
from workshop_app.store import Workspace, recycle_bin
from workshop_app.ui import entry_edits
from workshop_app.ui.commands import RemoveRecords

WORDS = ("Qzorvantile", "Qzumbrecht", "Qzélestrine")


def _file_menu_actions(window) -> list:
    file_menu = window.menuBar().actions()[0].menu()
    return [a for a in file_menu.actions() if not a.isSeparator()]


def _capture(window, text: str, kind: EntryKind = EntryKind.ISSUE) -> str:
    window.page.capture.set_kind(kind)
    before = set(window.session.entries)
    window.page.capture_text(text)
    [entry_id] = set(window.session.entries) - before
    return entry_id


@pytest.fixture
def with_removed(live):
    """The live window, two entries captured then removed (on the undo stack), one kept."""
    window, path, _workshop_id = live
    kept = _capture(window, "Le gardien reste joignable le matin")
    removed = [_capture(window, f"{word} a été dit") for word in WORDS[:2]]
    for entry_id in removed:
        assert window.page.push(entry_edits.remove(window.session, entry_id))
    return window, path, kept, removed


def _ask(window, qtbot) -> QMessageBox:
    window.empty_bin_action.trigger()
    box = window.last_message
    assert isinstance(box, QMessageBox)
    qtbot.waitExposed(box)
    return box


def test_the_file_menu_offers_to_empty_the_bin(window, live):
    assert window.empty_bin_action in _file_menu_actions(window)
    assert not window.empty_bin_action.isEnabled()  # no workspace in that window
    live_window = live[0]
    assert live_window.empty_bin_action.isEnabled()
    assert "&" in live_window.empty_bin_action.text()  # reachable from the keyboard
    assert str(recycle_bin.RETENTION_DAYS) in live_window.empty_bin_action.statusTip()
    live_window._close_workspace()
    assert not live_window.empty_bin_action.isEnabled()


def test_emptying_asks_first_and_says_how_many(with_removed, qtbot, tmp_path):
    window, _path, _kept, removed = with_removed
    box = _ask(window, qtbot)
    assert box.objectName() == "emptyBinBox"
    assert "2 removed item" in box.text()
    assert "gone for good" in box.text()
    assert "Entries: 2" in box.informativeText()
    assert "cannot be undone" in box.informativeText()
    assert f"{recycle_bin.RETENTION_DAYS} days" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    shot = box.grab()
    assert not shot.isNull()
    shot.save(str(tmp_path / "empty-bin.png"))
    if os.environ.get("ATELIER_SCREENSHOTS"):
        shot.save(str(Path(os.environ["ATELIER_SCREENSHOTS"]) / "empty-bin-confirmation.png"))
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert recycle_bin.contents(window.workspace.conn) == {"entry": 2}  # nothing was done
    assert window.undo_stack.canUndo()
    window.undo_stack.undo()  # the last removal, undone as before
    assert removed[1] in window.session.entries


def test_emptying_erases_them_and_leaves_a_safe_undo_stack(with_removed, qtbot):
    window, path, kept, removed = with_removed
    assert window.undo_stack.count() == 5
    box = _ask(window, qtbot)
    box.findChild(type(box.button(QMessageBox.StandardButton.Cancel)), "emptyBinButton").click()
    ws = window.workspace
    assert recycle_bin.contents(ws.conn) == {}
    for entry_id in removed:
        tombstone = ws.entries.get(entry_id, include_deleted=True)
        assert tombstone.text == "" and tombstone.deleted_at is not None
    assert "2 item" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()
    window.undo_action.trigger()  # nothing to undo: nothing happens
    window.undo_stack.undo()
    assert set(window.session.entries) == {kept}
    assert window.session.last_error is None
    window.page.capture_text("Une nouvelle idée après la corbeille")  # the window goes on
    assert window.undo_stack.canUndo()
    window._close_workspace()
    data = b"".join(
        p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists()
    )
    for word in WORDS[:2]:
        assert word.encode() not in data and word.lower().encode() not in data


def test_an_undo_step_older_than_the_emptying_fails_in_words(live, qtbot):
    """A step kept out of the window's stack (as a dialog's own stack could) still finds the
    entry gone: the store refuses, the window says why, nothing crashes or comes back."""
    window, _path, _workshop_id = live
    entry_id = _capture(window, f"{WORDS[2]} sera retiré")
    step = RemoveRecords(window.session, "entry", [entry_id], "Retirer")
    step.redo()
    assert entry_id not in window.session.entries
    recycle_bin.empty_now(window.workspace, backups=False)
    step.undo()
    assert entry_id not in window.session.entries
    assert "emptied from the bin" in (window.session.last_error or "")
    assert "emptied from the bin" in window.last_message.text()
    window.last_message.close()
    assert window.workspace.entries.get(entry_id, include_deleted=True).text == ""


def test_an_empty_bin_says_so(live, qtbot):
    window = live[0]
    _capture(window, "Rien n'est retiré")
    window.empty_bin_action.trigger()
    box = window.last_message
    assert box.objectName() == "emptyBinBox"
    assert "The bin is empty" in box.text()
    box.close()


def test_opening_says_what_the_delay_emptied(qtbot, settings, empty_workshop):
    path, workshop_id = empty_workshop
    with Workspace.open(path) as ws:
        from workshop_app.domain import Entry

        entry = ws.entries.add(
            Entry(workshop_id=workshop_id, kind=EntryKind.IDEA, text=f"{WORDS[0]} ancien")
        )
        ws.entries.soft_delete(entry.id)
        with ws.db.atomic():
            ws.conn.execute(
                "UPDATE entry SET deleted_at = '2020-01-01T00:00:00.000000Z' WHERE id = ?",
                [entry.id],
            )
    from workshop_app.ui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_workspace(path)
    message = window.statusBar().currentMessage()
    assert "1 item" in message and f"{recycle_bin.RETENTION_DAYS} days" in message
    assert window.workspace.entries.get(entry.id, include_deleted=True).text == ""
    window.reload_contents()  # the window announces the workspace again: said once only
    assert window.statusBar().currentMessage() in ("", message)
    window.close()


def test_a_failed_emptying_is_said_and_keeps_the_undo_history(with_removed, qtbot, monkeypatch):
    window, _path, _kept, _removed = with_removed
    from workshop_app.store.errors import WriteFailed

    def full_disk(ws, *args, **kwargs):
        raise WriteFailed(
            ws.path, "Atelier could not save the emptying of the bin: the disk is full."
        )

    monkeypatch.setattr(recycle_bin, "empty_now", full_disk)
    box = _ask(window, qtbot)
    box.findChild(type(box.button(QMessageBox.StandardButton.Cancel)), "emptyBinButton").click()
    assert "disk is full" in window.last_message.text()
    assert window.undo_stack.count() == 5  # nothing was emptied: every step still undoes
    from PySide6.QtWidgets import QApplication

    assert QApplication.overrideCursor() is None
    window.last_message.close()


def test_while_another_program_reads_the_fold_is_tried_again(with_removed, qtbot):
    import sqlite3
    from contextlib import closing

    window, path, _kept, _removed = with_removed
    window.bin.fold_timer.setInterval(20)
    with closing(sqlite3.connect(path)) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM entry").fetchone()
        box = _ask(window, qtbot)
        box.findChild(type(box.button(QMessageBox.StandardButton.Cancel)), "emptyBinButton").click()
        assert "Another program is reading" in window.statusBar().currentMessage()
        assert window.bin.fold_timer.isActive()
        qtbot.wait(100)
        assert window.bin.fold_timer.isActive()  # still held
        reader.execute("COMMIT")
    qtbot.waitUntil(lambda: not window.bin.fold_timer.isActive(), timeout=3000)
    wal = path.with_name(path.name + "-wal")
    data = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for word in WORDS[:2]:
        assert word.encode() not in data
