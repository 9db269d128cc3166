"""Where the main window opens the first time, before any geometry is remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = (1200, 760)


def place_first_time(window: QWidget) -> None:
    """1,200 × 760 where it fits, else nine tenths of the screen's free area, centred in it
    (on a 1,366 × 768 laptop the window opened at y = 40 with its status bar below the
    screen's edge: a play-through saw it)."""
    screen = window.screen()
    if screen is None:
        window.resize(*DEFAULT_SIZE)
        return
    free = screen.availableGeometry()
    width = min(DEFAULT_SIZE[0], int(free.width() * 0.9))
    height = min(DEFAULT_SIZE[1], int(free.height() * 0.9))
    window.setGeometry(
        free.x() + (free.width() - width) // 2,
        free.y() + (free.height() - height) // 2,
        width,
        height,
    )
