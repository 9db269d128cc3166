"""Date fields that read like the rest of the window and take a typed year whole.

Every date field shows the locale's short date with a four-digit year (02/12/2026 in
French), never an ISO ``yyyy-MM-dd`` of its own. A click in a part of the date (day,
month, year) selects that whole part, so typing "2027" replaces "2026": Qt otherwise puts
the cursor inside the part, where the digits typed do not fit and are dropped or land in
the next part (a year typed as 2027 could end up 2026, or as the time).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, QObject
from PySide6.QtWidgets import QDateTimeEdit


def shown_date(iso: str, long: bool = False) -> str:
    """A stored date ("2026-12-01" or "2026-12-01T14:00") as the locale writes it:
    01/12/2026, or "mardi 1 décembre 2026" with ``long``; the time, if any, after it.
    What cannot be read is shown as stored."""
    day, _, time = iso.partition("T")
    date = QDate.fromString(day, "yyyy-MM-dd")
    if not date.isValid():
        return iso
    shown = QLocale().toString(date, QLocale.FormatType.LongFormat if long else date_format())
    return f"{shown} {time[:5]}".strip()


def date_format() -> str:
    """The locale's short date, always with a four-digit year."""
    layout = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in layout:
        layout = layout.replace("yy", "yyyy")
    return layout


class _WholeSections(QObject):
    """A click selects a whole part; a separator typed right after the digits that filled a
    part (Qt then moved on by itself) is not taken as a second move: "01/09/2026" typed
    from the day is 1 September, not the day, then the year (a play-through lost a month
    so, with no warning)."""

    SEPARATORS = frozenset("/.-: ")

    def __init__(self, edit: QDateTimeEdit):
        super().__init__(edit)
        self.edit = edit
        self._digit_section: int | None = None
        """The part a digit was typed in, while the next key is awaited."""
        edit.lineEdit().installEventFilter(self)
        edit.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched is self.edit:
            typed = event.text()
            moved_on = (
                self._digit_section is not None
                and self.edit.currentSectionIndex() != self._digit_section
            )
            self._digit_section = (
                self.edit.currentSectionIndex() if typed.isdigit() and len(typed) == 1 else None
            )
            return bool(typed) and typed in self.SEPARATORS and moved_on
        if event.type() == QEvent.Type.MouseButtonRelease:
            edit = self.edit
            section = edit.sectionAt(edit.currentSectionIndex())
            if section != QDateTimeEdit.Section.NoSection:
                edit.setSelectedSection(section)
        return False


def localise(edit: QDateTimeEdit, with_time: bool = False) -> QDateTimeEdit:
    """Give ``edit`` the locale's date format and whole-part selection; returns it."""
    edit.setDisplayFormat(date_format() + (" HH:mm" if with_time else ""))
    _WholeSections(edit)
    return edit
