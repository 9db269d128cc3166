"""The roster panel: check-in from the keyboard, presence, roles, counts, erasure."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableView

from workshop_app.domain import ParticipantRole
from workshop_app.store import Workspace
from workshop_app.store.errors import WriteFailed
from workshop_app.ui.prepare import RosterPanel
from workshop_app.ui.prepare.name_completer import fold
from workshop_app.ui.prepare.roster_edits import Outcome
from workshop_app.ui.prepare.roster_model import RosterModel
from workshop_app.ui.session import WorkshopSession

HOSTILE = "Zoé <b>&amp;</b> & 🌱 مريم"
PROFESSIONALS = "Atelier des professionnels de l'accompagnement"
"""The demo workshop where Nadia B., Élodie F. and Hélène G. were absent."""


@pytest.fixture
def workshop(ws):
    return next(w for w in ws.workshops.select() if w.title == PROFESSIONALS)


@pytest.fixture
def session(ws, workshop):
    return WorkshopSession(ws, workshop.id)


@pytest.fixture
def panel(qtbot, session, stack):
    widget = RosterPanel()
    qtbot.addWidget(widget)
    widget.set_session(session, stack)
    widget.resize(520, 600)
    with qtbot.waitActive(widget):  # keyboard focus and shortcuts need the active window
        widget.show()
        widget.activateWindow()
    return widget


def on_file(path, workshop_id):
    """(names present, counts by role, attendance rows per person) as written in the file."""
    with Workspace.open(path, lock=False) as ws:
        people = {p.id: p for p in ws.participants.select(include_deleted=True)}
        rows = ws.attendance.select("workshop_id = ?", [workshop_id], include_deleted=True)
        present = sorted(
            people[a.participant_id].display_name
            for a in rows
            if a.deleted_at is None and a.present
        )
        per_person: dict[str, int] = {}
        for a in rows:
            name = people[a.participant_id].display_name
            per_person[name] = per_person.get(name, 0) + 1
        return present, ws.attendance.counts_by_role(workshop_id), per_person


def type_and_enter(qtbot, edit, text, modifier=Qt.KeyboardModifier.NoModifier):
    """Type ``text`` then press Enter; text QTest cannot type (é, emoji) is entered as by an IME."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return, modifier)


def test_widgets_have_names(panel):
    assert panel.objectName() == "rosterPanel"
    view = panel.findChild(QTableView, "rosterView")
    assert view is panel.view and view.accessibleName()
    assert panel.check_in_edit.objectName() == "checkInEdit"
    assert panel.check_in_edit.accessibleName()
    assert panel.counts_label.objectName() == "attendanceCounts"


def test_model_tester(panel, qtmodeltester):
    qtmodeltester.check(panel.model, force_py=True)


def test_three_check_ins_from_the_keyboard(panel, qtbot, demo_path, workshop, stack):
    edit = panel.check_in_edit
    edit.setFocus()
    before, counts_before, _ = on_file(demo_path, workshop.id)
    assert "Nadia B." not in before and "Élodie F." not in before

    type_and_enter(qtbot, edit, "Nadia")  # one person's name contains it
    assert panel.last_check_in.outcome is Outcome.CHECKED_IN
    assert edit.text() == ""
    type_and_enter(qtbot, edit, "elodie")  # without the accent, in lower case
    assert panel.last_check_in.outcome is Outcome.CHECKED_IN
    type_and_enter(qtbot, edit, HOSTILE)  # nobody: a new person
    assert panel.last_check_in.outcome is Outcome.ADDED
    assert stack.count() == 3  # one undo step each

    present, counts, per_person = on_file(demo_path, workshop.id)
    assert set(present) - set(before) == {"Nadia B.", "Élodie F.", HOSTILE}
    assert len(present) == len(before) + 3
    assert per_person[HOSTILE] == 1
    assert counts[ParticipantRole.RESIDENT] == counts_before.get(ParticipantRole.RESIDENT, 0) + 1
    assert counts[ParticipantRole.OTHER] == counts_before.get(ParticipantRole.OTHER, 0) + 1

    label = panel.counts_label.text()
    assert label.startswith(f"{len(present)} ")
    assert f"Other role {counts[ParticipantRole.OTHER]}" in label
    row = panel.model.row_of(panel.last_check_in.participant.id)
    assert panel.model.index(row, RosterModel.NAME).data() == HOSTILE
    assert panel.model.is_present(row)
    assert HOSTILE in panel.status_label.text()
    assert panel.status_label.textFormat() == Qt.TextFormat.PlainText

    # Undo the new person: both their attendance and their roster line go.
    stack.undo()
    present, _, _ = on_file(demo_path, workshop.id)
    assert HOSTILE not in present
    assert panel.model.row_of(panel.last_check_in.participant.id) == -1
    stack.redo()
    present, _, per_person = on_file(demo_path, workshop.id)
    assert HOSTILE in present and per_person[HOSTILE] == 1


