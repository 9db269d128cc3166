"""Workspaces that travel between laptops: exchange files, merges (see
:mod:`workshop_app.domain.merge_rules` for the rules), with a backup before each merge."""

import importlib

_WHERE = {
    "MergeResult": "apply",
    "apply_plan": "apply",
    "dry_run": "apply",
    "merge_files": "apply",
    "CATEGORIES": "plan",
    "Change": "plan",
    "MergePlan": "plan",
    "plan_merge": "plan",
    "Source": "source",
    "open_source": "source",
}

__all__ = [
    "CATEGORIES",
    "Change",
    "MergePlan",
    "MergeResult",
    "Source",
    "apply_plan",
    "dry_run",
    "merge_files",
    "open_source",
    "plan_merge",
]


def __getattr__(name: str):
    """The merge code loads when first asked for: the window imports a submodule (the
    pseudonym of :mod:`.names`) at every start, and merging is not part of a start-up."""
    if name in _WHERE:
        value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
