"""The programme dialog: a new programme, its actions and themes, one undo step per OK."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit, QTableView

from workshop_app.domain.enums import DEFAULT_THEMES
from workshop_app.store import Workspace
from workshop_app.store.errors import WriteFailed
from workshop_app.ui.prepare import ProgrammeDialog, create_programme
from workshop_app.ui.prepare.action_model import ActionTableModel
from workshop_app.ui.session import WorkshopSession

HOSTILE = "<b>Plan</b> & Co 🌱 خطة"


@pytest.fixture
def demo_session(ws):
    return WorkshopSession(ws, None, programme_id=ws.programmes.select()[0].id)


def stored(path, programme_id):
    """What the file holds for the programme (None if it is gone)."""
    with Workspace.open(path, lock=False) as ws:
        found = ws.programmes.select("id = ?", [programme_id])
        if not found:
            return None
        return {
            "title": found[0].title,
            "description": found[0].description,
            "actions": [
                (a.number, a.title, a.context, a.budget)
                for a in ws.actions.for_programme(programme_id)
            ],
            "themes": [t.name for t in ws.themes.for_programme(programme_id)],
        }


def open_dialog(qtbot, session, stack, **kwargs) -> ProgrammeDialog:
    dialog = ProgrammeDialog(session, stack, **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # keyboard focus and shortcuts need the active window
        dialog.show()
        dialog.activateWindow()
    return dialog


def ok(qtbot, dialog):
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_create_programme_has_the_default_themes(ws, stack, demo_path):
    session = WorkshopSession(ws, None)
    programme = create_programme(session, stack, HOSTILE)
    assert programme is not None
    assert stack.count() == 1
    assert stored(demo_path, programme.id) == {
        "title": HOSTILE,
        "description": "",
        "actions": [],
        "themes": list(DEFAULT_THEMES),
    }
    stack.undo()
    assert stored(demo_path, programme.id) is None
    with Workspace.open(demo_path, lock=False) as other:
        assert other.themes.for_programme(programme.id) == []
    stack.redo()
    assert stored(demo_path, programme.id)["themes"] == list(DEFAULT_THEMES)


def test_create_programme_refuses_an_empty_title(ws, stack):
    session = WorkshopSession(ws, None)
    assert create_programme(session, stack, "   ") is None
    assert session.last_error and stack.count() == 0


def test_new_programme_dialog_from_the_keyboard(qtbot, ws, stack, demo_path):
    session = WorkshopSession(ws, None)
    dialog = open_dialog(qtbot, session, stack)
    assert dialog.is_new and dialog.objectName() == "programmeDialog"
    assert dialog.theme_model.rowCount() == 5
    qtbot.keyClicks(dialog.title_edit, "Programme logement 2026")
    qtbot.keyClicks(dialog.description_edit, "Evaluation participative")
    dialog.add_action()
    assert dialog.action_title_edit.hasFocus()
    qtbot.keyClicks(dialog.action_title_edit, "Reperer plus tot")
    qtbot.keyClick(dialog.action_title_edit, Qt.Key.Key_Tab)  # the form commits on leaving
    qtbot.keyClick(dialog.context_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == ProgrammeDialog.DialogCode.Accepted
    programme = dialog.programme
    assert stored(demo_path, programme.id) == {
        "title": "Programme logement 2026",
        "description": "Evaluation participative",
        "actions": [(1, "Reperer plus tot", "", "")],
        "themes": list(DEFAULT_THEMES),
    }
    assert stack.count() == 1 and stack.undoText() == "New programme"
    stack.undo()
    assert stored(demo_path, programme.id) is None
    with Workspace.open(demo_path, lock=False) as other:
        assert other.actions.for_programme(programme.id) == []
    stack.redo()
    assert stored(demo_path, programme.id)["actions"] == [(1, "Reperer plus tot", "", "")]


def test_each_edit_is_one_undo_step(qtbot, demo_session, stack, demo_path):
    pid = demo_session.programme.id
    original = stored(demo_path, pid)
    states = [original]

    # 1. add an action, filled in through the form beside the table
    dialog = open_dialog(qtbot, demo_session, stack)
    row = dialog.add_action()
    dialog.action_title_edit.setText(HOSTILE)
    dialog.context_edit.setPlainText("Contexte\nsur deux lignes")
    dialog.budget_edit.setPlainText("3 000 €")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    number = original["actions"][-1][0] + 1
    assert dialog.action_model.action_at(row).number == number
    states.append(stored(demo_path, pid))
    assert states[-1]["actions"][-1] == (number, HOSTILE, "Contexte\nsur deux lignes", "3 000 €")

    # 2. edit the first action in the table itself
    dialog = open_dialog(qtbot, demo_session, stack)
    model = dialog.action_model
    assert model.setData(model.index(0, ActionTableModel.TITLE), "Titre modifié")
    assert model.setData(model.index(0, ActionTableModel.NUMBER), 10)
    ok(qtbot, dialog)
    states.append(stored(demo_path, pid))
    assert (10, "Titre modifié") in [a[:2] for a in states[-1]["actions"]]

    # 3. remove an action (with the Delete key in the table)
    dialog = open_dialog(qtbot, demo_session, stack)
    view = dialog.findChild(QTableView, "actionsView")
    view.setFocus()
    removed_title = dialog.action_model.action_at(0).title
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    ok(qtbot, dialog)
    states.append(stored(demo_path, pid))
    assert removed_title not in [a[1] for a in states[-1]["actions"]]
    assert len(states[-1]["actions"]) == len(states[-2]["actions"]) - 1

    # 4. themes: rename, add, move, remove
    dialog = open_dialog(qtbot, demo_session, stack)
    themes = dialog.theme_model
    assert themes.setData(themes.index(0, 0), "Conception <i>")
    dialog.add_theme("Logement & énergie")
    dialog.themes_view.setCurrentIndex(themes.index(themes.rowCount() - 1, 0))
    dialog.move_current_theme(-1)
    dialog.themes_view.setCurrentIndex(themes.index(1, 0))  # Implementation
    dialog.remove_current_theme()
    ok(qtbot, dialog)
    states.append(stored(demo_path, pid))
    assert states[-1]["themes"] == [
        "Conception <i>",
        "Partnership",
        "Monitoring",
        "Logement & énergie",
        "Financing",
    ]

    # 5. the programme's own title
    dialog = open_dialog(qtbot, demo_session, stack)
    dialog.title_edit.setText(HOSTILE)
    ok(qtbot, dialog)
    states.append(stored(demo_path, pid))
    assert states[-1]["title"] == HOSTILE
    assert demo_session.programme.title == HOSTILE

    assert stack.count() == 5
    for expected in reversed(states[:-1]):
        stack.undo()
        assert stored(demo_path, pid) == expected
    for expected in states[1:]:
        stack.redo()
        assert stored(demo_path, pid) == expected


def test_cancel_writes_nothing(qtbot, demo_session, stack, demo_path):
    pid = demo_session.programme.id
    before = stored(demo_path, pid)
    dialog = open_dialog(qtbot, demo_session, stack)
    dialog.title_edit.setText("Autre titre")
    dialog.add_action()
    dialog.remove_current_theme()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert stored(demo_path, pid) == before
    assert stack.count() == 0


@pytest.mark.parametrize(
    ("change", "message", "focus"),
    [
        (lambda d: d.title_edit.clear(), "programme needs a title", "programmeTitleEdit"),
        (lambda d: d.add_action(), "needs a title", "actionTitleEdit"),
        (lambda d: d.add_theme("monitoring"), "twice", "themesView"),
        (
            lambda d: d.action_model.setData(d.action_model.index(1, 0), 1),
            "number 1",
            "actionNumberEdit",
        ),
    ],
)
def test_problems_keep_the_dialog_open(qtbot, demo_session, stack, change, message, focus):
    dialog = open_dialog(qtbot, demo_session, stack)
    dialog.description_edit.setPlainText("texte gardé")
    change(dialog)
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible() and message in dialog.error_label.text()
    assert dialog.focusWidget().objectName() == focus
    assert dialog.description_edit.toPlainText() == "texte gardé"
    assert stack.count() == 0


def test_a_failed_write_changes_nothing(qtbot, demo_session, stack, demo_path, monkeypatch):
    pid = demo_session.programme.id
    before = stored(demo_path, pid)

    def full_disk(*_args, **_kwargs):
        raise WriteFailed(demo_path, "Atelier could not save the themes: the disk is full.")

    monkeypatch.setattr(demo_session.workspace.themes, "add", full_disk)
    dialog = open_dialog(qtbot, demo_session, stack)
    dialog.title_edit.setText("Titre qui ne sera pas gardé")
    dialog.add_action()
    dialog.action_title_edit.setText("Action")
    dialog.add_theme("Nouveau thème")
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "disk is full" in dialog.error_label.text()
    assert dialog.title_edit.text() == "Titre qui ne sera pas gardé"
    assert stored(demo_path, pid) == before  # the title and action written first were undone
    assert stack.count() == 0 and not stack.canRedo()


def test_renaming_a_default_theme_to_its_label_keeps_it(qtbot, demo_session, stack, demo_path):
    dialog = open_dialog(qtbot, demo_session, stack)
    themes = dialog.theme_model
    index = themes.index(0, 0)
    assert themes.setData(index, index.data(Qt.ItemDataRole.EditRole))
    assert not themes.setData(index, "  ")
    assert themes.changes() == ([], [], [])


def test_themes_keyboard_editing(qtbot, demo_session, stack):
    dialog = open_dialog(qtbot, demo_session, stack)
    dialog.tabs.setCurrentIndex(1)
    view = dialog.themes_view
    view.setFocus()
    view.setCurrentIndex(dialog.theme_model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert dialog.theme_model.theme_at(1).name == "Design"
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Conception")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.theme_model.theme_at(1).name == "Conception")  # queued commit
    assert dialog.isVisible()  # Enter closed the editor, not the dialog
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "Conception" not in [t.name for t in dialog.theme_model.themes()]


def test_widgets_are_named_for_tests_and_screen_readers(qtbot, demo_session, stack):
    dialog = open_dialog(qtbot, demo_session, stack)
    for name in (
        "programmeTitleEdit",
        "programmeDescriptionEdit",
        "actionsView",
        "addActionButton",
        "removeActionButton",
        "actionNumberEdit",
        "actionTitleEdit",
        "actionContextEdit",
        "actionDescriptionEdit",
        "actionStakeholdersEdit",
        "actionBudgetEdit",
        "actionCriteriaEdit",
        "themesView",
        "addThemeButton",
        "renameThemeButton",
        "moveThemeUpButton",
        "moveThemeDownButton",
        "removeThemeButton",
    ):
        widget = dialog.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    assert isinstance(dialog.findChild(QPlainTextEdit, "actionCriteriaEdit"), QPlainTextEdit)


def test_action_model_passes_qt_model_tester(qtbot, demo_session, stack, qtmodeltester):
    dialog = open_dialog(qtbot, demo_session, stack)
    qtmodeltester.check(dialog.action_model, force_py=True)  # keeps watching the signals
    dialog.add_action()
    dialog.action_model.setData(dialog.action_model.index(3, ActionTableModel.CRITERIA), "x\ny")
    dialog.remove_current_action()
    dialog.add_action()
    qtmodeltester.check(dialog.action_model, force_py=True)


def test_theme_model_passes_qt_model_tester(qtbot, demo_session, stack, qtmodeltester):
    dialog = open_dialog(qtbot, demo_session, stack)
    qtmodeltester.check(dialog.theme_model, force_py=True)
    dialog.add_theme("Un")
    dialog.move_current_theme(-1)
    dialog.move_current_theme(-1)
    dialog.move_current_theme(1)
    dialog.remove_current_theme()
    qtmodeltester.check(dialog.theme_model, force_py=True)