def test_checking_in_twice_says_so_and_changes_nothing(panel, qtbot, demo_path, workshop, stack):
    edit = panel.check_in_edit
    type_and_enter(qtbot, edit, "helene g.")
    assert stack.count() == 1
    type_and_enter(qtbot, edit, "HELENE g.")
    assert panel.last_check_in.outcome is Outcome.ALREADY_PRESENT
    assert "already" in panel.status_label.text()
    assert stack.count() == 1
    _, _, per_person = on_file(demo_path, workshop.id)
    assert per_person["Hélène G."] == 1


def test_choosing_in_the_completer_popup(panel, qtbot, demo_path, workshop):
    edit = panel.check_in_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "h")  # many names contain an h
    popup = panel.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    names = [
        panel.completer.completionModel().index(r, 0).data()
        for r in range(panel.completer.completionCount())
    ]
    assert "Hélène G." in names and "Nadia B." not in names
    row = names.index("Hélène G.")
    popup.setCurrentIndex(panel.completer.completionModel().index(row, 0))
    assert edit.text() == "Hélène G."
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert panel.last_check_in.outcome is Outcome.CHECKED_IN
    assert panel.last_check_in.participant.display_name == "Hélène G."
    assert not popup.isVisible()
    assert "Hélène G." in on_file(demo_path, workshop.id)[0]


def test_ambiguous_text_keeps_the_box_and_shift_enter_adds(panel, qtbot, demo_path, workshop):
    edit = panel.check_in_edit
    type_and_enter(qtbot, edit, "an")  # Josiane L. and Marc-Antoine S.
    assert panel.last_check_in.outcome is Outcome.AMBIGUOUS
    assert edit.text() == "an"
    assert "Shift+Enter" in panel.status_label.text()
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert panel.last_check_in.outcome is Outcome.ADDED
    assert "an" in on_file(demo_path, workshop.id)[0]


