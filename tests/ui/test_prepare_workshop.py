"""The workshop dialog: create and edit a workshop, its actions and status, as one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from workshop_app.domain import Workshop, WorkshopKind, WorkshopStatus
from workshop_app.store import Workspace
from workshop_app.store.errors import WriteFailed
from workshop_app.ui.prepare import WorkshopDialog
from workshop_app.ui.prepare.workshop_dialog import default_start, parse_local
from workshop_app.ui.session import WorkshopSession

HOSTILE = "<b>Atelier</b> & co 🌱 ورشة"


@pytest.fixture
def programme(ws):
    return ws.programmes.select()[0]


@pytest.fixture
def session(ws, programme):
    return WorkshopSession(ws, None, programme_id=programme.id)


def open_dialog(qtbot, session, stack, workshop=None) -> WorkshopDialog:
    dialog = WorkshopDialog(session, stack, workshop)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # keyboard focus and shortcuts need the active window
        dialog.show()
        dialog.activateWindow()
    return dialog


def ok(qtbot, dialog):
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def stored(path, workshop_id):
    """(workshop, ids of its actions) as the file holds them; (None, []) if gone."""
    with Workspace.open(path, lock=False) as ws:
        found = ws.workshops.select("id = ?", [workshop_id])
        return (found[0] if found else None), ws.workshops.action_ids(workshop_id)


def comparable(workshop: Workshop | None):
    if workshop is None:
        return None
    return (
        workshop.title,
        workshop.kind,
        workshop.starts_at,
        workshop.ends_at,
        workshop.place,
        workshop.territory,
        workshop.facilitators,
        workshop.language,
        workshop.agenda,
        workshop.status,
    )


def test_new_workshop_from_the_keyboard(qtbot, ws, session, stack, demo_path, programme):
    actions = ws.actions.for_programme(programme.id)
    dialog = open_dialog(qtbot, session, stack)
    assert dialog.objectName() == "workshopDialog" and dialog.is_new
    assert dialog.title_edit.hasFocus()
    qtbot.keyClicks(dialog.title_edit, "Atelier bilan")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("focus_group"))
    dialog.start_edit.setDateTime(QDateTime(QDate(2026, 9, 15), QTime(9, 30)))
    dialog.end_edit.setTime(QTime(12, 15))
    qtbot.keyClicks(dialog.place_edit, "Maison des habitants")
    territories = [
        dialog.territory_combo.itemText(i) for i in range(dialog.territory_combo.count())
    ]
    assert territories == ["Vaulx-en-Velin / Bron", "Vénissieux"]  # already used, sorted
    dialog.territory_combo.setCurrentIndex(1)
    qtbot.keyClicks(dialog.facilitators_edit, "Claire M., Yanis K.")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("running"))
    dialog.set_checked_action_ids([actions[2].id, actions[0].id])
    dialog.agenda_edit.setPlainText("Objectif\n14h — accueil")
    qtbot.keyClick(dialog.agenda_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == WorkshopDialog.DialogCode.Accepted
    workshop_id = dialog.workshop.id
    written, action_ids = stored(demo_path, workshop_id)
    assert comparable(written) == (
        "Atelier bilan",
        WorkshopKind.FOCUS_GROUP,
        "2026-09-15T09:30",
        "2026-09-15T12:15",
        "Maison des habitants",
        "Vénissieux",
        "Claire M., Yanis K.",
        "en",
        "Objectif\n14h — accueil",
        WorkshopStatus.RUNNING,
    )
    assert written.programme_id == programme.id
    assert action_ids == [actions[0].id, actions[2].id]
    assert stack.count() == 1 and stack.undoText() == "New workshop"

    stack.undo()
    assert stored(demo_path, workshop_id) == (None, [])
    stack.redo()
    written, action_ids = stored(demo_path, workshop_id)
    assert written.title == "Atelier bilan"
    assert action_ids == [actions[0].id, actions[2].id]


def test_edit_a_workshop_its_actions_and_status(qtbot, ws, stack, demo_path, programme):
    workshop = ws.workshops.select()[0]
    session = WorkshopSession(ws, workshop.id)
    actions = ws.actions.for_programme(programme.id)
    before_ids = ws.workshops.action_ids(workshop.id)
    dialog = open_dialog(qtbot, session, stack, workshop)
    assert dialog.title_edit.text() == workshop.title
    assert dialog.checked_action_ids() == before_ids
    dialog.title_edit.setText(HOSTILE)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("running"))
    dialog.territory_combo.setCurrentText("Rillieux-la-Pape")  # typed, not in the list
    after_ids = [a.id for a in actions if a.id not in before_ids][:1] + before_ids[1:]
    dialog.set_checked_action_ids(after_ids)
    ok(qtbot, dialog)

    written, action_ids = stored(demo_path, workshop.id)
    assert written.title == HOSTILE
    assert written.status is WorkshopStatus.RUNNING
    assert written.territory == "Rillieux-la-Pape"
    assert written.starts_at == workshop.starts_at and written.ends_at == workshop.ends_at
    assert set(action_ids) == set(after_ids)
    assert session.workshop.title == HOSTILE  # the open session sees its new header
    assert stack.count() == 1

    stack.undo()
    written, action_ids = stored(demo_path, workshop.id)
    assert comparable(written) == comparable(workshop)
    assert action_ids == before_ids
    stack.redo()
    written, action_ids = stored(demo_path, workshop.id)
    assert written.title == HOSTILE and set(action_ids) == set(after_ids)


def test_changing_only_actions_is_one_step(qtbot, ws, session, stack, demo_path):
    workshop = ws.workshops.select()[1]
    dialog = open_dialog(qtbot, session, stack, workshop)
    dialog.set_checked_action_ids([])
    ok(qtbot, dialog)
    written, action_ids = stored(demo_path, workshop.id)
    assert comparable(written) == comparable(workshop) and action_ids == []
    stack.undo()
    assert stored(demo_path, workshop.id)[1] == ws.workshops.action_ids(workshop.id) != []


def test_nothing_changed_pushes_nothing(qtbot, ws, session, stack):
    dialog = open_dialog(qtbot, session, stack, ws.workshops.select()[0])
    ok(qtbot, dialog)
    assert not dialog.isVisible() and stack.count() == 0


def test_an_empty_title_is_explained_and_keeps_what_was_typed(qtbot, session, stack, demo_path):
    dialog = open_dialog(qtbot, session, stack)
    qtbot.keyClicks(dialog.place_edit, "Salle polyvalente")
    qtbot.keyClicks(dialog.title_edit, "   ")
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "title" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.title_edit
    assert dialog.place_edit.text() == "Salle polyvalente"
    assert stack.count() == 0
    qtbot.keyClicks(dialog.title_edit, "Atelier")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert stored(demo_path, dialog.workshop.id)[0].place == "Salle polyvalente"


def test_ending_before_starting_is_refused(qtbot, session, stack):
    dialog = open_dialog(qtbot, session, stack)
    dialog.title_edit.setText("Atelier")
    dialog.start_edit.setDateTime(QDateTime(QDate(2026, 9, 15), QTime(14, 0)))
    dialog.end_edit.setTime(QTime(11, 0))
    ok(qtbot, dialog)
    assert dialog.isVisible() and "ends before" in dialog.error_label.text()
    assert stack.count() == 0


def test_a_date_without_time_is_kept_unless_changed(
    qtbot, ws, session, stack, demo_path, programme
):
    workshop = ws.workshops.add(
        Workshop(programme_id=programme.id, title="Date seule", starts_at="2026-05-01")
    )
    dialog = open_dialog(qtbot, session, stack, workshop)
    assert dialog.start_edit.date() == QDate(2026, 5, 1)
    dialog.title_edit.setText("Date seule, titre changé")
    ok(qtbot, dialog)
    written, _ = stored(demo_path, workshop.id)
    assert (written.starts_at, written.ends_at) == ("2026-05-01", "")

    dialog = open_dialog(qtbot, session, stack, written)
    dialog.start_edit.setTime(QTime(18, 0))
    ok(qtbot, dialog)
    written, _ = stored(demo_path, workshop.id)
    assert written.starts_at == "2026-05-01T18:00"


def test_cancel_writes_nothing(qtbot, ws, session, stack, demo_path):
    workshop = ws.workshops.select()[0]
    dialog = open_dialog(qtbot, session, stack, workshop)
    dialog.title_edit.setText("Autre")
    dialog.set_checked_action_ids([])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert stack.count() == 0
    written, action_ids = stored(demo_path, workshop.id)
    assert comparable(written) == comparable(workshop)
    assert action_ids == ws.workshops.action_ids(workshop.id)


def test_a_failed_write_leaves_nothing_behind(
    qtbot, ws, session, stack, demo_path, programme, monkeypatch
):
    def full_disk(*_args, **_kwargs):
        raise WriteFailed(demo_path, "Atelier could not save the actions: the disk is full.")

    monkeypatch.setattr(ws.workshops, "set_action_ids", full_disk)
    count = len(ws.workshops.select())
    dialog = open_dialog(qtbot, session, stack)
    dialog.title_edit.setText("Atelier perdu ?")
    dialog.set_checked_action_ids([ws.actions.for_programme(programme.id)[0].id])
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "disk is full" in dialog.error_label.text()
    assert dialog.title_edit.text() == "Atelier perdu ?"
    assert stack.count() == 0 and not stack.canRedo()
    with Workspace.open(demo_path, lock=False) as other:
        assert len(other.workshops.select()) == count  # the workshop written first was undone


def test_unknown_language_is_kept(qtbot, ws, session, stack, demo_path, programme):
    workshop = ws.workshops.add(Workshop(programme_id=programme.id, title="Atelier", language="ar"))
    dialog = open_dialog(qtbot, session, stack, workshop)
    assert dialog.language_combo.currentData() == "ar"
    dialog.title_edit.setText("Atelier 2")
    ok(qtbot, dialog)
    assert stored(demo_path, workshop.id)[0].language == "ar"


def test_a_new_workshop_needs_a_programme(ws):
    with pytest.raises(ValueError, match="programme"):
        WorkshopDialog(WorkshopSession(ws, None), QUndoStack())


def test_widgets_are_named(qtbot, session, stack):
    dialog = open_dialog(qtbot, session, stack)
    for name in (
        "workshopTitleEdit",
        "workshopKindCombo",
        "workshopStartEdit",
        "workshopEndEdit",
        "workshopPlaceEdit",
        "workshopTerritoryCombo",
        "workshopFacilitatorsEdit",
        "workshopLanguageCombo",
        "workshopStatusCombo",
        "workshopActionsList",
        "workshopAgendaEdit",
    ):
        widget = dialog.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_time_helpers():
    assert parse_local("2026-03-12T14:00") == QDateTime(QDate(2026, 3, 12), QTime(14, 0))
    assert parse_local("2026-03-12").date() == QDate(2026, 3, 12)
    assert parse_local("") is None and parse_local("bientôt") is None
    from datetime import datetime

    def at(*args):
        return QDateTime(QDate(*args[:3]), QTime(*args[3:]))

    assert default_start(datetime(2026, 1, 31, 10, 20)) == at(2026, 1, 31, 11, 0)
    assert default_start(datetime(2026, 1, 31, 3, 5)) == at(2026, 1, 31, 9, 0)  # not at 4am
    assert default_start(datetime(2026, 1, 31, 21, 5)) == at(2026, 2, 1, 9, 0)
    assert default_start(datetime(2026, 1, 31, 23, 20)) == at(2026, 2, 1, 9, 0)


def test_tab_walks_the_fields_in_reading_order(qtbot, session, stack):
    dialog = open_dialog(qtbot, session, stack)
    dialog.title_edit.setFocus()
    seen = []
    for _ in range(30):  # Tab also walks the day, month, year… of the date and time edits
        widget = dialog.focusWidget()
        while widget is not None and not widget.objectName().startswith("workshop"):
            widget = widget.parentWidget()  # the line edit inside a combo or date edit
        name = widget.objectName() if widget else None
        if not seen or seen[-1] != name:
            seen.append(name)
        if name == "workshopAgendaEdit":
            break
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert seen == [
        "workshopTitleEdit",
        "workshopKindCombo",
        "workshopStartEdit",
        "workshopEndEdit",
        "workshopPlaceEdit",
        "workshopTerritoryCombo",
        "workshopFacilitatorsEdit",
        "workshopLanguageCombo",
        "workshopStatusCombo",
        "workshopActionsList",
        "workshopAgendaEdit",
    ]
