"""Qt item models over the store. They read through repositories and never run SQL."""

from workshop_app.ui.models.board import BoardModel
from workshop_app.ui.models.workspace_tree import WorkspaceTreeModel

__all__ = ["BoardModel", "WorkspaceTreeModel"]
