"""The QApplication of Atelier: settings, language, icon, the main window, the first
workspace, and a file given to open (``workshop-app FILE``, a double-click)."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer, qVersion
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from workshop_app import APP_NAME, ORG_NAME, __version__, cli_open, logs
from workshop_app.store.paths import default_workspace_path
from workshop_app.ui import single_instance
from workshop_app.ui.excepthook import install_excepthook
from workshop_app.ui.i18n import fill, install_translators, pick_language
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.settings import Settings

__all__ = ["configure_application", "first_workspace", "install_excepthook", "run"]

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icons_dir() -> Path:
    """The package's icons (beside the modules, in a PyInstaller bundle too). Not
    ``importlib.resources``: its first use costs 5 ms of start-up."""
    return Path(__file__).parent.parent / "resources" / "icons"


def app_icon() -> QIcon:
    """Atelier's icon, drawn for each size (the 16 px one is simplified, not shrunk)."""
    icon, folder = QIcon(), icons_dir()
    for size in ICON_SIZES:  # sizes given: Qt reads a file only when that size is drawn
        icon.addFile(str(folder / f"atelier-{size}.png"), QSize(size, size))
    return icon


def configure_application(app: QCoreApplication) -> None:
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.atelier.Atelier")
    if isinstance(app, QGuiApplication):
        app.setWindowIcon(app_icon())


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


# -- a file given to open -----------------------------------------------------------------
def file_problem_text(path: Path, problem: str) -> str:
    """Why a file given to open cannot be opened, and what Atelier opens, in plain words."""
    texts = {
        cli_open.MISSING: QCoreApplication.translate("App", "There is no file “%1”."),
        cli_open.FOLDER: QCoreApplication.translate("App", "“%1” is a folder, not a file."),
        cli_open.EMPTY: QCoreApplication.translate("App", "“%1” is empty."),
        cli_open.UNREADABLE: QCoreApplication.translate(
            "App", "Atelier cannot read “%1”. Check that you are allowed to open it."
        ),
        cli_open.NOT_ATELIER: QCoreApplication.translate("App", "“%1” is not an Atelier file."),
        cli_open.OTHER_DATABASE: QCoreApplication.translate(
            "App", "“%1” is a database of another program, not an Atelier file."
        ),
    }
    expected = QCoreApplication.translate(
        "App",
        "Atelier opens its workspaces (.sqlite files made by Atelier) and the exchange files "
        "sent from another laptop (.atelier).",
    )
    return fill(texts[problem], str(path)) + " " + expected


def offer_merge(window: MainWindow, path: Path):
    """An exchange file given to open: the preview of File › Merge… for it (its passphrase
    asked first if it was sent encrypted). Nothing is merged until the person says so."""
    from workshop_app.ui.merge_dialog import MergeDialog

    if window.workspace is None:
        window.show_error(
            QCoreApplication.translate("App", "Cannot merge"),
            fill(
                QCoreApplication.translate(
                    "App",
                    "“%1” is an exchange file: it is merged into a workspace. Open or create "
                    "your workspace (File menu), then bring the file in with File › Merge…",
                ),
                str(path),
            ),
        )
        return None
    dialog = MergeDialog(window, [path])
    if not dialog.prepare():
        dialog.deleteLater()
        return None
    window.last_message = dialog
    dialog.open()
    return dialog


def open_given_file(window: MainWindow, path: Path, kind: str | None = None):
    """Open what ``workshop-app FILE`` or a double-click gave: a workspace opens in the
    window, an exchange file is offered for merging, anything else is explained."""
    kind = kind or cli_open.classify_file(path)
    if kind == cli_open.WORKSPACE:
        return window.open_workspace(path, create=False)
    if kind == cli_open.EXCHANGE:
        logs.log_opened(path, "exchange file")
        return offer_merge(window, path)
    logs.log.info(f"a file given to open was refused: {kind}")
    window.show_error(
        QCoreApplication.translate("App", "Cannot open this file"),
        file_problem_text(path, kind),
    )
    return None


