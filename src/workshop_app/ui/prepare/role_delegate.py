"""Choosing a participant's role in the roster table: one digit key, or a list.

The roles are numbered (1 Resident / user … 8 Other role). On a row of the roster, the
digit sets the role at once (:class:`RoleKeys`); F2 on the role cell opens the list
already unfolded, so the arrows move in it and Enter chooses.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workshop_app.domain.enums import ParticipantRole
from workshop_app.ui import labels

Index = QModelIndex | QPersistentModelIndex


class RoleDelegate(QStyledItemDelegate):
    """A combo box of roles; the model receives the stored value (``"social_worker"``).

    Choosing a role with the keyboard (arrows, then Enter) or the mouse writes it at once.
    """

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("roleEditor")
        combo.setAccessibleName(self.tr("Role"))
        for number, role in enumerate(ParticipantRole, start=1):
            combo.addItem(f"{number}  {labels.participant_role(role)}", role.value)
        combo.activated.connect(lambda _row, c=combo: self._commit(c))
        # unfolded at once: ↑/↓ move in the list instead of choosing and closing
        QTimer.singleShot(0, combo.showPopup)
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        at = editor.findData(value)
        editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)


def role_for_key(key: int) -> ParticipantRole | None:
    """The role a digit key names (1 for the first role…), if any."""
    roles = list(ParticipantRole)
    if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < len(roles):
        return roles[key - Qt.Key.Key_1]
    return None


def role_keys_help() -> str:
    """ "1 Resident / user · 2 Social worker · …", for hints."""
    return " · ".join(
        f"{number} {labels.participant_role(role)}"
        for number, role in enumerate(ParticipantRole, start=1)
    )


class RoleKeys(QObject):
    """On the roster table, a digit key sets the current person's role (``role_column``)."""

    def __init__(self, view: QAbstractItemView, role_column: int):
        super().__init__(view)
        self.view = view
        self.role_column = role_column
        view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            role = role_for_key(event.key())
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            current = self.view.currentIndex()
            editing = self.view.state() == QAbstractItemView.State.EditingState
            if role is not None and not modifiers and current.isValid() and not editing:
                target = current.siblingAtColumn(self.role_column)
                self.view.model().setData(target, role.value, Qt.ItemDataRole.EditRole)
                return True
        return False
