"""The projector view: what the group sees while the facilitator captures."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from workshop_app.domain.enums import EntryKind
from workshop_app.store import Workspace
from workshop_app.ui.models.roles import ID_ROLE
from workshop_app.ui.projector import install_projector, projector_of
from workshop_app.ui.projector.projector_window import DEFAULT_POINTS, THEME_KEY

from .conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def workshop_ids(demo_path) -> list[str]:
    with Workspace.open(demo_path, lock=False) as ws:
        return [w.id for w in ws.workshops.select()]


@pytest.fixture
def projected(window, demo_path, qtbot):
    """The demo open on its second workshop, the projector shown."""
    assert window.open_workspace(demo_path)
    ids = workshop_ids(demo_path)
    assert window.select_workshop(ids[1])
    action = install_projector(window)
    assert action.isEnabled() and action.shortcut().toString() == "F7"
    action.trigger()
    projector = projector_of(window)
    qtbot.addWidget(projector)
    qtbot.waitExposed(projector)
    return window, projector, ids


def shown_ids(projector) -> set[str]:
    model = projector.model
    return {model.index(r, c).data(ID_ROLE) for r in range(model.rowCount()) for c in range(2)} - {
        None
    }


def test_projector_shows_the_workshop_entries(projected):
    window, projector, _ids = projected
    assert shown_ids(projector) == set(window.session.entries) != set()
    assert window.session.workshop.title in projector.title.text()


def test_a_captured_entry_appears(projected, qtbot):
    window, projector, _ids = projected
    edit = window.page.capture.edit
    resets = []
    projector.model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(projector.entry_shown, timeout=2000) as shown:
        type_text(edit, "Les démarches en ligne découragent")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    entry_id = shown.args[0]
    assert window.session.entries[entry_id].text == "Les démarches en ligne découragent"
    index = projector.model.index_of_entry(entry_id)
    assert index.data() == "Les démarches en ligne découragent"
    assert not resets  # one row inserted, nothing rebuilt


def test_no_participant_data_anywhere(projected, demo_path):
    window, projector, _ids = projected
    with Workspace.open(demo_path, lock=False) as ws:
        people = ws.participants.for_programme(window.session.programme.id, include_erased=True)
    secrets = {p.display_name for p in people} | {p.organisation for p in people if p.organisation}
    assert any(e.author_id for e in window.session.entries.values())  # the board names them
    texts = []
    model = projector.model
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in range(int(Qt.ItemDataRole.UserRole) + 16):
                value = model.index(r, c).data(role)
                if isinstance(value, str):
                    texts.append(value)
    for c in range(model.columnCount()):
        texts.append(str(model.headerData(c, Qt.Orientation.Horizontal)))
    texts += [label.text() for label in projector.findChildren(QLabel)]
    texts.append(projector.windowTitle())
    blob = "\n".join(texts)
    assert blob
    for secret in secrets:
        assert secret not in blob


def test_selection_on_the_board_is_followed(projected, qtbot):
    window, projector, _ids = projected
    current = window.page.current_entry_id()
    issue = next(
        e for e in window.session.entries.values() if e.kind is EntryKind.ISSUE and e.id != current
    )
    with qtbot.waitSignal(projector.highlight_changed, timeout=2000):
        assert window.page.select_entry(issue.id)
    assert projector.highlighted_id == issue.id == window.page.current_entry_id()
    improvement = next(e for e in window.session.entries.values() if e.answers_id)
    window.page.select_entry(improvement.id)
    assert projector.highlighted_id == improvement.id


def test_font_size_keys(projected, qtbot):
    _window, projector, _ids = projected
    with qtbot.waitActive(projector):  # the keys work once the projector is clicked
        projector.activateWindow()
    start = projector.view.font().pointSize()
    assert start == DEFAULT_POINTS
    qtbot.keyClick(projector, Qt.Key.Key_Equal, CTRL)
    assert projector.view.font().pointSize() == start + 2
    qtbot.keyClick(projector, Qt.Key.Key_Plus, CTRL)
    assert projector.view.font().pointSize() == start + 4
    qtbot.keyClick(projector, Qt.Key.Key_Minus, CTRL)
    assert projector.view.font().pointSize() == start + 2
    qtbot.keyClick(projector, Qt.Key.Key_0, CTRL)
    assert projector.view.font().pointSize() == DEFAULT_POINTS


def test_theme_toggles_and_is_remembered(projected, qtbot, settings):
    _window, projector, _ids = projected
    assert projector.theme == "light"
    light = projector.grab().toImage().pixelColor(5, 5).lightness()
    qtbot.keyClick(projector, Qt.Key.Key_D)
    assert projector.theme == "dark"
    assert settings.q.value(THEME_KEY) == "dark"
    assert projector.grab().toImage().pixelColor(5, 5).lightness() < light
    qtbot.keyClick(projector, Qt.Key.Key_D)
    assert projector.theme == "light"


def test_markup_is_shown_literally(projected, qtbot):
    window, projector, _ids = projected
    edit = window.page.capture.edit
    with qtbot.waitSignal(projector.entry_shown, timeout=2000) as shown:
        type_text(edit, "<b>x</b>")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert projector.model.index_of_entry(shown.args[0]).data() == "<b>x</b>"


def test_timer_is_shown_in_the_footer(projected):
    _window, projector, _ids = projected
    projector.show_timer("Tour de table", "12:30", False)
    assert "Tour de table" in projector.footer.text() and "12:30" in projector.footer.text()
    projector.show_timer("Tour de table", "+02:00", True)
    assert "⚠" in projector.footer.text()


def test_switching_workshop_is_followed(projected, qtbot):
    window, projector, ids = projected
    with qtbot.waitSignal(window.session_changed, timeout=2000):
        assert window.select_workshop(ids[2])
    assert projector.session is window.session
    assert shown_ids(projector) == set(window.session.entries)
    assert window.session.workshop.title in projector.title.text()
    issue = next(e for e in window.session.entries.values() if e.kind is EntryKind.ISSUE)
    window.page.select_entry(issue.id)
    assert projector.highlighted_id == issue.id


def test_escape_leaves_full_screen_and_closes_with_the_window(projected, qtbot):
    window, projector, _ids = projected
    projector.showFullScreen()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen()
    window.close()
    assert not projector.isVisible()


def test_escape_in_a_window_puts_the_projector_away(projected, qtbot):
    """Issue 12, item 8: no key closed the projector."""
    _window, projector, _ids = projected
    projector.showNormal()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()


SAID = st.lists(
    st.sampled_from(["mot", "constat", "😀", "ع", "Việt", "<b>", "\n", " ", "x" * 60, "é"]),
    max_size=400,
).map(" ".join)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(text=SAID, width=st.integers(60, 900), lines=st.integers(1, 9))
def test_a_long_entry_is_cut_with_an_ellipsis_never_silently(qapp, text, width, lines):
    """Issue 12, item 8: the projector cut a long entry without an ellipsis."""
    from PySide6.QtGui import QFont, QFontMetrics

    from workshop_app.ui.projector.projector_board import fitted_lines

    font = QFont()
    font.setPointSize(22)
    spacing = QFontMetrics(font).lineSpacing()
    shown = fitted_lines(text, font, width, lines * spacing)
    assert len(shown) <= lines
    # long words are broken across lines; Qt joins Arabic to the "…" with a zero-width joiner
    flat = "".join("".join(shown).replace("\u200d", "").split())
    whole = "".join(text.split())
    if shown and shown[-1].endswith("…"):
        assert whole.startswith(flat[:-1]) and len(flat) - 1 < len(whole)  # cut, and says so
    else:
        assert flat == whole  # all of it shown


def test_opening_the_projector_leaves_the_keyboard_in_the_capture_box(projected, qtbot):
    """The play-through: after F7, what was typed went to the projector and was lost."""
    from PySide6.QtWidgets import QApplication

    window, _projector, _ids = projected
    window.activateWindow()
    window.projector_action.trigger()
    assert QApplication.focusWidget() is window.page.capture.edit
    type_text(window.page.capture.edit, "abc")
    assert window.page.capture.edit.typed_text().endswith("abc")
