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


def _tool(name: str):
    import shutil
    import sys
    from pathlib import Path

    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else shutil.which(name)


@pytest.mark.skipif(
    _tool("pyside6-lupdate") is None, reason="Qt's translation tools are not installed"
)
def test_translation_files_are_up_to_date(tmp_path):
    """No string of the code is missing from the .ts files, and the .qm files are compiled
    from them (scripts/update-translations.sh does both)."""
    import shutil
    import subprocess
    from pathlib import Path

    import workshop_app

    package = Path(workshop_app.__file__).parent
    sources = sorted(str(p) for p in (package / "ui").rglob("*.py"))
    committed = Path(translations_dir()) / "atelier_fr.ts"
    copy = tmp_path / "atelier_fr.ts"
    shutil.copy(committed, copy)
    result = subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new" in result.stdout, "run scripts/update-translations.sh: " + result.stdout
    subprocess.run(
        [_tool("pyside6-lrelease"), str(committed), "-qm", str(tmp_path / "fr.qm")],
        capture_output=True,
        check=True,
    )
    assert (tmp_path / "fr.qm").read_bytes() == (
        Path(translations_dir()) / "atelier_fr.qm"
    ).read_bytes()


def test_the_file_dialog_speaks_french(french, qtbot):
    """Issue 12, item 7: "Look in:" and "Files of type:" stayed in English."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog()
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Voir dans\u00a0:"
    assert labels["fileTypeLabel"] == "Fichiers de &type\u00a0:"
    assert labels["fileNameLabel"].startswith("&Nom de fichier")


def test_replacing_the_catalogue_while_running_changes_nothing(qapp, tmp_path, monkeypatch):
    """The play-through crashed twice (libQt6Core) when atelier_fr.qm was rebuilt under the
    running app: Qt had mapped the file. The catalogue is now read into memory."""
    import shutil

    from workshop_app.ui import i18n

    folder = tmp_path / "translations"
    shutil.copytree(translations_dir(), folder)
    monkeypatch.setattr(i18n, "translations_dir", lambda: str(folder))
    translators = install_translators(qapp, "fr")
    try:
        assert QCoreApplication.translate("Labels", "Design") == "Conception"
        (folder / "atelier_fr.qm").write_bytes(b"\0" * 64)  # overwritten in place
        (folder / "atelier_fr.qm").unlink()
        assert QCoreApplication.translate("Labels", "Design") == "Conception"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
