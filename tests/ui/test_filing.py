"""Where an entry is filed is said before Enter and set on purpose; what Enter saves is
shown while typing, is what was typed, and Ctrl+Z gives it back (issue 12, items 2 and 3)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from .conftest import rows, type_line, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

ENTRY_SQL = """
    SELECT e.text, a.number, t.name FROM entry e
    LEFT JOIN action a ON a.id = e.action_id LEFT JOIN theme t ON t.id = e.theme_id
    WHERE e.kind = ? ORDER BY e.position
"""


def where(window) -> str:
    return window.page.capture.filing_bar.where_label.text()


def preview(window) -> str:
    label = window.page.capture.filing_bar.preview_label
    return label.text() if label.isVisible() else ""


def menu_item(menu, *path: str):
    """The action reached in ``menu`` through submenus whose text contains each of ``path``."""
    for at, wanted in enumerate(path):
        found = next(a for a in menu.actions() if wanted in a.text().replace("&", ""))
        if at == len(path) - 1:
            return found
        menu = found.menu()
    raise AssertionError(path)


def test_a_new_workshop_files_under_nothing_and_says_so(live):
    window, _path, _id = live
    assert "no action, no theme" in where(window)
    assert not window.page.capture.filing_bar.clear_button.isEnabled()


def test_the_selected_entry_does_not_file_the_next_ones(live, qtbot):
    """The bug: after an improvement of Action 2 · Design was selected, every idea,
    question, decision… went to Action 2 · Design without a word."""
    window, path, _id = live
    type_line(qtbot, window, "Les impayés s'accumulent !2 #Conception")
    qtbot.keyClick(window.page.capture.edit, Qt.Key.Key_2, CTRL)
    # an improvement goes where its issue is
    assert "Action 2 “Accompagner” · Design" in where(window)
    type_line(qtbot, window, "Un point d'écoute hebdomadaire")
    for kind_key in (Qt.Key.Key_3, Qt.Key.Key_6):  # an idea, a key success factor
        qtbot.keyClick(window.page.capture.edit, kind_key, CTRL)
        assert "no action, no theme" in where(window)
        type_line(qtbot, window, "Quelque chose d'autre")
    assert rows(path, ENTRY_SQL, "issue") == [("Les impayés s'accumulent", 2, "Design")]
    assert rows(path, ENTRY_SQL, "improvement") == [("Un point d'écoute hebdomadaire", 2, "Design")]
    assert rows(path, ENTRY_SQL, "idea") == [("Quelque chose d'autre", None, None)]
    assert rows(path, ENTRY_SQL, "success_factor") == [("Quelque chose d'autre", None, None)]


def test_the_filing_context_is_set_with_ctrl_l_and_cleared_with_ctrl_shift_l(live, qtbot):
    window, path, _id = live
    page = window.page
    qtbot.keyClick(page.capture.edit, Qt.Key.Key_L, CTRL)
    menu = page.entry_menu.last_menu
    assert menu is not None and menu.objectName() == "filingMenu"
    menu_item(menu, "Action", "2. Accompagner").trigger()
    qtbot.keyClick(page.capture.edit, Qt.Key.Key_L, CTRL)
    menu_item(page.entry_menu.last_menu, "Theme", "Design").trigger()
    assert where(window) == "Filed under: Action 2 “Accompagner” · Design"
    assert page.capture.filing_bar.clear_button.isEnabled()
    qtbot.keyClick(page.capture.edit, Qt.Key.Key_3, CTRL)
    type_line(qtbot, window, "Une idée pour l'action 2")
    type_line(qtbot, window, "Une autre, dans l'action 1 !1")  # a marker wins, for this entry
    qtbot.keyClick(page.capture.edit, Qt.Key.Key_L, CTRL | SHIFT)
    assert "no action, no theme" in where(window)
    type_line(qtbot, window, "Une idée sans classement")
    assert rows(path, ENTRY_SQL, "idea") == [
        ("Une idée pour l'action 2", 2, "Design"),
        ("Une autre, dans l'action 1", 1, "Design"),
        ("Une idée sans classement", None, None),
    ]


def test_like_the_selected_entry_and_the_clear_button(live, qtbot):
    window, path, _id = live
    page = window.page
    type_line(qtbot, window, "Les courriers arrivent trop tard !1 #Partenariat")
    qtbot.keyClick(page.capture.edit, Qt.Key.Key_L, CTRL)
    menu_item(page.entry_menu.last_menu, "Like the selected entry").trigger()
    assert where(window) == "Filed under: Action 1 “Repérer” · Partnership"
    qtbot.keyClick(page.capture.edit, Qt.Key.Key_4, CTRL)
    type_line(qtbot, window, "Qui envoie les courriers ?")
    page.capture.filing_bar.clear_button.click()
    type_line(qtbot, window, "Et les relances ?")
    assert rows(path, ENTRY_SQL, "question") == [
        ("Qui envoie les courriers ?", 1, "Partnership"),
        ("Et les relances ?", None, None),
    ]


def test_the_preview_shows_what_enter_saves(live, qtbot):
    """The bug: "…impayés !2 #Conception et personne pour écouter" was saved as
    "…impayés 2 Conception et personne…", with no way to know before Enter."""
    window, path, _id = live
    edit = window.page.capture.edit
    typed = "Des impayés !2 #Conception et personne pour écouter @Zoé"
    type_text(edit, typed)
    assert preview(window) == "Enter saves: “Des impayés et personne pour écouter @Zoé”  " + (
        "[Action 2]  [Design]  @Zoé kept as typed"
    )
    for _ in "Zoé":
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, "Kar")  # a start that names one person is enough
    assert preview(window) == (
        "Enter saves: “Des impayés et personne pour écouter”  [Action 2]  [Design]  [Karim T.]"
    )
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert rows(path, ENTRY_SQL, "issue") == [("Des impayés et personne pour écouter", 2, "Design")]
    assert preview(window) == ""  # the box is empty again


def test_text_without_markers_has_no_preview_and_keeps_no_break_spaces(live, qtbot):
    window, path, _id = live
    edit = window.page.capture.edit
    type_text(edit, "Pourquoi\u00a0? «\u00a0Trop cher\u00a0»")
    assert preview(window) == ""
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert rows(path, ENTRY_SQL, "issue") == [
        ("Pourquoi\u00a0? «\u00a0Trop cher\u00a0»", None, None)
    ]


def test_ctrl_z_gives_the_capture_back_to_the_box_and_redo_takes_it_again(live, qtbot):
    window, path, _id = live
    edit = window.page.capture.edit
    typed = "Le #Conception manque de retours 😀"
    type_text(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.typed_text() == ""
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert rows(path, "SELECT count(*) FROM entry WHERE deleted_at IS NULL") == [(0,)]
    assert edit.typed_text() == typed  # as typed, markers and all, to fix and save again
    assert window.page.capture.hint_label.text().startswith("Capture undone")
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL | SHIFT)  # redo: the box is not left holding it
    assert edit.typed_text() == ""
    assert rows(path, "SELECT text FROM entry WHERE deleted_at IS NULL") == [
        ("Le manque de retours 😀",)
    ]


SAID = st.lists(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff\ufffe\u2029")
    | st.sampled_from(
        [
            "😀",
            "🇫🇷",
            "𝔘",
            "ع",
            "Việt",
            "<b>",
            "&amp;",
            "\u00a0",
            " ",
            " #Conception",
            " !2",
            " !9",
            " @Nadia_B.",
            " #zz",
            "#",
            "!",
        ]
    ),
    max_size=80,
).map("".join)


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(said=SAID)
def test_what_the_preview_promises_is_what_is_saved(live, qtbot, said):
    window, path, _id = live
    edit = window.page.capture.edit
    edit.put_back(said)
    window.page._show_preview()
    shown = preview(window)
    before = rows(path, "SELECT count(*) FROM entry")[0][0]
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    saved = rows(path, "SELECT text FROM entry ORDER BY position DESC LIMIT 1")
    if rows(path, "SELECT count(*) FROM entry")[0][0] == before:
        assert edit.typed_text() == said  # nothing saved: nothing lost either
        edit.put_back("")
        return
    # a mention is saved as a reference to the person, and reads as their name
    text = window.page.session.shown(saved[0][0])
    if shown:
        assert shown.startswith("Enter saves: “")
        quoted = text.replace("\r\n", "\n").replace("\n", " ↵ ")  # exactly, spaces and all
        assert quoted[:100] in shown
    else:
        assert text == said.strip()  # no marker: saved exactly as typed


def test_a_french_exclamation_mark_is_not_an_action(live, qtbot):
    """The play-through: "… par les élu·es !" + Enter filed the entry under Action 1."""
    window, path, _id = live
    edit = window.page.capture.edit
    type_text(edit, "Un portage politique fort par les élu·es !")
    assert not edit.completer.popup().isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert rows(path, ENTRY_SQL, "issue") == [
        ("Un portage politique fort par les élu·es !", None, None)
    ]


def test_enter_after_a_lone_hash_saves_as_typed(live, qtbot):
    window, path, _id = live
    edit = window.page.capture.edit
    type_text(edit, "Le point #")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert rows(path, ENTRY_SQL, "issue") == [("Le point #", None, None)]


def test_tab_after_a_whole_marker_stays_in_the_box(live, qtbot):
    """The play-through: Tab after "!2" jumped to the filter, and the board emptied."""
    from PySide6.QtWidgets import QApplication

    window, path, _id = live
    edit = window.page.capture.edit
    type_text(edit, "Un groupe de travail !2")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is edit
    type_text(edit, "piloté par la CAF")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert rows(path, ENTRY_SQL, "issue") == [("Un groupe de travail piloté par la CAF", 2, None)]


def test_a_person_spoken_of_stays_in_the_sentence(live, qtbot):
    window, path, _id = live
    edit = window.page.capture.edit
    type_text(edit, "Permanences avec @Nadia_B. le mardi")
    edit.completer.popup().hide()
    assert "“Permanences avec Nadia B. le mardi”" in preview(window)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    sql = "SELECT text, author_id FROM entry"
    ((text, author),) = rows(path, sql)
    assert author is None and "Nadia" not in text  # a reference, not a copy of the name
    assert window.page.session.shown(text) == "Permanences avec Nadia B. le mardi"


def test_an_improvement_stays_with_its_issue_whatever_its_markers_say(live, qtbot):
    """The play-through: the preview said [Action 1], the board showed the improvement
    with its issue, and the CSV stored Action 1."""
    window, path, _id = live
    edit = window.page.capture.edit
    type_line(qtbot, window, "Les partenaires ne se connaissent pas #Partenariat")
    qtbot.keyClick(edit, Qt.Key.Key_2, CTRL)
    type_text(edit, "Une réunion de rentrée !1")
    assert "Action 1 unused: an improvement goes with its issue" in preview(window)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert rows(path, ENTRY_SQL, "improvement") == [("Une réunion de rentrée", None, "Partnership")]


def test_the_saved_hint_goes_once_the_next_entry_is_typed(live, qtbot):
    """The play-through: "Saved. Ctrl+Z…" stayed on screen through the next entries."""
    window, _path, _id = live
    hint = window.page.capture.hint_label
    type_line(qtbot, window, "Une première difficulté")
    assert hint.isVisible() and hint.text().startswith("Saved")
    type_text(window.page.capture.edit, "La suite")
    assert not hint.isVisible()


def test_a_space_typed_after_a_completion_is_not_a_second_space(live, qtbot):
    """The recheck: "@Sop" + Tab + " le mardi" saved "Sophie Durand  le mardi"."""
    window, path, _id = live
    edit = window.page.capture.edit
    type_text(edit, "Permanences avec @Nad")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.keyClick(edit, Qt.Key.Key_Space)
    type_text(edit, "le mardi")
    assert edit.typed_text() == "Permanences avec @Nadia_B. le mardi"
    assert "“Permanences avec Nadia B. le mardi”" in preview(window)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    ((text,),) = rows(path, "SELECT text FROM entry")
    assert window.page.session.shown(text) == "Permanences avec Nadia B. le mardi"


def test_the_issue_answered_reads_as_edited(live, qtbot):
    """Found by a play-through: after an issue was corrected (F2), the line under the box
    still quoted its old text until the selection moved."""
    import dataclasses

    from workshop_app.domain import EntryKind

    window, _path, _id = live
    type_line(qtbot, window, "Les courriers sont incomprhensibles")
    window.page.set_kind(EntryKind.IMPROVEMENT)
    label = window.page.capture.answers_label
    assert "incomprhensibles" in label.text()
    [issue] = [e for e in window.session.entries.values() if e.kind is EntryKind.ISSUE]
    fixed = dataclasses.replace(issue, text="Les courriers sont incompréhensibles")
    assert window.session.update_records("entry", [fixed])
    assert "incompréhensibles" in label.text()


def test_after_an_erasure_the_board_no_longer_shows_the_name(live, qtbot):
    """Found by a play-through: the file was right, but the board kept showing "Jérôme
    Dupuis propose…" until another workshop was opened."""
    from workshop_app.domain import Participant

    window, _path, _id = live
    session = window.session
    person = window.workspace.participants.add(
        Participant(programme_id=session.programme.id, display_name="Jérôme Dupuis")
    )
    type_line(qtbot, window, "Jérôme Dupuis propose une permanence")
    assert session.erase_participant(person.id)
    texts = [e.text for e in window.session.entries.values()]
    assert texts == ["[…] propose une permanence"]
    shown = [
        window.page.board_model.index(r, c).data()
        for r in range(window.page.board_model.rowCount())
        for c in range(window.page.board_model.columnCount())
    ]
    assert not any("Dupuis" in str(s) for s in shown)
