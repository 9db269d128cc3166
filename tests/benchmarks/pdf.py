"""Session PDF: the summary of a workshop of 1,000 issue/improvement pairs, and its growth.

Measured: ``reports.export(ws, ExportOptions(ExportFormat.SESSION_PDF, workshop_id=…),
"summary.pdf")``: read the workshop, lay out and write the whole summary (heading,
attendance, the Issue | Improvement table, action items…), on the calling thread.

The baseline: a bare reportlab build of the same two-column table: the same texts (the
issue and improvement of each pair, read beforehand), the same font registration
(``workshop_app.reports.fonts.register_fonts``), a ``SimpleDocTemplate`` and one ``Table``
of ``Paragraph`` cells with a header row repeated on each page. The two alternate.

Growth: the same export for a workshop of 10,000 pairs, against the median at 1,000.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from tests.benchmarks.harness import Config, Report, Row, Workbench, median, ms, timed


def pairs_of(path: Path, workshop_id: str) -> list[tuple[str, str]]:
    import sqlite3

    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(
            """SELECT i.text, m.text FROM entry i JOIN entry m ON m.answers_id = i.id
               WHERE i.workshop_id = ? AND i.deleted_at IS NULL AND m.deleted_at IS NULL
               ORDER BY i.position, m.position""",
            [workshop_id],
        ).fetchall()
    finally:
        conn.close()


def bare_reportlab(pairs: list[tuple[str, str]], destination: Path) -> int:
    """One reportlab Table of Paragraphs; returns the number of pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from workshop_app.reports import fonts

    fonts.register_fonts()
    cell = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=9, leading=9 * 1.28)
    head = ParagraphStyle("head", parent=cell, fontName=fonts.BOLD)
    doc = SimpleDocTemplate(str(destination), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm)
    rows = [[Paragraph("Difficulté", head), Paragraph("Amélioration", head)]]
    rows += [[Paragraph(escape(a), cell), Paragraph(escape(b), cell)] for a, b in pairs]
    width = doc.width / 2
    table = Table(rows, colWidths=[width, width], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
            ]
        )
    )
    doc.build([table])
    return doc.page


def run(bench: Workbench, config: Config) -> Report:
    from workshop_app.reports import ExportFormat, ExportOptions, export
    from workshop_app.store import Workspace

    report = Report("session PDF")
    out = bench.folder / "summary.pdf"
    bare = bench.folder / "bare.pdf"

    def atelier_export(source) -> tuple[float, int]:
        with Workspace.open(source.path, create=False, read_only=True) as ws:
            options = ExportOptions(ExportFormat.SESSION_PDF, workshop_id=source.workshop_id)
            result = None

            def build() -> None:
                nonlocal result
                result = export(ws, options, out)

            seconds = timed(build)
        return seconds, result.pages

    small = bench.pairs(config.pdf_pairs)
    texts = pairs_of(small.path, small.workshop_id)
    atelier_export(small), bare_reportlab(texts, bare)  # warm-up: fonts, imports
    atelier, baseline = [], []
    pages = bare_pages = 0
    for _ in range(config.pdf_runs):
        seconds, pages = atelier_export(small)
        atelier.append(seconds)
        baseline.append(timed(lambda: bare_reportlab(texts, bare)))
    bare_pages = bare_reportlab(texts, bare)
    report.say(
        f"{len(texts):,} pairs: Atelier median {ms(median(atelier))} ({pages} pages), "
        f"bare reportlab median {ms(median(baseline))} ({bare_pages} pages), {len(atelier)} runs each"
    )
    report.ratio_row(f"session PDF ({len(texts):,} pairs)", atelier, baseline, 1.2)

    large = bench.pairs(config.pdf_growth_pairs)
    grown = []
    for _ in range(config.pdf_growth_runs):
        seconds, large_pages = atelier_export(large)
        grown.append(seconds)
    factor = config.pdf_growth_pairs / config.pdf_pairs
    growth = median(grown) / median(atelier)
    report.say(
        f"{config.pdf_growth_pairs:,} pairs: Atelier median {ms(median(grown))} "
        f"({large_pages} pages), {len(grown)} runs"
    )
    report.add(
        Row(
            path=f"PDF growth ({config.pdf_growth_pairs:,} pairs against {config.pdf_pairs:,})",
            measured=ms(median(grown)),
            baseline=f"{ms(median(atelier))} (Atelier, {config.pdf_pairs:,} pairs)",
            ratio=f"{growth:.2f}×",
            target=f"≤ {1.1 * factor:g}×",
            met=growth <= 1.1 * factor,
        )
    )
    return report
