"""What comes back at a workshop from the earlier ones, and what moved in between.

At a workshop, the improvements of its actions (every action of the programme when it is
linked to none) captured at earlier workshops and still proposed or planned come back, to
be updated there (planned → done); the action items still open come back too
(:meth:`ActionItemRepository.open_before`). Its summary lists what changed since the
previous workshop of the same actions: the statuses that moved between the day after that
workshop and the end of this one's day (local time), each from its first status in the
period to its last (:func:`~workshop_app.store.status_history.net_changes`).

"Earlier" goes by the workshops' days; a workshop without a date counts as held today.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from workshop_app.domain.models import ActionItem, Entry, Workshop
from workshop_app.store.status_history import Moved, net_changes
from workshop_app.store.workspace import Workspace

OPEN_IMPROVEMENT = ("proposed", "planned")
"""The statuses of an improvement still to follow (an improvement without one is proposed)."""


@dataclass
class FollowUp:
    workshop: Workshop
    previous: Workshop | None
    """The latest earlier workshop of the same actions (of the programme, without actions)."""
    action_ids: list[str]
    """The actions followed; empty: every action of the programme (and none)."""
    improvements: list[Entry] = field(default_factory=list)
    """Improvements of earlier workshops still open, or moved since ``previous``: what the
    follow-up table shows (in action, then workshop, then board order)."""
    origins: dict[str, Workshop] = field(default_factory=dict)
    """Entry or action item id → the workshop it was captured at."""
    moved: dict[str, Moved] = field(default_factory=dict)
    """Improvement id → its status before and after, when it moved since ``previous``."""
    items_moved: list[tuple[ActionItem, Moved]] = field(default_factory=list)
    """Action items of earlier workshops whose status moved since ``previous``."""

    @property
    def open_improvements(self) -> list[Entry]:
        return [e for e in self.improvements if _status(e) in OPEN_IMPROVEMENT]


def _status(entry: Entry) -> str:
    return entry.status.value if entry.status is not None else "proposed"


def workshop_day(workshop: Workshop) -> date:
    """The day a workshop is held (today when it has no valid date)."""
    try:
        return date.fromisoformat(workshop.starts_at[:10])
    except ValueError:
        return date.today()


def _utc_at(day: date) -> str:
    """The stored form (UTC, as :func:`utc_now` writes it) of the start of ``day`` in local
    time."""
    moment = datetime.combine(day, time()).astimezone().astimezone(UTC)
    return moment.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def _earlier(ws: Workspace, workshop: Workshop, day: date) -> list[Workshop]:
    return [
        w
        for w in ws.workshops.for_programme(workshop.programme_id)
        if w.id != workshop.id and workshop_day(w) < day
    ]


def previous_workshop(ws: Workspace, workshop: Workshop) -> Workshop | None:
    """The latest workshop held before ``workshop``'s day that shares one of its actions
    (of the programme, when it has none)."""
    actions = set(ws.workshops.action_ids(workshop.id))
    candidates = _earlier(ws, workshop, workshop_day(workshop))
    if actions:
        candidates = [w for w in candidates if actions & set(ws.workshops.action_ids(w.id))]
    if not candidates:
        return None
    return max(candidates, key=lambda w: (workshop_day(w), w.starts_at, w.created_at))


def follow_up(ws: Workspace, workshop_id: str) -> FollowUp:
    """What comes back at the workshop ``workshop_id`` (see the module's text)."""
    workshop = ws.workshops.get(workshop_id)
    day = workshop_day(workshop)
    action_ids = ws.workshops.action_ids(workshop.id)
    previous = previous_workshop(ws, workshop)
    earlier = {w.id: w for w in _earlier(ws, workshop, day)}
    result = FollowUp(workshop, previous, action_ids)
    if not earlier:
        return result
    since = _utc_at(workshop_day(previous) + timedelta(days=1)) if previous else None
    until = _utc_at(day + timedelta(days=1))

    marks = ", ".join("?" * len(earlier))
    where = f"kind = 'improvement' AND workshop_id IN ({marks})"
    params: list = list(earlier)
    if action_ids:
        where += f" AND action_id IN ({', '.join('?' * len(action_ids))})"
        params += action_ids
    improvements = ws.entries.select(where, params)
    by_id = {e.id: e for e in improvements}

    moved: dict[str, Moved] = {}
    if since is not None:
        changes = [
            c
            for c in ws.status_changes.for_records("entry", by_id)
            if since <= c.created_at < until
        ]
        moved = net_changes(changes, lambda c: c.entry_id)
    order = {action_id: n for n, action_id in enumerate(action_ids)}
    numbers = {
        a.id: a.number for a in ws.actions.select("programme_id = ?", [workshop.programme_id])
    }
    kept = [e for e in improvements if _status(e) in OPEN_IMPROVEMENT or e.id in moved]
    kept.sort(
        key=lambda e: (
            order.get(e.action_id or "", len(order)),
            numbers.get(e.action_id or "", 10**9),
            workshop_day(earlier[e.workshop_id]),
            earlier[e.workshop_id].starts_at,
            e.position,
            e.created_at,
        )
    )
    result.improvements = kept
    result.moved = moved
    result.origins = {e.id: earlier[e.workshop_id] for e in kept}

    if since is not None:
        items = ws.action_items.select(f"workshop_id IN ({marks})", list(earlier))
        item_by_id = {i.id: i for i in items}
        changes = [
            c
            for c in ws.status_changes.for_records("action_item", item_by_id)
            if since <= c.created_at < until
        ]
        for item_id, move in net_changes(changes, lambda c: c.action_item_id).items():
            item = item_by_id[item_id]
            result.items_moved.append((item, move))
            result.origins[item_id] = earlier[item.workshop_id]
        result.items_moved.sort(key=lambda pair: (pair[1].changed_at, pair[0].id))
    return result
