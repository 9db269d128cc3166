"""Preparing a workshop: programmes (actions, themes), workshops, and the roster with check-in.

Widgets for the main window to place; every change they make is an undo step on the
undo stack they are given, written at once through the :class:`WorkshopSession`.
"""

from workshop_app.ui.prepare.programme_dialog import ProgrammeDialog, create_programme
from workshop_app.ui.prepare.roster import RosterPanel
from workshop_app.ui.prepare.workshop_dialog import WorkshopDialog

__all__ = ["ProgrammeDialog", "RosterPanel", "WorkshopDialog", "create_programme"]
