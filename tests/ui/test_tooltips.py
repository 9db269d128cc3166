"""Tooltips print people's text as typed, markup included (ui/tooltips.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from workshop_app.ui.tooltips import as_typed

TEXT = st.lists(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Zs", "Co", "Cf"))
    | st.sampled_from(["<b>", "</b>", "&amp;", "&", "<br/>", "<img src=x>", " ", "\n", "🏠", "ع"]),
    max_size=60,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_a_tooltip_reads_as_typed(qapp, text):
    tip = as_typed(text)
    if "<" not in text:
        assert tip == text  # plain text: Qt shows it as it is
        return
    document = QTextDocument()
    document.setHtml(tip)
    # every character as typed (a tooltip shows no blank line at its ends)
    assert document.toPlainText().strip("\n") == text.strip("\n")
