"""The QApplication of Atelier: settings, language, the main window, the first workspace."""

from __future__ import annotations

import contextlib
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from workshop_app import APP_NAME, ORG_NAME, __version__
from workshop_app.store.paths import default_workspace_path
from workshop_app.ui.i18n import fill, install_translators, pick_language
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.settings import Settings


def configure_application(app: QCoreApplication) -> None:
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.atelier.Atelier")


def first_workspace(requested: Path | None, settings: Settings) -> Path:
    """``--db`` if given, else the workspace used last, else the default one.

    The default's folder is created; if that fails, opening the path reports why.
    """
    if requested is not None:
        return requested
    last = settings.last_workspace
    if last and Path(last).exists():
        return Path(last)
    path = default_workspace_path()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
    return path


def install_excepthook(window: MainWindow) -> None:
    """An unexpected error is shown in plain words (and printed for a bug report) instead
    of killing the window: everything already shown was saved when it was shown."""

    def hook(kind, error, trace):
        traceback.print_exception(kind, error, trace)
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        window.show_error(
            QCoreApplication.translate("App", "Something went wrong"),
            fill(
                QCoreApplication.translate(
                    "App",
                    "Atelier met an unexpected problem: %1\n\nWhat is on the screen was saved. "
                    "If it happens again, please report it with the text printed in the terminal.",
                ),
                f"{kind.__name__}: {error}",
            ),
        )

    sys.excepthook = hook


def run(db: Path | None, *, lang: str | None = None, workshop_id: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    settings = Settings()
    language = pick_language(lang, settings.language)
    app._atelier_translators = install_translators(app, language)  # keep them alive
    window = MainWindow(settings)
    install_excepthook(window)
    window.show()
    opened = window.open_workspace(first_workspace(db, settings))
    if opened and workshop_id and not window.select_workshop(workshop_id):
        window.show_error(
            QCoreApplication.translate("App", "Unknown workshop"),
            fill(
                QCoreApplication.translate("App", "This workspace has no workshop with the id %1."),
                workshop_id,
            ),
        )
    return app.exec()
