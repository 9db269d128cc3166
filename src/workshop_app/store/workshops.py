"""Workshops, the actions each one concerns, and their timed agenda."""

from __future__ import annotations

from workshop_app.domain.enums import WorkshopKind, WorkshopStatus
from workshop_app.domain.ids import new_id, utc_now
from workshop_app.domain.models import AgendaStep, Workshop
from workshop_app.domain.validation import check_text
from workshop_app.store._repo import Repository, tolerant, write_transaction


def _validate_workshop(workshop: Workshop) -> None:
    check_text(workshop.title, "workshop title")


def _validate_step(step: AgendaStep) -> None:
    check_text(step.title, "agenda step title")


class WorkshopRepository(Repository[Workshop]):
    table = "workshop"
    record_type = Workshop
    converters = {
        "kind": tolerant(WorkshopKind, WorkshopKind.OTHER),
        "status": tolerant(WorkshopStatus, WorkshopStatus.PLANNED),
    }
    order_by = "starts_at, title COLLATE NOCASE"
    validate = staticmethod(_validate_workshop)

    def for_programme(self, programme_id: str) -> list[Workshop]:
        return self.select("programme_id = ?", [programme_id])

    def action_ids(self, workshop_id: str) -> list[str]:
        """Ids of the actions the workshop concerns, in action-number order."""
        rows = self.db.rows(
            """SELECT wa.action_id FROM workshop_action wa JOIN action a ON a.id = wa.action_id
               WHERE wa.workshop_id = ? AND wa.deleted_at IS NULL ORDER BY a.number""",
            [workshop_id],
        )
        return [row[0] for row in rows]

    def set_action_ids(self, workshop_id: str, action_ids: list[str]) -> None:
        """Make the workshop concern exactly ``action_ids`` (one transaction)."""
        now = utc_now()
        with write_transaction(self.db, "the actions of the workshop"):
            self.db.execute(
                """UPDATE workshop_action SET deleted_at = ?, updated_at = ?
                   WHERE workshop_id = ? AND deleted_at IS NULL""",
                [now, now, workshop_id],
            )
            for action_id in action_ids:
                self.db.execute(
                    """INSERT INTO workshop_action
                       (id, workshop_id, action_id, created_at, updated_at, deleted_at)
                       VALUES (?, ?, ?, ?, ?, NULL)
                       ON CONFLICT (workshop_id, action_id)
                       DO UPDATE SET deleted_at = NULL, updated_at = excluded.updated_at""",
                    [new_id(), workshop_id, action_id, now, now],
                )


class AgendaRepository(Repository[AgendaStep]):
    table = "agenda_step"
    record_type = AgendaStep
    order_by = "position, created_at"
    validate = staticmethod(_validate_step)

    def for_workshop(self, workshop_id: str) -> list[AgendaStep]:
        return self.select("workshop_id = ?", [workshop_id])
