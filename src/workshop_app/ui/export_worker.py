"""The file of an export built on a worker thread (:func:`reports.write`) while a progress
dialog offers Cancel; progress and the outcome come back to the GUI thread through queued
signals, so the window keeps painting and answering (a part of :mod:`.export_runner`)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workshop_app import reports
from workshop_app.reports import (
    ExportCancelled,
    ExportFailed,
    ExportOptions,
    ExportResult,
    Progress,
)
from workshop_app.store import WorkspaceError
from workshop_app.ui.i18n import fill
from workshop_app.ui.messages import export_error_text, workspace_error_text

log = logging.getLogger("workshop_app.ui.export_runner")


class _Carrier(QObject):
    """Lives on the GUI thread; the worker emits through it (queued connections)."""

    progressed = Signal(int, int)
    finished = Signal(object)
    """An :class:`ExportResult`, or the exception that ended the write."""


class _WriteTask(QRunnable):
    def __init__(self, prepared, destination: Path, progress: Progress, carrier: _Carrier):
        super().__init__()
        self.setAutoDelete(False)  # the runner holds it until its outcome has arrived
        self.prepared, self.destination = prepared, destination
        self.progress, self.carrier = progress, carrier

    def run(self) -> None:
        try:
            outcome: object = reports.write(self.prepared, self.destination, self.progress)
        except Exception as error:  # reported on the GUI thread, never lost in the worker
            if not isinstance(error, ExportFailed | ExportCancelled):
                log.exception("export to %s failed", self.destination)
            outcome = error
        self.carrier.finished.emit(outcome)


class ExportRunner(QObject):
    """Runs one export at a time: prepare on this thread, write on a worker thread."""

    succeeded = Signal(object)
    """The :class:`ExportResult` of a finished export."""
    failed = Signal(str)
    """A sentence saying why the export failed (the earlier file is untouched)."""
    cancelled = Signal()
    finished = Signal()
    """After any of the three above."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.progress: Progress | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._task: _WriteTask | None = None
        self._carrier: _Carrier | None = None
        self._last_percent = -1

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self, workspace, options: ExportOptions, destination: Path, label: str) -> bool:
        """Read what the export needs, then write it in the background; ``False`` (and
        :attr:`failed`) when it cannot start."""
        if self.running:
            return False
        try:
            prepared = reports.prepare(workspace, options)
        except ExportFailed as error:
            self.failed.emit(export_error_text(error))
            self.finished.emit()
            return False
        except WorkspaceError as error:
            self.failed.emit(workspace_error_text(error))
            self.finished.emit()
            return False
        carrier = _Carrier()
        carrier.progressed.connect(self._on_progress)
        carrier.finished.connect(self._on_finished)
        self._last_percent = -1
        self.progress = Progress(on_change=self._report)
        self._carrier = carrier
        self._task = _WriteTask(prepared, destination, self.progress, carrier)
        self.progress_dialog = self._progress_dialog(label)
        self.pool.start(self._task)
        return True

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

    def shutdown(self) -> None:
        """Cancel a running export and wait for its thread (the window is closing)."""
        self.cancel()
        self.pool.waitForDone()

    # -- worker thread ------------------------------------------------------------------
    def _report(self, done: int, total: int) -> None:
        """Progress.on_change, called on the worker thread: pass on whole percents only."""
        percent = done * 100 // max(total, 1)
        if percent != self._last_percent:
            self._last_percent = percent
            carrier = self._carrier
            if carrier is not None:
                carrier.progressed.emit(done, total)

    # -- GUI thread ---------------------------------------------------------------------
    def _progress_dialog(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(self.cancel)
        return dialog

    def _on_progress(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is not None and self.running:
            dialog.setMaximum(total)
            dialog.setValue(done)

    def _on_finished(self, outcome: object) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            dialog.canceled.disconnect()
            dialog.hide()
            dialog.deleteLater()
        carrier, self._carrier = self._carrier, None
        if carrier is not None:
            carrier.deleteLater()
        self._task, self.progress = None, None
        if isinstance(outcome, ExportResult):
            self.succeeded.emit(outcome)
        elif isinstance(outcome, ExportCancelled):
            self.cancelled.emit()
        elif isinstance(outcome, ExportFailed):
            self.failed.emit(export_error_text(outcome))
        else:
            self.failed.emit(
                fill(self.tr("The export stopped on an unexpected error: %1"), outcome)
            )
        self.finished.emit()
