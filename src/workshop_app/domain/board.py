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


_ASCII = frozenset(map(chr, range(128)))
_IS_MARK: dict[str, bool] = {}
"""Whether a (non-ASCII) character is a combining mark, for the characters seen so far."""


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text``, for filtering as one types.

    Casefolded, "œ" and "æ" spelt out, decomposed (NFKD), combining marks dropped:

    >>> fold("Œuvre à l'ÉTÉ")
    "oeuvre a l'ete"

    Fast enough to fold 10,000 entries between two keystrokes: ASCII text is only
    lowercased (the same as the rest for it), and only the few distinct non-ASCII
    characters of a text are looked at one by one.
    """
    if text.isascii():
        return text.lower()
    folded = text.casefold()
    if "œ" in folded or "æ" in folded:
        folded = folded.replace("œ", "oe").replace("æ", "ae")
    folded = unicodedata.normalize("NFKD", folded)
    if folded.isascii():
        return folded
    for char in set(folded).difference(_ASCII):
        mark = _IS_MARK.get(char)
        if mark is None:
            mark = _IS_MARK[char] = unicodedata.combining(char) != 0
        if mark:
            folded = folded.replace(char, "")
    return folded


class FoldedTexts:
    """The folded text of each entry, folded once (again only when its text changes)."""

    def __init__(self, shown: Callable[[str], str] | None = None) -> None:
        self._cache: dict[str, tuple[str, str]] = {}
        self._shown = shown
        """How a stored text reads (mentions rendered as names), before folding."""

    def __call__(self, entry: Entry) -> str:
        hit = self._cache.get(entry.id)
        if hit is not None and hit[0] == entry.text:
            return hit[1]
        folded = fold(self._shown(entry.text) if self._shown else entry.text)
        self._cache[entry.id] = (entry.text, folded)
        return folded


def query_words(query: str) -> list[str]:
    """The folded words of a filter: an entry matches when its text holds all of them."""
    return fold(query).split()


def matcher(
    query: str, folded: Callable[[Entry], str] | None = None
) -> Callable[[Entry], bool] | None:
    """A predicate keeping entries whose text holds every word of ``query``.

    ``folded`` gives the folded text of an entry (a :class:`FoldedTexts`, to fold each
    text once); by default the text is folded at each call.
    """
    words = query_words(query)
    if not words:
        return None
    folded_text = folded or (lambda entry: fold(entry.text))

    def keep(entry: Entry) -> bool:
        text = folded_text(entry)
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


class BoardFilter:
    """A whole layout, filtered again at each keystroke without being laid out again.

    Filtering keeps the rows :func:`build_board` would keep with the same filter, in the
    same order: each group is cut into *blocks* (an issue and all its rows, kept whole when
    the issue or one of its improvements matches; any other row, alone), and a block
    stays when one of its entries holds every word. The folded texts of a block are
    joined once: a block whose joined text lacks a word is left without looking further
    (words hold no whitespace, so none can match across the join).

    ``groups`` must not change while the filter is used: make a new one.
    """

    def __init__(
        self,
        groups: list[BoardGroup],
        entries: dict[str, Entry],
        folded: Callable[[Entry], str],
    ) -> None:
        self.groups = groups
        self._blocks: list[tuple[int, int, int, list[str], str]] = []
        """(group index, first row, row after the last, folded texts, texts joined)."""
        self._last: tuple[list[str], list[tuple[int, int, int, list[str], str]]] | None = None
        blocks, get = self._blocks, entries.get
        for number, group in enumerate(groups):
            start, texts = 0, []
            for at, row in enumerate(group.rows):
                if not row.continuation:
                    if texts:
                        blocks.append((number, start, at, texts, "\n".join(texts)))
                    start, texts = at, []
                    if row.issue_id and (entry := get(row.issue_id)):
                        texts.append(folded(entry))
                if row.improvement_id and (entry := get(row.improvement_id)):
                    texts.append(folded(entry))
                if row.other_id and (entry := get(row.other_id)):
                    texts.append(folded(entry))
            if texts:
                blocks.append((number, start, len(group.rows), texts, "\n".join(texts)))

    def filter(self, words: list[str]) -> list[BoardGroup]:
        """The groups, with only the rows that match ``words`` (all of them if none)."""
        if not words:
            return self.groups
        blocks = self._blocks
        if self._last is not None and all(
            any(old in word for word in words) for old in self._last[0]
        ):
            # typing on: what matches now matched the words before (each is in a new one)
            blocks = self._last[1]
        kept = [
            block
            for block in blocks
            if all(word in block[4] for word in words)
            and (
                len(block[3]) < 2
                or len(words) < 2
                or any(all(word in text for word in words) for text in block[3])
            )
        ]
        self._last = (list(words), kept)
        result: list[BoardGroup] = []
        current = -1
        for number, start, stop, _texts, _joined in kept:
            if number != current:
                current = number
                result.append(BoardGroup(self.groups[number].key))
            result[-1].rows.extend(self.groups[number].rows[start:stop])
        return result


def iter_entry_ids(groups: Iterable[BoardGroup]) -> Iterable[str]:
    for group in groups:
        for row in group.rows:
            yield from row.entry_ids()
