"""Where Qt positions meet Python string indexes.

Qt counts a text in UTF-16 code units, Python in code points: a character beyond U+FFFF
(😀, 𝔘, each half of a flag 🇫🇷) is two units for a :class:`QTextCursor` or a
``QLineEdit`` and one character for a ``str``. Every cursor position or selection read
from a widget goes through :func:`to_index` before it indexes a Python string, and every
Python index goes through :func:`to_utf16` before it is given back to Qt.

    >>> to_index("café 😀 #f", 9)
    8
    >>> to_utf16("café 😀 #f", 8)
    9

Both clamp what is out of range to the text, and a position that falls between the two
halves of a surrogate pair (Qt never puts a cursor there) means the character it splits.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor


def utf16_length(text: str) -> int:
    """How many UTF-16 units Qt counts in ``text``."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def to_utf16(text: str, index: int) -> int:
    """The Qt position of the Python index ``index`` of ``text`` (clamped to the text)."""
    index = max(0, min(len(text), index))
    return utf16_length(text[:index])


def to_index(text: str, position: int) -> int:
    """The Python index of the Qt position ``position`` in ``text`` (clamped to the text)."""
    if position <= 0:
        return 0
    if text.isascii() or max(text) <= "\uffff":
        return min(position, len(text))
    units = 0
    for index, char in enumerate(text):
        units += 2 if char > "\uffff" else 1
        if units > position:
            return index
    return len(text)


def cursor_index(cursor: QTextCursor, text: str) -> int:
    """The Python index in ``text`` (the cursor's document as plain text) of ``cursor``."""
    return to_index(text, cursor.position())


def select_span(cursor: QTextCursor, text: str, start: int, end: int) -> None:
    """Make ``cursor`` select ``text[start:end]`` (Python indexes)."""
    cursor.setPosition(to_utf16(text, start))
    cursor.setPosition(to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
