"""Custom item data roles shared by Atelier's models."""

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record id (UUID text) behind a row."""
NODE_ROLE = Qt.ItemDataRole.UserRole + 2
"""What kind of record a row shows: ``"programme"``, ``"workshop"``, ``"entry"``."""
ISSUE_ROLE = Qt.ItemDataRole.UserRole + 3
"""The issue of a board row (what a new improvement would answer)."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
"""The entry kind of a cell, as its stored value."""
META_ROLE = Qt.ItemDataRole.UserRole + 5
"""A board cell's votes and author ("▲ 3 · Nadia B."), drawn on a line of their own."""
