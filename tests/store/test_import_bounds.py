"""Import files that would swallow, hang or crash: refused in plain words, nothing imported,
in bounded time (issue 13)."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from workshop_app.cli import main
from workshop_app.store.entry_import import bounds
from workshop_app.store.entry_import._common import ImportFileError
from workshop_app.store.entry_import.reading import read_table


def test_a_quote_never_closed_is_refused_naming_its_line(tmp_path):
    file = tmp_path / "postits.csv"
    file.write_text('kind,text\nidea,"ouvert\nidea,deux\nidea,trois\n', encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"opened on line 2 is never closed"):
        read_table(file)


def test_a_quote_glued_to_text_is_refused_not_silently_dropped(tmp_path):
    file = tmp_path / "postits.csv"
    file.write_text('kind,text\nidea,"cité"mais collé\n', encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"near line 2"):
        read_table(file)


def test_quotes_inside_a_plain_cell_stay_as_typed(tmp_path):
    file = tmp_path / "postits.csv"
    file.write_text('kind,text\nidea,Il a dit "non" puis "oui"\n', encoding="utf-8")
    [row] = read_table(file).rows
    assert row.get("text") == 'Il a dit "non" puis "oui"'


def test_a_nul_byte_far_in_the_file_is_refused(tmp_path):
    file = tmp_path / "postits.csv"
    file.write_bytes(b"kind,text\n" + b"idea,abc\n" * 10_000 + b"idea,a\x00b\n")
    with pytest.raises(ImportFileError, match="binary data"):
        read_table(file)


def test_a_file_too_large_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_FILE_BYTES", 1024)
    file = tmp_path / "postits.csv"
    file.write_bytes(b"kind,text\n" + b"idea,abc\n" * 500)
    with pytest.raises(ImportFileError, match="imports files up to"):
        read_table(file)


def _workbook(path, rows) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)


def _rewrite_part(path, name: str, change) -> None:
    """Replace one part of a zipped workbook by ``change(old bytes)``."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts[name] = change(parts[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for part, data in parts.items():
            target.writestr(part, data)


def test_a_workbook_with_an_entity_bomb_is_refused_in_plain_words(tmp_path):
    file = tmp_path / "postits.xlsx"
    _workbook(file, [["kind", "text"], ["idea", "ok"]])
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    _rewrite_part(file, "xl/worksheets/sheet1.xml", lambda xml: bomb + xml.split(b"?>", 1)[-1])
    with pytest.raises(ImportFileError, match=r"not a readable XLSX workbook|is damaged"):
        read_table(file)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_UNPACKED_BYTES", 1024 * 1024)
    file = tmp_path / "postits.xlsx"
    _workbook(file, [["kind", "text"], ["idea", "ok"]])
    with zipfile.ZipFile(file, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/padding.bin", b"\0" * (3 * 1024 * 1024))
    with pytest.raises(ImportFileError, match="once unpacked"):
        read_table(file)


def test_a_sheet_with_too_many_rows_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_ROWS", 10)
    file = tmp_path / "postits.xlsx"
    _workbook(file, [["kind", "text"]] + [["idea", f"n° {n}"] for n in range(20)])
    with pytest.raises(ImportFileError, match="more than 10 rows"):
        read_table(file)


def test_thousands_of_bad_rows_print_a_hundred_and_a_count(tmp_path, capsys):
    from workshop_app.demo import create_demo_workspace
    from workshop_app.store import Workspace

    db = create_demo_workspace(tmp_path / "demo.sqlite")
    with Workspace.open(db, lock=False) as ws:
        workshop = ws.workshops.select()[0]
    file = tmp_path / "postits.csv"
    body = io.StringIO()
    body.write("kind,text\n")
    for n in range(5_000):
        body.write(f"truc{n},x\n")
    file.write_text(body.getvalue(), encoding="utf-8")
    status = main(["import-entries", str(file), "--workshop", workshop.id, "--db", str(db)])
    _out, err = capsys.readouterr()
    assert status == 1
    lines = err.splitlines()
    assert len(lines) == 1 + 100 + 1
    assert lines[-1].strip() == "… and 4900 more"


def test_formulas_without_saved_results_are_named_not_read_as_empty(tmp_path):
    """openpyxl and some converters write formulas without their results: such a cell
    was reported as "the text is empty"."""
    file = tmp_path / "postits.xlsx"
    _workbook(
        file,
        [["kind", "text"], ["idea", "écrit"], ["issue", '="Les factures " & "tardent"']],
    )
    with pytest.raises(ImportFileError, match=r"formulas whose results were not saved.*B3"):
        read_table(file)


def test_a_formula_with_its_saved_result_imports_the_result(tmp_path):
    file = tmp_path / "postits.xlsx"
    _workbook(file, [["kind", "text"], ["issue", '="Les factures " & "tardent"']])
    _rewrite_part(
        file,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b"</f><v /></c>", b"</f><v>Les factures tardent</v></c>").replace(
            b'<c r="B2"', b'<c r="B2" t="str"'
        ),
    )
    [row] = read_table(file).rows
    assert row.get("text") == "Les factures tardent"


def test_a_csv_with_too_many_rows_is_refused_not_listed_row_by_row(tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_ROWS", 10)
    file = tmp_path / "postits.csv"
    file.write_text("kind,text\n" + "truc,x\n" * 20, encoding="utf-8")
    with pytest.raises(ImportFileError, match="more than 10 rows"):
        read_table(file)


def test_a_csv_with_too_many_columns_is_refused(tmp_path):
    file = tmp_path / "postits.csv"
    file.write_text("kind,text" + ",x" * 300 + "\nidea,ok\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="columns"):
        read_table(file)
