"""A mini-workshop run from the keyboard only, then checked in the SQLite file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.store import Workspace
from workshop_app.ui.main_window import MainWindow

from .conftest import key, rows, type_line, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_capture_box_has_the_focus_when_a_workshop_opens(live):
    window, _path, _id = live
    assert QApplication.focusWidget() is window.page.capture.edit


def test_keyboard_only_mini_workshop(live, qtbot):
    window, path, workshop_id = live
    page = window.page
    # check in three people: two of the roster, one new
    key(qtbot, window, Qt.Key.Key_K, CTRL)
    check_in = QApplication.focusWidget()
    assert check_in.objectName() == "checkInEdit"
    for name in ("nadia", "Karim", "Zoé L."):
        type_text(check_in, name)
        qtbot.keyClick(check_in, Qt.Key.Key_Return)
    key(qtbot, window, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is page.capture.edit
    # five issues; the first gets two improvements, the third one, the fifth one
    type_line(qtbot, window, "Les courriers de relance font peur #partenariat !1")
    key(qtbot, window, Qt.Key.Key_2, CTRL)
    assert page.capture.kind.value == "improvement"
    type_line(qtbot, window, "Réécrire les courriers avec les locataires")
    type_line(qtbot, window, "Donner un numéro direct")
    key(qtbot, window, Qt.Key.Key_1, CTRL)
    type_line(qtbot, window, "Les permanences sont mal connues")
    type_line(qtbot, window, "Personne ne suit les ménages après six mois")
    key(qtbot, window, Qt.Key.Key_2, CTRL)
    type_line(qtbot, window, "Un appel de suivi à six mois")
    key(qtbot, window, Qt.Key.Key_1, CTRL)
    type_line(qtbot, window, "Les chiffres de suivi ne s'additionnent pas")
    type_line(qtbot, window, "Trop d'interlocuteurs pour une même famille #suivi")
    key(qtbot, window, Qt.Key.Key_2, CTRL)
    type_line(qtbot, window, "Un référent unique")
    # a decision, turned into an action item
    key(qtbot, window, Qt.Key.Key_5, CTRL)
    type_line(qtbot, window, "Tester le nouveau courrier en avril")
    key(qtbot, window, Qt.Key.Key_J, CTRL)
    dialog = page.action_items.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.what, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.who, "Karima H.")
    qtbot.keyClick(dialog.who, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    # three votes on the first issue, an undo and a redo
    key(qtbot, window, Qt.Key.Key_1, CTRL)
    for _ in range(6):
        key(qtbot, window, Qt.Key.Key_Up, CTRL)  # back to the first issue
    first_issue = page.current_entry_id()
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_Equal, CTRL)
    assert page.session.entries[first_issue].votes == 3
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert page.session.entries[first_issue].votes == 0  # the three votes were one step
    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert page.session.entries[first_issue].votes == 3
    # filter as you type, then clear
    key(qtbot, window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is page.filter_edit
    qtbot.keyClicks(page.filter_edit, "referent")
    shown = {g.key for g in page.board_model.groups()}
    assert len(shown) == 1
    assert sum(len(g.rows) for g in page.board_model.groups()) == 1
    page.filter_edit.clear()

    # what the file holds, read with a connection of its own
    issues = rows(
        path,
        "SELECT id, text, votes, theme_id, action_id FROM entry WHERE kind='issue' AND deleted_at IS NULL ORDER BY position",
    )
    assert [i[1] for i in issues] == [
        "Les courriers de relance font peur",
        "Les permanences sont mal connues",
        "Personne ne suit les ménages après six mois",
        "Les chiffres de suivi ne s'additionnent pas",
        "Trop d'interlocuteurs pour une même famille",
    ]
    assert issues[0][2] == 3 and issues[0][0] == first_issue
    theme_names = dict(rows(path, "SELECT id, name FROM theme"))
    assert theme_names[issues[0][3]] == "Partnership"
    assert theme_names[issues[4][3]] == "Monitoring"
    improvements = rows(
        path, "SELECT text, answers_id FROM entry WHERE kind='improvement' ORDER BY position"
    )
    by_issue = dict(improvements)
    assert by_issue == {
        "Réécrire les courriers avec les locataires": issues[0][0],
        "Donner un numéro direct": issues[0][0],
        "Un appel de suivi à six mois": issues[2][0],
        "Un référent unique": issues[4][0],
    }
    [(decision_id, _text)] = rows(path, "SELECT id, text FROM entry WHERE kind='decision'")
    present = rows(
        path,
        "SELECT p.display_name, p.role FROM attendance a JOIN participant p ON p.id = a.participant_id "
        "WHERE a.workshop_id = ? AND a.present = 1 AND a.deleted_at IS NULL ORDER BY p.display_name",
        workshop_id,
    )
    assert present == [("Karim T.", "social_worker"), ("Nadia B.", "resident"), ("Zoé L.", "other")]
    [item] = rows(path, "SELECT what, who, entry_id, workshop_id FROM action_item")
    assert item == ("Tester le nouveau courrier en avril", "Karima H.", decision_id, workshop_id)


def test_text_stays_in_the_box_when_saving_fails(live, qtbot):
    window, _path, _id = live
    page = window.page
    page.session.workspace.db.execute("PRAGMA query_only = 1")  # every write now fails
    try:
        type_line(qtbot, window, "Ce texte ne doit pas se perdre")
        assert page.capture.edit.toPlainText() == "Ce texte ne doit pas se perdre"
        assert "⚠" in window.save_indicator.text()
        assert window.undo_stack.count() == 0
    finally:
        page.session.workspace.db.execute("PRAGMA query_only = 0")
        if window.last_message is not None:
            window.last_message.close()
    qtbot.keyClick(page.capture.edit, Qt.Key.Key_Return)
    assert page.capture.edit.toPlainText() == ""
    assert len(page.session.entries) == 1


def test_import_from_paper_is_one_undo_step(live, tmp_path):
    window, path, _workshop_id = live
    sheet = tmp_path / "postits.csv"
    sheet.write_text(
        "ref;type;texte;répond à;thème\n"
        "p1;difficulté;Les horaires ne conviennent pas;;Suivi\n"
        "p2;amélioration;Une permanence le samedi;p1;\n"
        "p3;idée;Un café des parents;;\n",
        encoding="utf-8",
    )
    assert window.import_entries_file(sheet)
    assert len(window.page.session.entries) == 3
    assert "3" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert window.page.session.entries == {}
    assert rows(path, "SELECT count(*) FROM entry WHERE deleted_at IS NULL") == [(0,)]
    window.undo_stack.redo()
    assert len(window.page.session.entries) == 3


def test_a_bad_sheet_imports_nothing_and_says_which_line(live, tmp_path):
    window, path, _id = live
    sheet = tmp_path / "bad.csv"
    sheet.write_text("kind,text\nissue,Bien\nmachin,Pas bien\n", encoding="utf-8")
    assert not window.import_entries_file(sheet)
    assert "line 3" in window.last_message.text()
    window.last_message.close()
    assert rows(path, "SELECT count(*) FROM entry") == [(0,)]


def test_programme_search_opens_the_entry_in_its_workshop(qtbot, settings, demo_path):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_workspace(demo_path)
    with Workspace.open(demo_path, lock=False) as ws:
        workshops = ws.workshops.select()
        target = ws.entries.for_workshop(workshops[-1].id)[0]
    window.select_workshop(workshops[0].id)
    window.search_action.trigger()
    dialog = window.search_dialog
    word = max(target.text.split(), key=len).strip(",.:;!?")
    type_text(dialog.edit, word)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    row = next(r for r, hit in enumerate(dialog.model.hits) if hit.entry.id == target.id)
    dialog.results.setCurrentIndex(dialog.model.index(row))
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.session.workshop_id == workshops[-1].id
    assert window.page.current_entry_id() == target.id
    window.close()


def test_completion_puts_one_whole_marker_in_the_text(live, qtbot):
    window, path, _id = live
    edit = window.page.capture.edit
    type_text(edit, "Les gardiens manquent de formation #imp")
    assert edit.completer.popup().isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # Tab chooses, the focus stays, nothing saved
    assert QApplication.focusWidget() is edit
    assert edit.toPlainText() == "Les gardiens manquent de formation #Implementation "
    type_text(edit, "!2")
    assert not edit.completer.popup().isVisible()  # already whole
    type_text(edit, " @nad")
    assert edit.completer.popup().isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # one Enter chooses Nadia_B. and saves
    assert edit.toPlainText() == ""
    [(text, theme, author, action)] = rows(
        path,
        "SELECT e.text, t.name, p.display_name, a.number FROM entry e "
        "JOIN theme t ON t.id = e.theme_id JOIN participant p ON p.id = e.author_id "
        "JOIN action a ON a.id = e.action_id",
    )
    assert (text, theme, author, action) == (
        "Les gardiens manquent de formation",
        "Implementation",
        "Nadia B.",
        2,
    )


def test_capturing_while_filtered_shows_everything_and_keeps_the_pair(live, qtbot):
    window, path, _id = live
    page = window.page
    type_line(qtbot, window, "Les SMS de rappel arrivent trop tard")
    key(qtbot, window, Qt.Key.Key_F, CTRL)
    type_text(page.filter_edit, "sms")
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)  # to the board, on the match
    key(qtbot, window, Qt.Key.Key_F6)  # back to the capture box
    key(qtbot, window, Qt.Key.Key_2, CTRL)
    type_line(qtbot, window, "Envoyer le rappel la veille")
    assert page.filter_edit.text() == ""
    [(answers,)] = rows(path, "SELECT answers_id FROM entry WHERE kind = 'improvement'")
    [(issue,)] = rows(path, "SELECT id FROM entry WHERE kind = 'issue'")
    assert answers == issue


def test_escape_in_the_filter_clears_it(live, qtbot):
    window, _path, _id = live
    page = window.page
    key(qtbot, window, Qt.Key.Key_F, CTRL)
    type_text(page.filter_edit, "rien")
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Escape)
    assert page.filter_edit.text() == ""
    assert QApplication.focusWidget() is page.capture.edit


def test_azerty_ctrl_ampersand_chooses_issue(live, qtbot):
    window, _path, _id = live
    key(qtbot, window, Qt.Key.Key_2, CTRL)
    key(qtbot, window, Qt.Key.Key_Ampersand, CTRL)  # Ctrl+1 on a French keyboard
    assert window.page.capture.kind.value == "issue"


def test_an_improvement_answering_no_issue_says_so(live, qtbot):
    window, _path, _id = live
    page = window.page
    key(qtbot, window, Qt.Key.Key_2, CTRL)
    type_line(qtbot, window, "Une piste sans difficulté")
    entry_id = page.current_entry_id()
    index = page.board_model.index_of_entry(entry_id)
    assert index.siblingAtColumn(0).data() == "(answers no issue)"


def test_markers_name_people_and_themes_added_during_the_workshop(live, qtbot):
    """The capture box keeps what #, @ and ! can name, and reads it again after a change."""
    from workshop_app.domain import Theme

    window, path, workshop_id = live
    page = window.page
    page.capture_text("Un premier constat @Nadia")  # what markers name is now read
    key(qtbot, window, Qt.Key.Key_K, CTRL)
    check_in = QApplication.focusWidget()
    type_text(check_in, "Zoé L.")  # someone new arrives
    qtbot.keyClick(check_in, Qt.Key.Key_Return)
    session = page.session
    theme = Theme(programme_id=session.programme.id, name="Mobilité", position=9)
    assert session.add_records("theme", [theme])
    page.capture_text("Les bus ne passent plus le soir @Zoé #mobilité")
    ((author, theme_name, text),) = rows(
        path,
        "SELECT p.display_name, t.name, e.text FROM entry e "
        "JOIN participant p ON p.id = e.author_id JOIN theme t ON t.id = e.theme_id "
        "WHERE e.workshop_id = ? AND e.text LIKE 'Les bus%'",
        workshop_id,
    )
    assert (author, theme_name, text) == ("Zoé L.", "Mobilité", "Les bus ne passent plus le soir")
    window.undo_stack.undo()  # the capture
    assert session.remove_records("theme", [theme.id])
    page.capture_text("Encore les bus #mobilité")
    ((theme_id,),) = rows(
        path,
        "SELECT theme_id FROM entry WHERE text LIKE 'Encore les bus%' AND workshop_id = ?",
        workshop_id,
    )
    assert theme_id != theme.id  # a removed theme is no longer named


