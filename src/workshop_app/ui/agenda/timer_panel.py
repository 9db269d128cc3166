"""The agenda timer: the current step, its method, the time left in big digits.

The panel reads an :class:`AgendaClock` every 250 ms while it runs and says what it shows
through :attr:`AgendaTimerPanel.timer_changed`, for the projector and the status bar.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.agenda_clock import AgendaClock, ClockState, first_untimed, format_seconds
from workshop_app.domain.models import AgendaStep
from workshop_app.ui.i18n import fill
from workshop_app.ui.session import WorkshopSession

OVERRUN_STYLE = "QLabel { background: #b3261e; color: white; font-weight: bold; padding: 4px; }"
TIME_OVERRUN_STYLE = "QLabel { color: #b3261e; }"


class AgendaTimerPanel(QWidget):
    """Start, pause and step through the agenda of the open workshop.

    Actual durations are written with :meth:`WorkshopSession.update_records` when a step
    is left, and deliberately *not* through an undo command: timing is not an edit the
    person made, so Ctrl+Z must keep undoing what they typed, and undoing a capture must
    never erase a recorded duration. ``update_records`` writes the one row in one
    transaction, says "Saved at…" or reports a failure like every other write, and emits
    ``record_changed("agenda_step")``; ``run_write`` would re-read every entry instead.
    """

    timer_changed = Signal(str, str, bool)
    """(step title, time left as shown — "12:30" or "+02:10", overrun) at every refresh;
    an empty title when there is no step to time (no agenda, or the agenda is finished)."""
    edit_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        now: Callable[[], float] = time.monotonic,
        interval_ms: int = 250,
    ):
        super().__init__(parent)
        self.setObjectName("agendaTimerPanel")
        self.now = now
        self.session: WorkshopSession | None = None
        self.steps: list[AgendaStep] = []
        self.clock = AgendaClock([], now)
        self._beeped_step = -1
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.refresh)
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.counter_label = self._label("agendaStepCounter")
        self.title_label = self._label("agendaStepTitle", self.tr("Current step"))
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.note_label = self._label("agendaMethodNote", self.tr("Method"))
        self.time_label = self._label("agendaTimeLeft", self.tr("Time left"))
        self.time_label.setWordWrap(False)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        digits = QFont(self.time_label.font())
        digits.setPointSizeF(digits.pointSizeF() * 4)
        digits.setBold(True)
        digits.setStyleHint(QFont.StyleHint.Monospace)
        self.time_label.setFont(digits)
        self.planned_label = self._label("agendaPlanned")
        self.planned_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overrun_label = self._label("agendaOverrun", self.tr("Overrun"))
        self.overrun_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overrun_label.setStyleSheet(OVERRUN_STYLE)
        self.overrun_label.hide()

        self.start_button = QPushButton(self)
        self.start_button.setObjectName("agendaStartButton")
        self.start_button.clicked.connect(self.toggle)
        self.next_button = QPushButton(self.tr("Next step"), self)
        self.next_button.setObjectName("agendaNextButton")
        self.next_button.clicked.connect(self.next_step)
        self.edit_button = QPushButton(self.tr("Edit agenda…"), self)
        self.edit_button.setObjectName("agendaEditButton")
        self.edit_button.clicked.connect(self.edit_requested)
        self.sound_check = QCheckBox(self.tr("Sound when a step runs over"), self)
        self.sound_check.setObjectName("agendaSoundCheck")
        self.sound_check.setChecked(False)
        self.steps_list = QListWidget(self)
        self.steps_list.setObjectName("agendaStepsList")
        self.steps_list.setAccessibleName(self.tr("Agenda steps"))
        self.steps_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps_list.setWordWrap(True)  # long titles wrap instead of being cut off
        self.steps_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.steps_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        for widget in (self.counter_label, self.title_label, self.note_label):
            layout.addWidget(widget)
        layout.addWidget(self.time_label)
        layout.addWidget(self.planned_label)
        layout.addWidget(self.overrun_label)
        layout.addLayout(buttons)
        layout.addWidget(self.sound_check)
        layout.addWidget(self.steps_list, 1)
        layout.addWidget(self.edit_button)

    def _label(self, name: str, accessible: str = "") -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if accessible:
            label.setAccessibleName(accessible)
        return label

    # -- the workshop -----------------------------------------------------------------
    def set_session(self, session: WorkshopSession | None) -> None:
        """Time the agenda of another workshop (or none); the old clock is dropped."""
        if self.session is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # already deleted
                self.session.record_changed.disconnect(self._on_record_changed)
        self.session = session if session is not None and session.workshop else None
        if self.session is not None:
            self.session.record_changed.connect(self._on_record_changed)
        self.steps = self._read_steps()
        actual = [s.actual_seconds for s in self.steps]
        self.clock = AgendaClock(self._planned(), self.now, first_step=first_untimed(actual))
        self._beeped_step = -1
        self.refresh()

    def _read_steps(self) -> list[AgendaStep]:
        if self.session is None or self.session.workshop_id is None:
            return []
        return self.session.workspace.agenda.for_workshop(self.session.workshop_id)

    def _planned(self) -> list[int]:
        return [s.planned_minutes * 60 for s in self.steps]

    def _on_record_changed(self, table: str) -> None:
        if table == "agenda_step":
            self.reload_steps()

    def reload_steps(self) -> None:
        """Read the steps again (edited, undone…), keeping the current step and its time."""
        old_ids = [s.id for s in self.steps]
        old_planned = self._planned()
        self.steps = self._read_steps()
        if [s.id for s in self.steps] == old_ids and self._planned() == old_planned:
            self.refresh()  # titles, notes or a recorded duration: the clock is the same
            return
        clock, ids = self.clock, [s.id for s in self.steps]
        current = old_ids[clock.index] if not clock.is_finished else None
        if current in ids and clock.state is not ClockState.IDLE:  # keep the step under way
            self.clock = AgendaClock(
                self._planned(), self.now, first_step=ids.index(current), elapsed=clock.elapsed()
            )
            if clock.is_running:
                self.clock.start()
        else:
            actual = [s.actual_seconds for s in self.steps]
            self.clock = AgendaClock(self._planned(), self.now, first_step=first_untimed(actual))
        self.refresh()

    # -- operations -------------------------------------------------------------------
    def toggle(self) -> None:
        """Start, pause or resume the current step (F5)."""
        self.clock.toggle()
        self.refresh()

    def next_step(self) -> None:
        """Leave the current step, write how long it took, go on (Shift+F5)."""
        recorded = self.clock.next_step()
        if recorded is not None and self.session is not None:
            index, seconds = recorded
            step = dataclasses.replace(self.steps[index], actual_seconds=seconds)
            if self.session.update_records("agenda_step", [step]):
                self.steps[index] = step
        self.refresh()

    # -- showing ----------------------------------------------------------------------
    def time_left_text(self) -> str:
        """``12:30``, or ``+02:10`` when the step runs over; empty when nothing is timed."""
        clock = self.clock
        if clock.is_finished:
            return ""
        left = clock.time_left()
        return ("+" if clock.overrun() else "") + format_seconds(left)

    def status_text(self) -> str:
        """A compact line for the status bar: "Step 2/5 · 12:30 left"."""
        clock = self.clock
        if not self.steps:
            return ""
        if clock.is_finished:
            return self.tr("Agenda finished")
        number, count = clock.index + 1, clock.step_count
        left = format_seconds(clock.time_left())
        if clock.overrun():
            return fill(self.tr("Step %1/%2 · over by %3"), number, count, left)
        return fill(self.tr("Step %1/%2 · %3 left"), number, count, left)

    def refresh(self) -> None:
        clock = self.clock
        self._show_buttons()
        self._show_steps()
        if clock.is_finished or not self.steps:
            self.timer.stop()
            self._show_nothing()
            self.timer_changed.emit("", "", False)
            return
        if not clock.is_running:
            self.timer.stop()
        elif not self.timer.isActive():
            self.timer.start()
        step = self.steps[clock.index]
        overrun = clock.overrun()
        text = self.time_left_text()
        self.counter_label.setText(fill(self.tr("Step %1 of %2"), clock.index + 1, len(self.steps)))
        self.title_label.setText(step.title)
        self.note_label.setText(step.method_note)
        self.note_label.setVisible(bool(step.method_note))
        self.time_label.setText(text)
        self.time_label.setStyleSheet(TIME_OVERRUN_STYLE if overrun else "")
        planned = fill(self.tr("Planned: %1 min"), step.planned_minutes)
        if clock.is_paused:
            planned += " · " + self.tr("Paused")
        self.planned_label.setText(planned)
        if overrun:
            over = fill(self.tr("⚠ Over by %1"), format_seconds(clock.time_left()))
            self.overrun_label.setText(over)
            self.overrun_label.setAccessibleDescription(over)
            if self._beeped_step != clock.index:
                self._beeped_step = clock.index
                if self.sound_check.isChecked():
                    QApplication.beep()
        self.overrun_label.setVisible(overrun)
        self.timer_changed.emit(step.title, text, overrun)

    def _show_nothing(self) -> None:
        if self.session is None:
            message = self.tr("Choose a workshop to time its agenda.")
        elif not self.steps:
            message = self.tr("This workshop has no agenda yet: use “Edit agenda…”.")
        else:
            message = self.tr("Agenda finished.")
        self.counter_label.setText("")
        self.title_label.setText(message)
        for label in (self.note_label, self.overrun_label):
            label.hide()
        self.time_label.setText("--:--")
        self.time_label.setStyleSheet("")
        self.planned_label.setText("")

    def _show_buttons(self) -> None:
        clock = self.clock
        if clock.is_running:
            self.start_button.setText(self.tr("Pause"))
        elif clock.is_paused:
            self.start_button.setText(self.tr("Resume"))
        else:
            self.start_button.setText(self.tr("Start"))
        active = bool(self.steps) and not clock.is_finished
        self.start_button.setEnabled(active)
        self.next_button.setEnabled(active)
        self.edit_button.setEnabled(self.session is not None)

    def _show_steps(self) -> None:
        rows = []
        for number, step in enumerate(self.steps):
            row = fill(self.tr("%1. %2 · %3 min"), number + 1, step.title, step.planned_minutes)
            if step.actual_seconds is not None:
                row += " · " + fill(self.tr("took %1"), format_seconds(step.actual_seconds))
            rows.append(("▶ " if number == self.clock.index else "   ") + row)
        if rows != [self.steps_list.item(i).text() for i in range(self.steps_list.count())]:
            self.steps_list.clear()
            self.steps_list.addItems(rows)
