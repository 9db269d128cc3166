"""Where workspaces live by default."""

from __future__ import annotations

from pathlib import Path

DEFAULT_FILENAME = "atelier.sqlite"


def user_data_dir() -> Path:
    """The platform's per-user data folder for Atelier (not created here).

    Linux: ``~/.local/share/atelier``; macOS: ``~/Library/Application Support/atelier``;
    Windows: ``%LOCALAPPDATA%\\atelier``.
    """
    from platformdirs import user_data_path

    return user_data_path("atelier", appauthor=False)


def default_workspace_path() -> Path:
    return user_data_dir() / DEFAULT_FILENAME


def demo_workspace_path() -> Path:
    """Where ``workshop-app demo`` writes by default: beside, never over, the real one."""
    return user_data_dir() / "demo.sqlite"
