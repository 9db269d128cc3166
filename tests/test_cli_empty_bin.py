"""``workshop-app empty-bin [WORKSPACE] [--dry-run]``: the bin emptied from the command line
(issue 15), the same way as File › Empty the Bin…."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app.cli import main
from workshop_app.domain import Entry, EntryKind, Programme, Workshop
from workshop_app.store import Workspace

WORD = "Qzintravelle"


@pytest.fixture
def binned(tmp_path) -> tuple[Path, list[str]]:
    """A workspace with two removed entries (one removed long ago) and a live one."""
    path = tmp_path / "atelier.sqlite"
    with Workspace.open(path) as ws:
        programme = ws.programmes.create_with_defaults(Programme(title="Programme"))
        workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="Atelier"))
        ws.entries.add(Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text="Le gardien"))
        ids = []
        for text in (f"{WORD} récent", f"{WORD} ancien"):
            entry = ws.entries.add(Entry(workshop_id=workshop.id, kind=EntryKind.ISSUE, text=text))
            ws.entries.soft_delete(entry.id)
            ids.append(entry.id)
        with ws.db.atomic():
            ws.conn.execute(
                "UPDATE entry SET deleted_at = '2020-01-01T00:00:00.000000Z' WHERE id = ?",
                [ids[1]],
            )
    return path, ids


def _holds_word(path: Path) -> bool:
    return any(
        WORD.lower().encode() in p.read_bytes().lower()
        for p in (path, path.with_name(path.name + "-wal"))
        if p.exists()
    )


def test_a_dry_run_says_what_the_bin_holds_and_changes_nothing(binned, capsys):
    path, _ids = binned
    before = path.read_bytes()
    assert main(["empty-bin", str(path), "--dry-run"]) == 0
    assert capsys.readouterr().out.strip() == f"The bin of {path} holds 2 entries."
    assert path.read_bytes() == before


def test_empty_bin_erases_what_was_removed(binned, capsys):
    path, ids = binned
    assert _holds_word(path)
    assert main(["empty-bin", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"Emptied the bin of {path}: 2 items erased for good." in out
    assert not _holds_word(path)
    with Workspace.open(path, read_only=True) as ws:
        assert [ws.entries.get(i, include_deleted=True).text for i in ids] == ["", ""]
        assert [e.text for e in ws.entries.select()] == ["Le gardien"]
    assert main(["empty-bin", str(path)]) == 0
    assert capsys.readouterr().out.strip() == f"The bin of {path} was empty."


def test_the_workspace_can_be_given_with_db(binned, capsys):
    path, _ids = binned
    assert main(["--db", str(path), "empty-bin", "--dry-run"]) == 0
    assert "2 entries" in capsys.readouterr().out


def test_a_missing_workspace_is_said_in_one_line(tmp_path, capsys):
    missing = tmp_path / "absent.sqlite"
    assert main(["empty-bin", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("workshop-app: ") and len(err.strip().splitlines()) == 1
    assert not missing.exists()
