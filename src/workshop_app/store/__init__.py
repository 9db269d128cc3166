"""The store: one SQLite file per workspace, no Qt. Returns domain dataclasses."""

from workshop_app.store.errors import NotFound, WorkspaceError, WorkspaceLocked, WriteFailed
from workshop_app.store.workspace import Workspace

__all__ = ["NotFound", "Workspace", "WorkspaceError", "WorkspaceLocked", "WriteFailed"]
