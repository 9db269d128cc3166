"""The bulk path of imports: what it writes equals what entry-by-entry writes would give."""

from __future__ import annotations

import csv
import random
import uuid
from pathlib import Path

import pytest

from workshop_app.domain import Entry, EntryKind, ImprovementStatus
from workshop_app.store.entry_import import (
    FIELDS,
    import_entries,
    plan_import,
    read_table,
    redo_import,
    undo_import,
)
from workshop_app.store.entry_import._ids import new_ids

WORDS = [
    "loyer", "facture", "électricité", "Œuvre", "garçon", "ÉNERGIE", "bus", "dimanche",
    "naïve", "Straße", "🚌", "مرحبا", "Tiếng", "l'école", "co-voiturage", "x_y", "3,5",
    "«guillemets»", "\n", "  ", "OR", "NEAR", '"', "*", "—", "a;b", "tab\there", "ÇA",
]  # fmt: skip
KINDS = ["issue", "Problème", "improvement", "piste", "idea", "Idée", "question", "FCS"]
THEMES = ["", "", "Design", "mise en oeuvre", "Partenariat", "suivi", "FUNDING"]
AUTHORS = ["", "", "Mona", "MONA", "Zoé", "zoe", "Samia  K.", "Samia K."]
STATUSES = ["", "proposée", "keep_doing", "Prévue", "done"]


def random_text(rng: random.Random) -> str:
    text = " ".join(rng.choices(WORDS, k=rng.randint(1, 14)))
    return text if text.strip() else f"vide{text}"


def random_file(rng: random.Random, path: Path, rows: int, old_issue: str) -> list[dict]:
    """A CSV of ``rows`` random rows (issues, answers to them, others) and what each means."""
    said, issues = [], []
    for n in range(rows):
        kind = rng.choice(KINDS)
        row = {"ref": "", "kind": kind, "text": random_text(rng), "answers": "", "status": ""}
        row.update(action=rng.choice(["", "4", "Action 4"]), theme=rng.choice(THEMES))
        row.update(author=rng.choice(AUTHORS), votes=rng.choice(["", "0", "3", " 12 "]))
        if kind in ("issue", "Problème"):
            row["ref"] = f"R{n}"
            issues.append(row["ref"])
        elif kind in ("improvement", "piste"):
            row["answers"] = rng.choice([*issues[-3:], old_issue.upper(), ""])
            row["status"] = rng.choice(STATUSES)
        said.append(row)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(said[0]))
        writer.writeheader()
        writer.writerows(said)
    return said


def fts_instances(ws, seq: int) -> list[tuple[str, str, int]]:
    """(term, column, offset) of every token the full-text index holds for row ``seq``."""
    return ws.conn.execute(
        "SELECT term, col, offset FROM temp.entry_terms WHERE doc = ? ORDER BY offset, term",
        [seq],
    ).fetchall()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_import_writes_and_indexes_what_entry_by_entry_writes_would(
    ws, programme, workshop, make_workshop, make_entry, action, tmp_path, seed
):
    rng = random.Random(seed)
    old_issue = make_entry("Un problème déjà là", kind=EntryKind.ISSUE, position=1.0)
    plain = make_entry("Une idée déjà là", kind=EntryKind.IDEA, position=2.0)
    ws.entries.soft_delete(make_entry("Supprimé", position=3.0).id)
    said = random_file(rng, tmp_path / "random.csv", 300, old_issue.id)

    plan = plan_import(ws, workshop.id, read_table(tmp_path / "random.csv"))
    assert plan.ok, plan.errors
    assert [entry.text for entry in plan.entries] == [row["text"] for row in said]
    result = import_entries(ws, workshop.id, tmp_path / "random.csv")
    imported = [ws.entries.get(entry_id) for entry_id in result.entry_ids]

    # What was written: every row, in file order, after the entries already there.
    by_ref = {row["ref"]: entry.id for row, entry in zip(said, imported, strict=True) if row["ref"]}
    by_ref[old_issue.id.upper()] = old_issue.id
    for n, (row, entry) in enumerate(zip(said, imported, strict=True)):
        assert entry.text == row["text"]
        assert entry.position == 4.0 + n
        assert entry.votes == int(row["votes"] or 0)
        assert entry.answers_id == by_ref.get(row["answers"])
        assert entry.action_id == (action.id if row["action"] else None)
        assert (entry.theme_id is None) == (row["theme"] == "")
        assert (entry.author_id is None) == (row["author"] == "")
        assert (entry.status is None) == (row["status"] == "")
        assert entry.kind is EntryKind.IMPROVEMENT or entry.status is None
        assert entry.created_at == entry.updated_at and entry.deleted_at is None

    # The same texts written one record at a time, the way capture writes them.
    twin = make_workshop("Jumeau")
    twins = [Entry(workshop_id=twin.id, kind=EntryKind.IDEA, text=e.text) for e in imported]
    ws.entries.add_many(twins)
    seq = dict(ws.conn.execute("SELECT id, seq FROM entry"))
    ws.conn.execute(
        "CREATE VIRTUAL TABLE temp.entry_terms USING fts5vocab(main, 'entry_fts', 'instance')"
    )
    tokens = 0
    for entry, copy in zip(imported, twins, strict=True):
        assert fts_instances(ws, seq[entry.id]) == fts_instances(ws, seq[copy.id])
        tokens += len(fts_instances(ws, seq[entry.id]))
    assert tokens > 1_000
    # the index matches the table, row for row (rank 1: check against the content)
    ws.conn.execute("INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1)")
    for word in ("électricité", "oeuvre", "GARCON", "strasse", "tieng", "école", "voiturage"):
        hits = ws.entries.search(programme.id, word, limit=10_000)
        found = sorted(hit.entry.text for hit in hits if hit.entry.workshop_id == workshop.id)
        again = sorted(hit.entry.text for hit in hits if hit.entry.workshop_id == twin.id)
        assert found == again

    def found_here() -> int:
        hits = ws.entries.search(programme.id, "dimanche", limit=10_000)
        return sum(hit.entry.workshop_id == workshop.id for hit in hits)

    before = found_here()
    assert before > 0
    undo_import(ws, result)
    assert [e.id for e in ws.entries.for_workshop(workshop.id)] == [old_issue.id, plain.id]
    assert found_here() == 0
    redo_import(ws, result)
    assert [e.id for e in ws.entries.for_workshop(workshop.id)][2:] == result.entry_ids
    assert found_here() == before


