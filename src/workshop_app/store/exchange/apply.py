"""Writing merge plans into a workspace: every file in one transaction, after a backup."""

from __future__ import annotations

import contextlib
import json
import operator
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop_app.domain.ids import utc_now
from workshop_app.domain.merge_rules import Choice
from workshop_app.domain.validation import ValidationError
from workshop_app.store import dbapi
from workshop_app.store._repo import write_transaction
from workshop_app.store.erasure import erase_person
from workshop_app.store.errors import WriteFailed
from workshop_app.store.exchange.kinds import KINDS, Kind
from workshop_app.store.exchange.plan import Change, Key, MergePlan, histories, plan_merge
from workshop_app.store.exchange.source import open_source
from workshop_app.store.recycle_bin import mark_emptied
from workshop_app.store.workspace import Workspace


@dataclass
class MergeResult:
    plans: list[MergePlan] = field(default_factory=list)
    backup: Path | None = None
    """The copy of the workspace taken just before (None for a dry run)."""


def merge_files(
    target: Workspace,
    paths: Sequence[Path | str],
    *,
    dry_run: bool = False,
    matches: Mapping[str, Mapping[str, Mapping[str, str]]] | None = None,
    choices: Mapping[str, Mapping[Key, Choice]] | None = None,
    backup: bool = True,
) -> MergeResult:
    """Merge the files at ``paths``, in order, into ``target``: all of them or nothing.

    ``matches`` and ``choices`` are given per file (by its full path, ``plan.key``).
    A dry run plans every file as if the earlier ones had been merged, then takes it all
    back. Otherwise a backup of the workspace is taken first.
    """
    from workshop_app.store import backups

    result = MergeResult()
    if not dry_run and backup:
        result.backup = backups.take(target, "merge")
    erasing = False
    with _refused_plainly(target, paths), write_transaction(target.db, "the merge"):
        target.conn.execute("PRAGMA defer_foreign_keys = ON")
        known = histories(target)
        for number, path in enumerate(paths, start=1):
            with open_source(path) as source:
                plan = plan_merge(
                    target,
                    source,
                    matches=(matches or {}).get(source.key),
                    choices=(choices or {}).get(source.key),
                    mine_known=known,
                )
                apply_plan(target, plan)
                if number < len(paths):  # what the next file is compared with
                    _learn(known, plan)
                result.plans.append(plan)
                erasing = erasing or bool(plan.erase) or any(c.emptied for c in plan.changes)
        if dry_run:
            raise _DryRun
    if erasing:
        # the erased names' (and emptied records') old pages leave the journal
        target.db.checkpoint("TRUNCATE")
        for plan in result.plans:
            for person_id, name in plan.erased_names.items():
                if target.participants.on_erased is not None:
                    target.participants.on_erased(person_id, name)  # and the backups
    return result


class _DryRun(Exception):
    pass


@contextlib.contextmanager
def _refused_plainly(target: Workspace, paths):
    """A file whose records break the workspace's rules (a reference to a record it does
    not hold, two records for one place) is refused in words; nothing was merged."""
    try:
        yield
    except (*dbapi.IntegrityError, ValidationError) as error:
        names = ", ".join(Path(p).name for p in paths)
        raise WriteFailed(
            target.path,
            f"{names} could not be merged: its records do not fit together ({error}); it "
            "may be damaged or edited by hand. Nothing was merged.",
        ) from error


def dry_run(target: Workspace, paths: Sequence[Path | str], **options) -> MergeResult:
    """The plans :func:`merge_files` would follow; the workspace is left as it was."""
    result = MergeResult()
    try:
        with _refused_plainly(target, paths), write_transaction(target.db, "the merge preview"):
            target.conn.execute("PRAGMA defer_foreign_keys = ON")
            known = histories(target)
            for path in paths:
                with open_source(path) as source:
                    plan = plan_merge(
                        target,
                        source,
                        matches=(options.get("matches") or {}).get(source.key),
                        choices=(options.get("choices") or {}).get(source.key),
                        mine_known=known,
                    )
                    apply_plan(target, plan)
                    _learn(known, plan)
                    result.plans.append(plan)
            raise _DryRun
    except _DryRun:
        pass
    return result


def _learn(known: dict, plan: MergePlan) -> None:
    """The workspace's history after ``plan`` (as ``_remember`` wrote it)."""
    for change in plan.changes:
        if change.history:
            known.setdefault(change.key, set()).update(change.history)
    for person in plan.erase:
        known.pop(("participant", person["id"]), None)


