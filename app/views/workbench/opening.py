"""Opening a customer from the workbench: the customer form when it exists, else the follow-up form.

The customer form belongs to the customers area and is imported only when first used.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from app.models.user import User
from app.services.errors import ServiceError
from app.views.errors import show_error


def open_customer(parent: QWidget, actor: User, customer_id: int,
                  on_closed: Callable[[bool], object] | None = None) -> QDialog | None:
    """Open the customer's form window-modal (without blocking); `on_closed(saved)` runs when it
    closes. Without a customer form, the follow-up form opens instead. Returns the dialog."""
    try:
        from app.views.dialogs.customer_dialog import CustomerDialog
    except ModuleNotFoundError as exc:
        if exc.name != "app.views.dialogs.customer_dialog":
            raise
        from app.views.dialogs.follow_up_dialog import open_follow_up

        return open_follow_up(parent, actor, customer_id, lambda _dialog: on_closed and on_closed(True))
    try:
        dialog = CustomerDialog(actor, customer_id, parent)
    except ServiceError as exc:
        show_error(parent, exc)
        return None

    def finished(result: int) -> None:
        if on_closed is not None:
            on_closed(result == QDialog.DialogCode.Accepted)
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
