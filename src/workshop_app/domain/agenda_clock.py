"""The agenda timer as plain logic: which step runs, for how long, and whether it runs over.

No Qt and no wall clock: the clock reads ``now()`` (monotonic seconds, ``time.monotonic``
by default), so tests drive it with a fake clock. The interface refreshes by asking it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from enum import Enum


class ClockState(Enum):
    IDLE = "idle"
    """Not started yet."""
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    """Every step was left (or the agenda is empty)."""


class AgendaClock:
    """Times an agenda of steps, each with its planned duration in seconds.

    ``start`` begins (or resumes) the current step; ``pause`` stops the count;
    ``next_step`` records how long the step being left actually took and moves on, keeping
    the clock running or paused as it was. ``first_step`` starts part-way through the
    agenda (steps already timed in an earlier run); ``elapsed`` carries a step already
    under way (paused) into a new clock, when the agenda was edited while it ran.
    """

    def __init__(
        self,
        planned_seconds: Sequence[int],
        now: Callable[[], float] = time.monotonic,
        *,
        first_step: int = 0,
        elapsed: float | None = None,
    ):
        self.planned = [max(0, int(s)) for s in planned_seconds]
        self._now = now
        self._index = min(max(0, first_step), len(self.planned))
        self._banked = elapsed or 0.0  # counted in the current step before the last start
        self._since: float | None = None  # when the count last (re)started, while running
        self._started = elapsed is not None
        self.actual: list[int | None] = [None] * len(self.planned)

    # -- operations -------------------------------------------------------------------
    def start(self) -> None:
        """Start the current step, or resume it after a pause; nothing if running or done."""
        if self.is_finished or self._since is not None:
            return
        self._started = True
        self._since = self._now()

    resume = start

    def pause(self) -> None:
        """Stop the count; ``start``/``resume`` goes on from the same elapsed time."""
        if self._since is None:
            return
        self._banked += self._now() - self._since
        self._since = None

    def toggle(self) -> None:
        """Start / pause, as one key does."""
        if self.is_running:
            self.pause()
        else:
            self.start()

    def next_step(self) -> tuple[int, int] | None:
        """Leave the current step: record and return ``(index, actual seconds)``.

        Before the clock was ever started the step is skipped and nothing is recorded
        (``None``); after the last step the clock is finished.
        """
        if self.is_finished:
            return None
        index = self._index
        recorded: tuple[int, int] | None = None
        if self._started:
            seconds = round(self.elapsed())
            self.actual[index] = seconds
            recorded = (index, seconds)
        running = self._since is not None
        self._index += 1
        self._banked = 0.0
        self._since = self._now() if running and not self.is_finished else None
        return recorded

    # -- state ------------------------------------------------------------------------
    @property
    def step_count(self) -> int:
        return len(self.planned)

    @property
    def index(self) -> int:
        """The current step (``step_count`` once finished)."""
        return self._index

    @property
    def state(self) -> ClockState:
        if self.is_finished:
            return ClockState.FINISHED
        if self._since is not None:
            return ClockState.RUNNING
        return ClockState.PAUSED if self._started else ClockState.IDLE

    @property
    def is_running(self) -> bool:
        return self.state is ClockState.RUNNING

    @property
    def is_paused(self) -> bool:
        return self.state is ClockState.PAUSED

    @property
    def is_finished(self) -> bool:
        return self._index >= len(self.planned)

    def elapsed(self) -> float:
        """Seconds counted in the current step (0 once finished)."""
        if self.is_finished:
            return 0.0
        running = self._now() - self._since if self._since is not None else 0.0
        return self._banked + running

    def planned_seconds(self) -> int:
        return 0 if self.is_finished else self.planned[self._index]

    def time_left(self) -> float:
        """Seconds left in the current step; negative when it runs over."""
        return self.planned_seconds() - self.elapsed()

    def overrun(self) -> bool:
        return not self.is_finished and self.time_left() < 0


def format_seconds(seconds: float) -> str:
    """``mm:ss`` (``75:00`` past an hour), whole seconds: counting down rounds up, so
    ``00:00`` shows only when the time is out; an overrun (negative) rounds down."""
    whole = math.ceil(seconds) if seconds >= 0 else math.floor(-seconds)
    minutes, secs = divmod(whole, 60)
    return f"{minutes:02d}:{secs:02d}"


def first_untimed(actual_seconds: Sequence[int | None]) -> int:
    """Where to start a clock over steps partly timed in an earlier run: the first step
    without an actual duration, or the first step if all have one (a new run)."""
    for index, seconds in enumerate(actual_seconds):
        if seconds is None:
            return index
    return 0
