"""The follow-up tab: improvements of earlier workshops come back and are updated here."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QComboBox

from workshop_app.domain import Action, Entry, EntryKind, ImprovementStatus, Programme, Workshop
from workshop_app.store import Workspace
from workshop_app.ui.follow_up import FollowUpModel
from workshop_app.ui.main_window import MainWindow

from .conftest import rows, type_line


def _day(offset: int) -> str:
    return (date.today() + timedelta(days=offset)).isoformat()


@pytest.fixture
def two_workshops(tmp_path):
    path = tmp_path / "suivi.sqlite"
    with Workspace.open(path) as ws:
        programme = ws.programmes.create_with_defaults(Programme(title="Habiter mieux"))
        heating = ws.actions.add(Action(programme_id=programme.id, number=1, title="Chauffage"))
        first = ws.workshops.add(
            Workshop(programme_id=programme.id, title="Atelier 1", starts_at=_day(-30))
        )
        second = ws.workshops.add(
            Workshop(programme_id=programme.id, title="Atelier 2", starts_at=_day(0))
        )
        for workshop in (first, second):
            ws.workshops.set_action_ids(workshop.id, [heating.id])
        texts = {
            "Visites à domicile <b>&amp;</b> 🏠": ImprovementStatus.PLANNED,
            "Un numéro direct": ImprovementStatus.PROPOSED,
            "Déjà fait": ImprovementStatus.DONE,
        }
        ids = {}
        for text, status in texts.items():
            entry = ws.entries.add(
                Entry(
                    workshop_id=first.id,
                    kind=EntryKind.IMPROVEMENT,
                    text=text,
                    action_id=heating.id,
                    status=status,
                )
            )
            ids[text] = entry.id
    return path, second.id, ids


def _open(qtbot, settings, path, workshop_id) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_workspace(path)
    assert window.select_workshop(workshop_id)
    return window


@pytest.fixture
def opened(qtbot, settings, two_workshops):
    path, workshop_id, ids = two_workshops
    window = _open(qtbot, settings, path, workshop_id)
    page = window.page
    page.side_tabs.setCurrentWidget(page.follow_tab)
    yield window, path, ids
    window.close()


def _texts(model: FollowUpModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_open_improvements_of_the_action_come_back(opened):
    window, _path, _ids = opened
    model = window.page.follow_up.model
    assert _texts(model, FollowUpModel.TEXT) == [
        "Visites à domicile <b>&amp;</b> 🏠",  # as typed, markup shown as text
        "Un numéro direct",
    ]
    assert _texts(model, FollowUpModel.STATUS) == ["Planned", "Proposed"]
    assert _texts(model, FollowUpModel.ACTION) == ["1. Chauffage", "1. Chauffage"]
    assert all(t.startswith("Atelier 1 (") for t in _texts(model, FollowUpModel.ORIGIN))
    assert "Atelier 1" in window.page.follow_up.title.text()


def test_a_status_changed_from_the_keyboard_is_saved_and_undone(opened, qtbot):
    window, path, ids = opened
    panel = window.page.follow_up
    view = panel.view
    view.setFocus()
    view.setCurrentIndex(panel.model.index(0, FollowUpModel.STATUS))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QComboBox, "followUpStatusEditor")
    assert editor is not None
    qtbot.waitUntil(lambda: editor.view().isVisible())  # unfolded at once
    list_view = editor.view()
    assert list_view.currentIndex().data() == "Planned"
    qtbot.keyClick(list_view, Qt.Key.Key_Down)  # Planned → Done
    qtbot.keyClick(list_view, Qt.Key.Key_Return)
    visits = ids["Visites à domicile <b>&amp;</b> 🏠"]
    assert rows(path, "SELECT status FROM entry WHERE id = ?", visits) == [("done",)]
    qtbot.waitUntil(lambda: panel.model.index(0, FollowUpModel.STATUS).data() == "Done")
    assert rows(
        path, "SELECT old_status, new_status FROM status_change WHERE entry_id = ?", visits
    ) == [("planned", "done")]
    # Done here, it stays in sight, with what moved.
    model = panel.model
    assert _texts(model, FollowUpModel.STATUS)[0] == "Done"
    assert _texts(model, FollowUpModel.MOVED)[0] == "Planned → Done"
    window.undo_stack.undo()
    assert rows(path, "SELECT status FROM entry WHERE id = ?", visits) == [("planned",)]
    qtbot.waitUntil(lambda: panel.model.index(0, FollowUpModel.STATUS).data() == "Planned")
    assert _texts(model, FollowUpModel.STATUS)[0] == "Planned"
    assert _texts(model, FollowUpModel.MOVED)[0] == ""  # undone: nothing moved


def test_the_panel_reads_earlier_workshops_only_when_shown(qtbot, settings, two_workshops):
    path, workshop_id, _ids = two_workshops
    window = _open(qtbot, settings, path, workshop_id)
    page = window.page
    page.side_tabs.setCurrentWidget(page.roster)
    assert page.follow_up.model.rowCount() == 0
    page.side_tabs.setCurrentWidget(page.follow_tab)
    assert page.follow_up.model.rowCount() == 2
    window.close()


def test_the_improvement_has_room_and_its_tooltip_shows_it_as_typed(opened):
    window, _path, _ids = opened
    panel = window.page.follow_up
    window.resize(1200, 760)
    QApplication.processEvents()
    view = panel.view
    assert panel.width() < panel.WIDE  # the side column, as the window opens
    assert view.isColumnHidden(FollowUpModel.ACTION) and view.isColumnHidden(FollowUpModel.ORIGIN)
    others = sum(view.columnWidth(c) for c in (FollowUpModel.STATUS, FollowUpModel.MOVED))
    assert view.columnWidth(FollowUpModel.TEXT) >= view.viewport().width() - others - 2
    assert view.columnWidth(FollowUpModel.TEXT) > 100
    tip = panel.model.index(0, FollowUpModel.TEXT).data(Qt.ItemDataRole.ToolTipRole)
    document = QTextDocument()
    document.setHtml(tip)
    shown = document.toPlainText()
    assert "Visites à domicile <b>&amp;</b> 🏠" in shown  # markup shown, not applied
    assert "1. Chauffage" in shown and "Atelier 1" in shown
    panel.resize(900, panel.height())
    assert not view.isColumnHidden(FollowUpModel.ORIGIN)


def test_the_saved_hint_goes_with_the_workshop_it_was_about(qtbot, settings, two_workshops):
    """A play-through saw "Saved. Ctrl+Z puts it back…" still shown in the next workshop,
    where there was nothing to undo."""
    path, second_id, _ids = two_workshops
    window = _open(qtbot, settings, path, second_id)
    page = window.page
    type_line(qtbot, window, "Un nouveau point")
    assert page.capture.hint_label.isVisible()
    first_id = rows(path, "SELECT id FROM workshop WHERE title = 'Atelier 1'")[0][0]
    assert window.select_workshop(first_id)
    assert not page.capture.hint_label.isVisible()
    assert window.select_workshop(second_id)
    type_line(qtbot, window, "Encore un")
    assert page.capture.hint_label.isVisible()
    window.undo_stack.clear()  # the bin emptied, an erasure: no undo any more
    assert not page.capture.hint_label.isVisible()
    window.close()
