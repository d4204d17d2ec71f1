"""Assign to…: a supervisor or manager gives the selected customers to a salesperson.

The dialog calls `pool.assign` when OK is pressed and closes only when it succeeded; a refusal
stays in the dialog under the salesperson list.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.models.user import User
from app.services import pool
from app.services.errors import PermissionDenied, ServiceError
from app.services.pool_choices import pool_assignees
from app.views.customers.collation import sorted_by_name
from app.views.dialogs.forms import FieldErrors, error_label, ok_cancel_buttons, save_form, show_refusal
from app.views.errors import show_error


class AssignDialog(QDialog):
    """Choose who receives `customer_ids`; after OK `assigned_ids` are those that changed owner
    and `owner_name` who received them."""

    def __init__(self, actor: User, customer_ids: list[int], names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.customer_ids = list(customer_ids)
        self.names = list(names)
        self.assigned_ids: list[int] = []
        self.owner_name = ""
        self.errors = FieldErrors()

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.owner_combo = QComboBox()
        self.owner_combo.setMinimumContentsLength(12)
        for choice in sorted_by_name(pool_assignees(actor), lambda c: c.display_name):
            self.owner_combo.addItem(choice.display_name, choice.id)
        self.owner_label = QLabel()
        form = QFormLayout()
        form.addRow(self.owner_label, self.errors.wrap("owner", self.owner_combo))
        self.general_error = error_label(self)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.setMinimumWidth(380)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Assign to a salesperson"))
        self.owner_label.setText(self.tr("Salesperson:"))
        shown = "、".join(self.names[:5]) + ("…" if len(self.names) > 5 else "")
        self.summary_label.setText(self.tr("Assign {count} customers: {names}").format(
            count=len(self.customer_ids), names=shown))

    def select_owner(self, owner_id: int) -> None:
        """Choose the salesperson with this id (when listed)."""
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(owner_id)))

    def accept(self) -> None:
        owner_id = self.owner_combo.currentData()
        if owner_id is None:
            self.errors.show({"owner": self.tr("Choose a salesperson.")})
            return
        assigned = save_form(self, lambda: pool.assign(self.actor, self.customer_ids, owner_id), self.errors,
                             self.general_error, on_error=self._refused)
        if assigned is not None:
            self.assigned_ids = assigned
            self.owner_name = self.owner_combo.currentText()
            super().accept()

    def _refused(self, exc: ServiceError) -> None:
        if isinstance(exc, PermissionDenied):
            show_refusal(self.general_error, exc)
        else:
            show_error(self, exc)
