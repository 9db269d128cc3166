"""The names found in free texts, one row each, with what is to become of each one.

The rows are :class:`~workshop_app.store.name_finder.NameFinding`\\ s; the model holds the
person's choice for each (:class:`NameChoice`) and says what the name will read as.
Columns: the name found (and who it may be, below it), where (the kind of text, and its
workshop when there are several), the text around it (under :data:`SNIPPET_ROLE`, with
the name's place in it, for the view to highlight), and the choice (and what the name
becomes, below it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from workshop_app.domain import mentions
from workshop_app.store.name_finder import NameFinding
from workshop_app.store.name_scrub import SCRUBBED

DISPLAY = Qt.ItemDataRole.DisplayRole
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1
"""``(snippet, start, end)``: the text around the name, and the name's place in it."""
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2


class NameChoice(StrEnum):
    EXPORT = "export"
    """Replace the name with the role in this export only (the default)."""
    WORKSPACE = "workspace"
    """Replace the name with the role in the workspace itself (an undo step)."""
    KEEP = "keep"
    """Leave it: it is no name ("Rose", the colour)."""


def place_label(table: str, column: str) -> str:
    """The kind of text a name was found in ("Entry", "Action item: who")."""
    labels = {
        ("entry", "text"): QCoreApplication.translate("NameReview", "Entry"),
        ("action_item", "what"): QCoreApplication.translate("NameReview", "Action item"),
        ("action_item", "who"): QCoreApplication.translate("NameReview", "Action item: who"),
        ("feedback_response", "comment"): QCoreApplication.translate(
            "NameReview", "Feedback comment"
        ),
        ("workshop", "title"): QCoreApplication.translate("NameReview", "Workshop title"),
        ("workshop", "facilitators"): QCoreApplication.translate("NameReview", "Facilitators"),
        ("workshop", "agenda"): QCoreApplication.translate("NameReview", "Objective and notes"),
        ("agenda_step", "title"): QCoreApplication.translate("NameReview", "Agenda step"),
        ("agenda_step", "method_note"): QCoreApplication.translate(
            "NameReview", "Agenda step: method"
        ),
        ("measurement", "note"): QCoreApplication.translate("NameReview", "Measurement note"),
    }
    return labels.get((table, column), f"{table}.{column}")


