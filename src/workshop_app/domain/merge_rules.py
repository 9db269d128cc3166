"""How two versions of one record are reconciled when workspaces are merged.

Records have the same key (a UUID) on every laptop, so a merge pairs them by key. What it
cannot see is which side changed a record since the two last agreed; every workspace
therefore remembers the fingerprints of the versions it has known when files travelled
(sent, received or merged: its *history*). With ``mine`` and ``theirs`` the fingerprints
of the two current versions, and each side's history:

1. ``theirs == mine``: the same version, nothing to do (**identical**);
2. ``theirs`` is in my history: their version is one I already had or went past, so I
   keep mine (**older**: merging a stale copy never undoes a later change);
3. ``mine`` is in their history: they went past my version, I take theirs (**newer**);
4. otherwise both changed since they last agreed (or were never compared): a
   **conflict**, which the person settles (keep mine, take theirs, or keep both where two
   versions can live side by side), or, without a person, the version written last wins
   and the other is set aside where it can be seen again.

A removal is a change like any other: it travels by rules 2–3, and a record removed on
one side and edited on the other is a conflict. Erasing a person is not: **an erasure
always wins**, is never undone by a file that still holds the name, and the name is not
written anywhere by the merge. Emptying the bin is not either: **a purge always wins**. A
record emptied from the bin (:mod:`workshop_app.store.recycle_bin`) keeps only a
tombstone, and its history holds the mark :data:`PURGED` instead of the fingerprints of
its versions; a version of it coming from another laptop (removed, alive, even edited
there) never brings its text back, and a tombstone arriving empties the record here too
(its texts blanked, whatever this side had). Because the rules only compare fingerprints
and sets, merging the same file twice changes nothing the second time, and merging two
files in either order gives the same result when they do not conflict.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import Enum

PURGED = "purged"
"""The mark an emptied record leaves in a history (never a fingerprint: those are hex)."""


class Verdict(Enum):
    IDENTICAL = "identical"
    OLDER = "older"
    NEWER = "newer"
    CONFLICT = "conflict"


class Choice(Enum):
    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"


def compare(
    mine: str, theirs: str, my_history: Collection[str], their_history: Collection[str]
) -> Verdict:
    """The rule above for one record present on both sides (fingerprints and histories)."""
    if theirs == mine:
        return Verdict.IDENTICAL
    emptied_here, emptied_there = PURGED in my_history, PURGED in their_history
    if emptied_here or emptied_there:  # a purge always wins
        if emptied_here and emptied_there:
            return Verdict.IDENTICAL  # two tombstones: nothing left to reconcile
        return Verdict.OLDER if emptied_here else Verdict.NEWER
    if theirs in my_history:
        return Verdict.OLDER
    if mine in their_history:
        return Verdict.NEWER
    return Verdict.CONFLICT


def default_choice(my_written_at: str | None, their_written_at: str | None) -> Choice:
    """Without a person to ask: the version written last wins; on a tie, mine."""
    if (their_written_at or "") > (my_written_at or ""):
        return Choice.THEIRS
    return Choice.MINE
