"""Exchange files: one programme, or one workshop, in a file of its own that travels by USB
key, e-mail or a shared folder, and is merged at the other end.

An exchange file is a workspace holding just that (application id "ATLX", extension
``.atelier``), written beside its destination and put in place at the end. Sent without
names (the default), its participants are pseudonyms ("Participant 3", role kept) and
the names typed in its texts are replaced by those pseudonyms.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from workshop_app import __version__
from workshop_app.domain import mentions
from workshop_app.domain.ids import utc_now
from workshop_app.domain.merge_rules import PURGED
from workshop_app.store import cipher
from workshop_app.store.errors import WriteFailed
from workshop_app.store.exchange.kinds import BY_TABLE, digest
from workshop_app.store.exchange.names import pseudonym
from workshop_app.store.exchange.plan import histories
from workshop_app.store.name_scrub import SCRUBBED, scrub_row, scrubber
from workshop_app.store.schema import EXCHANGE_APPLICATION_ID
from workshop_app.store.workspace import Workspace

EXTENSION = ".atelier"


def _select(ws: Workspace, table: str, where: str, params: Iterable[Any]) -> list[dict]:
    columns = BY_TABLE[table].columns
    return [
        dict(zip(columns, row, strict=True))
        for row in ws.db.rows(
            f"SELECT {', '.join(columns)} FROM {table} WHERE {where}", list(params)
        )
    ]


def _programme_parts(ws: Workspace, programme_id: str) -> dict[str, list[dict]]:
    parts = {"programme": _select(ws, "programme", "id = ?", [programme_id])}
    for table in ("action", "theme", "workshop", "participant"):
        parts[table] = _select(ws, table, "programme_id = ?", [programme_id])
    workshops = [w["id"] for w in parts["workshop"]]
    marks = ", ".join("?" * len(workshops)) or "NULL"
    for table in ("workshop_action", "agenda_step", "feedback_question"):
        parts[table] = _select(ws, table, f"workshop_id IN ({marks})", workshops)
    actions = [a["id"] for a in parts["action"]]
    marks = ", ".join("?" * len(actions)) or "NULL"
    parts["indicator"] = _select(ws, "indicator", f"action_id IN ({marks})", actions)
    indicators = [i["id"] for i in parts["indicator"]]
    marks = ", ".join("?" * len(indicators)) or "NULL"
    parts["measurement"] = _select(ws, "measurement", f"indicator_id IN ({marks})", indicators)
    parts["challenge"] = _select(ws, "challenge", "programme_id = ?", [programme_id])
    return parts


def _workshop_parts(ws: Workspace, workshop_id: str) -> dict[str, list[dict]]:
    [workshop] = _select(ws, "workshop", "id = ?", [workshop_id]) or [None]
    if workshop is None:
        raise LookupError(f"No workshop with id {workshop_id}.")
    programme_id = workshop["programme_id"]
    parts = {
        "programme": _select(ws, "programme", "id = ?", [programme_id]),
        "action": _select(ws, "action", "programme_id = ?", [programme_id]),
        "theme": _select(ws, "theme", "programme_id = ?", [programme_id]),
        "workshop": [workshop],
    }
    for table in (
        "workshop_action", "agenda_step", "attendance", "feedback_question", "entry",
        "feedback_response", "action_item", "measurement",
    ):  # fmt: skip
        parts[table] = _select(ws, table, "workshop_id = ?", [workshop_id])
    responses = [r["id"] for r in parts["feedback_response"]]
    marks = ", ".join("?" * len(responses)) or "NULL"
    parts["feedback_answer"] = _select(
        ws, "feedback_answer", f"response_id IN ({marks})", responses
    )
    entries = [e["id"] for e in parts["entry"]]
    items = [i["id"] for i in parts["action_item"]]
    marks = ", ".join("?" * len(entries)) or "NULL"
    item_marks = ", ".join("?" * len(items)) or "NULL"
    parts["status_change"] = _select(
        ws,
        "status_change",
        f"entry_id IN ({marks}) OR action_item_id IN ({item_marks})",
        [*entries, *items],
    )
    people = {a["participant_id"] for a in parts["attendance"]}
    people |= {e["author_id"] for e in parts["entry"] if e["author_id"]}
    people |= {r["participant_id"] for r in parts["feedback_response"] if r["participant_id"]}
    people |= {pid for e in parts["entry"] for pid in mentions.mentioned(e["text"] or "")}
    marks = ", ".join("?" * len(people)) or "NULL"
    parts["participant"] = _select(ws, "participant", f"id IN ({marks})", sorted(people))
    _with_mentioned(ws, parts, programme_id)
    indicators = sorted({m["indicator_id"] for m in parts["measurement"]})
    marks = ", ".join("?" * len(indicators)) or "NULL"
    parts["indicator"] = _select(ws, "indicator", f"id IN ({marks})", indicators)
    return parts


def _withhold_names(ws: Workspace, parts: dict[str, list[dict]], programme_id: str) -> None:
    """Pseudonyms for the people in the file; in every free text, the name of anyone of
    the programme becomes that person's pseudonym."""
    everyone = _select(ws, "participant", "programme_id = ?", [programme_id])
    aliases = {
        p["display_name"].strip().casefold(): pseudonym(p["id"])
        for p in everyone
        if p["display_name"].strip()
    }
    for person in parts.get("participant", []):
        if not person["erased_at"]:
            person["display_name"] = pseudonym(person["id"])
        person["organisation"] = ""
    scrub = scrubber(
        [p["display_name"] for p in everyone],
        lambda found: aliases.get(found.strip().casefold(), SCRUBBED),
    )
    if scrub is None:
        return
    for table, rows in parts.items():
        for row in rows:
            scrub_row(table, row, scrub)


