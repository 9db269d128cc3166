"""Records made apart that are the same thing: proposed for the person to confirm in the
preview, never merged on their own.

* A programme of the file that the workspace lacks, with the same title (case, accents
  and punctuation aside) as one of the workspace's: the same programme; its actions are
  paired by number (else by title) and its themes by name.
* A person of the file that the workspace lacks, in the same programme, with the same role
  and a close name (Dupuis / Dupuy, Josiane / Josianne): the same person. Never proposed
  from a file sent without names.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from workshop_app.domain.vocabulary import fold
from workshop_app.store.exchange.kinds import BY_TABLE
from workshop_app.store.exchange.plan import rows_of
from workshop_app.store.exchange.source import Source
from workshop_app.store.workspace import Workspace

CLOSE_NAMES = 0.85


@dataclass
class Match:
    table: str
    theirs: str
    mine: str
    theirs_label: str
    mine_label: str
    also: dict[str, dict[str, str]] = field(default_factory=dict)
    """What comes with it (a programme's actions and themes), by table."""


def mapping(matches: list[Match]) -> dict[str, dict[str, str]]:
    """The source → workspace ids of confirmed matches, by table (for ``plan_merge``)."""
    result: dict[str, dict[str, str]] = {}
    for match in matches:
        result.setdefault(match.table, {})[match.theirs] = match.mine
        for table, ids in match.also.items():
            result.setdefault(table, {}).update(ids)
    return result


def propose(target: Workspace, source: Source) -> list[Match]:
    matches = _programmes(target, source)
    if not source.names_withheld:
        matches += _people(target, source, mapping(matches).get("programme", {}))
    return matches


def _programmes(target: Workspace, source: Source) -> list[Match]:
    mine = [r for r in rows_of(target, BY_TABLE["programme"]) if not r["deleted_at"]]
    mine_ids = {r["id"] for r in rows_of(target, BY_TABLE["programme"])}
    by_title = {}
    for row in mine:
        by_title.setdefault(fold(row["title"]), row)
    found = []
    for theirs in rows_of(source.ws, BY_TABLE["programme"]):
        if theirs["id"] in mine_ids or theirs["deleted_at"]:
            continue
        same = by_title.get(fold(theirs["title"]))
        if same is None:
            continue
        found.append(
            Match(
                "programme",
                theirs["id"],
                same["id"],
                theirs["title"],
                same["title"],
                {
                    "action": _pair_actions(target, source, theirs["id"], same["id"]),
                    "theme": _pair_by(
                        target, source, "theme", theirs["id"], same["id"], lambda r: fold(r["name"])
                    ),
                },
            )
        )
    return found


def _children(ws: Workspace, table: str, programme_id: str) -> list[dict]:
    return [
        r
        for r in rows_of(ws, BY_TABLE[table])
        if r["programme_id"] == programme_id and not r["deleted_at"]
    ]


def _pair_by(target, source, table, theirs_programme, mine_programme, key) -> dict[str, str]:
    mine = {}
    for row in _children(target, table, mine_programme):
        mine.setdefault(key(row), row["id"])
    return {
        row["id"]: mine[key(row)]
        for row in _children(source.ws, table, theirs_programme)
        if key(row) in mine and row["id"] != mine[key(row)]
    }


def _pair_actions(target, source, theirs_programme, mine_programme) -> dict[str, str]:
    paired = _pair_by(
        target, source, "action", theirs_programme, mine_programme, lambda r: ("n", r["number"])
    )
    by_title = _pair_by(
        target, source, "action", theirs_programme, mine_programme, lambda r: fold(r["title"])
    )
    taken = set(paired.values())
    for theirs, mine in by_title.items():
        if theirs not in paired and mine not in taken:
            paired[theirs] = mine
            taken.add(mine)
    return paired


def _people(target: Workspace, source: Source, programmes: dict[str, str]) -> list[Match]:
    kind = BY_TABLE["participant"]
    mine_rows = rows_of(target, kind)
    mine_ids = {r["id"] for r in mine_rows}
    candidates = [r for r in mine_rows if not r["erased_at"] and not r["deleted_at"]]
    found: list[Match] = []
    best_for: dict[str, float] = {}
    theirs_rows = rows_of(source.ws, kind)
    in_file = {r["id"] for r in theirs_rows}
    # a person the file already holds by key is that person, not a match for another
    candidates = [m for m in candidates if m["id"] not in in_file]
    for theirs in theirs_rows:
        if theirs["id"] in mine_ids or theirs["erased_at"] or theirs["deleted_at"]:
            continue
        programme = programmes.get(theirs["programme_id"], theirs["programme_id"])
        best, best_score = None, 0.0
        for mine in candidates:
            if mine["programme_id"] != programme or mine["role"] != theirs["role"]:
                continue
            score = _closeness(theirs["display_name"], mine["display_name"])
            if score >= CLOSE_NAMES and score > best_score:
                best, best_score = mine, score
        if best is not None and best_score > best_for.get(best["id"], 0.0):
            # one person of the workspace is proposed for one of the file at most
            found = [m for m in found if m.mine != best["id"]]
            best_for[best["id"]] = best_score
            found.append(
                Match(
                    "participant",
                    theirs["id"],
                    best["id"],
                    theirs["display_name"],
                    best["display_name"],
                )
            )
    return found


def _closeness(a: str, b: str) -> float:
    a, b = fold(a), fold(b)
    if not a or not b:
        return 0.0
    return 1.0 if a == b else difflib.SequenceMatcher(None, a, b).ratio()
