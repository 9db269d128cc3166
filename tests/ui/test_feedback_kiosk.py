"""The feedback kiosk, driven from the keyboard only, as a round of participants would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.ui.conftest import type_text
from workshop_app.store import Workspace
from workshop_app.store.errors import WriteFailed
from workshop_app.ui.feedback.kiosk import COMMENT, LEAVE, QUESTION, THANKS, KioskWindow, PinDialog
from workshop_app.ui.feedback.kiosk_parts import present_people

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def press(kiosk: KioskWindow, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key, where the keyboard focus is (the kiosk, or the comment box)."""
    QTest.keyClick(kiosk.focusWidget() or kiosk, key, modifiers)


def open_kiosk(window, demo_path, qtbot, workshop_row: int = 2, pin: str = "2468", **kwargs):
    window.open_workspace(demo_path)
    programme = window.tree_model.index(0, 0)
    window.tree.setCurrentIndex(window.tree_model.index(workshop_row, 0, programme))
    kiosk = KioskWindow(window.session, pin, **kwargs)
    qtbot.addWidget(kiosk)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    return kiosk


def shown_texts(kiosk: KioskWindow) -> list[str]:
    """Every text the kiosk's widgets hold."""
    texts = [w.toPlainText() for w in kiosk.findChildren(QPlainTextEdit)]
    texts += [w.text() for w in kiosk.findChildren(QLabel)]
    texts += [w.text() for w in kiosk.findChildren(QLineEdit)]
    texts += [w.text() for w in kiosk.findChildren(QAbstractButton)]
    return texts


def answer_all(kiosk: KioskWindow, rating: int, comment: str = "") -> None:
    for _question in kiosk.questions:
        assert kiosk.pages.currentIndex() == QUESTION
        press(kiosk, getattr(Qt.Key, f"Key_{rating}"))
        press(kiosk, Qt.Key.Key_Return)
    assert kiosk.pages.currentIndex() == COMMENT
    if comment:
        type_text(kiosk.focusWidget(), comment)


def test_a_round_of_five_from_the_keyboard(window, demo_path, qtbot):
    kiosk = open_kiosk(window, demo_path, qtbot, thanks_delay_ms=60_000)
    workshop_id = window.session.workshop_id
    before = len(window.session.workspace.feedback.for_workshop(workshop_id))
    assert kiosk.questions and kiosk.names  # the demo's running workshop has people present
    chosen = next(pid for pid, name in present_people(window.session) if name == "Hélène G.")
    comments = ["Première personne", "", "Troisième, très contente", "", "Cinquième"]
    for person, comment in enumerate(comments):
        answer_all(kiosk, person % 5 + 1, comment)
        if person == 2:  # this one attaches their name: Tab, Space, then types it
            press(kiosk, Qt.Key.Key_Tab)
            assert kiosk.focusWidget() is kiosk.attach_check
            press(kiosk, Qt.Key.Key_Space)
            assert kiosk.focusWidget() is kiosk.name_edit
            type_text(kiosk.name_edit, "helene g")
        press(kiosk, Qt.Key.Key_Return)
        assert kiosk.pages.currentIndex() == THANKS
        assert not comment or all(comment not in text for text in shown_texts(kiosk))
        assert all("helene" not in text for text in shown_texts(kiosk))
        assert not kiosk.attach_check.isChecked() and kiosk.faces.checkedId() == -1
        assert not kiosk.name_edit.isUndoAvailable()
        assert not kiosk.comment_edit.document().isUndoAvailable()
        press(kiosk, Qt.Key.Key_Return)
        assert kiosk.pages.currentIndex() == QUESTION and kiosk.current == 0

    with Workspace.open(demo_path, lock=False) as fresh:
        responses = fresh.feedback.for_workshop(workshop_id)
        assert len(responses) == before + 5
        new = sorted(responses, key=lambda r: r.created_at)[-5:]
        assert [r.participant_id for r in new] == [None, None, chosen, None, None]
        assert [r.comment for r in new] == comments
        for person, response in enumerate(new):
            ratings = fresh.feedback.answers_of(response.id)
            assert set(ratings.values()) == {person + 1}
            assert len(ratings) == len(kiosk.questions)


