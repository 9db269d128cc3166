"""Workspaces that travel between laptops: exchange files, merges (see
:mod:`workshop_app.domain.merge_rules` for the rules), with a backup before each merge."""

from workshop_app.store.exchange.apply import MergeResult, apply_plan, dry_run, merge_files
from workshop_app.store.exchange.plan import CATEGORIES, Change, MergePlan, plan_merge
from workshop_app.store.exchange.source import Source, open_source

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
