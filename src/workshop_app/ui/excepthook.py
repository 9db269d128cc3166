"""The window's last line of defence: an unexpected error is logged and shown in plain
words instead of killing the window.

Kept apart from :mod:`workshop_app.ui.crash_dialog`, whose dialog is loaded only when a
problem happens: its Qt classes were a tenth of Atelier's own start-up (issue 18).
"""

from __future__ import annotations

import sys
import traceback

from PySide6.QtWidgets import QApplication

from workshop_app import logs


def install_excepthook(window) -> None:
    """An unexpected error is written to the log and shown in plain words instead of
    killing the window: everything already shown was saved when it was shown. One dialog
    at a time: a problem repeated while it is open is only logged."""

    def hook(kind, error, trace):
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        logs.log_exception(kind, error, trace)
        if sys.stderr is not None:  # a terminal, when there is one
            traceback.print_exception(kind, error, trace)
        keep_drafts(window)
        from workshop_app.ui.crash_dialog import show_crash

        show_crash(window, kind, error)

    sys.excepthook = hook


def keep_drafts(window) -> None:
    """Write the capture box's text as the workshop's draft now, not a moment later: the
    problem may come back before the draft's timer fires (best effort: the problem may be
    in the workspace itself)."""
    drafts = getattr(getattr(window, "page", None), "drafts", None)
    if drafts is None:
        return
    try:
        drafts.keep()
    except Exception:
        logs.log.warning("the capture box's draft could not be kept after the problem")
