"""Back up now and Restore from backup, for the File menu and the Settings screen's Backups box.

    path = back_up_now(parent, context)          # the new backup's Path, or None
    done = restore_from_backup(parent, context)  # True when the database was restored

Both need the `backup.run` permission (administrators) and work on the database the app has open.

Back up now writes a checked copy (SQLite) or a pg_dump (PostgreSQL) into this computer's backup
folder, off the UI thread with a progress dialog that can be cancelled, and says where it went.

Restore from backup asks for a file in the backup folder, checks it off the UI thread (a file that
is not a sound SalesDesk backup is refused with the reason), asks for confirmation naming the file
and its date, then ends in one consistent state: the background passes stop, the UI thread's
connection closes, the backup is written into the database (the replaced one is kept, see
services.backups.restore), the database is reopened (and migrated when the backup is older), the
restore is written to the audit trail, the user is told, and the main window logs out so that
everyone logs in again on the restored data. When the restore fails, the database is unchanged
and the app carries on.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.models.connection import close_database
from app.services import backups
from app.services.backups import BackupCheck, RestoreResult
from app.services.errors import ServiceError
from app.services.permissions import can
from app.views.background import JobOutcome, JobRunner
from app.views.context import AppContext
from app.views.errors import show_error

# A plain name lupdate knows: translate("Backups", "text") is read into the .ts file.
translate = QCoreApplication.translate
log = logging.getLogger(__name__)


def _allowed(parent: QWidget, context: AppContext) -> bool:
    if can(context.user, "backup.run"):
        return True
    QMessageBox.warning(parent, translate("Backups", "Not allowed"),
                        translate("Backups", "Only an administrator may back up or restore the database."))
    return False


def _show_failure(parent: QWidget, outcome: JobOutcome, title: str) -> None:
    error = outcome.error
    if isinstance(error, ServiceError):
        show_error(parent, error)
    elif isinstance(error, OSError):
        QMessageBox.warning(parent, title, translate("Backups", "The file could not be written or read: {error}")
                            .format(error=error.strerror or error))
    else:
        log.error("backup job failed", exc_info=error)
        QMessageBox.warning(parent, title, str(error))


def back_up_now(parent: QWidget, context: AppContext, *, announce: bool = True) -> Path | None:
    """Back up the open database into this computer's backup folder; the new file, or None.

    With `announce`, a message names the file when done. Errors are shown; a cancel is silent."""
    if not _allowed(parent, context):
        return None
    title = translate("Backups", "Back up now")
    target = backups.current_target()
    reason = backups.unavailable_reason(target)
    if reason is not None:
        show_error(parent, backups.BackupUnavailable(reason))
        return None
    folder = backups.backup_folder(target)
    runner = JobRunner(parent)
    runner.start(lambda progress: backups.backup_now(target, folder, kind="manual", progress=progress), title,
                 translate("Backups", "Backing up the database to {folder}…").format(folder=folder))
    outcome = runner.wait()
    if outcome.cancelled:
        return None
    if not outcome.ok:
        _show_failure(parent, outcome, title)
        return None
    path: Path = outcome.result
    if announce:
        QMessageBox.information(parent, title, translate(
            "Backups", "The database was backed up to\n{path}\n\nThe copy was checked and is complete.")
            .format(path=path))
    return path


def choose_backup_file(parent: QWidget, folder: Path) -> Path | None:
    """Ask for the backup to restore, starting in `folder`; None when cancelled."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, translate("Backups", "Restore from backup"), str(folder),
        translate("Backups", "SalesDesk backups (*.sqlite3 *.dump *.bak);;All files (*)"))
    return Path(name) if name else None


def confirmation_text(check: BackupCheck) -> str:
    """The question asked before a restore: the file, its date, what happens to today's data."""
    when = f"{check.taken_at:%Y-%m-%d %H:%M}"
    if check.engine == "postgres":  # a shared server: the other computers are not ours to log out
        return translate(
            "Backups", "Restore the shared database from the backup “{name}” of {when}?\n\n"
            "Every record in the database is replaced by the backup's: whatever was entered after {when} is "
            "no longer in it, on every computer. The current database is kept as a copy first.\n\n"
            "Ask everyone else to close SalesDesk first: their open connections can hold up the restore, and "
            "their screens would show data that is no longer there. You are logged out, and SalesDesk reopens "
            "the database.").format(name=check.path.name, when=when)
    return translate(
        "Backups", "Restore the database from the backup “{name}” of {when}?\n\n"
        "Every record in the database is replaced by the backup's: whatever was entered after {when} is "
        "no longer in it. The current database is kept as a copy first.\n\n"
        "Everyone is logged out, and SalesDesk reopens the database.").format(name=check.path.name, when=when)


def restore_from_backup(parent: QWidget, context: AppContext) -> bool:
    """Ask for a backup, check it, confirm, restore, reopen and log out; True when restored."""
    if not _allowed(parent, context):
        return False
    title = translate("Backups", "Restore from backup")
    database = backups.current_target()
    path = choose_backup_file(parent, backups.backup_folder(database))
    if path is None:
        return False
    runner = JobRunner(parent)
    runner.start(lambda progress: backups.check_backup(path, progress), title,
                 translate("Backups", "Checking {name}…").format(name=path.name))
    checked = runner.wait()
    if not checked.ok:
        if not checked.cancelled:
            _show_failure(parent, checked, title)
        return False
    check: BackupCheck = checked.result
    answer = QMessageBox.question(parent, title, confirmation_text(check),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False

    window = parent.window()
    passes = getattr(window, "background_passes", None)
    if passes is not None:
        passes.stop()  # nothing of ours works on the database meanwhile
    close_database()
    runner = JobRunner(parent)
    runner.start(lambda progress: backups.restore(path, database, progress=progress), title,
                 translate("Backups", "Restoring the database from {name}…").format(name=path.name))
    outcome = runner.wait()
    try:
        backups.reopen(database)  # restored or not, the app carries on with an open database
    except Exception as exc:  # the restored file does not open (a migration failed): say so, log out
        log.error("reopening after a restore failed", exc_info=exc)
        QMessageBox.critical(parent, title, translate(
            "Backups", "The database was restored but could not be opened again: {error}").format(error=exc))
        _log_out(window)
        return outcome.ok
    if not outcome.ok:
        if not outcome.cancelled:
            _show_failure(parent, outcome, title)
        if passes is not None:
            passes.start()
        return False
    result: RestoreResult = outcome.result
    backups.record_restore(context.user, result)
    kept = (translate("Backups", "The data it replaced is kept in\n{path}").format(path=result.replaced)
            if result.replaced is not None else "")
    QMessageBox.information(parent, title, "\n\n".join(part for part in (
        translate("Backups", "The database was restored from “{name}” of {when}.").format(
            name=path.name, when=f"{check.taken_at:%Y-%m-%d %H:%M}"),
        kept,
        translate("Backups", "SalesDesk has reopened the database. Please log in again."),
    ) if part))
    _log_out(window)
    return True


def _log_out(window: QWidget) -> None:
    log_out = getattr(window, "log_out", None)
    if callable(log_out):
        log_out()
