"""Programmes, their numbered actions and their theme list."""

from __future__ import annotations

from workshop_app.domain.enums import DEFAULT_THEMES
from workshop_app.domain.models import Action, Programme, Theme
from workshop_app.domain.validation import ValidationError, check_text
from workshop_app.store._repo import Repository, to_row, write_transaction


def _validate_programme(programme: Programme) -> None:
    check_text(programme.title, "programme title")


def _validate_action(action: Action) -> None:
    check_text(action.title, "action title")
    if action.number < 0:
        raise ValidationError("An action number cannot be negative.")


def _validate_theme(theme: Theme) -> None:
    check_text(theme.name, "theme name")


class ProgrammeRepository(Repository[Programme]):
    table = "programme"
    record_type = Programme
    order_by = "title COLLATE NOCASE, created_at"
    validate = staticmethod(_validate_programme)

    def create_with_defaults(self, programme: Programme, themes=DEFAULT_THEMES) -> Programme:
        """Insert a programme and its default theme list in one transaction."""
        self._check(programme)
        with write_transaction(self.db, "the new programme"):
            self.db.insert("programme", to_row(programme))
            for position, name in enumerate(themes):
                theme = Theme(programme_id=programme.id, name=name, position=position)
                self.db.insert("theme", to_row(theme))
        return programme


class ActionRepository(Repository[Action]):
    table = "action"
    record_type = Action
    order_by = "number, title"
    validate = staticmethod(_validate_action)

    def for_programme(self, programme_id: str) -> list[Action]:
        return self.select("programme_id = ?", [programme_id])


class ThemeRepository(Repository[Theme]):
    table = "theme"
    record_type = Theme
    order_by = "position, name"
    validate = staticmethod(_validate_theme)

    def for_programme(self, programme_id: str) -> list[Theme]:
        return self.select("programme_id = ?", [programme_id])
