"""Export the customer list to Excel from a screen.

    path = export_customer_list(parent, actor, flt)   # Path of the written file, or None

Asks for the file name (default 客户_YYYYMMDD.xlsx), writes the customers `actor` sees for the
filter `flt` off the UI thread with a cancellable progress dialog, and returns when done; errors
are shown to the user. `ask_export_path` is the file question tests replace.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.models.user import User
from app.services.customer_queries import CustomerFilter
from app.services.errors import ServiceError
from app.views.background import JobRunner
from app.views.dialogs.customer_import_dialog import ask_save_path
from app.views.errors import show_error

# The folder of the last export, for the next file question in this session.
_last_folder: Path | None = None


# A plain name lupdate knows: translate("CustomerExport", "text") is read into the .ts file.
translate = QCoreApplication.translate


def default_export_name(today: dt.date | None = None) -> str:
    """客户_YYYYMMDD.xlsx for today."""
    return f"客户_{(today or dt.date.today()):%Y%m%d}.xlsx"


def ask_export_path(parent: QWidget) -> Path | None:
    """Ask where to save the export; None when the user cancels."""
    folder = _last_folder or Path.home()
    title = translate("CustomerExport", "Export customers to Excel")
    return ask_save_path(parent, title, folder / default_export_name())


def export_customer_list(parent: QWidget, actor: User, flt: CustomerFilter, *, sort: str = "code",
                         descending: bool = False) -> Path | None:
    """Export the customers of the current filter (and sort) to a file the user names.

    Returns the written file, or None when the user cancelled or the export failed (the error has
    been shown). The UI stays responsive while it runs."""
    global _last_folder
    path = ask_export_path(parent)
    if path is None:
        return None
    from app.reports.customer_export import export_customers

    runner = JobRunner(parent)
    runner.start(lambda progress: export_customers(actor, flt, path, progress, sort=sort, descending=descending),
                 translate("CustomerExport", "Exporting"),
                 translate("CustomerExport", "Exporting customers to {name}…").format(name=path.name))
    outcome = runner.wait()
    runner.deleteLater()
    if outcome.cancelled:
        return None
    if not outcome.ok:
        if isinstance(outcome.error, ServiceError):
            show_error(parent, outcome.error)
            return None
        if isinstance(outcome.error, OSError):
            message = translate("CustomerExport", "The file could not be written: {error}")
            show_error(parent, ServiceError(message.format(error=outcome.error)))
            return None
        raise outcome.error
    _last_folder = path.parent
    return path