def test_the_header_counts_the_entries_a_moment_after_a_capture(live, qtbot):
    window, _path, _id = live
    page = window.page
    assert ">0 entr" in window.header.text()
    page.capture_text("Premier constat")
    page.capture_text("Deuxième constat")
    qtbot.waitUntil(lambda: ">2 entr" in window.header.text(), timeout=2000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: ">1 entr" in window.header.text(), timeout=2000)


# Characters beyond U+FFFF count two in Qt's positions and one in Python's (issue 12, item 1)
WIDE_TEXTS = [
    "café 😀",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "👩🏽‍🌾 la ferme",
    "🇫🇷🇪🇺 drapeaux",
    "مرحبا بالعالم",
    "e\u0301\u0301 à ÉTÉ",
]


@pytest.mark.parametrize("said", WIDE_TEXTS)
def test_markers_and_completion_after_wide_characters(live, qtbot, said):
    window, path, _id = live
    edit = window.page.capture.edit
    type_text(edit, said + " ")
    type_text(edit, "x")  # once raised IndexError at every keystroke after an emoji
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, "#imp")
    assert edit.completer.popup().isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # chooses, does not save
    assert edit.toPlainText() == said + " #Implementation "
    type_text(edit, "@nad")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.toPlainText() == said + " #Implementation @Nadia_B. "
    type_text(edit, "!2")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    [(text, theme, author, action)] = rows(
        path,
        "SELECT e.text, t.name, p.display_name, a.number FROM entry e "
        "JOIN theme t ON t.id = e.theme_id JOIN participant p ON p.id = e.author_id "
        "JOIN action a ON a.id = e.action_id",
    )
    assert (text, theme, author, action) == (said, "Implementation", "Nadia B.", 2)


