"""Values Atelier already knows, offered as measurements of the chosen indicator: in
people's words ("Present (Resident / user): 5", never "resident = 5"), the workshops of
the indicator's action first, then the programme's other workshops under their own
heading, since a workshop may touch an action nobody linked it to.

Only what fits the indicator is offered (counts for a count, 1–5 means for a scale);
what is already among its measurements (same workshop, date and value) is shown greyed,
so that it is not taken twice and does not seem to have vanished."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMenu, QWidget

from workshop_app.domain.enums import ImprovementStatus, IndicatorKind, ParticipantRole
from workshop_app.domain.models import Indicator
from workshop_app.store.indicators import Proposal, WorkshopProposals
from workshop_app.ui import labels
from workshop_app.ui.date_edits import shown_date
from workshop_app.ui.i18n import fill
from workshop_app.ui.monitoring.wording import format_number, kind_labels, short


def _menu_text(text: str) -> str:
    """A text for a menu item: "&" shown as typed, not taken as a shortcut key."""
    return text.replace("&", "&&")


class ProposalWords(QObject):
    """The wording of proposals, and the menu that offers them (a QObject for ``tr``,
    whose plurals Qt's translation tools read)."""

    def what(self, proposal: Proposal) -> str:
        """What the value counts, in words: "Present (Resident / user)", "Mean rating of
        “Satisfied?” (5 answers)", "Improvements with status “Planned”"."""
        if proposal.source == "attendance":
            if not proposal.detail:
                return self.tr("Present, all roles")
            try:
                role = labels.participant_role(ParticipantRole(proposal.detail))
            except ValueError:
                role = proposal.detail
            return fill(self.tr("Present (%1)"), role)
        if proposal.source == "satisfaction":
            said = self.tr("Mean rating of “%1” (%n answer(s))", "", proposal.answers)
            return fill(said, short(proposal.detail, 60))
        try:
            status = labels.improvement_status(ImprovementStatus(proposal.detail))
        except ValueError:
            status = proposal.detail
        return fill(self.tr("Improvements with status “%1”"), status)

    def describe(self, proposal: Proposal) -> str:
        """The proposal as a menu reads it: what, then the value ("Present (…): 5")."""
        return fill(self.tr("%1: %2"), self.what(proposal), format_number(proposal.value))

    def note(self, proposal: Proposal, workshop_title: str) -> str:
        """The note a measurement taken from a proposal keeps: where it comes from."""
        return fill(self.tr("From the workshop “%1”: %2"), workshop_title, self.what(proposal))

    @staticmethod
    def _heading(menu: QMenu, text: str) -> None:
        action = menu.addAction(_menu_text(text))
        action.setEnabled(False)
        font = QFont(action.font())
        font.setBold(True)
        action.setFont(font)

    def _nothing(self, indicator: Indicator) -> str:
        if indicator.kind in (IndicatorKind.COUNT, IndicatorKind.SCALE):
            return self.tr(
                "Nothing to propose: no dated workshop of the programme has a value of this "
                "kind yet."
            )
        return fill(
            self.tr(
                "Atelier proposes counts (attendance, improvements) and 1–5 means (feedback "
                "ratings); this indicator is of kind “%1”."
            ),
            kind_labels()[indicator.kind],
        )

    def menu(
        self,
        parent: QWidget,
        indicator: Indicator,
        groups: list[WorkshopProposals],
        take: Callable[[Proposal, str], None],
    ) -> QMenu:
        """A menu of ``groups`` (see :func:`~workshop_app.store.indicators.proposals_for`):
        one submenu per workshop, by date, those of the action first; choosing an item
        calls ``take(proposal, workshop title)``."""
        menu = QMenu(parent)
        menu.setObjectName("proposalMenu")
        if not any(g.proposals or g.taken or g.too_few for g in groups):
            menu.addAction(_menu_text(self._nothing(indicator))).setEnabled(False)
            return menu
        parts = (
            (self.tr("Workshops of this action"), [g for g in groups if g.linked]),
            (
                self.tr("Other workshops of the programme (not linked to this action)"),
                [g for g in groups if not g.linked],
            ),
        )
        for title, part in parts:
            if not part:
                continue
            if not menu.isEmpty():
                menu.addSeparator()
            self._heading(menu, title)
            for group in part:
                self._workshop(menu, group, take)
        return menu

    def _workshop(self, menu: QMenu, group: WorkshopProposals, take) -> None:
        workshop = group.workshop
        name = f"{shown_date(workshop.starts_at[:10])} — {short(workshop.title, 60)}"
        sub = menu.addMenu(_menu_text(name))
        for proposal in group.proposals:
            sub.addAction(_menu_text(self.describe(proposal))).triggered.connect(
                lambda _=False, p=proposal, t=workshop.title: take(p, t)
            )
        for proposal in group.taken:
            text = fill(self.tr("%1 (already among the measurements)"), self.describe(proposal))
            sub.addAction(_menu_text(text)).setEnabled(False)
        for question, answers in group.too_few:
            text = self.tr("“%1”: %n answer(s), too few for a mean (five needed)", "", answers)
            sub.addAction(_menu_text(fill(text, short(question, 40)))).setEnabled(False)
