"""The agenda clock, driven by a fake monotonic clock."""

from __future__ import annotations

import pytest

from workshop_app.domain.agenda_clock import (
    AgendaClock,
    ClockState,
    first_untimed,
    format_seconds,
)


class FakeClock:
    def __init__(self, start: float = 1000.0):
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def fake() -> FakeClock:
    return FakeClock()


def test_idle_until_started(fake):
    clock = AgendaClock([600, 300], fake)
    fake.advance(50)
    assert clock.state is ClockState.IDLE
    assert clock.elapsed() == 0
    assert clock.time_left() == 600
    assert not clock.overrun()


def test_counts_while_running(fake):
    clock = AgendaClock([600, 300], fake)
    clock.start()
    fake.advance(90)
    assert clock.is_running
    assert clock.elapsed() == 90
    assert clock.time_left() == 510


def test_pause_stops_the_count_and_resume_goes_on(fake):
    clock = AgendaClock([600], fake)
    clock.start()
    fake.advance(100)
    clock.pause()
    assert clock.is_paused
    fake.advance(1000)
    assert clock.elapsed() == 100
    clock.resume()
    fake.advance(20)
    assert clock.elapsed() == 120
    clock.toggle()
    fake.advance(5)
    assert clock.state is ClockState.PAUSED and clock.elapsed() == 120
    clock.toggle()
    assert clock.is_running


def test_start_twice_does_not_reset(fake):
    clock = AgendaClock([60], fake)
    clock.start()
    fake.advance(30)
    clock.start()
    fake.advance(10)
    assert clock.elapsed() == 40


def test_overrun_makes_time_left_negative(fake):
    clock = AgendaClock([60], fake)
    clock.start()
    fake.advance(60)
    assert not clock.overrun()
    fake.advance(70)
    assert clock.overrun()
    assert clock.time_left() == -70


def test_next_step_records_actual_and_keeps_running(fake):
    clock = AgendaClock([60, 120], fake)
    clock.start()
    fake.advance(75.4)
    assert clock.next_step() == (0, 75)
    assert clock.actual == [75, None]
    assert clock.index == 1 and clock.is_running
    assert clock.elapsed() == 0
    fake.advance(10)
    assert clock.time_left() == 110


def test_next_step_while_paused_stays_paused(fake):
    clock = AgendaClock([60, 120], fake)
    clock.start()
    fake.advance(30)
    clock.pause()
    fake.advance(500)
    assert clock.next_step() == (0, 30)
    assert clock.is_paused
    fake.advance(10)
    assert clock.elapsed() == 0


def test_skipping_before_start_records_nothing(fake):
    clock = AgendaClock([60, 120], fake)
    assert clock.next_step() is None
    assert clock.actual == [None, None]
    assert clock.index == 1 and clock.state is ClockState.IDLE


def test_finishes_after_the_last_step(fake):
    clock = AgendaClock([60, 120], fake)
    clock.start()
    fake.advance(50)
    clock.next_step()
    fake.advance(130)
    assert clock.next_step() == (1, 130)
    assert clock.state is ClockState.FINISHED
    assert clock.actual == [50, 130]
    assert clock.next_step() is None
    assert clock.time_left() == 0 and not clock.overrun()
    clock.start()
    assert not clock.is_running


def test_empty_agenda_is_finished(fake):
    clock = AgendaClock([], fake)
    assert clock.is_finished
    clock.start()
    assert clock.next_step() is None


def test_first_step_starts_part_way(fake):
    clock = AgendaClock([60, 120, 30], fake, first_step=first_untimed([55, None, None]))
    assert clock.index == 1
    assert first_untimed([1, 2]) == 0
    assert first_untimed([]) == 0


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (750, "12:30"),
        (0, "00:00"),
        (0.2, "00:01"),
        (59.5, "01:00"),
        (-130, "02:10"),
        (3725, "62:05"),
    ],
)
def test_format_seconds(seconds, text):
    assert format_seconds(seconds) == text
