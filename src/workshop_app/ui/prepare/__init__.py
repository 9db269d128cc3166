"""Preparing a workshop: programmes (actions, themes), workshops, and the roster with check-in.

Widgets for the main window to place; every change they make is an undo step on the
undo stack they are given, written at once through the :class:`WorkshopSession`.
The dialogs load when first used (``from workshop_app.ui.prepare import ProgrammeDialog``
imports only that dialog's module), so that they cost nothing at start-up.
"""

from __future__ import annotations

import importlib

_HOMES = {
    "ProgrammeDialog": "programme_dialog",
    "create_programme": "programme_dialog",
    "RosterPanel": "roster",
    "WorkshopDialog": "workshop_dialog",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
