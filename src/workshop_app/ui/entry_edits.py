"""Build the undo commands for what a facilitator does to entries.

Each function returns a command ready for ``undo_stack.push`` (or ``None`` when there is
nothing to do); pushing it writes to the workspace. No widgets here: the workshop page
decides *which* entry is meant, these functions decide *what* changes.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from workshop_app.domain import board as layout
from workshop_app.domain import mentions
from workshop_app.domain.capture_syntax import Choice, Resolved, resolve
from workshop_app.domain.enums import EntryKind, ImprovementStatus
from workshop_app.domain.models import ActionItem, Entry
from workshop_app.domain.vocabulary import THEME_ALIASES
from workshop_app.ui import labels
from workshop_app.ui.commands import AddRecords, RemoveRecords, UpdateRecords
from workshop_app.ui.session import WorkshopSession


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


MARKER_TABLES = ("theme", "participant", "action", "programme")
"""The tables whose records ``#``, ``@`` and ``!`` name."""


def marker_choices(session: WorkshopSession) -> dict[str, list[Choice]]:
    """What ``#``, ``@`` and ``!`` can name in this programme (read once per change)."""
    return session.remembered(
        "marker_choices", MARKER_TABLES, lambda: _read_marker_choices(session)
    )


def _read_marker_choices(session: WorkshopSession) -> dict[str, list[Choice]]:
    ws, programme_id = session.workspace, session.programme.id
    themes = [
        Choice(t.id, (t.name, *THEME_ALIASES.get(t.name, ()), labels.theme_name(t.name)))
        for t in ws.themes.for_programme(programme_id)
    ]
    people = [Choice(p.id, (p.display_name,)) for p in ws.participants.for_programme(programme_id)]
    actions = [Choice(a.id, (str(a.number),)) for a in ws.actions.for_programme(programme_id)]
    return {"themes": themes, "people": people, "actions": actions}


def read_typed(session: WorkshopSession, typed: str) -> Resolved:
    """What ``typed`` will be saved as: its text, and what its markers name."""
    return resolve(typed, **marker_choices(session))


def filed_under(
    session: WorkshopSession,
    kind: EntryKind,
    answered_id: str | None,
    context: tuple[str | None, str | None],
) -> tuple[str | None, str | None]:
    """(action id, theme id) an entry of ``kind`` typed now goes under, before markers:
    an improvement where the issue it answers is, anything else under ``context`` (the
    filing context the facilitator set; never the board's selection)."""
    answered = session.entries.get(answered_id) if answered_id else None
    if kind is EntryKind.IMPROVEMENT and answered is not None:
        return answered.action_id, answered.theme_id
    return context


def follows_its_issue(session: WorkshopSession, kind: EntryKind, answered_id: str | None) -> bool:
    """An improvement that answers an issue is filed where the issue is, whatever its
    markers say: the board and the summary show it beside its issue."""
    return kind is EntryKind.IMPROVEMENT and bool(answered_id and answered_id in session.entries)


def capture(
    session: WorkshopSession,
    kind: EntryKind,
    typed: str,
    answered_id: str | None,
    context: tuple[str | None, str | None] = (None, None),
) -> tuple[AddRecords | None, list[str]]:
    """The command that saves what was typed, and the markers that named nothing.

    An improvement answers ``answered_id`` and is filed where that issue is; any other
    entry is filed under ``context``, where its ``#`` and ``!`` markers win.
    """
    resolved = read_typed(session, typed)
    if not resolved.text.strip():
        return None, resolved.unresolved
    action_id, theme_id = filed_under(session, kind, answered_id, context)
    if not follows_its_issue(session, kind, answered_id):
        action_id, theme_id = resolved.action_id or action_id, resolved.theme_id or theme_id
    entry = Entry(
        workshop_id=session.workshop_id,
        kind=kind,
        text=resolved.stored,  # a mention kept as a reference to its person
        action_id=action_id,
        theme_id=theme_id,
        author_id=resolved.author_id,
        answers_id=answered_id if kind is EntryKind.IMPROVEMENT else None,
        status=ImprovementStatus.PROPOSED if kind is EntryKind.IMPROVEMENT else None,
        position=session.next_position(),
    )
    title = QCoreApplication.translate("EntryEdits", "Capture “%1”").replace(
        "%1", _short(session.shown(entry.text))
    )
    command = AddRecords(session, "entry", [entry], title)
    command.typed = typed  # undoing the capture gives it back to the capture box
    return command, resolved.unresolved


