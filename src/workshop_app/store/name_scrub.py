"""Taking a person's name out of the texts of a workspace, when the person is erased.

An erasure that left "as Mona Lisandre said…" in an entry would not erase much. The name
is matched as a whole word, whatever its case; it becomes :data:`SCRUBBED`. An action item
assigned to exactly that name becomes unassigned.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable

SCRUBBED = "[…]"


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


def scrub_workspace(conn: sqlite3.Connection, name: str) -> int:
    """Replace ``name`` in every entry, action item and feedback comment (the search index
    follows); inside the caller's transaction. Returns how many texts changed."""
    scrub = scrubber([name])
    if scrub is None:
        return 0
    changed = 0
    for seq, text in conn.execute("SELECT seq, text FROM entry").fetchall():
        new = scrub(text)
        if new != text:
            conn.execute(
                "INSERT INTO entry_fts (entry_fts, rowid, text) VALUES ('delete', ?, ?)",
                [seq, text],
            )
            conn.execute("UPDATE entry SET text = ? WHERE seq = ?", [new, seq])
            conn.execute("INSERT INTO entry_fts (rowid, text) VALUES (?, ?)", [seq, new])
            changed += 1
    for table, columns in (("action_item", ("what", "who")), ("feedback_response", ("comment",))):
        for row in conn.execute(f"SELECT id, {', '.join(columns)} FROM {table}").fetchall():
            values = [scrub(v) for v in row[1:]]
            if table == "action_item" and values[1] == SCRUBBED:
                values[1] = ""
            if values != list(row[1:]):
                sets = ", ".join(f"{c} = ?" for c in columns)
                conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*values, row[0]])
                changed += 1
    return changed
