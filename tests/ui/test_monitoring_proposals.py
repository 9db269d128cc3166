"""Measurements proposed from what Atelier holds (issue 16, item 1): in people's words,
the workshops of the indicator's action first, nothing proposed twice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from workshop_app.ui.date_edits import shown_date
from workshop_app.ui.i18n import install_translators

from .monitoring_steps import open_dialog, show_indicator

PRESENT = "Locataires présents aux ateliers"
FIRST = "Ménages repérés depuis l'ouverture des plateformes"
CODES = ("resident", "social_worker", "partner_association", "proposed", "keep_doing", " = ")


@pytest.fixture
def dialog(qtbot, ws, stack):
    return open_dialog(qtbot, ws, stack)


@pytest.fixture
def french(qapp):
    translators = install_translators(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


def items(menu: QMenu) -> list[tuple[str, bool]]:
    """(text, enabled) of every item of ``menu`` and its submenus, headings included."""
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found.append((action.text(), True))
            found.extend(items(action.menu()))
        elif not action.isSeparator():
            found.append((action.text(), action.isEnabled()))
    return found


def when_the_menu_shows(step, tries: int = 100) -> None:
    """Run ``step(menu)`` once the menu is open (it blocks the test while it is), then
    close whatever popup is left, so that a failing step cannot hang the run."""

    def run(left: int) -> None:
        menu = QApplication.activePopupWidget()
        if menu is None and left:
            QTimer.singleShot(20, lambda: run(left - 1))
            return
        try:
            if menu is not None:
                step(menu)
        finally:
            while QApplication.activePopupWidget() is not None:
                QApplication.activePopupWidget().close()

    QTimer.singleShot(0, lambda: run(tries))


def test_proposals_read_as_people_s_words_in_french(french, dialog):
    show_indicator(dialog, PRESENT)
    texts = [text for text, _enabled in items(dialog.proposal_menu())]
    assert not [t for t in texts if any(code in t for code in CODES)]
    joined = "\n".join(texts)
    assert "(Habitant·e / usager·ère)\u00a0: 3" in joined  # a role's label, in French
    assert "« Réalisée »\u00a0: 1" in joined  # an improvement status's label
    assert f"{shown_date('2026-03-12')} — Atelier de la plateforme partenariale" in joined
    assert shown_date("2026-03-12") == "12/03/2026"


def test_the_workshops_of_the_action_come_first_then_the_others_under_a_heading(dialog):
    show_indicator(dialog, FIRST)
    top = [
        ("—" if a.isSeparator() else a.text(), a.isEnabled(), a.menu() is not None)
        for a in dialog.proposal_menu().actions()
    ]
    assert [(text.split(" — ")[0][:24], enabled, sub) for text, enabled, sub in top] == [
        ("Workshops of this action", False, False),
        (shown_date("2026-03-12"), True, True),
        ("—", True, False),
        ("Other workshops of the p", False, False),
        (shown_date("2026-04-09"), True, True),
        (shown_date("2026-06-18"), True, True),
    ]
    assert "Atelier de la plateforme partenariale" in top[1][0]


def test_a_proposal_taken_from_the_keyboard_is_not_proposed_twice(dialog, ws, qtbot):
    show_indicator(dialog, FIRST)
    indicator_id = dialog.measurements.indicator.id
    before = len(ws.measurements.for_indicator(indicator_id))
    seen: list[list[tuple[str, bool]]] = []

    def choose_first_item(menu):
        seen.append(items(menu))
        # the first workshop (of this action), then its first item: everyone present
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Right)
        qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Return)

    when_the_menu_shows(choose_first_item)
    dialog.propose_button.setFocus()
    qtbot.keyClick(dialog.propose_button, Qt.Key.Key_Space)  # the menu runs in here
    qtbot.waitUntil(lambda: len(ws.measurements.for_indicator(indicator_id)) == before + 1)
    assert seen and ("Present, all roles: 10", True) in seen[0]
    (taken,) = [m for m in ws.measurements.for_indicator(indicator_id) if m.workshop_id]
    assert (taken.measured_on, taken.value, taken.territory) == (
        "2026-03-12",
        10.0,
        "Vaulx-en-Velin / Bron",
    )
    assert taken.note == (
        "From the workshop “Atelier de la plateforme partenariale de Vaulx-en-Velin / Bron”: "
        "Present, all roles"
    )
    assert dialog.status.text() == "Added: Present, all roles: 10."

    again = items(dialog.proposal_menu())
    assert ("Present, all roles: 10", True) not in again
    assert ("Present, all roles: 10 (already among the measurements)", False) in again
    dialog.activateWindow()  # the offscreen platform leaves no window active after a menu
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.measurement_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ("Present, all roles: 10", True) in items(dialog.proposal_menu())


def test_a_scale_is_offered_feedback_means_and_a_rate_an_explanation(dialog):
    show_indicator(dialog, "Satisfaction moyenne des participants aux ateliers")
    offered = items(dialog.proposal_menu())
    means = [text for text, enabled in offered if enabled and text.startswith("Mean rating")]
    assert [(m[:40], m[-6:]) for m in means] == [
        ("Mean rating of “J'ai pu dire ce que je v", "): 4.1"),
        ("Mean rating of “Ce qui s'est dit aujourd", "): 3.4"),
        ("Mean rating of “La durée et le rythme de", "): 3.6"),
    ]
    assert all(" answers): " in m for m in means)  # how many answers each is made of
    show_indicator(dialog, "Part des situations signalées par un partenaire autre que le bailleur")
    ((text, enabled),) = items(dialog.proposal_menu())
    assert not enabled and "this indicator is of kind “Rate (%)”" in text


def test_proposing_without_an_indicator_says_what_to_do(dialog, qtbot):
    dialog.tabs.setCurrentIndex(1)
    dialog.indicator_view.setCurrentIndex(dialog.indicators.index(-1, -1))
    assert dialog.measurements.indicator is None
    dialog.propose_button.click()
    assert dialog.status.text() == "Choose an indicator in the table first."
