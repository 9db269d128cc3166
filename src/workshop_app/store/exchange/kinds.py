"""The kinds of record that travel between workspaces, in the order they can be written
(what a record refers to comes before it), and the fingerprint of a record's content."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from workshop_app.store.schema_guard import KNOWN_COLUMNS

LOCAL_COLUMNS = frozenset({"seq"})
"""Columns that belong to one file (the full-text index's row number): never compared,
never copied."""

TIME_COLUMNS = frozenset({"created_at", "updated_at"})
"""When a version was written: kept with the record, but two laptops that made the same
change at different times made the same version."""

FLAG_COLUMNS = frozenset({"deleted_at", "erased_at"})
"""Only whether they are set counts in a fingerprint."""

NAME_COLUMNS = {"participant": ("display_name", "organisation")}
"""Personal data: never taken from a file sent without names."""


@dataclass(frozen=True)
class Kind:
    table: str
    refs: Mapping[str, str] = field(default_factory=dict)
    """Column → the kind of record it refers to."""
    natural_key: tuple[str, ...] = ()
    """Columns that are unique together: two records made apart for the same pair are
    the same record."""
    keep_both: bool = False
    """A conflict may be solved by keeping both versions (the source's with a new id)."""
    columns: tuple[str, ...] = field(init=False)
    """What travels of a record, in the table's order."""
    compared: tuple[str, ...] = field(init=False)
    """What its fingerprint is made of."""

    def __post_init__(self) -> None:
        columns = tuple(c for c in KNOWN_COLUMNS[self.table] if c not in LOCAL_COLUMNS)
        object.__setattr__(self, "columns", columns)
        object.__setattr__(self, "compared", tuple(c for c in columns if c not in TIME_COLUMNS))


KINDS: tuple[Kind, ...] = (
    Kind("programme"),
    Kind("action", {"programme_id": "programme"}),
    Kind("theme", {"programme_id": "programme"}),
    Kind("workshop", {"programme_id": "programme"}),
    Kind(
        "workshop_action",
        {"workshop_id": "workshop", "action_id": "action"},
        natural_key=("workshop_id", "action_id"),
    ),
    Kind("agenda_step", {"workshop_id": "workshop"}, keep_both=True),
    Kind("participant", {"programme_id": "programme"}),
    Kind(
        "attendance",
        {"workshop_id": "workshop", "participant_id": "participant"},
        natural_key=("workshop_id", "participant_id"),
    ),
    Kind("feedback_question", {"workshop_id": "workshop"}),
    Kind(
        "entry",
        {
            "workshop_id": "workshop",
            "action_id": "action",
            "theme_id": "theme",
            "author_id": "participant",
            "answers_id": "entry",
        },
        keep_both=True,
    ),
    Kind("feedback_response", {"workshop_id": "workshop", "participant_id": "participant"}),
    Kind(
        "feedback_answer",
        {"response_id": "feedback_response", "question_id": "feedback_question"},
        natural_key=("response_id", "question_id"),
    ),
    Kind("action_item", {"workshop_id": "workshop", "entry_id": "entry"}, keep_both=True),
    Kind("indicator", {"action_id": "action"}),
    Kind("measurement", {"indicator_id": "indicator", "workshop_id": "workshop"}),
    Kind("challenge", {"programme_id": "programme"}),
    Kind("status_change", {"entry_id": "entry", "action_item_id": "action_item"}),
)
BY_TABLE = {kind.table: kind for kind in KINDS}


def digest(kind: Kind, row: Mapping[str, Any]) -> str:
    """The fingerprint of a version of a record: its content, without when it was
    written or its place in one file. Equal fingerprints, equal versions."""
    values = []
    for column in kind.compared:
        value = row.get(column)
        if column in FLAG_COLUMNS:
            value = value is not None
        values.append(value)
    # repr of str, int, float, bool, None and bytes is exact and stable
    text = repr((kind.table, *values))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def as_row(kind: Kind, values: Sequence[Any]) -> dict[str, Any]:
    return dict(zip(kind.columns, values, strict=True))
