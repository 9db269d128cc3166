"""Taking a person's name out of the texts of a workspace, when the person is erased, and
out of a file sent without names.

An erasure that left "as Mona Lisandre said…" in an entry would not erase much. The name
is matched as a whole word, whatever its case; it becomes :data:`SCRUBBED`. An action item
assigned to exactly that name becomes unassigned.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workshop_app.store import dbapi

if TYPE_CHECKING:
    from workshop_app.store.database import Database

SCRUBBED = "[…]"

FREE_TEXT: dict[str, tuple[str, ...]] = {
    "entry": ("text",),
    "action_item": ("what", "who"),
    "feedback_response": ("comment",),
    "workshop": ("title", "facilitators", "agenda"),
    "agenda_step": ("title", "method_note"),
    "measurement": ("note", "text_value"),
    "draft": ("text",),
}
"""Every column where a name can be typed freely (the capture box, notes, agendas…)."""


def scrubber(
    names: Iterable[str], replacement: str | Callable[[str], str] = SCRUBBED
) -> Callable[[str], str] | None:
    """A function that replaces each of ``names`` in a text, or None if there is none;
    ``replacement`` may say, for each name as found, what stands in its place."""
    names = sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True)
    if not names:
        return None
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE
    )
    if callable(replacement):
        instead = replacement

        def replace(match: re.Match) -> str:
            return instead(match.group(0))

    else:
        fixed = replacement

        def replace(match: re.Match) -> str:
            return fixed

    return lambda text: pattern.sub(replace, text) if isinstance(text, str) else text


def scrub_row(table: str, row: dict, scrub: Callable[[str], str]) -> dict:
    """``row`` (a record as a dict) with its free texts scrubbed (in place, and returned)."""
    for column in FREE_TEXT.get(table, ()):
        if column in row:
            row[column] = scrub(row[column])
    if table == "action_item" and row.get("who") == SCRUBBED:
        row["who"] = ""
    return row


def scrub_workspace(conn: sqlite3.Connection, name: str) -> set[tuple[str, str]]:
    """Replace ``name`` in every free text of the workspace (the search index follows) and
    in the versions merges set aside; inside the caller's transaction. Returns the
    (table, id) of the records whose text changed: their old fingerprints must go too."""
    scrub = scrubber([name])
    changed: set[tuple[str, str]] = set()
    if scrub is None:
        return changed
    for table, columns in FREE_TEXT.items():
        key = "seq" if table == "entry" else "rowid"
        try:
            rows = conn.execute(
                f"SELECT {key}, {'id' if table != 'draft' else 'place'}, {', '.join(columns)} "
                f"FROM {table}"
            ).fetchall()
        except dbapi.OperationalError:
            continue  # an older file without this table or column
        for rowid, record_id, *values in rows:
            new = [scrub(v) for v in values]
            if table == "action_item" and new[1] == SCRUBBED:
                new[1] = ""
            if new == values:
                continue
            if table == "entry":
                conn.execute(
                    "INSERT INTO entry_fts (entry_fts, rowid, text) VALUES ('delete', ?, ?)",
                    [rowid, values[0]],
                )
            sets = ", ".join(f"{c} = ?" for c in columns)
            conn.execute(f"UPDATE {table} SET {sets} WHERE {key} = ?", [*new, rowid])
            if table == "entry":
                conn.execute("INSERT INTO entry_fts (rowid, text) VALUES (?, ?)", [rowid, new[0]])
            changed.add((table, record_id))
    _scrub_kept(conn, scrub)
    return changed


def _scrub_kept(conn: sqlite3.Connection, scrub: Callable[[str], str]) -> None:
    try:
        rows = conn.execute("SELECT id, kind, version FROM merge_kept").fetchall()
    except dbapi.OperationalError:
        return
    for row_id, kind, version in rows:
        try:
            record = json.loads(version)
        except ValueError:
            continue
        cleaned = {k: scrub(v) if isinstance(v, str) else v for k, v in record.items()}
        if kind == "participant" or cleaned != record:
            if kind == "participant" and any(
                cleaned.get(c) != record.get(c) for c in ("display_name", "organisation")
            ):
                conn.execute("DELETE FROM merge_kept WHERE id = ?", [row_id])
                continue
            if cleaned != record:
                conn.execute(
                    "UPDATE merge_kept SET version = ? WHERE id = ?",
                    [json.dumps(cleaned, ensure_ascii=False), row_id],
                )


def forget_fingerprints(conn: sqlite3.Connection, records: Iterable[tuple[str, str]]) -> None:
    """Drop the remembered fingerprints of ``records``: made from texts holding a name
    now erased, they could let it be guessed back."""
    with_history = [(table, rid) for table, rid in records if table != "draft"]
    with contextlib.suppress(dbapi.OperationalError):
        conn.executemany("DELETE FROM exchange_history WHERE kind = ? AND id = ?", with_history)


@dataclass(frozen=True)
class TextEdit:
    """One free text of one record, rewritten: ``before`` becomes ``after``."""

    table: str
    record_id: str
    column: str
    before: str
    after: str

    def reversed(self) -> TextEdit:
        return TextEdit(self.table, self.record_id, self.column, self.after, self.before)


def rewrite_texts(
    db: Database, edits: Iterable[TextEdit], touched_at: str, *, forget: bool = False
) -> list[TextEdit]:
    """Write each edit whose column still reads ``before`` (one transaction; the search
    index follows), stamping ``updated_at`` with ``touched_at``; a text changed since is
    left as it is. ``forget`` drops the fingerprints of the records changed (a name taken
    out for an erasure could be guessed back from them). Returns the edits written.

    Raises :class:`~workshop_app.store.errors.WriteFailed` if the change cannot be saved:
    then nothing is written.
    """
    from workshop_app.store._repo import write_transaction

    edits = list(edits)
    for edit in edits:
        if edit.column not in FREE_TEXT.get(edit.table, ()) or edit.table == "draft":
            raise ValueError(f"{edit.table}.{edit.column} is not a free text of a record")
    written: list[TextEdit] = []
    with write_transaction(db, "the texts"):
        for edit in edits:
            key = "seq" if edit.table == "entry" else "rowid"
            row = db.execute(
                f"SELECT {key}, {edit.column} FROM {edit.table} WHERE id = ?", [edit.record_id]
            ).fetchone()
            if row is None or row[1] != edit.before or edit.before == edit.after:
                continue
            db.execute(
                f"UPDATE {edit.table} SET {edit.column} = ?, updated_at = ? WHERE id = ?",
                [edit.after, touched_at, edit.record_id],
            )
            if edit.table == "entry":
                db.execute(
                    "INSERT INTO entry_fts (entry_fts, rowid, text) VALUES ('delete', ?, ?)",
                    [row[0], edit.before],
                )
                db.execute(
                    "INSERT INTO entry_fts (rowid, text) VALUES (?, ?)", [row[0], edit.after]
                )
            written.append(edit)
        if forget:
            forget_fingerprints(db.conn, {(e.table, e.record_id) for e in written})
        if any(e.table == "entry" for e in written):
            # merge the index's segments: the replaced names leave its pages now, not at close
            db.execute("INSERT INTO entry_fts (entry_fts) VALUES ('optimize')")
    return written
