"""CSV and XLSX exports: every entry once, in board order, no names unless asked, safe files."""

from __future__ import annotations

import csv
import errno
import io
import pickle
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from workshop_app.domain.enums import EntryKind, ImprovementStatus
from workshop_app.domain.models import (
    Entry,
    FeedbackQuestion,
    FeedbackResponse,
    Programme,
    Workshop,
)
from workshop_app.domain.vocabulary import fold
from workshop_app.reports import (
    ExportCancelled,
    ExportFailed,
    ExportFormat,
    ExportOptions,
    Progress,
    Selection,
    export,
    prepare,
    write,
)
from workshop_app.reports.tabular import ENTRY_COLUMNS, entry_headers
from workshop_app.reports.tabular_xlsx import CELL_LIMIT, sheet_name
from workshop_app.reports.wording import wording_for
from workshop_app.store.entry_import import FIELDS, HEADER_ALIASES, import_entries
from workshop_app.store.workspace import Workspace

COLUMN = {name: index for index, name in enumerate(ENTRY_COLUMNS)}

HOSTILE = [
    "<b>bold</b> and <i>italic</i>",
    "&amp; &lt;tag&gt; &#x41; & < > \" '",
    "<img src=x onerror=alert(1)>",
    "Emoji 👩🏽‍🌾 🎉 ❤️ and a flag 🇫🇷",
    "مرحبا بالجميع، هذه ورشة عمل",
    "Tiếng Việt có dấu: người dân, ý kiến",
    'two\nlines, a comma; a "quote" and a tab\there',
    "  spaces kept at both ends  ",
]
HUGE = ("Un texte très long, mot après mot. " * 3000)[:100_000] + "FIN"
CONTROL = "a bell \x07, an escape \x1b and a form feed \x0c"
FORMULAS = ["=1+1", "+33 6 12 34 56 78", "-5 points", "@SUM(A1)", "\tindented", '=HYPERLINK("x")']


# -- helpers ------------------------------------------------------------------------------
def export_to(ws, fmt: ExportFormat, path: Path, **options) -> Path:
    result = export(ws, ExportOptions(fmt, **options), path)
    assert result.path == str(path.absolute())
    return path


