"""The board layout's filter: folding text, and filtering a layout without laying it out again."""

from __future__ import annotations

import dataclasses
import random
import sys
import unicodedata

import pytest

from workshop_app.domain import Entry, EntryKind
from workshop_app.domain import board as layout


def reference_fold(text: str) -> str:
    """The plain definition :func:`layout.fold` must keep to."""
    ligatures = str.maketrans({"œ": "oe", "æ": "ae"})
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(ligatures))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_fold_examples():
    assert layout.fold("Œuvre à l'ÉTÉ") == "oeuvre a l'ete"
    assert layout.fold("PRÉCARITÉ Énergétique") == "precarite energetique"
    assert layout.fold("Straße ﬁn") == "strasse fin"
    assert layout.fold("Loyer") == "loyer"
    assert layout.fold("") == ""


@pytest.mark.parametrize("start", range(0, 0x30000, 0x4000))
def test_fold_matches_the_definition_on_every_character(start):
    for code in range(start, min(start + 0x4000, sys.maxunicode + 1)):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        for text in (char, f"É{char}a{char}œ", f"a{char}\u0301"):
            assert layout.fold(text) == reference_fold(text), hex(code)


def test_folded_texts_fold_again_when_the_text_changes():
    folded = layout.FoldedTexts()
    entry = Entry(workshop_id="w", kind=EntryKind.ISSUE, text="Été")
    assert folded(entry) == "ete"
    assert folded(dataclasses.replace(entry, text="Hiver")) == "hiver"
    assert folded(entry) == "ete"


WORDS = [
    "loyer",
    "loyers",
    "énergie",
    "Œuvre",
    "précarité",
    "aide",
    "délai",
    "bailleur",
    "ÉTÉ",
    "visite",
    "élus",
]


def random_entries(rng: random.Random, count: int) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    issues: list[Entry] = []
    for position in range(count):
        kind = rng.choice(list(EntryKind))
        answers = rng.choice(issues).id if kind is EntryKind.IMPROVEMENT and issues else None
        entry = Entry(
            workshop_id="w",
            kind=kind,
            text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 5))),
            action_id=rng.choice([None, "a1", "a2"]),
            theme_id=rng.choice([None, "t1"]),
            answers_id=answers if rng.random() < 0.8 else None,
            votes=rng.randint(0, 3),
            position=float(position),
            deleted_at="2024-01-01" if rng.random() < 0.05 else None,
        )
        entries[entry.id] = entry
        if kind is EntryKind.ISSUE:
            issues.append(entry)
    return entries


def shape(groups: list[layout.BoardGroup]) -> list:
    return [(g.key, [dataclasses.astuple(r) for r in g.rows]) for g in groups]


QUERIES = [
    "",
    "l",
    "lo",
    "loy",
    "loyer",
    "loyers",
    "loyer",
    "lo",
    "e",
    "ete",
    "ÉTÉ aide",
    "aide été",
    "oeuvre",
    "œuvre loyer",
    "zzz",
    "  ",
    "a",
    "ai",
    "aid",
    "aide",
]


@pytest.mark.parametrize("by_votes", [False, True])
@pytest.mark.parametrize("seed", range(6))
def test_filtering_the_layout_equals_laying_out_with_the_filter(seed, by_votes):
    rng = random.Random(seed)
    entries = random_entries(rng, rng.randint(0, 120))
    numbers, positions = {"a1": 1, "a2": 2}, {"t1": 0}
    full = layout.build_board(entries, numbers, positions, by_votes=by_votes)
    board_filter = layout.BoardFilter(full, entries, layout.FoldedTexts())
    queries = QUERIES + [rng.choice(QUERIES) for _ in range(20)]
    for query in queries:  # in order: typing on narrows from the previous result
        expected = layout.build_board(
            entries, numbers, positions, by_votes=by_votes, keep=layout.matcher(query)
        )
        assert shape(board_filter.filter(layout.query_words(query))) == shape(expected), query


def test_a_pair_is_kept_whole_but_words_must_meet_in_one_entry():
    issue = Entry(workshop_id="w", kind=EntryKind.ISSUE, text="Le loyer", position=1)
    improvement = Entry(
        workshop_id="w",
        kind=EntryKind.IMPROVEMENT,
        text="Une aide",
        answers_id=issue.id,
        position=2,
    )
    entries = {e.id: e for e in (issue, improvement)}
    full = layout.build_board(entries, {}, {})
    board_filter = layout.BoardFilter(full, entries, layout.FoldedTexts())
    assert shape(board_filter.filter(["aide"])) == shape(full)
    assert board_filter.filter(["loyer", "aide"]) == []
