"""Every word a report prints, in one place per language (``en.py``, ``fr.py``).

>>> w = wording_for("fr")
>>> w("page_x_of_y", page=2, pages=5)
'page 2 sur 5'
>>> w.kind(EntryKind.ISSUE)
'Difficulté'
"""

from __future__ import annotations

from datetime import date, datetime

from workshop_app.domain.enums import (
    ActionItemStatus,
    EntryKind,
    ImprovementStatus,
    ParticipantRole,
    WorkshopKind,
)
from workshop_app.reports.wording import en, fr

LANGUAGES = {"en": en, "fr": fr}


class Wording:
    def __init__(self, language: str) -> None:
        module = LANGUAGES.get(language, en)
        self.language = module.LANGUAGE
        self._text: dict[str, str] = module.TEXT
        self._labels: dict[str, str] = module.LABELS
        self._months: tuple[str, ...] = module.MONTHS

    def __call__(self, key: str, **values: object) -> str:
        text = self._text[key]
        return text.format(**values) if values else text

    def label(self, value: str) -> str:
        return self._labels.get(value, value)

    def kind(self, kind: EntryKind) -> str:
        return self._labels[f"kind.{kind.value}"]

    def kinds(self, kind: EntryKind) -> str:
        return self._labels[f"kinds.{kind.value}"]

    def status(self, status: ImprovementStatus | None) -> str:
        return self._labels[f"status.{status.value}"] if status else ""

    def item_status(self, status: ActionItemStatus) -> str:
        return self._labels[f"item.{status.value}"]

    def role(self, role: ParticipantRole) -> str:
        return self._labels[f"role.{role.value}"]

    def person(self, role: ParticipantRole) -> str:
        """One person of ``role``, said without their name ("Social worker")."""
        return self._labels[f"person.{role.value}"]

    def workshop_kind(self, kind: WorkshopKind) -> str:
        return self._labels[f"workshop.{kind.value}"]

    def theme(self, name: str) -> str:
        """Default themes are stored in English and printed in the report's language."""
        return self._labels.get(f"theme.{name}", name) if name else self("no_theme")

    def action(self, number: int | None, title: str) -> str:
        if number is None:
            return self("no_action")
        if not title.strip():  # "Action 3", not "Action 3 :"
            return self("action_heading", number=number, title="").rstrip(" :\u00a0\u202f")
        return self("action_heading", number=number, title=title)

    def date(self, value: str | date | datetime) -> str:
        """``2026-03-14`` → ``14 mars 2026`` / ``14 March 2026``; other text unchanged."""
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value[:10])
            except ValueError:
                return value
        return self(
            "date_format", day=value.day, month=self._months[value.month - 1], year=value.year
        )

    def date_time(self, value: datetime) -> str:
        return self("date_time_format", date=self.date(value), time=value.strftime("%H:%M"))

    def number(self, value: float, decimals: int = 1) -> str:
        text = f"{value:.{decimals}f}"
        return text.replace(".", ",") if self.language == "fr" else text


def wording_for(language: str) -> Wording:
    return Wording(language)