def test_untick_and_tick_again_restores_the_same_row(panel, demo_path, workshop, stack):
    model = panel.model
    row = next(r for r in range(model.rowCount()) if model.is_present(r))
    name = model.participant_at(row).display_name
    index = model.index(row, RosterModel.PRESENT)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    assert model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    present, _, per_person = on_file(demo_path, workshop.id)
    assert name not in present and per_person[name] == 1
    row = model.row_of(model.participant_at(row).id)
    assert model.index(row, RosterModel.PRESENT).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )

    assert model.setData(
        model.index(row, RosterModel.PRESENT),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    present, _, per_person = on_file(demo_path, workshop.id)
    assert name in present and per_person[name] == 1  # restored, not inserted twice

    stack.undo()  # tick
    assert name not in on_file(demo_path, workshop.id)[0]
    stack.undo()  # untick
    assert name in on_file(demo_path, workshop.id)[0]
    stack.redo()
    stack.redo()
    present, _, per_person = on_file(demo_path, workshop.id)
    assert name in present and per_person[name] == 1


def test_checking_in_someone_marked_absent_restores_their_row(panel, qtbot, demo_path, workshop):
    model = panel.model
    row = next(r for r in range(model.rowCount()) if model.is_present(r))
    name = model.participant_at(row).display_name
    model.setData(
        model.index(row, RosterModel.PRESENT),
        Qt.CheckState.Unchecked,
        Qt.ItemDataRole.CheckStateRole,
    )
    type_and_enter(qtbot, panel.check_in_edit, name)
    assert panel.last_check_in.outcome is Outcome.CHECKED_IN
    present, _, per_person = on_file(demo_path, workshop.id)
    assert name in present and per_person[name] == 1


def test_space_ticks_presence_from_the_keyboard(panel, qtbot, demo_path, workshop):
    model = panel.model
    row = model.row_of(
        next(p.id for p in panel.model.editor.people() if p.display_name == "Nadia B.")
    )
    panel.view.setFocus()
    panel.view.setCurrentIndex(model.index(row, RosterModel.PRESENT))
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert "Nadia B." in on_file(demo_path, workshop.id)[0]


def test_role_and_organisation_edits_are_undoable(panel, demo_path, stack):
    model = panel.model
    row = model.row_of(next(p.id for p in model.editor.people() if p.display_name == "Nadia B."))
    person_id = model.participant_at(row).id
    assert model.setData(model.index(row, RosterModel.ROLE), "social_worker")
    assert model.index(row, RosterModel.ROLE).data() == "Social worker"
    assert model.setData(model.index(row, RosterModel.ORGANISATION), HOSTILE)
    assert model.index(row, RosterModel.ORGANISATION).data() == HOSTILE

    def stored():
        with Workspace.open(demo_path, lock=False) as ws:
            person = ws.participants.get(person_id)
            return person.role, person.organisation

    assert stored() == (ParticipantRole.SOCIAL_WORKER, HOSTILE)
    stack.undo()
    assert stored()[0] is ParticipantRole.SOCIAL_WORKER and stored()[1] != HOSTILE
    stack.undo()
    assert stored()[0] is ParticipantRole.RESIDENT
    stack.redo()
    assert stored()[0] is ParticipantRole.SOCIAL_WORKER
    assert not model.setData(model.index(row, RosterModel.ROLE), "astronaut")
    assert not model.setData(model.index(row, RosterModel.NAME), "   ")  # a name is needed


def test_role_delegate_edits_through_a_combo(panel, qtbot, demo_path):
    model = panel.model
    row = model.row_of(next(p.id for p in model.editor.people() if p.display_name == "Nadia B."))
    index = model.index(row, RosterModel.ROLE)
    panel.view.setFocus()
    panel.view.setCurrentIndex(index)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    combo = panel.view.findChild(
        type(panel.view.indexWidget(index)) if False else object, "roleEditor"
    )
    assert combo is not None
    combo.setCurrentIndex(combo.findData("researcher"))
    combo.activated.emit(combo.currentIndex())
    assert model.index(row, RosterModel.ROLE).data(Qt.ItemDataRole.EditRole) == "researcher"
    with Workspace.open(demo_path, lock=False) as ws:
        assert ws.participants.get(model.participant_at(row).id).role is ParticipantRole.RESEARCHER


def test_renaming_moves_the_row_in_order(panel, qtmodeltester, stack):
    model = panel.model
    qtmodeltester.check(model, force_py=True)
    row = model.row_of(next(p.id for p in model.editor.people() if p.display_name == "Nadia B."))
    person_id = model.participant_at(row).id
    assert model.setData(model.index(row, RosterModel.NAME), "Aaron (pseudo)")
    assert model.row_of(person_id) == 0
    stack.undo()
    assert model.participant_at(model.row_of(person_id)).display_name == "Nadia B."
    names = [model.participant_at(r).display_name for r in range(model.rowCount())]
    assert names == sorted(names, key=fold)
    assert names.index("Élodie F.") < names.index("Fatou D.")  # accents do not send it last


def test_erasing_a_person(panel, qtbot, demo_path, workshop, stack):
    type_and_enter(qtbot, panel.check_in_edit, "Ophélie Unique-Quarante-Deux")
    person = panel.last_check_in.participant
    panel.model.setData(
        panel.model.index(panel.model.row_of(person.id), RosterModel.ORGANISATION),
        "Collectif Trèfle-Quarante-Deux",
    )
    _, counts_before, _ = on_file(demo_path, workshop.id)
    assert stack.count() == 2

    row = panel.model.row_of(person.id)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(row, RosterModel.NAME))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    box = panel.last_message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Ophélie Unique-Quarante-Deux" in box.text()
    assert "Undo" in box.informativeText()
    box.findChild(QPushButton, "eraseConfirmButton").click()

    assert panel.model.row_of(person.id) == -1
    assert stack.count() == 0  # erasure cannot be undone; older steps could bring the name back
    _, counts, _ = on_file(demo_path, workshop.id)
    assert counts == counts_before  # attendance still counts by role
    for suffix in ("", "-wal"):
        data = demo_path.with_name(demo_path.name + suffix)
        if data.exists():
            content = data.read_bytes()
            assert b"Unique-Quarante-Deux" not in content
            assert "Trèfle-Quarante-Deux".encode() not in content
    with Workspace.open(demo_path, lock=False) as ws:
        assert ws.participants.get(person.id, include_deleted=True).erased_at is not None


