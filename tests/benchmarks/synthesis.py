"""Programme synthesis: the PDF of a programme of 50 workshops × 200 entries (issue 11).

The workspace: the demo (its programme and its 3 small workshops) plus 50 generated
workshops of 200 entries each (``workshop_app.demo.large`` with ``rich=True``): every kind
of entry, texts of every length (a word to a few thousand characters), issues answered by
0 to 8 improvements, actions and themes, and for each workshop an attendance, feedback
with comments and action items.

Measured: ``reports.export(ws, ExportOptions(ExportFormat.PROGRAMME_PDF, programme_id=…),
"synthesis.pdf")``: read the programme's workshops, lay out and write the whole synthesis
(workshops, attendance, counts per theme, one Issue | Improvement | Status | Workshop table
per action and theme, ideas, questions, decisions, success factors, feedback, open action
items), on the calling thread.

The baseline: a bare reportlab build of the same texts, read beforehand with plain SQL:
the same font registration (``workshop_app.reports.fonts.register_fonts``), a
``SimpleDocTemplate``, a two-column ``Table`` of ``Paragraph`` cells for each action and
theme (as the synthesis groups them; one table of 4,000 rows would take reportlab
quadratic time and be no floor) holding every issue beside its improvements (an issue's
later improvements under an empty cell, lone improvements beside one), its header row
repeated on each page and rows split across pages (``splitInRow``: some rows are taller
than a page), then one plain ``Paragraph`` for each other entry, feedback comment and
action item. The two alternate.

No target is set for this path yet; the ratio is reported (the session PDF's target is
≤ 1.2× its own bare table).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from tests.benchmarks.harness import Config, Report, Row, Workbench, median, ms, timed


@dataclass
class Texts:
    """What the synthesis prints, as plain strings: issue/improvement rows by action and
    theme (the synthesis's tables), and the other texts."""

    tables: list[list[tuple[str, str]]] = field(default_factory=list)
    others: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(len(t) for t in self.tables)

    @property
    def characters(self) -> int:
        cells = sum(len(a) + len(b) for t in self.tables for a, b in t)
        return cells + sum(len(t) for t in self.others)

    def head(self, rows: int) -> Texts:
        """The first ``rows`` rows and other texts (a warm-up)."""
        return Texts([self.tables[0][:rows]] if self.tables else [], self.others[:rows])


def texts_of(path: Path, programme_id: str) -> Texts:
    """The programme's entries, feedback comments and action items, with plain SQL: the
    pairs grouped by action and theme (an improvement answering an issue goes with it)."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        workshops = [
            row[0]
            for row in conn.execute(
                """SELECT id FROM workshop WHERE programme_id = ? AND deleted_at IS NULL
                   ORDER BY starts_at, title""",
                [programme_id],
            )
        ]
        last = 1 << 30
        groups: dict[tuple[int, int], list[tuple[str, str]]] = {}
        texts = Texts()
        for workshop_id in workshops:
            entries = conn.execute(
                """SELECT e.id, e.kind, e.text, e.answers_id,
                          coalesce(a.number, ?), coalesce(t.position, ?)
                   FROM entry e
                   LEFT JOIN action a ON a.id = e.action_id AND a.deleted_at IS NULL
                   LEFT JOIN theme t ON t.id = e.theme_id AND t.deleted_at IS NULL
                   WHERE e.workshop_id = ? AND e.deleted_at IS NULL ORDER BY e.position""",
                [last, last, workshop_id],
            ).fetchall()
            answers: dict[str, list[str]] = {}
            issues = {e[0] for e in entries if e[1] == "issue"}
            for _id, kind, text, answered, *_group in entries:
                if kind == "improvement" and answered in issues:
                    answers.setdefault(answered, []).append(text)
            for entry_id, kind, text, answered, action, theme in entries:
                group = groups.setdefault((action, theme), [])
                if kind == "issue":
                    improvements = answers.get(entry_id) or [""]
                    group.append((text, improvements[0]))
                    group.extend(("", more) for more in improvements[1:])
                elif kind == "improvement":
                    if answered not in issues:
                        group.append(("", text))
                else:
                    texts.others.append(text)
            texts.others += [
                row[0]
                for row in conn.execute(
                    """SELECT comment FROM feedback_response
                       WHERE workshop_id = ? AND deleted_at IS NULL AND trim(comment) != ''""",
                    [workshop_id],
                )
            ]
            texts.others += [
                f"{what} — {who}"
                for what, who in conn.execute(
                    """SELECT what, who FROM action_item
                       WHERE workshop_id = ? AND deleted_at IS NULL""",
                    [workshop_id],
                )
            ]
        texts.tables = [groups[key] for key in sorted(groups) if groups[key]]
        return texts
    finally:
        conn.close()


def bare_reportlab(texts: Texts, destination: Path) -> int:
    """A reportlab Table of Paragraphs per group, then plain Paragraphs; returns the page
    count."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from workshop_app.reports import fonts

    fonts.register_fonts()
    cell = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=9, leading=9 * 1.28)
    head = ParagraphStyle("head", parent=cell, fontName=fonts.BOLD)
    body = ParagraphStyle("body", parent=cell, spaceAfter=3)
    doc = SimpleDocTemplate(str(destination), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm)
    width = doc.width / 2
    style = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
        ]
    )
    story = []
    for number, pairs in enumerate(texts.tables, 1):
        rows = [[Paragraph("Difficulté", head), Paragraph("Amélioration", head)]]
        rows += [[Paragraph(escape(a), cell), Paragraph(escape(b), cell)] for a, b in pairs]
        # splitInRow: a row taller than a page (an account of a few thousand characters) is
        # split across pages, as Atelier's table does; a plain Table cannot place it at all.
        table = Table(rows, colWidths=[width, width], repeatRows=1, splitInRow=1)
        table.setStyle(style)
        story += [Paragraph(f"Tableau {number}", head), table]
    story += [Paragraph(escape(text), body) for text in texts.others]
    doc.build(story)
    return doc.page


