"""The window opens a large workspace first and checks it after (issue 18): a sound file
gets its day's backup once checked; a damaged one stops writing, says so, and its latest
backup can be put back."""

from __future__ import annotations

import random

import pytest
from PySide6.QtWidgets import QMessageBox

from workshop_app.store import Workspace, backups, deferred_checks
from workshop_app.ui.open_checks import OpenChecks

PAGE = 4096


@pytest.fixture(autouse=True)
def every_file_is_large(monkeypatch):
    monkeypatch.setattr(deferred_checks, "DEFER_ABOVE_BYTES", 0)


def _checked(qtbot, window):
    checks = window.findChild(OpenChecks, "openChecks")
    assert checks is not None
    with qtbot.waitSignal(checks.checked, timeout=20_000) as blocker:
        pass
    return blocker.args[0]


def test_a_sound_workspace_is_checked_after_opening_then_backed_up(qtbot, window, demo_path):
    assert backups.list_backups(demo_path) == []
    checks = OpenChecks(window)
    with qtbot.waitSignal(checks.checked, timeout=20_000) as blocker:
        assert window.open_workspace(demo_path, create=False)
        assert window.workspace.checks_due  # open, usable, not yet checked
        assert backups.list_backups(demo_path) == []  # no backup of a file not yet checked
    assert blocker.args[0].sound
    assert not window.workspace.checks_due
    assert [b.reason for b in backups.list_backups(demo_path)] == ["daily"]
    assert window.workspace.db.stopped is None


def test_a_damaged_workspace_stops_writing_and_offers_its_latest_backup(qtbot, window, demo_path):
    with Workspace.open(demo_path) as ws:
        backup = backups.take(ws, "daily")
    data = bytearray(demo_path.read_bytes())
    middle = len(data) // PAGE // 2
    data[middle * PAGE : (middle + 2) * PAGE] = random.Random(7).randbytes(2 * PAGE)
    demo_path.write_bytes(bytes(data))

    checks = OpenChecks(window)
    with qtbot.waitSignal(checks.checked, timeout=20_000) as blocker:
        assert window.open_workspace(demo_path, create=False)
    assert blocker.args[0].damage
    assert window.workspace.db.stopped  # every later write is refused, saying why
    box = checks.message
    assert isinstance(box, QMessageBox) and box.objectName() == "damagedAfterOpening"
    assert str(demo_path) in box.text() and "backup" in box.text()
    assert len(backups.list_backups(demo_path)) == 1  # no backup taken of the damage

    assert checks.restore(demo_path, backup)
    assert window.workspace is not None and window.workspace.db.stopped is None
    assert list(demo_path.parent.glob("demo.sqlite.damaged-*"))  # kept aside, renamed
