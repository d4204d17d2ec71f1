"""Reading a report (or a drill-down) off the UI thread, without a modal dialog: the screen keeps
working and shows a busy bar meanwhile.

    loader = ReportLoader(self)
    loader.loaded.connect(on_result)      # (result) on the UI thread
    loader.failed.connect(on_error)       # (exception)
    loader.load(lambda: build_report(actor, "performance", 2026))

Only the last request counts: a result of an earlier `load` that arrives later is dropped, so
picking another report while one is being built never shows the older one. The work runs on a
pool thread with its own database connection, closed when done (peewee connections belong to a
thread); it never touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.models.connection import close_database

_running: set[_Read] = set()  # referenced until done, even if the screen goes meanwhile


class _Signals(QObject):
    done = Signal(int, object, object)  # generation, result, error


class _Read(QRunnable):
    def __init__(self, generation: int, work: Callable[[], object]):
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._generation, self._work = generation, work

    def run(self) -> None:
        result, error = None, None
        try:
            result = self._work()
        except Exception as exc:  # shown by the screen on the UI thread
            error = exc
        finally:
            close_database()
        self.signals.done.emit(self._generation, result, error)
        _running.discard(self)


class ReportLoader(QObject):
    """Runs one reading at a time as far as the screen is concerned; `busy` while one is pending."""

    loaded = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._generation = 0
        self._pending = False

    @property
    def busy(self) -> bool:
        return self._pending

    def load(self, work: Callable[[], object]) -> None:
        """Start `work()` on a pool thread; an earlier reading still running is forgotten."""
        self._generation += 1
        job = _Read(self._generation, work)
        job.signals.done.connect(self._done)
        _running.add(job)
        self._set_busy(True)
        QThreadPool.globalInstance().start(job)

    def _done(self, generation: int, result: object, error: object) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        if error is not None:
            self.failed.emit(error)
        else:
            self.loaded.emit(result)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._pending:
            self._pending = busy
            self.busy_changed.emit(busy)
