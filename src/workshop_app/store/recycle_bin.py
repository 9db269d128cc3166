"""The bin: what was removed stays :data:`RETENTION_DAYS` days (30), then is emptied for good.

Removing a record (an entry, an agenda step, an action item, a feedback response…) only
marks it (``deleted_at``): undo brings it back, and a merge carries the removal to the
other laptops. While it is in the bin, its words are still in the file. The bin is
emptied:

- of what was removed more than :data:`RETENTION_DAYS` days ago, each time Atelier opens
  the workspace to write in it (:func:`empty_on_opening`). Finding it is one indexed query
  on the entries (``entry_in_bin``, a partial index holding only the removed entries that
  still hold a text), so opening costs nothing more when nothing is due;
- of everything, when the person asks (File › Empty the Bin…, ``workshop-app empty-bin``:
  :func:`empty_now`). That also empties, in the workspace's backups, every record emptied
  here (the automatic emptying leaves the backups alone: they are deleted after a few
  weeks, see :mod:`.backups`).

An emptied record keeps a tombstone: its id, ``created_at``, ``deleted_at``,
``updated_at`` (the moment it was emptied) and what ties it to the rest (its workshop,
kind, position, links); every text and personal field (:data:`BLANKED`) is blanked. Its
words leave the search index at once (FTS5 ``'delete'``, then ``'optimize'``, which
rewrites the index so that no page keeps them). The versions merges set aside and the
fingerprints of its versions are forgotten; its history holds the mark
:data:`~workshop_app.domain.merge_rules.PURGED` instead, and a merge never brings it back
("a purge always wins", :mod:`workshop_app.domain.merge_rules`). Nothing writes an emptied
record again (the repositories refuse: an undo step older than the emptying fails in
words).

``secure_delete`` (on for every workspace) zeroes the bytes freed; after the commit, the
journal is folded into the file and truncated (a TRUNCATE checkpoint), so the old text is
left neither in the ``.sqlite`` file nor in its ``-wal``. If another program holds a read
transaction on the workspace at that moment (after waiting :data:`FOLD_WAIT_MS`), the
journal cannot be folded past that reader's snapshot: the old pages stay in the ``.sqlite``
and ``-wal`` files until the reader lets go and a fold succeeds (:func:`fold`: the window
tries again every few seconds, and closing truncates the journal); :attr:`Emptied.folded`
says which happened.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from workshop_app.domain.merge_rules import PURGED
from workshop_app.store import dbapi
from workshop_app.store._repo import write_transaction
from workshop_app.store.errors import WorkspaceError

RETENTION_DAYS = 30
"""How long a removed record stays in the bin before it is emptied for good."""

BLANKED: dict[str, dict[str, Any]] = {
    "programme": {"title": "", "description": ""},
    "action": {
        "title": "",
        "context": "",
        "description": "",
        "stakeholders": "",
        "budget": "",
        "monitoring_criteria": "",
    },
    "theme": {"name": ""},
    "workshop": {"title": "", "place": "", "territory": "", "facilitators": "", "agenda": ""},
    "agenda_step": {"title": "", "method_note": ""},
    "participant": {"display_name": "", "organisation": ""},
    "feedback_question": {"text": "", "criterion": ""},
    "entry": {"text": "", "author_id": None},
    "feedback_response": {"comment": "", "participant_id": None},
    "action_item": {"what": "", "who": ""},
    "indicator": {"name": "", "unit": "", "target": "", "baseline": "", "source": ""},
    "measurement": {"note": "", "territory": "", "text_value": ""},
    "challenge": {"theme": "", "challenge": "", "baseline": "", "goal": ""},
}
"""What emptying a record of each table blanks: every text a person typed, every link to a
person. Tables without such a field (an attendance, a rating) have nothing to empty."""

FOLD_WAIT_MS = 1000
"""How long folding the journal after an emptying waits for another program's read to
end (the window must not freeze for the connection's usual five seconds)."""

_CHUNK = 500


def holds(table: str) -> str:
    """The SQL condition "this row still holds something to empty" (its order is the one of
    the partial index ``entry_in_bin``, which SQLite matches term by term)."""
    tests = [
        f"{column} != ''" if value == "" else f"{column} IS NOT NULL"
        for column, value in BLANKED[table].items()
    ]
    return "(" + " OR ".join(tests) + ")"


def _in_bin(table: str, before: str | None) -> tuple[str, list[str]]:
    where = f"deleted_at IS NOT NULL AND {holds(table)}"
    if before is None:
        return where, []
    return where + " AND deleted_at < ?", [before]


def stamp(moment: datetime) -> str:
    """``moment`` written as the records' times are (``utc_now``)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def cutoff(now: datetime | None = None) -> str:
    """Records removed before this moment are due to be emptied."""
    return stamp((now or datetime.now(UTC)) - timedelta(days=RETENTION_DAYS))


def contents(conn, before: str | None = None) -> dict[str, int]:
    """How many records of each table are in the bin (removed before ``before``, if given);
    tables with none are left out."""
    counts = {}
    for table in BLANKED:
        where, params = _in_bin(table, before)
        number = conn.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]
        if number:
            counts[table] = number
    return counts


def keys_in_bin(conn, before: str | None = None) -> list[tuple[str, str]]:
    """(table, id) of every record in the bin (removed before ``before``, if given)."""
    keys = []
    for table in BLANKED:
        where, params = _in_bin(table, before)
        keys.extend(
            (table, row[0]) for row in conn.execute(f"SELECT id FROM {table} WHERE {where}", params)
        )
    return keys


def emptied_keys(conn) -> list[tuple[str, str]]:
    """(table, id) of every record emptied from this workspace's bin (or that arrived
    emptied by a merge)."""
    try:
        return [
            (kind, record_id)
            for kind, record_id in conn.execute(
                "SELECT kind, id FROM exchange_history WHERE digest = ?", [PURGED]
            )
        ]
    except dbapi.OperationalError:  # a file older than exchanges
        return []


def is_emptied(conn, table: str, record_id: str) -> bool:
    try:
        found = conn.execute(
            "SELECT 1 FROM exchange_history WHERE kind = ? AND id = ? AND digest = ?",
            [table, record_id, PURGED],
        ).fetchone()
    except dbapi.OperationalError:
        return False
    return found is not None


def blank(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` (a record as a dict) as its tombstone: blanked, removed (in place, returned)."""
    row.update(BLANKED.get(table, {}))
    if not row.get("deleted_at"):
        row["deleted_at"] = row.get("updated_at") or stamp(datetime.now(UTC))
    return row


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def purge(conn, keys: Iterable[tuple[str, str]], now: str) -> dict[str, int]:
    """Empty the records ``keys`` for good, inside the caller's transaction: blank them
    (stamping ``updated_at`` with ``now``), take their words out of the search index, and
    mark them (:func:`mark_emptied`). A record that holds nothing any more is left as it is;
    one not removed yet (in a backup taken before its removal) is removed too. Returns how
    many records of each table were blanked. The caller runs the index's ``'optimize'``."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, record_id in keys:
        if table in BLANKED:
            by_table[table].append(record_id)
    counts: dict[str, int] = {}
    present: list[tuple[str, str]] = []
    if by_table.get("participant"):
        _erase_people(conn, by_table["participant"], now)
    for table, ids in by_table.items():
        blanked = BLANKED[table]
        sets = ", ".join(f"{column} = ?" for column in blanked)
        for chunk in _chunks(ids):
            marks = ", ".join("?" * len(chunk))
            present.extend(
                (table, row[0])
                for row in conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
            )
            where = f"id IN ({marks}) AND {holds(table)}"
            seqs = []
            if table == "entry":
                for seq, text in conn.execute(
                    f"SELECT seq, text FROM entry WHERE {where}", chunk
                ).fetchall():
                    conn.execute(
                        "INSERT INTO entry_fts (entry_fts, rowid, text) VALUES ('delete', ?, ?)",
                        [seq, text],
                    )
                    seqs.append(seq)
            changed = conn.execute(
                f"UPDATE {table} SET {sets}, deleted_at = coalesce(deleted_at, ?), "
                f"updated_at = ? WHERE {where}",
                [*blanked.values(), now, now, *chunk],
            ).rowcount
            # the index follows its content table: the emptied entries, without a word
            conn.executemany(
                "INSERT INTO entry_fts (rowid, text) VALUES (?, '')", [[seq] for seq in seqs]
            )
            if changed:
                counts[table] = counts.get(table, 0) + changed
    mark_emptied(conn, present)
    return counts


def _erase_people(conn, ids: Sequence[str], now: str) -> None:
    """A removed person emptied from the bin: their name also leaves every free text
    (once blanked, nothing would know it any more, and an export without names could no
    longer mask it), as an erasure does; the record itself is blanked as any other."""
    from workshop_app.store.name_scrub import forget_fingerprints, scrub_workspace

    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        for (name,) in conn.execute(
            f"SELECT display_name FROM participant WHERE id IN ({marks}) "
            "AND deleted_at IS NOT NULL AND display_name != ''",
            chunk,
        ).fetchall():
            conn.execute(
                "UPDATE action_item SET who = '', updated_at = ? WHERE who = ?", [now, name]
            )
            forget_fingerprints(conn, scrub_workspace(conn, name))


def mark_emptied(conn, keys: Sequence[tuple[str, str]]) -> None:
    """Inside the caller's transaction: the records ``keys`` are emptied. Their history
    becomes the mark :data:`PURGED` alone (the fingerprints of their versions, made from
    their texts, go), the versions merges set aside of them go, and so do the drafts of an
    emptied workshop."""
    with contextlib.suppress(dbapi.OperationalError):  # an older backup: no such table
        conn.executemany("DELETE FROM exchange_history WHERE kind = ? AND id = ?", keys)
        conn.executemany(
            "INSERT OR IGNORE INTO exchange_history (kind, id, digest) VALUES (?, ?, ?)",
            [(table, record_id, PURGED) for table, record_id in keys],
        )
    with contextlib.suppress(dbapi.OperationalError):
        conn.executemany("DELETE FROM merge_kept WHERE kind = ? AND record_id = ?", keys)
    with contextlib.suppress(dbapi.OperationalError):
        conn.executemany(
            "DELETE FROM draft WHERE workshop_id = ?",
            [[record_id] for table, record_id in keys if table == "workshop"],
        )


@dataclass
class Emptied:
    """What emptying the bin did."""

    counts: dict[str, int] = field(default_factory=dict)
    """Records emptied, by table."""
    folded: bool = True
    """Whether the journal was then folded into the file and truncated. ``False`` while
    another program reads the workspace: the old pages wait in the ``-wal`` file for the
    next fold (Atelier's idle fold, or closing)."""
    backups: int = 0
    """Backups of the workspace emptied too (:func:`empty_now`)."""
    backups_failed: list[Path] = field(default_factory=list)
    """Backups that could not be opened or written."""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _empty(ws, keys: list[tuple[str, str]], now: datetime | None) -> Emptied:
    if not keys:
        return Emptied()
    with write_transaction(ws.db, "the emptying of the bin"):
        counts = purge(ws.conn, keys, stamp(now or datetime.now(UTC)))
        # rewrite the search index: the words of the emptied entries leave its pages
        ws.conn.execute("INSERT INTO entry_fts (entry_fts) VALUES ('optimize')")
    return Emptied(counts, fold(ws))


def fold(ws, wait_ms: int = FOLD_WAIT_MS) -> bool:
    """Fold the journal into the file and truncate it (a TRUNCATE checkpoint), waiting at
    most ``wait_ms`` for other readers; ``True`` when the ``-wal`` file is empty again.
    While another connection reads a snapshot older than the emptying, SQLite cannot fold
    past it: the old pages stay in the ``-wal`` (and the reader still sees the old text)
    until it lets go; then a fold succeeds (try again)."""
    conn = ws.conn
    try:
        before = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
        try:
            return ws.db.checkpoint("TRUNCATE")
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(before)}")
    except dbapi.Error:
        return False


