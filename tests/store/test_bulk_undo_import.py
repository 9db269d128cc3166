"""Undo and redo of an import in bulk (a few statements) against record by record (the path
they replace): on generated imports, the whole database comes out the same, every table
(the search index's own tables included) and what searches find; a refusal (a record
emptied from the bin, or gone) is the same error, naming the same record, and writes
nothing."""

from __future__ import annotations

import csv
import dataclasses
import shutil
import sqlite3
import tempfile
import uuid
from contextlib import closing
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from workshop_app.domain import Action, Entry, EntryKind, Participant, Programme, Workshop
from workshop_app.domain.merge_rules import PURGED
from workshop_app.store import Workspace
from workshop_app.store._repo import write_transaction
from workshop_app.store.entry_import import plan_import, read_table, redo_import, undo_import
from workshop_app.store.entry_import.writing import write_plan
from workshop_app.store.errors import NotFound

NOW = "2026-12-02T10:00:00.000000Z"
TEXTS = st.lists(
    st.one_of(
        st.text(
            st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00"),
            max_size=12,
        ),
        st.sampled_from(["🚌", "𝔸", "مرحبا", "<b>&amp;", "\t", "\x0b", "\x1f", "é", "Œ", "\n"]),
    ),
    max_size=6,
).map(" ".join)
"""Texts of every length (empty ones are refused by the import's checks), with emoji and
characters beyond the BMP, Arabic, markup and control characters."""
ROWS = st.lists(
    st.tuples(
        st.sampled_from(["issue", "improvement", "idea", "question"]),
        TEXTS,
        st.sampled_from(["", "Mona", "Zoé", "Nouvelle Personne", "Samia K.", "مرحبا"]),
        st.integers(0, 3),  # how far back the issue an improvement answers is
    ),
    min_size=1,
    max_size=25,
)


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> tuple[Path, str, str]:
    """A workspace with a programme, an action, people, a workshop and a few entries (one
    removed), closed: each example works on copies of it."""
    path = tmp_path_factory.mktemp("bulk") / "base.sqlite"
    with Workspace.open(path) as ws:
        programme = ws.programmes.create_with_defaults(Programme(title="Précarité"))
        ws.actions.add(Action(programme_id=programme.id, number=4, title="Prévenir"))
        ws.participants.add_many(
            [Participant(programme_id=programme.id, display_name=name) for name in ("Mona", "Zoé")]
        )
        workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="Atelier 1"))
        kept = Entry(workshop_id=workshop.id, kind=EntryKind.ISSUE, text="Déjà là", position=1)
        gone = Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text="Retiré", position=2)
        ws.entries.add_many([kept, gone])
        ws.entries.soft_delete(gone.id)
    return path, programme.id, workshop.id


def _write_csv(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ref", "kind", "text", "author", "answers", "action"])
        issues: list[str] = []
        for n, (kind, text, author, back) in enumerate(rows):
            ref = f"R{n}" if kind == "issue" else ""
            answers = issues[-1 - back] if kind == "improvement" and back < len(issues) else ""
            writer.writerow([ref, kind, text, author, answers, "4" if n % 3 else ""])
            if ref:
                issues.append(ref)


def _record_by_record(ws: Workspace, result, *, deleted: bool) -> None:
    """The path the bulk one replaces (before issue 18), kept here as the reference."""
    with write_transaction(ws.db, "the import"):
        for repository, ids in (
            (ws.entries, result.entry_ids),
            (ws.participants, result.participant_ids),
        ):
            for record_id in ids:
                (repository.soft_delete if deleted else repository.restore)(record_id)


def _dump(path: Path, programme_id: str, words: list[str]) -> dict:
    """Every row of every table (the journal's random mark aside), and what searches find."""
    with closing(sqlite3.connect(path)) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT IN ('journal_mark', 'entry_fts')"
            )
        ]
        dump = {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}
    with Workspace.open(path, create=False, lock=False) as ws:
        for word in words:
            hits = ws.entries.search(programme_id, word, limit=10_000)
            dump[f"search {word!r}"] = sorted(hit.entry.id for hit in hits)
        ws.conn.execute("INSERT INTO entry_fts (entry_fts) VALUES ('integrity-check')")
    return dump