class NameFindingsModel(QAbstractTableModel):
    """Findings and a choice per finding.

    ``word(finding)`` says what the name becomes when replaced; ``allowed`` the choices
    offered; ``default(finding)`` the choice a row starts with; ``workshop_titles`` (id →
    title) names the workshop of each row when there are several. ``erasure``: the rows
    are those of a person being erased, whose full name goes whatever is chosen.
    """

    NAME, WHERE, CONTEXT, CHOICE = range(4)

    def __init__(
        self,
        findings: Sequence[NameFinding],
        word: Callable[[NameFinding], str],
        allowed: Sequence[NameChoice] = tuple(NameChoice),
        default: Callable[[NameFinding], NameChoice] = lambda _f: NameChoice.EXPORT,
        workshop_titles: dict[str, str] | None = None,
        *,
        erasure: bool = False,
        mention_names: dict[str, str] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.findings = list(findings)
        self._mention_names = mention_names or {}
        """Who the people mentioned in the texts are (their references read as names)."""
        self.word = word
        self.allowed = list(allowed)
        self.erasure = erasure
        self.choices = [default(f) for f in self.findings]
        titles = workshop_titles or {}
        several = len({f.workshop_id for f in self.findings}) > 1
        self._titles = titles if several else {}
        self._words = [word(f) for f in self.findings]

    # -- what was chosen --------------------------------------------------------------
    def chosen(self, choice: NameChoice) -> list[NameFinding]:
        return [f for f, c in zip(self.findings, self.choices, strict=True) if c is choice]

    def set_choice(self, rows: Iterable[int], choice: NameChoice) -> None:
        if choice not in self.allowed:
            return
        for row in rows:
            if 0 <= row < len(self.choices) and self.choices[row] is not choice:
                self.choices[row] = choice
                index = self.index(row, self.CHOICE)
                self.dataChanged.emit(index, index)

    def choice_label(self, choice: NameChoice, finding: NameFinding | None = None) -> str:
        if choice is NameChoice.EXPORT:
            return QCoreApplication.translate("NameReview", "Replace in this export")
        if choice is NameChoice.WORKSPACE:
            if self.erasure:
                return QCoreApplication.translate("NameReview", "Replace")
            return QCoreApplication.translate("NameReview", "Replace in the workspace")
        if self.erasure and finding is not None and finding.full_name:
            return QCoreApplication.translate("NameReview", "Take out")
        return QCoreApplication.translate("NameReview", "Keep")

    def options(self, row: int) -> list[NameChoice]:
        return list(self.allowed)

    def people(self, row: int) -> str:
        """Who the name found may be ("Nadia B. / Nadia Z.")."""
        return " / ".join(p.display_name for p in self.findings[row].people)

    def becomes(self, row: int) -> str:
        """What the name reads as, given the row's choice."""
        finding, choice = self.findings[row], self.choices[row]
        if choice is NameChoice.KEEP:
            return SCRUBBED if self.erasure and finding.full_name else finding.found
        return self._words[row]

    # -- the table --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == self.CHOICE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self.findings):
            return None
        row, column = index.row(), index.column()
        finding = self.findings[row]
        if role == FINDING_ROLE:
            return finding
        if role == SNIPPET_ROLE and column == self.CONTEXT:
            return self._readable(finding).context()
        if role == Qt.ItemDataRole.EditRole and column == self.CHOICE:
            return self.choices[row].value
        if role == DISPLAY:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, column).replace("\n", ", ")
        return None

    def _readable(self, finding: NameFinding) -> NameFinding:
        """``finding`` in its text as it reads: a person mentioned by their name, not by
        the reference the text holds (:mod:`workshop_app.domain.mentions`)."""
        if not mentions.has_marks(finding.text):
            return finding
        text, start, end = mentions.render_span(
            finding.text, finding.start, finding.end, self._mention_names.get
        )
        return dataclasses.replace(finding, text=text, start=start, end=end)

    def _display(self, row: int, column: int) -> str:
        finding = self.findings[row]
        if column == self.NAME:
            found = " ".join(finding.found.split())
            people = self.people(row)
            # below the name, who it may be: unless it is plainly that person's name
            return found if people == found else f"{found}\n{people}"
        if column == self.WHERE:
            where = place_label(finding.table, finding.column)
            if finding.removed:
                where = QCoreApplication.translate("NameReview", "%1 (removed)").replace(
                    "%1", where
                )
            title = self._titles.get(finding.workshop_id or "")
            return f"{where}\n{_elide(title)}" if title else where
        if column == self.CONTEXT:
            return self._readable(finding).context()[0]
        return f"{self.choice_label(self.choices[row], finding)}\n→ {self.becomes(row)}"

    def _tip(self, row: int, column: int) -> str | None:
        finding = self.findings[row]
        if column == self.NAME:
            if finding.ambiguous:
                return QCoreApplication.translate(
                    "NameReview", "Several people have this name: %1"
                ).replace("%1", ", ".join(p.display_name for p in finding.people))
            if not finding.full_name:
                return QCoreApplication.translate("NameReview", "The first name of %1").replace(
                    "%1", self.people(row)
                )
            return None
        if column == self.WHERE:
            return self._titles.get(finding.workshop_id or "") or None
        if column == self.CONTEXT:
            text = self._readable(finding).text
            return text if len(text) <= 600 else text[:599] + "…"
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.CHOICE or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            choice = NameChoice(value)
        except ValueError:
            return False
        if choice not in self.allowed:
            return False
        self.set_choice([index.row()], choice)
        return True

    def headerData(self, section, orientation, role=DISPLAY) -> Any:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return [
            QCoreApplication.translate("NameReview", "Name found"),
            QCoreApplication.translate("NameReview", "Where"),
            QCoreApplication.translate("NameReview", "In context"),
            QCoreApplication.translate("NameReview", "What to do"),
        ][section]


def _elide(text: str | None, length: int = 32) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[: length - 1] + "…"
