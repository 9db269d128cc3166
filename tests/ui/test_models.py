"""The item models pass Qt's own model tester and show the board order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop_app.domain import Entry, EntryKind, Programme, Workshop
from workshop_app.store import Workspace
from workshop_app.ui.models import WorkspaceTreeModel
from workshop_app.ui.models.roles import ID_ROLE


@pytest.fixture
def ws(demo_path):
    with Workspace.open(demo_path) as workspace:
        yield workspace


def test_tree_model_passes_model_tester(qtmodeltester, ws):
    model = WorkspaceTreeModel(ws)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_tree_lists_programmes_with_their_workshops(ws):
    model = WorkspaceTreeModel(ws)
    programmes = ws.programmes.select()
    assert model.rowCount() == len(programmes)
    top = model.index(0, 0)
    workshops = ws.workshops.for_programme(programmes[0].id)
    assert model.rowCount(top) == len(workshops)
    titles = {model.index(r, 0, top).data() for r in range(model.rowCount(top))}
    assert titles == {w.title for w in workshops}
    first = model.index(0, 0, top)
    assert model.workshop_at(first).id == first.data(ID_ROLE)
    assert model.index_of_workshop(workshops[-1].id).isValid()


def test_hostile_and_huge_text_is_shown_literally_and_clipped(tmp_path, qapp):
    from workshop_app.ui.models.board import DISPLAY_LIMIT, BoardModel
    from workshop_app.ui.session import WorkshopSession

    with Workspace.open(tmp_path / "w.sqlite") as ws:
        p = ws.programmes.create_with_defaults(Programme(title="P"))
        w = ws.workshops.add(Workshop(programme_id=p.id, title="W"))
        hostile = "<b>gras</b> & <img src=x> مرحبا Tiếng Việt 🙂"
        first = ws.entries.add(
            Entry(workshop_id=w.id, kind=EntryKind.IDEA, text=hostile, position=1)
        )
        big = ws.entries.add(
            Entry(workshop_id=w.id, kind=EntryKind.IDEA, text="x" * 100_000, position=2)
        )
        model = BoardModel(WorkshopSession(ws, w.id))
        assert model.index_of_entry(first.id).data() == hostile
        shown = model.index_of_entry(big.id).data()
        assert len(shown) == DISPLAY_LIMIT + 1
        assert shown.endswith("…")
        assert model.index_of_entry(big.id).data(Qt.ItemDataRole.EditRole) == "x" * 100_000
        assert model.index_of_entry(first.id).data(Qt.ItemDataRole.UserRole + 99) is None
        model.set_session(None)


def test_action_items_and_search_models_pass_model_tester(qtmodeltester, ws):
    from workshop_app.ui.action_items import ActionItemsModel
    from workshop_app.ui.search_dialog import SearchResultsModel
    from workshop_app.ui.session import WorkshopSession

    last = ws.workshops.select()[-1]
    session = WorkshopSession(ws, last.id)
    items = ActionItemsModel()
    items.set_session(session)
    assert items.rowCount() > 0  # the demo's open items carry over to its last workshop
    assert any(items.is_carried(row) for row in range(items.rowCount()))
    qtmodeltester.check(items, force_py=True)
    results = SearchResultsModel()
    results.set_hits(ws.entries.search(session.programme.id, "plateforme"))
    assert results.rowCount() > 0
    qtmodeltester.check(results, force_py=True)
