"""The agenda timer and editor in the main window, with a fake clock (no sleeps)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from workshop_app.store import Workspace
from workshop_app.ui.agenda import AgendaEditor, AgendaTimerPanel


class FakeClock:
    def __init__(self) -> None:
        self.t = 5000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def read_steps(path, workshop_id):
    with Workspace.open(path, read_only=True, lock=False) as ws:
        return ws.agenda.for_workshop(workshop_id)


@pytest.fixture
def fake() -> FakeClock:
    return FakeClock()


@pytest.fixture
def running(window, demo_path, fake):
    """The demo's running workshop: steps 1–2 timed already, 3 and 4 to go."""
    panel = window.agenda_panel  # installed by the main window
    panel.now = fake
    assert window.open_workspace(demo_path)
    with Workspace.open(demo_path, read_only=True, lock=False) as ws:
        workshop = next(w for w in ws.workshops.select() if w.status.value == "running")
    assert window.select_workshop(workshop.id)
    return panel, workshop


def test_installed_as_a_tab_with_actions_and_status(window, running):
    panel, _workshop = running
    tabs = window.page.side_tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Agenda"
    wiring = panel.wiring
    assert wiring.toggle_action.shortcut().toString() == "F5"
    assert wiring.next_action.shortcut().toString() == "Shift+F5"
    assert wiring.toggle_action in window.workshop_menu.actions()
    assert all(a.isEnabled() for a in (wiring.edit_action, wiring.toggle_action))
    status = window.statusBar().findChild(QLabel, "agendaStatusLabel")
    assert status.text() == "Step 3/4 · 60:00 left"
    assert panel.title_label.text().startswith("Plan d'actions")
    assert not panel.sound_check.isChecked()


def test_actions_follow_the_workshop(window, running):
    panel, _workshop = running
    window._set_session(None)  # what closing the workspace does
    assert not panel.wiring.toggle_action.isEnabled()
    assert panel.session is None
    assert panel.time_label.text() == "--:--"


def test_timer_through_pause_overrun_next_and_finish(window, running, fake, demo_path, qtbot):
    panel, workshop = running
    emitted = []
    panel.timer_changed.connect(lambda *args: emitted.append(args))

    panel.wiring.toggle_action.trigger()  # F5: start
    assert panel.clock.is_running and panel.start_button.text() == "Pause"
    fake.advance(600)
    with qtbot.waitSignal(panel.timer_changed, timeout=2000) as blocker:
        pass
    assert blocker.args == [panel.steps[2].title, "50:00", False]
    assert panel.time_label.text() == "50:00"

    panel.start_button.click()  # pause: the time stops
    assert panel.clock.is_paused and panel.start_button.text() == "Resume"
    assert not panel.timer.isActive()
    fake.advance(3600)
    panel.refresh()
    assert panel.time_label.text() == "50:00"
    assert "Paused" in panel.planned_label.text()

    panel.wiring.toggle_action.trigger()  # resume
    fake.advance(50 * 60 + 130)  # 2:10 over
    with qtbot.waitSignal(
        panel.timer_changed, timeout=2000, check_params_cb=lambda t, left, over: over
    ) as blocker:
        pass
    assert blocker.args[1:] == ["+02:10", True]
    assert panel.overrun_label.isVisibleTo(panel)
    assert panel.overrun_label.text() == "⚠ Over by 02:10"
    assert panel.time_label.styleSheet()  # in colour too
    assert window.findChild(QLabel, "agendaStatusLabel").text() == "Step 3/4 · over by 02:10"

    panel.wiring.next_action.trigger()  # Shift+F5: the step took 62:10
    steps = read_steps(demo_path, workshop.id)
    assert steps[2].actual_seconds == 3730
    assert steps[3].actual_seconds is None
    assert panel.clock.index == 3 and panel.clock.is_running
    assert not panel.overrun_label.isVisibleTo(panel)
    assert panel.time_label.text() == "15:00"
    assert not window.undo_stack.canUndo()  # timing is not an edit

    fake.advance(14 * 60)
    panel.next_button.click()
    assert read_steps(demo_path, workshop.id)[3].actual_seconds == 840
    assert panel.clock.is_finished
    assert emitted[-1] == ("", "", False)
    assert not panel.start_button.isEnabled() and not panel.timer.isActive()
    assert window.findChild(QLabel, "agendaStatusLabel").text() == "Agenda finished"


