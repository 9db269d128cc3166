"""What merging one file into a workspace would do, record by record (the preview), under
the rules of :mod:`workshop_app.domain.merge_rules`. Nothing is written here."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from workshop_app.domain.merge_rules import PURGED, Choice, Verdict, compare, default_choice
from workshop_app.store.exchange.kinds import BY_TABLE, KINDS, NAME_COLUMNS, Kind, digest
from workshop_app.store.exchange.names import pseudonym
from workshop_app.store.exchange.source import Source
from workshop_app.store.name_scrub import scrub_row, scrubber
from workshop_app.store.recycle_bin import blank
from workshop_app.store.workspace import Workspace

Key = tuple[str, str]
"""(table, id) of a record."""

_COPY_NAMESPACE = uuid.UUID("6f1f7c52-4b8e-4a47-9a51-0b7c3a8f2d10")

CATEGORIES = ("new", "updated", "deleted", "identical", "conflict", "erased")


@dataclass
class Change:
    kind: Kind
    id: str
    """The record's id in the workspace (after matching)."""
    category: str
    """One of :data:`CATEGORIES` (``identical`` also counts versions older than mine)."""
    theirs: dict[str, Any] | None
    mine: dict[str, Any] | None
    choice: Choice | None = None
    """For a conflict: what is done (the person's choice, or the default)."""
    history: set[str] = field(default_factory=set)
    """Fingerprints the workspace will remember for this record."""
    emptied: bool = False
    """Their version is the tombstone of a record emptied from their bin: it empties the
    record here too (a purge always wins)."""

    @property
    def key(self) -> Key:
        return (self.kind.table, self.id)

    @property
    def writes(self) -> str | None:
        """``insert``, ``update``, ``copy`` (keep both) or None."""
        if self.category in ("new",) or (self.category == "deleted" and self.mine is None):
            return "insert"
        if self.category in ("updated", "deleted"):
            return "update"
        if self.category == "conflict":
            return {Choice.THEIRS: "update", Choice.BOTH: "copy"}.get(self.choice)
        return None

    def copy_id(self) -> str:
        """The id of their version kept beside mine (the same on every run)."""
        version = digest(self.kind, self.theirs or {})
        return str(uuid.uuid5(_COPY_NAMESPACE, f"{self.kind.table}:{self.id}:{version}"))


@dataclass
class MergePlan:
    source: str
    names_withheld: bool
    changes: list[Change] = field(default_factory=list)
    erase: list[dict[str, Any]] = field(default_factory=list)
    """Their erased participants that are not erased here: erased here too."""
    key: str = ""
    """The file's full path: what choices and matches are given by."""
    erased_names: dict[str, str] = field(default_factory=dict)
    """Filled when written: the names its erasures took out (for the backups)."""
    matches: dict[str, dict[str, str]] = field(default_factory=dict)
    """Records of the file confirmed to be the same as ones here (remembered, so that the
    next merge of that file pairs them again)."""

    def counts(self) -> dict[str, Counter]:
        counts: dict[str, Counter] = defaultdict(Counter)
        for change in self.changes:
            counts[change.kind.table][change.category] += 1
        return counts

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.category == "conflict"]

    @property
    def empty(self) -> bool:
        return all(c.category == "identical" for c in self.changes)


def _aliases(ws: Workspace) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for kind, theirs, mine in ws.conn.execute("SELECT kind, theirs, mine FROM merge_alias"):
        found[kind][theirs] = mine
    return dict(found)


def histories(ws: Workspace) -> dict[Key, set[str]]:
    known: dict[Key, set[str]] = defaultdict(set)
    for kind, record, fingerprint in ws.conn.execute(
        "SELECT kind, id, digest FROM exchange_history"
    ):
        known[(kind, record)].add(fingerprint)
    return known


def rows_of(ws: Workspace, kind: Kind) -> list[dict[str, Any]]:
    columns = kind.columns
    return [
        dict(zip(columns, row, strict=True))
        for row in ws.db.rows(f"SELECT {', '.join(columns)} FROM {kind.table}")
    ]


