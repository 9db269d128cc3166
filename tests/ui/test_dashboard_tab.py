"""The dashboard is a tab of the main window: built the first time it shows, it follows the
programme selected and what changes in it; Ctrl+Shift+D goes to it and back; at 1,280 ×
800 nothing of it is cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication

from workshop_app.domain.enums import EntryKind
from workshop_app.domain.models import Entry, Programme, Workshop
from workshop_app.ui.dashboard import DashboardController

from .dashboard_steps import bar_totals


def controller(window) -> DashboardController:
    return window.findChild(DashboardController, "dashboardController")


@pytest.fixture
def opened(window, demo_path):
    window.activateWindow()
    assert window.open_workspace(demo_path, create=False)
    window._select_last_workshop()
    return window


def test_the_dashboard_is_a_tab_built_when_first_shown(window, demo_path):
    assert not window.dashboard_action.isEnabled()
    tabs = window.views
    assert [tabs.tabText(n) for n in range(tabs.count())] == ["Workshop", "Programme dashboard"]
    assert not tabs.isTabEnabled(1)
    assert window.open_workspace(demo_path, create=False)
    window._select_last_workshop()
    assert window.dashboard_action.isEnabled() and tabs.isTabEnabled(1)
    assert controller(window).dashboard is None  # nothing built (nor pyqtgraph loaded) yet
    window.dashboard_action.trigger()
    board = controller(window).dashboard
    assert tabs.currentWidget() is controller(window).host
    assert board.isVisible() and window.dashboard_action.isChecked()
    assert board.programme_id == window.session.programme.id
    assert board.data.workshops
    assert window.session.programme.title in board.heading.text()


def test_ctrl_shift_d_goes_to_the_dashboard_and_back_to_the_capture(opened, qtbot):
    window = opened
    assert QApplication.focusWidget() is window.page.capture.edit
    qtbot.keyClick(
        window.focusWidget(),
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.views.currentWidget() is controller(window).host
    qtbot.keyClick(
        window.focusWidget() or window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.views.currentWidget() is window.page
    assert not window.dashboard_action.isChecked()
    assert QApplication.focusWidget() is window.page.capture.edit


def test_opening_a_workshop_from_elsewhere_shows_its_page(opened, qtbot):
    window = opened
    window.dashboard_action.trigger()
    workshops = window.workspace.workshops.for_programme(window.session.programme.id)
    other = next(w for w in workshops if w.id != window.session.workshop_id)
    window.setFocus()  # (not the tree: a search result, a new workshop…)
    assert window.select_workshop(other.id)
    assert window.views.currentWidget() is window.page
    assert QApplication.focusWidget() is window.page.capture.edit


def test_the_dashboard_follows_the_programme_selected(opened):
    window = opened
    ws = window.workspace
    programme = ws.programmes.add(Programme(title="Deuxième programme"))
    ws.workshops.add(Workshop(programme_id=programme.id, title="Seul", starts_at="2027-01-05"))
    window._reload_tree()
    window.dashboard_action.trigger()
    board = controller(window).dashboard
    first = board.programme_id
    window.tree.setFocus()  # browsing the tree leaves the dashboard shown
    row = next(
        r
        for r in range(window.tree_model.rowCount())
        if window.tree_model.programme_at(window.tree_model.index(r, 0)).id == programme.id
    )
    window.tree.setCurrentIndex(window.tree_model.index(row, 0))
    assert window.views.currentWidget() is controller(window).host
    assert board.programme_id == programme.id != first
    assert len(board.data.workshops) == 1
    assert "Deuxième programme" in board.heading.text()


def test_what_changes_is_counted_again(opened, qtbot):
    window = opened
    window.dashboard_action.trigger()
    board = controller(window).dashboard
    before = sum(bar_totals(board.speakers))
    session = window.session
    entry = Entry(workshop_id=session.workshop_id, kind=EntryKind.IDEA, text="Une idée de plus")
    assert session.add_records("entry", [entry])
    qtbot.waitUntil(lambda: sum(bar_totals(board.speakers)) == before + 1, timeout=3000)
    # changes made while the workshop page shows are read when the dashboard shows again
    window.show_workshop_page()
    more = Entry(workshop_id=session.workshop_id, kind=EntryKind.ISSUE, text="Un souci")
    assert session.add_records("entry", [more])
    window.dashboard_action.trigger()
    assert sum(bar_totals(board.speakers)) == before + 2


@pytest.mark.parametrize("width", [1280, 1400, 1000])
def test_nothing_is_cut_at_laptop_sizes(opened, qtbot, width):
    window = opened
    window.resize(width, 800)
    window.dashboard_action.trigger()
    board = controller(window).dashboard
    qtbot.waitUntil(lambda: board.scroll.viewport().width() > 0)
    QApplication.processEvents()
    viewport = board.scroll.viewport()
    assert board.grid.width() <= viewport.width()
    assert board.grid.columns == board.grid.columns_for(viewport.width())
    for panel in board.panels:
        # as wide as it needs: its buttons side by side, whole, after the title
        assert panel.width() >= panel.minimumSizeHint().width(), (panel.objectName(), width)
        buttons = [panel.table_button, panel.copy_button, panel.save_button]
        lefts = [b.mapTo(panel, QPoint(0, 0)).x() for b in buttons]
        rights = [b.mapTo(panel, QPoint(b.width(), 0)).x() for b in buttons]
        assert all(r <= n for r, n in zip(rights, lefts[1:], strict=False))
        assert rights[-1] <= panel.width() and lefts[0] >= panel.title.geometry().right()
        for widget in (panel.table_button, panel.copy_button, panel.save_button, panel.title):
            right = widget.mapTo(board.grid, QPoint(widget.width(), 0)).x()
            assert right <= viewport.width(), (panel.objectName(), widget.text(), width)
        title = panel.title
        assert title.height() >= title.heightForWidth(title.width()), panel.objectName()
    if width >= 1280:
        assert board.grid.columns == 2  # the charts side by side on a laptop


def test_any_date_takes_the_dates_off_the_filter(qtbot, settings, demo_path):
    """A play-through could only go back to "any date" through the calendar, from
    January 2000."""
    from workshop_app.store import Workspace
    from workshop_app.ui.dashboard.dashboard import NO_DATE, Dashboard

    with Workspace.open(demo_path) as ws:
        programme = ws.programmes.select()[0]
        dashboard = Dashboard()
        qtbot.addWidget(dashboard)
        dashboard.set_programme(ws, programme.id)
        assert not dashboard.any_date.isEnabled()
        everything = dashboard.data.total_entries
        dashboard.date_from.setDate(QDate(2026, 4, 1))
        assert dashboard.any_date.isEnabled()
        assert dashboard.data.total_entries < everything
        qtbot.mouseClick(dashboard.any_date, Qt.MouseButton.LeftButton)
        assert dashboard.date_from.date() == NO_DATE == dashboard.date_to.date()
        assert dashboard.data.total_entries == everything
        assert not dashboard.any_date.isEnabled()
        dashboard.close()
