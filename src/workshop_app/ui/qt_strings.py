"""Qt's own strings that Qt's French catalogue lacks, translated in ours.

Qt 6's file dialog says "&Look in:" and "Files of &type:", with shortcut marks that the
``qtbase_fr`` catalogue shipped with PySide6 does not have (it knows them without the
``&``): those two stayed in English in a French window. Marked here so that lupdate puts
them in ``atelier_fr.ts`` under Qt's context; our translator is installed after Qt's, so
Qt asks it first. ``tests/ui/test_translation.py`` looks for English left in the dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
