"""The block above the entries: what, when, where, who facilitates, who came."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QSizePolicy

from workshop_app.domain.enums import ParticipantRole
from workshop_app.domain.models import Programme, Workshop
from workshop_app.ui import labels
from workshop_app.ui.date_edits import shown_date


class WorkshopHeader(QLabel):
    """Rich text built from escaped values: a title typed as ``<b>`` shows as ``<b>``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("workshopHeader")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setMargin(6)
        self.show_nothing()

    def plain_text(self) -> str:
        """What the header says, without markup (for screen readers and tests)."""
        return QTextDocumentFragment.fromHtml(self.text()).toPlainText()

    def show_nothing(self, hint: str | None = None) -> None:
        self.setText(
            escape(
                hint or self.tr("Choose a workshop on the left to see what was said."), quote=False
            )
        )
        self.setAccessibleName(self.tr("Workshop details"))

    def show_programme(self, programme: Programme, workshop_count: int) -> None:
        lines = [f"<b style='font-size:large'>{escape(clip(programme.title), quote=False)}</b>"]
        if programme.description:
            lines.append(escape(clip(programme.description, 400), quote=False))
        lines.append(escape(self.tr("%n workshop(s)", "", workshop_count)))
        self.setText("<br>".join(lines))

    def show_workshop(
        self,
        programme: Programme,
        workshop: Workshop,
        attendance: dict[ParticipantRole, int],
        entry_count: int,
    ) -> None:
        """Three compact lines: title; kind, when, where; who facilitates and who came."""
        when = shown_date(workshop.starts_at, long=True)
        if workshop.ends_at:
            when += "–" + workshop.ends_at.split("T")[-1]
        where = workshop.place
        if workshop.territory and workshop.territory not in workshop.place:
            where = f"{where}, {workshop.territory}" if where else workshop.territory
        second = [
            labels.workshop_kind(workshop.kind),
            when,
            where,
            labels.workshop_status(workshop.status),
        ]
        present = sum(attendance.values())
        third = []
        if workshop.facilitators:
            third.append(self.tr("Facilitators: %1").replace("%1", clip(workshop.facilitators)))
        if present:
            by_role = ", ".join(
                f"{labels.participant_role(role)} {count}" for role, count in attendance.items()
            )
            third.append(self.tr("%n participant(s)", "", present) + f" ({by_role})")
        third.append(self.tr("%n entry(ies)", "", entry_count))
        muted = "color: palette(placeholder-text)"
        self.setText(
            f"<b style='font-size:large'>{escape(clip(workshop.title), quote=False)}</b>"
            f" <span style='{muted}'>— {escape(clip(programme.title), quote=False)}</span><br>"
            + escape(" · ".join(clip(part) for part in second if part), quote=False)
            + "<br>"
            + escape(" · ".join(third), quote=False)
        )


def clip(text: str, limit: int = 200) -> str:
    """Header fields are short: a pasted novel shows its first line only."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
