"""The PDF layout does each costly thing once: a text becomes reportlab fragments without the
markup parser, a paragraph is broken into lines once, a long table holds about a page of
rows at a time. Each shortcut prints exactly what the long way printed."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from tests.reports.pdf_reading import pdf_text, squash
from tests.reports.test_pdf_text import ARABIC, EMOJI, HOSTILE, UNICODE, add_issues, blank
from workshop_app.domain.enums import EntryKind
from workshop_app.domain.models import Entry
from workshop_app.reports import ExportFormat, ExportOptions, export
from workshop_app.reports.pdf_layout import NOTE_MARKUP, Styles, _note_glue, literal
from workshop_app.reports.pdf_tables import PairRows

__all__ = ["blank"]  # the fixture, used by name

TEXTS = [
    *HOSTILE,
    *UNICODE,
    ARABIC,
    EMOJI,
    "",
    " ",
    "\n",
    "a\n\nb\n  c  \n",
    "  spaced   out  ",
    "x\u00a0 y",
    "a \n b",
    "\nleading break",
    "trailing break\n",
    "controls\x0bhere\x1c and\x7f there",
    "line\u2028separator",
    "&lt; stays",
]
NOTES = ["", "▲\u00a02", "▲\u00a03  by Jo", "a note\non two lines", " ", "\n", "  x  "]


def _runs(paragraph: Paragraph) -> list[dict]:
    """The fragments, neighbours of the same look joined (the parser cuts a text at each
    entity, which changes nothing printed)."""
    runs: list[dict] = []
    for frag in paragraph.frags:
        attrs = dict(frag.__dict__)
        look = {k: v for k, v in attrs.items() if k != "text"}
        previous = runs[-1] if runs else {"lineBreak": True}
        same_look = {k: v for k, v in previous.items() if k != "text"} == look
        if same_look and not attrs.get("lineBreak"):
            previous["text"] += attrs["text"]
            continue
        runs.append(attrs)
    return runs


def test_para_makes_what_the_parser_makes_of_the_escaped_text():
    st = Styles()
    for style in (st.cell, st.small, st.body, st.cell_head, st.bullet):
        for text in TEXTS:
            for note in NOTES:
                made = st.para(text, style, note=note)
                markup = literal(text)
                if note:
                    # A no-break space, or a word break beside right-to-left text.
                    glue = _note_glue(text, note, made.style)
                    markup += glue + NOTE_MARKUP.format(literal(note))
                parsed = Paragraph(markup, made.style)
                assert _runs(made) == _runs(parsed), (text, note)
                for width in (30, 120, 400):
                    assert made.wrap(width, 1e6) == parsed.wrap(width, 1e6), (text, note)


def test_a_paragraph_is_broken_into_lines_once_per_width(monkeypatch):
    calls = []
    breaks = Paragraph.breakLines

    def counted(self, width):
        calls.append(width)
        return breaks(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counted)
    st = Styles()
    paragraph = st.para("Les habitants parlent du loyer et du chauffage. " * 5, st.cell)
    first = paragraph.wrap(120, 1000)
    assert paragraph.wrap(120, 50) == first
    assert len(calls) == 1
    narrower = paragraph.wrap(80, 1000)
    assert narrower[1] > first[1]
    assert paragraph.wrap(120, 1000) == first
    assert len(calls) == 3


def _workshop_of_pairs(ws, workshop, issues: int) -> None:
    add_issues(ws, workshop, [f"issue {n:04d} " + "loyer " * (n % 13) for n in range(issues)])
    entries = ws.entries.for_workshop(workshop.id)
    answers = []
    for n, issue in enumerate(entries):
        for k in range(1 + (n % 9 == 0) * 6):
            text = f"answer {n:04d}.{k} " + "chauffage " * (k % 5)
            answers.append(
                Entry(
                    workshop_id=workshop.id,
                    kind=EntryKind.IMPROVEMENT,
                    text=text,
                    answers_id=issue.id,
                    votes=k,
                    position=n + k / 10,
                )
            )
    ws.entries.add_many(answers)


def test_every_paragraph_of_a_long_summary_is_broken_into_lines_once(blank, tmp_path, monkeypatch):
    ws, workshop = blank
    _workshop_of_pairs(ws, workshop, 300)
    broken, again = [], []
    breaks = Paragraph.breakLines

    def counted(self, width):
        (again if getattr(self, "_broken", False) else broken).append(self.getPlainText())
        self._broken = True
        return breaks(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counted)
    path = tmp_path / "long.pdf"
    result = export(ws, ExportOptions(ExportFormat.SESSION_PDF, workshop_id=workshop.id), path)
    assert result.pages > 10
    assert len(broken) > 600
    assert again == []
    text = squash(pdf_text(path))
    positions = [text.index(f"answer {n:04d}.0") for n in range(300)]
    assert positions == sorted(positions)


def test_a_long_table_holds_about_a_page_of_rows_at_a_time(blank, tmp_path, monkeypatch):
    ws, workshop = blank
    _workshop_of_pairs(ws, workshop, 600)
    most = 0
    get = PairRows.__getitem__

    def counted(self, index):
        nonlocal most
        row = get(self, index)
        most = max(most, len(self._made))
        return row

    monkeypatch.setattr(PairRows, "__getitem__", counted)
    result = export(
        ws,
        ExportOptions(ExportFormat.SESSION_PDF, workshop_id=workshop.id),
        tmp_path / "long.pdf",
    )
    assert result.pages > 20
    assert 10 < most <= 60  # a page holds about 40 such rows, the table over 800


@pytest.mark.parametrize("where", ["issue", "improvement"])
def test_a_character_the_font_lacks_deep_in_a_long_table_is_reported(blank, tmp_path, where):
    ws, workshop = blank
    _workshop_of_pairs(ws, workshop, 200)
    last = ws.entries.for_workshop(workshop.id)[-1]
    kind = EntryKind.ISSUE if where == "issue" else EntryKind.IMPROVEMENT
    ws.entries.add(
        Entry(
            workshop_id=workshop.id,
            kind=kind,
            text="perroquet 🦜",
            answers_id=None if kind is EntryKind.ISSUE else last.answers_id,
            position=10_000.0,
        )
    )
    result = export(
        ws,
        ExportOptions(ExportFormat.SESSION_PDF, workshop_id=workshop.id),
        tmp_path / "missing.pdf",
    )
    assert result.missing_characters == ["🦜"]