def test_cancelling_erasure_keeps_the_person(panel, qtbot, demo_path):
    row = 0
    person = panel.model.participant_at(row)
    box = panel.request_erase(row)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert panel.model.row_of(person.id) == row
    with Workspace.open(demo_path, lock=False) as ws:
        assert ws.participants.get(person.id).display_name == person.display_name


def test_a_failed_write_keeps_the_typed_name(
    panel, qtbot, session, demo_path, workshop, monkeypatch, stack
):
    def full_disk(*_args, **_kwargs):
        raise WriteFailed(demo_path, "Atelier could not save the new attendance: the disk is full.")

    monkeypatch.setattr(session.workspace.attendance, "add", full_disk)
    before = on_file(demo_path, workshop.id)
    type_and_enter(qtbot, panel.check_in_edit, "Personne Nouvelle")
    assert panel.last_check_in.outcome is Outcome.FAILED
    assert panel.check_in_edit.text() == "Personne Nouvelle"
    assert "disk is full" in panel.status_label.text()
    assert stack.count() == 0 and not stack.canRedo()
    assert on_file(demo_path, workshop.id) == before
    with Workspace.open(demo_path, lock=False) as ws:
        assert not [p for p in ws.participants.select() if p.display_name == "Personne Nouvelle"]


def test_without_a_workshop_enter_adds_to_the_roster(qtbot, ws, stack, demo_path):
    programme = ws.programmes.select()[0]
    panel = RosterPanel()
    qtbot.addWidget(panel)
    panel.set_session(WorkshopSession(ws, None, programme_id=programme.id), stack)
    assert panel.view.isColumnHidden(RosterModel.PRESENT)
    count = panel.model.rowCount()
    type_and_enter(qtbot, panel.check_in_edit, "Bénévole <i>")
    assert panel.last_check_in.outcome is Outcome.ADDED
    assert panel.model.rowCount() == count + 1
    assert panel.counts_label.text().startswith(f"{count + 1} ")
    type_and_enter(qtbot, panel.check_in_edit, "benevole <I>")
    assert panel.last_check_in.outcome is Outcome.ON_ROSTER


def test_no_session_means_a_disabled_panel(qtbot):
    panel = RosterPanel()
    qtbot.addWidget(panel)
    assert not panel.check_in_edit.isEnabled()
    assert panel.check_in() is None
    assert panel.request_erase(0) is None
    assert panel.model.rowCount() == 0


def test_fold_ignores_case_and_accents():
    assert fold("  Élodie F. ") == "elodie f."
    assert fold("HÉLÈNE") == fold("helene")
    assert fold("مريم") == fold("مريم")


def test_tab_goes_from_check_in_to_the_table(panel, qtbot):
    panel.check_in_edit.setFocus()
    qtbot.keyClick(panel.check_in_edit, Qt.Key.Key_Tab)
    assert panel.view.hasFocus()