def apply_plan(target: Workspace, plan: MergePlan) -> None:
    """Write one plan (inside the caller's transaction)."""
    conn = target.conn
    now = utc_now()
    by_kind: dict[str, list[Change]] = {}
    for change in plan.changes:
        by_kind.setdefault(change.kind.table, []).append(change)
    for kind in KINDS:
        changes = by_kind.get(kind.table, [])
        inserts = [c.theirs for c in changes if c.writes == "insert"]
        inserts += [{**c.theirs, "id": c.copy_id()} for c in changes if c.writes == "copy"]
        updates = [c for c in changes if c.writes == "update"]
        if kind.table == "entry":
            _reindex(conn, [c.id for c in updates], out=True)
            last = conn.execute("SELECT coalesce(max(seq), 0) FROM entry").fetchone()[0]
        _insert(conn, kind, inserts)
        _update(conn, kind, [c.theirs for c in updates])
        if kind.table == "entry":
            _reindex(conn, [c.id for c in updates])
            added = conn.execute("SELECT count(*) FROM entry WHERE seq > ?", [last]).fetchone()[0]
            if added == len(inserts):  # numbered after the last one, as SQLite does
                conn.execute(
                    "INSERT INTO entry_fts (rowid, text) SELECT seq, text FROM entry WHERE seq > ?",
                    [last],
                )
            else:  # the numbers ran out and SQLite picked free ones: go by id
                _reindex(conn, [row["id"] for row in inserts])
    _remember(conn, plan, now)  # first: the versions it sets aside are erased too
    emptied = [change.key for change in plan.changes if change.emptied]
    if emptied:  # records emptied from the other laptop's bin: emptied here too
        mark_emptied(conn, emptied)
        if any(table == "entry" for table, _id in emptied):
            conn.execute("INSERT INTO entry_fts (entry_fts) VALUES ('optimize')")
    for person in plan.erase:
        plan.erased_names[person["id"]] = _erase(conn, person)


def _insert(conn, kind: Kind, rows: Iterable[Mapping[str, Any]]) -> None:
    columns = kind.columns
    values = operator.itemgetter(*columns)
    conn.executemany(
        f"INSERT INTO {kind.table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        map(values, rows),
    )


def _update(conn, kind: Kind, rows: Iterable[Mapping[str, Any]]) -> None:
    columns = [c for c in kind.columns if c != "id"]
    sets = ", ".join(f"{c} = ?" for c in columns)
    conn.executemany(
        f"UPDATE {kind.table} SET {sets} WHERE id = ?",
        ([*(row[c] for c in columns), row["id"]] for row in rows),
    )


def _reindex(conn, ids: list[str], *, out: bool = False) -> None:
    """Put the entries ``ids`` into the search index, or take them out (``out``) before
    their text changes."""
    columns, values = (
        ("entry_fts, rowid, text", "'delete', seq, text") if out else ("rowid, text", "seq, text")
    )
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        conn.execute(
            f"INSERT INTO entry_fts ({columns}) SELECT {values} FROM entry "
            f"WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk,
        )


def _erase(conn, person: Mapping[str, Any]) -> str:
    """The erasure the other laptop made, made here (at its own time, and without stamping
    what it changes, so the result is the same whatever the order of the merges); the
    name it erased here."""
    old = conn.execute("SELECT display_name FROM participant WHERE id = ?", [person["id"]])
    name = (old.fetchone() or [""])[0] or ""
    erase_person(conn, person["id"], name, person["erased_at"])
    return name


def _remember(conn, plan: MergePlan, now: str) -> None:
    rows = []
    kept = []
    for change in plan.changes:
        if change.kind.table == "participant" and (
            change.category == "erased" or (change.mine or change.theirs or {}).get("erased_at")
        ):
            continue  # no fingerprint of a named version of an erased person stays
        rows.extend((change.kind.table, change.id, print_) for print_ in change.history)
        if change.category == "conflict" and change.choice in (Choice.MINE, Choice.THEIRS):
            lost = change.theirs if change.choice is Choice.MINE else change.mine
            kept.append(
                (
                    now,
                    plan.source,
                    change.kind.table,
                    change.id,
                    json.dumps(lost, ensure_ascii=False),
                )
            )
    rows.sort()  # in key order: the index grows at its end, several times faster
    conn.executemany("INSERT OR IGNORE INTO exchange_history VALUES (?, ?, ?)", rows)
    conn.executemany(
        "INSERT OR REPLACE INTO merge_alias VALUES (?, ?, ?)",
        [
            (table, theirs, mine)
            for table, ids in plan.matches.items()
            for theirs, mine in ids.items()
        ],
    )
    conn.executemany(
        "INSERT INTO merge_kept (merged_at, source, kind, record_id, version) "
        "VALUES (?, ?, ?, ?, ?)",
        kept,
    )