def test_completion_of_a_marker_before_wide_characters(live, qtbot):
    window, _path, _id = live
    edit = window.page.capture.edit
    type_text(edit, "😀 #im 𝔘𝔘𝔘 fin")
    for _ in range(len(" 𝔘𝔘𝔘 fin")):  # back to the end of "#im", one character at a time
        qtbot.keyClick(edit, Qt.Key.Key_Left)
    type_text(edit, "p")
    assert edit.completer.popup().isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.toPlainText() == "😀 #Implementation  𝔘𝔘𝔘 fin"


def test_the_filter_finds_wide_characters(live, qtbot):
    window, _path, _id = live
    page = window.page
    for said in WIDE_TEXTS:
        type_line(qtbot, window, said)
    key(qtbot, window, Qt.Key.Key_F, CTRL)
    for query, expected in (
        ("😀", "café 😀"),
        ("𝔫𝔦", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"),
        ("🇪🇺", "🇫🇷🇪🇺 drapeaux"),
        ("بالعالم", "مرحبا بالعالم"),
        ("ete", "e\u0301\u0301 à ÉTÉ"),
    ):
        page.filter_edit.clear()
        type_text(page.filter_edit, query)
        assert [group.rows[0].lead_id for group in page.board_model.groups() if group.rows]
        qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)
        entry = window.session.entries.get(page.current_entry_id())
        assert entry.text == expected
        key(qtbot, window, Qt.Key.Key_F, CTRL)


