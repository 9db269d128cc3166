"""Render the main window on the demo workspace to PNG, to look at it (and for the README).

    .venv/bin/python scripts/screenshots.py [--lang fr|en] [--out docs/screenshots]

Runs on Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise (e.g. xcb under Xvfb).
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def settle(app, seconds: float = 0.3) -> None:
    """Let timers (row heights, debounced searches) run before the picture is taken."""
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot(widget, target: Path) -> None:
    widget.grab().save(str(target))
    print(target)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="fr", choices=["fr", "en"])
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--size", default="1200x760")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workshop_app.demo import create_demo_workspace
    from workshop_app.domain import Action, EntryKind, Programme, Workshop
    from workshop_app.store import Workspace
    from workshop_app.ui.app import configure_application
    from workshop_app.ui.i18n import install_translators
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.settings import Settings

    scratch = Path(tempfile.mkdtemp(prefix="atelier-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    app = QApplication([])
    configure_application(app)
    translators = install_translators(app, args.lang)  # noqa: F841 - keep alive
    db = create_demo_workspace(scratch / "demo.sqlite")
    window = MainWindow(Settings(QSettings()))
    window.resize(width, height)
    window.show()
    window.open_workspace(db)
    second = window.tree_model.index(1, 0, window.tree_model.index(0, 0))
    window.tree.setCurrentIndex(second)
    settle(app)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"main-window-{args.lang}.png"
    window.grab().save(str(target))
    print(target)

    # the running workshop, ready for an improvement
    third = window.tree_model.index(2, 0, window.tree_model.index(0, 0))
    window.tree.setCurrentIndex(third)
    window.page.step_issue(1)
    window.page.set_kind(EntryKind.IMPROVEMENT)
    settle(app)
    target = out / f"workshop-improvement-{args.lang}.png"
    window.grab().save(str(target))
    print(target)

    # the room: agenda tab with the timer started, the projector, the feedback tab and kiosk
    window.page.side_tabs.setCurrentWidget(window.agenda_panel)
    window.agenda_panel.toggle()
    settle(app)
    shoot(window, out / f"agenda-{args.lang}.png")
    projector = window.projector_action
    projector.trigger()
    from workshop_app.ui.projector import projector_of

    screen = projector_of(window)
    screen.showNormal()
    screen.resize(1280, 720)
    settle(app)
    shoot(screen, out / f"projector-light-{args.lang}.png")
    screen.toggle_theme()
    settle(app)
    shoot(screen, out / f"projector-dark-{args.lang}.png")
    screen.toggle_theme()
    screen.close()
    first = window.tree_model.index(0, 0, window.tree_model.index(0, 0))
    window.tree.setCurrentIndex(first)
    window.page.side_tabs.setCurrentWidget(window.feedback_panel)
    settle(app)
    shoot(window, out / f"feedback-{args.lang}.png")
    from workshop_app.ui.feedback.kiosk import THANKS, KioskWindow

    kiosk = KioskWindow(window.session, "2468")
    kiosk.resize(1280, 800)
    kiosk.show()
    settle(app)
    shoot(kiosk, out / f"kiosk-question-{args.lang}.png")
    kiosk._show(THANKS)
    settle(app)
    shoot(kiosk, out / f"kiosk-thanks-{args.lang}.png")
    kiosk.hide()
    kiosk.deleteLater()

    # an empty workshop, as a facilitator finds it before the session
    empty = scratch / "empty.sqlite"
    with Workspace.open(empty) as ws:
        programme = ws.programmes.create_with_defaults(Programme(title="Programme sans titre"))
        ws.workshops.add(
            Workshop(
                programme_id=programme.id, title="Premier atelier", starts_at="2026-12-01T14:00"
            )
        )
        for number, title in ((1, "Repérer les ménages"), (2, "Accompagner les démarches")):
            ws.actions.add(Action(programme_id=programme.id, number=number, title=title))
    window.open_workspace(empty)
    settle(app)
    target = out / f"workshop-empty-{args.lang}.png"
    window.grab().save(str(target))
    print(target)

    # the capture bar of a programme made from scratch: where the next entry goes (set
    # with Ctrl+L), and what Enter will save while the text holds markers
    page = window.page
    themes = page.session.workspace.themes.for_programme(page.session.programme.id)
    actions = page.session.workspace.actions.for_programme(page.session.programme.id)
    page.filing.set_context(actions[0].id, themes[0].id)
    page.set_kind(EntryKind.IDEA)
    page.capture.edit.put_back(
        "Une permanence le samedi matin !2 #Partenariat, avec les bailleurs @Nad 😀"
    )
    page._show_preview()
    settle(app)
    shoot(page.capture, out / f"capture-bar-{args.lang}.png")
    shoot(window, out / f"workshop-filing-{args.lang}.png")
    window.close()


if __name__ == "__main__":
    main()
