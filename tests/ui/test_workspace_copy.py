"""A workspace you can copy (issue 13): the .sqlite file alone holds everything once the
app is idle, and File › Save a Copy… writes one self-contained file."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

from PySide6.QtWidgets import QFileDialog

from workshop_app.store import Workspace

from .conftest import type_line

SAID = ["Les courriers arrivent trop tard 😀", "Personne ne répond au téléphone", "Un café ?"]


def _texts(path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT text FROM entry ORDER BY position")]


def test_the_file_alone_holds_every_entry_once_the_app_is_idle(live, qtbot, tmp_path):
    window, path, _id = live
    window.idle_checkpoint.timer.setInterval(50)
    for said in SAID:
        type_line(qtbot, window, said)
    qtbot.waitUntil(lambda: window.idle_checkpoint.whole, timeout=5000)
    alone = tmp_path / "usb" / "copie.sqlite"
    alone.parent.mkdir()
    shutil.copy(path, alone)  # the main file only, as a person copies it, app still open
    assert _texts(alone) == SAID


def test_save_a_copy_writes_one_complete_file(live, qtbot, tmp_path, monkeypatch):
    window, _path, _id = live
    for said in SAID:
        type_line(qtbot, window, said)
    target = tmp_path / "pour Nadia"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert window.save_copy_action.isEnabled()
    window.save_copy_action.trigger()
    copy = tmp_path / "pour Nadia.sqlite"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("pour")) == [copy.name]
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert _texts(copy) == SAID
    with Workspace.open(copy) as ws:  # a workspace Atelier opens, not a dump
        assert len(ws.entries.select()) == len(SAID)
    assert "one file, complete" in window.statusBar().currentMessage()


def test_a_copy_onto_the_workspace_itself_is_refused(live, monkeypatch):
    window, path, _id = live
    shown = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append(text))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    window.save_copy_action.trigger()
    assert shown and path.exists()


def test_a_copy_that_cannot_be_written_says_so_and_leaves_nothing(live, tmp_path, monkeypatch):
    window, _path, _id = live
    shown = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append(text))
    target = tmp_path / "clé absente" / "copie.sqlite"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.save_copy_action.trigger()
    assert shown and "copie.sqlite" in shown[0] and "unchanged" in shown[0]
    assert not target.parent.exists()