def rows_by_id(ws: Workspace, kind: Kind, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The workspace's rows of ``kind`` with these ids (not the whole table: a merge into
    a large workspace reads only what the file could touch)."""
    columns = kind.columns
    found = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in ws.db.rows(
            f"SELECT {', '.join(columns)} FROM {kind.table} "
            f"WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk,
        ):
            found[row[0]] = dict(zip(columns, row, strict=True))
    return found


_PERSON_COLUMNS = {"entry": "author_id", "feedback_response": "participant_id"}


def plan_merge(
    target: Workspace,
    source: Source,
    *,
    matches: Mapping[str, Mapping[str, str]] | None = None,
    choices: Mapping[Key, Choice] | None = None,
    mine_known: dict[Key, set[str]] | None = None,
) -> MergePlan:
    """Compare every record of ``source`` with ``target``.

    ``matches`` maps, per table, ids of the source to ids of the workspace for records
    made apart but confirmed to be the same (a programme, its actions and themes, a person);
    ``choices`` settles conflicts (by workspace key); others get the default;
    ``mine_known`` is the workspace's history, when the caller keeps it across files.
    """
    confirmed = {table: dict(ids) for table, ids in (matches or {}).items()}
    matches = _aliases(target)
    for table, ids in confirmed.items():
        matches.setdefault(table, {}).update(ids)
    choices = choices or {}
    plan = MergePlan(source.label, source.names_withheld, matches=confirmed, key=source.key)
    if mine_known is None:
        mine_known = histories(target)
    theirs_known = histories(source.ws)
    erased: set[str] = set()
    # the pseudonyms that stood for people erased here, in files sent without names
    gone = [
        r[0] for r in target.conn.execute("SELECT id FROM participant WHERE erased_at IS NOT NULL")
    ]
    scrub = scrubber([pseudonym(pid) for pid in gone])
    known = _reidentifier(target, source)
    for kind in KINDS:
        translated = [
            (row["id"], _translate(kind, row, matches)) for row in rows_of(source.ws, kind)
        ]
        if kind.natural_key:  # small tables: every row, to pair records made apart
            mine_rows = {row["id"]: row for row in rows_of(target, kind)}
        else:
            mine_rows = rows_by_id(target, kind, [row["id"] for _id, row in translated])
        by_natural = (
            {tuple(row[c] for c in kind.natural_key): rid for rid, row in mine_rows.items()}
            if kind.natural_key
            else {}
        )
        names_to_scrub: list[str] = []
        planned_natural: set[tuple] = set()
        for original_id, theirs in translated:
            mine = mine_rows.get(theirs["id"])
            if kind.natural_key:
                natural = tuple(theirs[c] for c in kind.natural_key)
                if natural in planned_natural:
                    # two records of the file for one place (two people matched onto one):
                    # the first one stands for both
                    plan.changes.append(Change(kind, theirs["id"], "identical", theirs, None))
                    continue
                planned_natural.add(natural)
                if mine is None:
                    same = by_natural.get(natural)
                    if same is not None:
                        theirs["id"] = same
                        mine = mine_rows[same]
            if kind.table == "participant":
                change = _participant(kind, theirs, mine, plan, erased, names_to_scrub)
                if change is not None:
                    plan.changes.append(change)
                    continue
            theirs = _sanitised(kind, theirs, erased, scrub, known)
            plan.changes.append(
                _compare(
                    kind,
                    theirs,
                    mine,
                    mine_known.get((kind.table, theirs["id"]), set()),
                    theirs_known.get((kind.table, original_id), set()),
                    choices,
                )
            )
        if kind.table == "participant":
            scrub = scrubber(names_to_scrub + [pseudonym(pid) for pid in gone])
    return plan


def _translate(kind: Kind, row: dict[str, Any], matches: Mapping[str, Mapping[str, str]]):
    if not matches:
        return row  # a fresh dict already (rows_of)
    row = dict(row)
    own = matches.get(kind.table)
    if own and row["id"] in own:
        row["id"] = own[row["id"]]
    for column, table in kind.refs.items():
        ids = matches.get(table)
        if ids and row.get(column) in ids:
            row[column] = ids[row[column]]
    return row


def _participant(kind, theirs, mine, plan: MergePlan, erased: set[str], names: list[str]):
    """Erasure always wins; names never come from a file sent without them."""
    if mine is not None and mine.get("erased_at"):
        erased.add(mine["id"])
        if theirs.get("display_name"):
            # scrubbed from what comes with it (their name, or the pseudonym standing
            # for it in a file sent without names)
            names.append(theirs["display_name"])
        return Change(kind, mine["id"], "identical", None, mine)
    if theirs.get("erased_at"):
        erased.add(theirs["id"])
        if mine is not None:
            plan.erase.append(theirs)
            return Change(kind, mine["id"], "erased", theirs, mine)
        return Change(kind, theirs["id"], "new", theirs, None)
    if plan.names_withheld and mine is not None:
        for column in NAME_COLUMNS["participant"]:
            theirs[column] = mine[column]
    return None


def _sanitised(kind: Kind, row: dict[str, Any], erased: set[str], scrub, known) -> dict:
    """The file's row as it may enter: links to erased people cut, erased names out of its
    texts; from a file sent without names, the pseudonyms of people this workspace knows
    by key become their names again (they were never anonymous here)."""
    person = _PERSON_COLUMNS.get(kind.table)
    if person and row.get(person) in erased:
        row[person] = None
    if known is not None:
        scrub_row(kind.table, row, known)
    if scrub is not None:
        scrub_row(kind.table, row, scrub)
    return row


def _reidentifier(target: Workspace, source: Source):
    """For a file sent without names: its pseudonym → the name here, for the people this
    workspace holds by key (and has not erased)."""
    if not source.names_withheld:
        return None
    kind = BY_TABLE["participant"]
    theirs = {r["id"]: r["display_name"] for r in rows_of(source.ws, kind) if not r["erased_at"]}
    mine = rows_by_id(target, kind, list(theirs))
    names = {
        theirs[pid].casefold(): row["display_name"]
        for pid, row in mine.items()
        if not row["erased_at"] and row["display_name"] and theirs[pid]
    }
    if not names:
        return None
    return scrubber(list(theirs.values()), lambda found: names.get(found.casefold(), found))


def _compare(kind, theirs, mine, mine_known, theirs_known, choices) -> Change:
    # a purge always wins: an emptied record never comes back, and only its tombstone,
    # blanked whatever the file holds, enters (no fingerprint of a version with words)
    emptied_there = PURGED in theirs_known
    if mine is not None and PURGED in mine_known:
        return Change(kind, mine["id"], "identical", None, mine, None, {PURGED})
    if emptied_there:
        category = "deleted" if mine is None or not mine.get("deleted_at") else "updated"
        tombstone = blank(kind.table, theirs)
        return Change(kind, theirs["id"], category, tombstone, mine, None, {PURGED}, emptied=True)
    if mine is None:
        category = "deleted" if theirs.get("deleted_at") else "new"
        # what the file knew of it; an exchange file always knows its current version,
        # a workspace may not: then its fingerprint is taken now
        known = theirs_known if theirs_known else {digest(kind, theirs)}
        return Change(kind, theirs["id"], category, theirs, None, None, known)
    theirs_print = digest(kind, theirs)
    mine_print = digest(kind, mine)
    remembered = theirs_known | {theirs_print, mine_print}
    verdict = compare(
        mine_print, theirs_print, mine_known | {mine_print}, theirs_known | {theirs_print}
    )
    if verdict in (Verdict.IDENTICAL, Verdict.OLDER):
        return Change(kind, mine["id"], "identical", theirs, mine, None, remembered)
    if verdict is Verdict.NEWER:
        removed = bool(theirs.get("deleted_at")) and not mine.get("deleted_at")
        category = "deleted" if removed else "updated"
        return Change(kind, mine["id"], category, theirs, mine, None, remembered)
    choice = choices.get((kind.table, mine["id"])) or default_choice(
        mine.get("updated_at"), theirs.get("updated_at")
    )
    if choice is Choice.BOTH and not kind.keep_both:
        choice = Choice.MINE
    return Change(kind, mine["id"], "conflict", theirs, mine, choice, remembered)


__all__ = ["BY_TABLE", "CATEGORIES", "Change", "MergePlan", "plan_merge"]
