"""Every persisted preference in one place, typed (as picard keeps its options).

Values live in ``QSettings`` (an INI file in the platform's config folder); window
geometry and splitter states are kept per widget, by object name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Settings:
    """Typed access to the user's preferences."""

    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings()

    # -- workspaces ----------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        value = self.q.value("workspace/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for a 1-item list
            value = [value]
        return [str(v) for v in (value or [])]

    def add_recent_file(self, path: Path | str) -> None:
        path = str(path)
        files = [path] + [f for f in self.recent_files if f != path]
        self.q.setValue("workspace/recent", files[:MAX_RECENT])

    def remove_recent_file(self, path: Path | str) -> None:
        self.q.setValue("workspace/recent", [f for f in self.recent_files if f != str(path)])

    @property
    def last_workspace(self) -> str | None:
        value = self.q.value("workspace/last", None)
        return str(value) if value else None

    @last_workspace.setter
    def last_workspace(self, path: Path | str | None) -> None:
        self.q.setValue("workspace/last", str(path) if path else "")

    @property
    def last_workshop(self) -> str | None:
        value = self.q.value("workspace/last_workshop", None)
        return str(value) if value else None

    @last_workshop.setter
    def last_workshop(self, workshop_id: str | None) -> None:
        self.q.setValue("workspace/last_workshop", workshop_id or "")

    # -- exports --------------------------------------------------------------------
    @property
    def last_export_folder(self) -> str | None:
        """The folder the last export was saved in (the save dialog starts there)."""
        value = self.q.value("export/last_folder", None)
        return str(value) if value else None

    @last_export_folder.setter
    def last_export_folder(self, folder: Path | str | None) -> None:
        self.q.setValue("export/last_folder", str(folder) if folder else "")

    # -- interface ------------------------------------------------------------------
    @property
    def language(self) -> str | None:
        value = self.q.value("ui/language", None)
        return str(value) if value in ("fr", "en") else None

    @language.setter
    def language(self, value: str | None) -> None:
        self.q.setValue("ui/language", value or "")

    def save_state(self, name: str, state: QByteArray) -> None:
        """Remember a widget's geometry or state (``saveGeometry()``, ``saveState()``)."""
        self.q.setValue(f"layout/{name}", state)

    def restore_state(self, name: str) -> QByteArray | None:
        value = self.q.value(f"layout/{name}", None)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