def csv_rows(path: Path) -> list[list[str]]:
    """The rows of an exported CSV, read with the separator of its header line (``;`` in
    French, ``,`` in English by default)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header = handle.readline()
        separator = max(",;\t", key=header.count)
        handle.seek(0)
        return list(csv.reader(handle, delimiter=separator))


def first_workshop(ws: Workspace) -> Workshop:
    return min(ws.workshops.select(), key=lambda w: w.starts_at)


def names_of(ws: Workspace) -> list[str]:
    return [p.display_name for p in ws.participants.select() if p.display_name]


def all_xlsx_text(path: Path) -> str:
    book = openpyxl.load_workbook(path)
    return "\n".join(
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )


@pytest.fixture
def blank(tmp_path):
    """An empty workspace with one French programme and one workshop."""
    ws = Workspace.open(tmp_path / "blank.sqlite")
    programme = ws.programmes.create_with_defaults(Programme(title="Essai"))
    workshop = ws.workshops.add(
        Workshop(programme_id=programme.id, title="=Atelier", starts_at="2026-05-04T10:00")
    )
    yield ws, workshop
    ws.close()


def add_texts(ws: Workspace, workshop: Workshop, texts: list[str]) -> None:
    ws.entries.add_many(
        [
            Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text=text, position=n)
            for n, text in enumerate(texts)
        ]
    )


# -- the CSV ------------------------------------------------------------------------------
def test_csv_has_every_live_entry_once_in_board_order(demo_ws, tmp_out):
    workshop = first_workshop(demo_ws)
    entries = demo_ws.entries.for_workshop(workshop.id)
    removed = next(e for e in entries if e.kind is EntryKind.IDEA)
    demo_ws.entries.soft_delete(removed.id)
    live = [e for e in entries if e.id != removed.id]

    rows = csv_rows(
        export_to(demo_ws, ExportFormat.CSV, tmp_out / "e.csv", workshop_id=workshop.id)
    )
    body = rows[1:]
    texts = [row[COLUMN["text"]] for row in body]
    assert Counter(texts) == Counter(e.text for e in live)
    assert removed.text not in texts
    assert {row[COLUMN["ref"]] for row in body} == {e.id for e in live}

    # each improvement that answers an issue comes right after it (or its sibling improvements)
    by_ref = {row[COLUMN["ref"]]: n for n, row in enumerate(body)}
    for n, row in enumerate(body):
        answered = row[COLUMN["answers"]]
        if answered:
            between = body[by_ref[answered] + 1 : n]
            assert by_ref[answered] < n
            assert all(other[COLUMN["answers"]] == answered for other in between)
            assert row[COLUMN["answers_text"]] == body[by_ref[answered]][COLUMN["text"]]
    # pairs (issues and improvements) first, then the other kinds
    w = wording_for("fr")
    pair_kinds = {w.kind(EntryKind.ISSUE), w.kind(EntryKind.IMPROVEMENT)}
    kinds = [row[COLUMN["kind"]] for row in body]
    last_pair = max(n for n, kind in enumerate(kinds) if kind in pair_kinds)
    first_other = min(n for n, kind in enumerate(kinds) if kind not in pair_kinds)
    assert last_pair < first_other
    assert {row[COLUMN["date"]] for row in body} == {workshop.starts_at[:10]}


def test_csv_is_utf8_with_bom_crlf_and_multiline_cells_stay_whole(blank, tmp_out):
    ws, workshop = blank
    add_texts(ws, workshop, ['première ligne\nseconde ligne, avec « guillemets » et "quotes"'])
    path = export_to(ws, ExportFormat.CSV, tmp_out / "e.csv", workshop_id=workshop.id)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == 2  # header and one row; the line break inside stays \n
    assert b'"premi\xc3\xa8re ligne\nseconde ligne' in raw
    rows = csv_rows(path)
    assert len(rows) == 2
    assert (
        rows[1][COLUMN["text"]] == 'première ligne\nseconde ligne, avec « guillemets » et "quotes"'
    )


@pytest.mark.parametrize(("language", "text_header"), [("fr", "Texte"), ("en", "Text")])
def test_headers_in_the_export_language_are_names_the_import_knows(
    demo_ws, tmp_out, language, text_header
):
    workshop = first_workshop(demo_ws)
    options = {"workshop_id": workshop.id, "language": language}
    header = csv_rows(export_to(demo_ws, ExportFormat.CSV, tmp_out / "e.csv", **options))[0]
    assert header == entry_headers(wording_for(language))
    assert header[COLUMN["text"]] == text_header
    known = {fold(alias): name for name, aliases in HEADER_ALIASES.items() for alias in aliases}
    assert {known.get(fold(cell)) for cell in header} >= set(FIELDS)
    assert [known.get(fold(cell)) for cell in header].count("action") == 1


def test_the_workshop_language_is_the_default(demo_ws, tmp_out):
    workshop = first_workshop(demo_ws)
    assert workshop.language == "fr"
    rows = csv_rows(
        export_to(demo_ws, ExportFormat.CSV, tmp_out / "e.csv", workshop_id=workshop.id)
    )
    assert rows[0][COLUMN["kind"]] == "Type"
    assert {row[COLUMN["kind"]] for row in rows[1:]} <= {
        wording_for("fr").kind(kind) for kind in EntryKind
    }


def test_formula_texts_get_an_apostrophe_in_the_csv(blank, tmp_out):
    ws, workshop = blank
    add_texts(ws, workshop, [*FORMULAS, "#N/A", "a = b"])
    rows = csv_rows(export_to(ws, ExportFormat.CSV, tmp_out / "e.csv", workshop_id=workshop.id))
    texts = [row[COLUMN["text"]] for row in rows[1:]]
    assert texts == ["'" + text for text in FORMULAS] + ["#N/A", "a = b"]
    assert {row[COLUMN["workshop"]] for row in rows[1:]} == {"'=Atelier"}


# -- names ----------------------------------------------------------------------------------
def test_no_participant_name_by_default(demo_ws, tmp_out):
    programme = demo_ws.programmes.select()[0]
    csv_path = export_to(demo_ws, ExportFormat.CSV, tmp_out / "e.csv", programme_id=programme.id)
    xlsx_path = export_to(demo_ws, ExportFormat.XLSX, tmp_out / "e.xlsx", programme_id=programme.id)
    csv_text = csv_path.read_text(encoding="utf-8-sig")
    xlsx_text = all_xlsx_text(xlsx_path)
    names = names_of(demo_ws)
    assert names
    for name in names:
        assert name not in csv_text
        assert name not in xlsx_text
    assert all(row[COLUMN["author"]] == "" for row in csv_rows(csv_path)[1:])


def test_names_with_with_names_but_never_an_erased_person(demo_ws, tmp_out):
    programme = demo_ws.programmes.select()[0]
    authors = Counter(e.author_id for e in demo_ws.entries.select() if e.author_id)
    erased_id = authors.most_common(1)[0][0]
    erased_name = demo_ws.participants.get(erased_id).display_name
    demo_ws.participants.erase(erased_id)

    options = {"programme_id": programme.id, "with_names": True}
    rows = csv_rows(export_to(demo_ws, ExportFormat.CSV, tmp_out / "e.csv", **options))
    written = {row[COLUMN["author"]] for row in rows[1:]} - {""}
    names = {p.id: p.display_name for p in demo_ws.participants.select() if p.display_name}
    expected = {names[e.author_id] for e in demo_ws.entries.select() if e.author_id}
    assert written == expected
    assert erased_name not in rows.__repr__()
    xlsx_text = all_xlsx_text(export_to(demo_ws, ExportFormat.XLSX, tmp_out / "e.xlsx", **options))
    assert any(name in xlsx_text for name in names.values())
    assert erased_name not in xlsx_text


# -- the workbook ---------------------------------------------------------------------------
def test_workbook_sheets_have_a_bold_frozen_header(demo_ws, tmp_out):
    programme = demo_ws.programmes.select()[0]
    path = export_to(demo_ws, ExportFormat.XLSX, tmp_out / "e.xlsx", programme_id=programme.id)
    book = openpyxl.load_workbook(path)
    w = wording_for("fr")
    keys = ("entries", "pairs", "feedback", "comments", "action_items", "attendance")
    assert book.sheetnames == [w(f"tables_sheet_{key}") for key in keys]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.bold for cell in sheet[1])
        assert all(dimension.width <= 70 for dimension in sheet.column_dimensions.values())
    entries = book.worksheets[0]
    assert [cell.value for cell in entries[1]] == entry_headers(w)
    assert entries.max_row - 1 == len(demo_ws.entries.select())
    assert entries.cell(2, COLUMN["text"] + 1).alignment.wrap_text
    assert isinstance(entries.cell(2, COLUMN["date"] + 1).value, date)
    pairs = book.worksheets[1]
    issues = {e.text for e in demo_ws.entries.select() if e.kind is EntryKind.ISSUE}
    assert {row[2] for row in pairs.iter_rows(min_row=2, values_only=True)} - {None} == issues


def test_formula_texts_stay_text_in_the_workbook(blank, tmp_out):
    ws, workshop = blank
    add_texts(ws, workshop, [*FORMULAS, "#N/A", "#DIV/0!"])
    path = export_to(ws, ExportFormat.XLSX, tmp_out / "e.xlsx", workshop_id=workshop.id)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    cells = [sheet.cell(row, COLUMN["text"] + 1) for row in range(2, sheet.max_row + 1)]
    assert [cell.value for cell in cells] == [*FORMULAS, "#N/A", "#DIV/0!"]
    assert all(cell.data_type == "s" for cell in cells)
    formulas = [
        cell.coordinate
        for sheet in openpyxl.load_workbook(path).worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]
    assert formulas == []
    assert sheet.cell(2, 1).value == "=Atelier"


def test_feedback_distribution_is_blank_under_five_answers(demo_ws, tmp_out):
    programme = demo_ws.programmes.select()[0]
    workshop = demo_ws.workshops.add(
        Workshop(programme_id=programme.id, title="Retours", starts_at="2026-09-01")
    )
    many = demo_ws.feedback_questions.add(FeedbackQuestion(workshop_id=workshop.id, text="Utile ?"))
    few = demo_ws.feedback_questions.add(
        FeedbackQuestion(workshop_id=workshop.id, text="Bien accueilli·e ?", position=1)
    )
    for n in range(6):
        ratings = {many.id: 1 + n % 5}
        if n < 3:
            ratings[few.id] = 5
        demo_ws.feedback.submit(
            FeedbackResponse(workshop_id=workshop.id, comment=f"avis {n}" if n < 2 else ""), ratings
        )
    path = export_to(demo_ws, ExportFormat.XLSX, tmp_out / "f.xlsx", workshop_id=workshop.id)
    book = openpyxl.load_workbook(path)
    feedback = book.worksheets[2]
    header = [cell.value for cell in feedback[1]]
    assert header[4:] == [f"Note {r}" for r in range(1, 6)]
    assert "moins de 5 réponses" in feedback.cell(1, 5).comment.text
    rows = {row[1]: row for row in feedback.iter_rows(min_row=2, values_only=True)}
    assert rows["Utile ?"][2:] == (6, 2.67, 2, 1, 1, 1, 1)
    assert rows["Bien accueilli·e ?"][2:] == (3, None, None, None, None, None, None)  # issue 15
    assert "moins de 5 réponses" in feedback.cell(1, 4).comment.text  # the mean's column too
    comments = [row[1] for row in book.worksheets[3].iter_rows(min_row=2, values_only=True)]
    assert comments == ["avis 0", "avis 1"]


def test_action_items_and_attendance(demo_ws, tmp_out):
    workshop = first_workshop(demo_ws)
    path = export_to(demo_ws, ExportFormat.XLSX, tmp_out / "a.xlsx", workshop_id=workshop.id)
    book = openpyxl.load_workbook(path)
    items = list(book.worksheets[4].iter_rows(min_row=2, values_only=True))
    assert sorted(row[1] for row in items) == sorted(
        item.what for item in demo_ws.action_items.for_workshop(workshop.id)
    )
    # A "who" naming a participant says their role unless names were asked for.
    names = {p.display_name for p in demo_ws.participants.for_programme(workshop.programme_id)}
    assert not any(row[2] in names for row in items)
    assert any(row[2] == "Bailleur social" for row in items)
    attendance = list(book.worksheets[5].iter_rows(min_row=2, values_only=True))
    counts = demo_ws.attendance.counts_by_role(workshop.id)
    assert sum(row[2] for row in attendance) == sum(counts.values())
    assert {row[1] for row in attendance} == {wording_for("fr").role(r) for r in counts}


# -- hostile text -------------------------------------------------------------------------
def test_hostile_texts_round_trip_literally(blank, tmp_out):
    ws, workshop = blank
    texts = [*HOSTILE, HUGE, CONTROL]
    add_texts(ws, workshop, texts)

    rows = csv_rows(export_to(ws, ExportFormat.CSV, tmp_out / "h.csv", workshop_id=workshop.id))
    assert [row[COLUMN["text"]] for row in rows[1:]] == texts  # the CSV keeps all, whole

    path = export_to(ws, ExportFormat.XLSX, tmp_out / "h.xlsx", workshop_id=workshop.id)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    back = [sheet.cell(row, COLUMN["text"] + 1).value for row in range(2, sheet.max_row + 1)]
    assert back[: len(HOSTILE)] == HOSTILE
    huge = back[len(HOSTILE)]
    assert len(huge) == CELL_LIMIT
    marker = wording_for("fr").count("tables_cut", len(HUGE))
    assert huge.endswith(marker)
    assert HUGE.startswith(huge[: -len(marker)])
    assert back[-1] == "a bell \ufffd, an escape \ufffd and a form feed \ufffd"


def test_sheet_names_are_valid_and_unique():
    taken: set[str] = set()
    first = sheet_name("Actions [2026]: à faire? / * \\ et un titre bien trop long", taken)
    second = sheet_name("Actions [2026]: à faire? / * \\ et un titre bien trop long", taken)
    for name in (first, second):
        assert len(name) <= 31
        assert not set(name) & set("[]:*?/\\")
    assert first != second


# -- back into Atelier ----------------------------------------------------------------------
def _pairs(ws: Workspace, workshop_id: str) -> set[tuple[str, str]]:
    entries = {e.id: e for e in ws.entries.for_workshop(workshop_id)}
    return {
        (entries[e.answers_id].text, e.text) for e in entries.values() if e.answers_id in entries
    }


def _described(ws: Workspace, workshop_id: str) -> Counter:
    return Counter(
        (e.text, e.kind, e.action_id, e.theme_id, e.status, e.votes, e.author_id)
        for e in ws.entries.for_workshop(workshop_id)
    )


@pytest.mark.parametrize("fmt", [ExportFormat.CSV, ExportFormat.XLSX])
@pytest.mark.parametrize("with_names", [False, True])
def test_an_export_imports_back_with_its_pairs(demo_ws, tmp_out, fmt, with_names):
    source = first_workshop(demo_ws)
    path = export_to(
        demo_ws, fmt, tmp_out / f"back{fmt.suffix}", workshop_id=source.id, with_names=with_names
    )
    copy = demo_ws.workshops.add(
        Workshop(programme_id=source.programme_id, title="Copie", starts_at="2026-12-01")
    )
    result = import_entries(demo_ws, copy.id, path)
    assert result.new_participants == []
    assert _pairs(demo_ws, copy.id) == _pairs(demo_ws, source.id)
    assert _pairs(demo_ws, copy.id)
    original, imported = _described(demo_ws, source.id), _described(demo_ws, copy.id)
    if not with_names:
        original = Counter({(*key[:-1], None): n for key, n in original.items()})
    assert imported == original


def test_a_formula_text_comes_back_with_its_apostrophe_from_csv(blank, tmp_out):
    """The price of the CSV's protection (see the module docstring); XLSX brings it back whole."""
    ws, workshop = blank
    add_texts(ws, workshop, ["=1+1"])
    for fmt, expected in ((ExportFormat.CSV, "'=1+1"), (ExportFormat.XLSX, "=1+1")):
        path = export_to(ws, fmt, tmp_out / f"f{fmt.suffix}", workshop_id=workshop.id)
        copy = ws.workshops.add(Workshop(programme_id=workshop.programme_id, title=str(fmt)))
        import_entries(ws, copy.id, path)
        assert [e.text for e in ws.entries.for_workshop(copy.id)] == [expected]


