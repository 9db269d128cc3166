"""How entries are laid out on the board and in the summary, as the OIF tables are.

Pairs come first, grouped per action (in number order) then per theme (in list order):
each issue is a row, its improvements beside it (an issue with two improvements takes two
rows, the second a *continuation*), and an improvement answering no issue has a row of
its own with an empty issue cell. Ideas, questions, decisions and key success factors
follow, each kind in its own group. Pure Python: the Qt board model and the PDF report
both use it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from workshop_app.domain.enums import EntryKind
from workshop_app.domain.models import Entry

OTHER_KINDS = (
    EntryKind.IDEA,
    EntryKind.QUESTION,
    EntryKind.DECISION,
    EntryKind.SUCCESS_FACTOR,
)

GroupKey = tuple
"""``("pairs", action_id, theme_id)`` or ``("kind", kind_value)``."""


@dataclass
class BoardRow:
    issue_id: str | None = None
    improvement_id: str | None = None
    other_id: str | None = None
    continuation: bool = False
    """True for the second and later rows of an issue (its cell shows nothing)."""

    @property
    def lead_id(self) -> str:
        """The entry that places the row: the issue, else the improvement, else the other."""
        return self.issue_id or self.improvement_id or self.other_id or ""

    def entry_ids(self) -> list[str]:
        ids = [self.improvement_id, self.other_id]
        if not self.continuation:
            ids.insert(0, self.issue_id)
        return [i for i in ids if i]


@dataclass
class BoardGroup:
    key: GroupKey
    rows: list[BoardRow] = field(default_factory=list)

    @property
    def is_pairs(self) -> bool:
        return self.key[0] == "pairs"

    @property
    def action_id(self) -> str | None:
        return self.key[1] if self.is_pairs else None

    @property
    def theme_id(self) -> str | None:
        return self.key[2] if self.is_pairs else None

    @property
    def kind(self) -> EntryKind | None:
        return None if self.is_pairs else EntryKind(self.key[1])


def answered_issue(entry: Entry, entries: dict[str, Entry]) -> Entry | None:
    """The live issue an improvement answers, if any."""
    if entry.kind is not EntryKind.IMPROVEMENT or not entry.answers_id:
        return None
    issue = entries.get(entry.answers_id)
    if issue is None or issue.kind is not EntryKind.ISSUE or issue.is_deleted:
        return None
    return issue


def group_key(entry: Entry, entries: dict[str, Entry]) -> GroupKey:
    if entry.kind in OTHER_KINDS:
        return ("kind", entry.kind.value)
    owner = answered_issue(entry, entries) or entry
    return ("pairs", owner.action_id, owner.theme_id)


def group_order(
    key: GroupKey, action_numbers: dict[str, int], theme_positions: dict[str, int]
) -> tuple:
    """Sort key of a group: pairs by action number then theme; then the other kinds."""
    big = 1 << 30
    if key[0] == "pairs":
        action = action_numbers.get(key[1], big) if key[1] else big
        theme = theme_positions.get(key[2], big) if key[2] else big
        return (0, action, theme)
    return (1, [k.value for k in OTHER_KINDS].index(key[1]), 0)


def entry_order(entry: Entry, by_votes: bool = False) -> tuple:
    if by_votes:
        return (-entry.votes, entry.position, entry.created_at)
    return (entry.position, entry.created_at)


_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text``, for filtering as one types."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matcher(query: str) -> Callable[[Entry], bool] | None:
    """A predicate keeping entries whose text holds every word of ``query``."""
    words = fold(query).split()
    if not words:
        return None

    def keep(entry: Entry) -> bool:
        text = fold(entry.text)
        return all(word in text for word in words)

    return keep


def issue_rows(issue: Entry, improvements: list[Entry]) -> list[BoardRow]:
    if not improvements:
        return [BoardRow(issue_id=issue.id)]
    return [
        BoardRow(issue_id=issue.id, improvement_id=imp.id, continuation=n > 0)
        for n, imp in enumerate(improvements)
    ]


def build_board(
    entries: dict[str, Entry],
    action_numbers: dict[str, int],
    theme_positions: dict[str, int],
    *,
    by_votes: bool = False,
    keep: Callable[[Entry], bool] | None = None,
) -> list[BoardGroup]:
    """Lay out live ``entries`` in groups and rows.

    With ``keep``, an issue row stays when the issue or one of its improvements is kept
    (the pair is shown whole); other rows stay when their entry is kept.
    """
    live = {i: e for i, e in entries.items() if not e.is_deleted}
    answers: dict[str, list[Entry]] = {}
    leads: list[Entry] = []
    for entry in live.values():
        issue = answered_issue(entry, live)
        if issue is not None:
            answers.setdefault(issue.id, []).append(entry)
        else:
            leads.append(entry)
    groups: dict[GroupKey, BoardGroup] = {}
    for lead in sorted(leads, key=lambda e: entry_order(e, by_votes)):
        if lead.kind is EntryKind.ISSUE:
            improvements = sorted(answers.get(lead.id, []), key=lambda e: entry_order(e, by_votes))
            if keep is not None and not (keep(lead) or any(keep(i) for i in improvements)):
                continue
            rows = issue_rows(lead, improvements)
        else:
            if keep is not None and not keep(lead):
                continue
            if lead.kind is EntryKind.IMPROVEMENT:
                rows = [BoardRow(improvement_id=lead.id)]
            else:
                rows = [BoardRow(other_id=lead.id)]
        key = group_key(lead, live)
        groups.setdefault(key, BoardGroup(key)).rows.extend(rows)
    return sorted(
        groups.values(), key=lambda g: group_order(g.key, action_numbers, theme_positions)
    )


def iter_entry_ids(groups: Iterable[BoardGroup]) -> Iterable[str]:
    for group in groups:
        for row in group.rows:
            yield from row.entry_ids()