def context_names(
    session: WorkshopSession, action_id: str | None, theme_id: str | None, titled: bool = False
) -> tuple[str | None, str | None]:
    """How an action and a theme are named on screen ("Action 2", "Conception"; with
    ``titled``, "Action 2 “Accompagner…”"); None for an id not (or no longer) there."""
    if session.programme is None:
        return None, None
    actions, themes = session.remembered(
        "actions_and_themes", MARKER_TABLES, lambda: _by_id(session)
    )
    action, theme = actions.get(action_id or ""), themes.get(theme_id or "")
    named = None
    if action is not None:
        named = QCoreApplication.translate("EntryEdits", "Action %1").replace(
            "%1", str(action.number)
        )
        if titled and action.title.strip():
            named += f" “{_short(action.title, 32)}”"
    return named, labels.theme_name(theme.name) if theme else None


def _by_id(session: WorkshopSession) -> tuple[dict, dict]:
    """The programme's actions and themes by id (read once per change: the filing line
    and the preview ask at every keystroke)."""
    ws, programme_id = session.workspace, session.programme.id
    return (
        {a.id: a for a in ws.actions.for_programme(programme_id)},
        {t.id: t for t in ws.themes.for_programme(programme_id)},
    )


def person_name(session: WorkshopSession, participant_id: str | None) -> str | None:
    if not participant_id or session.programme is None:
        return None
    people = marker_choices(session)["people"]  # read once per change, as the markers
    return next((c.names[0] for c in people if c.id == participant_id), None)


def edit_text(session: WorkshopSession, entry_id: str, typed: str) -> UpdateRecords | None:
    """New text typed in the board; markers in it change theme, action or author too."""
    entry = session.entries[entry_id]
    resolved = read_typed(session, typed)
    if not resolved.text.strip():
        return None
    # the people the entry mentioned stay references when their name is still there
    kept = {pid: session.shown(mentions.mark(pid)) for pid in mentions.mentioned(entry.text)}
    after = dataclasses.replace(
        entry,
        text=mentions.remark(resolved.stored, kept),
        theme_id=resolved.theme_id or entry.theme_id,
        action_id=resolved.action_id or entry.action_id,
        author_id=resolved.author_id or entry.author_id,
    )
    if after == entry:
        return None
    return _update_group(
        session,
        entry,
        after,
        QCoreApplication.translate("EntryEdits", "Edit “%1”").replace(
            "%1", _short(session.shown(entry.text))
        ),
    )


def _update_group(session: WorkshopSession, entry: Entry, after: Entry, title: str, merge=None):
    """Update an entry; an issue's improvements follow it to its new action and theme."""
    befores, afters = [entry], [after]
    moved = (entry.action_id, entry.theme_id) != (after.action_id, after.theme_id)
    if entry.kind is EntryKind.ISSUE and moved:
        for improvement in session.improvements_of(entry.id):
            befores.append(improvement)
            afters.append(
                dataclasses.replace(improvement, action_id=after.action_id, theme_id=after.theme_id)
            )
    return UpdateRecords(session, "entry", befores, afters, title, merge_key=merge)


def set_field(session: WorkshopSession, entry_id: str, **fields) -> UpdateRecords | None:
    entry = session.entries[entry_id]
    after = dataclasses.replace(entry, **fields)
    if after == entry:
        return None
    names = {
        "theme_id": QCoreApplication.translate("EntryEdits", "Change theme"),
        "action_id": QCoreApplication.translate("EntryEdits", "Change action"),
        "author_id": QCoreApplication.translate("EntryEdits", "Change author"),
        "status": QCoreApplication.translate("EntryEdits", "Change status"),
        "kind": QCoreApplication.translate("EntryEdits", "Change kind"),
    }
    title = names.get(next(iter(fields)), QCoreApplication.translate("EntryEdits", "Change entry"))
    return _update_group(session, entry, after, title)


def vote(session: WorkshopSession, entry_id: str, delta: int) -> UpdateRecords | None:
    entry = session.entries[entry_id]
    votes = max(0, entry.votes + delta)
    if votes == entry.votes:
        return None
    after = dataclasses.replace(entry, votes=votes)
    title = QCoreApplication.translate("EntryEdits", "Votes on “%1”").replace(
        "%1", _short(session.shown(entry.text))
    )
    return UpdateRecords(session, "entry", [entry], [after], title, merge_key=f"vote:{entry_id}")


