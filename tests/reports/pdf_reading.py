"""Reading a PDF back for the report tests: its text, and where each line sits."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader


def squash(text: str) -> str:
    """``text`` with every run of whitespace made one space (line breaks differ in a PDF)."""
    return " ".join(text.split())


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


@dataclass
class Run:
    page: int
    x: float
    y: float
    text: str


def text_runs(path: Path) -> list[Run]:
    """Every piece of text the PDF draws, with its page and position."""
    runs: list[Run] = []
    for number, page in enumerate(PdfReader(path).pages, start=1):

        def visit(text, cm, tm, _font, _size, number=number):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                runs.append(Run(number, x, y, text))

        page.extract_text(visitor_text=visit)
    return runs


def first_run(runs: list[Run], text: str) -> Run:
    """The run holding the start of ``text`` (its first line)."""
    head = squash(text)[:25]
    for run in runs:
        piece = squash(run.text)
        starts = piece.startswith(head) or head.startswith(piece[:25])
        if starts and (len(piece) >= 8 or piece == head):
            return run
    raise AssertionError(f"not found in the PDF: {head!r}")


def nfkc_words(text: str) -> set[str]:
    return set(unicodedata.normalize("NFKC", text).split())
