"""The workbook is the faithful copy: every text reads back from it exactly as it was stored.

Line ends (``\\r\\n``, ``\\r``, ``\\n``), tabs, spaces at both ends, any script and emoji come
back unchanged; the only changes are the documented ones (control characters XML 1.0 cannot
hold become U+FFFD, a text longer than a cell holds is cut with a marker).
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.domain.enums import EntryKind
from workshop_app.domain.models import Entry, Programme, Workshop
from workshop_app.reports import ExportFormat, ExportOptions, Progress, export
from workshop_app.reports.tabular import ENTRY_COLUMNS, Sheet, TableData
from workshop_app.reports.tabular_xlsx import CELL_LIMIT, write_workbook
from workshop_app.reports.wording import wording_for
from workshop_app.store.workspace import Workspace

TEXT_COLUMN = ENTRY_COLUMNS.index("text")
NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

PIECES = [
    "\r\n", "\r", "\n", "\t", " ", "\r\r\n\n", "😀", "👩🏽‍🌾", "🇫🇷", "مرحبا بالجميع", "שלום",
    "Tiếng Việt", "ελληνικά", "кириллица", "<b>&amp;</b>", "=1+1", "_x000D_", "\x00", "\x07",
    "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\u2028", "\ufeff", "\ufffe", "\uffff",
    "é", "a", "mot",
]  # fmt: skip
"""Pieces texts are made of, besides any generated character."""

pieces_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(st.characters(codec="utf-8"), max_size=20)),
    max_size=40,
).map("".join)
texts = st.one_of(
    pieces_text,
    # now and then a long one, up to 100 KB (beyond the 32,767 characters of a cell)
    st.tuples(pieces_text.filter(bool), st.integers(1, 5000)).map(
        lambda pair: (pair[0] * pair[1])[:100_000]
    ),
)

FAITHFUL = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def expected(text: str) -> str | None:
    """What the workbook promises to give back for ``text`` (None: an empty cell)."""
    text = NOT_IN_XML.sub("\ufffd", text)
    if len(text) > CELL_LIMIT:
        marker = wording_for("en").count("tables_cut", len(text))
        text = text[: CELL_LIMIT - len(marker)] + marker
    return text or None


def write_texts(values: list[str], path: Path) -> list[object]:
    """Each value as a plain and as a wrapped cell, read back in that order."""
    sheet = Sheet("entries", "Entries", ["n", "plain", "wrapped"], wrap=frozenset({2}))
    sheet.rows = [[n, value, value] for n, value in enumerate(values)]
    write_workbook(TableData("en", "Title", [sheet]), path, Progress())
    rows = openpyxl.load_workbook(path).worksheets[0].iter_rows(min_row=2, values_only=True)
    return [cell for row in rows for cell in row[1:]]


@FAITHFUL
@given(values=st.lists(texts, min_size=1, max_size=4))
def test_generated_texts_read_back_exactly(values, tmp_path):
    back = write_texts(values, tmp_path / "t.xlsx")
    assert back == [expected(value) for value in values for _ in range(2)]


@pytest.mark.parametrize(
    "text",
    ["a\r\nb", "a\rb", "\r", "\r\n", "ends with\r", "\r\n\r\nlines\r\n", "tab\tand\r\n\tindent"],
)
def test_carriage_returns_are_kept(text, tmp_path):
    assert write_texts([text], tmp_path / "t.xlsx") == [text, text]


def test_an_entry_typed_with_windows_line_ends_exports_as_typed(tmp_path):
    ws = Workspace.open(tmp_path / "w.sqlite")
    programme = ws.programmes.create_with_defaults(Programme(title="Essai\r\nsur deux lignes"))
    workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="Atelier\rA"))
    text = "Collé depuis un courriel :\r\n- premier point\r\n- second point\rfin"
    ws.entries.add(Entry(workshop_id=workshop.id, kind=EntryKind.IDEA, text=text))
    path = tmp_path / "e.xlsx"
    export(ws, ExportOptions(ExportFormat.XLSX, workshop_id=workshop.id), path)
    ws.close()
    book = openpyxl.load_workbook(path)
    row = next(book.worksheets[0].iter_rows(min_row=2, values_only=True))
    assert row[TEXT_COLUMN] == text
    assert row[0] == "Atelier\rA"
    assert book.properties.title == "Atelier\rA"
