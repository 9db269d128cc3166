"""The feedback tab: the under-five rule, typing paper forms, editing the questions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import type_text
from workshop_app.domain.feedback_questions import MIN_ANSWERS_FOR_DISTRIBUTION, propose_questions
from workshop_app.store import Workspace
from workshop_app.ui.feedback.paper import PaperEntryDialog, print_paper_form
from workshop_app.ui.feedback.questions_dialog import QuestionsDialog


def choose(window, row: int):
    programme = window.tree_model.index(0, 0)
    window.tree.setCurrentIndex(window.tree_model.index(row, 0, programme))
    return window.session


def test_fewer_than_five_answers_hide_the_distribution(window, demo_path):
    window.open_workspace(demo_path)
    panel = window.feedback_panel
    window.page.side_tabs.setCurrentWidget(panel)  # the panel reads feedback when shown
    assert window.page.side_tabs.indexOf(panel) >= 0
    choose(window, 1)  # the demo's second workshop: 4 answers
    assert panel.charts == []
    assert panel.hidden_notes and all(
        n.text().startswith("Fewer than 5") for n in panel.hidden_notes
    )
    assert "4" in panel.count_label.text()

    choose(window, 0)  # the first: 9 answers
    assert panel.hidden_notes == []
    assert len(panel.charts) == 5
    chart = panel.charts[0]
    summary = window.session.workspace.feedback.summary(window.session.workshop_id)[0]
    assert summary.answers >= MIN_ANSWERS_FOR_DISTRIBUTION
    assert [label.toPlainText() for label in chart.count_labels] == [
        str(summary.distribution[r]) for r in range(1, 6)
    ]
    assert list(chart.bars.opts["width"]) == [summary.distribution[r] for r in range(1, 6)]


def test_actions_follow_the_workshop(window, demo_path):
    panel = window.feedback_panel
    window.page.side_tabs.setCurrentWidget(panel)  # the panel reads feedback when shown
    kiosk_action = window.findChild(type(window.undo_action), "feedbackKioskAction")
    assert kiosk_action.shortcut().toString() == "Ctrl+Shift+K"
    assert not kiosk_action.isEnabled()
    window.open_workspace(demo_path)
    choose(window, 2)
    assert kiosk_action.isEnabled() and all(b.isEnabled() for b in panel.buttons)


def test_paper_forms_typed_in_the_grid(window, demo_path, qtbot):
    window.open_workspace(demo_path)
    panel = window.feedback_panel
    window.page.side_tabs.setCurrentWidget(panel)  # the panel reads feedback when shown
    session = choose(window, 1)
    before = len(session.workspace.feedback.for_workshop(session.workshop_id))
    dialog = PaperEntryDialog(session, window.undo_stack, window)
    qtbot.addWidget(dialog)
    dialog.show()
    grid = dialog.grid
    assert dialog.model.columnCount() == 5  # four questions and the comment
    for key in "4x35":  # "x" is ignored
        QTest.keyClick(grid, key)
    QTest.keyClick(grid, Qt.Key.Key_Backspace)  # corrects the 5 just typed
    QTest.keyClick(grid, "2")
    QTest.keyClick(grid, "4")
    assert grid.currentIndex().column() == dialog.model.comment_column
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert grid.currentIndex().row() == 1 and grid.currentIndex().column() == 0
    for key in "55":
        QTest.keyClick(grid, key)
    QTest.keyClick(grid, Qt.Key.Key_Space)  # left blank on paper
    QTest.keyClick(grid, "4")
    type_text(grid, "B")  # starts editing the comment
    type_text(grid.focusWidget(), "ien merci")
    QTest.keyClick(grid.focusWidget(), Qt.Key.Key_Return)  # the editor closes (queued)
    qtbot.waitUntil(lambda: grid.currentIndex().row() == 2, timeout=1000)
    QTest.keyClick(grid, "1")  # an incomplete third form: stays in the grid
    assert not dialog.save()
    assert "incomplete" in dialog.message.text()
    summaries = session.workspace.feedback.summary(session.workshop_id)
    shown = sum(s.answers >= MIN_ANSWERS_FOR_DISTRIBUTION for s in summaries)
    assert len(panel.charts) == shown >= 3  # the panel followed: most questions have 6 now
    assert len(panel.hidden_notes) == len(summaries) - shown

    with Workspace.open(demo_path, lock=False) as fresh:
        responses = fresh.feedback.for_workshop(session.workshop_id)
        assert len(responses) == before + 2
        new = sorted(responses, key=lambda r: r.created_at)[-2:]
        assert all(r.participant_id is None for r in new)
        assert [r.comment for r in new] == ["", "Bien merci"]
        assert sorted(fresh.feedback.answers_of(new[0].id).values()) == [2, 3, 4, 4]
        assert len(fresh.feedback.answers_of(new[1].id)) == 3

    window.undo_stack.undo()  # the two forms were one step
    assert len(session.workspace.feedback.for_workshop(session.workshop_id)) == before
    assert panel.charts == []
    window.undo_stack.redo()
    assert len(session.workspace.feedback.for_workshop(session.workshop_id)) == before + 2


def test_questions_dialog_saves_and_undoes(window, demo_path, qtbot):
    window.open_workspace(demo_path)
    session = choose(window, 2)
    original = [
        q.text for q in session.workspace.feedback_questions.for_workshop(session.workshop_id)
    ]
    dialog = QuestionsDialog(session, window.undo_stack, window)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    dialog.remove_question()
    dialog.list.setCurrentRow(1)
    dialog.move(-1)
    dialog.list.item(0).setText("Reworded question")
    dialog.propose()
    proposed = propose_questions("fr")
    assert proposed[1].text in dialog.texts()
    expected = dialog.texts()
    assert dialog.save()
    saved = session.workspace.feedback_questions.for_workshop(session.workshop_id)
    assert [q.text for q in saved] == expected
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    again = session.workspace.feedback_questions.for_workshop(session.workshop_id)
    assert [q.text for q in again] == original


def test_print_paper_form_writes_a_pdf(window, demo_path, tmp_path):
    window.open_workspace(demo_path)
    session = choose(window, 0)
    written = print_paper_form(window, session, tmp_path / "form.pdf")
    assert written is not None and written.read_bytes().startswith(b"%PDF")


def test_tab_from_the_questions_goes_to_ok_never_to_remove(window, demo_path, qtbot):
    """Issue 12, item 8: in the questions dialog, Tab landed on Delete."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    window.open_workspace(demo_path)
    session = choose(window, 2)
    dialog = QuestionsDialog(session, window.undo_stack, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    focused = dialog.list.nextInFocusChain()  # where Tab goes from the list
    while not (focused.focusPolicy() & Qt.FocusPolicy.TabFocus and focused.isVisible()):
        focused = focused.nextInFocusChain()
    assert focused.objectName() != "removeQuestion"
    assert isinstance(focused.parent(), QDialogButtonBox)
    remove = dialog.findChild(QPushButton, "removeQuestion")
    assert remove.shortcut().toString() == "Alt+R"  # still at hand, by its key
    dialog.reject()
