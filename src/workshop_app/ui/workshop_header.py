"""The block above the entries: what, when, where, who facilitates, who came."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QSizePolicy

from workshop_app.domain.enums import ParticipantRole
from workshop_app.domain.models import Programme, Workshop
from workshop_app.ui import labels


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
        lines = [f"<h2>{escape(programme.title, quote=False)}</h2>"]
        if programme.description:
            lines.append(escape(programme.description, quote=False))
        lines.append(escape(self.tr("%n workshop(s)", "", workshop_count)))
        self.setText("<br>".join(lines))

    def show_workshop(
        self,
        programme: Programme,
        workshop: Workshop,
        attendance: dict[ParticipantRole, int],
        entry_count: int,
    ) -> None:
        when = workshop.starts_at.replace("T", " ")
        if workshop.ends_at:
            when += " – " + workshop.ends_at.split("T")[-1]
        where = workshop.place
        if workshop.territory and workshop.territory not in workshop.place:
            where = f"{where}, {workshop.territory}" if where else workshop.territory
        facts = [
            (self.tr("Programme"), programme.title),
            (self.tr("Kind"), labels.workshop_kind(workshop.kind)),
            (self.tr("When"), when),
            (self.tr("Where"), where),
            (self.tr("Facilitators"), workshop.facilitators),
            (self.tr("Status"), labels.workshop_status(workshop.status)),
        ]
        present = sum(attendance.values())
        if present:
            by_role = ", ".join(
                f"{labels.participant_role(role)} {count}" for role, count in attendance.items()
            )
            facts.append((self.tr("Participants"), f"{present} ({by_role})"))
        facts.append((self.tr("Entries"), str(entry_count)))
        rows = "".join(
            f"<tr><td style='padding-right:12px;color:palette(mid)'>{escape(name, quote=False)}</td>"
            f"<td>{escape(value, quote=False)}</td></tr>"
            for name, value in facts
            if value
        )
        self.setText(f"<h2>{escape(workshop.title, quote=False)}</h2><table>{rows}</table>")