def test_an_import_is_indexed_even_when_row_numbers_ran_out(
    ws, programme, workshop, make_entry, tmp_path
):
    # With the largest row number taken, SQLite numbers new rows at random: the import then
    # indexes them by id instead of by range.
    last = make_entry("Tout au bout")
    with ws.db.atomic():
        ws.db.execute("UPDATE entry SET seq = ? WHERE id = ?", [2**63 - 1, last.id])
        ws.entries.rebuild_index()
    path = tmp_path / "f.csv"
    path.write_text("kind,text\n" + "".join(f"idea,Idée numéro {i}\n" for i in range(40)))
    result = import_entries(ws, workshop.id, path)
    seqs = [
        ws.conn.execute("SELECT seq FROM entry WHERE id = ?", [i]).fetchone()[0]
        for i in result.entry_ids
    ]
    assert max(seqs) < 2**63 - 1
    ws.conn.execute("INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1)")
    assert len(ws.entries.search(programme.id, "idee numero")) == 40


def test_a_cell_repeated_on_many_rows_is_reported_on_each(ws, workshop, action, tmp_path):
    # Each distinct cell is interpreted once; its problem still counts on every row.
    path = tmp_path / "f.csv"
    path.write_text(
        "kind,text,action,theme,status,votes\n"
        + "truc,x,99,Logement,,beaucoup\n" * 2
        + "improvement,y,4,,bof,\n" * 2
        + "idea,z,4,,bof,2\n"
    )
    plan = plan_import(ws, workshop.id, read_table(path))
    assert [(e.line, e.column) for e in plan.errors] == [
        (2, "kind"), (2, "action"), (2, "theme"), (2, "votes"),
        (3, "kind"), (3, "action"), (3, "theme"), (3, "votes"),
        (4, "status"), (5, "status"), (6, "status"),
    ]  # fmt: skip
    messages = [e.message for e in plan.errors]
    assert messages[:4] == messages[4:8]
    assert (
        messages[8]
        == messages[9]
        == "status 'bof' is not one of " + ", ".join(status.value for status in ImprovementStatus)
    )
    assert messages[10] == "only an improvement has a status; this row is an idea (status 'bof')"
    assert plan.rows == [] and plan.new_participants == []


def test_new_ids_are_random_uuid4_keys():
    ids = new_ids(5_000)
    assert len(set(ids)) == 5_000
    for key in ids:
        parsed = uuid.UUID(key)
        assert str(parsed) == key
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
    assert {key[19] for key in ids} == set("89ab")  # the variant's two free bits vary
    assert new_ids(1) != new_ids(1)
    assert new_ids(0) == []


@pytest.mark.parametrize(
    "header", ["ref,kind,text,action,theme,answers,status,author,votes", "kind,text,votes"]
)
def test_short_rows_read_empty_cells_and_long_rows_lose_their_extra_cells(tmp_path, header):
    path = tmp_path / "f.csv"
    rows = [["idea"], ["x", "idea", "y", ""], list("abcdefghijk"), ["r", "idea", *"zyxwvu"]]
    path.write_text(f"{header}\n" + "\n".join(",".join(row) for row in rows))
    table = read_table(path)
    names = header.split(",")
    expected = [dict(zip(names, row + [""] * len(names), strict=False)) for row in rows]
    assert [row.values for row in table.rows] == expected
    assert table.cells == [tuple(values.get(name, "") for name in FIELDS) for values in expected]
    assert table.warnings == [
        "Some rows have more cells than the header row has columns (first at line 4); "
        "the extra cells were ignored."
    ]
