"""Table models for the programme's challenges, an action's indicators and an indicator's
measurements (see :mod:`~workshop_app.ui.monitoring.record_model` for how they edit).

An indicator's kind says what its values are. Changing it never rewrites a value: those
that no longer fit (240 on a 1–5 scale) are flagged in the measurement table, and the
status line says how many; Undo changes the kind back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from workshop_app.domain.indicators import (
    leading_number,
    measurement_misfit,
    reference_misfit,
)
from workshop_app.domain.models import Challenge, Indicator, Record
from workshop_app.ui.i18n import fill
from workshop_app.ui.monitoring.measurement_model import MeasurementModel
from workshop_app.ui.monitoring.record_model import (
    Column,
    RecordTableModel,
    Refused,
    as_typed,
    required,
)
from workshop_app.ui.monitoring.wording import (
    direction_labels,
    flagged,
    kind_labels,
    misfit_text,
    short,
    undo_keys,
)


def _choice(field: str, labels: dict) -> Callable[[Record, str], dict]:
    """Read a label as shown ("Rate (%)") or a stored value ("rate") into its enum."""

    def parse(_record: Record, text: str) -> dict:
        for member, label in labels.items():
            if text.strip().casefold() in (label.casefold(), member.value):
                return {field: member}
        raise Refused(
            fill(
                QCoreApplication.translate("Monitoring", "“%1” is not one of the choices: %2."),
                short(text, 60),
                " · ".join(labels.values()),
            )
        )

    return parse


class ChallengeModel(RecordTableModel):
    """The programme's challenges, in their order."""

    table = "challenge"
    first_column = 1

    def __init__(self, session, stack: QUndoStack, programme_id: str, parent=None):
        self.programme_id = programme_id
        super().__init__(session, stack, parent)

    def make_columns(self) -> list[Column]:
        def text(field: str, title: str, parse=None) -> Column:
            return Column(field, title, lambda r: getattr(r, field), parse or as_typed(field))

        return [
            text("theme", QCoreApplication.translate("Monitoring", "Theme")),
            text(
                "challenge",
                QCoreApplication.translate("Monitoring", "Challenge"),
                required(
                    "challenge",
                    QCoreApplication.translate("Monitoring", "A challenge cannot be empty."),
                ),
            ),
            text("baseline", QCoreApplication.translate("Monitoring", "Baseline")),
            text("goal", QCoreApplication.translate("Monitoring", "What we would like to achieve")),
        ]

    def load(self) -> list[Record]:
        return list(self.session.workspace.challenges.for_programme(self.programme_id))

    def new_record(self) -> Challenge:
        challenges = self.session.workspace.challenges
        return Challenge(
            programme_id=self.programme_id,
            challenge=QCoreApplication.translate("Monitoring", "New challenge"),
            position=challenges.next_position(self.programme_id),
        )

    def add_text(self) -> str:
        return QCoreApplication.translate("Monitoring", "Add a challenge")

    def edit_text(self, record: Challenge) -> str:
        return fill(
            QCoreApplication.translate("Monitoring", "Edit the challenge “%1”"),
            short(record.challenge),
        )

    def remove_text(self, record: Challenge) -> str:
        return fill(
            QCoreApplication.translate("Monitoring", "Remove the challenge “%1”"),
            short(record.challenge),
        )