def test_a_typo_proposes_the_close_name_instead_of_adding_a_second_person(
    panel, qtbot, demo_path, workshop, stack
):
    """Issue 12, item 6: "Dupuy" for "Dupuis" silently added a second person."""
    edit = panel.check_in_edit
    edit.setFocus()
    people_before = len(panel.model.editor.people())
    type_and_enter(qtbot, edit, "Josianne")  # Josiane L. is on the roster
    assert panel.last_check_in.outcome is Outcome.CLOSE_MATCH
    assert [p.display_name for p in panel.last_check_in.matches][:1] == ["Josiane L."]
    assert "Did you mean Josiane L.?" in panel.status_label.text()
    assert edit.text() == "Josianne" and stack.count() == 0  # nothing done, nothing lost
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # yes, her
    assert panel.last_check_in.outcome is Outcome.CHECKED_IN
    assert panel.last_check_in.participant.display_name == "Josiane L."
    assert "Josiane L." in on_file(demo_path, workshop.id)[0]
    type_and_enter(qtbot, edit, "Rachida")  # close to Rachid M., but someone else
    assert panel.last_check_in.outcome is Outcome.CLOSE_MATCH
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert panel.last_check_in.outcome is Outcome.ADDED
    assert len(panel.model.editor.people()) == people_before + 1


def test_a_digit_sets_the_role_and_an_elected_official_is_a_role(panel, qtbot, demo_path):
    """Issue 12, item 6: a role took about seven keys, and élu·e was not one."""
    edit = panel.check_in_edit
    edit.setFocus()
    type_and_enter(qtbot, edit, "Mme la maire adjointe")
    assert "Tab, then its number" in panel.status_label.text()
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert panel.view.hasFocus()
    roles = list(ParticipantRole)
    elected = roles.index(ParticipantRole.ELECTED_OFFICIAL) + 1
    qtbot.keyClick(panel.view, getattr(Qt.Key, f"Key_{elected}"))
    person = panel.last_check_in.participant
    with Workspace.open(demo_path, lock=False) as ws:
        assert ws.participants.get(person.id).role is ParticipantRole.ELECTED_OFFICIAL
    row = panel.model.row_of(person.id)
    assert panel.model.index(row, RosterModel.ROLE).data() == "Elected official"


def test_the_role_list_opens_unfolded_so_the_arrows_stay_in_it(panel, qtbot):
    model = panel.model
    row = model.row_of(next(p.id for p in model.editor.people() if p.display_name == "Nadia B."))
    panel.view.setFocus()
    panel.view.setCurrentIndex(model.index(row, RosterModel.ROLE))
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    combo = panel.view.findChild(object, "roleEditor")
    qtbot.waitUntil(lambda: combo.view().isVisible())
    assert combo.itemText(0).startswith("1  ")


def test_escape_in_the_check_in_box_says_the_person_is_done(panel, qtbot):
    type_and_enter(qtbot, panel.check_in_edit, "Nadia")
    assert panel.status_label.isVisibleTo(panel)
    with qtbot.waitSignal(panel.left):
        qtbot.keyClick(panel.check_in_edit, Qt.Key.Key_Escape)
    assert not panel.status_label.isVisibleTo(panel)  # its news goes with it (the recheck)


def test_escape_in_the_roster_table_says_the_person_is_done(panel, qtbot):
    """The play-through: after Tab and a role digit, Escape did nothing."""
    panel.view.setFocus()
    with qtbot.waitSignal(panel.left):
        qtbot.keyClick(panel.view, Qt.Key.Key_Escape)


def test_a_pseudonym_that_differs_by_its_initial_is_another_person():
    """The play-through: with "Karima B." present, checking in "Karima H." proposed Karima
    B., and Enter by habit checked in the wrong person. Pseudonyms of a first name and an
    initial are what the README advises: another initial is another person."""
    from workshop_app.domain import Participant
    from workshop_app.ui.prepare.roster_edits import close_matches

    people = [
        Participant(programme_id="p", display_name="Karima B."),
        Participant(programme_id="p", display_name="Josiane L."),
    ]
    assert close_matches("Karima H.", people) == []
    assert [p.display_name for p in close_matches("Karima B", people)] == ["Karima B."]
    assert [p.display_name for p in close_matches("Josianne L.", people)] == ["Josiane L."]
