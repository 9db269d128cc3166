"""The review of the names typed in texts: before an export without names (replace in the
file, in the workspace as an undo step, or keep), and when a person is erased.

Screenshots of the dialog, in English and French, are written to ``ATELIER_SCREENSHOTS``
when that variable names a folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTranslator
from PySide6.QtWidgets import QAbstractItemDelegate, QFileDialog, QMessageBox

from workshop_app.domain import EntryKind, ParticipantRole
from workshop_app.domain.models import ActionItem, Entry, FeedbackResponse, Participant
from workshop_app.store import Workspace
from workshop_app.ui.models.name_findings import SNIPPET_ROLE, NameChoice, NameFindingsModel
from workshop_app.ui.name_review import NameReviewDialog

SHOTS = Path(os.environ["ATELIER_SCREENSHOTS"]) if os.environ.get("ATELIER_SCREENSHOTS") else None
PROPOSED_FRENCH = Path(os.environ.get("ATELIER_PROPOSED_FR", "/tmp/fr_names.json"))


@pytest.fixture
def texts_with_names(empty_workshop):
    """The workshop of ``empty_workshop`` (Nadia B., resident; Karim T., social worker)
    with a Rose (resident), a second Nadia, and their names typed in its texts."""
    path, workshop_id = empty_workshop
    with Workspace.open(path) as ws:
        programme_id = ws.workshops.get(workshop_id).programme_id
        for name, role in (
            ("Rose Martin", ParticipantRole.RESIDENT),
            ("Nadia Z.", ParticipantRole.PARTNER_ASSOCIATION),
        ):
            ws.participants.add(
                Participant(programme_id=programme_id, display_name=name, role=role)
            )
        add = ws.entries.add
        salle = add(
            Entry(
                workshop_id=workshop_id, kind=EntryKind.IDEA, text="Repeindre la salle Rose en bleu"
            )
        )
        karima = add(
            Entry(
                workshop_id=workshop_id,
                kind=EntryKind.ISSUE,
                text="Merci Karim T. pour la visite 😀 : les fenêtres ferment mal, "
                "le chauffage est coupé depuis novembre.",
            )
        )
        nadia = add(
            Entry(
                workshop_id=workshop_id,
                kind=EntryKind.QUESTION,
                text="Nadia a-t-elle reçu le courrier ?",
            )
        )
        ws.action_items.add(
            ActionItem(workshop_id=workshop_id, what="Rappeler le bailleur", who="Karim T.")
        )
        ws.feedback.add(
            FeedbackResponse(workshop_id=workshop_id, comment="Rose m'a bien accueillie")
        )
    return path, workshop_id, {"salle": salle, "karima": karima, "nadia": nadia}


@pytest.fixture
def window_on(qtbot, settings, texts_with_names):
    from workshop_app.ui.main_window import MainWindow

    path, workshop_id, entries = texts_with_names
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_workspace(path)
    assert window.select_workshop(workshop_id)
    yield window, entries
    window.close()


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    asked: list[str] = []

    def fake(parent, caption, start, filters, *args, **kwargs):
        asked.append(start)
        return str(tmp_path / "export.csv"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return tmp_path / "export.csv", asked


def _row(model: NameFindingsModel, text: str) -> int:
    return next(r for r, f in enumerate(model.findings) if f.found == text)


def _select(review: NameReviewDialog, row: int) -> None:
    review.view.selectionModel().select(
        review.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def _open_review(window, fmt_button: str = "csvRadio"):
    from PySide6.QtWidgets import QRadioButton

    dialog = window.exports.show_dialog()
    dialog.findChild(QRadioButton, fmt_button).click()
    dialog.accept()
    review = window.exports.review
    assert isinstance(review, NameReviewDialog) and review.isVisible()
    return review


def test_the_review_lists_the_names_in_context(window_on, save_to, qtbot, qtmodeltester):
    window, _entries = window_on
    review = _open_review(window)
    model = review.model
    qtmodeltester.check(model)
    found = [f.found for f in model.findings]
    assert found == ["Rose", "Karim T.", "Nadia"]  # the CSV prints entries, not comments
    nadia = model.findings[_row(model, "Nadia")]
    assert nadia.ambiguous
    assert model.data(model.index(2, model.NAME)) == "Nadia\nNadia B. / Nadia Z."
    assert "Several people" in model.data(model.index(2, model.NAME), Qt.ItemDataRole.ToolTipRole)
    assert model.becomes(2) == "[un·e participant·e]"  # the two Nadias' roles differ
    assert model.becomes(1) == "[un·e travailleur·se social·e]"
    assert model.data(model.index(1, model.CHOICE)) == (
        "Replace in this export\n→ [un·e travailleur·se social·e]"
    )
    snippet, start, end = model.data(model.index(1, model.CONTEXT), SNIPPET_ROLE)
    assert snippet[start:end] == "Karim T." and "😀" in snippet
    assert all(c is NameChoice.EXPORT for c in model.choices)  # replaced in the file by default
    assert window.exports.runner.running is False and save_to[1] == []  # no file asked yet
    review.reject()
    assert save_to[1] == []


def test_choices_reach_the_file_and_the_workspace_and_undo(window_on, save_to, qtbot):
    window, entries = window_on
    out, _asked = save_to
    review = _open_review(window)
    model = review.model
    _select(review, _row(model, "Rose"))
    review.choice_buttons[NameChoice.KEEP].click()  # "la salle Rose": a colour
    _select(review, _row(model, "Karim T."))
    review.choice_buttons[NameChoice.WORKSPACE].click()
    assert model.data(model.index(_row(model, "Rose"), model.CHOICE)) == "Keep\n→ Rose"
    with qtbot.waitSignal(window.exports.runner.succeeded, timeout=20000):
        qtbot.keyClick(review.view, Qt.Key.Key_Return)  # Enter exports
    content = out.read_bytes().decode("utf-8-sig")
    assert "Repeindre la salle Rose en bleu" in content
    assert "Merci [un·e travailleur·se social·e] pour la visite" in content
    assert "[un·e participant·e] a-t-elle reçu" in content
    assert "Karim" not in content and "Nadia" not in content
    # the workspace: one undo step, Karim's name replaced in the entry only
    ws = window.workspace
    assert ws.entries.get(entries["karima"].id).text.startswith(
        "Merci [un·e travailleur·se social·e] pour"
    )
    assert ws.entries.get(entries["nadia"].id).text == entries["nadia"].text
    assert window.undo_stack.undoText() == "Replace names with roles"
    board_texts = {e.text for e in window.session.entries.values()}
    assert any(t.startswith("Merci [un·e travailleur·se") for t in board_texts)  # the board follows
    window.undo_stack.undo()
    assert ws.entries.get(entries["karima"].id).text == entries["karima"].text
    assert entries["karima"].text in {e.text for e in window.session.entries.values()}
    window.undo_stack.redo()
    assert ws.entries.get(entries["karima"].id).text.startswith("Merci [un·e travailleur·se")


def test_cancelling_the_review_exports_nothing(window_on, save_to, qtbot):
    window, entries = window_on
    review = _open_review(window)
    _select(review, 1)
    review.choice_buttons[NameChoice.WORKSPACE].click()
    qtbot.keyClick(review.view, Qt.Key.Key_Escape)
    assert not review.isVisible() and window.exports.review is None
    assert save_to[1] == [] and not save_to[0].exists()
    assert window.workspace.entries.get(entries["karima"].id).text == entries["karima"].text
    assert window.undo_stack.count() == 0


def test_no_review_with_names_or_without_any_found(window_on, save_to, qtbot):
    window, _entries = window_on
    dialog = window.exports.show_dialog()
    dialog.names_check.setChecked(True)
    with qtbot.waitSignal(window.exports.runner.succeeded, timeout=20000):
        dialog.accept()
    assert window.exports.review is None


def test_the_choice_column_edits_with_a_list(window_on, save_to, qtbot):
    window, _entries = window_on
    review = _open_review(window)
    index = review.model.index(0, NameFindingsModel.CHOICE)
    review.view.setCurrentIndex(index)
    review.view.edit(index)
    editor = review.view.indexWidget(index) or review.view.focusWidget()
    from PySide6.QtWidgets import QComboBox

    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "Replace in this export",
        "Replace in the workspace",
        "Keep",
    ]
    editor.setCurrentIndex(2)
    review.view.commitData(editor)
    review.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert review.model.choices[0] is NameChoice.KEEP
    review.reject()


# -- erasure ------------------------------------------------------------------------------------
def test_erasing_a_person_replaces_their_first_name_where_confirmed(window_on, qtbot):
    window, entries = window_on
    panel = window.page.roster
    model = panel.model
    people = {
        model.participant_at(r).display_name: model.participant_at(r)
        for r in range(model.rowCount())
    }
    nadia = people["Nadia B."]
    review = panel.request_erase(model.row_of(nadia.id))
    assert isinstance(review, NameReviewDialog) and review.isVisible()
    assert "Nadia B." in review.intro.text() and "Undo" in review.intro.text()
    assert [f.found for f in review.model.findings] == ["Nadia"]
    # "Nadia" is also Nadia Z.'s first name: not replaced unless the person says so
    assert review.model.choices == [NameChoice.KEEP]
    assert review.button(QMessageBox.StandardButton.Cancel).isDefault()
    _select(review, 0)
    review.choice_buttons[NameChoice.WORKSPACE].click()
    review.findChild(type(review.accept_button), "eraseConfirmButton").click()
    ws = window.workspace
    assert (
        ws.entries.get(entries["nadia"].id).text == "[un·e habitant·e] a-t-elle reçu le courrier ?"
    )
    assert ws.participants.get(nadia.id, include_deleted=True).erased_at is not None
    assert window.undo_stack.count() == 0  # erasure clears the history


def test_erasing_keeps_a_first_name_left_alone_and_takes_the_full_name_out(window_on, qtbot):
    window, entries = window_on
    panel = window.page.roster
    model = panel.model
    karima = next(
        model.participant_at(r)
        for r in range(model.rowCount())
        if model.participant_at(r).display_name == "Karim T."
    )
    review = panel.request_erase(model.row_of(karima.id))
    found = [(f.table, f.found, f.full_name) for f in review.model.findings]
    assert found == [("entry", "Karim T.", True), ("action_item", "Karim T.", True)]
    assert review.model.choices == [NameChoice.WORKSPACE, NameChoice.WORKSPACE]
    _select(review, 1)
    review.choice_buttons[NameChoice.KEEP].click()
    assert review.model.becomes(1) == "[…]"
    review.accept_button.click()
    ws = window.workspace
    assert ws.entries.get(entries["karima"].id).text.startswith(
        "Merci [un·e travailleur·se social·e] pour"
    )
    (item,) = ws.action_items.for_workshop(window.session.workshop_id)
    assert item.who == ""  # left to the erasure: unassigned


def test_cancelling_the_erasure_review_changes_nothing(window_on, qtbot):
    window, entries = window_on
    panel = window.page.roster
    model = panel.model
    row = next(
        r for r in range(model.rowCount()) if model.participant_at(r).display_name == "Rose Martin"
    )
    review = panel.request_erase(row)
    assert [f.table for f in review.model.findings] == ["entry", "feedback_response"]
    review.button(QMessageBox.StandardButton.Cancel).click()
    assert model.participant_at(row).display_name == "Rose Martin"
    assert window.workspace.entries.get(entries["salle"].id).text == entries["salle"].text


# -- how it looks -------------------------------------------------------------------------------
class DictTranslator(QTranslator):
    """The proposed French of the new strings (they are not in the catalogue yet)."""

    def __init__(self, texts: dict, parent=None):
        super().__init__(parent)
        self.texts = texts

    def translate(self, context, source, disambiguation=None, n=-1):
        text = self.texts.get(source)
        if isinstance(text, list):
            text = text[0 if n <= 1 else 1]
        return text or None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    installed = []
    if request.param == "fr":
        from workshop_app.ui.i18n import install_translators

        installed = install_translators(qapp, "fr")
        if PROPOSED_FRENCH.exists():
            proposed = DictTranslator(json.loads(PROPOSED_FRENCH.read_text(encoding="utf-8")))
            qapp.installTranslator(proposed)
            installed.append(proposed)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


def _fits(widget) -> list[str]:
    """Buttons and labels whose text does not fit their width."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    clipped = []
    for button in widget.findChildren(QAbstractButton):
        if button.isVisible() and button.width() < button.sizeHint().width():
            clipped.append(button.text())
    for label in widget.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap() and label.width() < label.sizeHint().width():
            clipped.append(label.text())
    return clipped