def empty_expired(ws, now: datetime | None = None) -> Emptied:
    """Empty what was removed more than :data:`RETENTION_DAYS` days before ``now``."""
    return _empty(ws, keys_in_bin(ws.conn, cutoff(now)), now)


def empty_on_opening(ws, now: datetime | None = None) -> int:
    """:func:`empty_expired`, as opening a workspace runs it: a failure (a full disk…)
    never stops the opening, and the bin is emptied at a later one. Returns how many
    records were emptied."""
    try:
        return empty_expired(ws, now).total
    except (*dbapi.Error, WorkspaceError):
        return 0


def empty_now(ws, now: datetime | None = None, *, backups: bool = True) -> Emptied:
    """Empty the whole bin now, whatever the records' age; then (``backups``) empty, in
    each backup of the workspace, every record emptied here."""
    result = _empty(ws, keys_in_bin(ws.conn), now)
    if backups:
        result.backups, result.backups_failed = empty_in_backups(
            ws.path, emptied_keys(ws.conn), now
        )
    return result


def empty_in_backups(
    workspace: Path, keys: list[tuple[str, str]], now: datetime | None = None
) -> tuple[int, list[Path]]:
    """Empty the records ``keys`` in every backup of ``workspace`` (secure_delete on, the
    search index rewritten); how many backups were written, and those that could not be."""
    from workshop_app.store import backups, cipher

    written, failed = 0, []
    if not keys:
        return written, failed
    when = stamp(now or datetime.now(UTC))
    for backup in backups.list_backups(workspace):
        try:
            with contextlib.closing(
                cipher.connect(backup.path, cipher.passphrase_for(backup.path))
            ) as conn:
                conn.execute("PRAGMA secure_delete = ON")
                if purge(conn, keys, when).get("entry"):
                    conn.execute("INSERT INTO entry_fts (entry_fts) VALUES ('optimize')")
                conn.commit()
                written += 1
        except (*dbapi.Error, cipher.KeyRefused, cipher.EncryptionUnavailable):
            failed.append(backup.path)
    return written, failed
