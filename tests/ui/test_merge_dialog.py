"""File › Merge… (issue 14): the preview counts what each file brings, a conflict shows
both versions and takes the person's choice, the merge lands in one go and the window
reads the workspace again; File › Restore from Backup… undoes it."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from workshop_app.domain import Entry, EntryKind
from workshop_app.domain.merge_rules import Choice
from workshop_app.store import Workspace, backups
from workshop_app.store.exchange.pack import pack
from workshop_app.ui.merge_dialog import MergeDialog

SHOTS = (
    Path(os.environ.get("ATELIER_SCREENSHOTS", ""))
    if os.environ.get("ATELIER_SCREENSHOTS")
    else None
)


@pytest.fixture
def laptop_file(demo_path, tmp_path):
    """The demo's first workshop, sent to a facilitator's laptop and back with one more
    entry and the first action edited there; the coordinator edited that action too."""
    laptop = tmp_path / "animatrice.sqlite"
    laptop.write_bytes(demo_path.read_bytes())
    with Workspace.open(laptop) as ws:
        workshop = ws.workshops.select()[0]
        ws.entries.add(
            Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text="Ajouté sur le portable")
        )
        action = ws.actions.select()[0]
        ws.actions.update(dataclasses.replace(action, title="Titre revu sur le portable"))
        out = tmp_path / "atelier.atelier"
        pack(ws, out, workshop_id=workshop.id, with_names=True)
    with Workspace.open(demo_path) as ws:
        action = ws.actions.select()[0]
        ws.actions.update(dataclasses.replace(action, title="Titre revu par la coordination"))
    return out, action.id


def _french(qapp):
    from workshop_app.ui.i18n import install_translators

    return install_translators(qapp, "fr")


def test_preview_then_merge_with_the_person_s_choice(qtbot, qapp, window, demo_path, laptop_file):
    out, action_id = laptop_file
    translators = _french(qapp)
    try:
        assert window.open_workspace(demo_path, create=False)
        dialog = MergeDialog(window, [out])
        qtbot.addWidget(dialog)
        assert dialog.prepare()
        rows = {
            dialog.summary.data(dialog.summary.index(r, 1)): dialog.summary.data(
                dialog.summary.index(r, 2)
            )
            for r in range(dialog.summary.rowCount())
        }
        assert rows["Contributions"] == "1"  # one new entry, said in French
        assert dialog.conflicts.rowCount() == 1
        index = dialog.conflicts.index(0, dialog.conflicts.CHOICE_COLUMN)
        here = dialog.conflicts.data(dialog.conflicts.index(0, 2))
        there = dialog.conflicts.data(dialog.conflicts.index(0, 3))
        assert "coordination" in here and "portable" in there
        dialog.show()
        qtbot.waitExposed(dialog)
        if SHOTS:
            SHOTS.mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(SHOTS / "merge-preview-fr.png"))
            dialog.conflict_view.edit(index)
            qtbot.wait(50)
            dialog.grab().save(str(SHOTS / "merge-conflict-choice-fr.png"))
            dialog.conflict_view.closePersistentEditor(index)
        assert dialog.conflicts.setData(index, Choice.THEIRS.value, Qt.ItemDataRole.EditRole)
        dialog.merge()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert window.workspace.actions.get(action_id).title == "Titre revu sur le portable"
    texts = {e.text for e in window.workspace.entries.select()}
    assert "Ajouté sur le portable" in texts
    assert backups.list_backups(window.workspace.path)[0].reason == "merge"


def test_restore_from_backup_undoes_a_merge(qtbot, window, demo_path, laptop_file, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from workshop_app.ui.exchange_dialogs import restore_dialog

    out, _action_id = laptop_file
    assert window.open_workspace(demo_path, create=False)
    dialog = MergeDialog(window, [out])
    qtbot.addWidget(dialog)
    assert dialog.prepare()
    dialog.merge()
    assert "Ajouté sur le portable" in {e.text for e in window.workspace.entries.select()}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    restoring = restore_dialog(window)
    view = restoring.findChild(type(dialog.summary_view), "backupList")
    merge_backup = next(
        row for row in range(view.model().rowCount()) if view.model().backups[row].reason == "merge"
    )
    view.selectRow(merge_backup)
    button_box = restoring.findChildren(type(dialog.buttons))[0]
    button_box.accepted.emit()
    assert "Ajouté sur le portable" not in {e.text for e in window.workspace.entries.select()}


def test_a_damaged_workspace_offers_its_latest_backup(qtbot, window, demo_path):
    from PySide6.QtWidgets import QMessageBox

    with Workspace.open(demo_path) as ws:
        backups.take(ws, "daily")
        entries = len(ws.entries.select())
    data = bytearray(demo_path.read_bytes())
    data[4096 * 3 : 4096 * 5] = bytes(range(256)) * 32
    demo_path.write_bytes(bytes(data))
    assert not window.open_workspace(demo_path, create=False)
    box = window.last_message
    assert isinstance(box, QMessageBox) and box.objectName() == "damagedWithBackup"
    restore = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    restore.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=5000)
    assert len(window.workspace.entries.select()) == entries
    assert list(demo_path.parent.glob("demo.sqlite.damaged-*"))


def test_an_encrypted_exchange_file_asks_for_its_passphrase(qtbot, window, demo_path, tmp_path):
    """Found in review: a file sent from an encrypted laptop could only be merged from the
    command line; the window now asks for the sender's passphrase (a wrong one again)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from workshop_app.store import cipher
    from workshop_app.ui.encryption_dialogs import PassphraseDialog

    laptop = tmp_path / "chiffre.sqlite"
    with Workspace.open(laptop, passphrase="phrase du portable") as ws:
        from workshop_app.domain import Programme, Workshop

        programme = ws.programmes.create_with_defaults(Programme(title="Envoyé chiffré"))
        workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="Atelier chiffré"))
        sent = pack(ws, tmp_path / "chiffre.atelier", workshop_id=workshop.id)
    cipher._keys.clear()
    assert not sent.read_bytes().startswith(b"SQLite format 3")
    assert window.open_workspace(demo_path, create=False)
    typed = ["pas la bonne", "phrase du portable"]
    intros: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, answer)
            return
        intros.append(dialog.intro.text())
        dialog.passphrase.setText(typed.pop(0))
        dialog.accept()
        if typed:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    dialog = MergeDialog(window, [sent])
    qtbot.addWidget(dialog)
    assert dialog.prepare()
    assert len(intros) == 2 and "does not open" in intros[1]
    rows = {
        dialog.summary.data(dialog.summary.index(r, 1)): dialog.summary.data(
            dialog.summary.index(r, 2)
        )
        for r in range(dialog.summary.rowCount())
    }
    assert any(value == "1" for value in rows.values())
