"""Captured entries, the improvement → issue link, and full-text search."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from workshop_app.domain import mentions
from workshop_app.domain.board import fold
from workshop_app.domain.enums import EntryKind, ImprovementStatus
from workshop_app.domain.models import Entry
from workshop_app.domain.validation import ValidationError, validate_entry
from workshop_app.store import status_history
from workshop_app.store._repo import Repository, tolerant, write_transaction


def _text(value: object) -> str:
    """A name as text: a blob where it belongs (a damaged file) read leniently."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class SearchHit:
    entry: Entry
    workshop_title: str
    snippet: str


class EntryRepository(Repository[Entry]):
    table = "entry"
    record_type = Entry
    converters = {
        "kind": tolerant(EntryKind, EntryKind.IDEA),
        "status": tolerant(ImprovementStatus, ImprovementStatus.PROPOSED),
    }
    order_by = "position, created_at"
    validate = staticmethod(validate_entry)

    # -- keeping the full-text index (external content, rowid = entry.seq) in step -----
    def _after_insert(self, records) -> None:
        ids = [record.id for record in records]
        self._index(ids)
        self._check_links(ids)

    def _index(self, ids: list[str]) -> None:
        """Add the entries ``ids`` to the full-text index."""
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            self.db.execute(
                f"INSERT INTO entry_fts (rowid, text) SELECT seq, text FROM entry WHERE id IN ({marks})",
                chunk,
            )

    def add_rows(self, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert many new entries in one transaction: all of them, or none.

        The bulk path of imports: each row holds the stored values of ``columns`` (kind
        and status as text) and must already be valid, as :func:`validate_entry` would
        have it; no record is built. The full-text index gets the new rows in one
        statement, and the improvement → issue links are checked in one query.
        """
        if not rows:
            return
        names = ", ".join(columns)
        marks = ", ".join("?" * len(columns))
        with write_transaction(self.db, "the entries"):
            last = self.db.execute("SELECT coalesce(max(seq), 0) FROM entry").fetchone()[0]
            self.db.conn.executemany(f"INSERT INTO entry ({names}) VALUES ({marks})", rows)
            # New rows are numbered after the last one, unless the numbers ran out (SQLite
            # then picks free ones at random): check, and otherwise go by id.
            after = "SELECT count(*) FROM entry WHERE seq > ?"
            if self.db.execute(after, [last]).fetchone()[0] == len(rows):
                self.db.execute(
                    "INSERT INTO entry_fts (rowid, text) SELECT seq, text FROM entry WHERE seq > ?",
                    [last],
                )
                self._check_links_where("e.seq > ?", [last])
            else:
                at = list(columns).index("id")
                ids = [row[at] for row in rows]
                self._index(ids)
                self._check_links(ids)

    def _check_links(self, ids: list[str]) -> None:
        """An improvement answers a live issue of its own workshop, or nothing."""
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            self._check_links_where(f"e.id IN ({', '.join('?' * len(chunk))})", chunk)

    def _check_links_where(self, where: str, params: Sequence[Any]) -> None:
        """The link rule for the entries ``e`` matching ``where``."""
        bad = self.db.execute(
            f"""SELECT e.text FROM entry e LEFT JOIN entry i ON i.id = e.answers_id
                WHERE {where} AND e.answers_id IS NOT NULL
                  AND (i.id IS NULL OR i.kind != 'issue' OR i.workshop_id != e.workshop_id)
                LIMIT 1""",
            params,
        ).fetchone()
        if bad is not None:
            raise ValidationError("An improvement can only answer an issue of the same workshop.")

    def _after_update(self, record: Entry) -> None:
        answering = [
            row[0]
            for row in self.db.execute("SELECT id FROM entry WHERE answers_id = ?", [record.id])
        ]
        self._check_links([record.id, *answering])

    def _before_update(self, record: Entry) -> None:
        old = self.db.execute(
            "SELECT seq, text, status FROM entry WHERE id = ?", [record.id]
        ).fetchone()
        if old is None:
            return
        seq, old_text, old_status = old
        new_status = record.status.value if record.status is not None else None
        if record.kind is EntryKind.IMPROVEMENT and new_status and new_status != old_status:
            status_history.record_change(self.db, "entry", record.id, old_status, new_status)
        if old_text == record.text:
            return
        self.db.execute(
            "INSERT INTO entry_fts (entry_fts, rowid, text) VALUES ('delete', ?, ?)",
            [seq, old_text],
        )
        self.db.execute("INSERT INTO entry_fts (rowid, text) VALUES (?, ?)", [seq, record.text])

    def rebuild_index(self) -> None:
        """Rebuild the full-text index from the entries (after an outside edit of the file)."""
        self.db.execute("INSERT INTO entry_fts (entry_fts) VALUES ('rebuild')")

    def for_workshop(self, workshop_id: str, kind: EntryKind | None = None) -> list[Entry]:
        if kind is None:
            return self.select("workshop_id = ?", [workshop_id])
        return self.select("workshop_id = ? AND kind = ?", [workshop_id, kind.value])

    def improvements_of(self, issue_id: str) -> list[Entry]:
        return self.select("answers_id = ?", [issue_id])

    def next_position(self, workshop_id: str) -> float:
        row = self.db.execute(
            "SELECT max(position) FROM entry WHERE workshop_id = ?", [workshop_id]
        ).fetchone()
        return (row[0] or 0.0) + 1.0

    def search(self, programme_id: str, query: str, limit: int = 200) -> list[SearchHit]:
        """Entries of a programme whose text holds every word of ``query`` (in any order, as
        the start of a word, accents and case ignored).

        The query is taken literally: quotes, ``*``, ``OR`` and other FTS syntax typed by a
        person are searched for as words, never interpreted.
        """
        # Control characters (a NUL cuts SQLite's parsing of the string short) are spaces.
        query = "".join(" " if ord(char) < 32 else char for char in query)
        # every word, quoted (so FTS syntax is taken literally), as a prefix: "courr" finds
        # "courriers" while the person is still typing
        words = [w for w in query.split() if any(c.isalnum() for c in w)]
        if not words:
            return []
        quoted = " ".join('"' + w.replace('"', '""') + '"*' for w in words)
        columns = ", ".join(f"e.{name}" for name in self._fields)
        rows = self.db.rows(
            f"""SELECT {columns}, w.title,
                       snippet(entry_fts, 0, '[', ']', '…', 12)
                FROM entry_fts
                JOIN entry e ON e.seq = entry_fts.rowid
                JOIN workshop w ON w.id = e.workshop_id
                WHERE entry_fts MATCH ? AND e.deleted_at IS NULL AND w.deleted_at IS NULL
                  AND w.programme_id = ?
                ORDER BY rank LIMIT ?""",
            [quoted, programme_id, int(limit)],
        )
        n = len(self._fields)
        hits = [SearchHit(self.from_row(row[:n]), row[n], row[n + 1]) for row in rows]
        hits += self._mentioning(programme_id, words, {h.entry.id for h in hits}, limit)
        hits = hits[: int(limit)]
        names = self.mentioned_names(hit.entry.text for hit in hits)
        return [
            SearchHit(
                dataclasses.replace(hit.entry, text=mentions.render(hit.entry.text, names.get)),
                hit.workshop_title,
                mentions.render(hit.snippet, names.get),
            )
            if names or mentions.has_marks(hit.entry.text)
            else hit
            for hit in hits
        ]

    def _mentioning(
        self, programme_id: str, words: list[str], found: set[str], limit: int
    ) -> list[SearchHit]:
        """Entries that mention a person whose name the query gives (the index holds the
        reference, not the name) and hold every other word too; none already ``found``."""
        folded = [fold(w) for w in words]
        people = {
            pid: _text(name)
            for pid, name in self.db.rows(
                "SELECT id, display_name FROM participant WHERE programme_id = ? "
                "AND display_name != ''",
                [programme_id],
            )
            if any(
                part.startswith(word)
                for word in folded
                if len(word) >= 3  # "k" would scan every entry at each keystroke
                for part in fold(_text(name)).split()
            )
        }
        if not people:
            return []
        columns = ", ".join(f"e.{name}" for name in self._fields)
        likes = " OR ".join("instr(e.text, ?) > 0" for _ in people)
        rows = self.db.rows(
            f"""SELECT {columns}, w.title FROM entry e JOIN workshop w ON w.id = e.workshop_id
                WHERE ({likes}) AND e.deleted_at IS NULL AND w.deleted_at IS NULL
                  AND w.programme_id = ?
                ORDER BY e.created_at LIMIT ?""",
            [*(mentions.mark(pid) for pid in people), programme_id, int(limit) * 4],
        )
        n = len(self._fields)
        hits = []
        for row in rows:
            entry = self.from_row(row[:n])
            if entry.id in found:
                continue
            shown = fold(mentions.render(entry.text, people.get))
            parts = shown.split()
            if all(any(part.startswith(word) for part in parts) for word in folded):
                hits.append(SearchHit(entry, row[n], mentions.render(entry.text, people.get)))
        return hits

    def mentioned_names(self, texts: Iterable[str]) -> dict[str, str]:
        """id → display name ("" once erased) of the people mentioned in ``texts``."""
        ids = sorted({pid for text in texts for pid in mentions.mentioned(text)})
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for pid, name in self.db.rows(
                f"SELECT id, display_name FROM participant WHERE id IN ({marks})", chunk
            ):
                found[pid] = _text(name)
        return found