def _apply(path: Path, step, result, *, deleted: bool):
    """Run one path on ``path``; the error it raised (None if it wrote)."""
    with (
        mock.patch("workshop_app.store._repo.utc_now", return_value=NOW),
        Workspace.open(path, create=False, lock=False) as ws,
    ):
        try:
            step(ws, result, deleted=deleted)
        except NotFound as error:
            return str(error)
    return None


def _bulk(ws, result, *, deleted: bool) -> None:
    (undo_import if deleted else redo_import)(ws, result)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rows=ROWS, tamper=st.sampled_from([None, None, "emptied", "missing"]), pick=st.integers())
def test_bulk_undo_and_redo_leave_the_database_as_record_by_record_does(base, rows, tamper, pick):
    source, programme_id, workshop_id = base
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "work.sqlite"
        shutil.copyfile(source, work)
        _write_csv(Path(folder) / "in.csv", rows)
        with Workspace.open(work, create=False, lock=False) as ws:
            plan = plan_import(ws, workshop_id, read_table(Path(folder) / "in.csv"))
            assume(plan.ok)
            result = write_plan(ws, plan)
        words = [*sorted({w for _k, text, _a, _b in rows for w in text.split()})[:6], "Déjà"]
        plain, bulk = Path(folder) / "plain.sqlite", Path(folder) / "bulk.sqlite"
        shutil.copyfile(work, plain)
        shutil.copyfile(work, bulk)
        for deleted in (True, False, True):
            errors = [
                _apply(plain, _record_by_record, result, deleted=deleted),
                _apply(bulk, _bulk, result, deleted=deleted),
            ]
            assert errors[0] == errors[1]
            assert _dump(plain, programme_id, words) == _dump(bulk, programme_id, words)
            if tamper == "emptied" and deleted:  # emptied while in the bin: redo is refused
                victim = result.entry_ids[pick % len(result.entry_ids)]
                for path in (plain, bulk):
                    with closing(sqlite3.connect(path)) as conn, conn:
                        conn.execute(
                            "INSERT OR IGNORE INTO exchange_history (kind, id, digest) VALUES (?, ?, ?)",
                            ["entry", victim, PURGED],
                        )
            if tamper == "missing":  # an id the file does not hold, somewhere in the list
                ids = list(result.entry_ids)
                ids.insert(pick % (len(ids) + 1), str(uuid.UUID(int=abs(pick) % 2**128)))
                result = dataclasses.replace(result, entry_ids=ids)


def test_a_refused_bulk_redo_names_the_emptied_entry_and_writes_nothing(base, tmp_path):
    source, _programme_id, workshop_id = base
    work = tmp_path / "w.sqlite"
    shutil.copyfile(source, work)
    (tmp_path / "in.csv").write_text("kind,text\nidea,une\nidea,deux\nidea,trois\n")
    with Workspace.open(work, create=False) as ws:
        result = write_plan(ws, plan_import(ws, workshop_id, read_table(tmp_path / "in.csv")))
        undo_import(ws, result)
        with ws.db.atomic():
            ws.db.execute(
                "INSERT INTO exchange_history (kind, id, digest) VALUES ('entry', ?, ?)",
                [result.entry_ids[1], PURGED],
            )
        with pytest.raises(NotFound, match="emptied from the bin"):
            redo_import(ws, result)
        assert ws.entries.count("workshop_id = ?", [workshop_id]) == 1  # only "Déjà là"
        assert not ws.conn.in_transaction


def test_undo_of_a_large_import_is_a_few_statements(base, tmp_path):
    """Record by record, 2,000 entries took 2,000 UPDATEs (and as many bin lookups)."""
    source, _programme_id, workshop_id = base
    work = tmp_path / "w.sqlite"
    shutil.copyfile(source, work)
    (tmp_path / "in.csv").write_text(
        "kind,text\n" + "".join(f"idea,idée {n}\n" for n in range(2_000))
    )
    with Workspace.open(work, create=False) as ws:
        result = write_plan(ws, plan_import(ws, workshop_id, read_table(tmp_path / "in.csv")))
        statements: list[str] = []
        ws.conn.set_trace_callback(statements.append)
        undo_import(ws, result)
        redo_import(ws, result)
        ws.conn.set_trace_callback(None)
        assert len(statements) < 60
        assert ws.entries.count("workshop_id = ?", [workshop_id]) == 2_001
