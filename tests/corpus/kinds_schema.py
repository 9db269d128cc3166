"""Hostile or odd content: planted triggers and views, extra objects, huge, binary,
invalid or out-of-range values."""

from __future__ import annotations

import sqlite3

from tests.corpus.common import (
    LOOT,
    MARK,
    _copy,
    _sql,
    source_name,
)

TRIGGER_TABLES = ("participant", "entry", "programme", "workshop", "draft", "_sqlite_migrations")


def k_planted_trigger(folder, target, source, rng, sources):
    _copy(source, target)
    table = rng.choice(TRIGGER_TABLES)
    timing = rng.choice(("BEFORE", "AFTER"))
    event = rng.choice(("UPDATE", "INSERT", "DELETE"))
    name = rng.choice(("entry_fts_sync", "zz_audit", "participant_erase_copy"))
    into_loot = rng.random() < 0.5
    statements = []
    if into_loot:
        statements.append(f"CREATE TABLE {LOOT} (what TEXT, at TEXT)")
        body = f"INSERT INTO {LOOT} VALUES ('{name}', datetime('now'));"
    else:
        # only plain Atelier tables: no extra table betrays it
        body = f"UPDATE programme SET title = '{MARK} ' || title WHERE title NOT LIKE '{MARK}%';"
    statements.append(f"CREATE TRIGGER {name} {timing} {event} ON {table} BEGIN {body} END")
    _sql(target, *statements)
    return f"{timing} {event} ON {table} -> {'loot' if into_loot else 'title'} ({name})", {
        "planted": True
    }


def k_view_as_table(folder, target, source, rng, sources):
    _copy(source, target)
    table = rng.choice(("programme", "workshop", "participant"))
    column = {"programme": "title", "workshop": "title", "participant": "display_name"}[table]
    conn = sqlite3.connect(target)
    try:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()
    shown = ", ".join(f"'{MARK} ' || {c} AS {c}" if c == column else c for c in columns)
    _sql(
        target,
        "PRAGMA legacy_alter_table = ON",  # keep the other tables' references by name
        f"ALTER TABLE {table} RENAME TO {table}_real",
        f"CREATE VIEW {table} AS SELECT {shown} FROM {table}_real",
    )
    return f"table {table} renamed {table}_real, view {table} shows {MARK} in {column}", {
        "planted": True
    }


def k_extra_objects(folder, target, source, rng, sources):
    _copy(source, target)
    choice = rng.choice(("table", "index", "both", "index_same_name"))
    statements = []
    if choice in ("table", "both"):
        statements.append("CREATE TABLE notes_extra (id INTEGER PRIMARY KEY, body TEXT)")
        statements.append("INSERT INTO notes_extra (body) VALUES ('extra')")
    if choice in ("index", "both"):
        statements.append("CREATE INDEX entry_text_extra ON entry(text)")
    if choice == "index_same_name":
        # a known name, another definition (an expression index)
        statements.append("DROP INDEX entry_workshop")
        statements.append("CREATE INDEX entry_workshop ON entry(lower(text), workshop_id)")
    _sql(target, *statements)
    return choice, {}


def k_huge_text(folder, target, source, rng, sources):
    _copy(source, target)
    workshop = sources[source_name(source)][1]
    size = 50 * 1024 * 1024
    piece = "Le loyer, le chauffage et la cage d'escalier. "
    text = (piece * (size // len(piece) + 1))[:size]
    _sql(
        target,
        "UPDATE entry SET text = ? WHERE seq = (SELECT min(seq) FROM entry WHERE workshop_id = ?)",
        params=(text, workshop),
    )
    return f"50 MB text in the first entry of workshop {workshop}", {}


def k_blob_in_text(folder, target, source, rng, sources):
    _copy(source, target)
    workshop = sources[source_name(source)][1]
    table, column, where = rng.choice(
        (
            ("entry", "text", "workshop_id = :w"),
            ("workshop", "title", "id = :w"),
            ("programme", "title", "1"),
            ("participant", "display_name", "1"),
            ("workshop", "starts_at", "id = :w"),
        )
    )
    blob = bytes(rng.randrange(256) for _ in range(rng.choice((1, 16, 3000))))
    conn = sqlite3.connect(target)
    try:
        conn.execute(f"UPDATE {table} SET {column} = :b WHERE {where}", {"b": blob, "w": workshop})
        conn.commit()
    finally:
        conn.close()
    return f"blob of {len(blob)} bytes in {table}.{column} where {where}", {}


def k_invalid_utf8(folder, target, source, rng, sources):
    _copy(source, target)
    workshop = sources[source_name(source)][1]
    bad = rng.choice(("c328", "ff", "e28228", "f09f98", "80808080", "c0af", "eda080"))
    table, column, where = rng.choice(
        (
            ("entry", "text", "workshop_id = :w"),
            ("workshop", "title", "id = :w"),
            ("participant", "display_name", "1"),
            ("programme", "title", "1"),
        )
    )
    conn = sqlite3.connect(target)
    try:
        conn.execute(
            f"UPDATE {table} SET {column} = CAST(x'41{bad}42' AS TEXT) || {column} WHERE {where}",
            {"w": workshop},
        )
        conn.commit()
    finally:
        conn.close()
    return f"CAST(x'41{bad}42' AS TEXT) prefixed to {table}.{column}", {}


def k_bad_values(folder, target, source, rng, sources):
    """Values of the right SQL type that Atelier never writes (enum names, dates, numbers)."""
    _copy(source, target)
    workshop = sources[source_name(source)][1]
    choice = rng.choice(
        (
            "UPDATE entry SET kind = 'nonsense' WHERE workshop_id = :w",
            "UPDATE entry SET status = 'weird' WHERE workshop_id = :w",
            "UPDATE workshop SET kind = 'bogus' WHERE id = :w",
            "UPDATE workshop SET status = 'exploded' WHERE id = :w",
            "UPDATE participant SET role = 'emperor'",
            "UPDATE workshop SET starts_at = 'not a date' WHERE id = :w",
            "UPDATE entry SET votes = 'many' WHERE workshop_id = :w",
            "UPDATE entry SET position = 'here' WHERE workshop_id = :w",
            "UPDATE entry SET answers_id = seq || '-missing' WHERE workshop_id = :w",
            "UPDATE entry SET text = NULL WHERE workshop_id = :w",
            "UPDATE workshop SET language = 'xx-klingon' WHERE id = :w",
        )
    )
    conn = sqlite3.connect(target)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA ignore_check_constraints = ON")
        if "NULL" in choice:
            # NOT NULL cannot be switched off: put it in through the schema
            conn.execute("PRAGMA writable_schema = ON")
            conn.execute(
                "UPDATE sqlite_schema SET sql = replace(sql, 'text TEXT NOT NULL,', 'text TEXT,') "
                "WHERE name = 'entry'"
            )
            conn.commit()
            conn.close()
            conn = sqlite3.connect(target)
        conn.execute(choice, {"w": workshop})
        conn.commit()
    finally:
        conn.close()
    return choice, {}
