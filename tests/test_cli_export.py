"""``workshop-app export pdf|csv|xlsx``: headless, read-only, one line on success or failure."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop_app.cli import main
from workshop_app.demo import create_demo_workspace
from workshop_app.domain import EntryKind
from workshop_app.domain.models import Entry
from workshop_app.store import Workspace


@pytest.fixture
def demo(tmp_path):
    """The demo workspace (closed), its programme and its workshops in date order."""
    path = create_demo_workspace(tmp_path / "demo.sqlite")
    with Workspace.open(path, lock=False) as ws:
        programme = ws.programmes.select()[0]
        workshops = ws.workshops.for_programme(programme.id)
    return path, programme, sorted(workshops, key=lambda w: w.starts_at)


def export(db: Path, *args: str) -> int:
    return main(["export", *args, "--db", str(db)])


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_workshop_summary_pdf(demo, tmp_path, capsys):
    db, _programme, workshops = demo
    out = tmp_path / "summary.pdf"
    assert export(db, "pdf", "--workshop", workshops[0].id, "-o", str(out)) == 0
    stdout, stderr = capsys.readouterr()
    assert stderr == ""
    assert out.read_bytes().startswith(b"%PDF")
    pages = len(PdfReader(out).pages)
    assert stdout.splitlines() == [f"Wrote {out} ({pages} page{'s' if pages > 1 else ''})"]
    assert workshops[0].title.split()[0] in pdf_text(out)


def test_a_programme_synthesis_of_some_workshops(demo, tmp_path, capsys):
    db, programme, workshops = demo
    out = tmp_path / "synthesis.pdf"
    day = workshops[1].starts_at[:10]
    status = export(
        db, "pdf", "--programme", programme.id, "--from", day, "--lang", "en", "-o", str(out)
    )
    assert status == 0, capsys.readouterr().err
    assert out.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(out).pages) >= 1
    assert str(out) in capsys.readouterr().out


def test_names_are_printed_only_when_asked(demo, tmp_path, capsys):
    db, _programme, workshops = demo
    with Workspace.open(db, lock=False) as ws:
        people = ws.participants.for_programme(workshops[0].programme_id)
        present = {a.participant_id for a in ws.attendance.for_workshop(workshops[0].id)}
    name = next(p.display_name for p in people if p.id in present)
    without, with_names = tmp_path / "without.pdf", tmp_path / "with.pdf"
    assert export(db, "pdf", "--workshop", workshops[0].id, "-o", str(without)) == 0
    assert (
        export(db, "pdf", "--workshop", workshops[0].id, "--with-names", "-o", str(with_names)) == 0
    )
    assert name not in pdf_text(without)
    assert name in pdf_text(with_names)


def test_a_csv_of_one_workshop(demo, tmp_path, capsys):
    db, _programme, workshops = demo
    out = tmp_path / "entries.csv"
    assert export(db, "csv", "--workshop", workshops[0].id, "-o", str(out)) == 0
    with Workspace.open(db, lock=False) as ws:
        texts = {e.text for e in ws.entries.for_workshop(workshops[0].id)}
    rows = read_csv(out, ";")  # the demo is French: semicolons, as French Excel expects
    body = rows[1:]
    assert texts and texts <= {cell for row in body for cell in row}
    assert {len(row) for row in rows} == {len(rows[0])} and len(rows[0]) > 10
    assert capsys.readouterr().out.strip() == f"Wrote {out} ({len(body)} rows)"


def read_csv(path: Path, separator: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=separator))


@pytest.mark.parametrize(
    ("extra", "separator"),
    [
        ([], ";"),
        (["--lang", "en"], ","),
        (["--separator", "comma"], ","),
        (["--separator", "tab"], "\t"),
        (["--lang", "en", "--separator", "semicolon"], ";"),
    ],
)
def test_the_csv_separator(demo, tmp_path, capsys, extra, separator):
    db, _programme, workshops = demo
    out = tmp_path / "entries.csv"
    assert export(db, "csv", "--workshop", workshops[0].id, "-o", str(out), *extra) == 0
    header = out.read_bytes().decode("utf-8-sig").split("\r\n", 1)[0]
    assert header.count(separator) == len(read_csv(out, separator)[0]) - 1 >= 10
    others = {",", ";", "\t"} - {separator}
    assert not [other for other in others if other in header]


def test_the_separator_is_a_csv_option_only(capsys):
    for fmt in ("pdf", "xlsx"):
        with pytest.raises(SystemExit) as exit_info:
            main(["export", fmt, "--workshop", "a", "-o", "x", "--separator", "tab"])
        assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "csv", "--workshop", "a", "-o", "x", "--separator", "pipe"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'pipe'" in capsys.readouterr().err


def test_an_xlsx_of_a_programme_by_kind(demo, tmp_path, capsys):
    from openpyxl import load_workbook

    db, programme, workshops = demo
    out = tmp_path / "entries.xlsx"
    kind = workshops[1].kind.value
    assert export(db, "xlsx", "--programme", programme.id, "--kind", kind, "-o", str(out)) == 0
    book = load_workbook(out, read_only=True)
    cells = {
        str(c)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for c in row
    }
    book.close()
    assert workshops[1].title in cells
    assert workshops[0].title not in cells
    assert "rows)" in capsys.readouterr().out


def test_export_works_while_the_window_holds_the_workspace(demo, tmp_path, capsys):
    db, _programme, workshops = demo
    out = tmp_path / "while-open.csv"
    with Workspace.open(db) as holder:  # takes the lock, as the window does
        holder.entries.add(
            Entry(workshop_id=workshops[0].id, kind=EntryKind.IDEA, text="Ajoutée à l’instant")
        )
        assert export(db, "csv", "--workshop", workshops[0].id, "-o", str(out)) == 0
    assert "Ajoutée à l’instant" in out.read_text(encoding="utf-8-sig")


def test_characters_the_font_lacks_are_named_on_stderr(demo, tmp_path, capsys):
    db, _programme, workshops = demo
    with Workspace.open(db) as ws:
        ws.entries.add(Entry(workshop_id=workshops[0].id, kind=EntryKind.IDEA, text="Atelier 漢字"))
    out = tmp_path / "summary.pdf"
    assert export(db, "pdf", "--workshop", workshops[0].id, "-o", str(out)) == 0
    stdout, stderr = capsys.readouterr()
    assert len(stdout.splitlines()) == 1
    warning = stderr.strip().splitlines()
    assert len(warning) == 1 and warning[0].startswith("workshop-app: warning:")
    assert "漢" in warning[0] and "字" in warning[0]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["pdf", "--workshop", "no-such-id"], "no workshop with the id no-such-id"),
        (["csv", "--programme", "no-such-id"], "no programme with the id no-such-id"),
        (["pdf", "--programme", "{programme}", "--from", "2026-13-01"], "is not a date"),
        (["pdf", "--programme", "{programme}", "--to", "next week"], "is not a date"),
        (["csv", "--programme", "{programme}", "--kind", "picnic"], "focus_group"),
        (["pdf", "--programme", "{programme}", "--territory", "Mars"], "matches the selection"),
        (
            ["pdf", "--programme", "{programme}", "--from", "2026-06-01", "--to", "2026-01-01"],
            "is after",
        ),
        (["csv", "--workshop", "{workshop}", "--kind", "thematic"], "use them with --programme"),
        (["pdf", "--workshop", ""], "--workshop needs an id"),
        (["xlsx", "--programme", " "], "--programme needs an id"),
    ],
)
def test_a_refused_export_is_one_line_and_leaves_the_file(demo, tmp_path, capsys, args, expected):
    db, programme, workshops = demo
    out = tmp_path / "earlier.pdf"
    out.write_bytes(b"an earlier export")
    args = [a.format(programme=programme.id, workshop=workshops[0].id) for a in args]
    assert export(db, *args, "-o", str(out)) == 1
    stdout, stderr = capsys.readouterr()
    assert stdout == ""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("workshop-app: ") and expected in lines[0]
    assert out.read_bytes() == b"an earlier export"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.sqlite")] == [
        "earlier.pdf"
    ]


@pytest.mark.parametrize("where", ["missing/summary.pdf", "."])
def test_a_destination_that_cannot_be_written_is_one_line(demo, tmp_path, capsys, where):
    db, _programme, workshops = demo
    out = tmp_path / where
    assert export(db, "pdf", "--workshop", workshops[0].id, "-o", str(out)) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("workshop-app: ")
    assert "folder" in lines[0]
    assert not (tmp_path / "missing").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part.pdf")]


def test_a_file_name_too_long_is_explained(demo, tmp_path, capsys):
    db, _programme, workshops = demo
    out = tmp_path / ("a" * 300 + ".pdf")
    assert export(db, "pdf", "--workshop", workshops[0].id, "-o", str(out)) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines == [f"workshop-app: The file name {out.name} is too long. Choose a shorter one."]


def test_a_missing_workspace_is_one_line_and_not_created(tmp_path, capsys):
    db = tmp_path / "nope.sqlite"
    assert export(db, "csv", "--workshop", "x", "-o", str(tmp_path / "x.csv")) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert not db.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["export", "pdf", "-o", "x.pdf"],  # neither --workshop nor --programme
        ["export", "csv", "--workshop", "a", "--programme", "b", "-o", "x.csv"],
        ["export", "pdf", "--workshop", "a"],  # no -o
        ["export", "odt", "--workshop", "a", "-o", "x.odt"],
        ["export"],
    ],
)
def test_usage_errors_exit_2(args, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2


def test_export_never_loads_qt(demo, tmp_path):
    db, _programme, workshops = demo
    out = tmp_path / "summary.pdf"
    script = (
        "import sys\n"
        "from workshop_app.cli import main\n"
        f"status = main(['export', 'pdf', '--workshop', {workshops[0].id!r}, "
        f"'-o', {str(out)!r}, '--db', {str(db)!r}])\n"
        "assert status == 0\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
