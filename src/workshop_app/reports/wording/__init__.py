"""Every word a report prints, in one place per language (``en.py``, ``fr.py``).

>>> w = wording_for("fr")
>>> w("page_x_of_y", page=2, pages=5)
'page 2 sur 5'
>>> w.kind(EntryKind.ISSUE)
'Difficulté'
>>> w.count("feedback_answers", 1), w.count("feedback_answers", 6)
('1 réponse', '6 réponses')
>>> w.date("2026-03-14"), w.number(2.5)
('14 mars 2026', '2,5')

**Counts.** A sentence that holds a count has one form per plural category of its
language (CLDR: ``one``, ``many``, ``other``…), chosen by Babel's plural rules for the
count: in French 0 and 1 are ``one`` ("0 réponse", "1 réponse"), a million is ``many``
("1 000 000 de réponses"); in English only 1 is ``one``. The count is written as a number
of the language ("1 234" with a narrow no-break space in French, "1,234" in English).
**Dates** and **decimal numbers** are Babel's too (month names, decimal comma).

Babel is imported the first time a count, a date or a number is formatted, that is while
a report is written: never at the window's start-up.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any

from workshop_app.domain.enums import (
    ActionItemStatus,
    EntryKind,
    ImprovementStatus,
    ParticipantRole,
    WorkshopKind,
)
from workshop_app.reports.wording import en, fr

LANGUAGES = {"en": en, "fr": fr}


Forms = dict[str, str]
"""A counted sentence: its text for each CLDR plural category of the language."""


@cache
def _locale(language: str) -> Any:
    """Babel's :class:`~babel.Locale` of ``language`` (its data is read once)."""
    from babel import Locale

    return Locale.parse(language)


class Wording:
    def __init__(self, language: str) -> None:
        module = LANGUAGES.get(language, en)
        self.language = module.LANGUAGE
        self._text: dict[str, str | Forms] = module.TEXT
        self._labels: dict[str, str] = module.LABELS

    def __call__(self, key: str, **values: object) -> str:
        """The text of ``key`` with ``values`` put in; a counted sentence takes the form
        its ``count`` asks for (as :meth:`count`)."""
        text = self._text[key]
        if isinstance(text, dict):
            if "count" not in values:
                raise TypeError(f"{key!r} is said of a number of things: give its count.")
            count = values.pop("count")
            return self.count(key, count, **values)  # type: ignore[arg-type]
        return text.format(**values) if values else text

    def count(self, key: str, n: float, **values: object) -> str:
        """The sentence ``key`` said of ``n`` things: its form for the plural category the
        language's rules give ``n``, with ``{count}`` written as a number of the language."""
        text = self._text[key]
        if isinstance(text, dict):
            text = text.get(self.plural_category(n)) or text["other"]
        return text.format(count=self.integer(n), **values)

    def plural_category(self, n: float) -> str:
        """``one``, ``many``, ``other``…: the CLDR plural category of ``n`` in this language."""
        return _locale(self.language).plural_form(n)

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

    def person_in_text(self, role: ParticipantRole) -> str:
        """A person of ``role`` standing for their name inside a sentence, marked as a
        replacement ("[a social worker]", « [un·e travailleur·se social·e] »)."""
        return self._labels[f"in_text.{role.value}"]

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
        if isinstance(value, datetime):
            value = value.date()  # the day written, whatever its time zone
        from babel.dates import format_date

        pattern = self._text["date_pattern"]
        if value.day == 1:  # French writes the first of the month "1er"
            pattern = self._text.get("date_pattern_first_day", pattern)
        return format_date(value, str(pattern), locale=_locale(self.language))

    def date_time(self, value: datetime) -> str:
        return self("date_time_format", date=self.date(value), time=value.strftime("%H:%M"))

    def number(self, value: float, decimals: int = 1) -> str:
        """``value`` with ``decimals`` decimals, in the language's way (``2,5`` in French).

        Rounded as Python rounds the float (``round``), then written by Babel."""
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
        return format_decimal(round(value, decimals), pattern, locale=_locale(self.language))

    def integer(self, value: float) -> str:
        """A count in the language's way (``1 234`` in French, ``1,234`` in English)."""
        from babel.numbers import format_decimal

        return format_decimal(value, "#,##0.###", locale=_locale(self.language))


def wording_for(language: str) -> Wording:
    return Wording(language)