def unlink(session: WorkshopSession, improvement_id: str) -> UpdateRecords | None:
    entry = session.entries[improvement_id]
    if entry.answers_id is None:
        return None
    after = dataclasses.replace(entry, answers_id=None)
    return UpdateRecords(
        session,
        "entry",
        [entry],
        [after],
        QCoreApplication.translate("EntryEdits", "Unlink improvement"),
    )


def link(session: WorkshopSession, improvement_id: str, issue_id: str) -> UpdateRecords | None:
    """Make an improvement answer ``issue_id`` (it joins the issue's action and theme)."""
    entry = session.entries[improvement_id]
    issue = session.entries.get(issue_id)
    if entry.kind is not EntryKind.IMPROVEMENT or issue is None or entry.answers_id == issue_id:
        return None
    after = dataclasses.replace(
        entry, answers_id=issue_id, action_id=issue.action_id, theme_id=issue.theme_id
    )
    title = QCoreApplication.translate("EntryEdits", "Link to “%1”").replace(
        "%1", _short(session.shown(issue.text))
    )
    return UpdateRecords(session, "entry", [entry], [after], title)


def issues_in_board_order(session: WorkshopSession, groups: list[layout.BoardGroup]) -> list[str]:
    return [
        row.issue_id
        for group in groups
        for row in group.rows
        if row.issue_id and not row.continuation
    ]


def move_link(
    session: WorkshopSession, improvement_id: str, groups: list[layout.BoardGroup], step: int
) -> UpdateRecords | None:
    """Move an improvement to the previous (-1) or next (+1) issue on the board."""
    entry = session.entries[improvement_id]
    if entry.kind is not EntryKind.IMPROVEMENT:
        return None
    issues = issues_in_board_order(session, groups)
    if not issues:
        return None
    if entry.answers_id in issues:
        target = issues.index(entry.answers_id) + step
    else:
        target = 0 if step > 0 else len(issues) - 1
    if not 0 <= target < len(issues):
        return None
    return link(session, improvement_id, issues[target])


def reorder(session: WorkshopSession, entry_id: str, groups: list[layout.BoardGroup], step: int):
    """Swap an entry with its previous (-1) or next (+1) sibling on the board."""
    entry = session.entries[entry_id]
    siblings = _siblings(session, entry, groups)
    if entry_id not in siblings:
        return None
    at = siblings.index(entry_id)
    other_at = at + step
    if not 0 <= other_at < len(siblings):
        return None
    other = session.entries[siblings[other_at]]
    a = dataclasses.replace(entry, position=other.position)
    b = dataclasses.replace(other, position=entry.position)
    if a.position == b.position:  # equal positions: nudge to break the tie
        a.position += step * 0.5
    return UpdateRecords(
        session,
        "entry",
        [entry, other],
        [a, b],
        QCoreApplication.translate("EntryEdits", "Move entry"),
    )


def _siblings(session, entry: Entry, groups: list[layout.BoardGroup]) -> list[str]:
    for group in groups:
        for row in group.rows:
            if entry.id == row.improvement_id and row.issue_id:
                return [i.id for i in session.improvements_of(row.issue_id)]
            if entry.id in row.entry_ids():
                return [r.lead_id for r in group.rows if not r.continuation]
    return []


def remove(session: WorkshopSession, entry_id: str) -> RemoveRecords:
    """Remove an entry; an issue goes with its improvements (undo brings all back)."""
    entry = session.entries[entry_id]
    ids = [i.id for i in session.improvements_of(entry_id)] if entry.kind is EntryKind.ISSUE else []
    ids.append(entry_id)
    return RemoveRecords(
        session,
        "entry",
        ids,
        QCoreApplication.translate("EntryEdits", "Remove “%1”").replace(
            "%1", _short(session.shown(entry.text))
        ),
    )


def add_action_item(session: WorkshopSession, item: ActionItem) -> AddRecords:
    return AddRecords(
        session,
        "action_item",
        [item],
        QCoreApplication.translate("EntryEdits", "Add action item “%1”").replace(
            "%1", _short(item.what)
        ),
    )