LISTEN_AFTER_MS = 1000
"""When the window starts listening for a second start's file (ui/single_instance.py)."""


def receive(window: MainWindow, path: Path | None):
    """What a second start of Atelier handed over: the window comes to the front and opens
    the file as a double-click would (nothing more without one)."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    if path is None:
        return None
    return open_given_file(window, path)


class FileOpenFilter(QObject):
    """macOS gives a double-clicked document as an event, not as an argument."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = Path(event.file())
            QTimer.singleShot(0, self.window, lambda: open_given_file(self.window, path))
            return True
        return False


def smoke_check(window: MainWindow, tries: int = 200) -> None:
    """``--smoke-test``: once the window is on screen and the event loop runs, say whether
    the workspace opened, close the window and quit (status 0 if it did, 1 if not)."""
    handle = window.windowHandle()
    if (handle is None or not handle.isExposed()) and tries > 0:
        QTimer.singleShot(10, lambda: smoke_check(window, tries - 1))
        return
    opened = window.workspace is not None
    menu = window.menuBar().actions()[0].text().replace("&", "") if window.menuBar() else ""
    dialogs = sorted(
        w.objectName() or type(w).__name__
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w is not window
    )
    if sys.stdout is not None:
        print(
            f"smoke test: window shown ({window.windowTitle()}), "
            f"workspace {'open' if opened else 'NOT open'}; first menu: {menu}; "
            f"Qt's own Cancel: {QCoreApplication.translate('QPlatformTheme', 'Cancel')}; "
            f"icon files: {sum((icons_dir() / f'atelier-{n}.png').is_file() for n in ICON_SIZES)}; "
            f"dialogs: {', '.join(dialogs) or 'none'}",
            flush=True,
        )
    window.close()
    QCoreApplication.exit(0 if opened else 1)


def run(
    db: Path | None,
    *,
    lang: str | None = None,
    workshop_id: str | None = None,
    file: tuple[Path, str] | None = None,
    smoke_test: bool = False,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    given = file[0] if file is not None else db
    if not smoke_test and single_instance.hand_over(given):
        logs.log.info("a second start handed its file to the window already open")
        return 0
    settings = Settings()
    language = pick_language(lang, settings.language)
    app._atelier_translators = install_translators(app, language)  # keep them alive
    logs.log.info(
        f"window: Qt {qVersion()}, platform {QGuiApplication.platformName()}, language {language}"
    )
    window = MainWindow(settings)
    install_excepthook(window)
    window.workspace_changed.connect(
        lambda workspace: workspace is not None and logs.log_opened(workspace.path, "workspace")
    )

    def listen() -> None:  # after the first paint: QtNetwork is not needed to start
        try:
            app._atelier_receiver = single_instance.Receiver(lambda p: receive(window, p), window)
        except ImportError:  # a build without QtNetwork: no hand-over, nothing else lost
            logs.log.warning("QtNetwork is missing: a second start opens its own window")

    # After the first paint (a zero timer ran before the window was exposed, 25 ms of the
    # start-up); a second start in this first second opens its own window, as before.
    QTimer.singleShot(LISTEN_AFTER_MS, window, listen)
    app._atelier_file_open = FileOpenFilter(window)
    app.installEventFilter(app._atelier_file_open)
    window.show()
    if file is not None and file[1] == cli_open.WORKSPACE:
        opened = window.open_workspace(file[0], create=False)
    else:
        opened = window.open_workspace(first_workspace(db, settings))
    if opened and workshop_id and not window.select_workshop(workshop_id):
        window.show_error(
            QCoreApplication.translate("App", "Unknown workshop"),
            fill(
                QCoreApplication.translate("App", "This workspace has no workshop with the id %1."),
                workshop_id,
            ),
        )
    if file is not None and file[1] != cli_open.WORKSPACE:
        QTimer.singleShot(0, window, lambda: open_given_file(window, *file))
    if smoke_test:
        QTimer.singleShot(0, window, lambda: smoke_check(window))
    return app.exec()