# -- choosing what to export ----------------------------------------------------------------
def test_a_programme_export_follows_the_selection_in_date_order(demo_ws, tmp_out):
    programme = demo_ws.programmes.select()[0]
    workshops = sorted(demo_ws.workshops.for_programme(programme.id), key=lambda w: w.starts_at)
    chosen = [workshops[-1].id, workshops[0].id]
    options = {"programme_id": programme.id, "selection": Selection(workshop_ids=chosen)}
    rows = csv_rows(export_to(demo_ws, ExportFormat.CSV, tmp_out / "p.csv", **options))[1:]
    dates = [row[COLUMN["date"]] for row in rows]
    assert dates == sorted(dates)
    assert set(dates) == {workshops[0].starts_at[:10], workshops[-1].starts_at[:10]}
    expected = sum(len(demo_ws.entries.for_workshop(wid)) for wid in chosen)
    assert len(rows) == expected


def test_unknown_ids_and_empty_selections_fail_plainly(demo_ws):
    programme = demo_ws.programmes.select()[0]
    cases = [
        ({"workshop_id": "nope"}, "There is no workshop with the id nope."),
        ({"programme_id": "nope"}, "There is no programme with the id nope."),
        (
            {"programme_id": programme.id, "selection": Selection(date_from="2099-01-01")},
            "No workshop of this programme matches the selection",
        ),
        ({}, "needs a workshop or a programme"),
    ]
    for options, message in cases:
        with pytest.raises(ExportFailed, match=message.replace("?", r"\?")):
            prepare(demo_ws, ExportOptions(ExportFormat.CSV, **options))


