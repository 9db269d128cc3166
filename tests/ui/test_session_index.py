"""The session's entry table keeps who-answers-whom and the highest position right."""

from __future__ import annotations

import dataclasses
import random

from workshop_app.domain.enums import EntryKind
from workshop_app.domain.models import Entry
from workshop_app.ui.session import EntryTable


def test_the_index_matches_a_scan_through_random_changes():
    rng = random.Random(7)
    table = EntryTable()
    issues = [Entry(workshop_id="w", kind=EntryKind.ISSUE, text=f"i{n}") for n in range(5)]
    for issue in issues:
        table[issue.id] = issue
    for step in range(400):
        action = rng.random()
        if action < 0.5 or len(table) <= len(issues):
            entry = Entry(
                workshop_id="w",
                kind=EntryKind.IMPROVEMENT,
                text=f"m{step}",
                answers_id=rng.choice([None, *[i.id for i in issues]]),
                position=rng.uniform(-5, 50),
            )
            table[entry.id] = entry
        elif action < 0.8:
            entry_id = rng.choice([k for k in table if k not in {i.id for i in issues}])
            replaced = dataclasses.replace(
                table[entry_id], answers_id=rng.choice([None, *[i.id for i in issues]])
            )
            table[entry_id] = replaced
        else:
            table.pop(rng.choice([k for k in table if k not in {i.id for i in issues}]))
        for issue in issues:
            scanned = {e.id for e in table.values() if e.answers_id == issue.id}
            assert {e.id for e in table.answering(issue.id)} == scanned
        assert table.max_position >= max(e.position for e in table.values())
