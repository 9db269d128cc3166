"""What a workshop's summary says of the follow-up: the statuses that moved since the
previous workshop of its actions, and the improvements of earlier workshops still open
(see :mod:`workshop_app.store.follow_up`). Texts are masked as the rest of the summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop_app.domain.models import ActionItem, Entry, Workshop
from workshop_app.store.follow_up import follow_up
from workshop_app.store.workspace import Workspace


@dataclass(frozen=True)
class MovedRow:
    text: str
    action_id: str | None
    before: str
    """The stored status before (an improvement without one was proposed)."""
    after: str
    origin: Workshop


@dataclass
class FollowUpReport:
    previous: Workshop | None
    improvements: list[MovedRow] = field(default_factory=list)
    items: list[MovedRow] = field(default_factory=list)
    still_open: list[tuple[Entry, Workshop]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.previous is None and not self.still_open


def gather_follow_up(ws: Workspace, workshop_id: str, mask, named) -> FollowUpReport:
    """``mask`` (a :class:`NameMask`, or None when names are printed) and ``named`` (the
    entries with their mentions written as names) are the summary's own."""
    found = follow_up(ws, workshop_id)
    entries = found.improvements
    items: list[ActionItem] = [item for item, _move in found.items_moved]
    if mask is not None:
        entries, items = mask.entries(entries), mask.items(items)
    entries = named(entries)
    report = FollowUpReport(found.previous)
    for entry in entries:
        move = found.moved.get(entry.id)
        if move is not None:
            report.improvements.append(
                MovedRow(
                    entry.text,
                    entry.action_id,
                    move.before or "proposed",
                    move.after,
                    found.origins[entry.id],
                )
            )
        elif (entry.status.value if entry.status else "proposed") in ("proposed", "planned"):
            report.still_open.append((entry, found.origins[entry.id]))
    for item, (_old, move) in zip(items, found.items_moved, strict=True):
        report.items.append(
            MovedRow(item.what, None, move.before or "open", move.after, found.origins[item.id])
        )
    return report
