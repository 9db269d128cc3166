"""Date fields: the locale's format everywhere, and a year typed after a click is taken
whole (issue 12, item 7: the action item dialog showed yyyy-MM-dd, and "2027" gave 2017)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QPoint, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QVBoxLayout, QWidget

from workshop_app.ui.date_edits import date_format, localise


@pytest.fixture
def french_locale():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


def test_the_format_is_the_locales_with_four_digit_years(french_locale):
    assert date_format() == "dd/MM/yyyy"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert date_format() == "M/d/yyyy"


def _click_into(qtbot, edit, section_start: int) -> None:
    line = edit.lineEdit()
    line.setCursorPosition(section_start + 1)  # inside the part, as a click puts it
    x = line.cursorRect().center().x()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))


@pytest.mark.parametrize("with_time", [False, True])
def test_a_year_typed_after_a_click_replaces_the_year(qtbot, french_locale, with_time):
    holder = QWidget()
    qtbot.addWidget(holder)
    edit = QDateTimeEdit(QDateTime(QDate(2026, 12, 2), QTime(14, 0)), holder)
    QVBoxLayout(holder).addWidget(edit)
    localise(edit, with_time=with_time)
    holder.show()
    qtbot.waitExposed(holder)
    edit.setFocus()
    _click_into(qtbot, edit, edit.displayFormat().index("yyyy"))
    qtbot.keyClicks(edit, "2027")
    assert edit.date() == QDate(2027, 12, 2)
    assert not with_time or edit.time() == QTime(14, 0)
    _click_into(qtbot, edit, 0)  # the day, then the month
    qtbot.keyClicks(edit, "15")
    assert edit.date() == QDate(2027, 12, 15)


def test_the_action_item_dialog_shows_the_locales_date(qtbot, french_locale):
    from workshop_app.ui.action_items import ActionItemDialog

    dialog = ActionItemDialog("")
    qtbot.addWidget(dialog)
    due = dialog.findChild(QDateEdit, "actionItemDue")
    assert due.displayFormat() == "dd/MM/yyyy"


def test_stored_dates_are_shown_as_the_locale_writes_them(french_locale):
    """The play-through: the header said 2026-12-02, the dialog 02/12/2026."""
    from workshop_app.ui.date_edits import shown_date

    assert shown_date("2026-12-01T14:00") == "01/12/2026 14:00"
    assert shown_date("2026-12-01", long=True) == "mardi 1 décembre 2026"
    assert shown_date("") == "" and shown_date("bientôt") == "bientôt"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("01/09/2026", QDate(2026, 9, 1)),  # two digits fill the day: the "/" is not a move
        ("1/9/2026", QDate(2026, 9, 1)),  # one digit: the "/" moves on
        ("15/03/2027", QDate(2027, 3, 15)),
        ("01092026", QDate(2026, 9, 1)),
    ],
)
def test_a_date_typed_with_slashes_from_the_day_is_that_date(qtbot, french_locale, typed, expected):
    """A play-through typed 01/09/2026 in a measurement's date: the month never changed
    and 1 December was saved without a word."""
    edit = localise(QDateEdit(QDate(2026, 12, 1)))
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, typed)
    assert edit.date() == expected
