"""Long work off the UI thread: a service call on a pool thread, a cancellable progress dialog,
the outcome back on the UI thread by signal.

    runner = JobRunner(parent)
    runner.finished.connect(on_done)            # JobOutcome: result, error, cancelled
    runner.start(lambda progress: export_customers(actor, flt, path, progress), title, label)

`start(..., step_label=lambda done, total: ...)` words the dialog's label anew at each progress
report (on the UI thread), e.g. "Statement 3 of 10…".

The work function gets a `progress(done, total)` callback (the services' convention, see
app.services.progress); after Cancel is pressed the callback raises Cancelled, so the service
rolls back or removes its half-written file. The job opens its own database connection (peewee
connections belong to a thread) and closes it when done. The job never touches a widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.models.connection import close_database
from app.services.progress import Cancelled, ProgressCallback

Work = Callable[[ProgressCallback], object]
StepLabel = Callable[[int, int], str]
# Jobs on a pool thread, kept referenced until they end even if the widget that started them
# is closed and deleted meanwhile (the pool holds only the C++ side).
_running: set[_Job] = set()


@dataclass(frozen=True)
class JobOutcome:
    """How a job ended: its `result`, or the `error` it raised (Cancelled when the user stopped it)."""

    result: object = None
    error: BaseException | None = None

    @property
    def cancelled(self) -> bool:
        return isinstance(self.error, Cancelled)

    @property
    def ok(self) -> bool:
        return self.error is None


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Work):
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until `done` has been delivered
        self.signals = _Signals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            outcome = JobOutcome(result=self._work(self._progress))
        except Exception as exc:  # every error goes back to the UI thread, which shows it
            outcome = JobOutcome(error=exc)
        finally:
            close_database()
        self.signals.done.emit(outcome)
        _running.discard(self)


class JobRunner(QObject):
    """Runs one job at a time with a window-modal progress dialog over `parent`.

    `finished(JobOutcome)` is emitted on the UI thread; `wait()` returns the outcome to callers
    that need it as a return value (it runs a local event loop, like QDialog.exec)."""

    finished = Signal(object)
    MINIMUM_DURATION_MS = 300  # quick jobs finish without a dialog flashing up

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._parent = parent
        self._job: _Job | None = None
        self._dialog: QProgressDialog | None = None
        self._step_label: StepLabel | None = None
        self.outcome: JobOutcome | None = None

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, work: Work, title: str, label: str, *, step_label: StepLabel | None = None) -> None:
        """Start `work(progress)` on a pool thread; a progress dialog titled `title` saying
        `label` appears if it takes longer than a moment. With `step_label`, each progress report
        (done, total) sets the label to `step_label(done, total)`."""
        if self._job is not None:
            raise RuntimeError("a job is already running")
        self.outcome = None
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(self.MINIMUM_DURATION_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog
        self._step_label = step_label
        job = _Job(work)
        job.signals.progress.connect(self._on_progress)
        job.signals.done.connect(self._on_done)
        self._job = job
        _running.add(job)
        QThreadPool.globalInstance().start(job)

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        if self._job is not None:
            self._job.cancel()

    def wait(self) -> JobOutcome:
        """Keep the UI responsive until the job has finished; return its outcome."""
        if self._job is not None:
            loop = QEventLoop()
            self.finished.connect(loop.quit)
            loop.exec()
            self.finished.disconnect(loop.quit)
        return self.outcome or JobOutcome()

    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog is None:
            return
        if self._step_label is not None and not self._dialog.wasCanceled():
            self._dialog.setLabelText(self._step_label(done, total))
        if self._dialog.maximum() != total:
            self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total > 0 else 0)  # may deliver `done` (modal dialogs process events)

    def _on_done(self, outcome: JobOutcome) -> None:
        self._job = None
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.outcome = outcome
        self.finished.emit(outcome)