def run(bench: Workbench, config: Config) -> Report:
    from workshop_app.reports import ExportFormat, ExportOptions, Selection, export
    from workshop_app.store import Workspace

    report = Report("programme synthesis")
    out = bench.folder / "synthesis.pdf"
    bare = bench.folder / "synthesis-bare.pdf"
    workshops, entries = config.synthesis_workshops, config.synthesis_entries
    source = bench.large(
        f"synthesis-{workshops}x{entries}", workshops=workshops, entries=entries, rich=True
    )
    texts = texts_of(source.path, source.programme_id)

    def atelier_export(selection: Selection | None = None) -> tuple[float, int]:
        with Workspace.open(source.path, create=False, read_only=True) as ws:
            options = ExportOptions(
                ExportFormat.PROGRAMME_PDF,
                programme_id=source.programme_id,
                selection=selection or Selection(),
            )
            result = None

            def build() -> None:
                nonlocal result
                result = export(ws, options, out)

            seconds = timed(build)
        return seconds, result.pages

    # Warm-up (fonts, imports) on one workshop and a slice of the texts: the full build is long.
    atelier_export(Selection(workshop_ids=[source.workshop_id]))
    bare_reportlab(texts.head(50), bare)
    atelier, baseline = [], []
    pages = bare_pages = 0

    def bare_build() -> None:
        nonlocal bare_pages
        bare_pages = bare_reportlab(texts, bare)

    for _ in range(config.synthesis_runs):
        seconds, pages = atelier_export()
        atelier.append(seconds)
        baseline.append(timed(bare_build))
    report.say(
        f"{workshops} workshops × {entries} entries (and the demo's 3): "
        f"{texts.rows:,} table rows in {len(texts.tables)} tables, "
        f"{len(texts.others):,} other texts, "
        f"{texts.characters:,} characters"
    )
    report.say(
        f"Atelier median {ms(median(atelier))} ({pages:,} pages), bare reportlab median "
        f"{ms(median(baseline))} ({bare_pages:,} pages), {len(atelier)} runs each"
    )
    report.say(
        "run by run (Atelier / bare, ratio): "
        + "; ".join(
            f"{ms(a)} / {ms(b)}, {a / b:.2f}×" for a, b in zip(atelier, baseline, strict=True)
        )
    )
    ratio = median(atelier) / median(baseline)
    report.add(
        Row(
            path=f"programme synthesis ({workshops} workshops × {entries} entries)",
            measured=f"{ms(median(atelier))}, {pages:,} pages",
            baseline=f"{ms(median(baseline))}, {bare_pages:,} pages",
            ratio=f"{ratio:.2f}×",
            target="none set",
            met=None,
        )
    )
    return report
