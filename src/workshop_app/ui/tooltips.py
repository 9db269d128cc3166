"""Tooltips that show people's text as typed.

Qt shows a tooltip as rich text when it looks like markup (``Qt::mightBeRichText``): an
entry typed as "<b>gras</b> & co" would show "gras" in bold. :func:`as_typed` escapes such a
text and wraps it, so that the tooltip prints its characters, line breaks kept.
"""

from __future__ import annotations

from html import escape


def as_typed(text: str) -> str:
    """``text`` for a tooltip (``Qt.ToolTipRole``), shown literally."""
    if "<" not in text:  # not taken for markup: shown as it is
        return text
    return f"<p style='white-space:pre-wrap'>{escape(text, quote=False)}</p>"
