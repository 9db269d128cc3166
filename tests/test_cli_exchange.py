"""The command line of exchanges, merges and backups (issue 14), on the demo."""

from __future__ import annotations

import pytest

from workshop_app.cli import main
from workshop_app.store import Workspace
from workshop_app.store import backups as backup_store


@pytest.fixture
def coordinator(tmp_path):
    db = tmp_path / "coordination.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    return db


def _ids(db, table):
    with Workspace.open(db, create=False, read_only=True) as ws:
        return [row[0] for row in ws.conn.execute(f"SELECT id FROM {table} ORDER BY rowid")]


def test_a_programme_goes_out_and_a_workshop_comes_back(coordinator, tmp_path, capsys):
    [programme] = _ids(coordinator, "programme")
    sent = tmp_path / "programme.atelier"
    assert main(["pack", "--programme", programme, "-o", str(sent), "--db", str(coordinator)]) == 0
    laptop = tmp_path / "animatrice.sqlite"
    assert main(["merge", str(sent), "--db", str(laptop)]) == 0  # a first merge makes it
    out = capsys.readouterr().out
    assert "programme          1 new" in out and "backed up in" in out
    workshop = _ids(laptop, "workshop")[0]
    with Workspace.open(laptop) as ws:
        from workshop_app.domain import Entry, EntryKind

        ws.entries.add(Entry(workshop_id=workshop, kind=EntryKind.IDEA, text="Dit sur place"))
    back = tmp_path / "atelier.atelier"
    assert main(["pack", "--workshop", workshop, "-o", str(back), "--db", str(laptop)]) == 0
    assert main(["merge", str(back), "--dry-run", "--db", str(coordinator)]) == 0
    assert "Dry run: nothing was changed." in capsys.readouterr().out
    with Workspace.open(coordinator, create=False, read_only=True) as ws:
        assert "Dit sur place" not in {e.text for e in ws.entries.select()}
    assert main(["merge", str(back), "--db", str(coordinator)]) == 0
    with Workspace.open(coordinator, create=False, read_only=True) as ws:
        assert "Dit sur place" in {e.text for e in ws.entries.select()}
    capsys.readouterr()
    assert main(["merge", str(back), "--db", str(coordinator)]) == 0  # again: nothing new
    counts = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  ")]
    assert counts and all(line.split()[1:] == [line.split()[1], "identical"] for line in counts)


def test_an_exchange_file_is_not_opened_as_a_workspace(coordinator, tmp_path, capsys):
    [programme] = _ids(coordinator, "programme")
    sent = tmp_path / "programme.atelier"
    main(["pack", "--programme", programme, "-o", str(sent), "--db", str(coordinator)])
    capsys.readouterr()
    assert main(["list", "--db", str(sent)]) == 1
    assert "exchange file" in capsys.readouterr().err


def test_backups_are_listed_and_one_is_restored(coordinator, tmp_path, capsys):
    assert main(["backup", "--db", str(coordinator)]) == 0
    with Workspace.open(coordinator) as ws:
        [programme] = ws.programmes.select()
        ws.programmes.soft_delete(programme.id)
    assert main(["backup", "--list", "--db", str(coordinator)]) == 0
    listing = capsys.readouterr().out
    assert "by-hand" in listing and "1 programme" in listing
    [backup] = backup_store.list_backups(coordinator)
    assert main(["restore", str(backup.path), "--db", str(coordinator)]) == 0
    with Workspace.open(coordinator, create=False, read_only=True) as ws:
        assert len(ws.programmes.select()) == 1
    assert len(backup_store.list_backups(coordinator)) == 2  # what it held before, too


def test_a_damaged_workspace_names_its_latest_backup_and_restore_puts_it_back(
    coordinator, tmp_path, capsys
):
    assert main(["backup", "--db", str(coordinator)]) == 0
    data = bytearray(coordinator.read_bytes())
    data[4096 * 3 : 4096 * 5] = bytes(range(256)) * 32  # garbage over two pages
    coordinator.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["list", "--db", str(coordinator)]) == 1
    said = capsys.readouterr().err
    assert "damaged" in said and "workshop-app restore" in said and "latest backup" in said
    [backup] = backup_store.list_backups(coordinator)
    assert main(["restore", str(backup.path), "--db", str(coordinator)]) == 0
    assert "kept as" in capsys.readouterr().out
    assert main(["list", "--db", str(coordinator)]) == 0
    assert list(coordinator.parent.glob("coordination.sqlite.damaged-*"))


def test_the_version_a_conflict_lost_can_be_seen_again(coordinator, tmp_path, capsys):
    import dataclasses

    [programme] = _ids(coordinator, "programme")
    laptop = tmp_path / "portable.sqlite"
    sent = tmp_path / "programme.atelier"
    main(
        [
            "pack",
            "--programme",
            programme,
            "-o",
            str(sent),
            "--with-names",
            "--db",
            str(coordinator),
        ]
    )
    main(["merge", str(sent), "--db", str(laptop)])
    for db, title in ((laptop, "Titre du portable"), (coordinator, "Titre de la coordination")):
        with Workspace.open(db) as ws:
            action = ws.actions.select()[0]
            ws.actions.update(dataclasses.replace(action, title=title))
    back = tmp_path / "retour.atelier"
    main(["pack", "--programme", programme, "-o", str(back), "--with-names", "--db", str(laptop)])
    assert main(["merge", str(back), "--conflicts", "mine", "--db", str(coordinator)]) == 0
    capsys.readouterr()
    assert main(["kept", "--db", str(coordinator)]) == 0
    assert "Titre du portable" in capsys.readouterr().out
