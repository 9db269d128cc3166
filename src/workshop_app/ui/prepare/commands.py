"""Undo steps made of several commands, and the restore command the base set lacks.

:func:`push_as_one_step` wraps commands of :mod:`workshop_app.ui.commands` in one
``beginMacro``/``endMacro``: the person sees one undo step ("Edit programme"). If one of
them cannot be written (disk full…), the ones already written are undone and the step is
taken off the stack, so a failed OK leaves the workspace as it was.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QUndoStack

from workshop_app.ui.commands import SessionCommand


class RestoreRecords(SessionCommand):
    """Bring soft-deleted records back; undo deletes them again.

    Used for rows with a UNIQUE constraint (an attendance): re-checking a person restores
    their old row instead of inserting a second one.
    """

    def __init__(self, session, table: str, ids: list[str], text: str, parent=None):
        super().__init__(session, text, parent)
        self.table = table
        self.ids = list(ids)

    def redo(self) -> None:
        self._first_redo(self.session.restore_records(self.table, self.ids))

    def undo(self) -> None:
        self.session.remove_records(self.table, self.ids)


def push_as_one_step(stack: QUndoStack, text: str, commands: Iterable[SessionCommand]) -> bool:
    """Push ``commands`` as one undo step called ``text``; all are written, or none.

    Returns ``False`` when a command failed: the commands written before it are undone,
    the step is removed from the stack, and ``session.last_error`` says what happened.
    An empty ``commands`` pushes nothing and returns ``True``.
    """
    commands = list(commands)
    if not commands:
        return True
    if len(commands) == 1:
        stack.push(commands[0])
        return not commands[0].failed
    stack.beginMacro(text)
    failed = None
    for command in commands:
        stack.push(command)  # runs redo(); a failed command is dropped by the stack
        if command.failed:
            failed = command
            break
    stack.endMacro()
    if failed is not None:
        error = failed.session.last_error
        _drop_last_step(stack)
        failed.session.last_error = error  # undoing the others succeeded and cleared it
    return failed is None


def _drop_last_step(stack: QUndoStack) -> None:
    """Undo the step just pushed and remove it, leaving no redo behind it."""
    macro = stack.command(stack.index() - 1)
    stack.undo()
    # An obsolete command is deleted by the stack instead of being redone.
    macro.setObsolete(True)
    stack.redo()
