"""File › Export… and File › Print…: the file is written off the GUI thread, Cancel and
failures leave an earlier file as it was, and the person is told what happened."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from workshop_app import reports
from workshop_app.domain import EntryKind
from workshop_app.domain.models import Entry
from workshop_app.reports import ExportFormat, ExportOptions
from workshop_app.store import Workspace
from workshop_app.ui import export_runner
from workshop_app.ui.export_dialog import ALL, DATES, TERRITORY, safe_file_name


@pytest.fixture
def opened(window, demo_path):
    """The window on the demo, its second workshop selected."""
    assert window.open_workspace(demo_path)
    programme = window.tree_model.index(0, 0)
    window.tree.setCurrentIndex(window.tree_model.index(1, 0, programme))
    assert window.session.workshop is not None
    return window


@pytest.fixture
def save_as(monkeypatch):
    """Answer the save dialog with a chosen path; remembers what it was asked."""
    asked: list[tuple] = []
    answer: dict[str, Path] = {}

    def fake(parent, caption, start, filters, *args, **kwargs):
        asked.append((caption, start, filters))
        return (str(answer["path"]), filters) if "path" in answer else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return answer, asked


@pytest.fixture
def opener(monkeypatch):
    """Stand-in for the system's 'open this file': records instead of opening."""
    opened: list[Path] = []

    def fake(path: Path) -> bool:
        opened.append(Path(path))
        return True

    monkeypatch.setattr(export_runner, "open_file", fake)
    return opened


def past_the_review(window) -> None:
    """The demo's action items name people: the review of the names found comes before the
    file is chosen; accept it as it stands (every name replaced in this export)."""
    review = window.exports.review
    assert review is not None and review.isVisible()
    review.accept_button.click()


def side_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if ".part" in p.name]


def test_actions_follow_the_workspace_and_the_selection(window, demo_path):
    assert not window.export_action.isEnabled()
    assert not window.print_action.isEnabled()
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    window.open_workspace(demo_path)
    programme = window.tree_model.index(0, 0)
    window.tree.setCurrentIndex(window.tree_model.index(0, 0, programme))
    assert window.export_action.isEnabled() and window.print_action.isEnabled()
    window.tree.setCurrentIndex(programme)
    assert window.export_action.isEnabled()
    assert not window.print_action.isEnabled()  # printing needs a workshop


def test_the_dialog_exports_a_csv_of_the_selected_workshop(
    opened, save_as, opener, tmp_path, qtbot
):
    answer, asked = save_as
    workshop = opened.session.workshop
    opened.export_action.trigger()
    dialog = opened.exports.dialog
    assert dialog.isVisible()
    assert dialog.format() is ExportFormat.SESSION_PDF  # a workshop is selected
    assert not dialog.names_check.isChecked()  # names are personal data: off by default
    assert dialog.language_combo.currentData() == workshop.language
    dialog.format_buttons[ExportFormat.CSV].click()
    assert dialog.options() == ExportOptions(
        ExportFormat.CSV, workshop_id=workshop.id, language=workshop.language, csv_separator=";"
    )
    answer["path"] = tmp_path / "exports" / "entrées"  # no suffix typed: .csv is added
    answer["path"].parent.mkdir()
    with qtbot.waitSignal(opened.exports.runner.succeeded, timeout=20000) as blocker:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter exports
    written = tmp_path / "exports" / "entrées.csv"
    assert blocker.args[0].path == str(written)
    _caption, start, filters = asked[0]
    assert Path(start).name == safe_file_name(f"{workshop.title} {workshop.starts_at[:10]}", ".csv")
    assert filters == "CSV (*.csv)"
    with Workspace.open(opened.workspace.path, read_only=True) as ws:
        texts = {e.text.splitlines()[0] for e in ws.entries.for_workshop(workshop.id)}
    content = written.read_text(encoding="utf-8-sig")
    assert texts and all(text in content for text in texts)
    assert str(written) in opened.statusBar().currentMessage()
    assert opened.settings.last_export_folder == str(written.parent)
    box = opened.last_message
    assert isinstance(box, QMessageBox) and box.objectName() == "exportDoneBox"
    assert written.name in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "openExportButton"), Qt.MouseButton.LeftButton)
    assert opener == [written]


