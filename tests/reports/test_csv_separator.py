"""The CSV's separator: ``;`` for a French export (French Excel reads it in columns), ``,`` in
English, or the one chosen; fields holding the separator, quotes or line breaks read back whole."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.domain.enums import EntryKind
from workshop_app.domain.models import Entry, Programme, Workshop
from workshop_app.reports import ExportFormat, ExportOptions, Progress, export, prepare
from workshop_app.reports.options import CSV_SEPARATORS, csv_separator_for
from workshop_app.reports.tabular import ENTRY_COLUMNS, Sheet, TableData, write_csv
from workshop_app.store.entry_import import import_entries
from workshop_app.store.workspace import Workspace

TEXT = ENTRY_COLUMNS.index("text")
TRICKY = [
    "a, comma",
    "a; semicolon",
    "a\ttab inside",
    'a "quoted" word',
    '"',
    "two\nlines",
    "windows\r\nlines",
    "a lone\rreturn",
    ',;\t"\r\n',
    "  spaces  ",
]


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "w.sqlite")
    programme = ws.programmes.create_with_defaults(Programme(title="Essai"))
    workshop = ws.workshops.add(
        Workshop(programme_id=programme.id, title="Atelier; un", starts_at="2026-03-14T10:00")
    )
    ws.entries.add_many(
        [
            Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text=text, position=n)
            for n, text in enumerate(TRICKY)
        ]
    )
    yield ws, workshop
    ws.close()


def read_back(path: Path, separator: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=separator))


@pytest.mark.parametrize(("language", "separator"), [("fr", ";"), ("en", ",")])
def test_the_separator_follows_the_language(workspace, tmp_path, language, separator):
    ws, workshop = workspace
    path = tmp_path / "e.csv"
    export(ws, ExportOptions(ExportFormat.CSV, workshop_id=workshop.id, language=language), path)
    header = path.read_bytes().split(b"\r\n", 1)[0].decode("utf-8-sig")
    assert header.count(separator) == len(ENTRY_COLUMNS) - 1
    assert read_back(path, separator)[0][TEXT] == ("Texte" if language == "fr" else "Text")


def test_the_workshop_language_decides_when_none_is_asked(workspace):
    ws, workshop = workspace
    prepared = prepare(ws, ExportOptions(ExportFormat.CSV, workshop_id=workshop.id))
    assert workshop.language == "fr"
    assert prepared.data.csv_separator == ";"


@pytest.mark.parametrize("separator", [",", ";", "\t"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_separator_reads_back_with_tricky_fields(workspace, tmp_path, separator, language):
    ws, workshop = workspace
    path = tmp_path / "e.csv"
    options = ExportOptions(
        ExportFormat.CSV, workshop_id=workshop.id, language=language, csv_separator=separator
    )
    export(ws, options, path)
    rows = read_back(path, separator)
    assert len(rows) == len(TRICKY) + 1
    assert {len(row) for row in rows} == {len(ENTRY_COLUMNS)}
    assert [row[TEXT] for row in rows[1:]] == TRICKY
    assert {row[0] for row in rows[1:]} == {"Atelier; un"}
    others = set(CSV_SEPARATORS.values()) - {separator}
    for other in others:  # read with another separator, the header is not the same columns
        assert len(read_back(path, other)[0]) != len(ENTRY_COLUMNS)


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_an_export_with_any_separator_imports_back(workspace, tmp_path, separator):
    ws, workshop = workspace
    path = tmp_path / "e.csv"
    export(
        ws, ExportOptions(ExportFormat.CSV, workshop_id=workshop.id, csv_separator=separator), path
    )
    other = ws.workshops.add(Workshop(programme_id=workshop.programme_id, title="Copie"))
    import_entries(ws, other.id, path)
    copied = sorted(e.text for e in ws.entries.for_workshop(other.id))
    # the import makes every line end \n, as it does for any file
    assert copied == sorted(t.replace("\r\n", "\n").replace("\r", "\n") for t in TRICKY)


def test_separators_are_checked():
    assert csv_separator_for("fr") == ";"
    assert csv_separator_for("en") == ","
    assert csv_separator_for("fr", "\t") == "\t"
    assert csv_separator_for("en", ";") == ";"
    with pytest.raises(ValueError, match="not a CSV separator"):
        csv_separator_for("fr", "|")


fields = st.lists(
    st.one_of(
        st.sampled_from([",", ";", "\t", '"', "\r\n", "\r", "\n", " ", "'"]),
        st.text(st.characters(codec="utf-8"), max_size=5),
    ),
    max_size=12,
).map("".join)


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    rows=st.lists(st.lists(fields, min_size=2, max_size=2), min_size=1, max_size=5),
    separator=st.sampled_from([",", ";", "\t"]),
)
def test_generated_fields_round_trip(rows, separator, tmp_path):
    """Any field comes back whole (texts a spreadsheet would run as a formula get the
    documented leading apostrophe)."""
    path = tmp_path / "g.csv"
    sheet = Sheet("entries", "Entries", ["a", "b"], [list(row) for row in rows])
    write_csv(TableData("en", "t", [sheet], separator), path, Progress())
    protected = [
        ["'" + f if f.startswith(("=", "+", "-", "@", "\t", "\r")) else f for f in row]
        for row in rows
    ]
    assert read_back(path, separator) == [["a", "b"], *protected]