def test_screenshots(window_on, language, qtbot):
    window, _entries = window_on
    review = _open_review(window, "summaryRadio")
    qtbot.waitExposed(review)
    qtbot.wait(50)
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        review.grab().save(str(SHOTS / f"name-review-export-{language}.png"))
    assert _fits(review) == []
    header = review.view.horizontalHeader()
    # the snippet keeps room, even on the small screen of the offscreen platform (800 px)
    assert header.sectionSize(NameFindingsModel.CONTEXT) >= review.view.viewport().width() // 4
    assert review.width() <= review.screen().availableGeometry().width()
    review.resize(1100, 560)  # a laptop's screen
    qtbot.wait(50)
    assert header.sectionSize(NameFindingsModel.CONTEXT) >= 450
    assert _fits(review) == []
    if SHOTS:
        review.grab().save(str(SHOTS / f"name-review-export-wide-{language}.png"))
    review.reject()
    panel = window.page.roster
    model = panel.model
    row = next(
        r for r in range(model.rowCount()) if model.participant_at(r).display_name == "Karim T."
    )
    erasing = panel.request_erase(row)
    qtbot.waitExposed(erasing)
    qtbot.wait(50)
    if SHOTS:
        erasing.grab().save(str(SHOTS / f"name-review-erasure-{language}.png"))
    assert _fits(erasing) == []
    erasing.reject()
    assert QCoreApplication.instance() is not None
