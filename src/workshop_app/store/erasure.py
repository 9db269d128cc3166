"""Erasing a person: the one way it is done, in the workspace, by a merge that brings an
erasure, and in the backups."""

from __future__ import annotations

import contextlib
import sqlite3

from workshop_app.store import dbapi
from workshop_app.store.name_scrub import forget_fingerprints, scrub_workspace


def erase_person(
    conn: sqlite3.Connection,
    participant_id: str,
    name: str,
    erased_at: str,
    touched_at: str | None = None,
) -> int:
    """Inside the caller's transaction: overwrite the person's name and organisation, unlink
    what they said and answered, unassign action items given to their name, take their
    name out of every free text (and out of the versions merges set aside), and forget the
    fingerprints made from those texts. ``touched_at`` stamps the records changed (a merge
    passes None: the same result whatever the order). Returns the participant rows erased
    (0 if there is no such person)."""
    erased = conn.execute(
        "UPDATE participant SET display_name = '', organisation = '', "
        "erased_at = coalesce(erased_at, ?), updated_at = coalesce(?, updated_at) WHERE id = ?",
        [erased_at, touched_at or erased_at, participant_id],
    ).rowcount
    stamp = "updated_at = coalesce(?, updated_at)"
    conn.execute(
        f"UPDATE entry SET author_id = NULL, {stamp} WHERE author_id = ?",
        [touched_at, participant_id],
    )
    conn.execute(
        f"UPDATE feedback_response SET participant_id = NULL, {stamp} WHERE participant_id = ?",
        [touched_at, participant_id],
    )
    if name.strip():
        conn.execute(f"UPDATE action_item SET who = '', {stamp} WHERE who = ?", [touched_at, name])
        forget_fingerprints(conn, scrub_workspace(conn, name))
    for sql in (
        "DELETE FROM exchange_history WHERE kind = 'participant' AND id = ?",
        "DELETE FROM merge_kept WHERE kind = 'participant' AND record_id = ?",
    ):
        with contextlib.suppress(dbapi.OperationalError):  # an older backup: no table
            conn.execute(sql, [participant_id])
    with contextlib.suppress(dbapi.OperationalError):
        # merge the search index's segments: the name's words leave its pages
        conn.execute("INSERT INTO entry_fts (entry_fts) VALUES ('optimize')")
    return erased
