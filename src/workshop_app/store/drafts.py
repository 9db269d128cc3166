"""Drafts: what was typed but not yet saved, kept in the workspace so a crash loses nothing.

One row per workshop and place (``"capture"``, the capture box; ``"edit:<entry id>"``, an
entry being edited in place). A draft is the
participants' words, so it lives in the workspace file with everything else they said and
goes when the file goes, not in the per-user settings. Writing one is a single UPSERT in
its own transaction, cheap enough to run a moment after each pause in typing.
"""

from __future__ import annotations

from workshop_app.domain.ids import utc_now
from workshop_app.store._repo import write_transaction
from workshop_app.store.database import Database

CAPTURE = "capture"
"""The place of the capture box's draft."""
KIND = ".kind"
"""Beside a draft, at its place followed by this: the kind of entry it was typed as
("idea"), so that it comes back as that kind, not as the default."""
EDIT = "edit:"
"""The place of an entry being edited in place (F2) starts with this, then the entry's id."""


class DraftRepository:
    """Reads and writes the ``draft`` table (schema migration 2)."""

    def __init__(self, db: Database):
        self.db = db

    def get(self, workshop_id: str, place: str = CAPTURE) -> str:
        """The draft kept for ``workshop_id`` at ``place``; ``""`` when there is none."""
        rows = self.db.rows(
            "SELECT text FROM draft WHERE workshop_id = ? AND place = ?", [workshop_id, place]
        )
        return rows[0][0] if rows else ""

    def put(
        self, workshop_id: str, text: str, place: str = CAPTURE, *, kind: str | None = None
    ) -> None:
        """Keep ``text`` as the draft (an empty or blank text removes it), and with it the
        ``kind`` of entry it is typed as, in the same transaction."""
        if not text.strip():
            self.clear(workshop_id, place)
            return
        now = utc_now()
        with write_transaction(self.db, "the text being typed"):
            rows = [(place, text)] + ([(place + KIND, kind)] if kind else [])
            for where, value in rows:
                self.db.execute(
                    """INSERT INTO draft (workshop_id, place, text, updated_at) VALUES (?, ?, ?, ?)
                       ON CONFLICT (workshop_id, place)
                       DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at""",
                    [workshop_id, where, value, now],
                )

    def kind(self, workshop_id: str, place: str = CAPTURE) -> str:
        """The kind of entry the draft at ``place`` was typed as; ``""`` if not kept."""
        return self.get(workshop_id, place + KIND)

    def edits(self, workshop_id: str) -> list[tuple[str, str]]:
        """(entry id, text) of the in-place edits kept for ``workshop_id``, latest first."""
        rows = self.db.rows(
            "SELECT place, text FROM draft WHERE workshop_id = ? AND substr(place, 1, 5) = ?"
            " AND place NOT LIKE '%.kind' ORDER BY updated_at DESC",
            [workshop_id, EDIT],
        )
        return [(place[len(EDIT) :], text) for place, text in rows]

    def clear(self, workshop_id: str, place: str = CAPTURE) -> None:
        with write_transaction(self.db, "the text being typed"):
            self.db.execute(
                "DELETE FROM draft WHERE workshop_id = ? AND place IN (?, ?)",
                [workshop_id, place, place + KIND],
            )
