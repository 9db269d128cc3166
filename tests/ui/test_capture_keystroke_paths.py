"""The quick paths of a keystroke in the capture box read what the plain paths read
(issue 18): the marker under the cursor found around the cursor only, names compared
through a cache of their folded forms, the text to save rebuilt by slices, the cursor's
place counted in its paragraph, the box's height set only when it changes."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QFontMetrics

from workshop_app.domain import capture_syntax as syntax
from workshop_app.domain.board import fold
from workshop_app.domain.capture_syntax import TOKEN, Choice, Token, resolve, token_at
from workshop_app.ui import capture
from workshop_app.ui.capture import CaptureEdit
from workshop_app.ui.text_positions import cursor_index, to_index, to_utf16

from .test_text_positions import QT, WIDE

SPACES = ["\n", " ", "\t", "\xa0", "\u202f", "\u2028", "\u3000", "\x1c", "\x1f", "\x85", "\r"]
MARKUP = ["<b>", "&amp;", "</b>", "<i>x</i>", "&lt;"]
PIECES = (
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufeff\ufffe")
    | st.sampled_from([*WIDE, *SPACES, *MARKUP, "#", "@", "!", "_", "-", "’", "'", "."])
    | st.sampled_from(["#imp", "@na", "!1", "#Mise_en", "@Nadia_B.", "!12", "مرحبا", "سلام"])
    | st.sampled_from([" #imp", " @na ", " !1", "\n#f", "a#b", "##c", "!!", "@@x", "é#é"])
)


PURE = settings(deadline=None, derandomize=True)
"""The same examples at every run; a long text on a busy machine is no failure."""


def texts(max_size: int = 40) -> st.SearchStrategy[str]:
    """Any text, empty to several KB; a long run may hold no space at all."""
    short = st.lists(PIECES, max_size=max_size).map("".join)
    long = st.tuples(st.lists(PIECES, min_size=1, max_size=12), st.integers(20, 200))
    return short | long.map(lambda run: "".join(run[0]) * run[1])


def plain_token_at(text: str, cursor: int) -> Token | None:
    """The definition: every marker of the whole text, the one the cursor is in."""
    cursor = max(0, min(len(text), cursor))
    for m in TOKEN.finditer(text):
        if m.start() < cursor <= m.end():
            return Token(m.group(1), m.group(2), m.start(), m.end())
    if cursor > 0 and text[cursor - 1] in "#@!" and (cursor == 1 or not text[cursor - 2].isalnum()):
        return Token(text[cursor - 1], "", cursor - 1, cursor)
    return None


@PURE
@given(texts(), st.integers(-3, 5000))
def test_the_marker_under_the_cursor_is_the_one_the_whole_text_holds(text, cursor):
    assert token_at(text, cursor) == plain_token_at(text, cursor)


@PURE
@given(texts(), st.data())
def test_every_cursor_of_a_text_finds_what_the_whole_text_holds(text, data):
    for cursor in data.draw(st.lists(st.integers(0, len(text)), max_size=8)):
        assert token_at(text, cursor) == plain_token_at(text, cursor)


def test_a_run_longer_than_the_limit_is_read_whole():
    run = "a" * (syntax.WORD_LIMIT + 5)
    for text in (f"#{run}", f"{run}#x", f"x #{run} y", "é" * 600 + "#ab"):
        for cursor in (0, 1, 3, len(text) // 2, len(text) - 1, len(text)):
            assert token_at(text, cursor) == plain_token_at(text, cursor)


@PURE
@given(texts(max_size=8))
def test_names_compare_through_the_cache_as_without_it(name):
    assert syntax._key(name) == fold(name).replace(" ", "_").rstrip(".’'")
    assert syntax._key(name) == syntax._key.__wrapped__(name)


def plain_rebuilt(text: str, removed: bytearray, put: dict[int, str]) -> str:
    """The definition: a character at a time."""
    return "".join(
        put.get(at, "") if gone else char
        for at, (char, gone) in enumerate(zip(text, removed, strict=True))
    )


@PURE
@given(texts(), st.randoms(use_true_random=False))
def test_the_text_to_save_is_rebuilt_by_slices_as_a_character_at_a_time(text, rng):
    removed = bytearray(len(text))
    put: dict[int, str] = {}
    for _ in range(rng.randint(0, 6)):
        if not text:
            break
        start = rng.randrange(len(text))
        end = min(len(text), start + rng.randint(1, 12))
        removed[start:end] = b"\x01" * (end - start)
        put[rng.randrange(start, end)] = rng.choice(["Nadia B.", "", "😀", "\ue000id\ue001"])
    for at in rng.sample(range(len(text)), min(len(text), rng.randint(0, 3))):
        removed[at] = 1  # a space beside a marker goes alone
    assert syntax._rebuilt(text, removed, put) == plain_rebuilt(text, removed, put)


NAMES = ["Nadia B.", "Nadia Bé", "Mise en œuvre", "Implementation", "Suivi", "Ünal Ö.", "عمر"]


@st.composite
def choices(draw, numbers: bool = False):
    short = st.lists(PIECES, max_size=4).map("".join)
    names = st.sampled_from([str(n) for n in range(1, 14)] if numbers else NAMES) | short
    return [
        Choice(
            f"{'a' if numbers else 'c'}{n}", tuple(draw(st.lists(names, min_size=1, max_size=3)))
        )
        for n in range(draw(st.integers(0, 6)))
    ]


def plain_resolve(text: str, **lists) -> syntax.Resolved:
    """:func:`resolve` without the name cache and with the text rebuilt a character at a
    time: what it was before issue 18."""
    saved = syntax._key, syntax._rebuilt
    syntax._key = syntax._key.__wrapped__
    syntax._rebuilt = plain_rebuilt
    try:
        return resolve(text, **lists)
    finally:
        syntax._key, syntax._rebuilt = saved


@PURE
@given(texts(), choices(), choices(), choices(numbers=True))
def test_resolving_reads_what_the_plain_path_reads(text, themes, people, actions):
    lists = {"themes": themes, "people": people, "actions": actions}
    assert resolve(text, **lists) == plain_resolve(text, **lists)


@PURE
@given(texts(), st.integers(-3, 5000))
def test_a_place_in_a_paragraph_is_counted_as_to_index_counts_it(text, position):
    assert capture._index_in(text, position) == to_index(text, position)


def _put(edit: CaptureEdit, text: str, index: int) -> str:
    edit.put_back(text)
    shown = edit.typed_text()
    cursor = edit.textCursor()
    cursor.setPosition(to_utf16(shown, min(index, len(shown))))
    edit.setTextCursor(cursor)
    return shown


@QT
@given(texts(), st.integers(0, 6000))
def test_the_box_finds_in_its_paragraph_the_marker_the_whole_text_holds(box, text, index):
    shown = _put(box, text, index)
    plain = token_at(shown, cursor_index(box.textCursor(), shown))
    assert (
        box.token_under_cursor()
        == plain
        == plain_token_at(shown, cursor_index(box.textCursor(), shown))
    )


@QT
@given(st.lists(texts(12), min_size=2, max_size=6), st.data())
def test_a_marker_in_a_later_paragraph_is_placed_in_the_whole_text(box, lines, data):
    lines[-1] += data.draw(st.sampled_from(["#imp", " @na", "!1", "#", " @"]))
    text = "\n".join(lines)
    shown = _put(box, text, len(text))
    at = cursor_index(box.textCursor(), shown)
    found = box.token_under_cursor()
    assert found == plain_token_at(shown, at)
    if found is not None:
        assert shown[found.start : found.end] == found.sigil + found.word


@QT
@given(texts(), st.sampled_from([7, 9, 12, 20, 31]))
def test_the_box_is_as_high_as_its_lines_whatever_the_font(box, text, size):
    font = QFont(box.font())
    font.setPointSize(size)
    box.setFont(font)
    box.put_back(text)
    box.resize(random.Random(len(text)).randint(120, 900), box.height())
    box._fit_height()
    lines = max(1, min(6, box.document().size().height() or 1))
    margins = box.contentsMargins()
    plain = int(
        lines * QFontMetrics(box.font()).lineSpacing() + 2 * box.document().documentMargin()
    )
    expected = plain + margins.top() + margins.bottom() + 4
    assert box.minimumHeight() == box.maximumHeight() == expected