def test_prepared_data_is_plain_and_counts_rows(demo_ws, tmp_out):
    programme = demo_ws.programmes.select()[0]
    prepared = prepare(demo_ws, ExportOptions(ExportFormat.XLSX, programme_id=programme.id))
    plain = (str, int, float, date, type(None))
    for sheet in prepared.data.sheets:
        assert all(isinstance(value, plain) for row in sheet.rows for value in row)
    pickle.loads(pickle.dumps(prepared.data))
    seen: list[tuple[int, int]] = []
    result = write(
        prepared, tmp_out / "p.xlsx", Progress(lambda done, total: seen.append((done, total)))
    )
    assert result.rows == len(demo_ws.entries.select())
    assert seen[-1][0] == seen[-1][1] > 0


def test_reading_takes_a_fixed_number_of_queries_per_workshop(demo_ws):
    """No query per entry: adding 300 entries does not change how many queries are made."""
    programme = demo_ws.programmes.select()[0]
    options = ExportOptions(ExportFormat.XLSX, programme_id=programme.id, with_names=True)

    def queries() -> int:
        statements: list[str] = []
        demo_ws.conn.set_trace_callback(statements.append)
        try:
            prepare(demo_ws, options)
        finally:
            demo_ws.conn.set_trace_callback(None)
        return len(statements)

    before = queries()
    add_texts(demo_ws, first_workshop(demo_ws), [f"idée {n}" for n in range(300)])
    assert queries() == before
    assert before <= 10 + 8 * len(demo_ws.workshops.for_programme(programme.id))


