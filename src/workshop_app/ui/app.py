"""The QApplication of Atelier: settings, language, the main window, the first workspace."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from workshop_app import APP_NAME, ORG_NAME, __version__
from workshop_app.store.paths import default_workspace_path
from workshop_app.ui.i18n import install_translators, pick_language
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.settings import Settings


def configure_application(app: QCoreApplication) -> None:
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.atelier.Atelier")


def first_workspace(requested: Path | None, settings: Settings) -> Path:
    """``--db`` if given, else the workspace used last, else the default one (created)."""
    if requested is not None:
        return requested
    last = settings.last_workspace
    if last and Path(last).exists():
        return Path(last)
    path = default_workspace_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def run(db: Path | None, *, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    settings = Settings()
    language = pick_language(lang, settings.language)
    app._atelier_translators = install_translators(app, language)  # keep them alive
    window = MainWindow(settings)
    window.show()
    window.open_workspace(first_workspace(db, settings))
    return app.exec()
