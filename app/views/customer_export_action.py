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
from app.views.excel_export import ask_excel_path, run_excel_export

# A plain name lupdate knows: translate("CustomerExport", "text") is read into the .ts file.
translate = QCoreApplication.translate


def default_export_name(today: dt.date | None = None) -> str:
    """客户_YYYYMMDD.xlsx for today."""
    return f"客户_{(today or dt.date.today()):%Y%m%d}.xlsx"


def ask_export_path(parent: QWidget) -> Path | None:
    """Ask where to save the export; None when the user cancels."""
    return ask_excel_path(parent, translate("CustomerExport", "Export customers to Excel"), default_export_name())


def export_customer_list(parent: QWidget, actor: User, flt: CustomerFilter, *, sort: str = "code",
                         descending: bool = False) -> Path | None:
    """Export the customers of the current filter (and sort) to a file the user names.

    Returns the written file, or None when the user cancelled or the export failed (the error has
    been shown). The UI stays responsive while it runs."""
    path = ask_export_path(parent)
    if path is None:
        return None
    from app.reports.customer_export import export_customers

    return run_excel_export(
        parent, lambda progress: export_customers(actor, flt, path, progress, sort=sort, descending=descending),
        path, translate("CustomerExport", "Exporting"),
        translate("CustomerExport", "Exporting customers to {name}…").format(name=path.name))
