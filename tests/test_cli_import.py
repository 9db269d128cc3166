"""``workshop-app import-entries FILE --workshop ID``: headless, one summary, clear errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from workshop_app.cli import main
from workshop_app.demo import create_demo_workspace
from workshop_app.store import Workspace


@pytest.fixture
def demo(tmp_path):
    """The demo workspace and its first workshop, closed again."""
    path = create_demo_workspace(tmp_path / "demo.sqlite")
    with Workspace.open(path, lock=False) as ws:
        workshop = ws.workshops.select()[0]
    return path, workshop


def entry_and_people_counts(db) -> tuple[int, int]:
    with Workspace.open(db, lock=False) as ws:
        return (
            ws.conn.execute("SELECT count(*) FROM entry").fetchone()[0],
            ws.conn.execute("SELECT count(*) FROM participant").fetchone()[0],
        )


def test_an_import_prints_a_summary_new_people_and_warnings(demo, tmp_path, capsys):
    db, workshop = demo
    file = tmp_path / "postits.csv"
    file.write_text(
        "réf;type;texte;thème;répond à;auteur;remarque\n"
        "P1;problème;Les courriers sont illisibles;Mise en œuvre;;Nadia B.;\n"
        "P2;problème;Personne ne répond au téléphone;;;Ginette;\n"
        ";amélioration;Relire les courriers avec des habitants;;P1;Ginette;vu\n"
        ";idée;Une permanence le samedi;;;;\n",
        encoding="utf-8",
    )
    before = entry_and_people_counts(db)
    status = main(["import-entries", str(file), "--workshop", workshop.id, "--db", str(db)])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert out.splitlines() == [
        f"Imported 4 entries into {workshop.title} (2 issues, 1 improvement, 1 idea)",
        "New participant: Ginette",
        "Warning: Columns ignored (Atelier does not know them): 'remarque'.",
    ]
    assert err == ""
    assert entry_and_people_counts(db) == (before[0] + 4, before[1] + 1)


def test_bad_rows_are_listed_on_stderr_and_nothing_changes(demo, tmp_path, capsys):
    db, workshop = demo
    file = tmp_path / "postits.csv"
    content = b"kind,text,votes\nidea,ok,1\ntruc,x,\nidea,,\nidea,y,-3\n"
    file.write_bytes(content)
    before = entry_and_people_counts(db)
    db_bytes = db.read_bytes()
    status = main(["import-entries", str(file), "--workshop", workshop.id, "--db", str(db)])
    out, err = capsys.readouterr()
    assert status == 1
    assert out == ""
    assert err.splitlines() == [
        "workshop-app: Nothing was imported: fix 3 problems in postits.csv and import the "
        "file again.",
        "  line 3: kind 'truc' is not one of issue, improvement, idea, question, decision, "
        "success_factor",
        "  line 4: the text is empty",
        "  line 5: votes '-3' is not a whole number, 0 or more",
    ]
    assert db.read_bytes() == db_bytes
    assert entry_and_people_counts(db) == before
    assert file.read_bytes() == content


def test_every_bad_row_is_listed_even_beyond_twenty(demo, tmp_path, capsys):
    db, workshop = demo
    file = tmp_path / "many.csv"
    file.write_text("kind,text\n" + "truc,x\n" * 30, encoding="utf-8")
    assert main(["import-entries", str(file), "--workshop", workshop.id, "--db", str(db)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 31
    assert err[-1].startswith("  line 31: ")


def test_an_unknown_workshop_is_one_line(demo, tmp_path, capsys):
    db, _workshop = demo
    file = tmp_path / "ok.csv"
    file.write_text("kind,text\nidea,x\n", encoding="utf-8")
    before, db_bytes = entry_and_people_counts(db), db.read_bytes()
    assert main(["import-entries", str(file), "--workshop", "nope", "--db", str(db)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert "no workshop with id nope" in err[0]
    assert "workshop-app list" in err[0]
    assert db.read_bytes() == db_bytes
    assert entry_and_people_counts(db) == before


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("photo.csv", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "looks like a PNG image"),
        ("rapport.pdf", b"%PDF-1.7\n", "is not a CSV or XLSX file"),
        ("vide.csv", b"", "is empty"),
        ("colonnes.csv", b"quoi,qui\nx,y\n", "no 'kind' and 'text' columns"),
    ],
)
def test_a_bad_file_is_one_line(demo, tmp_path, capsys, name, content, expected):
    db, workshop = demo
    file = tmp_path / name
    file.write_bytes(content)
    before = db.read_bytes()
    assert main(["import-entries", str(file), "--workshop", workshop.id, "--db", str(db)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert expected in err[0] and name in err[0]
    assert file.read_bytes() == content
    assert db.read_bytes() == before  # the workspace is not even opened


def test_a_missing_file_is_one_line(demo, tmp_path, capsys):
    db, workshop = demo
    missing = tmp_path / "absent.csv"
    assert main(["import-entries", str(missing), "--workshop", workshop.id, "--db", str(db)]) == 1
    assert capsys.readouterr().err.strip() == f"workshop-app: There is no file {missing}."


def test_a_missing_workspace_is_one_line_and_is_not_created(tmp_path, capsys):
    file = tmp_path / "ok.csv"
    file.write_text("kind,text\nidea,x\n", encoding="utf-8")
    db = tmp_path / "absent.sqlite"
    assert main(["import-entries", str(file), "--workshop", "x", "--db", str(db)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "no workspace" in err[0].lower()
    assert not db.exists()


def test_a_workspace_open_elsewhere_is_one_line(demo, tmp_path, capsys):
    db, workshop = demo
    file = tmp_path / "ok.csv"
    file.write_text("kind,text\nidea,x\n", encoding="utf-8")
    with Workspace.open(db) as holder:  # holds the lock, as an open window would
        entries = holder.entries.count()
        status = main(["import-entries", str(file), "--workshop", workshop.id, "--db", str(db)])
        assert holder.entries.count() == entries
    err = capsys.readouterr().err.splitlines()
    assert status == 1
    assert len(err) == 1 and "already open" in err[0]


def test_the_workshop_option_is_required(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["import-entries", str(tmp_path / "x.csv")])
    assert exit_.value.code == 2
    assert "--workshop" in capsys.readouterr().err


def test_importing_never_imports_qt(demo, tmp_path):
    db, workshop = demo
    file = tmp_path / "ok.xlsx"
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["kind", "text"])
    book.active.append(["idea", "Depuis un classeur"])
    book.save(file)
    script = (
        "import sys\n"
        "from workshop_app.cli import main\n"
        f"status = main(['import-entries', {str(file)!r}, '--workshop', {workshop.id!r},"
        f" '--db', {str(db)!r}])\n"
        "qt = sorted(name for name in sys.modules if name.startswith(('PySide6', 'shiboken6')))\n"
        "print(status, qt)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "0 []"
    assert "Imported 1 entry into" in result.stdout