# -- failures and cancelling --------------------------------------------------------------
@pytest.mark.parametrize("fmt", [ExportFormat.CSV, ExportFormat.XLSX])
def test_a_cancelled_export_leaves_the_earlier_file_untouched(demo_ws, tmp_out, fmt):
    workshop = first_workshop(demo_ws)
    destination = tmp_out / f"earlier{fmt.suffix}"
    destination.write_bytes(b"the earlier export\r\n")
    prepared = prepare(demo_ws, ExportOptions(fmt, workshop_id=workshop.id))
    progress = Progress()
    progress.cancel()
    with pytest.raises(ExportCancelled):
        write(prepared, destination, progress)
    assert destination.read_bytes() == b"the earlier export\r\n"
    assert list(tmp_out.iterdir()) == [destination]


@pytest.mark.parametrize("fmt", [ExportFormat.CSV, ExportFormat.XLSX])
def test_cancel_while_writing_leaves_no_temporary_file(demo_ws, tmp_out, fmt):
    programme = demo_ws.programmes.select()[0]
    prepared = prepare(demo_ws, ExportOptions(fmt, programme_id=programme.id))
    progress = Progress(lambda done, total: progress.cancel())  # Cancel pressed at once
    scratch = Path(tempfile.gettempdir())
    before = set(scratch.glob("openpyxl.*"))
    with pytest.raises(ExportCancelled):
        write(prepared, tmp_out / f"e{fmt.suffix}", progress)
    assert list(tmp_out.iterdir()) == []
    assert set(scratch.glob("openpyxl.*")) <= before


