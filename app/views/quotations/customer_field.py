"""Who a document (quotation, order) is for: on a new document a customer search whose list closes
once a customer is chosen, on a saved one the customer's name and code; and the contact combo,
filled with the chosen customer's contacts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from app.models.user import User
from app.services import customers
from app.services.errors import ServiceError
from app.views.pipeline.customer_picker import CustomerPicker


class CustomerField(QWidget):
    """The customer part; `contact_combo` is placed by the editor on its own form row.
    `owner_found(owner_id)` fires when a customer is chosen on a new document, so the editor can
    suggest its owner as the salesperson."""

    owner_found = Signal(object)

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.fixed_id: int | None = None  # the saved document's customer
        self.picker = CustomerPicker(actor, collapse_when_picked=True)
        self.picker.results.setMaximumHeight(120)
        self.picker.results.setMinimumHeight(60)
        self.customer_label = QLabel()
        self.contact_combo = QComboBox()
        self.contact_combo.setMinimumWidth(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addWidget(self.customer_label)
        self.picker.chosen.connect(self.fill_contacts)
        self.picker.picked.connect(lambda: self.contact_combo.setFocus(Qt.FocusReason.OtherFocusReason))

    def retranslate_ui(self) -> None:
        if self.contact_combo.count():
            self.contact_combo.setItemText(0, self.tr("(no contact)"))

    def start_new(self) -> None:
        """A new document: search among the newest customers."""
        self.customer_label.hide()
        self.picker.search()

    def load(self, customer_id: int, name: str, code: str, contact_id: int | None) -> None:
        """A saved document's customer (no longer chosen here) and contact."""
        self.fixed_id = customer_id
        self.picker.hide()
        self.customer_label.setText(f"{name}    {code}")
        self.customer_label.show()
        self.fill_contacts(contact_id)

    def customer_id(self) -> int | None:
        return self.fixed_id if self.fixed_id is not None else self.picker.chosen_id()

    def contact_id(self) -> int | None:
        return self.contact_combo.currentData()

    def fill_contacts(self, chosen: int | None = None) -> None:
        """The contacts of the customer (the first one chosen on a new document, else `chosen`)."""
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("(no contact)"), None)
        customer_id = self.customer_id()
        if customer_id is None:
            return
        try:
            customer, contacts = customers.get_customer(self.actor, customer_id)
        except ServiceError:
            return  # gone or out of scope: the save reports it under the customer
        if self.fixed_id is None:
            self.owner_found.emit(customer.owner_id)
        for contact in contacts:
            self.contact_combo.addItem(contact.name + (f" · {contact.title}" if getattr(contact, "title", "") else ""),
                                       contact.id)
        index = self.contact_combo.findData(chosen) if chosen is not None else (1 if contacts else 0)
        self.contact_combo.setCurrentIndex(max(index, 0))

    def set_read_only(self) -> None:
        self.contact_combo.setEnabled(False)