class IndicatorModel(RecordTableModel):
    """The indicators of one action."""

    table = "indicator"

    def __init__(self, session, stack: QUndoStack, action_id: str | None = None, parent=None):
        self.action_id = action_id
        super().__init__(session, stack, parent)

    def set_action(self, action_id: str | None) -> None:
        self.action_id = action_id
        self.reload()

    def make_columns(self) -> list[Column]:
        kinds, directions = kind_labels(), direction_labels()

        def text(field: str, title: str, parse=None, misfit=None) -> Column:
            return Column(
                field,
                title,
                lambda r: getattr(r, field),
                parse or as_typed(field),
                misfit=misfit or (lambda _r: None),
            )

        def reference(field: str, title: str) -> Column:
            typed = as_typed(field)

            def why(record: Indicator, text: str) -> str | None:
                misfit = reference_misfit(record.kind, text)
                return (
                    None
                    if misfit is None
                    else misfit_text(misfit, leading_number(text) or 0.0, text)
                )

            def parse(record: Indicator, text: str) -> dict:
                problem = why(record, text)
                if problem is not None:
                    raise Refused(problem)
                return typed(record, text)

            def misfit(record: Indicator) -> str | None:
                problem = why(record, getattr(record, field))
                return None if problem is None else flagged(problem)

            return text(field, title, parse, misfit)

        return [
            text(
                "name",
                QCoreApplication.translate("Monitoring", "Indicator"),
                required(
                    "name", QCoreApplication.translate("Monitoring", "An indicator needs a name.")
                ),
            ),
            Column(
                "kind",
                QCoreApplication.translate("Monitoring", "Kind"),
                lambda r: kinds[r.kind],
                _choice("kind", kinds),
                edit=lambda r: r.kind.value,
                editor="choice",
                choices=lambda: [(label, kind.value) for kind, label in kinds.items()],
                command=lambda r: fill(
                    QCoreApplication.translate("Monitoring", "Change the kind of “%1”"),
                    short(r.name),
                ),
            ),
            text("unit", QCoreApplication.translate("Monitoring", "Unit")),
            reference("baseline", QCoreApplication.translate("Monitoring", "Baseline")),
            reference("target", QCoreApplication.translate("Monitoring", "Target")),
            Column(
                "direction",
                QCoreApplication.translate("Monitoring", "Direction"),
                lambda r: directions[r.direction],
                _choice("direction", directions),
                edit=lambda r: r.direction.value,
                editor="choice",
                choices=lambda: [(label, d.value) for d, label in directions.items()],
            ),
            text("source", QCoreApplication.translate("Monitoring", "Source")),
        ]

    def load(self) -> list[Record]:
        if self.action_id is None:
            return []
        return list(self.session.workspace.indicators.for_action(self.action_id))

    def new_record(self) -> Indicator | None:
        if self.action_id is None:
            return None
        return Indicator(
            action_id=self.action_id, name=QCoreApplication.translate("Monitoring", "New indicator")
        )

    def add_text(self) -> str:
        return QCoreApplication.translate("Monitoring", "Add an indicator")

    def edit_text(self, record: Indicator) -> str:
        return fill(
            QCoreApplication.translate("Monitoring", "Edit the indicator “%1”"), short(record.name)
        )

    def remove_text(self, record: Indicator) -> str:
        return fill(
            QCoreApplication.translate("Monitoring", "Remove the indicator “%1”"),
            short(record.name),
        )

    def after_edit(self, before: Record, after: Record, column: Column) -> None:
        if column.field != "kind":
            return
        measurements = self.session.workspace.measurements.for_indicator(after.id)
        unfit = sum(1 for m in measurements if measurement_misfit(m, after.kind) is not None)
        said = []
        if unfit:
            said.append(
                self.tr(
                    "%n measurement(s) no longer fit this kind: marked ⚠ in the table, kept "
                    "as they were.",
                    "",
                    unfit,
                )
            )
        if any(reference_misfit(after.kind, t) for t in (after.baseline, after.target)):
            said.append(
                QCoreApplication.translate(
                    "Monitoring", "Its baseline or target no longer fits either: marked ⚠."
                )
            )
        if said:
            said.append(
                fill(
                    QCoreApplication.translate("Monitoring", "%1 changes the kind back."),
                    undo_keys(),
                )
            )
            self.notice.emit(" ".join(said))


__all__ = ["ChallengeModel", "IndicatorModel", "MeasurementModel", "RecordTableModel"]
