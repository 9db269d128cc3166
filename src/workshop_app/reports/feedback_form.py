"""A paper feedback form (PDF, A4) matching a workshop's questions.

Each question has five boxes, each with a drawn face, its number and its word (never
colour alone), then a comment area. The answers are typed back later in the window's
paper-entry grid, in the same order.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from workshop_app.reports import fonts
from workshop_app.reports.output import atomic_destination

WORDS = {
    "fr": {
        "title": "Votre avis sur l’atelier",
        "intro": (
            "Pour chaque phrase, cochez une seule case. Ce questionnaire est anonyme : "
            "n’écrivez pas votre nom."
        ),
        "comment": "Un commentaire, une idée ? (facultatif)",
        "thanks": "Merci de votre participation !",
        "page": "page {page}",
        "ratings": {
            1: "Pas du tout",
            2: "Un peu",
            3: "Moyennement",
            4: "Beaucoup",
            5: "Tout à fait",
        },
    },
    "en": {
        "title": "Your opinion of the workshop",
        "intro": "For each sentence, tick one box only. This form is anonymous: do not write your name.",
        "comment": "A comment, an idea? (optional)",
        "thanks": "Thank you for taking part!",
        "page": "page {page}",
        "ratings": {1: "Not at all", 2: "A little", 3: "Somewhat", 4: "A lot", 5: "Completely"},
    },
}


def form_words(language: str) -> dict:
    return WORDS.get(language, WORDS["en"])


def write_feedback_form(
    destination: str | os.PathLike[str],
    questions: Sequence[str],
    *,
    language: str = "fr",
    workshop_line: str = "",
) -> Path:
    """Write the form to ``destination`` (atomically: a failure leaves any old file as it was)."""
    fonts.register_fonts()
    w = form_words(language)
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=11, leading=14)
    title = ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=18, leading=22)
    question_style = ParagraphStyle("q", parent=body, fontName=fonts.BOLD, fontSize=12, leading=15)
    story = [Paragraph(escape(w["title"]), title)]
    if workshop_line:
        story.append(Paragraph(escape(workshop_line), body))
    story += [Spacer(1, 3 * mm), Paragraph(escape(w["intro"]), body), Spacer(1, 5 * mm)]
    for number, text in enumerate(questions, start=1):
        story.append(
            KeepTogether(
                [
                    Paragraph(f"{number}. {escape(text)}", question_style),
                    Spacer(1, 2 * mm),
                    ScaleRow(w["ratings"], fonts.REGULAR),
                    Spacer(1, 4 * mm),
                ]
            )
        )
    story.append(
        KeepTogether(
            [
                Paragraph(escape(w["comment"]), question_style),
                Spacer(1, 2 * mm),
                CommentBox(36 * mm),
            ]
        )
    )
    story += [Spacer(1, 5 * mm), Paragraph(escape(w["thanks"]), body)]

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, w["page"].format(page=doc.page))
        canvas.restoreState()

    with atomic_destination(destination) as temporary:
        doc = SimpleDocTemplate(
            str(temporary),
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=16 * mm,
            bottomMargin=18 * mm,
            title=w["title"],
        )
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return Path(destination)


class ScaleRow(Flowable):
    """Five boxes side by side: a tick square, a face (frown to smile), the number and word."""

    def __init__(self, ratings: dict[int, str], font: str):
        super().__init__()
        self.height = 22 * mm
        self.ratings, self.font = ratings, font

    def wrap(self, available_width, _available_height):
        self.width = available_width
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        gap = 6
        cell = (self.width - 4 * gap) / 5
        for index, (rating, word) in enumerate(sorted(self.ratings.items())):
            x = index * (cell + gap)
            c.setLineWidth(0.8)
            c.setStrokeGray(0.45)
            c.roundRect(x, 0, cell, self.height, 4)
            c.setStrokeGray(0)
            c.setLineWidth(1.2)
            c.rect(x + 6, self.height - 18, 12, 12)  # the box to tick
            radius = 12
            cx, cy = x + cell / 2, self.height - 26
            c.circle(cx, cy, radius)
            c.circle(cx - 4.5, cy + 3.5, 1.3, fill=1)
            c.circle(cx + 4.5, cy + 3.5, 1.3, fill=1)
            curve = (rating - 3) * 2.2
            path = c.beginPath()
            path.moveTo(cx - 7, cy - 5 + curve / 2)
            path.curveTo(cx - 3, cy - 5 - curve, cx + 3, cy - 5 - curve, cx + 7, cy - 5 + curve / 2)
            c.drawPath(path, stroke=1, fill=0)
            c.setFont(self.font, 10)
            c.drawCentredString(cx, 13, str(rating))
            c.drawCentredString(cx, 3.5, word)


class CommentBox(Flowable):
    """A ruled rectangle to write in."""

    def __init__(self, height: float):
        super().__init__()
        self.height = height

    def wrap(self, available_width, _available_height):
        self.width = available_width
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeGray(0.45)
        c.roundRect(0, 0, self.width, self.height, 4)
        c.setStrokeGray(0.8)
        for y in range(int(self.height) - 22, 6, -22):
            c.line(8, y, self.width - 8, y)
