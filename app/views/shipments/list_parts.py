"""The shipment list's filters and buttons.

The filters are the document filters of quotations and orders (`DocumentFilterBar`: search, state,
ship dates, salesperson, customer) plus shipments / returns. The buttons follow the shipment's state:
only a draft ships or is cancelled, only a shipped one is delivered.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from app.models.user import User
from app.services.shipment_queries import ShipmentFilter, ShipmentRow
from app.views.orders.words import SHIPMENT_STATE_TITLES, shipment_state_title
from app.views.quotations.action_bar import key_text
from app.views.quotations.filter_bar import DocumentFilterBar

NEW_SHORTCUT = QKeySequence.StandardKey.New  # Ctrl+N
RETURN_SHORTCUT = "Ctrl+Shift+N"
SHIP_SHORTCUT = "Ctrl+Shift+S"
DELIVER_SHORTCUT = "Ctrl+Shift+D"


class ShipmentFilterBar(DocumentFilterBar):
    """The filters of the shipment list; `kind_combo` chooses shipments, returns or both."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        self.kind_combo = QComboBox()
        for kind in ("", "shipment", "return"):
            self.kind_combo.addItem("", kind)
        super().__init__(actor, SHIPMENT_STATE_TITLES, shipment_state_title, parent)
        self.layout().insertWidget(1, self.kind_combo)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.search_box.setPlaceholderText(self.tr("Number, order, customer or tracking"))
        for index, text in enumerate((self.tr("Shipments and returns"), self.tr("Shipments"), self.tr("Returns"))):
            self.kind_combo.setItemText(index, text)

    def scope_texts(self) -> dict[str, str]:
        return {"salesperson": self.tr("Only the shipments of this salesperson's orders"),
                "every_customer": self.tr("Show the shipments of every customer"),
                "one_customer": self.tr("Only the shipments of one customer"),
                "customer_named": self.tr("Only the shipments of {name}")}

    def shipment_filter(self) -> ShipmentFilter:
        """The filter the widgets describe."""
        return ShipmentFilter(kind=self.kind_combo.currentData() or "", **self.filter_values())


class ShipmentActionBar(QWidget):
    """One button per action on the list; the owner connects them and calls `update_for(row)`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.new_button = QPushButton()
        self.return_button = QPushButton()
        self.open_button = QPushButton()
        self.ship_button = QPushButton()
        self.deliver_button = QPushButton()
        self.cancel_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.return_button, self.open_button, self.ship_button,
                       self.deliver_button, self.cancel_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate_ui()
        self.update_for(None)

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("New shipment…"))
        self.new_button.setToolTip(self.tr("Ship goods of an order: choose the order ({key})").format(
            key=key_text(NEW_SHORTCUT)))
        self.return_button.setText(self.tr("New return…"))
        self.return_button.setToolTip(self.tr("Take back shipped goods of an order ({key})").format(
            key=key_text(RETURN_SHORTCUT)))
        self.open_button.setText(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("The selected shipment's lines; change its carrier, tracking number "
                                            "and fees (Enter or double-click)"))
        self.ship_button.setText(self.tr("Mark shipped"))
        self.ship_button.setToolTip(self.tr("The draft left the warehouse (or the return came back): the order's "
                                            "shipped quantities move ({key})").format(key=key_text(SHIP_SHORTCUT)))
        self.deliver_button.setText(self.tr("Mark delivered"))
        self.deliver_button.setToolTip(self.tr("The customer received the shipment ({key})").format(
            key=key_text(DELIVER_SHORTCUT)))
        self.cancel_button.setText(self.tr("Cancel draft…"))
        self.cancel_button.setToolTip(self.tr("Cancel a draft that never left; its number stays used"))

    def update_for(self, row: ShipmentRow | None) -> None:
        """Enable the buttons whose action `row` (the selected shipment, None: none) allows."""
        state = row.state if row is not None else ""
        self.open_button.setEnabled(row is not None)
        self.ship_button.setEnabled(state == "draft")
        self.cancel_button.setEnabled(state == "draft")
        self.deliver_button.setEnabled(state == "shipped" and not (row and row.is_return))