def test_an_edit_in_place_keeps_wide_characters_and_reads_markers(live, qtbot):
    from workshop_app.ui.cell_editor import CellEditor

    window, path, _id = live
    type_line(qtbot, window, "café 😀")
    key(qtbot, window, Qt.Key.Key_F6)  # to the board, on the entry
    key(qtbot, window, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, CellEditor)
    type_text(editor, " 🇫🇷 𝔘 #Implementation")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits a moment later
    sql = "SELECT e.text, t.name FROM entry e JOIN theme t ON t.id = e.theme_id"
    qtbot.waitUntil(lambda: rows(path, sql) == [("café 😀 🇫🇷 𝔘", "Implementation")])


def test_escape_from_check_in_goes_back_to_the_capture_box(live, qtbot):
    window, _path, _id = live
    key(qtbot, window, Qt.Key.Key_K, CTRL)
    assert QApplication.focusWidget().objectName() == "checkInEdit"
    key(qtbot, window, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.page.capture.edit


def test_a_long_entry_is_edited_in_its_own_cell_on_several_lines(live, qtbot):
    """Issue 12, item 8: the F2 editor was one line and ran over the status column."""
    window, path, _id = live
    page = window.page
    type_line(qtbot, window, "Un long constat " * 30)
    key(qtbot, window, Qt.Key.Key_F6)
    key(qtbot, window, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    cell = page.board.visualRect(page.board.currentIndex())
    assert editor.geometry().left() == cell.left() and editor.geometry().right() == cell.right()
    assert editor.height() >= 4 * editor.fontMetrics().lineSpacing()
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(editor, "Deuxième ligne")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Escape: nothing changes
    sql = "SELECT text FROM entry"
    assert rows(path, sql) == [(("Un long constat " * 30).strip(),)]
    key(qtbot, window, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(editor, "Deuxième ligne")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    expected = ("Un long constat " * 30).strip() + "\nDeuxième ligne"
    qtbot.waitUntil(lambda: rows(path, sql) == [(expected,)])


def test_votes_and_author_have_a_line_of_their_own(live, qtbot):
    """Issue 12, item 8: votes and author were cut off on long entries."""
    from workshop_app.ui.models.roles import META_ROLE

    window, _path, _id = live
    page = window.page
    type_line(qtbot, window, "Un très long constat " * 60 + "@Nadia_B.")
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_Equal, CTRL)
    index = page.board.currentIndex()
    assert index.data() == ("Un très long constat " * 60).strip()
    assert index.data(META_ROLE) == "▲\u00a03  ·  Nadia B."
    page.board.resizeRowToContents(index.row())
    shot = page.board.grab()
    assert not shot.isNull()


def test_ctrl_shift_arrows_relink_where_the_desktop_takes_ctrl_alt(live, qtbot):
    """The play-through: Ctrl+Alt+↑/↓ was taken by the window manager."""
    window, path, _id = live
    page = window.page
    type_line(qtbot, window, "Premier constat")
    type_line(qtbot, window, "Second constat")
    key(qtbot, window, Qt.Key.Key_2, CTRL)
    type_line(qtbot, window, "Une piste")
    key(qtbot, window, Qt.Key.Key_F6)  # to the board, on the improvement
    improvement = page.current_entry_id()
    key(qtbot, window, Qt.Key.Key_Up, CTRL | SHIFT)
    sql = "SELECT i.text FROM entry e JOIN entry i ON i.id = e.answers_id WHERE e.id = ?"
    assert rows(path, sql, improvement) == [("Premier constat",)]
