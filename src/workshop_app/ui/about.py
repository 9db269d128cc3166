"""Help › About: the version, where the data, the settings and the log are, and what
Atelier is built with (what whoever helps a facilitator asks first)."""

from __future__ import annotations

import platform
import sqlite3
from html import escape
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QSettings, qVersion

from workshop_app import __version__, logs
from workshop_app.store.paths import user_data_dir


def about_facts(workspace_path: Path | None) -> list[tuple[str, str]]:
    """(what, value) rows of Help › About, translated."""
    log_file = logs.current_log_file()
    return [
        (QCoreApplication.translate("Help", "Version"), __version__),
        (
            QCoreApplication.translate("Help", "Open workspace"),
            str(workspace_path) if workspace_path else "—",
        ),
        (QCoreApplication.translate("Help", "Data folder"), str(user_data_dir())),
        (
            QCoreApplication.translate("Help", "Log folder"),
            str(log_file.parent if log_file is not None else logs.log_folder()),
        ),
        (QCoreApplication.translate("Help", "Settings file"), QSettings().fileName()),
        (
            QCoreApplication.translate("Help", "Built with"),
            f"Python {platform.python_version()}, Qt {qVersion()}, "
            f"PySide6 {PySide6.__version__}, SQLite {sqlite3.sqlite_version}",
        ),
    ]


def about_text(workspace_path: Path | None) -> str:
    """The rich text of Help › About."""
    rows = "".join(
        f"<tr><td style='padding-right:10px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
        for k, v in about_facts(workspace_path)
    )
    blurb = QCoreApplication.translate(
        "Help",
        "Captures what a workshop says, offline. Everything stays in the workspace file "
        "on this computer.",
    )
    log_note = QCoreApplication.translate(
        "Help",
        "If something goes wrong, the log folder holds what happened (without anyone’s words "
        "or names): send its files to the person who helps you with Atelier.",
    )
    return (
        f"<h3>Atelier {escape(__version__)}</h3><p>{escape(blurb)}</p><table>{rows}</table>"
        f"<p>{escape(log_note)}</p>"
    )
