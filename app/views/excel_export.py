"""What every Excel export of a screen shares: the file question, the work off the UI thread with a
cancellable progress dialog, and the error shown when the file cannot be written.

    path = ask_excel_path(parent, title, "产品_20260301.xlsx")   # None when cancelled
    if path is not None:
        run_excel_export(parent, lambda progress: export_products(actor, flt, path, progress),
                         path, title, label)                      # the Path, or None

The folder of the last export is offered for the next one in this session.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.errors import ServiceError
from app.services.progress import ProgressCallback
from app.views.background import JobRunner
from app.views.dialogs.customer_import_dialog import ask_save_path
from app.views.errors import show_error

# A plain name lupdate knows: translate("ExcelExport", "text") is read into the .ts file.
translate = QCoreApplication.translate

_last_folder: Path | None = None


def ask_excel_path(parent: QWidget, title: str, default_name: str) -> Path | None:
    """Ask where to save an .xlsx file, offering `default_name` in the last export's folder (else
    the home folder); None when the user cancels."""
    return ask_save_path(parent, title, (_last_folder or Path.home()) / default_name)


def unwritable_message(path: Path, reason: str) -> str:
    """The sentence shown when `path` could not be written."""
    return translate("ExcelExport", "{name} could not be written ({reason}). If it is open in another program, "
                                    "close it there; otherwise choose another folder.").format(
        name=path.name, reason=reason)


def run_excel_export(parent: QWidget, work: Callable[[ProgressCallback], object], path: Path, title: str,
                     label: str) -> Path | None:
    """Run `work(progress)`, which writes `path`, off the UI thread with a progress dialog titled
    `title` saying `label`; the UI stays responsive meanwhile. Returns `path` when written, None when
    the user cancelled or it failed (the error has been shown)."""
    global _last_folder
    runner = JobRunner(parent)
    runner.start(work, title, label)
    outcome = runner.wait()
    runner.deleteLater()
    if outcome.cancelled:
        return None
    if not outcome.ok:
        error = outcome.error
        if isinstance(error, ServiceError):
            show_error(parent, error)
            return None
        if isinstance(error, OSError):
            reason = getattr(error, "reason", None) or error.strerror or str(error)
            show_error(parent, ServiceError(unwritable_message(path, reason)))
            return None
        raise error
    _last_folder = path.parent
    return path