@pytest.mark.parametrize("fmt", [ExportFormat.CSV, ExportFormat.XLSX])
def test_a_folder_that_refuses_files_fails_with_a_sentence(demo_ws, tmp_out, monkeypatch, fmt):
    """The folder refuses the temporary file (a read-only folder as a person meets it is
    tested as an unprivileged user in test_pdf_text.py)."""

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    workshop = first_workshop(demo_ws)
    prepared = prepare(demo_ws, ExportOptions(fmt, workshop_id=workshop.id))
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportFailed, match=r"may not write in .*Choose another folder\.$"):
        write(prepared, tmp_out / f"e{fmt.suffix}", Progress())


def test_an_empty_workshop_exports_a_header_only(blank, tmp_out):
    ws, workshop = blank
    result = export(ws, ExportOptions(ExportFormat.CSV, workshop_id=workshop.id), tmp_out / "e.csv")
    assert result.rows == 0
    rows = list(csv.reader(io.StringIO((tmp_out / "e.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == 1


def test_statuses_are_translated(blank, tmp_out):
    ws, workshop = blank
    issue = Entry(workshop_id=workshop.id, kind=EntryKind.ISSUE, text="Difficulté")
    answer = Entry(
        workshop_id=workshop.id,
        kind=EntryKind.IMPROVEMENT,
        text="Piste",
        answers_id=issue.id,
        status=ImprovementStatus.KEEP_DOING,
        position=1,
    )
    ws.entries.add_many([issue])
    ws.entries.add_many([answer])
    for language, label in (("fr", "À poursuivre"), ("en", "Keep doing")):
        options = {"workshop_id": workshop.id, "language": language}
        rows = csv_rows(export_to(ws, ExportFormat.CSV, tmp_out / f"{language}.csv", **options))
        assert [row[COLUMN["status"]] for row in rows[1:]] == ["", label]
        assert rows[2][COLUMN["answers"]] == issue.id


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize("carriage_return", [False, True])
def test_a_full_disk_fails_the_workbook_without_a_stray_traceback(
    blank, tmp_out, monkeypatch, carriage_return
):
    """On a full disk, openpyxl's zip file was left open and, once collected, printed
    "Exception ignored in: ZipFile.__del__ ... [Errno 28]" after the plain message."""
    import contextlib
    import gc
    import sys

    from workshop_app.reports import output, tabular_xlsx

    ws, workshop = blank
    add_texts(ws, workshop, ["ligne\rsuite" if carriage_return else "texte simple"])
    prepared = prepare(ws, ExportOptions(ExportFormat.XLSX, workshop_id=workshop.id))

    @contextlib.contextmanager
    def onto_a_full_disk(destination):
        try:
            yield Path("/dev/full")  # every write that reaches the disk fails: ENOSPC
        except OSError as error:
            raise output.explain_os_error(error, Path(destination)) from error

    unraisable = []
    monkeypatch.setattr(tabular_xlsx, "atomic_destination", onto_a_full_disk)
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    with pytest.raises(ExportFailed, match="disk is full"):
        write(prepared, tmp_out / "e.xlsx", Progress())
    gc.collect()
    assert unraisable == []