def test_the_thank_you_gives_way_by_itself(window, demo_path, qtbot):
    kiosk = open_kiosk(window, demo_path, qtbot, thanks_delay_ms=50)
    answer_all(kiosk, 4, "Bien")
    press(kiosk, Qt.Key.Key_Return)
    assert kiosk.pages.currentIndex() == THANKS
    qtbot.waitUntil(lambda: kiosk.pages.currentIndex() == QUESTION, timeout=2000)
    assert kiosk.comment_edit.toPlainText() == ""


def test_leaving_needs_the_gesture_and_the_pin(window, demo_path, qtbot):
    kiosk = open_kiosk(window, demo_path, qtbot)
    press(kiosk, Qt.Key.Key_3)
    press(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible()
    kiosk.close()
    QApplication.processEvents()
    assert kiosk.isVisible()
    press(kiosk, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert kiosk.isVisible()

    press(kiosk, Qt.Key.Key_Q, CTRL_SHIFT)
    assert kiosk.pages.currentIndex() == LEAVE
    QTest.keyClicks(kiosk.pin_edit, "1111")
    press(kiosk, Qt.Key.Key_Return)
    assert kiosk.isVisible() and kiosk.pages.currentIndex() == LEAVE
    assert "Wrong PIN" in kiosk.pin_message.text()
    press(kiosk, Qt.Key.Key_Escape)  # back to the participant's screen, answer kept
    assert kiosk.pages.currentIndex() == QUESTION and kiosk.faces.checkedId() == 3

    with qtbot.waitSignal(kiosk.left, timeout=1000):
        press(kiosk, Qt.Key.Key_Q, CTRL_SHIFT)
        QTest.keyClicks(kiosk.pin_edit, "2468")
        press(kiosk, Qt.Key.Key_Return)
    assert not kiosk.isVisible()


def test_a_write_failure_keeps_the_answers_on_screen(window, demo_path, qtbot, monkeypatch):
    kiosk = open_kiosk(window, demo_path, qtbot)
    answer_all(kiosk, 5, "Gardez ceci")

    def fail(*_args):
        raise WriteFailed(None, "the disk is full")

    monkeypatch.setattr(window.session.workspace.feedback, "submit", fail)
    press(kiosk, Qt.Key.Key_Return)
    assert kiosk.pages.currentIndex() == COMMENT
    assert kiosk.comment_edit.toPlainText() == "Gardez ceci"
    assert "could not be saved" in kiosk.error_label.text()
    assert len(kiosk.ratings) == len(kiosk.questions)
    if window.last_message is not None:
        window.last_message.close()


def test_the_pin_is_chosen_twice(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = PinDialog(parent)
    ok = dialog.buttons.buttons()[0]
    QTest.keyClicks(dialog.first, "12")
    assert not ok.isEnabled()
    QTest.keyClicks(dialog.first, "34")
    QTest.keyClicks(dialog.second, "1235")
    assert not ok.isEnabled() and "differ" in dialog.message.text()
    dialog.second.setText("1234")
    assert not ok.isEnabled()  # the unlock code is not noted yet
    dialog.noted.setChecked(True)
    assert ok.isEnabled() and dialog.pin() == "1234"


def test_a_workshop_without_questions_is_offered_the_standard_ones(live, qtbot):
    """Issue 12, item 8: the kiosk refused to start on a new workshop."""
    window, path, workshop_id = live
    box = window.feedback_tools.start_kiosk()
    assert box.objectName() == "standardQuestionsBox"
    assert "•" in box.text()  # the questions are listed before they are used
    use = next(b for b in box.buttons() if "Use these questions" in b.text())
    use.click()
    with Workspace.open(path, lock=False) as ws:
        questions = ws.feedback_questions.for_workshop(workshop_id)
    assert len(questions) >= 3
    qtbot.waitUntil(lambda: window.findChild(PinDialog) is not None)
    window.undo_stack.undo()  # one step takes them away again
    with Workspace.open(path, lock=False) as ws:
        assert ws.feedback_questions.for_workshop(workshop_id) == []