def test_the_separator_is_offered_for_csv_only_and_follows_the_language(opened, qtbot):
    dialog = opened.exports.show_dialog()
    combo = dialog.separator_combo
    for fmt in (ExportFormat.SESSION_PDF, ExportFormat.PROGRAMME_PDF, ExportFormat.XLSX):
        dialog.set_format(fmt)
        assert not combo.isVisible()
        assert dialog.options().csv_separator == ""
    dialog.set_format(ExportFormat.CSV)
    assert combo.isVisible()
    assert dialog.form.labelForField(combo).buddy() is combo
    assert dialog.language_combo.currentData() == "fr"
    assert combo.currentData() == ";"  # what Excel set to French splits at
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert combo.currentData() == ","
    assert dialog.options().csv_separator == ","
    # once the person chooses, a change of language keeps the choice
    combo.setCurrentIndex(combo.findData("\t"))
    combo.activated.emit(combo.currentIndex())
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    assert combo.currentData() == "\t"
    assert dialog.options().csv_separator == "\t"
    dialog.reject()


def test_the_chosen_separator_is_the_one_written(opened, save_as, tmp_path, qtbot):
    answer, _asked = save_as
    dialog = opened.exports.show_dialog()
    dialog.set_format(ExportFormat.CSV)
    combo = dialog.separator_combo
    combo.setCurrentIndex(combo.findData(","))
    combo.activated.emit(combo.currentIndex())
    answer["path"] = tmp_path / "virgules.csv"
    with qtbot.waitSignal(opened.exports.runner.succeeded, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    header = (tmp_path / "virgules.csv").read_bytes().decode("utf-8-sig").split("\r\n", 1)[0]
    assert header.startswith("Atelier,Date,Action,")
    assert ";" not in header


def test_the_file_is_written_off_the_gui_thread_with_progress(opened, monkeypatch, tmp_path, qtbot):
    real_write = reports.write
    threads: list[bool] = []
    progress_on_gui_thread: list[bool] = []

    def watched_write(prepared, destination, progress):
        threads.append(QThread.currentThread() is opened.thread())
        return real_write(prepared, destination, progress)

    monkeypatch.setattr(reports, "write", watched_write)
    runner = opened.exports.runner
    original = runner._on_progress

    def on_progress(done, total):
        progress_on_gui_thread.append(QThread.currentThread() is opened.thread())
        original(done, total)

    monkeypatch.setattr(runner, "_on_progress", on_progress)
    options = ExportOptions(ExportFormat.PROGRAMME_PDF, programme_id=opened.session.programme.id)
    with qtbot.waitSignal(runner.finished, timeout=30000):
        assert opened.exports.export(options, tmp_path / "synthesis.pdf")
        assert runner.running
    assert threads == [False]
    assert progress_on_gui_thread and all(progress_on_gui_thread)
    assert (tmp_path / "synthesis.pdf").read_bytes().startswith(b"%PDF")
    assert not runner.running and runner.progress_dialog is None


def test_cancel_leaves_an_earlier_file_byte_identical(opened, monkeypatch, tmp_path, qtbot):
    earlier = tmp_path / "summary.pdf"
    earlier.write_bytes(b"%PDF-1.4 the summary exported last week")
    real_write = reports.write
    release = threading.Event()

    def slow_write(prepared, destination, progress):
        progress.start(3)
        release.wait(20)  # until the test has pressed Cancel
        return real_write(prepared, destination, progress)  # its Progress says: cancelled

    monkeypatch.setattr(reports, "write", slow_write)
    runner = opened.exports.runner
    options = ExportOptions(ExportFormat.SESSION_PDF, workshop_id=opened.session.workshop_id)
    with qtbot.waitSignal(runner.cancelled, timeout=20000):
        assert opened.exports.export(options, earlier)
        dialog = runner.progress_dialog
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        assert dialog.isModal()
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        release.set()
    assert earlier.read_bytes() == b"%PDF-1.4 the summary exported last week"
    assert side_files(tmp_path) == []
    assert opened.statusBar().currentMessage() == "Export cancelled; no file was written."


def test_a_failure_is_explained_and_writes_nothing(opened, tmp_path, qtbot):
    missing = tmp_path / "missing"
    options = ExportOptions(ExportFormat.SESSION_PDF, workshop_id=opened.session.workshop_id)
    with qtbot.waitSignal(opened.exports.runner.failed, timeout=20000) as blocker:
        opened.exports.export(options, missing / "summary.pdf")
    box = opened.last_message
    assert isinstance(box, QMessageBox)
    assert box.text() == blocker.args[0]
    assert str(missing) in box.text() and "does not exist" in box.text()
    assert not missing.exists()
    assert side_files(tmp_path) == []
    box.close()


def test_characters_the_font_lacks_are_named(opened, save_as, tmp_path, qtbot):
    opened.workspace.entries.add(
        Entry(workshop_id=opened.session.workshop_id, kind=EntryKind.IDEA, text="Atelier 漢字")
    )
    options = ExportOptions(ExportFormat.SESSION_PDF, workshop_id=opened.session.workshop_id)
    with qtbot.waitSignal(opened.exports.runner.succeeded, timeout=20000):
        opened.exports.export(options, tmp_path / "summary.pdf")
    box = opened.last_message
    assert "漢" in box.text() and "字" in box.text()
    assert box.icon() == QMessageBox.Icon.Warning


def test_a_synthesis_of_one_territory(opened, save_as, tmp_path, qtbot):
    answer, _asked = save_as
    dialog = opened.exports.show_dialog()
    dialog.set_format(ExportFormat.PROGRAMME_PDF)
    assert dialog.scope() == ALL
    assert dialog.set_scope(TERRITORY)
    assert dialog.territory_combo.isVisible()
    territory = dialog.territory_combo.currentData()
    expected = [w for w in dialog.workshops if w.territory == territory]
    assert dialog.count_label.text() == f"{len(expected)} workshop(s)"
    options = dialog.options()
    assert options.programme_id == opened.session.programme.id
    assert options.selection.territory == territory
    answer["path"] = tmp_path / "territoire.pdf"
    with qtbot.waitSignal(opened.exports.runner.succeeded, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        past_the_review(opened)
    assert len(PdfReader(tmp_path / "territoire.pdf").pages) >= 1


def test_a_selection_matching_nothing_cannot_be_exported(opened, qtbot):
    dialog = opened.exports.show_dialog()
    dialog.set_format(ExportFormat.XLSX)
    dialog.set_scope(DATES)
    assert dialog.date_from.isVisible()
    dialog.date_from.setDate(dialog.date_from.date().addYears(-30))
    dialog.date_to.setDate(dialog.date_from.date().addDays(1))
    assert not dialog.export_button.isEnabled()
    dialog.reject()


@pytest.mark.parametrize("replace", [False, True])
def test_an_added_suffix_asks_before_replacing_a_file(
    opened, save_as, monkeypatch, tmp_path, qtbot, replace
):
    """The save dialog confirmed the name typed ("summary"); the file written is
    "summary.pdf", which it never asked about."""
    answer, _asked = save_as
    earlier = tmp_path / "summary.pdf"
    earlier.write_bytes(b"the earlier summary")
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if replace else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    answer["path"] = tmp_path / "summary"
    dialog = opened.exports.show_dialog()
    if replace:
        with qtbot.waitSignal(opened.exports.runner.succeeded, timeout=20000):
            dialog.accept()
            past_the_review(opened)
        assert earlier.read_bytes().startswith(b"%PDF")
    else:
        dialog.accept()
        past_the_review(opened)
        assert not opened.exports.runner.running
        assert earlier.read_bytes() == b"the earlier summary"
    assert len(asked) == 1 and "summary.pdf" in asked[0]


def test_the_save_dialog_can_be_cancelled(opened, save_as, qtbot):
    dialog = opened.exports.show_dialog()
    dialog.accept()
    past_the_review(opened)  # save_as answers "" as the person pressing Cancel does
    assert not opened.exports.runner.running


def test_print_opens_the_summary_in_the_pdf_viewer(opened, opener, qtbot):
    with qtbot.waitSignal(opened.exports.runner.succeeded, timeout=20000):
        opened.print_action.trigger()
    assert len(opener) == 1
    pdf = opener[0]
    assert pdf.is_relative_to(export_runner.print_folder())
    assert pdf.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(pdf).pages) >= 1
    assert "PDF viewer" in opened.statusBar().currentMessage()


def test_print_without_a_pdf_viewer_says_where_the_file_is(opened, monkeypatch, qtbot):
    """Issue 12, item 8: with no viewer, Ctrl+P said "the export failed; no file was
    written" although the PDF was there."""
    shown = []
    monkeypatch.setattr(export_runner, "open_file", lambda path: False)
    monkeypatch.setattr(opened, "show_error", lambda title, text: shown.append((title, text)))
    with qtbot.waitSignal(opened.exports.runner.succeeded, timeout=20000):
        opened.print_action.trigger()
    [(title, text)] = shown
    status = opened.statusBar().currentMessage()
    assert "no file was written" not in status and "failed" not in title.lower()
    written = next(export_runner.print_folder().glob("*.pdf"))
    assert str(written) in text and str(written) in status
    assert written.read_bytes().startswith(b"%PDF")


def test_closing_the_window_during_an_export_cancels_it(opened, monkeypatch, tmp_path):
    release = threading.Event()
    real_write = reports.write

    def slow_write(prepared, destination, progress):
        while not release.wait(0.01) and not progress.cancelled:
            pass
        return real_write(prepared, destination, progress)

    monkeypatch.setattr(reports, "write", slow_write)
    options = ExportOptions(ExportFormat.CSV, workshop_id=opened.session.workshop_id)
    assert opened.exports.export(options, tmp_path / "entries.csv")
    opened.close()  # cancels and waits for the worker
    assert opened.exports.runner.pool.activeThreadCount() == 0
    assert not (tmp_path / "entries.csv").exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Atelier : bilan/suite?", "Atelier bilan suite.pdf"),
        ('  a<b>c|d*"e"  ', "a b c d e.pdf"),
        ("CON", "atelier CON.pdf"),
        ("...", "atelier.pdf"),
        ("x" * 200, "x" * 80 + ".pdf"),
    ],
)
def test_suggested_file_names_are_safe(text, expected):
    assert safe_file_name(text, ".pdf") == expected


