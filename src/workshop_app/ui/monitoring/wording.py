"""What the monitoring window says: the labels of kinds and directions, numbers as the
locale writes them, and in plain words why a value does not fit an indicator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence

from workshop_app.domain.enums import IndicatorDirection, IndicatorKind
from workshop_app.domain.indicators import Misfit
from workshop_app.ui.i18n import fill

DISPLAY_LIMIT = 2_000
"""A cell shows at most this many characters (its editor and tooltip hold the whole text):
a 100 KB note is stored whole, but laying it out at every paint would freeze the table."""


def kind_labels() -> dict[IndicatorKind, str]:
    return {
        IndicatorKind.COUNT: QCoreApplication.translate("Monitoring", "Count"),
        IndicatorKind.RATE: QCoreApplication.translate("Monitoring", "Rate (%)"),
        IndicatorKind.SCALE: QCoreApplication.translate("Monitoring", "Scale 1–5"),
        IndicatorKind.YES_NO: QCoreApplication.translate("Monitoring", "Yes/no"),
        IndicatorKind.TEXT: QCoreApplication.translate("Monitoring", "Text"),
    }


def direction_labels() -> dict[IndicatorDirection, str]:
    return {
        IndicatorDirection.UP: QCoreApplication.translate("Monitoring", "Should rise"),
        IndicatorDirection.DOWN: QCoreApplication.translate("Monitoring", "Should fall"),
    }


def yes_no(value: float) -> str:
    if value == 1:
        return QCoreApplication.translate("Monitoring", "Yes")
    if value == 0:
        return QCoreApplication.translate("Monitoring", "No")
    return format_number(value)


def read_yes_no(text: str) -> float | None:
    """1 for yes, 0 for no, in the window's language or in French or English."""
    said = text.strip().casefold()
    yes = {QCoreApplication.translate("Monitoring", "Yes").casefold(), "yes", "oui", "1"}
    no = {QCoreApplication.translate("Monitoring", "No").casefold(), "no", "non", "0"}
    if said in yes:
        return 1.0
    if said in no:
        return 0.0
    return None


def format_number(value: float, groups: bool = True) -> str:
    """``value`` as the locale writes it, without trailing zeros: 12,5 · 1 200 · 0,3.
    Never in exponent form, so that what is shown can be typed back."""
    locale = QLocale()
    if not groups:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    text = locale.toString(float(value), "f", 10)
    point = locale.decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return "0" if text in ("-0", "") else text


def short(text: str, limit: int = 40) -> str:
    """The first line of ``text``, cut to ``limit`` characters, for a title or a step name."""
    first = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def undo_keys() -> str:
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText
    )


def misfit_text(misfit: Misfit, value: float = 0.0, text: str = "") -> str:
    """Why a value does not fit, in plain words: ``value`` is the number, ``text`` what was
    typed or written."""
    number = format_number(value)
    if misfit is Misfit.NOT_A_NUMBER:
        return fill(
            QCoreApplication.translate(
                "Monitoring", "“%1” is not a number: type digits only, such as 12 or %2."
            ),
            short(text, 60),
            format_number(12.5),
        )
    if misfit is Misfit.NEGATIVE_COUNT:
        return fill(
            QCoreApplication.translate("Monitoring", "A count cannot be negative (%1)."), number
        )
    if misfit is Misfit.RATE_RANGE:
        return fill(
            QCoreApplication.translate("Monitoring", "A rate goes from 0 to 100 %: %1 is outside."),
            number,
        )
    if misfit is Misfit.SCALE_RANGE:
        return fill(
            QCoreApplication.translate(
                "Monitoring", "A 1–5 scale goes from 1 to 5: %1 is outside."
            ),
            number,
        )
    if misfit is Misfit.YES_NO:
        return fill(
            QCoreApplication.translate(
                "Monitoring", "A yes/no indicator takes Yes or No (1 or 0): %1 is neither."
            ),
            number,
        )
    if misfit is Misfit.NO_TEXT:
        return fill(
            QCoreApplication.translate(
                "Monitoring",
                "The indicator now holds texts: this measurement has none yet (its number "
                "was %1). Type its text.",
            ),
            number,
        )
    return fill(
        QCoreApplication.translate(
            "Monitoring",
            "This measurement was written as a text (“%1”) and the indicator now holds "
            "numbers: type its value.",
        ),
        short(text, 60),
    )


def flagged(why: str) -> str:
    """The tooltip of a stored value that no longer fits."""
    return fill(
        QCoreApplication.translate(
            "Monitoring",
            "Does not fit the indicator’s kind. %1 Nothing was changed: correct it, or change "
            "the kind back.",
        ),
        why,
    )


def not_saved(why: str) -> str:
    """What the status line says of a refused edit."""
    return fill(
        QCoreApplication.translate(
            "Monitoring",
            "Not saved: %1 What you typed stays in the cell: correct it, or press Escape "
            "while editing it to drop it.",
        ),
        why,
    )
