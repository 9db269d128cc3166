"""Follow-ups decided in a session, and those still open from earlier sessions."""

from __future__ import annotations

from workshop_app.domain.enums import ActionItemStatus
from workshop_app.domain.models import ActionItem
from workshop_app.domain.validation import check_text
from workshop_app.store import status_history
from workshop_app.store._repo import Repository, tolerant

OPEN_STATUSES = (ActionItemStatus.OPEN.value, ActionItemStatus.IN_PROGRESS.value)


class ActionItemRepository(Repository[ActionItem]):
    table = "action_item"
    record_type = ActionItem
    converters = {"status": tolerant(ActionItemStatus, ActionItemStatus.OPEN)}
    order_by = "due_date, created_at"
    validate = staticmethod(lambda item: check_text(item.what, "action item"))

    def _before_update(self, record: ActionItem) -> None:
        exists, old_status = status_history.stored_status(self.db, self.table, record.id)
        if exists and old_status != record.status.value:
            status_history.record_change(
                self.db, self.table, record.id, old_status, record.status.value
            )

    def for_workshop(self, workshop_id: str) -> list[ActionItem]:
        return self.select("workshop_id = ?", [workshop_id])

    def open_before(self, workshop_id: str) -> list[ActionItem]:
        """Open items of the earlier workshops of the same programme (carried over)."""
        return self.select(
            """status IN (?, ?) AND workshop_id IN (
                 SELECT w.id FROM workshop w JOIN workshop this ON this.id = ?
                 WHERE w.programme_id = this.programme_id AND w.id != this.id
                   AND w.deleted_at IS NULL AND w.starts_at != ''
                   AND w.starts_at < this.starts_at)""",
            [*OPEN_STATUSES, workshop_id],
        )
