"""A person mentioned in an entry ("avec @nad mardi") is a reference, not a copy of their
name: the board shows their name as it is now, a rename follows, an erasure leaves "[…]",
and the file never held the name in the entry."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from workshop_app.domain import mentions

from .conftest import rows, type_line


def board_texts(page) -> list[str]:
    """What the board shows of each entry (its text column)."""
    model = page.board_model
    return [
        model.index_of_entry(entry_id).data(Qt.ItemDataRole.DisplayRole)
        for entry_id in page.session.entries
    ]


def person_id(ws, name: str) -> str:
    return next(p.id for p in ws.participants.select() if p.display_name == name)


def test_a_mention_is_stored_as_a_reference_and_shown_as_the_name(live, qtbot):
    window, path, _workshop_id = live
    page = window.page
    type_line(qtbot, window, "On en a parlé avec @nad mardi")
    (stored,) = rows(path, "SELECT text FROM entry")
    nadia = person_id(window.workspace, "Nadia B.")
    assert stored == (f"On en a parlé avec {mentions.mark(nadia)} mardi",)
    assert "Nadia" not in stored[0]
    assert "On en a parlé avec Nadia B. mardi" in board_texts(page)


def test_a_rename_reaches_every_mention_and_an_erasure_leaves_none(live, qtbot):
    window, path, _workshop_id = live
    page = window.page
    type_line(qtbot, window, "Vu avec @nad et @karim hier")
    ws = window.workspace
    nadia = ws.participants.get(person_id(ws, "Nadia B."))
    page.session.update_record(
        "participant", dataclasses.replace(nadia, display_name="Habitante 3")
    ) if hasattr(page.session, "update_record") else (
        ws.participants.update(dataclasses.replace(nadia, display_name="Habitante 3")),
        page.session.record_changed.emit("participant"),
    )
    page.session._forget_memos("participant")
    assert "Vu avec Habitante 3 et Karim T. hier" in board_texts(page)
    assert page.session.erase_participant(nadia.id)
    assert "Vu avec […] et Karim T. hier" in board_texts(page)
    raw = path.read_bytes() + path.with_name(path.name + "-wal").read_bytes()
    assert b"Nadia" not in raw and b"Habitante 3" not in raw


def test_editing_an_entry_keeps_its_references(live, qtbot):
    window, path, _workshop_id = live
    page = window.page
    type_line(qtbot, window, "Proposé par @karim en réunion")
    (entry_id,) = (
        page.session.entries.keys()
        if hasattr(page.session.entries, "keys")
        else [e.id for e in page.session.entries.values()]
    )
    from workshop_app.ui.entry_edits import edit_text

    command = edit_text(page.session, entry_id, "Proposé par Karim T. en réunion de mars")
    page.undo_stack.push(command) if hasattr(page, "undo_stack") else window.undo_stack.push(
        command
    )
    karim = person_id(window.workspace, "Karim T.")
    (stored,) = rows(path, "SELECT text FROM entry")
    assert stored[0] == f"Proposé par {mentions.mark(karim)} en réunion de mars"
    assert "Proposé par Karim T. en réunion de mars" in board_texts(page)


def test_the_filter_finds_a_mention_by_the_name_shown(live, qtbot):
    window, _path, _workshop_id = live
    page = window.page
    type_line(qtbot, window, "Relancer avec @nad le bailleur")
    type_line(qtbot, window, "Autre sujet sans personne")
    qtbot.keyClicks(page.filter_edit, "nadia")
    assert sum(len(g.rows) for g in page.board_model.groups()) == 1


def test_searching_a_name_finds_the_entries_that_mention_the_person(live, qtbot):
    window, _path, _workshop_id = live
    type_line(qtbot, window, "Vu avec @nad mardi au local")
    type_line(qtbot, window, "Rien à voir avec personne")
    ws, programme = window.workspace, window.page.session.programme
    (hit,) = ws.entries.search(programme.id, "nadia mardi")
    assert hit.entry.text == "Vu avec Nadia B. mardi au local"
    assert mentions.OPEN not in hit.snippet
    assert ws.entries.search(programme.id, "nadia jeudi") == []
    assert [h.entry.text for h in ws.entries.search(programme.id, "local")] == [
        "Vu avec Nadia B. mardi au local"
    ]
