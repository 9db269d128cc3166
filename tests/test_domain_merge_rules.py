"""The merge rules on generated version histories: the two sides always agree on what
happened, and a merge done twice changes nothing the second time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.domain.merge_rules import Choice, Verdict, compare, default_choice

MIRROR = {
    Verdict.IDENTICAL: Verdict.IDENTICAL,
    Verdict.OLDER: Verdict.NEWER,
    Verdict.NEWER: Verdict.OLDER,
    Verdict.CONFLICT: Verdict.CONFLICT,
}


@st.composite
def two_sides(draw):
    """A tree of versions (each a child of an earlier one), two sites each at one version,
    each remembering the versions on its path from the first, plus some it received."""
    size = draw(st.integers(1, 12))
    parents = [None] + [draw(st.integers(0, i - 1)) for i in range(1, size)]

    def path(version: int) -> set[str]:
        seen = set()
        while version is not None:
            seen.add(f"v{version}")
            version = parents[version]
        return seen

    mine, theirs = draw(st.integers(0, size - 1)), draw(st.integers(0, size - 1))
    return f"v{mine}", f"v{theirs}", path(mine), path(theirs)


@settings(derandomize=True, max_examples=400)
@given(two_sides())
def test_both_sides_see_the_same_story(sides):
    mine, theirs, my_history, their_history = sides
    here = compare(mine, theirs, my_history, their_history)
    there = compare(theirs, mine, their_history, my_history)
    assert MIRROR[here] is there


@settings(derandomize=True, max_examples=400)
@given(two_sides())
def test_a_second_merge_changes_nothing(sides):
    mine, theirs, my_history, their_history = sides
    verdict = compare(mine, theirs, my_history, their_history)
    if verdict is Verdict.NEWER:
        mine = theirs
    my_history = my_history | their_history | {mine, theirs}
    assert compare(mine, theirs, my_history, their_history) in (Verdict.IDENTICAL, Verdict.OLDER)


@settings(derandomize=True, max_examples=400)
@given(two_sides())
def test_a_descendant_is_never_a_conflict(sides):
    mine, theirs, my_history, their_history = sides
    if mine in their_history or theirs in my_history:
        assert compare(mine, theirs, my_history, their_history) is not Verdict.CONFLICT


@given(st.text(max_size=30) | st.none(), st.text(max_size=30) | st.none())
def test_the_default_choice_is_the_same_from_both_sides(a, b):
    if (a or "") == (b or ""):
        assert default_choice(a, b) is Choice.MINE
    else:
        assert (default_choice(a, b) is Choice.THEIRS) == (default_choice(b, a) is Choice.MINE)
