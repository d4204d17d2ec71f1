"""Work the open application does on its own, off the UI thread, while a user is logged in:

- the recycling pass (customers nobody followed up return to the pool, owners are warned), at
  start-up and every 15 minutes (services.recycling.run_recycle_pass: idempotent, and safe with
  several applications on one database);
- the reminders due today of the logged-in user become notifications, checked every minute
  (services.follow_ups.notify_due_reminders: each reminder once);
- sent quotations past their validity are marked expired, with the recycling pass
  (services.quotations.expire_quotations: idempotent, one checked UPDATE each);
- contracts to renew and overdue instalments are notified to their salespeople, at start-up and
  daily (services.order_reminders.run_order_reminders: each reminder once, safe with several apps);
- the daily backup of a SQLite database into this computer's backup folder, 10 s after start-up
  (so that it never slows the first screens) and then hourly, for an app left open past midnight
  (services.backups.run_daily_backup: at most one a day, then pruning; PostgreSQL: nothing).
  `stop()` cancels a backup in progress: its partial file is removed and the next start makes it.

They run one at a time on this object's own thread pool (one thread), which opens its own
database connection and closes it after each pass (peewee connections belong to a thread).
`records_changed` is emitted on the UI thread after a pass changed something, so the bell and the
workbench can read again. The main window starts this after its first paint; nothing here runs
before it.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal

from app.models.connection import close_database
from app.models.user import User
from app.services.backups import current_target, run_daily_backup
from app.services.follow_ups import notify_due_reminders
from app.services.order_reminders import OrderReminderResult, run_order_reminders
from app.services.progress import Cancelled
from app.services.quotations import expire_quotations
from app.services.recycling import RecycleResult, run_recycle_pass

RECYCLE_INTERVAL_MS = 15 * 60 * 1000
REMINDER_INTERVAL_MS = 60 * 1000
ORDER_REMINDER_INTERVAL_MS = 24 * 60 * 60 * 1000
BACKUP_DELAY_MS = 10 * 1000
BACKUP_INTERVAL_MS = 60 * 60 * 1000
log = logging.getLogger(__name__)


class _PassSignals(QObject):
    done = Signal(str, object, object)  # pass name, result, error


class _Pass(QRunnable):
    """One pass on a pool thread; never touches a widget, always closes its connection."""

    def __init__(self, name: str, work: Callable[[], object]):
        super().__init__()
        self.setAutoDelete(False)  # BackgroundPasses keeps it until its result has been delivered
        self.signals = _PassSignals()
        self._name = name
        self._work = work

    def run(self) -> None:
        result, error = None, None
        try:
            result = self._work()
        except Exception as exc:  # reported on the UI thread and logged; the next tick tries again
            error = exc
        finally:
            close_database()
        self.signals.done.emit(self._name, result, error)


class BackgroundPasses(QObject):
    """The recycling, reminder and order reminder passes for `user`; `start()` runs them at once, then
    on timers; the daily backup pass a little later (`backup_delay_ms`).

    `recycled(RecycleResult)`, `reminders_sent(int)`, and `records_changed()` after either changed
    something; `backup_made(Path)` after the daily backup was written. `stop()` ends the timers,
    cancels a backup and waits for a running pass; it runs by itself when the parent (the main
    window) closes and when the application quits.
    """

    recycled = Signal(object)
    reminders_sent = Signal(int)
    records_changed = Signal()
    backup_made = Signal(object)  # the new daily backup's Path
    failed = Signal(str, object)  # pass name, exception

    def __init__(self, user: User, parent: QObject | None = None, *,
                 recycle_interval_ms: int = RECYCLE_INTERVAL_MS, reminder_interval_ms: int = REMINDER_INTERVAL_MS,
                 order_reminder_interval_ms: int = ORDER_REMINDER_INTERVAL_MS,
                 backup_delay_ms: int = BACKUP_DELAY_MS, backup_interval_ms: int = BACKUP_INTERVAL_MS):
        super().__init__(parent)
        self.user = user
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one pass at a time: they never compete for the write lock
        self._running: dict[str, _Pass] = {}  # by pass name, until its result has been delivered
        self.recycle_timer = QTimer(self)
        self.recycle_timer.setInterval(recycle_interval_ms)
        self.recycle_timer.timeout.connect(self.run_recycle_pass)
        self.reminder_timer = QTimer(self)
        self.reminder_timer.setInterval(reminder_interval_ms)
        self.reminder_timer.timeout.connect(self.run_reminder_pass)
        self.order_timer = QTimer(self)
        self.order_timer.setInterval(order_reminder_interval_ms)
        self.order_timer.timeout.connect(self.run_order_reminder_pass)
        self.backup_timer = QTimer(self)  # first after backup_delay_ms, then every backup_interval_ms
        self.backup_timer.setSingleShot(True)
        self.backup_timer.setInterval(backup_delay_ms)
        self.backup_timer.timeout.connect(self.run_backup_pass)
        self._backup_interval_ms = backup_interval_ms
        self._cancel_backup = threading.Event()
        if parent is not None:  # the main window: its passes end when it closes (log out, quit)
            parent.installEventFilter(self)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.stop)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    @property
    def busy(self) -> bool:
        """True while a pass is queued or running."""
        return bool(self._running)

    def start(self) -> None:
        """Run the passes now (off the UI thread) and then on their timers; the backup pass after its delay."""
        self._cancel_backup.clear()
        self.run_recycle_pass()
        self.run_reminder_pass()
        self.run_order_reminder_pass()
        self.recycle_timer.start()
        self.reminder_timer.start()
        self.order_timer.start()
        self.backup_timer.start()

    def stop(self, wait_ms: int = 10_000) -> None:
        """Stop the timers; wait (at most `wait_ms`) for a pass that is running."""
        self.recycle_timer.stop()
        self.reminder_timer.stop()
        self.order_timer.stop()
        self.backup_timer.stop()
        self._cancel_backup.set()  # a running backup stops at its next step and removes its partial file
        self.pool.clear()  # drops queued passes: their results will never come
        if self.pool.waitForDone(wait_ms):
            # nothing runs any more; a result still on its way to the UI thread is delivered later
            self._running.clear()

    def run_recycle_pass(self) -> None:
        """Return due customers to the pool and warn owners, on the pool thread."""
        self._submit("recycle", run_recycle_pass)
        self._submit("expiry", lambda: expire_quotations(dt.date.today()))

    def run_reminder_pass(self) -> None:
        """Turn the user's reminders due by today into notifications, on the pool thread."""
        user = self.user
        self._submit("reminders", lambda: notify_due_reminders(user))

    def run_order_reminder_pass(self) -> None:
        """Notify salespeople of contracts to renew and overdue instalments, on the pool thread."""
        self._submit("orders", lambda: run_order_reminders(dt.date.today()))

    def run_backup_pass(self) -> None:
        """Make today's backup of a SQLite database unless there is one, on the pool thread."""
        if self.backup_timer.isSingleShot():  # after the first run: hourly
            self.backup_timer.setSingleShot(False)
            self.backup_timer.setInterval(self._backup_interval_ms)
            self.backup_timer.start()
        cancel = self._cancel_backup

        def progress(_done: int, _total: int) -> None:
            if cancel.is_set():
                raise Cancelled()

        target = current_target()
        self._submit("backup", lambda: run_daily_backup(target, dt.date.today(), progress=progress))

    def _submit(self, name: str, work: Callable[[], object]) -> None:
        if name in self._running:  # the previous one has not finished: skip this tick
            return
        job = self._running[name] = _Pass(name, work)
        job.signals.done.connect(self._done)
        self.pool.start(job)

    def _done(self, name: str, result: object, error: object) -> None:
        self._running.pop(name, None)
        if isinstance(error, Cancelled):  # stop() cancelled it: the next start makes it
            return
        if error is not None:
            log.warning("background %s pass failed: %s", name, error)
            self.failed.emit(name, error)
            return
        if name == "recycle" and isinstance(result, RecycleResult):
            self.recycled.emit(result)
            changed = bool(result.returned or result.warned)
        elif name == "orders" and isinstance(result, OrderReminderResult):
            changed = bool(result.renewals or result.overdue)
        elif name == "backup":
            if result is not None:
                self.backup_made.emit(result)
            return
        elif name == "reminders":
            count = int(result or 0)
            self.reminders_sent.emit(count)
            changed = count > 0
        else:  # expiry: how many quotations expired
            changed = bool(result)
        if changed:
            self.records_changed.emit()
