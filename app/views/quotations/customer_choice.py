"""Choosing one customer to narrow a list to: a small dialog around the customer picker (search by
name, contact, phone, code or pinyin over the customers the user may see)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.models.user import User
from app.views.pipeline.customer_picker import CustomerPicker


class CustomerChoiceDialog(QDialog):
    """Accepted with a customer selected in the picker: `chosen()` is its (id, name)."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.picker = CustomerPicker(actor)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.picker.chosen.connect(self._update_ok)
        self.picker.results.itemActivated.connect(lambda _item: self.accept())
        self.setWindowTitle(self.tr("Choose a customer"))
        self.resize(460, 320)
        self.picker.search()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.picker.chosen_id() is not None)

    def chosen(self) -> tuple[int, str] | None:
        """The selected customer's id and name; None when none is selected."""
        customer_id = self.picker.chosen_id()
        return (customer_id, self.picker.chosen_name()) if customer_id is not None else None


def ask_customer(parent: QWidget, actor: User) -> tuple[int, str] | None:
    """The customer the user chooses (id, name); None when cancelled. Tests replace this function."""
    dialog = CustomerChoiceDialog(actor, parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