REASONS = ["disk_full", "read_only", "no_folder", "is_folder", "name_too_long", "write_failed"]
REASONS += ["nothing_selected", "layout", "unknown_id", "incomplete"]


def test_failure_reasons_are_said_in_the_interface_language(qapp):
    """Issue 12, item 7: export errors were shown in English in a French window."""
    from PySide6.QtCore import QLocale

    from workshop_app.reports import ExportFailed
    from workshop_app.ui.i18n import install_translators
    from workshop_app.ui.messages import export_error_text

    english = {
        r: export_error_text(ExportFailed("English sentence", r, "/media/clé")) for r in REASONS
    }
    assert all(text != "English sentence" for text in english.values())
    assert "/media/clé" in english["no_folder"]
    locale = QLocale()
    translators = install_translators(qapp, "fr")
    try:
        for reason in REASONS:
            french = export_error_text(ExportFailed("English sentence", reason, "/media/clé"))
            assert french != english[reason], reason
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_print_copies_older_than_a_day_are_removed(tmp_path):
    import os
    import time

    from workshop_app.ui.export_runner import sweep_print_folder

    old, fresh = tmp_path / "old.pdf", tmp_path / "fresh.pdf"
    old.write_bytes(b"%PDF old")
    fresh.write_bytes(b"%PDF fresh")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (two_days_ago, two_days_ago))
    assert sweep_print_folder(tmp_path) == 1
    assert not old.exists() and fresh.exists()
    assert sweep_print_folder(tmp_path / "missing") == 0


def test_a_name_ending_in_another_format_gets_the_chosen_one_and_says_so(
    opened, save_as, tmp_path, qtbot
):
    """Found by a play-through: "contributions.xlsx" with PDF chosen was written as
    "contributions.xlsx.pdf", without a word."""
    answer, _asked = save_as
    answer["path"] = tmp_path / "contributions.xlsx"
    dialog = opened.exports.show_dialog()
    with qtbot.waitSignal(opened.exports.runner.succeeded, timeout=20000):
        dialog.accept()
        past_the_review(opened)
    assert (tmp_path / "contributions.pdf").read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "contributions.xlsx.pdf").exists()
