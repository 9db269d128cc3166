"""Loading the interface language: our translations, and Qt's own beside them."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("fr", "en")


def translations_dir() -> str:
    return str(files("workshop_app") / "resources" / "translations")


def pick_language(requested: str | None, saved: str | None, locale: QLocale | None = None) -> str:
    """``--lang`` wins, then the saved preference, then the system (French if it is French)."""
    for choice in (requested, saved):
        if choice in SUPPORTED:
            return choice
    name = (locale or QLocale.system()).name()
    return "fr" if name.startswith("fr") else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Atelier's and Qt's translators for ``language``; returns them (keep them alive)."""
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Source strings are English; atelier_en only holds the plural forms ("%n workshops").
    for name, folder in (
        (f"qtbase_{language}", qt_dir),
        (f"atelier_{language}", translations_dir()),
    ):
        translator = QTranslator(app)
        if _load(translator, Path(folder) / f"{name}.qm"):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return installed


def _load(translator: QTranslator, path: Path) -> bool:
    """Load a catalogue from a copy in memory. Qt maps a .qm file it loads by name, so
    replacing the file while Atelier runs (an update, a rebuild) crashed the app at the
    next translated string; the bytes read here stay as they are, kept by the translator."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    if not translator.load(data, str(path.parent)):
        return False
    translator.atelier_data = data  # Qt does not copy it: it must live as long as Qt reads it
    return True


_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """Put ``values`` in place of ``%1``, ``%2``… in one pass (Qt's ``arg()``), so that a
    value that itself contains "%2" (a file name…) is never rewritten."""
    return _PLACEHOLDER.sub(
        lambda m: (
            str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values) else m.group(0)
        ),
        template,
    )
