"""A ready-made demo programme, for trying Atelier and for screenshots (no Qt).

>>> with Workspace.open("demo.sqlite") as ws:         # doctest: +SKIP
...     programme = build_demo(ws)
>>> create_demo_workspace("demo.sqlite", replace=True)  # doctest: +SKIP

The content (French text, invented people and figures) lives in :mod:`.content`; this
module only turns it into records, written through the store's repositories in one
transaction, so a demo is either complete or absent. Ids are random, everything else is
the same from one run to the next.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workshop_app.demo import content
from workshop_app.domain.ids import new_id
from workshop_app.domain.models import (
    Action,
    ActionItem,
    AgendaStep,
    Attendance,
    Challenge,
    Entry,
    FeedbackQuestion,
    FeedbackResponse,
    Indicator,
    Measurement,
    Participant,
    Programme,
    Workshop,
)
from workshop_app.store import dbapi
from workshop_app.store.lock import WorkspaceLock
from workshop_app.store.workspace import Workspace

__all__ = ["build_demo", "create_demo_workspace"]

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
"""Files SQLite keeps beside a database; they belong to it and go with it."""


def build_demo(ws: Workspace) -> Programme:
    """Add the demo programme, with its workshops and everything said in them, to ``ws``.

    The workspace may already hold other programmes: they are left alone. All of it is
    written in one transaction (nothing is kept if something fails). Returns the programme.
    """
    with ws.db.atomic():
        return _build(ws)


def create_demo_workspace(path: Path | str, *, replace: bool = False) -> Path:
    """Create a workspace file at ``path`` holding the demo programme; return its path.

    An existing file that is not empty is refused with :class:`FileExistsError`, unless
    ``replace`` is true: then the file and its SQLite side files (``-wal``, ``-shm``) are
    deleted first. A workspace open in another Atelier is never deleted
    (:class:`~workshop_app.store.errors.WorkspaceLocked`).
    """
    path = Path(path).expanduser().absolute()
    if path.is_dir():
        raise IsADirectoryError(f"{path} is a folder. Choose a file name for the demo workspace.")
    existing = [p for p in (path, *_side_files(path)) if _has_data(p)]
    if existing and not replace:
        raise FileExistsError(
            f"{path} already exists and is not empty. Choose another file name for the demo "
            "workspace, or ask to replace the file (everything in it will be lost)."
        )
    if existing and not is_demo_workspace(path):
        raise FileExistsError(
            f"{path} is not a demo workspace: Atelier only replaces a file it wrote with "
            "'workshop-app demo'. Choose another file name for the demo."
        )
    held = None
    if replace and (path.exists() or existing):
        held = WorkspaceLock(path)
        held.acquire()  # refuses if another Atelier has the file open
        try:
            for file in (path, *_side_files(path)):
                file.unlink(missing_ok=True)
        except BaseException:
            held.release()
            raise
    try:
        ws = Workspace.open(path, lock=held is None)
    except BaseException:
        if held is not None:
            held.release()
        raise
    if held is not None:
        ws.lock = held  # released by close()
    try:
        build_demo(ws)
    except BaseException:
        ws.close()
        with contextlib.suppress(OSError):
            for file in (path, *_side_files(path)):
                file.unlink(missing_ok=True)
        raise
    ws.close()
    return path


def is_demo_workspace(path: Path) -> bool:
    """Whether ``path`` is an Atelier workspace holding nothing but the demo programme.

    Read through a read-only connection; anything unreadable counts as "no".
    """
    import sqlite3

    from workshop_app.store.schema import APPLICATION_ID

    try:
        uri = path.absolute().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return False
            titles = {row[0] for row in conn.execute("SELECT title FROM programme")}
        finally:
            conn.close()
    except (*dbapi.Error, OSError, ValueError):
        return False
    return titles <= {content.PROGRAMME["title"]}


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in SIDE_SUFFIXES]


def _has_data(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


def _utc_stamp(local: str, utc_offset: str, shift: timedelta) -> str:
    """``local`` (``YYYY-MM-DDTHH:MM`` in Lyon) plus ``shift``, as a store timestamp (UTC)."""
    moment = datetime.fromisoformat(local + utc_offset) + shift
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _agenda_text(spec: dict) -> str:
    """The workshop's objective and notes: the free text of its dialog. The timed steps
    are the agenda (the ``agenda`` table), not repeated here."""
    return spec["objective"]


def _build(ws: Workspace) -> Programme:
    programme = ws.programmes.create_with_defaults(Programme(**content.PROGRAMME))
    theme_ids = {theme.name: theme.id for theme in ws.themes.for_programme(programme.id)}

    actions = [Action(programme_id=programme.id, **spec) for spec in content.ACTIONS]
    ws.actions.add_many(actions)
    action_ids = {action.number: action.id for action in actions}

    people = [
        Participant(
            programme_id=programme.id,
            display_name=spec["display_name"],
            role=spec["role"],
            organisation=spec["organisation"],
        )
        for spec in content.PARTICIPANTS
    ]
    ws.participants.add_many(people)
    person_ids = {spec["key"]: p.id for spec, p in zip(content.PARTICIPANTS, people, strict=True)}

    workshops = [
        Workshop(
            programme_id=programme.id,
            title=spec["title"],
            kind=spec["kind"],
            starts_at=spec["starts_at"],
            ends_at=spec["ends_at"],
            place=spec["place"],
            territory=spec["territory"],
            facilitators=spec["facilitators"],
            language=spec["language"],
            agenda=_agenda_text(spec),
            status=spec["status"],
        )
        for spec in content.WORKSHOPS
    ]
    ws.workshops.add_many(workshops)
    workshop_ids = {spec["key"]: w.id for spec, w in zip(content.WORKSHOPS, workshops, strict=True)}

    steps: list[AgendaStep] = []
    attendance: list[Attendance] = []
    entries: list[Entry] = []
    questions: list[FeedbackQuestion] = []
    items: list[ActionItem] = []
    entry_ids: dict[str, str] = {}
    responses: list[tuple[FeedbackResponse, dict[str, int]]] = []

    for spec in content.WORKSHOPS:
        workshop_id = workshop_ids[spec["key"]]
        ws.workshops.set_action_ids(workshop_id, [action_ids[n] for n in spec["actions"]])

        steps.extend(
            AgendaStep(
                workshop_id=workshop_id,
                position=order,
                title=step["title"],
                planned_minutes=step["minutes"],
                method_note=step["method"],
                actual_seconds=step["actual_seconds"],
            )
            for order, step in enumerate(spec["agenda"])
        )
        # People arrive from a quarter of an hour before the start, about a minute apart.
        attendance.extend(
            Attendance(
                workshop_id=workshop_id,
                participant_id=person_ids[key],
                checked_in_at=_utc_stamp(
                    spec["starts_at"], spec["utc_offset"], timedelta(minutes=arrival - 15)
                ),
            )
            for arrival, key in enumerate(spec["attendance"])
        )

        place_in_list = ws.entries.next_position(workshop_id)
        for said in spec["entries"]:
            entry = Entry(
                workshop_id=workshop_id,
                kind=said["kind"],
                text=said["text"],
                action_id=action_ids[said["action"]] if "action" in said else None,
                theme_id=theme_ids[said["theme"]] if "theme" in said else None,
                author_id=person_ids[said["author"]] if "author" in said else None,
                answers_id=entry_ids[said["answers"]] if "answers" in said else None,
                status=said.get("status"),
                votes=said.get("votes", 0),
                position=place_in_list,
            )
            place_in_list += 1.0
            if "key" in said:
                entry_ids[said["key"]] = entry.id
            entries.append(entry)

        asked = [
            FeedbackQuestion(
                workshop_id=workshop_id,
                text=question["text"],
                position=order,
                criterion=question["criterion"],
            )
            for order, question in enumerate(spec["questions"])
        ]
        questions.extend(asked)
        for answer in spec["responses"]:
            by = answer["by"]
            response = FeedbackResponse(
                workshop_id=workshop_id,
                participant_id=person_ids[by] if by else None,
                comment=answer["comment"],
            )
            ratings = {
                question.id: rating
                for question, rating in zip(asked, answer["ratings"], strict=True)
                if rating is not None
            }
            responses.append((response, ratings))

        items.extend(
            ActionItem(
                workshop_id=workshop_id,
                what=item["what"],
                who=item["who"],
                due_date=item["due_date"],
                status=item["status"],
                entry_id=entry_ids[item["entry"]] if "entry" in item else None,
            )
            for item in spec["action_items"]
        )

    ws.agenda.add_many(steps)
    ws.attendance.add_many(attendance)
    ws.entries.add_many(entries)
    ws.feedback_questions.add_many(questions)
    for response, ratings in responses:
        ws.feedback.submit(response, ratings)
    ws.action_items.add_many(items)
    _status_history(ws, entries, items)

    indicators: list[Indicator] = []
    measurements: list[Measurement] = []
    for spec in content.INDICATORS:
        indicator = Indicator(
            action_id=action_ids[spec["action"]],
            name=spec["name"],
            unit=spec["unit"],
            target=spec["target"],
            kind=spec["kind"],
            baseline=spec["baseline"],
            direction=spec["direction"],
            source=spec["source"],
        )
        indicators.append(indicator)
        measurements.extend(
            Measurement(
                indicator_id=indicator.id,
                measured_on=measure["on"],
                value=float(measure["value"]),
                note=measure["note"],
                workshop_id=workshop_ids[measure["workshop"]] if "workshop" in measure else None,
                territory=measure.get("territory", ""),
            )
            for measure in spec["measurements"]
        )
    ws.indicators.add_many(indicators)
    ws.measurements.add_many(measurements)
    ws.challenges.add_many(
        [
            Challenge(programme_id=programme.id, position=position, **spec)
            for position, spec in enumerate(content.CHALLENGES)
        ]
    )
    return programme


def _status_history(ws: Workspace, entries: list[Entry], items: list[ActionItem]) -> None:
    """The changes of status of :data:`content.STATUS_HISTORY`, written as the store
    writes them, at 10:00 on their day (Lyon)."""
    rows = []
    for change in content.STATUS_HISTORY:
        if "entry" in change:
            [record] = [e for e in entries if e.text.startswith(change["entry"])]
            columns = (record.id, None)
        else:
            [record] = [i for i in items if i.what.startswith(change["item"])]
            columns = (None, record.id)
        when = _utc_stamp(change["on"] + "T10:00", "+02:00", timedelta())
        rows.append((new_id(), *columns, change["from"], change["to"], when, when))
    with ws.db.atomic():
        ws.conn.executemany(
            """INSERT INTO status_change (id, entry_id, action_item_id, old_status,
                   new_status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
            rows,
        )
