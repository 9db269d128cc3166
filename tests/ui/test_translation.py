"""French and English both work: every string is translated, and the window speaks French."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from workshop_app.ui.i18n import install_translators, pick_language, translations_dir
from workshop_app.ui.main_window import MainWindow


@pytest.fixture
def french(qapp):
    translators = install_translators(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_every_source_string_has_a_french_translation():
    tree = ET.parse(f"{translations_dir()}/atelier_fr.ts")
    unfinished = [
        message.findtext("source")
        for message in tree.iter("message")
        if message.find("translation").get("type") in ("unfinished", "obsolete")
    ]
    assert unfinished == []


def test_language_choice():
    assert pick_language("en", "fr") == "en"
    assert pick_language(None, "fr") == "fr"


def test_main_window_speaks_french(french, settings, qtbot, demo_path):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.open_workspace(demo_path)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "&Fichier"
    assert menus[-1] == "&Aide"
    board = window.page.board_model
    headers = [board.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    assert headers == ["Difficulté", "Piste d’amélioration"]
    assert window.page.capture.kind_label.text().startswith("Difficulté")
    assert QCoreApplication.translate("Labels", "Design") == "Conception"
    window.close()