def _with_mentioned(ws: Workspace, parts: dict[str, list[dict]], programme_id: str) -> None:
    """The people of the programme named in the file's texts travel with it: a workspace
    that erased one of them then knows whose name to take out."""
    present = {p["id"] for p in parts["participant"]}
    others = [
        p
        for p in _select(
            ws, "participant", "programme_id = ? AND erased_at IS NULL", [programme_id]
        )
        if p["id"] not in present and p["display_name"].strip()
    ]
    if not others:
        return
    found: set[str] = set()
    spot = scrubber(
        [p["display_name"] for p in others], lambda name: found.add(name.casefold()) or name
    )
    for table, rows in parts.items():
        for row in rows:
            scrub_row(table, dict(row), spot)
    parts["participant"] += [p for p in others if p["display_name"].strip().casefold() in found]


def _with_erasures(ws: Workspace, parts: dict[str, list[dict]], programme_id: str) -> None:
    """Every erased person of the programme travels, as a row without a name: an erasure
    made on one laptop reaches the others, whatever else the file holds."""
    present = {p["id"] for p in parts.get("participant", [])}
    parts.setdefault("participant", []).extend(
        p
        for p in _select(
            ws, "participant", "programme_id = ? AND erased_at IS NOT NULL", [programme_id]
        )
        if p["id"] not in present
    )


def pack(
    ws: Workspace,
    destination: Path | str,
    *,
    programme_id: str | None = None,
    workshop_id: str | None = None,
    with_names: bool = False,
) -> Path:
    """Write the exchange file of a programme (``programme_id``) or of a workshop."""
    destination = Path(destination).expanduser().absolute()
    own = {ws.path, *(ws.path.with_name(ws.path.name + s) for s in ("-wal", "-shm", ".lock"))}
    if destination in own or destination.resolve() in {p.resolve() for p in own}:
        raise WriteFailed(
            destination,
            f"{destination} is the workspace itself (or one of its files): choose another name.",
        )
    if programme_id:
        parts = _programme_parts(ws, programme_id)
        if not parts["programme"]:
            raise LookupError(f"No programme with id {programme_id}.")
        if not with_names:
            parts["participant"] = []  # a roster without names is of no use
        info = {"kind": "programme", "programme_id": programme_id}
    elif workshop_id:
        parts = _workshop_parts(ws, workshop_id)
        programme_id = parts["programme"][0]["id"]
        info = {"kind": "workshop", "programme_id": programme_id, "workshop_id": workshop_id}
    else:
        raise ValueError("pack() needs a programme or a workshop")
    _with_erasures(ws, parts, programme_id)
    if not with_names:
        _withhold_names(ws, parts, programme_id)
    info.update(
        names="included" if with_names else "withheld",
        written_at=utc_now(),
        atelier=__version__,
        title=(parts["workshop"][0]["title"] if workshop_id else parts["programme"][0]["title"]),
    )
    known = histories(ws)
    travelling, remembered = [], []
    for table, rows in parts.items():
        kind = BY_TABLE[table]
        for row in rows:
            print_ = digest(kind, row)
            remembered.append((table, row["id"], print_))
            if table == "participant" and (not with_names or row["erased_at"]):
                if PURGED in known.get((table, row["id"]), ()):  # a mark, not a fingerprint
                    travelling.append((table, row["id"], PURGED))
                continue  # no fingerprint of a named version leaves the laptop
            travelling.extend((table, row["id"], p) for p in known.get((table, row["id"]), ()))
            travelling.append((table, row["id"], print_))
    _write(destination, parts, info, travelling, cipher.passphrase_for(ws.path))
    with ws.db.atomic():
        ws.conn.executemany("INSERT OR IGNORE INTO exchange_history VALUES (?, ?, ?)", remembered)
    return destination


def _write(
    destination: Path, parts, info: dict[str, str], history, passphrase: str | None = None
) -> None:
    """Write the exchange file (encrypted with ``passphrase``, the sending workspace's, if
    it is encrypted: what leaves an encrypted workspace stays encrypted)."""
    partial = destination.with_name(f".{destination.name}.part")
    for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm"))):
        with contextlib.suppress(OSError):
            leftover.unlink()
    try:
        out = Workspace.open(partial, lock=False, passphrase=passphrase)
        try:
            with out.db.atomic():
                conn = out.conn
                conn.execute("PRAGMA defer_foreign_keys = ON")
                for table in BY_TABLE:  # in the order records can be written
                    rows = parts.get(table, [])
                    columns = BY_TABLE[table].columns
                    conn.executemany(
                        f"INSERT INTO {table} ({', '.join(columns)}) "
                        f"VALUES ({', '.join('?' * len(columns))})",
                        ([row[c] for c in columns] for row in rows),
                    )
                conn.execute("INSERT INTO entry_fts (entry_fts) VALUES ('rebuild')")
                conn.executemany("INSERT INTO exchange_info VALUES (?, ?)", info.items())
                conn.executemany("INSERT OR IGNORE INTO exchange_history VALUES (?, ?, ?)", history)
            conn.execute(f"PRAGMA application_id = {EXCHANGE_APPLICATION_ID}")
            out.db.checkpoint("TRUNCATE")
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            out.conn.close()
        os.replace(partial, destination)
        cipher.forget(partial)
        if passphrase is not None:
            cipher.remember(destination, passphrase)
    except BaseException as error:
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm"))):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(error, OSError):
            raise WriteFailed(
                destination, f"{destination} could not be written ({error})."
            ) from error
        raise