def test_sound_only_when_asked(window, running, fake, monkeypatch):
    panel, _workshop = running
    beeps = []
    monkeypatch.setattr(
        "workshop_app.ui.agenda.timer_panel.QApplication.beep", lambda: beeps.append(1)
    )
    panel.toggle()
    fake.advance(61 * 60)
    panel.refresh()
    assert beeps == []
    panel.next_step()
    panel.sound_check.setChecked(True)
    fake.advance(16 * 60)
    panel.refresh()
    panel.refresh()
    assert len(beeps) == 1


def test_panel_without_a_workshop(qtbot):
    panel = AgendaTimerPanel()
    qtbot.addWidget(panel)
    assert panel.time_left_text() == ""
    assert not panel.start_button.isEnabled()
    assert panel.status_text() == ""


def open_editor(panel) -> AgendaEditor:
    dialog = panel.wiring.edit_agenda()
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_editor_adds_and_reorders_as_one_undo_step(window, running, demo_path):
    panel, workshop = running
    dialog = open_editor(panel)
    model = dialog.model
    assert model.rowCount() == 4
    dialog.add_step()
    row = model.rowCount() - 1
    model.setData(model.index(row, 0), "Pause café")
    model.setData(model.index(row, 1), "10")
    model.setData(model.index(row, 2), "Debout, dehors")
    dialog.view.setCurrentIndex(model.index(row, 0))
    dialog.up_button.click()
    dialog.move(-1)
    assert [s.title for s in model.steps][2] == "Pause café"
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()

    steps = read_steps(demo_path, workshop.id)
    assert [s.title for s in steps][2] == "Pause café"
    assert [s.position for s in steps] == [0, 1, 2, 3, 4]
    assert steps[2].planned_minutes == 10 and steps[2].method_note == "Debout, dehors"
    assert steps[1].actual_seconds == 3720  # recorded times are kept
    assert panel.title_label.text() == "Pause café"  # the panel read the new agenda
    assert window.undo_stack.count() == 1

    window.undo_stack.undo()
    steps = read_steps(demo_path, workshop.id)
    assert "Pause café" not in [s.title for s in steps]
    assert [s.position for s in steps] == [0, 1, 2, 3]
    assert panel.title_label.text().startswith("Plan d'actions")


def test_editor_refuses_bad_minutes_and_keeps_everything(window, running, demo_path):
    panel, workshop = running
    dialog = open_editor(panel)
    model = dialog.model
    dialog.add_step()
    model.setData(model.index(4, 0), "Tour de météo")
    model.setData(model.index(4, 1), 0)
    model.setData(model.index(0, 0), "Accueil revu")
    assert not dialog.apply()
    assert dialog.error_label.isVisibleTo(dialog)
    assert "between 1 and 600 minutes" in dialog.error_label.text()
    assert dialog.view.currentIndex().row() == 4
    assert model.steps[0].title == "Accueil revu"
    assert model.rowCount() == 5
    assert len(read_steps(demo_path, workshop.id)) == 4
    assert window.undo_stack.count() == 0

    model.setData(model.index(4, 1), 601)
    dialog.accept()
    assert dialog.isVisible()
    assert not model.setData(model.index(4, 1), "dix")  # not a number: refused, kept
    assert model.data(model.index(4, 1), Qt.ItemDataRole.EditRole) == 601
    model.setData(model.index(4, 1), 5)
    dialog.accept()
    assert not dialog.isVisible()
    titles = [s.title for s in read_steps(demo_path, workshop.id)]
    assert titles[0] == "Accueil revu" and titles[-1] == "Tour de météo"


def test_editor_removes_a_step(window, running, demo_path):
    panel, workshop = running
    dialog = open_editor(panel)
    dialog.view.setCurrentIndex(dialog.model.index(3, 0))
    dialog.remove_button.click()
    dialog.accept()
    assert len(read_steps(demo_path, workshop.id)) == 3
    window.undo_stack.undo()
    assert len(read_steps(demo_path, workshop.id)) == 4


def test_keys_drive_the_timer(window, running, fake, qtbot):
    panel, _workshop = running
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F5)
    assert panel.clock.is_running
    fake.advance(30)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert panel.clock.index == 3 and panel.clock.actual[2] == 30


def test_editing_while_running_keeps_the_step_and_its_time(window, running, fake):
    panel, _workshop = running
    panel.toggle()
    fake.advance(300)
    dialog = open_editor(panel)
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    dialog.remove()
    dialog.model.setData(dialog.model.index(1, 1), 45)  # the running step: 60 → 45 min
    dialog.accept()
    assert panel.clock.index == 1 and panel.clock.is_running
    assert panel.title_label.text().startswith("Plan d'actions")
    assert panel.time_label.text() == "40:00"
